//! The speaker of a cue: resolving the phrase next to it ([`who_of`]), and the phrases around
//! a speaker's name that belong to it, not to the content (a role before the name after a
//! quotation, what a speaker owns inside its own content).
//!
//! Input: the document tables, the salience so far and token positions in one sentence.
//! Output: a [`Who`], or token positions. Looks at a few tokens around the cue only.

use super::salience::Salience;
use super::clause::{date_at, interjected};
use super::speakers::{hyphen_joint, ly_adverb, possessive, speaker_label, Head, Np, Who, PERSONS_OWN};
use super::subject::{person_subject_np, subject_np};
use super::words::{AND, ANONYMOUS, DESC_PERSON, DETERMINER, PAST, PRONOUN, SKIP_BEFORE};
use super::Doc;
use crate::annotations::Label;
use std::ops::Range;

/// The most people of a sentence `attributions` keeps (the last named).
pub(super) const PERSONS_CAP: usize = 16;

/// Resolves the speaker of a cue; `np` is the phrase found next to it, if any.
pub(super) fn who_of(doc: &Doc, sal: &Salience, np: Option<&Np>, range: &Range<usize>, cue_start: usize, persons: &[(usize, usize)]) -> Who {
    // "The court heard that C", "jurors heard": the subject of "heard" listened; the source is unnamed
    if matches!(doc.low(cue_start), "heard" | "hears") {
        return Who::Anonymous;
    }
    // "C, it was reported", "…, it is understood": an impersonal passive names no one, not the last organisation
    if matches!(np, Some(Np { head: Head::Pronoun("it"), end, .. }) if *end < cue_start && super::clause::passive(doc, *end, cue_start)) {
        return Who::Unknown;
    }
    // a lower-case cue right after a dateline's dash or a sentence's end lost its subject ("BERLIN (Reuters) -  said on
    // Tuesday", "Putin arrived.  said the talks": a name deleted upstream): no source, not the dateline's place or
    // the last person named
    if cue_start > range.start && !doc.capitalised(cue_start) && subject_deleted(doc, cue_start - 1) {
        return Who::Unknown;
    }
    // a pronoun may refer back to a person before it, never to a co-argument after it (so may a possessive's: "Maggie
    // Smith died on Friday, her family said")
    let from = match np {
        Some(Np { head: Head::Pronoun(_) | Head::Kin(_), start, .. }) => *start,
        _ => range.start,
    };
    // on the stack: `persons` holds at most PERSONS_CAP people
    let mut exclude = [0usize; PERSONS_CAP];
    let mut n = 0;
    for &(t, l) in persons {
        if t >= from && np.is_none_or(|np| !(np.start..np.end).contains(&t)) && n < PERSONS_CAP {
            exclude[n] = l;
            n += 1;
        }
    }
    let exclude = &exclude[..n];
    if let Some(np) = np {
        // "A senior Labour official, who spoke on condition of anonymity, said": a source that asked not to be named
        // is unnamed, whoever it works for
        if cue_start > np.end + 3 && (np.end..cue_start).any(|t| doc.low(t) == "anonymity" || doc.low(t) == "named" && doc.low(t - 1) == "be") {
            return Who::Anonymous;
        }
        if let Some(l) = relative_antecedent(doc, np, range, persons) {
            return Who::Entities(vec![l]);
        }
        let who = sal.resolve(doc, np, exclude);
        // "Data from the statistics office show": an unnamed body's numbers are evidence, no unnamed source, as
        // "Official data show" is
        let of = |t: usize| matches!(doc.low(t), "from" | "by" | "of") && super::who::evidence_noun(doc.low(t - 1));
        if who.is_anonymous() && (np.start + 1..np.end.min(np.start + 4)).any(of) {
            return Who::Evidence;
        }
        // "His record shows C", "the company's convictions showed C": a thing that shows or suggests is evidence, not an
        // unnamed person ("Officials suggest C", "a neighbour revealed C" are people)
        if who.is_anonymous() && np.end > np.start && super::who::thing_shows(doc, np.end - 1, cue_start) {
            return Who::Evidence;
        }
        return who;
    }
    // no subject next to the cue: the sentence's subject, else the person the text is about
    if let Some(np) = subject_np(doc, range.start, cue_start).filter(|n| n.end <= cue_start) {
        let mut sub_exclude = [0usize; PERSONS_CAP];
        let mut m = 0;
        for &l in exclude.iter().filter(|&&l| !links(doc, &np, l)) {
            sub_exclude[m] = l;
            m += 1;
        }
        return sal.resolve(doc, &np, &sub_exclude[..m]);
    }
    // (a sentence opening with a thing, not a person: "The minutes of the meeting said": no source)
    let thing = cue_start > range.start + 1 && doc.is(range.start, DETERMINER) && (range.start + 1..cue_start).all(|t| doc.is_word(t) && !doc.capitalised(t) && doc.entity(t).is_none() && !doc.is(t, DESC_PERSON | PRONOUN));
    if thing {
        return Who::Unknown;
    }
    sal.resolve(doc, &Np { start: cue_start, end: cue_start, head: Head::Pronoun("he") }, exclude)
}

