//! Where a date or number pattern can start: the cheap test every word of a
//! sentence passes through before [`super::match_at`] tries the patterns.
//!
//! Input: one sentence's words. Output: yes/no per word, from its token kind, a
//! table of first bytes and lengths, and one bit per word-list key.

use super::{Words, NAMED_TIMES, PERIOD_PARTS, QUARTERS, RELATIVE, RELATIVE_HEAD, SEASONS, UNITS};
use crate::entities::lexicon::{Kind, LEXICON, UNTAGGED};
use crate::segment::{Token, TokenKind};
use std::sync::LazyLock;

/// Can a date or number pattern start at word `i`? Most words fail this one
/// lookup, and `match_at` is then not called at all.
#[inline]
pub(super) fn may_start(d: &Words, i: usize) -> bool {
    let t = &d.tokens[i];
    // the first byte of the lower-cased word, read without slicing the text
    let first = d.low.as_bytes().get(t.span.start).copied().unwrap_or(0);
    t.kind == TokenKind::Number
        || first < 128 && t.span.len() < 16 && OPENERS[first as usize] & (1 << t.span.len()) != 0 && {
            // an article (the most common of these words) opens only the patterns of `article_opens`; the relative
            // and season words are no articles
            match d.lower(i) {
                lw @ ("the" | "a" | "an") => article_opens(d, i, lw),
                lw => [RELATIVE, RELATIVE_HEAD, SEASONS, NAMED_TIMES, QUARTERS].iter().any(|list| listed(lw, list)),
            }
        }
        || listed_opener(d.openers, d.text, t)
}

/// The lists whose words may open a pattern on their own.
const OPENER_KINDS: [Kind; 4] = [Kind::Month, Kind::Weekday, Kind::Currency, Kind::NumberWord];

/// One bit per lexicon key (the index a token is tagged with, [`Token::lex`]): is the key listed as one of
/// [`OPENER_KINDS`]? A few kilobytes read for every word of the text instead of the key's own entry
/// in the lexicon, which is spread over far more memory.
static OPENER_KEYS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let infos = LEXICON.infos();
    let mut bits = vec![0u32; infos.len().div_ceil(32)];
    for (i, _) in infos.iter().enumerate().filter(|(_, info)| info.any(&OPENER_KINDS)) {
        bits[i / 32] |= 1 << (i % 32);
    }
    bits
});

/// [`OPENER_KEYS`], made on first use: a sentence's words read it without the check each time.
pub(super) fn opener_keys() -> &'static [u32] {
    &OPENER_KEYS
}

/// Is token `t` listed as one of [`OPENER_KINDS`]? Read from `keys`, [`opener_keys`] (an untagged token is looked up).
#[inline]
fn listed_opener(keys: &[u32], text: &str, t: &Token) -> bool {
    match keys.get(t.lex as usize / 32) {
        Some(word) => word >> (t.lex % 32) & 1 != 0,
        None if t.lex == UNTAGGED => LEXICON.info(text, t).is_some_and(|x| x.any(&OPENER_KINDS)),
        None => false, // no key: no list has the word
    }
}

/// Does the article `lw` at `i` open a pattern of [`match_at`]? Only before a part of a period
/// ("the end of the year") or a unit, perhaps after a hyphen ("a day", "a five-day"): most articles
/// (a word of any list is let through by [`may_start`] anyway) never reach the patterns.
fn article_opens(d: &Words, i: usize, lw: &str) -> bool {
    match lw {
        "the" => {
            let next = d.lower(i + 1);
            PERIOD_PARTS.contains(&next) || next == "weekend"
        }
        "a" | "an" => UNITS.contains(&d.lower(i + 1)) || d.word(i + 1) == "-" && UNITS.contains(&d.lower(i + 2)),
        _ => false,
    }
}

/// Is `w` in `list`? Length and first byte first, so most entries cost no string comparison.
fn listed(w: &str, list: &[&str]) -> bool {
    list.iter().any(|e| e.len() == w.len() && e.as_bytes().first() == w.as_bytes().first() && *e == w)
}

/// For each first byte, the lengths (one bit each) of the words that may open a
/// pattern without a list entry ("the", "a", "an" and the relative-day,
/// relative-head and season words): any other word skips those comparisons.
const OPENERS: [u16; 128] = {
    let mut set = [0u16; 128];
    let lists: [&[&str]; 6] = [&["the", "a", "an"], RELATIVE, RELATIVE_HEAD, SEASONS, NAMED_TIMES, QUARTERS];
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            let word = lists[l][w].as_bytes();
            set[word[0] as usize] |= 1 << word.len();
            w += 1;
        }
        l += 1;
    }
    set
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opener_bits_agree_with_the_lexicon() {
        let text = "In March the euro fell on Tuesday by seven cents, said John; the dollar, twelve, Monday, Smith.";
        let tagged = crate::segment::segment(text).tokens;
        let untagged = crate::segment::tokenize(text);
        let mut openers = 0;
        for t in tagged.iter().chain(&untagged) {
            let listed = LEXICON.info(text, t).is_some_and(|x| x.any(&OPENER_KINDS));
            assert_eq!(listed_opener(opener_keys(), text, t), listed, "{}", t.text(text));
            openers += listed as usize;
        }
        assert!(LEXICON.word("March").is_some_and(|x| x.has(Kind::Month)));
        assert_eq!(openers, 2 * 8, "March, euro, Tuesday, seven, cents, dollar, twelve, Monday, each in both tokenisations");
    }
}
