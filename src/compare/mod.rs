//! Compare coverage: one story across several articles.
//!
//! Input: several article texts (each annotated by [`crate::annotate`], or
//! annotations the caller already has). Output: a [`Comparison`]: the entities
//! the articles share ("Kim Jong-un" = "Kim Jong Un"), the groups of statements
//! that say the same thing in different articles (quotes in different
//! translations, the same fact in other words), the conflicts inside a group
//! (one outlet says "a month after", another "two months after"), and the claims
//! only one article makes. Every span is in UTF-8 bytes of its own article until
//! [`Comparison::remap`]; every group, conflict and entity carries the rule or
//! the words that made it, so the page can say why.
//!
//! ```
//! let a = "Officials said 300 soldiers crossed the river near Tarnow on Monday.";
//! let b = "About 300 soldiers crossed the river near Tarnow on Tuesday, officials said.";
//! let c = newslens::compare(&[a, b]);
//! assert_eq!(c.groups.len(), 1);
//! assert_eq!(c.groups[0].conflicts[0].values.len(), 2); // Monday against Tuesday
//! ```
//!
//! Stages: `entities` (shared entities) → `units` (claims and uncovered
//! sentences, with words, entities and values) → `grouping` (similarity and
//! clusters) → `conflicts` (values, shared and distinct words per group).

mod conflicts;
mod entities;
mod grouping;
/// compare's result for JavaScript (the wasm build, and its test natively)
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod json;
mod units;
mod values;
mod words;

pub use conflicts::{Conflict, ConflictValue};
pub use entities::{name_key, SharedEntity};
pub use units::UnitKind;
pub use values::ValueKind;

use crate::annotations::{Annotations, ParagraphKind};
use crate::span::{OffsetMap, OffsetUnit, Span};
use serde::Serialize;

/// One article as the comparison sees it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleInfo {
    pub index: usize,
    /// The headline, or the first sentence, shortened.
    pub title: String,
    pub claims: usize,
    /// Statements compared (claims and uncovered body sentences).
    pub units: usize,
    /// Of those, how many joined a group.
    pub grouped: usize,
}

/// One statement of one article inside a group (or alone).
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub article: usize,
    #[serde(flatten)]
    pub span: Span,
    pub kind: UnitKind,
    pub text: String,
    /// Index into the article's `claims`, for a claim.
    pub claim: Option<usize>,
    pub speaker: Option<String>,
    /// Words of this member that no other article's member of the group uses.
    pub distinct: Vec<Span>,
}

/// Statements of different articles that say the same thing.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub id: usize,
    pub members: Vec<Member>,
    /// The articles that carry it, ascending.
    pub articles: Vec<usize>,
    /// The best similarity that joined the group (0..1).
    pub score: f64,
    /// The content words most of its members share: what it is about.
    pub shared: Vec<String>,
    pub conflicts: Vec<Conflict>,
}

/// The comparison of several articles.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Comparison {
    pub articles: Vec<ArticleInfo>,
    pub entities: Vec<SharedEntity>,
    pub groups: Vec<Group>,
    /// Claims that only one article makes.
    pub unique: Vec<Member>,
}

/// Annotates each text and compares them. Never panics, whatever the input.
pub fn compare(texts: &[&str]) -> Comparison {
    let annotations: Vec<Annotations> = texts.iter().map(|t| crate::annotate(t)).collect();
    // fresh annotations are not checked with `fits` (redoing one would give the same): the .wasm,
    // which calls only this, then holds neither the check nor the redo
    compare_fitting(texts, &annotations.iter().collect::<Vec<_>>())
}

/// Compares texts whose annotations (in UTF-8 byte offsets) are already known. An annotation
/// whose spans do not fit its text (another offset unit, another text) is redone, so this never panics.
pub fn compare_annotated(texts: &[&str], annotations: &[Annotations]) -> Comparison {
    let n = texts.len().min(annotations.len());
    let texts = &texts[..n];
    let redone: Vec<Option<Annotations>> =
        texts.iter().zip(annotations).map(|(t, a)| (!fits(t, a)).then(|| crate::annotate(t))).collect();
    let annotations: Vec<&Annotations> = annotations.iter().zip(&redone).map(|(a, r)| r.as_ref().unwrap_or(a)).collect();
    compare_fitting(texts, &annotations)
}

