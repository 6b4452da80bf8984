//! Stage 2: entity mentions and linked entities.
//!
//! Input: the text and its [`Segments`]. Output: non-overlapping mentions
//! sorted by position, each with a label and the rule that produced it, and
//! the linked entities that group them. Dates and numbers come from patterns
//! first; names from capitalised sequences and word lists after; then a
//! document-level pass makes one string carry one label throughout.

pub mod lexicon;
mod linking;
pub mod model;
mod names;
mod numbers;
mod teams;

pub use lexicon::{parse_list, Kind, Lexicon, LEXICON};

use crate::annotations::{Entity, Label, LinkedEntity};
use crate::segment::Segments;
use crate::span::Span;
use crate::hash::{WordMap as HashMap, WordSet as HashSet};

/// A mention before it is numbered and linked.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    pub rule: &'static str,
}

/// Rules whose label is a guess that a more confident mention of the same string overrides.
const WEAK_RULES: &[&str] = &["capitalised_word", "capitalised_pair", "span_model", names::UNLABELLED];

/// Finds every entity mention and links mentions of the same thing.
pub fn find_entities(text: &str, seg: &Segments) -> (Vec<Entity>, Vec<LinkedEntity>) {
    let mut mentions = raw_mentions(text, seg, false);
    make_consistent(text, &mut mentions);
    mentions.retain(|m| m.rule != names::UNLABELLED);
    let mut entities: Vec<Entity> = mentions
        .into_iter()
        .enumerate()
        .map(|(id, m)| Entity { id, span: m.span, label: m.label, text: m.span.of(text).into(), linked: 0, rule: m.rule })
        .collect();
    let linked = linking::link(&mut entities);
    (entities, linked)
}

/// Mentions of every sentence, sorted, without overlaps; with `train`, the
/// pieces the span model would judge carry the rule `candidate`.
#[inline(never)] // a stage of its own in profiles
fn raw_mentions(text: &str, seg: &Segments, train: bool) -> Vec<Mention> {
    // about one mention in four tokens: room for most documents without regrowing
    let mut mentions = Vec::with_capacity(seg.tokens.len() / 4);
    let mut teams = Vec::new();
    let shouting = names::shouting_lines(text, &seg.tokens);
    let mut taken = Vec::new();
    let by_position = |m: &Mention| (m.span.start, std::cmp::Reverse(m.span.end));
    for s in 0..seg.sentences.len() {
        let tokens = seg.tokens_of(s);
        let start = mentions.len();
        numbers::find(text, &seg.lower, tokens, &mut mentions);
        taken.clear();
        taken.resize(tokens.len(), false);
        let mut t = 0;
        for m in &mentions[start..] {
            // mentions come in token order and cover whole tokens: a binary search from the last
            // one's end finds each one's first token, and its tokens are marked from there
            t += tokens[t..].partition_point(|x| x.span.start < m.span.start);
            while t < tokens.len() && m.span.contains(tokens[t].span) {
                taken[t] = true;
                t += 1;
            }
        }
        let names_start = mentions.len();
        names::find(text, tokens, &shouting[seg.sentence_tokens[s].clone()], &taken, train, &mut mentions);
        teams::collect(text, tokens, &mentions[names_start..], &mut teams);
        // a sentence's mentions come after the previous sentence's: sorting each sentence's few
        // mentions leaves the final sort a single pass over sorted input
        mentions[start..].sort_by_key(by_position);
    }
    if !train {
        teams::relabel(text, &teams, &mut mentions);
    }
    mentions.sort_by_key(by_position);
    mentions.dedup_by(|b, a| b.span.start < a.span.end); // keep the first (longest) of overlapping mentions
    mentions
}

/// For the model trainer: the tokens of each sentence and the candidate spans
/// `[k, m)` (token indices) the span model would judge, with the after-title flag.
pub fn training_candidates(text: &str) -> Vec<(Vec<crate::segment::Token>, Vec<(usize, usize)>)> {
    let seg = crate::segment::segment(text);
    let mentions = raw_mentions(text, &seg, true);
    (0..seg.sentences.len())
        .map(|s| {
            let tokens = seg.tokens_of(s);
            let cands = mentions
                .iter()
                .filter(|m| m.rule == names::CANDIDATE)
                .filter_map(|m| {
                    let k = tokens.iter().position(|t| t.span.start == m.span.start)?;
                    let e = tokens.iter().position(|t| t.span.end == m.span.end)?;
                    Some((k, e + 1))
                })
                .collect();
            (tokens.to_vec(), cands)
        })
        .collect()
}

/// One string, one label: a weakly guessed mention takes the label that the
/// mentions of the same string, or of a longer person's name containing it,
/// vote for; a confident rule's vote counts more than a model's guess. A lone
/// word from a city list that is also part of a person's name in the document
/// is that person ("Manuel Belgrano ... Belgrano's army"); the last word of a
/// team's name votes for the team ("Boston Bruins ... the Bruins").
#[inline(never)] // a stage of its own in profiles
fn make_consistent(text: &str, mentions: &mut [Mention]) {
    let mut votes: HashMap<&str, [u32; 7]> = HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    // the last words of person names opened by a known given name ("Manuel Belgrano", not "Rotor Volgograd")
    let mut surnames: HashSet<&str> = HashSet::default();
    for m in mentions.iter().filter(|m| m.rule != names::UNLABELLED && m.rule != "capitalised_word") {
        let weight = if WEAK_RULES.contains(&m.rule) { 1 } else { 4 };
        let s = m.span.of(text);
        votes.entry(s).or_default()[m.label as usize] += weight;
        if m.rule == "place_team" {
            // "Boston Bruins ... the Bruins"
            if let Some(last) = s.rsplit(' ').next().filter(|w| *w != s) {
                votes.entry(last).or_default()[Label::Org as usize] += 4;
            }
        }
        if m.label == Label::Org && weight == 4 {
            // "Manchester City ... City manager Pep Guardiola": a word of a known organisation's name, alone, is it
            for w in s.split_whitespace().filter(|w| w.len() > 2 && *w != s && w.starts_with(|c: char| c.is_uppercase()) && *w != "The") {
                votes.entry(w).or_default()[Label::Org as usize] += 2;
            }
        }
        if m.label == Label::Person {
            let mut words = s.split_whitespace();
            if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
                if word_is(first, Kind::GivenName) {
                    surnames.insert(last);
                }
            }
            for w in s.split_whitespace().filter(|w| w.len() > 1 && *w != s) {
                // a surname after the full name is the person, whatever the model guesses alone
                votes.entry(w).or_default()[Label::Person as usize] += 4;
            }
        }
    }
    for m in mentions.iter_mut() {
        let s = m.span.of(text);
        let person_part = m.rule == "city_list" && surnames.contains(s);
        if person_part {
            m.label = Label::Person;
            m.rule = "document_consistency";
        }
        if !WEAK_RULES.contains(&m.rule) {
            continue;
        }
        if let Some(v) = votes.get(s) {
            let best = (0..7).max_by_key(|&l| (v[l], l == m.label as usize)).unwrap_or(0);
            if v[best] > 0 && (Label::ALL[best] != m.label || m.rule == names::UNLABELLED) {
                m.label = Label::ALL[best];
                m.rule = "document_consistency";
            }
        }
    }
}

/// Is one word (any case) listed as `kind`?
fn word_is(w: &str, kind: Kind) -> bool {
    LEXICON.word(w).is_some_and(|i| i.has(kind))
}
