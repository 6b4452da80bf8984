//! Word lists from `src/data/*.txt`, loaded once into one table of keys.
//!
//! Keys are lower-cased phrases tokenised by the same tokenizer as the text and
//! joined by single spaces, so a lookup never depends on spacing or case. Each
//! key carries the kinds of list it came from (a word can be both a given name
//! and a city) and, where the list has one, the second field of its line.
//! Every word of a phrase is a key too (with no kinds if no list has it alone),
//! and the phrases form a trie over word indices, so a phrase of tokens is
//! looked up by following each token's [`Token::lex`], never by building its key.

pub(crate) mod data;
mod fold;
mod phrases;
pub(crate) use data::{coded_list, data_file};
pub(crate) use fold::plain;

use crate::segment::Token;
use crate::hash::{short_ascii_key, KeyTable};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Demonym,
    Group,
    City,
    Region,
    GivenName,
    Surname,
    Org,
    OrgKeyword,
    NameKeyword,
    CommonWord,
    Title,
    Month,
    Weekday,
    NumberWord,
    Currency,
    Event,
    Stopword,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub kind: Kind,
    /// The line's second field (a demonym's country, a number word's value, `ambiguous`).
    pub extra: Option<&'static str>,
    /// The entry is written in capitals ("UN", "AP"): it matches capitals only, never "Un" or "ap".
    pub caps: bool,
}


pub struct Lexicon {
    /// Every key (and every word of a phrase key) to its index in `infos`.
    map: KeyTable,
    /// The phrases as a trie: [`edge`] (the index of a phrase's first n words,
    /// the index of word n + 1) to the index of its first n + 1 words. An index
    /// that is no whole key has an empty [`Info`].
    /// Its keys are the 8 little-endian bytes of the edge, looked up as one word.
    next: KeyTable,
    infos: Vec<Info>,
    /// The longest key, in tokens.
    pub max_tokens: usize,
    /// The index of each one-byte ASCII key (punctuation, "a", digits), read without hashing.
    one_byte: [u32; 128],
}

/// What the lists say about one key.
#[derive(Debug, Default)]
pub struct Info {
    /// One bit per [`Kind`] the key is listed as.
    kinds: u32,
    /// The kinds whose entry is written in capitals (matches capitals only).
    caps: u32,
    /// For a one-word key: the most tokens of a phrase starting with it (0: none).
    longest: u8,
    entries: Vec<Entry>,
}

impl Info {
    pub fn has(&self, kind: Kind) -> bool {
        self.kinds & bit(kind) != 0
    }
    /// Is the key listed as any of `kinds`?
    pub fn any(&self, kinds: &[Kind]) -> bool {
        kinds.iter().any(|&k| self.has(k))
    }
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn extra(&self, kind: Kind) -> Option<&'static str> {
        self.entries.iter().find(|e| e.kind == kind).and_then(|e| e.extra)
    }
}

fn bit(kind: Kind) -> u32 {
    1 << kind as u32
}

/// The key of a trie edge: from the phrase (or word) at index `from`, on the word at index `word`.
fn edge(from: u32, word: u32) -> u64 {
    (from as u64) << 32 | word as u64
}

/// [`Token::lex`] before [`Lexicon::tag`] has looked the token up.
pub const UNTAGGED: u32 = u32::MAX;
/// [`Token::lex`] of a token no list knows.
pub const UNLISTED: u32 = u32::MAX - 1;

/// `src/data/given_names.txt`, expanded once: the lexicon and the gender table both read it.
pub(crate) fn given_names() -> &'static str {
    coded_list!("../../data/given_names.txt")
}

/// Each list, as a function giving its text (front-coded where that saves more .wasm bytes than a list's own
/// expansion code costs: not the demonyms, currencies, months or weekdays; see [`data`]).
const LISTS: &[(Kind, fn() -> &'static str)] = &[
    (Kind::Country, || coded_list!("../../data/countries.txt")),
    (Kind::Demonym, || data_file!("../../data/demonyms.txt")),
    (Kind::Group, || coded_list!("../../data/groups.txt")),
    (Kind::City, || coded_list!("../../data/cities.txt")),
    (Kind::Region, || coded_list!("../../data/regions.txt")),
    (Kind::GivenName, given_names),
    (Kind::Surname, || coded_list!("../../data/surnames.txt")),
    (Kind::Org, || coded_list!("../../data/orgs.txt")),
    (Kind::OrgKeyword, || coded_list!("../../data/org_keywords.txt")),
    (Kind::NameKeyword, || coded_list!("../../data/name_keywords.txt")),
    (Kind::CommonWord, || coded_list!("../../data/common_words.txt")),
    (Kind::Title, || coded_list!("../../data/titles.txt")),
    (Kind::Month, || data_file!("../../data/months.txt")),
    (Kind::Weekday, || data_file!("../../data/weekdays.txt")),
    (Kind::NumberWord, || coded_list!("../../data/number_words.txt")),
    (Kind::Currency, || data_file!("../../data/currencies.txt")),
    (Kind::Event, || coded_list!("../../data/events.txt")),
    (Kind::Stopword, || coded_list!("../../data/stopwords.txt")),
];

/// Lines of a data file: `entry` or `entry<TAB>extra`; `#` starts a comment line.
pub fn parse_list(data: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| {
        let mut parts = l.splitn(2, '\t');
        let entry = parts.next().unwrap_or("").trim();
        (entry, parts.next().map(str::trim))
    })
}