/// "said Sabiha Alinak, who was standing near the building where she believed C": a "he" or "she" in a relative
/// clause on a person named in its sentence is that person, unless the name says the other sex.
fn relative_antecedent(doc: &Doc, np: &Np, range: &Range<usize>, persons: &[(usize, usize)]) -> Option<usize> {
    let want = match np.head {
        Head::Pronoun("he") => super::sexes::Sex::He,
        Head::Pronoun("she") => super::sexes::Sex::She,
        _ => return None,
    };
    let &(t, l) = persons.iter().rev().find(|&&(t, _)| t >= range.start && t < np.start)?;
    let e = doc.entity(t)?;
    let u = (t..np.start).find(|&u| doc.entity(u) != Some(e)).filter(|&u| doc.is_comma(u) && u + 1 < np.start && doc.low(u + 1) == "who")?;
    // (the sexes read only here: a pronoun in a relative clause on a name is rare)
    let said = super::sexes::sexes(doc).get(l).copied().unwrap_or_default();
    (u > t && (matches!(said, super::sexes::Sex::Unknown | super::sexes::Sex::Both) || said == want)).then_some(l)
}

/// Is token `p`, right before a cue, a dateline's dash or a sentence's full stop after a lower-case or long word (not
/// an abbreviation's: "the U.S. said", "Acme Inc. said")?
fn subject_deleted(doc: &Doc, p: usize) -> bool {
    if super::edges::is_dash(doc, p) {
        return p > 0 && doc.tok_is(p - 1, ")");
    }
    // (a word of five letters or a lower-case one: abbreviations are short, "Inc.", "Corp.", "Jr.")
    let long_or_lower = |w: &str| w.len() >= 5 && !w.contains('.') || w.bytes().all(|b| b.is_ascii_lowercase());
    doc.tok_is(p, ".") && p > 0 && doc.is_word(p - 1) && !doc.seg.tokens[p].space_before && long_or_lower(doc.tok(p - 1))
}

/// Do the entities `np` names include linked entity `l`?
fn links(doc: &Doc, np: &Np, l: usize) -> bool {
    matches!(&np.head, Head::Entities(es) if es.iter().any(|&e| doc.entities[e].linked == l))
}

/// Does `np` name one person?
pub(super) fn person_np(doc: &Doc, np: &Np) -> bool {
    matches!(&np.head, Head::Entities(es) if es.len() == 1 && doc.entities[es[0]].label == Label::Person)
}

impl Who {
    /// Keeps a speaker found next to the cue; with none there, the cue has no source.
    pub(super) fn pick(self, had_np: bool) -> Who {
        if had_np {
            self
        } else {
            Who::Unknown
        }
    }
}

/// The closing quotation mark before a role phrase that ends at the comma `k` ("…,” Activision's chief
/// executive, Bobby Kotick"), a few words, possessives and names with a title noun among them or a determiner
/// opening them ("…,” the paper's editor-in-chief, Ola Brenn"); or the comma before one with both ("…on Thursday, the regional
/// governor, Oleksandr Prokudin, said").
pub(super) fn role_before(doc: &Doc, lo: usize, k: usize) -> Option<usize> {
    let mut t = k;
    let mut titled = false;
    while t > lo && k - t < 9 {
        let p = t - 1;
        if doc.is_quote_mark(p) || doc.is_comma(p) {
            let det = doc.is(t, DETERMINER);
            return (t < k && (titled || det) && (doc.is_quote_mark(p) || titled && det)).then_some(p);
        }
        if !(doc.is_word(p) || possessive(doc, p) || doc.entity(p).is_some() || hyphen_joint(doc, p)) || doc.is(p, PAST | AND) || doc.low(p) == "or" {
            return None;
        }
        titled |= doc.is(p, DESC_PERSON);
        t = p;
    }
    None
}

/// Does the phrase before the cue at `s` (not before `lo`) name something its sentence's speaker owns: a body's
/// findings ("its two-year investigation had found"), a person's office ("her campaign said"); not "his doctors",
/// "its lawyers", who speak for themselves?
pub(super) fn owned_by_speaker(doc: &Doc, lo: usize, s: usize) -> bool {
    (s.saturating_sub(5).max(lo)..s).find(|&t| matches!(doc.low(t), "its" | "his" | "her" | "their")).is_some_and(|p| {
        let head = s - 1;
        let owns = if matches!(doc.low(p), "its" | "their") { !doc.is(head, DESC_PERSON | ANONYMOUS) } else { PERSONS_OWN.contains(&doc.low(head)) };
        owns && head > p && (p + 1..s).all(|t| !speaker_label(doc.label(t)) && (doc.is_word(t) || doc.label(t).is_some() || hyphen_joint(doc, t)))
    })
}

