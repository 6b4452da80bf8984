//! Word classes: which claim word lists a word is in, from one look-up.
//!
//! Input: a lower-cased word (a token's [`super::Doc::low`] form). Output: a
//! bit set of the classes it belongs to — the `claim_*.txt` lists and the
//! fixed word classes the rules test (determiners, pronouns, superlatives …) —
//! plus the classes read off its form (ordinal, past tense); the plurals of
//! the description nouns are in the table too. [`super::Doc`] computes it once per token, so a rule
//! tests a bit instead of hashing or scanning a list again. Invariant: a bit is
//! set exactly when the list (or test) it stands for holds the word.

use super::lexicon::LEXICON;
use crate::hash::{short_ascii_key, KeyTable, WordMap};
use std::sync::LazyLock;

/// First word of an attribution cue phrase.
pub const CUE: u32 = 1;
/// Is a whole one-word cue.
pub const CUE_ONE: u32 = 1 << 1;
/// First word of a hedge phrase.
pub const HEDGE: u32 = 1 << 2;
pub const SPEECH_ACT: u32 = 1 << 3;
pub const VAGUE: u32 = 1 << 4;
pub const EVENT: u32 = 1 << 5;
pub const ANONYMOUS: u32 = 1 << 6;
/// A description noun of kind person / org / place (singular, or plural with [`DESC_PLURAL`]).
pub const DESC_PERSON: u32 = 1 << 7;
pub const DESC_ORG: u32 = 1 << 8;
pub const DESC_PLACE: u32 = 1 << 9;
pub const DESC_PLURAL: u32 = 1 << 10;
pub const DESC: u32 = DESC_PERSON | DESC_ORG | DESC_PLACE;
/// Words addressing the reader ("we", "you").
pub const READER: u32 = 1 << 11;
pub const SUPERLATIVE: u32 = 1 << 12;
/// "third", "21st".
pub const ORDINAL: u32 = 1 << 13;
/// Past tense or an event verb.
pub const PAST: u32 = 1 << 14;
pub const CLAUSE_BREAK: u32 = 1 << 15;
pub const OPENING_SUBORDINATOR: u32 = 1 << 16;
/// "which", "who", "where", "that".
pub const RELATIVE: u32 = 1 << 17;
pub const DETERMINER: u32 = 1 << 18;
pub const PRONOUN: u32 = 1 << 19;
pub const QUANTIFIER: u32 = 1 << 20;
pub const INTRODUCTORY: u32 = 1 << 21;
const NOT_PAST: u32 = 1 << 22;
/// A word that may join a title ("prime", "deputy").
pub const TITLE_PART: u32 = 1 << 23;
/// The word lists of the cue rules ([`super::cues`]); a punctuation token has no
/// classes, so [`NON_CLAUSE`]'s comma is the comma class.
pub const SKIP_BEFORE: u32 = 1 << 24;
pub const NON_CLAUSE: u32 = 1 << 25;
pub const NOUN_MARKER: u32 = 1 << 26;
/// The word "and" (joint speakers, opening phrases).
pub const AND: u32 = 1 << 27;

/// The description kinds of `claim_descriptions.txt`, in bit order from [`DESC_PERSON`].
const KINDS: [&str; 3] = ["person", "org", "place"];

/// An institution noun ("ministry", "police") is an organisation description too; [`super::salience`]
/// tells it from a generic one ("company") by its listed kind.
fn bit_kind(kind: &str) -> &str {
    if kind == "institution" {
        "org"
    } else {
        kind
    }
}

fn kind_bit(kind: &str) -> u32 {
    KINDS.iter().position(|&k| k == bit_kind(kind)).map_or(0, |i| DESC_PERSON << i)
}

/// The word classes, keyed by word: the word lists' key table ([`KeyTable`]), so a word of
/// up to eight bytes (nearly all) is found with one load, a mask and a probe.
pub struct Words {
    table: KeyTable,
    /// Some listed word starts with a digit (else a number's look-up is skipped: [`Words::classes_at`]).
    digit_words: bool,
}

