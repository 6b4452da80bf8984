//! A dateline names the place a story was filed from: "WIGAN, England 1996-08-31", "LONDON, March 3 (Reuters) -",
//! "KYIV, Ukraine (AP) —". Its first name is that place, whatever a club ("Wigan beat Bradford"), an acronym's shape
//! ("ESCHEN") or the document's votes made of the same string elsewhere; a listed organisation stays one.
//!
//! Input: the text and its final mentions, sorted. Output: the same mentions, where one in capitals opening a line and followed
//! on that line only by an optional place or state and then a date, or an agency in brackets and a dash, is a PLACE
//! with the rule "dateline". One byte test per mention (does a line start there?); runs after the document's votes,
//! so the dateline lends its label to no other mention.

use super::Mention;
use crate::annotations::Label;

pub(super) const RULE: &str = "dateline";

#[inline(never)]
pub(super) fn relabel(text: &str, mentions: &mut [Mention]) {
    let b = text.as_bytes();
    for i in 0..mentions.len() {
        let m = mentions[i];
        // (a listed organisation stays one: "UNITED NATIONS (Reuters) -" is filed from its headquarters)
        if !(m.span.start == 0 || b[m.span.start - 1] == b'\n') || matches!(m.label, Label::Date | Label::Number | Label::Group | Label::Event | Label::Place) || m.rule == "org_list" {
            continue;
        }
        let line_end = text[m.span.end..].find('\n').map_or(text.len(), |n| m.span.end + n);
        if line_end - m.span.end > 60 {
            continue; // a dateline is short
        }
        // (in capitals, as wire copy writes it: a byline's "Jane Doe, 12 March 2024" is no dateline)
        let name = m.span.of(text);
        if !name.bytes().any(|c| c.is_ascii_uppercase()) || name.bytes().any(|c| c.is_ascii_lowercase()) {
            continue;
        }
        // the rest of the line: ", England", ", Calif", then a date and nothing, or the agency and a dash
        let mut at = m.span.end;
        let mut next = i + 1;
        if text[at..].starts_with(", ") {
            match mentions.get(next) {
                Some(p) if p.span.start == at + 2 && !matches!(p.label, Label::Date | Label::Number) => (at, next) = (p.span.end, next + 1),
                // (a state's short form no list holds: "IRVINE, Calif")
                _ => at += 2 + text[at + 2..line_end].find(|c: char| !c.is_ascii_alphabetic() && c != '.').unwrap_or(line_end - at - 2),
            }
        }
        let rest = &text[at..line_end];
        let dated = mentions.get(next).filter(|d| d.label == Label::Date && d.span.start <= at + 2 && d.span.start > at && d.span.end <= line_end).map(|d| &text[d.span.end..line_end]);
        let agency = |r: &str| r.strip_prefix(" (").and_then(|r| r.split_once(')')).is_some_and(|(a, r)| a.len() <= 12 && matches!(r.trim_start().chars().next(), Some('-' | '–' | '—')));
        let filed = match dated {
            Some(after) => after.trim().is_empty() || agency(after) || matches!(after.trim_start().chars().next(), Some('-' | '–' | '—')),
            None => agency(rest),
        };
        if filed && text[at..].starts_with([' ', ',']) {
            mentions[i].label = Label::Place;
            mentions[i].rule = RULE;
        }
    }
}
