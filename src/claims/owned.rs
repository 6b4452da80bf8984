//! A named person's own people as a speaker: "Ms Mahmood's family said", "Mr Reed's lawyers said". They
//! are a named source, not an anonymous one, and not the person: the speaker is the phrase, and its
//! entity the owner. (A person's spokesman, office or campaign speaks for the person: [`super::speakers`].)
//!
//! "His family said" is the family of the person the pronoun names ([`Head::Kin`]).
//!
//! Input: the document tables and the speaker phrase's last token. Output: the phrase. Looks at three tokens.

use super::speakers::{entity_start, possessive, spokesperson, title_start, Head, Np};
use super::words::DETERMINER;
use super::Doc;
use crate::annotations::Label;

/// Nouns of a person's own people who speak as themselves ("family", "lawyers").
const OWN_PEOPLE: &[&str] = &["attorney", "attorneys", "families", "family", "lawyer", "lawyers", "parents", "relatives", "solicitor", "solicitors"];

/// "Ms Mahmood's family" ending before token `end` (its noun at `h`), not reaching before `lo`.
pub(super) fn owned(doc: &Doc, lo: usize, h: usize, end: usize) -> Option<Np> {
    // "his family said", "a statement from her lawyers said": the people of the person the pronoun names
    // (the determiner's class bit first: most speaker phrases have none)
    if h > lo && doc.is(h - 1, DETERMINER) && matches!(doc.low(h - 1), "his" | "her") && OWN_PEOPLE.contains(&doc.low(h)) {
        return Some(Np { start: h - 1, end, head: Head::Kin(if doc.low(h - 1) == "his" { "he" } else { "she" }) });
    }
    // (the possessive first: one bit for most tokens)
    if h < lo + 2 || !possessive(doc, h - 1) {
        return None;
    }
    let own = OWN_PEOPLE.contains(&doc.low(h));
    if !(own || spokesperson(doc.low(h))) {
        return None;
    }
    let e = doc.entity(h - 2).filter(|&e| doc.entities[e].label == Label::Person)?;
    // ("Mr Johnson's spokesman said": the person speaks through them)
    let head = if own { Head::Owned(e) } else { Head::Entities(vec![e]) };
    Some(Np { start: title_start(doc, lo, entity_start(doc, lo, h - 2, e)), end, head })
}