impl Words {
    fn get(&self, w: &str) -> u32 {
        self.table.get(w.as_bytes()).unwrap_or(0)
    }

    /// No listed word starts with a digit: a number ending in a digit is then in no class
    /// ([`with_listed`]: an ordinal ends in letters, a past tense in "ed").
    pub fn no_digit_words(&self) -> bool {
        !self.digit_words
    }

    fn build(map: WordMap<&'static str, u32>) -> Words {
        let mut table = KeyTable::default();
        let digit_words = map.keys().any(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit));
        for (w, bits) in map {
            table.get_or_insert(w.as_bytes(), bits);
        }
        Words { table, digit_words }
    }
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let l = &*LEXICON;
    let mut map: WordMap<&'static str, u32> = WordMap::default();
    let mut add = |words: &mut dyn Iterator<Item = &'static str>, bit: u32| add_bit(&mut map, words, bit);
    add(&mut l.cues.keys().copied(), CUE);
    add(&mut l.cues.iter().filter(|(_, list)| list.iter().any(|(w, _)| w.len() == 1)).map(|(k, _)| *k), CUE_ONE);
    add(&mut l.hedges.keys().copied(), HEDGE);
    add(&mut l.speech_acts.iter().copied(), SPEECH_ACT);
    add(&mut l.vague.iter().copied(), VAGUE);
    add(&mut l.events.iter().copied(), EVENT);
    add(&mut l.anonymous.iter().copied(), ANONYMOUS);
    for (&w, &kind) in &l.descriptions {
        add(&mut std::iter::once(w), kind_bit(kind));
    }
    add(&mut super::factual::READER.iter().copied(), READER);
    add(&mut super::factual::SUPERLATIVES.iter().copied(), SUPERLATIVE);
    add(&mut super::factual::CLAUSE_BREAKS.iter().copied(), CLAUSE_BREAK);
    add(&mut super::factual::OPENING_SUBORDINATORS.iter().copied(), OPENING_SUBORDINATOR);
    add(&mut super::factual::NOT_PAST.iter().copied(), NOT_PAST);
    add(&mut ["which", "who", "where", "that"].into_iter(), RELATIVE);
    add(&mut ORDINAL_WORDS.iter().copied(), ORDINAL);
    add(&mut super::speakers::DETERMINERS.iter().copied(), DETERMINER);
    add(&mut super::speakers::PRONOUNS.iter().copied(), PRONOUN);
    add(&mut super::speakers::QUANTIFIERS.iter().copied(), QUANTIFIER);
    add(&mut super::subject::INTRODUCTORY.iter().copied(), INTRODUCTORY);
    add(&mut super::speakers::TITLE_PARTS.iter().copied(), TITLE_PART);
    add(&mut super::cues::SKIP_BEFORE.iter().copied(), SKIP_BEFORE);
    add(&mut super::cues::NON_CLAUSE.iter().copied(), NON_CLAUSE);
    add(&mut super::cues::NOUN_MARKERS.iter().copied(), NOUN_MARKER);
    add(&mut ["and"].into_iter(), AND);
    with_plurals(&mut map);
    Words::build(map)
});

/// Sets `bit` on each of `words`. Out of line: inlined at each of its 25 uses it cost 388 bytes of the gzipped .wasm.
#[inline(never)]
fn add_bit(map: &mut WordMap<&'static str, u32>, words: &mut dyn Iterator<Item = &'static str>, bit: u32) {
    for w in words {
        *map.entry(w).or_default() |= bit;
    }
}