/// The lookup key of a phrase: its tokens, lower-cased, joined by spaces (out of line: 318 gzipped .wasm bytes).
#[inline(never)]
fn key_of(text: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        push_word_key(&mut key, t.text(text));
    }
    key
}

/// One word's part of a key: lower-cased, curly apostrophes folded so O’Leary and O'Leary share a key.
fn push_word_key(key: &mut String, w: &str) {
    if w.is_ascii() {
        let from = key.len();
        key.push_str(w);
        key[from..].make_ascii_lowercase();
        return;
    }
    for c in w.chars() {
        key.extend(if c == '’' { '\''.to_lowercase() } else { c.to_lowercase() });
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon { map: KeyTable::default(), next: KeyTable::default(), infos: Vec::new(), max_tokens: 1, one_byte: [UNLISTED; 128] };
    for &(kind, list) in LISTS {
        let data = list();
        for (entry, extra) in parse_list(data) {
            // (a given name's sex flag is for linking alone: the entry is "ambiguous" or plain)
            let extra = if kind == Kind::GivenName { extra.filter(|x| x.starts_with("ambiguous")).map(|_| "ambiguous") } else { extra };
            let tokens = crate::segment::tokenize(entry);
            if tokens.is_empty() {
                continue;
            }
            lex.max_tokens = lex.max_tokens.max(tokens.len());
            // the first word, then each further word as a step in the trie
            let first = lex.intern(key_of(entry, &tokens[..1]));
            let mut at = first;
            for t in &tokens[1..] {
                let word = lex.intern(key_of(entry, std::slice::from_ref(t)));
                at = lex.step(at, word);
            }
            if tokens.len() > 1 {
                lex.map.get_or_insert(key_of(entry, &tokens).as_bytes(), at);
            }
            let first = &mut lex.infos[first as usize];
            first.longest = first.longest.max(tokens.len().min(u8::MAX as usize) as u8);
            let caps = entry.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !entry.chars().any(char::is_lowercase);
            let info = &mut lex.infos[at as usize];
            match info.entries.iter_mut().find(|e| e.kind == kind) {
                Some(e) => e.caps &= caps, // "Un" (a name) and "UN": the mixed-case entry wins
                None => info.entries.push(Entry { kind, extra, caps }),
            }
            info.kinds |= bit(kind);
            info.caps = info.entries.iter().filter(|e| e.caps).fold(0, |m, e| m | bit(e.kind));
        }
    }
    for b in 0..128u8 {
        lex.one_byte[b as usize] = lex.map.get(&[b]).unwrap_or(UNLISTED);
    }
    lex
});

impl Lexicon {
    fn intern(&mut self, key: String) -> u32 {
        let next = self.infos.len() as u32;
        let at = self.map.get_or_insert(key.as_bytes(), next);
        if at == next {
            self.infos.push(Info::default());
        }
        at
    }

    /// The trie node after `from` on `word`, made if new.
    fn step(&mut self, from: u32, word: u32) -> u32 {
        let next = self.infos.len() as u32;
        let at = self.next.get_or_insert(&edge(from, word).to_le_bytes(), next);
        if at == next {
            self.infos.push(Info::default());
        }
        at
    }

    fn lookup(&self, key: &str) -> Option<&Info> {
        self.map.get(key.as_bytes()).map(|i| &self.infos[i as usize])
    }

    pub fn has(&self, key: &str, kind: Kind) -> bool {
        self.lookup(key).is_some_and(|i| i.has(kind))
    }

