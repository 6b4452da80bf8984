//! Stage 2: entity mentions and linked entities.
//!
//! Input: the text and its [`Segments`]. Output: non-overlapping mentions
//! sorted by position, each with a label and the rule that produced it, and
//! the linked entities that group them. Dates and numbers come from patterns
//! first; names from capitalised sequences and word lists after; then a
//! document-level pass makes one string carry one label throughout.

mod lexicon;
mod linking;
mod names;
mod numbers;

pub use lexicon::{parse_list, Kind, LEXICON};

use crate::annotations::{Entity, Label, LinkedEntity};
use crate::segment::Segments;
use crate::span::Span;
use std::collections::HashMap;

/// A mention before it is numbered and linked.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    pub rule: &'static str,
}

/// Rules whose label is a guess that a more confident mention of the same string overrides.
const WEAK_RULES: &[&str] = &["capitalised_word", "capitalised_pair"];

/// Finds every entity mention and links mentions of the same thing.
pub fn find_entities(text: &str, seg: &Segments) -> (Vec<Entity>, Vec<LinkedEntity>) {
    let mut mentions = Vec::new();
    for s in 0..seg.sentences.len() {
        let tokens = seg.tokens_of(s);
        let start = mentions.len();
        numbers::find(text, tokens, &mut mentions);
        let mut taken = vec![false; tokens.len()];
        for m in &mentions[start..] {
            for (t, tok) in tokens.iter().enumerate() {
                taken[t] |= m.span.contains(tok.span);
            }
        }
        names::find(text, tokens, &taken, &mut mentions);
    }
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    mentions.dedup_by(|b, a| b.span.start < a.span.end); // keep the first (longest) of overlapping mentions
    make_consistent(text, &mut mentions);
    let mut entities: Vec<Entity> = mentions
        .into_iter()
        .enumerate()
        .map(|(id, m)| Entity { id, span: m.span, label: m.label, text: m.span.of(text).to_string(), linked: 0, rule: m.rule })
        .collect();
    let linked = linking::link(&mut entities);
    (entities, linked)
}

/// One string, one label: a weakly guessed mention takes the label that a
/// confident mention of the same string, or of a longer name containing it, has.
fn make_consistent(text: &str, mentions: &mut [Mention]) {
    let mut confident: HashMap<&str, Label> = HashMap::new();
    for m in mentions.iter().filter(|m| !WEAK_RULES.contains(&m.rule)) {
        let s = m.span.of(text);
        confident.entry(s).or_insert(m.label);
        if m.label == Label::Person {
            for w in s.split_whitespace().filter(|w| w.len() > 1) {
                confident.entry(w).or_insert(Label::Person);
            }
        }
    }
    for m in mentions.iter_mut().filter(|m| WEAK_RULES.contains(&m.rule)) {
        if let Some(&label) = confident.get(m.span.of(text)) {
            m.label = label;
            m.rule = "document_consistency";
        }
    }
}
