//! Grouping: which units of different articles state the same thing.
//!
//! Input: the units of all articles. Output: clusters of unit indices, each with
//! the score that joined it. A unit is a set of features: its content-word keys,
//! the shared entities it names, and the shape of its time relations
//! ("duration after"). A feature weighs its inverse document frequency over all
//! units, so "Korean peninsula" counts for more than "said". Two units of
//! different articles are similar when their shared weight is a large part of
//! both (Dice) and of the smaller one (containment, for a quote that one outlet
//! cuts short), and when they share at least [`MIN_SHARED`] features. Numbers and
//! dates are values, not features, so two accounts that disagree on one still match.
//!
//! Candidates come from an inverted index that skips the most frequent features,
//! so the work grows with the number of units times a constant, not its square.
//! Clusters merge from the best pair down, and two clusters merge only when most
//! of their cross-article pairs are similar, so one loose pair cannot chain two
//! stories together.

use super::units::Unit;
use crate::hash::KeyTable;

/// The score a pair needs to start or join a group.
pub const THRESHOLD: f64 = 0.36;
/// The score the other pairs of two merging clusters need, for at least half of them.
pub const SUPPORT: f64 = 0.22;
/// The fewest features two units must share...
pub const MIN_SHARED: usize = 3;
/// ...of which this many content words (not names): names alone say who, not what.
pub const MIN_SHARED_WORDS: usize = 2;
/// A feature in more units than this is skipped when looking for candidates (it still scores).
const MAX_POSTING: usize = 40;

/// The features of every unit, interned, with their weights.
pub struct Features {
    /// Sorted, deduplicated feature ids of each unit.
    pub of_unit: Vec<Vec<u32>>,
    pub weight: Vec<f64>,
    /// The total weight of each unit's features.
    pub total: Vec<f64>,
    /// The word key of each feature id (empty for entity and shape features).
    pub key: Vec<String>,
    /// The feature id of each key.
    ids: KeyTable,
}

impl Features {
    pub fn new(units: &[Unit]) -> Features {
        let mut ids = KeyTable::default();
        let mut key: Vec<String> = Vec::new();
        // non-word features are keyed by bytes no word has (0xFF, 0xFE: never in UTF-8), not by `format!`
        let mut intern = |k: &[u8], word: &str, key: &mut Vec<String>| -> u32 {
            let id = ids.intern(k);
            if id as usize == key.len() {
                key.push(word.to_string());
            }
            id
        };
        let mut of_unit = Vec::with_capacity(units.len());
        for u in units {
            let mut f: Vec<u32> = u.words.iter().filter(|w| !w.in_name).map(|w| intern(w.key.as_bytes(), &w.key, &mut key)).collect();
            for &e in &u.entities {
                let mut k = vec![0xFF];
                k.extend_from_slice(&e.to_le_bytes());
                f.push(intern(&k, "", &mut key));
            }
            // the shape of each value ("a duration after"), never the value itself
            for v in &u.values {
                let mut k = vec![0xFE, v.kind as u8];
                k.extend_from_slice(v.relation.unwrap_or_default().as_bytes());
                f.push(intern(&k, "", &mut key));
            }
            crate::sort::sort_by_lean(&mut f, Ord::cmp);
            f.dedup();
            of_unit.push(f);
        }
        let mut df = vec![0usize; key.len()];
        for f in &of_unit {
            for &x in f {
                df[x as usize] += 1;
            }
        }
        let n = units.len() as f64;
        let weight: Vec<f64> = df.iter().map(|&d| ((n + 1.0) / (d as f64 + 0.5)).ln().max(0.05)).collect();
        let total = of_unit.iter().map(|f| f.iter().map(|&x| weight[x as usize]).sum()).collect();
        Features { of_unit, weight, total, key, ids }
    }

    /// The weight of word key `k`, 0 for a word no unit has outside names.
    pub fn word_weight(&self, k: &str) -> f64 {
        self.ids.find(k.as_bytes()).map_or(0.0, |i| self.weight[i as usize])
    }

