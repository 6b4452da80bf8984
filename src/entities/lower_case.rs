//! A guessed one-word name that the text also writes in lower case is an ordinary word, no name:
//! "Mifepristone was approved …" beside "the approval of mifepristone"; a topic list's "Housing"
//! beside "housing legislation". Only words no name list holds are judged ("Rich" is a surname too).
//!
//! Input: the text, its tokens and the mentions after the document's vote. Output: those mentions
//! unlabelled. One pass over the tokens, and only when there is a candidate; a hash look-up per token that may match.

use super::lexicon::{Kind, LEXICON};
use super::names::UNLABELLED;
use super::Mention;
use crate::hash::WordMap;
use crate::segment::{Token, TokenKind};

/// Is the mention's rule a guess (the span model's, or a capitalised word's)?
fn guessed(rule: &str) -> bool {
    matches!(rule, "span_model" | "capitalised_word" | "name_shape")
}

/// A word of at least four letters that no list holds but as an ordinary word.
fn ordinary(text: &str, t: &Token) -> bool {
    t.span.len() >= 4 && LEXICON.info(text, t).is_none_or(|i| i.entries().iter().all(|e| matches!(e.kind, Kind::CommonWord | Kind::Stopword)))
}

pub(super) fn unlabel(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    // the guessed one-word mentions of ordinary words, and a bit for each of their lengths (in bytes, under 64)
    // and first letters: most tokens fail both tests before any comparison
    let mut candidates: Vec<usize> = Vec::new();
    let (mut lengths, mut firsts) = (0u64, 0u32);
    for (i, m) in mentions.iter().enumerate() {
        if !guessed(m.rule) || m.span.len() >= 64 {
            continue;
        }
        let t = tokens.partition_point(|t| t.span.start < m.span.start);
        if tokens.get(t).is_some_and(|t| t.span == m.span && ordinary(text, t)) {
            candidates.push(i);
            lengths |= 1 << m.span.len();
            firsts |= 1 << (text.as_bytes()[m.span.start].to_ascii_lowercase() & 31);
        }
    }
    if candidates.is_empty() {
        return;
    }
    // each candidate's word in lower case, and whether the text writes it so: one hash look-up per token that passes
    // the tests of length and first letter (a comparison with every candidate was quadratic on long texts)
    let keys: Vec<Vec<u8>> = candidates.iter().map(|&i| mentions[i].span.of(text).as_bytes().to_ascii_lowercase()).collect();
    let mut seen: WordMap<&[u8], bool> = keys.iter().map(|k| (k.as_slice(), false)).collect();
    let bytes = text.as_bytes();
    let mut buf = [0u8; 64];
    for t in tokens {
        let n = t.span.len();
        // (the length first: most tokens fail it before their first byte is read)
        if n >= 64 || lengths >> n & 1 == 0 {
            continue;
        }
        let first = bytes[t.span.start];
        if !first.is_ascii_lowercase() || firsts >> (first & 31) & 1 == 0 || t.kind != TokenKind::Word {
            continue;
        }
        buf[..n].copy_from_slice(&bytes[t.span.start..t.span.end]);
        buf[..n].make_ascii_lowercase();
        if let Some(found) = seen.get_mut(&buf[..n]) {
            *found = true;
        }
    }
    for (&i, key) in candidates.iter().zip(&keys) {
        if seen.get(key.as_slice()) == Some(&true) {
            mentions[i].rule = UNLABELLED;
        }
    }
}
