//! Unnamed speakers a pronoun may mean: an organisation's indefinite spokesperson ("A spokeswoman said … she said")
//! and an unnamed person ("A neighbour said … “…,” she said"), noted as they speak.
//!
//! Input: the speaker phrase of an attribution. Output: [`Salience`]'s `voice` and `unnamed` notes.

use super::{of_noun, sexes, Doc, Head, Np, Salience, Sex, Who};
use crate::annotations::Label;
use crate::claims::{who::evidence_noun, words::ANONYMOUS};

impl Salience {
    /// "The statement said", "the judgment said" with no one who spoke of that document before: a statement is someone's
    /// word, unnamed; a judgment or a ruling the court's or tribunal's named last ("The High Court ruled that C. The
    /// judgment said"); any other document speaks for itself.
    pub(super) fn document_alone(&self, doc: &Doc, noun: &str) -> Who {
        let court = |l: &&usize| ["court", "tribunal"].iter().any(|c| doc.linked[**l].name.to_lowercase().contains(c));
        match noun {
            "statement" => Who::Anonymous,
            "judgment" | "ruling" => self.orgs.iter().rev().find(court).map_or(Who::Evidence, |&l| Who::Entities(vec![l])),
            _ => Who::Evidence,
        }
    }

    /// "A spokesperson said", "a company spokesman said": the body that just spoke; "a council spokesperson", "a department
    /// spokesman": the body "the council", "the department" means, else that one too.
    pub(super) fn body_voice(&self, doc: &Doc, np: &Np, exclude: &[usize]) -> Who {
        let noun = doc.low(np.start + 1);
        if np.end == np.start + 2 || noun == "company" {
            return super::super::fits::spokesperson_body(doc, np, self.last_speaker.as_ref(), self.last_sentence_org);
        }
        let Some((kind @ ("org" | "institution"), false)) = doc.description(np.start + 1) else { return Who::Anonymous };
        let head = Head::Description { noun: noun.to_string(), kind, plural: false, modifier: None };
        Some(self.resolve(doc, &Np { start: np.start, end: np.end - 1, head }, exclude)).filter(Who::known).unwrap_or(Who::Anonymous)
    }

    /// Notes an organisation that spoke through an indefinite spokesperson ("ScotRail … A spokeswoman said", "a Treasury
    /// spokesman", "a spokesman for the EU": the noun in the first three words); a "spokesperson" fits "he" and "she".
    pub fn voice_speaker(&mut self, doc: &Doc, np: Option<&Np>, who: &Who) {
        let Some(n) = np.filter(|n| n.end >= n.start + 2 && n.end <= n.start + 7 && matches!(doc.low(n.start), "a" | "an")) else { return };
        let sex = |t: usize| of_noun(doc.low(t)).or_else(|| matches!(doc.low(t), "spokesperson" | "representative").then_some(Sex::Both));
        if let (Some(sex), Who::Entities(ls)) = ((n.start + 1..n.end.min(n.start + 4)).find_map(sex), who) {
            self.voice = (ls.len() == 1 && doc.linked[ls[0]].label == Label::Org).then(|| (sex, self.sentence, who.clone())).or(self.voice.take());
        }
    }

    /// Notes an unnamed speaker whose indefinite phrase says a sex ("a woman", "a spokesman", "one mother").
    pub fn unnamed_speaker(&mut self, doc: &Doc, np: Option<&Np>) {
        // (a pronoun introduces no one: "A neighbour said she had heard shouting" keeps the neighbour)
        if np.is_some_and(|n| matches!(n.head, Head::Pronoun(_))) {
            return;
        }
        // (an indefinite one or the outlet's own: "the spokeswoman" may be one named before; "Our correspondent says"; a monarch no name fits: "The King said")
        // (or one unnamed person however long the phrase: "A neighbour who lives above the shop said", "The owner of the
        // club, who did not want to be named, told")
        let one = |n: &Np| n.end > n.start + 1 && doc.is(n.start + 1, ANONYMOUS) && !doc.low(n.start + 1).ends_with('s');
        let np = np.filter(|n| matches!(doc.low(n.start), "a" | "an" | "one" | "another" | "our") || doc.low(n.start) == "the" && (one(n) || n.end == n.start + 2 && matches!(doc.low(n.start + 1), "king" | "queen" | "pope")));
        // (a phrase that gives none fits either pronoun: "Another objector said … “…,” he said"; not a document's)
        let thing = |n: &Np| evidence_noun(doc.low(n.end - 1)) || matches!(doc.low(n.end - 1), "statement" | "report" | "letter" | "post");
        let sex = np.and_then(|n| (n.start..n.end.min(n.start + 4)).find_map(|t| of_noun(doc.low(t))).or_else(|| ((n.end <= n.start + 3 || doc.low(n.start) == "our" || one(n)) && !thing(n)).then_some(Sex::Both)));
        self.unnamed = sex.map(|s| (s, self.sentence));
    }

    /// Person `p` is a sentence's subject: an organisation's spokesperson of an earlier sentence is forgotten, and so
    /// is an unnamed speaker once `p`'s name or title says the same sex (or any, for "a spokesperson"): "A spokesperson
    /// said …. Jane Okafor was asked …. In a reply, she wrote" is Ms Okafor ("A woman said …. Mark Jones disputed it.
    /// She added" stays the woman).
    pub(super) fn subject_seen(&mut self, doc: &Doc, p: usize) {
        self.voice.take_if(|v| v.1 != self.sentence);
        let Some((sex, _)) = self.unnamed.filter(|u| u.1 != self.sentence) else { return };
        let named = self.sexes.get_or_init(|| sexes(doc)).get(p).copied().unwrap_or_default();
        if matches!(named, Sex::He | Sex::She) && (sex == Sex::Both || sex == named) {
            self.unnamed = None;
        }
    }
}
