//! The organisation a text is about, so far: what "the company" or "it" means when the sentence before does not say.
//!
//! Input: the organisations noted so far. Output: one of them.

use super::{Doc, Np, Salience, Who};
use crate::annotations::Label;

impl Salience {
    /// The organisation the text is about so far: the one named most before `np` (of two as often, the one that spoke
    /// last: "Apple said it would appeal. … The company also accused Spotify …", however often Spotify is named later).
    pub(super) fn main_org(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let here = doc.seg.tokens[np.start].span.start;
        let spoke = |l: usize| matches!(&self.last_speaker, Some(Who::Entities(ls)) if ls[..] == [l]);
        let before = |l: usize| doc.linked[l].mentions.iter().filter(|&&m| doc.entities[m].span.start < here).count();
        self.orgs.iter().rev().copied().max_by_key(|&l| (before(l), spoke(l)))
    }

    /// A cause's group no name fits ("the campaign group"): the organisation that spoke last, else the one organisation
    /// the sentence before named, unless the text named it first, as the one it is about ("Acme Water was fined. River
    /// Action said C. The campaign group said D"; not "Acme Water was fined. The company said C. According to the
    /// campaign group, D").
    #[inline(never)]
    pub(super) fn other_org(&self, doc: &Doc) -> Option<usize> {
        let spoke = match &self.last_speaker {
            Some(Who::Entities(ls)) if ls.len() == 1 && doc.linked[ls[0]].label == Label::Org => Some(ls[0]),
            _ => None,
        };
        let first = doc.entities.iter().find(|e| e.label == Label::Org).map(|e| e.linked);
        spoke.or(self.last_sentence_org).filter(|&l| first != Some(l))
    }
}
