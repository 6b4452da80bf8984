//! An abbreviation defined in parentheses right after a name is a name of the same kind: "the National
//! Emergency Management Agency (Nema)" makes "Nema" an organisation, also where a later mention alone
//! would read as a person ("Nema's director general, …").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, where a guessed (or unlabelled:
//! an ordinary word, "Care Excellence (Nice)")
//! mention in parentheses spells the initials of the organisation, place, group or event just before it, with that
//! name's label and the rule "abbreviation_defined" (a confident vote in [`super::make_consistent`]); and where the
//! abbreviation needs a place after "in" to spell the name, the place ends the name ("the Organisation for Security and
//! Cooperation in Europe (OSCE)"). One pass; the test opens with the two bytes between the mentions.

use super::{voter, Mention, Voter};
use crate::{annotations::Label, span::Span};

pub(super) const RULE: &str = "abbreviation_defined";
/// The rule of a place mention joined into the organisation's name before it (dropped at once).
const JOINED: &str = "joined_place";

/// "The Organisation for Security and Cooperation in Europe (OSCE)": a place `i - 1` after "in", "of" or "for", whose
/// initial the abbreviation `i` in brackets needs with the organisation's name `i - 2` before it, ends that name.
fn join_place(text: &str, mentions: &mut [Mention], i: usize) -> bool {
    let (org, place, abbr) = (mentions[i - 2], mentions[i - 1], mentions[i].span.of(text));
    let fits = org.label == Label::Org && matches!(&text[org.span.end..place.span.start], " in " | " of " | " for ")
        && abbr.len() <= 10 && abbr.bytes().all(|c| c.is_ascii_uppercase()) && abbr.bytes().last() == place.span.of(text).bytes().next()
        && super::linking::spells_initials(&text[org.span.start..place.span.end], abbr) && !super::linking::spells_initials(org.span.of(text), abbr);
    if fits {
        mentions[i - 2].span = Span::new(org.span.start, place.span.end);
        mentions[i - 1].rule = JOINED;
    }
    fits
}

#[inline(never)]
pub(super) fn label(text: &str, mentions: &mut Vec<Mention>) {
    let b = text.as_bytes();
    let mut joined = false;
    for i in 1..mentions.len() {
        let (name, abbr) = (mentions[i - 1], mentions[i]);
        if abbr.span.start != name.span.end + 2 || b[name.span.end + 1] != b'(' || b[name.span.end] != b' ' || b.get(abbr.span.end) != Some(&b')') {
            continue;
        }
        let name = if name.label == Label::Place && i >= 2 && join_place(text, mentions, i) {
            joined = true;
            mentions[i - 2]
        } else {
            name
        };
        if matches!(name.label, Label::Person | Label::Date | Label::Number) || !matches!(voter(abbr.rule), Voter::Guess | Voter::Word | Voter::Unlabelled) {
            continue;
        }
        let short = abbr.span.of(text);
        // (an abbreviation of two letters or more, and nothing but letters: "Nema", not "U.N.")
        // (or, after a public body's name, one written as a word: the initials of its name in the local language, "National
        // Institute of Civil Defence (Indeci)")
        let word = || name.label == Label::Org && short.len() >= 4 && short.bytes().skip(1).all(|c| c.is_ascii_lowercase()) && public_body(name.span.of(text));
        if short.len() >= 2 && short.bytes().all(|c| c.is_ascii_alphabetic()) && (super::linking::spells_initials(name.span.of(text), short) || word()) {
            mentions[i].label = name.label;
            mentions[i].rule = RULE;
        }
    }
    if joined {
        mentions.retain(|m| m.rule != JOINED);
    }
}

/// The head nouns of public bodies, whose names take no faction in brackets: a word there is their acronym.
const PUBLIC_BODIES: &[&str] = &["Agency", "Authority", "Bureau", "Commission", "Department", "Directorate", "Institute", "Ministry",
    "Office", "Secretariat", "Service"];

/// Whether a name holds a public body's head noun ("National Meteorology Service of Peru").
pub(super) fn public_body(name: &str) -> bool {
    name.split(' ').any(|w| PUBLIC_BODIES.contains(&w))
}
