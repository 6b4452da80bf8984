//! An abbreviation defined in parentheses right after a name is a name of the same kind: "the National
//! Emergency Management Agency (Nema)" makes "Nema" an organisation, also where a later mention alone
//! would read as a person ("Nema's director general, …").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, where a guessed
//! mention in parentheses spells the initials of the organisation, place, group or event just before it, with that
//! name's label and the rule "abbreviation_defined" (a confident vote in [`super::make_consistent`]). One pass; the
//! test opens with the two bytes between the mentions.

use super::{voter, Mention, Voter};
use crate::annotations::Label;

pub(super) const RULE: &str = "abbreviation_defined";

#[inline(never)]
pub(super) fn label(text: &str, mentions: &mut [Mention]) {
    let b = text.as_bytes();
    for i in 1..mentions.len() {
        let (name, abbr) = (mentions[i - 1], mentions[i]);
        if abbr.span.start != name.span.end + 2 || b[name.span.end + 1] != b'(' || b[name.span.end] != b' ' || b.get(abbr.span.end) != Some(&b')') {
            continue;
        }
        if matches!(name.label, Label::Person | Label::Date | Label::Number) || voter(abbr.rule) != Voter::Guess {
            continue;
        }
        if spells_initials(&b[name.span.start..name.span.end], &b[abbr.span.start..abbr.span.end]) {
            mentions[i].label = name.label;
            mentions[i].rule = RULE;
        }
    }
}

/// Does `abbr` (two letters or more) spell initials of `name`'s words in order ("Nema" in "National Emergency
/// Management Agency", "CDC" in "Centers for Disease Control and Prevention")?
fn spells_initials(name: &[u8], abbr: &[u8]) -> bool {
    // each word's first byte: the first byte, and any after a space or a hyphen
    let mut initials = name.iter().enumerate().filter(|&(i, _)| i == 0 || matches!(name[i - 1], b' ' | b'-')).map(|(_, c)| c.to_ascii_lowercase());
    abbr.len() >= 2 && abbr.iter().all(u8::is_ascii_alphabetic) && abbr.iter().all(|c| initials.any(|i| i == c.to_ascii_lowercase()))
}