    /// Similarity of units `a` and `b`, 0 when they share too few features or words.
    pub fn score(&self, a: usize, b: usize) -> f64 {
        let (fa, fb) = (&self.of_unit[a], &self.of_unit[b]);
        let (mut i, mut j, mut shared, mut count, mut words) = (0, 0, 0.0, 0, 0);
        while i < fa.len() && j < fb.len() {
            match fa[i].cmp(&fb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.weight[fa[i] as usize];
                    count += 1;
                    words += usize::from(!self.key[fa[i] as usize].is_empty());
                    i += 1;
                    j += 1;
                }
            }
        }
        let (ta, tb) = (self.total[a], self.total[b]);
        if shared <= 0.0 || count < MIN_SHARED || words < MIN_SHARED_WORDS {
            return 0.0;
        }
        let dice = 2.0 * shared / (ta + tb);
        let containment = shared / ta.min(tb);
        (dice + containment) / 2.0
    }
}

/// The candidate pairs (i < j, different articles) that reach [`SUPPORT`], sorted, with their scores
/// (a sorted list and binary search: a hash map of pairs was one more hash table instantiation in the .wasm).
pub fn candidate_pairs(units: &[Unit], feats: &Features) -> Vec<((usize, usize), f64)> {
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); feats.weight.len()];
    for (u, f) in feats.of_unit.iter().enumerate() {
        for &x in f {
            postings[x as usize].push(u);
        }
    }
    let mut pairs = Vec::new();
    let mut seen: Vec<usize> = vec![usize::MAX; units.len()];
    for a in 0..units.len() {
        for &x in &feats.of_unit[a] {
            let list = &postings[x as usize];
            if list.len() > MAX_POSTING {
                continue;
            }
            for &b in list.iter().filter(|&&b| b > a && units[b].article != units[a].article) {
                if seen[b] == a {
                    continue;
                }
                seen[b] = a;
                let s = feats.score(a, b);
                if s >= SUPPORT {
                    pairs.push(((a, b), s));
                }
            }
        }
    }
    crate::sort::sort_by_lean(&mut pairs, |x, y| x.0.cmp(&y.0));
    pairs
}

/// Clusters of units (each sorted), best pairs first; each cluster has units of at least two articles.
pub fn cluster(units: &[Unit], feats: &Features, pairs: &[((usize, usize), f64)]) -> Vec<(Vec<usize>, f64)> {
    let mut order: Vec<(&(usize, usize), &f64)> = pairs.iter().filter(|(_, s)| *s >= THRESHOLD).map(|(p, s)| (p, s)).collect();
    crate::sort::sort_by_lean(&mut order, |x, y| y.1.total_cmp(x.1).then(x.0.cmp(y.0)));
    let mut root: Vec<usize> = (0..units.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..units.len()).map(|i| vec![i]).collect();
    let mut best: Vec<f64> = vec![0.0; units.len()];
    let score = |a: usize, b: usize| pairs.binary_search_by(|p| p.0.cmp(&(a.min(b), a.max(b)))).map_or(0.0, |i| pairs[i].1);
    for (&(a, b), &s) in order {
        let (ra, rb) = (root[a], root[b]);
        if ra == rb {
            continue;
        }
        let (mut cross, mut supported, mut twins) = (0usize, 0usize, true);
        for &x in &members[ra] {
            for &y in &members[rb] {
                if units[y].article == units[x].article {
                    // one article twice in a group only when it repeats itself
                    twins &= feats.score(x, y) >= THRESHOLD;
                } else {
                    cross += 1;
                    supported += usize::from(score(x, y) >= SUPPORT);
                }
            }
        }
        if !twins || supported * 2 < cross {
            continue;
        }
        let moved = std::mem::take(&mut members[rb]);
        for &y in &moved {
            root[y] = ra;
        }
        members[ra].extend(moved);
        best[ra] = best[ra].max(best[rb]).max(s);
    }
    let mut out: Vec<(Vec<usize>, f64)> = Vec::new();
    for (r, mut m) in members.into_iter().enumerate() {
        crate::sort::sort_by_lean(&mut m, Ord::cmp);
        let first = m.first().map(|&u| units[u].article);
        if m.len() > 1 && m.iter().any(|&u| Some(units[u].article) != first) {
            out.push((m, best[r]));
        }
    }
    out
}