/// [`compare_annotated`] once every annotation fits its text (one per text).
fn compare_fitting(texts: &[&str], annotations: &[&Annotations]) -> Comparison {
    let n = texts.len();
    let matched = entities::match_entities(annotations);
    // a loop, not `flat_map`: its iterator machinery around the inlined `find_units` cost .wasm bytes
    let mut all: Vec<units::Unit> = Vec::new();
    for a in 0..n {
        all.extend(units::find_units(a, texts[a], annotations[a], &matched.of_linked[a]));
    }
    let feats = grouping::Features::new(&all);
    let pairs = grouping::candidate_pairs(&all, &feats);
    let clusters = grouping::cluster(&all, &feats, &pairs);
    let weight = |k: &str| feats.word_weight(k);
    let mut in_group = vec![false; all.len()];
    let mut groups: Vec<Group> = Vec::with_capacity(clusters.len());
    for (members, score) in clusters {
        let members = innermost(&all, members);
        let us: Vec<&units::Unit> = members.iter().map(|&u| &all[u]).collect();
        let shared = conflicts::shared_words(texts, &us, &weight, 6);
        let found = conflicts::find_conflicts(texts, &us, &shared[..shared.len().min(4)]);
        let distinct = conflicts::distinct_words(&us);
        for &u in &members {
            in_group[u] = true;
        }
        let mut articles: Vec<usize> = us.iter().map(|u| u.article).collect();
        articles.dedup();
        let members = us.iter().zip(distinct).map(|(u, d)| member(texts, u, d)).collect();
        groups.push(Group { id: 0, members, articles, score: (score * 1000.0).round() / 1000.0, shared, conflicts: found });
    }
    // the most widely carried first, then in the order of the first article
    crate::sort::sort_by_lean(&mut groups, |a, b| {
        b.articles.len().cmp(&a.articles.len()).then((a.members[0].article, a.members[0].span.start).cmp(&(b.members[0].article, b.members[0].span.start)))
    });
    for (i, g) in groups.iter_mut().enumerate() {
        g.id = i;
    }
    let unique = unique_claims(texts, &all, &in_group);
    let articles = (0..n)
        .map(|a| ArticleInfo {
            index: a,
            title: title(texts[a], annotations[a]),
            claims: annotations[a].claims.len(),
            units: all.iter().filter(|u| u.article == a).count(),
            grouped: all.iter().zip(&in_group).filter(|(u, &g)| g && u.article == a).count(),
        })
        .collect();
    Comparison { articles, entities: matched.entities, groups, unique }
}

/// Whether every span of `ann` lies on character boundaries of `text` and its indices are in range.
fn fits(text: &str, ann: &Annotations) -> bool {
    let ok = |s: &Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    ann.paragraphs.iter().all(|p| ok(&p.span))
        && ann.sentences.iter().all(|s| ok(&s.span) && s.paragraph < ann.paragraphs.len())
        && ann.entities.iter().all(|e| ok(&e.span) && e.linked < ann.linked.len())
        && ann.claims.iter().all(|c| ok(&c.span))
        && ann.linked.iter().all(|l| l.mentions.iter().all(|&m| m < ann.entities.len()))
}

fn member(texts: &[&str], u: &units::Unit, distinct: Vec<Span>) -> Member {
    Member {
        article: u.article,
        span: u.span,
        kind: u.kind,
        text: u.span.of(texts[u.article]).to_string(),
        claim: u.claim,
        speaker: u.speaker.clone(),
        distinct,
    }
}

