//! He or she: what a person's honorific or given name says, and what an unnamed speaker's noun says.
//!
//! Input: the document tables. Output: a [`Sex`] per linked entity, or for one noun. Reads each
//! person mention once.

use super::lexicon::with_lowercase;
use super::Doc;
use crate::annotations::Label;
use crate::entities::linking::gender::{given_gender, title_before, Gender};

/// What a person's honorific says: "Mr Putin" is a "he", "Ms Kallas" a "she".
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Sex {
    #[default]
    Unknown,
    He,
    She,
    /// Both were seen (two people linked as one, or a misread title): no filter.
    Both,
}

/// The honorific right before each person mention ("Mr", "Mrs.", "Sir", "Dame" …), by linked id;
/// with none, the given name of a full name that is mostly one sex's ("Nancy Northup").
pub(super) fn sexes(doc: &Doc) -> Vec<Sex> {
    let mut sexes: Vec<Sex> = doc.linked.iter().map(|l| {
        // only a person's given name is looked up (most linked entities are not people),
        // lower-cased on the stack
        let given = (l.label == Label::Person).then(|| l.name.split_once(' ')).flatten();
        match given.and_then(|(g, _)| with_lowercase(g, |g| given_gender(g.as_bytes()))) {
            Some(Gender::Male) => Sex::He,
            Some(Gender::Female) => Sex::She,
            None => Sex::Unknown,
        }
    }).collect();
    let mut titled = vec![false; doc.linked.len()];
    for e in doc.entities.iter().filter(|e| e.label == Label::Person) {
        let said = match title_before(doc.text, e.span.start) {
            Some(Gender::Male) => Sex::He,
            Some(Gender::Female) => Sex::She,
            None => continue,
        };
        if let (Some(s), Some(t)) = (sexes.get_mut(e.linked), titled.get_mut(e.linked)) {
            // a title outweighs the given name
            *s = if !*t || *s == said { said } else { Sex::Both };
            *t = true;
        }
    }
    sexes
}

/// Does an honorific of a woman ("Ms", "Mrs", "Dame" …) come right before a mention of linked entity `l`?
pub(super) fn titled_she(doc: &Doc, l: usize) -> bool {
    doc.linked[l].mentions.iter().any(|&m| title_before(doc.text, doc.entities[m].span.start) == Some(Gender::Female))
}

/// The sex a noun of an unnamed speaker says ("a woman", "a spokesman"), if any.
pub(super) fn of_noun(noun: &str) -> Option<Sex> {
    match noun {
        "woman" | "women" | "mother" | "wife" | "girl" | "daughter" | "sister" | "grandmother" | "widow" | "spokeswoman" | "businesswoman" | "policewoman" | "chairwoman" | "queen" | "princess" => Some(Sex::She),
        "man" | "father" | "husband" | "boy" | "son" | "brother" | "grandfather" | "widower" | "spokesman" | "businessman" | "policeman" | "chairman" | "king" | "prince" | "pope" => Some(Sex::He),
        _ => None,
    }
}
