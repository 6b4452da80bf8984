//! The speaker phrase after a cue ("said Efe news", "according to the Kremlin", "said lead author
//! Dr Anna Kowalski"), the other side of [`super::speakers::np_before`].
//!
//! Input: the document tables and the token where the phrase may start. Output: the phrase
//! ([`Np`]) and where it ends; it looks at no more than twelve tokens.

use super::speakers::{abbreviation_dot, hyphen_joint, is_function_word, participle_before, possessive, Head, Np, FOR, OUTLET_NOUNS};
use super::words::{ANONYMOUS, DESC, DETERMINER};
use super::Doc;
use crate::annotations::Label;

/// The speaker phrase starting at token `start` ("said Efe news", "according to the Kremlin"),
/// with where it ends (before `hi`).
pub fn np_after(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    let mut t = start;
    while t < hi && doc.is(t, DETERMINER) {
        t += 1;
    }
    let first = t;
    let mut last_entity: Option<(usize, u8)> = None; // entity, rank (person/org over place)
    let mut nationality: Option<usize> = None; // "the Lebanese health ministry"
    let mut desc: Option<(String, &'static str, bool)> = None;
    let mut anonymous = false;
    let mut name_end = None;
    let mut loose = 0;
    let sentence_end = hi;
    let hi = hi.min(first + 12);
    while t < hi {
        let lw = doc.low(t);
        if let Some(e) = doc.entity(t) {
            let rank = match doc.entities[e].label {
                Label::Person | Label::Org => 2,
                Label::Place => 1,
                _ => 0,
            };
            // ("a Mumbai-based dealer": where the source is from is a modifier; "the Hamas-run ministry" is
            // still the owner's)
            let mut end = t + 1;
            while end < hi && doc.entity(end) == Some(e) {
                end += 1;
            }
            let modifier = end + 1 < hi && hyphen_joint(doc, end) && crate::one_of(doc.low(end + 1), &["based", "born", "headquartered", "listed", "registered"]);
            if doc.entities[e].label == Label::Group {
                nationality = Some(e);
            }
            if rank > 0 && !modifier && last_entity.is_none_or(|(_, r)| rank >= r) {
                last_entity = Some((e, rank));
            }
        } else if possessive(doc, t) || OUTLET_NOUNS.contains(&lw) || (t > first && (abbreviation_dot(doc, t) || hyphen_joint(doc, t) || hyphen_joint(doc, t - 1) && doc.is_word(t))) {
            // ("said Dr. Linda Van Horn": a title's period; "said study co-author Prof Mark Thomas", "according to
            // Egypt's state-affiliated Al-Qahera News": a compound, whatever its last word)
        } else if let Some((kind, plural)) = doc.description(t) {
            desc = Some((lw.trim_end_matches('s').to_string(), kind, plural));
        } else if doc.is(t, ANONYMOUS) || super::salience::DOCUMENTS.contains(&lw) {
            anonymous = true; // (or a document: "according to the ruling" is the court's, as "the ruling said" is)
        } else if doc.capitalised(t) {
            if name_end.is_none_or(|e| e == t) {
                name_end = Some(t + 1);
            }
        } else if desc.is_some() && lw == "of" && field_before_person(doc, t + 1, hi) {
            // "said RAC head of policy Simon Williams": the role's field, then the person
        } else if (anonymous || desc.is_some()) && last_entity.is_none() && FOR.contains(&lw) && body_after(doc, t + 1, hi) {
            // "a spokesman for the European Commission": the organisation is the speaker
        } else if loose < 3 && doc.is_word(t) && (!is_function_word(lw) || (t + 1 < hi && participle_before(doc, t))) && (t + 1..words_ahead(doc, t + 1, 3, hi)).any(|u| doc.entity(u).is_some() || doc.capitalised(u) || doc.is(u, DESC | ANONYMOUS)) {
            // "said lead author Dr Anna Kowalski", "according to a major new study", "the vote-counting commission"
            loose += 1;
        } else {
            break;
        }
        t += 1;
    }
    if t == first {
        return None;
    }
    if last_entity.is_none() && (desc.is_some() || anonymous) {
        // "said the lead author, Dr Melody Ding": the person named after the role
        if let Some((e, end)) = appositive_person(doc, t, sentence_end) {
            return Some(Np { start, end, head: Head::Entities(vec![e]) });
        }
    }
    let head = if let Some((e, rank)) = last_entity {
        // "according to the World Health Organization and UNICEF": joint speakers of one kind
        match joint_after(doc, e, t, sentence_end).filter(|_| rank == 2) {
            Some((e2, end)) => {
                t = end;
                Head::Entities(vec![e, e2])
            }
            None => Head::Entities(vec![e]),
        }
    } else if let Some(end) = name_end {
        Head::Name(doc.span(first, end))
    } else if let Some((noun, kind, plural)) = desc {
        Head::Description { noun, kind, plural, modifier: nationality.map(|e| doc.entities[e].text.to_lowercase()) }
    } else if anonymous {
        Head::Anonymous
    } else {
        return None;
    };
    Some(Np { start, end: t, head })
}

/// "… and (the) Y" at `t` after entity `e`, Y of the same kind and ending the phrase: Y and where it ends.
fn joint_after(doc: &Doc, e: usize, t: usize, hi: usize) -> Option<(usize, usize)> {
    if t + 1 >= hi || doc.low(t) != "and" {
        return None;
    }
    let mut u = t + 1;
    if doc.is(u, DETERMINER) {
        u += 1;
    }
    let e2 = (u < hi).then(|| doc.entity(u)).flatten().filter(|&e2| e2 != e && doc.entities[e2].label == doc.entities[e].label)?;
    while u < hi && doc.entity(u) == Some(e2) {
        u += 1;
    }
    (u >= hi || !doc.is_word(u) || crate::one_of(doc.low(u), &["on", "in", "at", "last", "this", "earlier"])).then_some((e2, u))
}

/// Where `n` words from `t` end, a hyphenated compound counting as one word ("vote-counting").
fn words_ahead(doc: &Doc, mut t: usize, n: usize, hi: usize) -> usize {
    for _ in 0..n {
        t += 1;
        while t + 1 < hi && hyphen_joint(doc, t) {
            t += 2;
        }
    }
    t.min(hi)
}

/// One or two plain lower-case words at `t` and a person's name right after them ("policy Simon Williams").
fn field_before_person(doc: &Doc, t: usize, hi: usize) -> bool {
    let u = (t..hi.min(t + 3)).find(|&u| !doc.is_word(u) || doc.capitalised(u) || is_function_word(doc.low(u))).unwrap_or(hi);
    u > t && u < hi && doc.label(u) == Some(Label::Person)
}

/// An organisation or place mention at `t`, after at most one determiner.
fn body_after(doc: &Doc, t: usize, hi: usize) -> bool {
    let t = if t < hi && doc.is(t, DETERMINER) { t + 1 } else { t };
    t < hi && doc.label(t).is_some_and(|l| matches!(l, Label::Org | Label::Place))
}

/// A person's name set off by a comma at `t` and ending the phrase ("…, Dr Melody Ding."), after at
/// most three title words: the name and where it ends.
pub(super) fn appositive_person(doc: &Doc, t: usize, hi: usize) -> Option<(usize, usize)> {
    if t >= hi || !doc.is_comma(t) {
        return None;
    }
    let mut u = t + 1;
    while u < hi.min(t + 4) && doc.entity(u).is_none() && (doc.capitalised(u) || abbreviation_dot(doc, u)) {
        u += 1;
    }
    let e = (u < hi).then(|| doc.entity(u)).flatten().filter(|&e| doc.entities[e].label == Label::Person)?;
    while u < hi && doc.entity(u) == Some(e) {
        u += 1;
    }
    (u == hi || doc.is_comma(u) || super::clause::is_terminal(doc, u)).then_some((e, u))
}
