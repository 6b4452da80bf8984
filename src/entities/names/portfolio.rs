//! Offices named by their portfolio, which name no one: "Culture Secretary", "Emergency Management Minister",
//! "Minister of Finance", "Secretary of State for Health and Social Care".
//!
//! Input: one sentence's tokens and where a piece starts (`k`) inside the capitalised run ending at `j`. Output: how
//! many tokens the portfolio (and its office) take. Each test looks at no more than the run's tokens.

use super::super::lexicon::{data_file, Kind, LEXICON};
use super::labels::LIST_KINDS;
use super::{is_cap, is_connector, is_shouted};
use crate::hash::WordSet;
use crate::segment::{Token, TokenKind};
use std::sync::LazyLock;

/// How many tokens from `k` are an office named by its portfolio, no entity: up to three words no list names (but as
/// ordinary words or keywords) and an office's title ending the run or standing before a name, "the Information
/// Commissioner said", "Chief Medical Officer", "Culture Secretary Lisa Nandy", "Emergency Management Minister Kelly Greene"
/// (not "Information Commissioner's Office", nor "Kenya Minister", "Apple Secretary"; nor a department named with "and",
/// "Health and Human Services Secretary", whose department is an organisation)?
pub(super) fn portfolio_office(text: &str, tokens: &[Token], k: usize, j: usize) -> Option<usize> {
    let plain = |t: &Token| t.kind == TokenKind::Word && is_cap(text, t) && !is_shouted(text, t)
        && LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::GivenName, Kind::Surname, Kind::City, Kind::Region, Kind::Country, Kind::Org, Kind::Demonym, Kind::Group]));
    let office = |t: &Token| matches!(t.text(text), "Commissioner" | "Secretary" | "Minister" | "Officer" | "Ombudsman");
    // (the office's word first, compared as text: most pieces have none, and take no look-up)
    let q = (k + 1..j.min(k + 4)).find(|&q| office(&tokens[q]))?;
    (tokens[q].space_before && tokens[k + 1..q].iter().all(plain)
        && (q + 1 == j || is_cap(text, &tokens[q + 1]) && tokens[q + 1].space_before)
        && plain(&tokens[k]) && (q == k + 1 || LEXICON.longest_among(text, &tokens[k..q], LIST_KINDS).is_none()))
        .then_some(q + 1 - k)
}

/// How many words from `k` (before `j`) after an office's title and "of" or "for" are its portfolio (`src/data/portfolios.txt`),
/// which names nothing: "Minister of Finance", "Secretary of State for Health and Social Care", "Secretary of Defense Lloyd
/// Austin" (the person's name after it is his); none in "Mayor of Labasa". Up to two other words opening it before its first
/// listed word are its own: "Vice President for Strategic Affairs Mohammad Javad Zarif", "Minister for Māori Crown Relations
/// Tama Potaka" (not a name's words after "and": "Minister for Health Simon Harris and Justice Minister Helen McEntee").
pub(super) fn portfolio(text: &str, tokens: &[Token], k: usize, j: usize) -> usize {
    static PORTFOLIOS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| super::super::word_set(data_file!("../../data/portfolios.txt")));
    let (mut n, mut opened) = (0, false);
    for (p, t) in tokens[k..j].iter().enumerate() {
        if PORTFOLIOS.contains(t.text(text)) {
            n = p + 1;
        } else if is_connector(text, t) && !(opened && n == 0) {
            continue;
        } else if n == 0 && p < 2 && is_cap(text, t) {
            opened = true;
        } else {
            break;
        }
    }
    n
}
