//! The shapes of counts: number words, ordinals, "twenty-two", "a"/"an" as one, "and a half" (for [`super::match_at`]).

use super::super::lexicon::{Kind, LEXICON};
use super::Words;
use crate::segment::TokenKind;

/// A number token or number word (not an ordinal) at `i`.
pub(super) fn is_count(d: &Words, i: usize) -> bool {
    let tokens = d.tokens;
    let Some(t) = tokens.get(i) else { return false };
    if t.kind == TokenKind::Number {
        return true;
    }
    let w = d.lower(i);
    w == "a" || w == "an" || d.number_word(i) && !is_ordinal_word(w)
}

pub(super) fn is_ordinal_word(w: &str) -> bool {
    w.ends_with("th") || matches!(w, "first" | "second" | "third")
        || w.ends_with("st") && w != "just" && LEXICON.has(w, Kind::NumberWord)
}

/// "twenty-two", "Forty-first": a tens word, a hyphen and a unit word at `i`, one number of three tokens
/// (an ordinal before a capitalised word is left to the name it opens: "the Twenty-fourth United States Congress").
pub(super) fn tens_unit(d: &Words, i: usize) -> bool {
    // (a glued hyphen first, the one byte most words fail on; then the words' values: "20", "5"; a tens word
    // ends in "y", not "twentieth")
    if !(d.glued(i + 1) && d.glued(i + 2) && d.word(i + 1) == "-" && d.lower(i).ends_with('y')) {
        return false;
    }
    let value = |k: usize| d.tokens.get(k).and_then(|t| LEXICON.extra_of(d.text, t, Kind::NumberWord)).unwrap_or("");
    let (tens, unit) = (value(i), value(i + 2));
    tens.len() == 2 && tens.ends_with('0') && unit.len() == 1 && unit != "0"
        && !(is_ordinal_word(d.lower(i + 2)) && d.word(i + 3).starts_with(char::is_uppercase))
}

/// "a"/"an" at `i` glued to a hyphenated compound opens a rate's divisor, no date: "100-mile-an-hour winds".
pub(super) fn is_rate(d: &Words, i: usize) -> bool {
    i > 0 && d.word(i - 1) == "-" && !d.tokens[i].space_before
}

/// "and a half" from word `k` ("two and a half years", "a year and a half")?
pub(super) fn and_a_half(d: &Words, k: usize) -> bool {
    d.lower(k) == "and" && d.lower(k + 1) == "a" && d.lower(k + 2) == "half"
}
