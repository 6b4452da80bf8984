//! Names in a photo credit: "Photograph: Kola Sulaimon/AFP/Getty Images", "(AP Photo/Evan Vucci)".
//!
//! Input: the text, its paragraphs and its mentions, sorted. Output: the same mentions, where a guessed name of two
//! or three title-case words right next to a slash of a credit (a paragraph that segmentation found by its
//! credit) is the photographer: a PERSON (rule "photographer"), as is one a keyword labelled after a given name
//! ("Carl Court/Getty Images"). The agencies come from the organisation list.
//! One walk over the credit paragraphs and the mentions, both sorted; most texts have no credit at all.

use super::{voter, word_is, Kind, Mention, Voter};
use crate::annotations::{Label, Paragraph};

pub(super) const RULE: &str = "photographer";

#[inline(never)]
pub(super) fn relabel(text: &str, paragraphs: &[Paragraph], mentions: &mut [Mention]) {
    let mut k = 0;
    for p in paragraphs.iter().filter(|p| matches!(p.rule, "photo_credit" | "photo_credit_line" | "inline_photo_credit")) {
        k += mentions[k..].partition_point(|m| m.span.start < p.span.start);
        while k < mentions.len() && mentions[k].span.end <= p.span.end {
            let m = mentions[k];
            let b = text.as_bytes();
            let by_slash = b.get(m.span.end) == Some(&b'/') || m.span.start > 0 && b[m.span.start - 1] == b'/';
            // (a keyword at the end names no body after a given name here: "Carl Court/Getty Images")
            let keyword = || matches!(m.rule, "org_keyword" | "place_keyword") && text[m.span.start..m.span.end].split(' ').next().is_some_and(|w| word_is(w, Kind::GivenName));
            if by_slash && m.label != Label::Person && (voter(m.rule) == Voter::Guess || keyword()) && name_shape(&b[m.span.start..m.span.end]) {
                mentions[k].label = Label::Person;
                mentions[k].rule = RULE;
            }
            k += 1;
        }
    }
}

/// Two or three words, each a capital and then a small letter ("Kola Sulaimon", not "EPA-EFE"; a byte of a
/// letter beyond ASCII counts as small: "José Pérez").
fn name_shape(s: &[u8]) -> bool {
    let words = s.split(|&c| c == b' ');
    (2..=3).contains(&words.clone().count()) && words.into_iter().all(|w| w.len() >= 2 && w[0].is_ascii_uppercase() && (w[1].is_ascii_lowercase() || w[1] >= 0x80))
}
