//! Single words at a name's edges: "ten" in "Erik ten Hag" (a particle, not a number), the letters
//! after a name ("Richard Lowe KC"), and a common plural noun opening a sentence ("Neighbours said"),
//! which is no name; and the left edge of a classified run: "Ten Hag said", an ordinal before an
//! organisation or an event ("Eighth Air Force", "Second World War"); and the right edge of one: a
//! broadcaster's number ("BBC Radio 4"), a party's member after a home ("a Beaumont Republican").
//!
//! Input: a sentence's tokens and a position. Output: yes or no; each looks at a few tokens around it.

use super::context::{is_plain_common_word, is_staff_noun, listed_lower, sentence_opener};
use crate::hash::WordSet;
use std::sync::LazyLock;
use super::labels::*;
use super::shape::*;
use super::super::lexicon::{data_file, Kind, LEXICON};
use super::super::Mention;
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};
use crate::span::Span;

/// Is number mention `m` (of `tokens`) a Dutch particle inside a person's name, no count: "Erik ten Hag" (between two
/// capitalised words), and "Ten Hag said" (opening the sentence before an unlisted capitalised word and a lower-case one)?
#[inline(never)]
pub fn name_particle(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let w = m.span.of(text);
    if m.rule != "number_word" || !matches!(w, "ten" | "Ten") {
        return false;
    }
    let at = tokens.partition_point(|t| t.span.start < m.span.start);
    let Some(next) = tokens.get(at + 1).filter(|t| t.space_before && !t.newline_before && is_cap(text, t)) else { return false };
    if w == "ten" {
        return at > 0 && !tokens[at].newline_before && is_cap(text, &tokens[at - 1]) && !is_function_word(text, &tokens[at - 1], false);
    }
    let nw = next.text(text);
    sentence_opener(text, tokens, at) && !nw.ends_with('s') && LEXICON.info(text, next).is_none()
        && tokens.get(at + 2).is_some_and(|t| t.kind == TokenKind::Word && t.space_before && t.text(text).starts_with(|c: char| c.is_lowercase()))
}

/// Is `w` a Roman numeral below 400 as written, "VIII", "XIV", "LVIII" (not "ICC", "LLC", "VVD")? No letter stands
/// before a greater one except "I" or "X" before one at most ten times its value.
fn is_roman(w: &str) -> bool {
    // each letter's value, 0 for any other byte
    let v = |b: u8| [1, 5, 10, 50, 100][b"IVXLC".iter().position(|&c| c == b).unwrap_or(4)] * u32::from(b"IVXLC".contains(&b));
    let b = w.as_bytes();
    b.iter().all(|&c| v(c) > 0) && b.windows(2).all(|p| v(p[0]) >= v(p[1]) || matches!(p[0], b'I' | b'X') && v(p[1]) <= 10 * v(p[0]))
}

/// Lower-case nouns for people by their part in a story, not their trade ("resident", "parent"), from `src/data/folk_nouns.txt`.
static FOLK_NOUNS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| super::super::word_set(data_file!("../../data/folk_nouns.txt")));

/// Is token `k` a noun for someone's part in a story before a name of two words: "Resident Aoife Brennan",
/// "Parent Siobhan Kavanagh" (the sentence opener is no part of the name; a given name there is: "Will Hart")?
#[inline(never)]
pub(super) fn folk_before_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let word = |p: usize| tokens.get(p).is_some_and(|t| t.kind == TokenKind::Word && t.space_before && !t.newline_before && is_cap(text, t));
    word(k + 1) && word(k + 2) && LEXICON.info(text, &tokens[k]).is_none_or(|i| !i.has(Kind::GivenName) && !i.has(Kind::Title)) && listed_lower(&FOLK_NOUNS, tokens[k].text(text))
}

/// Letters after a person's name, no part of it: "Richard Lowe KC", "Jane Smith MP".
pub(crate) const POSTNOMINALS: &[&str] = &["KC", "QC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD"];

/// Is token `k`, opening the sentence before a lower-case word, a common plural noun ("Neighbours", "Residents")
/// that no list names as a person? (British "-ours" is tried as "-ors": the word lists spell as American English does)
pub(super) fn plural_opener(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = tokens[k].text(text);
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && sentence_opener(text, tokens, k)
        && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && t.text(text).starts_with(|c: char| c.is_ascii_lowercase()))
        && (common_noun(w) || w.strip_suffix("ours").is_some_and(|stem| common_noun(&[stem, "ors"].concat())))
}

