//! Speaker phrases that name no one, and the few ways they still point at a body: a lower-case
//! phrase after a determiner ("the island's weather service"), a participle modifying a description
//! ("the polling firm"), and the body the last spokesperson spoke for ("the spokesperson said").
//!
//! Input: the document tables and token positions. Output: token positions or an entity index.
//! Bounded look-behinds: a few tokens, and at most 400 for a spokesperson.

use super::speakers::{abbreviation_dot, is_function_word, np_before, possessive, Head, Np, FOR};
use super::words::{AND, ANONYMOUS, DESC, DETERMINER, PRONOUN};
use super::Doc;
use crate::annotations::Label;

/// The determiner that opens a phrase of lower-case words ending at the noun `h` ("the weather service",
/// "the island's weather service"), with at most two words between them; or, with no determiner, the
/// nationalities that open the clause before it ("Egyptian mediators said", "…, Egyptian and Qatari mediators said").
pub(super) fn unnamed_start(doc: &Doc, lo: usize, h: usize) -> Option<usize> {
    let mut t = h;
    let mut words = 0;
    let mut group = false;
    // (the clause opens at `t`: a nationality phrase there names no one)
    let opens = |t: usize, group: bool| (group && (t == lo || doc.is_comma(t - 1))).then_some(t);
    while t > lo && words <= 2 {
        let p = t - 1;
        if doc.is(p, DETERMINER) {
            return Some(p);
        }
        // a count of people: "Six teenagers say", "1 in 3 parents said" (some of them, polled)
        if doc.label(p) == Some(Label::Number) && doc.low(h).ends_with('s') {
            let ratio = p >= lo + 2 && doc.low(p - 1) == "in" && doc.label(p - 2) == Some(Label::Number);
            return Some(p - 2 * ratio as usize);
        }
        let plain = doc.is_word(p) && doc.entity(p).is_none() && !doc.capitalised(p) && !is_function_word(doc.low(p)) && !doc.is(p, PRONOUN)
            // a nationality or a place before the noun: "the Greek fire service", "the Spanish health ministry"
            || matches!(doc.label(p), Some(Label::Group | Label::Place)) && doc.entity(p) != doc.entity(h);
        group |= plain && doc.label(p) == Some(Label::Group);
        if p > lo && possessive(doc, p) && doc.entity(p - 1).is_none() && !doc.capitalised(p - 1) {
            t = p; // "the island's"
        } else if plain || group && doc.is(p, AND) && p > lo && doc.label(p - 1) == Some(Label::Group) {
            words += 1;
            t = p;
        } else {
            return opens(t, group);
        }
    }
    opens(t, group)
}

/// A participle right before a description noun ("the polling firm", "the ruling party"): a modifier.
pub(super) fn participle_before(doc: &Doc, p: usize) -> bool {
    let w = doc.low(p);
    (w.ends_with("ing") || w.ends_with("ed")) && p + 1 < doc.seg.tokens.len() && doc.is(p + 1, DESC | ANONYMOUS)
}

pub(super) fn spokesperson(w: &str) -> bool {
    matches!(w, "spokesman" | "spokeswoman" | "spokesperson")
}

/// The organisation the last spokesperson before token `h` spoke for ("a Meta spokesperson", "a
/// spokesman for the Municipal Police"); none if that one's was not named ("the ministry spokesman").
/// Looks back at most 400 tokens, and only for "the spokesperson", which is rare.
pub(super) fn previous_spokesperson(doc: &Doc, h: usize) -> Option<usize> {
    let u = (h.saturating_sub(400)..h.saturating_sub(1)).rev().find(|&u| doc.is(u, ANONYMOUS) && spokesperson(doc.low(u)))?;
    let org = |t: usize| doc.entity(t).filter(|&e| doc.entities[e].label == Label::Org);
    if u > 0 && org(u - 1).is_some() {
        return org(u - 1);
    }
    let after = u + 1 < doc.seg.tokens.len() && FOR.contains(&doc.low(u + 1));
    let body = if after && u + 2 < doc.seg.tokens.len() && doc.is(u + 2, DETERMINER) { u + 3 } else { u + 2 };
    (after && body < doc.seg.tokens.len()).then(|| org(body)).flatten()
}

/// "Officials in Kabul said", "police in Manchester said", "Tom Hale in London said": an unnamed
/// source, a description or a name placed by a place mention (`ents`, starting at token `t`) is the
/// speaker, not the place; the place qualifies a description ("Manchester police").
pub(super) fn unnamed_in_place(doc: &Doc, lo: usize, t: usize, ents: &[usize], end: usize) -> Option<Np> {
    let &[e] = ents else { return None };
    // "A study published in the journal Nature found": the journal only printed it; the study speaks,
    // and no author is named
    let mut u = t;
    if u >= lo + 2 && doc.low(u - 1) == "journal" {
        u -= if doc.low(u - 2) == "the" { 2 } else { 1 };
    }
    // (the study's phrase ends before "in", or before the participle: "published in")
    let participle = u >= lo + 2 && matches!(doc.low(u - 2), "published" | "appearing");
    if doc.entities[e].label == Label::Org && u >= lo + 2 && doc.low(u - 1) == "in" && (u < t || participle) {
        let p = if participle { u - 2 } else { u - 1 };
        let start = np_before(doc, lo, p).map_or(p, |np| np.start);
        return Some(Np { start, end, head: Head::Anonymous });
    }
    // ("in St. Lucie County": an abbreviation left before the place's name; "in the village of Grammatiko")
    let t = if t >= lo + 3 && abbreviation_dot(doc, t - 1) { t - 2 } else { t };
    // ("a nurse in Jacksonville, Florida, said": a city and its state)
    let t = match (t >= lo + 4 && doc.is_comma(t - 1)).then(|| doc.entity(t - 2)).flatten() {
        Some(c) if doc.entities[c].label == Label::Place => super::speakers::entity_start(doc, lo, t - 2, c),
        _ => t,
    };
    let t = if t >= lo + 4 && doc.low(t - 1) == "of" && doc.low(t - 3) == "the" && crate::one_of(doc.low(t - 2), &["village", "town", "city", "region", "province", "district", "county", "island", "state"]) { t - 3 } else { t };
    // ("Residents of Tarsk said": the people who live there, as "in" would place them)
    let of_place = |t: usize| doc.low(t - 1) == "of" && t >= lo + 2 && crate::one_of(doc.low(t - 2), &["residents", "people", "villagers", "inhabitants", "citizens"]);
    if doc.entities[e].label != Label::Place || t < lo + 2 || doc.low(t - 1) != "in" && !of_place(t) {
        return None;
    }
    let Some(np) = np_before(doc, lo, t - 1) else {
        // "A 2021 trial in California found": something unnamed in the place, not the place
        let p = t - 2;
        let thing = doc.is_word(p) && doc.entity(p).is_none() && !doc.capitalised(p) && !is_function_word(doc.low(p));
        return thing.then_some(Np { start: p, end, head: Head::Anonymous });
    };
    let head = match np.head {
        Head::Anonymous => Head::Anonymous,
        // "Tom Hale in London said", "the Norfolk Pension Fund in England accused": the name, not the place
        Head::Entities(es) if es.iter().all(|&x| matches!(doc.entities[x].label, Label::Person | Label::Org)) => Head::Entities(es),
        Head::Description { noun, kind, plural, modifier: None } => {
            Head::Description { noun, kind, plural, modifier: Some(doc.entities[e].text.to_lowercase()) }
        }
        _ => return None,
    };
    Some(Np { start: np.start, end, head })
}
