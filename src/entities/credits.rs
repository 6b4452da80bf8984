//! Names in a photo credit: "Photograph: Kola Sulaimon/AFP/Getty Images", "(AP Photo/Evan Vucci)".
//!
//! Input: the text, its paragraphs and its mentions, sorted. Output: the same mentions, where a guessed name of two
//! or three title-case words right next to a slash of a credit (a paragraph that segmentation found by its
//! credit) is the photographer: a PERSON (rule "photographer"). The agencies come from the organisation list.
//! One walk over the credit paragraphs and the mentions, both sorted; most texts have no credit at all.

use super::{voter, Mention, Voter};
use crate::annotations::{Label, Paragraph};

pub(super) const RULE: &str = "photographer";

pub(super) fn relabel(text: &str, paragraphs: &[Paragraph], mentions: &mut [Mention]) {
    let mut k = 0;
    for p in paragraphs.iter().filter(|p| matches!(p.rule, "photo_credit" | "photo_credit_line" | "inline_photo_credit")) {
        k += mentions[k..].partition_point(|m| m.span.start < p.span.start);
        while k < mentions.len() && mentions[k].span.end <= p.span.end {
            let m = mentions[k];
            let by_slash = text[m.span.end..].starts_with('/') || text[..m.span.start].ends_with('/');
            if by_slash && m.label != Label::Person && voter(m.rule) == Voter::Guess && name_shape(m.span.of(text)) {
                mentions[k].label = Label::Person;
                mentions[k].rule = RULE;
            }
            k += 1;
        }
    }
}

/// Two or three words, each a capital followed by a lower-case letter ("Kola Sulaimon", not "EPA-EFE").
fn name_shape(s: &str) -> bool {
    let title = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    };
    (2..=3).contains(&s.split(' ').count()) && s.split(' ').all(title)
}