/// Is the capital letter at `i` a label, no name: an interview's "Q:" opening a line, or "Q&A" (a letter, "&" and the
/// article-like "A" that splits the run, unspaced, alone; "M&S", "P&O" stay whole names)?
pub(super) fn letter_label(text: &str, tokens: &[Token], i: usize) -> bool {
    let (t, b) = (&tokens[i], text.as_bytes());
    let next = |n: usize| tokens.get(i + n).filter(|x| !x.space_before && !x.newline_before).map(|x| x.text(text));
    t.span.len() == 1 && b[t.span.start].is_ascii_uppercase() && match next(1) {
        Some(":") => i == 0 || t.newline_before,
        Some("&") => next(2) == Some("A") && next(3).is_none_or(|w| !w.starts_with(|c: char| c.is_alphanumeric())) && (i == 0 || tokens[i - 1].span.end < t.span.start),
        _ => false,
    }
}

/// Is the one-word guess at `k` an ordinary word opening its sentence before an ordinary lower-case word, which it
/// modifies: "Civil rights groups said", "Consumer prices rose" (a name is seldom an ordinary word at all)?
pub(super) fn common_before_common(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && t.text(text).starts_with(|c: char| c.is_ascii_lowercase()))
        && is_plain_common_word(text, &tokens[k]) && is_plain_common_word(text, &tokens[k + 1]) && sentence_opener(text, tokens, k)
}

/// Is the name `[k, m)` of one or two words set off by commas after a possessive and a word for kin: "her husband,
/// Chike, and", "his daughter, Amara Obi,"? Then it is a person, whatever the model guessed (rule `kin_apposition`).
/// So it is after a word for an office or a job ("His deputy, Manish Sisodia,", "the party's leader, Ravi Shankar,",
/// "its spokeswoman, Ana Ruiz,": rule `apposition`), where the model has guessed a body or a place.
pub(super) fn kin_before(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<&'static str> {
    const KIN: &[&str] = &["brother", "daughter", "father", "husband", "mother", "partner", "sister", "son", "widow", "wife"];
    // (the comma before it first, a byte: most pieces have none)
    let set_off = k >= 3 && m <= k + 2 && tokens[k - 1].span.len() == 1 && text.as_bytes()[tokens[k - 1].span.start] == b','
        && tokens.get(m).is_some_and(|t| matches!(t.text(text), "," | "and" | "."))
        && crate::one_of(tokens[k - 3].text(text), &["his", "her", "their", "its", "His", "Her", "Their", "Its", "'s", "’s"]);
    if !set_off || !tokens[k - 2].text(text).starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let noun = &tokens[k - 2];
    if KIN.contains(&noun.text(text)) {
        Some("kin_apposition")
    } else {
        (is_staff_noun(text, noun) || LEXICON.is(text, noun, Kind::Title)).then_some("apposition")
    }
}

/// The rule of a person named after an organisation's possessive (see [`owned_person`]).
pub const MEMBER_OF: &str = "member_of";

/// Is the name `[k, m)`, after an organisation's possessive where the model guessed a place or an organisation, two or
/// three capitalised words that no list holds but as a name: "the BJP's Parvesh Verma", "Microsoft's Satya Nadella",
/// "TDP's Ram Mohan Naidu"? Then it is one of its people, not the body's product that such a guess mostly is ("Apple's
/// Vision Pro": a product's words are mostly common ones).
pub(super) fn owned_person(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let name_word = |t: &Token| {
        let w = t.text(text);
        w.len() >= 2 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).all(char::is_lowercase)
            && LEXICON.info(text, t).is_none_or(|i| !i.has(Kind::CommonWord) && i.any(&[Kind::GivenName, Kind::Surname]))
    };
    // (and the name ends its phrase: punctuation, a function word or a verb after it, not "CNN's Wonder Theory newsletter")
    let ends = |t: &Token| t.newline_before || t.kind != TokenKind::Word
        || !is_cap(text, t) && (LEXICON.is(text, t, Kind::Stopword) || t.text(text).ends_with("ed") && t.span.len() > 4
            || crate::one_of(t.text(text), &["said", "says", "told", "added", "wrote", "won", "lost", "took", "became", "met"]));
    (m == k + 2 || m == k + 3) && tokens[k..m].iter().all(name_word) && tokens.get(m).is_none_or(ends)
}