/// The plurals of the description nouns ("ministers", "authorities") join the
/// table with their noun's kind and [`DESC_PLURAL`], unless listed as a
/// description themselves, so a token's description is one look-up.
fn with_plurals(map: &mut WordMap<&'static str, u32>) {
    let mut plurals: Vec<(&'static str, u32)> = Vec::new();
    for (&w, &bits) in map.iter() {
        if bits & DESC == 0 {
            continue;
        }
        let kind = (bits & DESC) | DESC_PLURAL;
        // "authority" → "authorities" (a stem of up to 31 bytes, as the singular of an "-ies" word is read)
        if let Some(stem) = w.strip_suffix('y').filter(|s| s.len() < 32) {
            plurals.push((Box::leak(format!("{stem}ies").into_boxed_str()), kind));
        }
        // "minister" → "ministers"; a word in "-ies" is read as a "-y" plural only
        if !w.ends_with("ie") {
            plurals.push((Box::leak(format!("{w}s").into_boxed_str()), kind));
        }
    }
    for (plural, kind) in plurals {
        let bits = map.entry(plural).or_default();
        if *bits & DESC == 0 {
            *bits |= kind;
        }
    }
}

fn listed(w: &str) -> u32 {
    WORDS.get(w)
}

const ORDINAL_WORDS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// "second" … "tenth", "21st", "3rd".
pub fn ordinal(w: &str) -> bool {
    ORDINAL_WORDS.contains(&w)
        || (w.len() > 2 && w.as_bytes()[0].is_ascii_digit() && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
}

/// Every class of a lower-cased word.
pub fn classes(w: &str) -> u32 {
    with_listed(w, listed(w))
}

/// The word table, for classifying many tokens in a row.
pub fn table() -> &'static Words {
    &WORDS
}

impl Words {
    /// Every class of the lower-cased word at `start..end` of `lower` (ASCII):
    /// its key is read from the text eight bytes at once when the text goes on that far.
    pub fn classes_at(&self, lower: &str, start: usize, end: usize) -> u32 {
        let len = end - start;
        let Some(key) = short_ascii_key(lower.as_bytes(), start, len) else {
            let w = &lower[start..end];
            return with_listed(w, self.get(w));
        };
        // the tests of `with_listed` on the packed bytes; the word itself only where they may hold
        if (key as u8).is_ascii_digit() {
            // (a number, often unlisted in the entity lexicon and so classified per token: no probe when no word has a digit)
            let direct = if self.digit_words { self.table.get_short(key, len).unwrap_or(0) } else { 0 };
            return with_listed(&lower[start..end], direct);
        }
        let direct = self.table.get_short(key, len).unwrap_or(0);
        let last = (key >> (8 * (len - 1))) as u8;
        let past = (len > 4 && last == b'd' && (key >> (8 * (len - 2))) as u8 == b'e' && direct & NOT_PAST == 0) || direct & EVENT != 0;
        (direct & !NOT_PAST) | if past { PAST } else { 0 }
    }
}

/// The classes of `w`, given the bits it is listed with.
#[inline]
fn with_listed(w: &str, direct: u32) -> u32 {
    let mut bits = direct & !NOT_PAST;
    if w.as_bytes().first().is_some_and(u8::is_ascii_digit) && ordinal(w) {
        bits |= ORDINAL; // "21st" (the words are listed)
    }
    if (w.len() > 4 && w.ends_with("ed") && direct & NOT_PAST == 0) || direct & EVENT != 0 {
        bits |= PAST;
    }
    bits
}

/// A description noun's kind and whether it is plural, from its bits.
pub fn description_of(bits: u32) -> Option<(&'static str, bool)> {
    let d = bits & DESC;
    (d != 0).then(|| (KINDS[d.trailing_zeros() as usize - DESC_PERSON.trailing_zeros() as usize], bits & DESC_PLURAL != 0))
}

/// Is `w` a person description ("president", "ministers") or a title part ("deputy")?
pub fn title_word(w: &str) -> bool {
    listed(w) & (DESC_PERSON | TITLE_PART) != 0
}

/// A word's description kind and whether it is plural ("officials" → person, plural).
pub fn description(w: &str) -> Option<(&'static str, bool)> {
    description_of(listed(w))
}

/// Kin written before a person's name ("his wife Jane", "her sons Chris and Toby").
pub(super) const KIN: &[&str] = &[
    "wife", "husband", "partner", "son", "sons", "daughter", "daughters", "mother", "father", "brother", "brothers", "sister", "sisters", "widow", "widower",
    "parents", "children",
];

pub fn is_function_word(w: &str) -> bool {
    matches!(w, "and" | "or" | "but" | "of" | "to" | "in" | "on" | "at" | "for" | "with" | "by" | "from" | "that" | "which" | "who" | "as" | "while" | "after" | "before" | "when" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "also" | "not" | "this" | "these" | "those" | "there") || w.ends_with("ed") || w.ends_with("ing") || ly_adverb(w)
}

/// Is `w` an adverb in "-ly" ("also", "reportedly", "separately"), not a noun such as "family"?
pub fn ly_adverb(w: &str) -> bool {
    w.ends_with("ly") && !crate::one_of(w, &["family", "ally", "assembly", "rally", "supply", "italy", "monopoly", "anomaly", "july", "belly", "bully"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_agree_with_the_lists() {
        let l = &*LEXICON;
        let cases: &[(&str, u32, bool)] = &[
            ("said", CUE | CUE_ONE, true),
            ("according", CUE, true),
            ("expected", HEDGE, true),
            ("officials", ANONYMOUS, l.anonymous.contains("officials")),
            ("president", DESC_PERSON, true),
            ("presidents", DESC_PERSON | DESC_PLURAL, true),
            ("the", DETERMINER, true),
            ("largest", SUPERLATIVE, true),
            ("21st", ORDINAL, true),
            ("third", ORDINAL, true),
            ("signed", PAST, true),
            ("needed", PAST, true),
            ("based", PAST, false),
            ("red", PAST, false),
            ("you", READER, true),
            ("which", RELATIVE, true),
            ("table", CUE | HEDGE | DESC | PAST | ORDINAL, false),
        ];
        for &(w, bits, want) in cases {
            assert_eq!(classes(w) & bits == bits, want, "{w}");
        }
        for (&w, &kind) in &l.descriptions {
            assert_eq!(description(w), Some((bit_kind(kind), false)), "{w}");
            assert!(KINDS.contains(&bit_kind(kind)), "{kind} is a known kind");
        }
        assert_eq!(description("authorities").map(|d| d.1), l.descriptions.get("authority").map(|_| true));
        assert_eq!(description("cities"), l.descriptions.get("city").map(|k| (*k, true)));
        for (_, list) in [(0, l.speech_acts.iter()), (1, l.events.iter()), (2, l.anonymous.iter()), (3, l.vague.iter())] {
            for w in list {
                assert!(w.chars().any(char::is_alphanumeric), "{w}: a punctuation token never needs a look-up");
            }
        }
        // the packed look-up answers as the string one does, whatever the text around the word
        let text = "the officials said reportedly x y2 unprecedented thatx signed 21st cities";
        for (start, end) in [(0, 3), (4, 13), (14, 18), (19, 29), (30, 31), (32, 34), (35, 48), (49, 53), (49, 54), (55, 61), (62, 66), (67, 73)] {
            assert_eq!(table().classes_at(text, start, end), classes(&text[start..end]), "{}", &text[start..end]);
        }
        assert_eq!(classes("that\0"), 0);
        for (list, bit) in [(super::super::cues::SKIP_BEFORE, SKIP_BEFORE), (super::super::cues::NON_CLAUSE, NON_CLAUSE), (super::super::cues::NOUN_MARKERS, NOUN_MARKER)] {
            for w in list.iter().filter(|w| w.chars().all(char::is_alphabetic)) {
                assert_ne!(classes(w) & bit, 0, "{w}");
            }
        }
        assert_eq!(classes("said") & (SKIP_BEFORE | NON_CLAUSE | NOUN_MARKER), 0);
        // the bits that factual::check and find_cues test before these words' strings
        for w in ["is", "are", "was", "were"] {
            assert_ne!(classes(w) & SKIP_BEFORE, 0, "{w}");
        }
        for w in ["asked", "when"] {
            assert_ne!(classes(w) & INTRODUCTORY, 0, "{w}");
        }
        for (w, want) in [("president", true), ("presidents", true), ("deputy", true), ("vladimir", false), ("ministry", false), ("company", false)] {
            assert_eq!(title_word(w), want, "{w}");
        }
    }
}
