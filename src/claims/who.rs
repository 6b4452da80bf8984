//! Who said a claim: [`Who`], and its canonical name for the output.
//!
//! Input: a speaker as found by [`super::speakers`]. Output: the speaker's name
//! ("Kim Jong Un; Vladimir Putin" for a joint speaker, a country's full name for
//! its short form) and, for one linked entity, its id.

use super::lexicon::LEXICON;
use super::words::{ANONYMOUS, DESC, PRONOUN};
use super::Doc;
use crate::annotations::Label;
use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// Linked entities, in order of mention (several for a joint speaker).
    Entities(Vec<usize>),
    /// A name the entity stage did not find.
    Name(Span),
    /// A person's own people ("Ms Mahmood's family"): the phrase, and the linked owner.
    Owned(Span, usize),
    /// A person's own people by a pronoun ("his family"): the noun, and the linked owner, named "Craig McAllister's family".
    Kin(Span, usize),
    /// "officials said", "observers believe".
    Anonymous,
    /// Numbers or a document as the source, with no one named behind them ("Election results showed", "the
    /// study found", "according to official figures"): no speaker, and no unnamed person either.
    Evidence,
    /// No recoverable source.
    Unknown,
}

/// Is `w` (lower case) a noun of numbers or a document, which speaks for itself ([`Who::Evidence`])?
pub(super) fn evidence_noun(w: &str) -> bool {
    matches!(w, "analyses" | "analysis" | "assessment" | "census" | "data" | "document" | "documents" | "email" | "emails" | "estimates" | "figures" | "filing" | "filings"
        | "footage" | "indictment" | "lawsuit" | "letter" | "memo" | "memos" | "paper" | "poll" | "polls" | "readout" | "records" | "report" | "research" | "results" | "review"
        | "ruling" | "statistics" | "studies" | "study" | "survey" | "surveys" | "tallies" | "tally" | "tests" | "transcript")
}

/// Is the cue at `cue` a verb by which evidence speaks ("the record shows", "images suggest") and the word at `last`, its
/// subject's last, no person's, source's or pronoun ("Officials suggest", "a neighbour revealed", "she showed" are people)?
pub(super) fn thing_shows(doc: &Doc, last: usize, cue: usize) -> bool {
    matches!(doc.low(cue), "show" | "shows" | "showed" | "suggest" | "suggests" | "suggested" | "indicate" | "indicates" | "indicated" | "reveal" | "reveals" | "revealed")
        && !doc.is(last, ANONYMOUS | DESC | PRONOUN)
}

/// Is `w` a participle of an outlet seeing a document ("a draft seen by Reuters", "a memo obtained by NBC News")?
pub(super) fn seen_by(w: &str) -> bool {
    matches!(w, "seen" | "obtained" | "reviewed" | "viewed")
}

/// Is the phrase `np` headed by a noun of numbers or a document: its last word, or the last before a participle of
/// seeing it ("documents seen by the BBC", "a memo obtained by NBC News", "court filings")?
pub(super) fn evidence_np(doc: &Doc, np: &super::speakers::Np) -> bool {
    // (after the document's noun: "a leaked memo" is a memo too)
    let end = (np.start + 1..np.end).find(|&t| (seen_by(doc.low(t)) || doc.low(t) == "leaked") && evidence_noun(doc.low(t - 1))).unwrap_or(np.end);
    // (not a person who knows it: "a person familiar with the records")
    end > np.start && evidence_noun(doc.low(end - 1)) && !(np.start..end).any(|t| doc.low(t) == "familiar")
}

/// The source of a finding cue at `cue` with no subject found beside it, in the sentence from `a`: the numbers or
/// document opening the sentence ("Official figures published last week showed …"), else no one.
pub(super) fn unnamed_finding(doc: &Doc, a: usize, cue: usize) -> Who {
    // ("Satellite images show C": things that show are evidence too; not "… officials revealed")
    if (a..cue.min(a + 3)).any(|u| evidence_noun(doc.low(u))) || cue > a && thing_shows(doc, cue - 1, cue) {
        Who::Evidence
    } else {
        Who::Unknown
    }
}

impl Who {
    pub fn is_anonymous(&self) -> bool {
        *self == Who::Anonymous
    }

    pub fn known(&self) -> bool {
        matches!(self, Who::Entities(_) | Who::Name(_) | Who::Owned(..) | Who::Kin(..))
    }

    /// The single person this speaker is, if it is one.
    pub fn person(&self, doc: &Doc) -> Option<usize> {
        match self {
            Who::Entities(ls) if ls.len() == 1 && doc.linked[ls[0]].label == Label::Person => Some(ls[0]),
            _ => None,
        }
    }
}

/// The canonical name and linked id of a speaker.
pub fn name(doc: &Doc, who: &Who) -> (Option<String>, Option<usize>) {
    match who {
        Who::Entities(ls) => {
            let mut names = String::new();
            for (i, &l) in ls.iter().enumerate() {
                if i > 0 {
                    names.push_str("; ");
                }
                names.push_str(canonical(doc, l));
            }
            (Some(names), (ls.len() == 1).then(|| ls[0]))
        }
        Who::Name(span) => (Some(span.of(doc.text).to_string()), None),
        Who::Owned(span, l) => (Some(span.of(doc.text).to_string()), Some(*l)),
        Who::Kin(noun, l) => (Some(format!("{}'s {}", canonical(doc, *l), noun.of(doc.text))), Some(*l)),
        _ => (None, None),
    }
}

pub(super) fn canonical<'d>(doc: &'d Doc, l: usize) -> &'d str {
    let name = doc.linked[l].name.as_str();
    match LEXICON.aliases.get(name) {
        Some(full) if doc.linked[l].label == Label::Place => full,
        _ => name,
    }
}
