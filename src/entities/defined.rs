//! An abbreviation defined in parentheses right after a name is a name of the same kind: "the National
//! Emergency Management Agency (Nema)" makes "Nema" an organisation, also where a later mention alone
//! would read as a person ("Nema's director general, …").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, where a guessed one-word
//! mention in parentheses spells the initials of the organisation, place, group or event just before it, with that
//! name's label and the rule "abbreviation_defined" (a confident vote in [`super::make_consistent`]). One pass; the
//! test opens with the two bytes between the mentions.

use super::{voter, Mention, Voter};
use crate::annotations::Label;

pub(super) const RULE: &str = "abbreviation_defined";

pub(super) fn label(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (name, abbr) = (mentions[i - 1], mentions[i]);
        if text.get(name.span.end..abbr.span.start) != Some(" (") || !text[abbr.span.end..].starts_with(')') {
            continue;
        }
        if matches!(name.label, Label::Person | Label::Date | Label::Number) || voter(abbr.rule) != Voter::Guess {
            continue;
        }
        if spells_initials(name.span.of(text), abbr.span.of(text)) {
            mentions[i].label = name.label;
            mentions[i].rule = RULE;
        }
    }
}

/// Does `abbr` (one word of two letters or more) spell initials of `name`'s words in order ("Nema" in "National
/// Emergency Management Agency", "CDC" in "Centers for Disease Control and Prevention")?
fn spells_initials(name: &str, abbr: &str) -> bool {
    let mut initials = name.split([' ', '-']).filter_map(|w| w.chars().next()).map(|c| c.to_ascii_lowercase());
    abbr.len() >= 2 && abbr.chars().all(|c| c.is_ascii_alphabetic()) && abbr.chars().map(|c| c.to_ascii_lowercase()).all(|c| initials.any(|i| i == c))
}
