//! The subject a sentence opens with: the phrase before its verb, after an
//! introductory phrase ("Upon his arrival, Kim said"), for cues with no speaker
//! next to them and for the salience of subjects.
//!
//! Input: the document tables and a sentence's token range. Output: the
//! opening noun phrase ([`Np`]), parsed backwards by [`np_before`]. Looks at no
//! more than the first twenty tokens of a sentence.

use super::after::appositive_person;
use super::speakers::{abbreviation_dot, np_before, possessive, Np};
use super::words::{AND, ANONYMOUS, DESC, DESC_PERSON, DETERMINER, INTRODUCTORY as INTRODUCTORY_WORD, PAST, PRONOUN, QUANTIFIER};
use super::Doc;
use crate::annotations::Label;

/// Words that open an introductory phrase before the subject ("Upon his arrival, Kim said").
pub(super) const INTRODUCTORY: &[&str] = &[
    "ahead", "upon", "on", "in", "after", "before", "while", "during", "speaking", "as", "when", "although", "though",
    "besides", "like", "despite", "following", "last", "meanwhile", "earlier", "later", "but", "and", "however", "since",
    // a life's facts before the subject: "Born in Gothenburg in 1933, Lindqvist taught herself"
    "born", "raised", "educated", "having", "once", "unlike",
    // the question put to the subject: "Asked about the penalty, Mendez said"
    "asked",
];

/// The noun phrase a sentence opens with (after an introductory phrase), if any.
pub fn subject_np(doc: &Doc, a: usize, b: usize) -> Option<Np> {
    let (start, t) = opening_phrase(doc, a, b)?;
    phrase_np(doc, start, t)
}

/// [`subject_np`] where only a phrase that may name a person matters (the salience
/// of subjects): a phrase with no mention, person noun or pronoun in it is none.
/// A sentence that opens a quotation has none: the person named first in quoted words is not whom the
/// text is about ("\"Jannik was better today. …,\" the Spaniard said").
pub fn person_subject_np(doc: &Doc, a: usize, b: usize) -> Option<Np> {
    if a < b && doc.is_quote_mark(a) {
        return None;
    }
    let (start, t) = opening_phrase(doc, a, b)?;
    if !(start..t).any(|x| doc.entity(x).is_some() || doc.is(x, DESC_PERSON | PRONOUN)) {
        return None;
    }
    phrase_np(doc, start, t)
}

/// The tokens `start..end` of the phrase a sentence opens with (after an introductory phrase).
fn opening_phrase(doc: &Doc, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut start = a;
    while start < b && (doc.is_quote_mark(start) || !doc.is_word(start)) {
        start += 1;
    }
    // "But Suu Kyi disagreed …, saying": a conjunction opening the sentence, not an introductory phrase
    if start + 1 < b && matches!(doc.low(start), "but" | "and" | "yet") && !doc.is_comma(start + 1) {
        start += 1;
    }
    if start < b && doc.is(start, INTRODUCTORY_WORD) {
        let comma = (start..b.min(start + 20)).find(|&t| doc.is_comma(t))?;
        start = comma + 1;
    }
    // walk to the end of the opening phrase, then parse it backwards
    let mut t = start;
    while t < b && t < start + 10 {
        let np_word = doc.entity(t).is_some()
            || doc.capitalised(t)
            || doc.is(t, DETERMINER | DESC | ANONYMOUS)
            || possessive(doc, t)
            || (t > start && abbreviation_dot(doc, t)) // "Sen. Rand Paul"
            || doc.is(t, AND)
            || (t == start && doc.is(t, PRONOUN))
            // "Analysts at Goldman Sachs raised …, saying": unnamed people at a named body
            || (t > start && doc.is(t - 1, ANONYMOUS) && t + 1 < b && matches!(doc.low(t), "at" | "from") && doc.label(t + 1) == Some(Label::Org))
            // "But most Democrats backed the bill": a quantifier opening the phrase in lower case
            || (t == start && doc.is(t, QUANTIFIER) && t + 1 < b && (doc.capitalised(t + 1) || doc.entity(t + 1).is_some()))
            // "Leicester boss Steve Cooper": a role noun before a person's name
            || (t > start && t + 1 < b && doc.capitalised(t - 1) && doc.label(t - 1) != Some(Label::Person) && doc.is_word(t) && !doc.is(t, PAST) && doc.label(t + 1) == Some(Label::Person))
            // "Shadow health secretary Edward Argar": a word before a title noun before the name
            || (t > start && t + 2 < b && doc.is_word(t) && !doc.is(t, PAST) && doc.is(t + 1, DESC) && doc.label(t + 2) == Some(Label::Person));
        if !np_word {
            break;
        }
        t += 1;
        if t == start + 1 && doc.is(start, PRONOUN) {
            break;
        }
    }
    // "The chief clinician, Prof Charles Swanton, described …": a person named in apposition to a
    // description is the subject
    // (the description's last words may be unlisted nouns: "the chief clinician"; it may name a long body: "The
    // president of the Royal College of Surgeons of Edinburgh, Prof Jan Roe, said")
    let comma = (t..b.min(start + 16)).find(|&x| !doc.is_word(x) || doc.is(x, PAST)).filter(|&k| doc.is_comma(k));
    if let Some(k) = comma.filter(|&k| !(start..k).any(|x| doc.label(x) == Some(Label::Person))) {
        if let Some((e, end)) = appositive_person(doc, k, b).filter(|&(_, end)| end < b && doc.is_comma(end)) {
            let first = (k..end).find(|&x| doc.entity(x) == Some(e)).unwrap_or(k);
            return Some((first, end));
        }
    }
    // the head is the last word of that opening phrase
    Some((start, t))
}

/// The noun phrase of the opening phrase `start..t`: headed by its last word, starting at its start.
fn phrase_np(doc: &Doc, start: usize, t: usize) -> Option<Np> {
    let np = np_before(doc, start, t)?;
    (np.start == start || doc.is(np.start, AND)).then_some(np)
}
