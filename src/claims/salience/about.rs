//! The organisation a text is about, so far: what "the company" or "it" means when the sentence before does not say.
//!
//! Input: the organisations noted so far. Output: one of them.

use super::{Doc, Np, Salience, Who};

impl Salience {
    /// The organisation the text is about so far: the one named most before `np` (of two as often, the one that spoke
    /// last: "Apple said it would appeal. … The company also accused Spotify …", however often Spotify is named later).
    pub(super) fn main_org(&self, doc: &Doc, np: &Np) -> Option<usize> {
        let here = doc.seg.tokens[np.start].span.start;
        let spoke = |l: usize| matches!(&self.last_speaker, Some(Who::Entities(ls)) if ls[..] == [l]);
        let before = |l: usize| doc.linked[l].mentions.iter().filter(|&&m| doc.entities[m].span.start < here).count();
        self.orgs.iter().rev().copied().max_by_key(|&l| (before(l), spoke(l)))
    }
}
