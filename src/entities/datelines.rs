//! A dateline names the place a story was filed from: "WIGAN, England 1996-08-31", "LONDON, March 3 (Reuters) -",
//! "KYIV, Ukraine (AP) —". Its first name is that place, whatever a club ("Wigan beat Bradford"), an acronym's shape
//! ("ESCHEN") or the document's votes made of the same string elsewhere; a listed organisation stays one.
//!
//! Input: the text and its final mentions, sorted. Output: the same mentions, where one in capitals opening a line and followed
//! on that line only by an optional place or state and then a date, or an agency in brackets and a dash, is a PLACE
//! with the rule "dateline". A few byte tests per sentence (does a line start there, in capitals?); runs after the document's votes,
//! so the dateline lends its label to no other mention.

use super::Mention;
use crate::annotations::{Label, Sentence};

pub(super) const RULE: &str = "dateline";

#[inline(never)]
pub(super) fn relabel(text: &str, sentences: &[Sentence], mentions: &mut [Mention]) {
    let b = text.as_bytes();
    for s in sentences {
        // a line opening with two capitals (most sentences fail the first byte tests; only these look for their mention)
        let start = s.span.start;
        if !(start == 0 || b[start - 1] == b'\n') || !b[start].is_ascii_uppercase() || !b.get(start + 1).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let i = mentions.partition_point(|m| m.span.start < start);
        if mentions.get(i).is_some_and(|m| m.span.start == start) && dateline(text, mentions, i) {
            mentions[i].label = Label::Place;
            mentions[i].rule = RULE;
        }
    }
}

/// Is mention `i`, opening its line, the place of a dateline?
fn dateline(text: &str, mentions: &[Mention], i: usize) -> bool {
    let m = mentions[i];
    // (a listed organisation stays one: "UNITED NATIONS (Reuters) -" is filed from its headquarters)
    if matches!(m.label, Label::Date | Label::Number | Label::Group | Label::Event | Label::Place) || m.rule == "org_list" {
        return false;
    }
    let line_end = text[m.span.end..].find('\n').map_or(text.len(), |n| m.span.end + n);
    // (short, and in capitals, as wire copy writes it: a byline's "Jane Doe, 12 March 2024" is no dateline)
    if line_end - m.span.end > 60 || m.span.of(text).bytes().any(|c| c.is_ascii_lowercase()) {
        return false;
    }
    // the rest of the line: ", England", ", Calif", then a date and nothing, or the agency and a dash
    let (mut at, mut next) = (m.span.end, i + 1);
    if text[at..].starts_with(", ") {
        match mentions.get(next) {
            Some(p) if p.span.start == at + 2 && !matches!(p.label, Label::Date | Label::Number) => (at, next) = (p.span.end, next + 1),
            // (a state's short form no list holds: "IRVINE, Calif")
            _ => at += 2 + text[at + 2..line_end].find(|c: char| !c.is_ascii_alphabetic() && c != '.').unwrap_or(line_end - at - 2),
        }
    }
    let rest = &text[at..line_end];
    let dated = mentions.get(next).filter(|d| d.label == Label::Date && d.span.start <= at + 2 && d.span.start > at && d.span.end <= line_end).map(|d| &text[d.span.end..line_end]);
    let dash = |r: &str| matches!(r.trim_start().chars().next(), Some('-' | '–' | '—'));
    let agency = |r: &str| r.strip_prefix(" (").and_then(|r| r.split_once(')')).is_some_and(|(a, r)| a.len() <= 12 && dash(r));
    let filed = match dated {
        Some(after) => after.trim().is_empty() || agency(after) || dash(after),
        None => agency(rest),
    };
    filed && text[at..].starts_with([' ', ','])
}