/// Is the name `[k, m)`, set off by commas, named after a noun for a person by office or work, right before it or before
/// the body served: "The chief executive of TikTok, Shou Zi Chew, was", "his college roommate, Liang Rubo, took"?
pub(super) fn described_before(text: &str, tokens: &[Token], k: usize) -> bool {
    if k < 3 || tokens[k - 1].text(text) != "," {
        return false;
    }
    // (an office's title in lower case too: "The finance minister, Siniša Mali,")
    let person = |t: &Token| !t.newline_before && t.text(text).starts_with(|c: char| c.is_ascii_lowercase()) && (is_staff_noun(text, t)
        || crate::one_of(t.text(text), &["founder", "co-founder", "head", "leader", "chairman", "chairwoman", "roommate", "boss"])
        || LEXICON.extra_of(text, t, Kind::Title) == Some("role"));
    // (the body: up to four capitalised words after "of" or "at")
    let body = (1..=4).find(|&n| k >= n + 3 && !is_cap(text, &tokens[k - 1 - n])).filter(|&n| n > 1 && (1..n).all(|q| is_cap(text, &tokens[k - 1 - q])));
    match body {
        Some(n) => crate::one_of(tokens[k - 1 - n].text(text), &["of", "at"]) && person(&tokens[k - 2 - n]),
        None => person(&tokens[k - 2]),
    }
}

/// A common word no list names as a person.
fn common_noun(w: &str) -> bool {
    LEXICON.word(w).is_some_and(|i| i.has(Kind::CommonWord) && !i.has(Kind::Surname) && !i.has(Kind::GivenName))
}

/// Fixes at the left edge of the run classified from token `i`, whose first mention is `first`: "Ten Hag said" (a
/// particle the number patterns left, see [`name_particle`], opens a person's name), and an ordinal before an
/// organisation belongs to its name ("Eighth Air Force", "101st Airborne Division"), as before an event's ("Second
/// World War"): a capitalised one or a numeral only, not "an eighth Hong Kong Open title" or "its first Airbus".
pub(super) fn left_edge(text: &str, tokens: &[Token], taken: &[bool], i: usize, first: Option<&mut Mention>) {
    let Some(first) = first.filter(|m| m.span.start == tokens[i].span.start) else { return };
    if tokens[i].span.len() == 3 && tokens[i].text(text) == "Ten" {
        (first.label, first.rule) = (Label::Person, "name_particle");
    }
    // a word ordinal belongs to the name only capitalised: "its first Airbus" is a count of the maker's planes
    let cap_ordinal = || i > 0 && (is_cap(text, &tokens[i - 1]) || first.label == Label::Org && tokens[i - 1].text(text).as_bytes()[0].is_ascii_digit());
    if (first.label == Label::Org || first.label == Label::Event) && cap_ordinal()
        && i > 0 && taken[i - 1] && tokens[i].space_before && !tokens[i].newline_before && is_ordinal(tokens[i - 1].text(text))
    {
        first.span = Span::new(tokens[i - 1].span.start, first.span.end);
    }
}

/// The rule of a railway or a line named as the subject of an operator's verb, an organisation (see [`right_edge`]).
pub const OPERATOR: &str = "operator";
/// What an operator does, after its name: "Great Western Railway cancelled", "Southern Railway said".
const OPERATOR_VERBS: &[&str] = &["said", "says", "cancelled", "canceled", "apologised", "apologized", "announced", "confirmed", "warned", "advised",
    "urged", "operates", "axed", "suspended", "added", "told", "reported"];