/// "Mitsotakis cut short a trip abroad, his office said": a person's own body after a content speaks for the
/// person the content opens with (tokens `a..b`), not for the person spoken of before.
pub(super) fn owner_in_content(doc: &Doc, sal: &Salience, np: Option<&Np>, a: usize, b: usize) -> Option<Who> {
    let np = np.filter(|n| n.end == n.start + 2 && matches!(doc.low(n.start), "his" | "her") && PERSONS_OWN.contains(&doc.low(n.start + 1)))?;
    let subject = person_subject_np(doc, a, b).filter(|s| matches!(s.head, Head::Entities(_)) && s.end <= np.start)?;
    sal.resolve(doc, &subject, &[]).person(doc).map(|l| Who::Entities(vec![l]))
}

/// "the U.N. had been told by one commander that C": in the passive, the agent after "by" (cue `cue..end`)
/// speaks, not the one told; with no agent the one told is not the speaker either ("Hale was told he must serve
/// 21 years", "Severnvale Water was warned that C": the speaker is not named).
pub(super) fn passive_agent(doc: &Doc, sal: &Salience, a: usize, cue: usize, end: usize, b: usize) -> Option<Who> {
    if !super::clause::passive(doc, a, cue) {
        return None;
    }
    if end + 1 < b && doc.low(end) == "by" {
        return super::speakers::np_after(doc, end + 1, b).map(|n| sal.resolve(doc, &n, &[]));
    }
    matches!(doc.low(cue), "told" | "informed" | "warned" | "assured" | "reminded").then_some(Who::Unknown)
}

/// Where the subject before the cue at `start` ends (not before `lo`): past auxiliaries, adverbs and dates ("has
/// also said", "on Monday said"), a quantifier after its subject ("Microsoft and Alphabet have all said", "they both
/// told"), an abbreviation in brackets ("the Information Commissioner's Office (ICO) said") and an interjection
/// ("Democrats, meanwhile, said").
pub(super) fn subject_end(doc: &Doc, lo: usize, start: usize) -> usize {
    let mut s = start;
    loop {
        let skipped = s > lo && (doc.is(s - 1, SKIP_BEFORE) || date_at(doc, s - 1) || (ly_adverb(doc.low(s - 1)) && !doc.capitalised(s - 1)));
        let quantifier = || s >= lo + 2 && matches!(doc.low(s - 1), "all" | "both" | "each") && (doc.is(s - 2, SKIP_BEFORE | PRONOUN) || doc.entity(s - 2).is_some());
        if skipped || quantifier() {
            s -= 1;
        } else if s >= lo + 3 && (doc.tok(s - 1) == ")" && doc.tok(s - 3) == "(" || interjected(doc, s)) {
            s -= 3;
        } else if let Some(p) = published_when(doc, lo, s) {
            s = p; // "figures published on Tuesday showed": the figures
        } else if let Some(k) = (2..=3).find(|&k| s >= lo + k + 2 && doc.label(s - k) == Some(Label::Number) && doc.low(s - k - 1) == "of" && super::who::evidence_noun(doc.low(s - k - 2))) {
            s -= k + 1; // "the YouGov survey of 2,104 adults found": the survey, not its sample
        } else if let Some(w) = relative_object(doc, lo, s) {
            return w + 1; // "a lawyer for the students who sued Harvard said": the one before "who", not its object
        } else {
            return s;
        }
    }
}

/// "figures published on Tuesday [showed]", "data released last week": where a participle of publishing that only
/// dates the subject starts, if one ends right before `s`.
/// (Or set off by commas: "a poll by Opinium, published on Thursday, [found]": then the first comma.)
fn published_when(doc: &Doc, lo: usize, s: usize) -> Option<usize> {
    let comma = s > lo + 2 && doc.is_comma(s - 1);
    let e = s - comma as usize;
    let p = (e.saturating_sub(5).max(lo + 1)..e).find(|&p| crate::one_of(doc.low(p), &["published", "released", "issued", "out"]))?;
    let opens = if comma { p >= lo + 2 && doc.is_comma(p - 1) && doc.is_word(p - 2) } else { doc.is_word(p - 1) };
    (opens && (p + 1..e).all(|u| date_at(doc, u) || matches!(doc.low(u), "on" | "in" | "earlier" | "late"))).then_some(p - comma as usize)
}

/// "the students who sued Harvard [said]": a name right before `s` that is the object of a verb in a relative clause;
/// the token of its "who".
fn relative_object(doc: &Doc, lo: usize, s: usize) -> Option<usize> {
    let e = doc.entity(s.checked_sub(1)?)?;
    let mut t = s - 1;
    while t > lo && doc.entity(t - 1) == Some(e) {
        t -= 1;
    }
    (t >= lo + 2 && (doc.is(t - 1, PAST) || doc.low(t - 1).ends_with("ed")) && doc.low(t - 2) == "who" && doc.entity(t - 2).is_none()).then(|| t - 2)
}
