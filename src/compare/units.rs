//! Units: the statements of one article that are compared with the other articles.
//!
//! Input: an article's text, its [`Annotations`] and the shared-entity ids of its
//! linked entities. Output: [`Unit`]s, each with its content-word keys (with the
//! span of every word), the shared entities it mentions and its normalised values.
//!
//! Every claim is a unit (quote, reported, factual). A body sentence that no claim
//! covers for at least half of its length is a unit too, of kind `sentence`: until
//! the claims stage finds every checkable fact, this keeps the facts that outlets
//! disagree on ("a month after" the summit) in the comparison. Headlines, captions,
//! bylines and boilerplate give no sentence units. Work is linear in the text: one
//! tokenisation, and entity and token ranges found by binary search.

use super::values::{self, Value};
use super::words;
use crate::annotations::{Annotations, ClaimKind, Label, ParagraphKind};
use crate::segment::{tokenize, Token, TokenKind};
use crate::span::Span;
use serde::Serialize;

/// What a unit is: one of the claim kinds, or a plain sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Quote,
    Reported,
    Factual,
    Sentence,
}

impl From<ClaimKind> for UnitKind {
    fn from(k: ClaimKind) -> UnitKind {
        match k {
            ClaimKind::Quote => UnitKind::Quote,
            ClaimKind::Reported => UnitKind::Reported,
            ClaimKind::Factual => UnitKind::Factual,
        }
    }
}

/// One content word of a unit.
#[derive(Debug, Clone)]
pub struct Word {
    pub key: String,
    pub span: Span,
    /// Inside the mention of a person, organisation, place, group or event: the
    /// entity, not its words, is what is compared.
    pub in_name: bool,
}

/// One statement of one article, ready to be compared.
#[derive(Debug, Clone)]
pub struct Unit {
    pub article: usize,
    pub span: Span,
    pub kind: UnitKind,
    /// Index into the article's `Annotations::claims`, for claim units.
    pub claim: Option<usize>,
    pub speaker: Option<String>,
    pub words: Vec<Word>,
    /// Shared-entity ids of the things it mentions, sorted, deduplicated.
    pub entities: Vec<usize>,
    pub values: Vec<Value>,
}

/// The minimum number of content words for a sentence unit: shorter lines are headings or fragments.
const MIN_SENTENCE_WORDS: usize = 4;

/// The units of one article, in text order.
pub fn find_units(article: usize, text: &str, ann: &Annotations, shared_of_linked: &[Option<usize>]) -> Vec<Unit> {
    let tokens = tokenize(text);
    let mut spans: Vec<(Span, UnitKind, Option<usize>)> =
        ann.claims.iter().enumerate().map(|(i, c)| (c.span, c.kind.into(), Some(i))).collect();
    let claim_cover = covered_bytes(ann);
    for s in &ann.sentences {
        let kind = ann.paragraphs.get(s.paragraph).map(|p| p.kind);
        if kind != Some(ParagraphKind::Body) {
            continue;
        }
        let first = claim_cover.partition_point(|c| c.end <= s.span.start);
        let covered: usize = claim_cover[first..].iter().take_while(|c| c.start < s.span.end).map(|c| overlap(*c, s.span)).sum();
        if covered * 2 < s.span.len() {
            spans.push((s.span, UnitKind::Sentence, None));
        }
    }
    crate::sort::sort_by_lean(&mut spans, |(a, _, _), (b, _, _)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut units = Vec::with_capacity(spans.len());
    for (span, kind, claim) in spans {
        let toks = tokens_in(&tokens, span);
        let mentions = entities_in(ann, span);
        let mut names = mentions.iter().peekable();
        let mut words = Vec::new();
        for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
            while names.peek().is_some_and(|n| n.span.end <= t.span.start) {
                names.next();
            }
            let inside = names.peek().filter(|n| n.span.contains(t.span)).map(|n| n.label);
            // words of a date or number are its value, compared in `values`, not words
            if matches!(inside, Some(Label::Date | Label::Number)) {
                continue;
            }
            let in_name = inside.is_some();
            if let Some(key) = words::key(t.text(text)) {
                words.push(Word { key, span: t.span, in_name });
            }
        }
        if kind == UnitKind::Sentence && words.len() < MIN_SENTENCE_WORDS {
            continue;
        }
        let mut entities: Vec<usize> = mentions.iter().filter_map(|e| shared_of_linked.get(e.linked).copied().flatten()).collect();
        crate::sort::sort_by_lean(&mut entities, Ord::cmp);
        entities.dedup();
        let values = mentions
            .iter()
            .filter(|e| matches!(e.label, Label::Date | Label::Number))
            .filter_map(|e| {
                let rest = tokens_in(&tokens, Span::new(e.span.end, text.len()));
                values::parse(text, e.span, e.label == Label::Date, &rest[..rest.len().min(8)])
            })
            .collect();
        let speaker = claim.and_then(|c| ann.claims[c].speaker.clone());
        units.push(Unit { article, span, kind, claim, speaker, words, entities, values });
    }
    units
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The claim spans merged into disjoint runs, so nested claims are counted once.
fn covered_bytes(ann: &Annotations) -> Vec<Span> {
    let mut spans: Vec<Span> = ann.claims.iter().map(|c| c.span).collect();
    crate::sort::sort_by_lean(&mut spans, Ord::cmp);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// The tokens inside `span` (tokens are sorted and disjoint).
fn tokens_in(tokens: &[Token], span: Span) -> &[Token] {
    let from = tokens.partition_point(|t| t.span.start < span.start);
    let to = tokens.partition_point(|t| t.span.end <= span.end).max(from);
    &tokens[from..to]
}

/// The entity mentions inside `span` (mentions are sorted by start).
fn entities_in(ann: &Annotations, span: Span) -> &[crate::annotations::Entity] {
    let from = ann.entities.partition_point(|e| e.span.start < span.start);
    let to = ann.entities.partition_point(|e| e.span.start < span.end).max(from);
    let slice = &ann.entities[from..to];
    // a mention that starts inside but runs past the end is dropped
    let keep = slice.iter().rposition(|e| e.span.end <= span.end).map_or(0, |i| i + 1);
    &slice[..keep]
}