/// "a Beaumont Republican", "an El Paso Democrat": a US politician's home and party after "a", two names (the place,
/// then the party's member, which the lists read on their own).
pub(super) fn hometown_before_party(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<usize> {
    (m > k + 1 && k > 0 && matches!(tokens[k - 1].text(text), "a" | "an") && matches!(tokens[m - 1].text(text), "Republican" | "Democrat")).then_some(m - 1)
}

/// Fixes at the right edge of the run classified up to token `j`, whose last mention is `last`: a station's number
/// after an organisation ending in "Radio", "Channel" or "TV" belongs to its name ("BBC Radio 4", "Fox TV 5"); the
/// number patterns' mention of it is dropped by the final overlap pass, which keeps the longer mention.
pub(super) fn right_edge(text: &str, tokens: &[Token], j: usize, out: &mut Vec<Mention>, before: usize) -> bool {
    // a Roman numeral after a name in the same run is no organisation's acronym: an event's edition, part of its name
    // ("Super Bowl LVIII"), or nothing of its own
    if let [.., prev, numeral] = &out[before..] {
        // (the model's guess too, after an event: "Super Bowl LII")
        if (numeral.rule == "acronym" || numeral.rule == "span_model" && prev.label == Label::Event) && text.get(prev.span.end..numeral.span.start) == Some(" ") && is_roman(numeral.span.of(text)) {
            let end = numeral.span.end;
            out.pop();
            out.last_mut().filter(|m| m.label == Label::Event).map(|m| m.span = Span::new(m.span.start, end));
        }
    }
    let last = out[before..].last_mut();
    let Some(last) = last.filter(|m| j > 0 && j < tokens.len() && m.span.end == tokens[j - 1].span.end) else { return false };
    let number = &tokens[j];
    // a listed surname alone before a hyphen and a participle, which the model leaves open, is the person: "a Trump-backed
    // candidate", "the Modi-led alliance" (the name inside a hyphenated adjective is annotated)
    if last.rule == super::UNLABELLED && last.span.start == tokens[j - 1].span.start && number.span.len() == 1 && text.as_bytes()[number.span.start] == b'-'
        && !number.space_before && tokens.get(j + 1).is_some_and(|t| !t.space_before && t.text(text).bytes().all(|b| b.is_ascii_lowercase())
            && (t.text(text).ends_with("ed") || super::company::one_of(t.text(text), &["run", "born", "driven"])))
        && LEXICON.is(text, &tokens[j - 1], Kind::Surname)
    {
        (last.label, last.rule) = (Label::Person, "surname_list");
        return false;
    }
    // a railway or a shipping line that acts is its operator: "Great Western Railway cancelled trains" (the line stays a place:
    // "trains on the Konkan Railway")
    if last.label == Label::Place && last.rule == "place_keyword" && !number.newline_before && number.kind == TokenKind::Word
        && super::company::one_of(tokens[j - 1].text(text), &["Line", "Lines", "Railroad", "Railway"])
        && super::company::one_of(number.text(text), OPERATOR_VERBS)
    {
        (last.label, last.rule) = (Label::Org, OPERATOR);
        return true;
    }
    if last.label != Label::Org {
        return false;
    }
    let numbered = number.kind == TokenKind::Number && number.space_before && !number.newline_before;
    // a flight's number names no part of the airline: "Alaska Airlines Flight 1282" is the airline's
    if numbered && tokens[j - 1].text(text) == "Flight" && last.span.start < tokens[j - 1].span.start {
        last.span = Span::new(last.span.start, tokens[j - 2].span.end);
    }
    if super::company::one_of(tokens[j - 1].text(text), &["Radio", "Channel", "TV"]) && numbered
        && number.span.len() <= 2 && number.text(text).bytes().all(|b| b.is_ascii_digit())
        // (not a count or a score after it: "BBC Radio 4 listeners" is fine, "Channel 4-3" is no station)
        && tokens.get(j + 1).is_none_or(|t| t.space_before || !matches!(t.text(text), "-" | "." | ":" | ","))
    {
        last.span = Span::new(last.span.start, number.span.end);
    }
    // a party's faction in brackets is part of its name: "Janata Dal (United)", "Janata Dal (Secular)"
    // (a word, no acronym nor a known name of its own: not "Bank of England (BoE)", "Acme Corp (Acme)", "(Reuters)"), as
    // a military unit's role is: "65 Air Division (Defense)"
    if number.text(text) == "(" && number.space_before && !number.newline_before && tokens.get(j + 2).is_some_and(|t| t.text(text) == ")") {
        let faction = &tokens[j + 1];
        let w = faction.text(text);
        let title_case = w.len() >= 4 && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        // (an acronym written as a word opens with the name's first letter: not "Scottish Environment Protection Agency (Sepa)")
        let name = last.span.of(text);
        // (nor after a public body's name, whose bracketed word is its acronym in the local language: "National Institute
        // of Civil Defence (Indeci)")
        if title_case && !faction.space_before && !name.contains(w) && name.as_bytes()[0] != w.as_bytes()[0]
            && !crate::entities::defined::public_body(name)
            && LEXICON.info(text, faction).is_none_or(|i| !i.any(&[Kind::Org, Kind::Country, Kind::City, Kind::Region, Kind::Demonym, Kind::GivenName, Kind::Surname]))
        {
            last.span = Span::new(last.span.start, tokens[j + 2].span.end);
        }
    }
    false
}