/// The claims no group holds, overlapping no grouped statement of their article (a reported claim around a
/// grouped quote is not unique), and only the outermost of nested claims. `all` is sorted by article and start.
fn unique_claims(texts: &[&str], all: &[units::Unit], in_group: &[bool]) -> Vec<Member> {
    let mut out: Vec<Member> = Vec::new();
    let mut a = 0;
    while a < all.len() {
        let article = all[a].article;
        let b = a + all[a..].iter().take_while(|u| u.article == article).count();
        let us = &all[a..b];
        // grouped spans of this article by start, with the running maximum of their ends
        let grouped: Vec<Span> = us.iter().zip(&in_group[a..b]).filter(|(_, &g)| g).map(|(u, _)| u.span).collect();
        let max_end: Vec<usize> = grouped.iter().scan(0, |m, s| {
            *m = (*m).max(s.end);
            Some(*m)
        }).collect();
        let mut outer_end = 0;
        for (u, &g) in us.iter().zip(&in_group[a..b]) {
            let i = grouped.partition_point(|s| s.start < u.span.end);
            let overlaps_group = i > 0 && max_end[i - 1] > u.span.start;
            if g || u.claim.is_none() || overlaps_group || u.span.end <= outer_end {
                continue;
            }
            outer_end = u.span.end;
            out.push(member(texts, u, Vec::new()));
        }
        a = b;
    }
    out
}

/// Drops a member that contains another member of the same article (a sentence around its quote):
/// the inner one says what matched. `members` is sorted by unit index, i.e. by article and start.
fn innermost(all: &[units::Unit], members: Vec<usize>) -> Vec<usize> {
    let keep: Vec<bool> = members
        .iter()
        .map(|&x| {
            !members.iter().any(|&y| y != x && all[y].article == all[x].article && all[x].span.contains(all[y].span) && all[x].span != all[y].span)
        })
        .collect();
    members.into_iter().zip(keep).filter(|(_, k)| *k).map(|(m, _)| m).collect()
}

/// The first headline or body sentence, cut at a word near 100 characters.
fn title(text: &str, ann: &Annotations) -> String {
    let first = ann.paragraphs.iter().position(|p| matches!(p.kind, ParagraphKind::Headline | ParagraphKind::Body));
    let span = match first.map(|i| (i, &ann.paragraphs[i])) {
        Some((_, p)) if p.kind == ParagraphKind::Headline => p.span,
        Some((i, p)) => ann.sentences.iter().find(|s| s.paragraph == i).map_or(p.span, |s| s.span),
        None => ann.sentences.first().map(|s| s.span).unwrap_or_default(),
    };
    let s = span.of(text);
    if s.chars().count() <= 100 {
        return s.to_string();
    }
    let cut = s.char_indices().nth(100).map_or(s.len(), |(i, _)| i);
    let at_word = s[..cut].rfind(' ').filter(|&i| i > 40).unwrap_or(cut);
    format!("{}…", &s[..at_word])
}

impl Comparison {
    /// Rewrites every span from UTF-8 bytes of its article into `unit`, one pass per article.
    pub fn remap(mut self, texts: &[&str], unit: OffsetUnit) -> Comparison {
        if unit == OffsetUnit::Utf8 {
            return self;
        }
        for (a, text) in texts.iter().enumerate() {
            let map = OffsetMap::new(text, unit);
            self.for_each_span(a, &mut |s| *s = Span::new(map.get(s.start), map.get(s.end)));
        }
        self
    }

    fn for_each_span(&mut self, article: usize, f: &mut dyn FnMut(&mut Span)) {
        let mut member = |m: &mut Member| {
            if m.article == article {
                f(&mut m.span);
                m.distinct.iter_mut().for_each(&mut *f);
            }
        };
        for g in &mut self.groups {
            g.members.iter_mut().for_each(&mut member);
        }
        self.unique.iter_mut().for_each(&mut member);
        for g in &mut self.groups {
            for v in g.conflicts.iter_mut().flat_map(|c| c.values.iter_mut()).filter(|v| v.article == article) {
                f(&mut v.span);
            }
        }
    }
}