    pub fn extra(&self, key: &str, kind: Kind) -> Option<&'static str> {
        self.lookup(key).and_then(|i| i.extra(kind))
    }

    /// Looks every token's own key up once, so later questions about a single
    /// token are an array index. `lower` is the text with ASCII letters
    /// lower-cased: an ASCII word's key is its span there.
    #[inline(never)]
    /// `ascii`: the text is all ASCII.
    pub fn tag(&self, text: &str, lower: &str, ascii: bool, tokens: &mut [Token]) {
        let mut key = String::new();
        let low = lower.as_bytes();
        for t in tokens {
            // `lower` has the text's non-ASCII bytes unchanged
            let (start, n) = (t.span.start, t.span.len());
            // most words: 2 to 8 ASCII bytes with 8 to read from their start, one load and a mask
            if n >= 2 {
                if let Some(word) = short_ascii_key(low, start, n) {
                    t.lex = self.map.get_short(word, n).unwrap_or(UNLISTED);
                    continue;
                }
            }
            let w = &low[t.span.start..t.span.end];
            t.lex = if let &[b] = w {
                match self.one_byte.get(b as usize) {
                    Some(&at) => at,
                    None => self.find(t.text(text), &mut key),
                }
            } else if ascii || w.iter().all(|&b| b < 0x80) {
                self.map.get(w).unwrap_or(UNLISTED)
            } else {
                self.find(t.text(text), &mut key)
            };
        }
    }

    /// The index of one word's key (`UNLISTED` if none): ASCII words are lower-cased on the stack.
    #[inline(never)] // the rare path of `index` (segmented tokens are tagged), kept out of its callers
    fn find(&self, w: &str, key: &mut String) -> u32 {
        let mut buf = [0u8; 32];
        let found = if w.is_ascii() && w.len() <= buf.len() {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            self.map.get(&buf[..w.len()])
        } else {
            key.clear();
            push_word_key(key, w);
            self.map.get(key.as_bytes()).or_else(|| self.unaccented_city(w))
        };
        found.unwrap_or(UNLISTED)
    }

    /// What the lists say about each key, by its index (the [`Token::lex`] a token is tagged with).
    pub fn infos(&self) -> &[Info] {
        &self.infos
    }

    /// What the lists say about one word, in any case.
    pub fn word(&self, w: &str) -> Option<&Info> {
        self.infos.get(self.find(w, &mut String::new()) as usize)
    }

    /// The index of a token's own key: its tag, or a look-up if it has none yet.
    #[inline(always)]
    fn index(&self, text: &str, t: &Token) -> u32 {
        if t.lex == UNTAGGED {
            self.find_untagged(text, t)
        } else {
            t.lex
        }
    }

    /// [`Self::index`] of a token that was not segmented (so not tagged).
    #[cold]
    #[inline(never)]
    fn find_untagged(&self, text: &str, t: &Token) -> u32 {
        self.find(t.text(text), &mut String::new())
    }

    /// What the lists say about one token (its own key), if anything.
    pub fn info(&self, text: &str, t: &Token) -> Option<&Info> {
        self.infos.get(self.index(text, t) as usize)
    }

    /// Is the token (as one word) listed as `kind`?
    pub fn is(&self, text: &str, t: &Token, kind: Kind) -> bool {
        self.info(text, t).is_some_and(|i| i.has(kind))
    }

    /// The second field of the token's `kind` entry.
    // never inlined: its 15 inlined copies cost 423 bytes of the gzipped .wasm and saved only 0.05 % of the instructions (2026-11-26)
    #[inline(never)]
    pub fn extra_of(&self, text: &str, t: &Token, kind: Kind) -> Option<&'static str> {
        self.info(text, t).and_then(|i| i.extra(kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_loads_and_is_well_formed() {
        for &(kind, list) in LISTS {
            let data = list();
            let entries: Vec<_> = parse_list(data).collect();
            assert!(!entries.is_empty(), "{kind:?} list is empty");
            for (entry, _) in entries {
                assert!(!entry.is_empty() && entry == entry.trim(), "{kind:?}: bad entry {entry:?}");
            }
            // the header naming the source stays in the file (tools/check_lists.py checks it), out of the binary
            assert!(!data.starts_with('#'), "{kind:?}: the header is shipped");
        }
    }

    #[test]
    fn lookups_ignore_case_and_apostrophe_style() {
        assert!(LEXICON.has("russia", Kind::Country));
        assert!(LEXICON.has("russian", Kind::Demonym));
        assert!(LEXICON.has("april", Kind::Month));
        let text = "UN Un";
        let toks = crate::segment::tokenize(text);
        assert_eq!(LEXICON.longest(text, &toks[..1], Kind::Org), Some(1), "UN");
        assert_eq!(LEXICON.longest(text, &toks[1..], Kind::Org), None, "Un is not the UN");
    }
}
