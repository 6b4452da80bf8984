//! Sentence boundaries inside one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) when the next token starts a new sentence: a capital, a
//! digit or an opening quote. Abbreviations ("Mr.", "Gen."), initials ("J.")
//! and dotted acronyms followed by a name ("U.S. Navy") do not end one, nor does a quotation closing
//! on `!` or `?` before a name and a speech verb ('"Deal!" Breton wrote').

use super::tokens::{is_quote_char, Token, TokenKind};
use crate::hash::KeyTable;
use std::ops::Range;
use std::sync::LazyLock;

/// The abbreviations, as written (case matters: "Gen." but not "gen."), in a [`KeyTable`] (values unused).
static ABBREVIATIONS: LazyLock<KeyTable> = LazyLock::new(|| {
    let mut table = KeyTable::default();
    for line in crate::entities::lexicon::data_file!("../data/abbreviations.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        table.get_or_insert(line.as_bytes(), 0);
    }
    table
});

/// Words that, capitalised after a dotted acronym, start a new sentence ("… the U.S. The …").
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those", "In", "On",
    "At", "His", "Her", "Their", "Its", "There", "If", "When", "While", "After", "Before", "As", "However", "Meanwhile",
];

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | "...") || s.chars().all(|c| matches!(c, '!' | '?'))
}

fn is_closer(s: &str) -> bool {
    // (attached to the stop, “ and ‘ close German „…“ and ‚…‘, « and ‹ close »…« and ›…‹)
    matches!(s, ")" | "]" | "”" | "’" | "»" | "\"" | "'" | "“" | "‘" | "«" | "‹" | "›")
}

