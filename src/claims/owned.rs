//! A named person's own people as a speaker: "Ms Mahmood's family said", "Mr Reed's lawyers said". They
//! are a named source, not an anonymous one, and not the person: the speaker is the phrase, and its
//! entity the owner. (A person's spokesman, office or campaign speaks for the person: [`super::speakers`].)
//!
//! "His family said" is the family of the person the pronoun names ([`Head::Kin`]).
//!
//! Input: the document tables and the speaker phrase's last token. Output: the phrase. Looks at three tokens
//! (a possessed body: at most five).

use super::speakers::{entity_start, hyphen_joint, is_function_word, possessive, speaker_label, spokesperson, title_start, Head, Np, PERSONS_OWN};
use super::words::{DESC_PERSON, DETERMINER};
use super::Doc;
use crate::annotations::Label;

/// Nouns of a person's own people who speak as themselves ("family", "lawyers").
pub(super) const OWN_PEOPLE: &[&str] = &["attorney", "attorneys", "families", "family", "lawyer", "lawyers", "parents", "relatives", "solicitor", "solicitors"];

/// Relatives who, after "his" or "her", are the relatives of the person the pronoun names ("His father said").
const RELATIVES: &[&str] = &["brother", "daughter", "father", "husband", "mother", "sister", "son", "wife"];

/// "Ms Mahmood's family" ending before token `end` (its noun at `h`), not reaching before `lo`.
pub(super) fn owned(doc: &Doc, lo: usize, h: usize, end: usize) -> Option<Np> {
    // "his family said", "a statement from her lawyers said": the people of the person the pronoun names
    // (the determiner's class bit first: most speaker phrases have none)
    if h > lo && doc.is(h - 1, DETERMINER) && matches!(doc.low(h - 1), "his" | "her") && (OWN_PEOPLE.contains(&doc.low(h)) || RELATIVES.contains(&doc.low(h))) {
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

/// "Ukraine's air force said", "the company's board said": lower-case words owned by a named
/// organisation or place speak for it; owned by a person, only the person's office, campaign or
/// government do ("Abbott's office said"): "Jamal's family" is someone unnamed.
pub(super) fn possessed_body(doc: &Doc, lo: usize, h: usize, end: usize) -> Option<Np> {
    let mut p = h;
    // lower-case words, and compounds ("rate-setting": its "setting" is no verb)
    let body_word = |p: usize| doc.is_word(p) && !doc.capitalised(p) && doc.entity(p).is_none() && (!is_function_word(doc.low(p)) || hyphen_joint(doc, p - 1));
    while p > lo && h - p < 5 && (body_word(p) || hyphen_joint(doc, p)) && !possessive(doc, p) {
        p -= 1;
    }
    if p == h || p < lo + 1 || !possessive(doc, p) {
        return None;
    }
    let e = doc.entity(p - 1).filter(|&e| speaker_label(Some(doc.entities[e].label)))?;
    // a person's office or campaign speaks for the person; their family, lawyer or friends are someone unnamed
    let for_person = PERSONS_OWN.contains(&doc.low(h));
    let head = if doc.entities[e].label == Label::Person && !for_person { Head::Anonymous } else { Head::Entities(vec![e]) };
    Some(Np { start: entity_start(doc, lo, p - 1, e), end, head })
}

/// "the sheriff's office said", "the mayor's office told" ending before token `end` (its noun at `h`): the organisation
/// named after that office ("Marion County Sheriff's Office"), else the holder of the office, as "the mayor" is.
pub(super) fn title_office(doc: &Doc, lo: usize, h: usize, end: usize) -> Option<Np> {
    let p = h.checked_sub(1).filter(|&p| p > lo && possessive(doc, p) && PERSONS_OWN.contains(&doc.low(h)))?;
    if doc.entity(p - 1).is_some() || !doc.is(p - 1, DESC_PERSON) {
        return None;
    }
    let named = |t: usize| t >= 2 && doc.low(t) == doc.low(h) && doc.low(t - 2) == doc.low(p - 1) && doc.label(t) == Some(Label::Org);
    let start = p - 1 - (p > lo + 1 && doc.is(p - 2, DETERMINER)) as usize;
    let head = match (0..doc.seg.tokens.len()).find(|&t| named(t)).and_then(|t| doc.entity(t)) {
        Some(e) => Head::Entities(vec![e]),
        None => Head::Description { noun: doc.low(p - 1).to_string(), kind: "person", plural: false, modifier: None },
    };
    Some(Np { start, end, head })
}