/// Splits the tokens of one paragraph into sentences; appends their token index ranges to `out`.
/// `stops` are the indices, in order, of the tokens that can end a sentence, counted from `first`
/// (the paragraph's first token in the text): those whose last byte is one of a terminal's
/// (`.`, `!`, `?`, the last byte of `…`); the others are skipped unread.
#[inline(never)]
pub fn split(text: &str, tokens: &[Token], first: usize, stops: &[usize], out: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let n = tokens.len();
    if let Some(end) = dateline(text, tokens) {
        out.push(0..end);
        start = end;
    }
    let mut i = start;
    let mut stops = stops.iter().map(|&s| s - first).peekable();
    loop {
        // the next token at or after `i` that can end a sentence
        while stops.next_if(|&s| s < i).is_some() {}
        let Some(stop) = stops.peek().copied().filter(|&s| s < n) else { break };
        i = stop;
        let t = &tokens[i];
        // the token's last byte: every terminal ends in `.`, `!`, `?` or the last byte of `…`
        let last = text.as_bytes()[t.span.end - 1];
        let mut end = None;
        if t.kind == TokenKind::Punct && matches!(last, b'.' | b'!' | b'?' | 0xA6) && is_terminal(t.text(text)) {
            let s = t.text(text);
            let mut j = i + 1;
            while j < n && !tokens[j].space_before && is_closer(tokens[j].text(text)) {
                j += 1;
            }
            if (j >= n || starts_sentence(text, &tokens[j])) && !(last != b'.' && j > i + 1 && name_speaks(text, &tokens[j..])) {
                let abbreviation = s == "."
                    && i > start
                    && tokens[i - 1].span.end == t.span.start
                    && is_abbreviation(tokens[i - 1].text(text))
                    && !abbreviation_ends(text, &tokens[start..], i - start, j - start);
                if !abbreviation || j >= n {
                    end = Some(j);
                }
            }
        } else if t.kind == TokenKind::Word && last == b'.' && t.span.len() > 2 && i + 1 < n {
            // a dotted acronym ending a sentence: "… in the U.S. The talks …"
            let next = &tokens[i + 1];
            if next.space_before && SENTENCE_STARTERS.contains(&next.text(text)) {
                end = Some(i + 1);
            }
        }
        if let Some(j) = end {
            out.push(start..j);
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < n {
        out.push(start..n);
    }
}

/// "WASHINGTON (Reuters) - …", "MOSCOW, April 25 (AP) — …": a dateline (with its agency) opening the
/// paragraph is a segment of its own, so the sentence after it starts with its subject.
fn dateline(text: &str, tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?.text(text);
    // "14:05 — …": a live blog's time stamp
    let clock = tokens.len() > 3 && tokens[0].kind == TokenKind::Number && tokens[2].kind == TokenKind::Number && tokens[1].text(text) == ":";
    // ("22:00 The exit poll is out.": a time stamp right before a capitalised word, no dash)
    let word_after = |i: usize| tokens.get(i).is_some_and(|t| t.space_before && t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_uppercase()) && t.text(text).chars().any(char::is_lowercase));
    if clock && tokens.len() > 4 && word_after(3) {
        return Some(3);
    }
    if clock {
        let dash = tokens.iter().take(6).position(|t| t.space_before && t.kind == TokenKind::Punct && matches!(t.text(text), "-" | "—" | "–"))?;
        let next = tokens.get(dash + 1)?;
        return (next.space_before && next.text(text).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).then_some(dash + 1);
    }
    if first.chars().count() < 2 || !first.chars().all(|c| c.is_uppercase() || c == '.') {
        return None;
    }
    // "NEW DELHI: …": a place in capitals before a colon
    let caps = |t: &Token| t.kind == TokenKind::Word && t.text(text).chars().all(|c| c.is_uppercase() || c == '.');
    if let Some(colon) = tokens.iter().take(4).position(|t| t.kind == TokenKind::Punct && t.text(text) == ":").filter(|&k| k >= 1 && tokens[..k].iter().all(caps)) {
        if tokens.len() > colon + 3 && word_after(colon + 1) {
            return Some(colon + 1);
        }
    }
    // (a dash is a punctuation token: the kind and the space before it first, the text only then)
    let dash = tokens.iter().take(12).position(|t| t.space_before && t.kind == TokenKind::Punct && matches!(t.text(text), "-" | "—" | "–"))?;
    // "WASHINGTON — …": a place in capitals right before a long dash (a hyphen there is a wire headline: "SOCCER - JAPAN WIN")
    // "CUPERTINO, California — …", "DALLAS, Texas — …": a place, a comma, its region in capitals, a long dash
    let long_dash = matches!(tokens[dash].text(text), "—" | "–");
    let region = || dash >= 3 && tokens[1].text(text) == "," && tokens[2..dash].iter().all(|t| t.text(text) == "." || t.text(text).starts_with(|c: char| c.is_uppercase()));
    // ("NEW YORK — …": a place of two or three words in capitals)
    let caps_place = || dash <= 3 && tokens[..dash].iter().all(caps);
    let after_agency = tokens[dash.checked_sub(1)?].text(text) == ")" || long_dash && (dash == 1 || region() || caps_place());
    // ("(Yonhap) -- …": a double hyphen for a dash)
    let after = dash + 1 + tokens.get(dash + 1).is_some_and(|t| t.text(text) == "-" && !t.space_before) as usize;
    let next = tokens.get(after)?;
    (after_agency && next.space_before && next.text(text).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).then_some(after)
}

/// Does the abbreviation before the dot at `i` still end the sentence, the next one opening at `j`? When a
/// sentence's first word follows ("Apple Inc. The company …", "Martin Luther King Jr. He …"; not an
/// initial: "Gen. A. Smith"), or when it ends a venue's name after "at" ("opened at Dundee Rep. Angus
/// Robertson said …"; not an initial: "at John F. Kennedy airport"; "Rep. Nancy Pelosi" stays one), or when
/// a quotation opens after it.
fn abbreviation_ends(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let Some(next) = tokens.get(j) else { return false };
    let w = next.text(text);
    let initial = w.len() == 1 && tokens.get(j + 1).is_some_and(|d| !d.space_before && d.text(text) == ".");
    // (an opening quote: "condemned it on X. \"We …\" she wrote"; no name goes on after one)
    if SENTENCE_STARTERS.contains(&w) && !initial || w.starts_with(is_quote_char) {
        return true;
    }
    let word = |k: usize| tokens[k].kind == TokenKind::Word;
    i >= 3 && tokens[i - 1].span.len() > 1 && word(i - 2) && tokens[i - 2].text(text).starts_with(|c: char| c.is_uppercase()) && tokens[i - 3].text(text) == "at"
}

/// Speech verbs that, after a name, carry on a sentence whose quotation closed on `!` or `?`.
const SPEECH_VERBS: &[&str] = &["said", "says", "wrote", "writes", "told", "added", "asked", "shouted", "chanted", "posted", "tweeted", "replied", "declared", "exclaimed", "cried", "yelled"];

/// Do `tokens` open with a name (one to four capitalised words, not a sentence's first word such as
/// "The") and a speech verb? Then a quotation closing on `!` or `?` before them does not end the
/// sentence: '"Deal!" Breton wrote on X.'
fn name_speaks(text: &str, tokens: &[Token]) -> bool {
    let capital = |t: &Token| t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_uppercase());
    let words = tokens.iter().take(5).take_while(|t| capital(t)).count();
    words > 0 && !SENTENCE_STARTERS.contains(&tokens[0].text(text)) && tokens.get(words).is_some_and(|t| SPEECH_VERBS.contains(&t.text(text)))
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    if !t.space_before {
        return false;
    }
    let c = t.text(text).chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || is_quote_char(c) || matches!(c, '(' | '[' | '-' | '—' | '•')
        || !c.is_alphabetic() && !c.is_ascii_punctuation() && c.is_alphanumeric()
}

fn is_abbreviation(word: &str) -> bool {
    // initials: one capital letter ("J.")
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    ABBREVIATIONS.get(word.as_bytes()).is_some()
}
