//! Conflicts and wording differences inside one group of units.
//!
//! Input: the units of one group and the feature weights. Output: the
//! [`Conflict`]s (two articles give different values for the same thing), the
//! words the group shares (what it is about, best first), and for every member
//! the spans of its words that no other article's member uses (how a quote's
//! translations differ).
//!
//! Values are first sorted into slots (same kind, same relation, and for counts the
//! same counted thing, see `Value::same_slot`). A slot is in conflict when two
//! articles state values in it and no value of one agrees with any value of the
//! other, so an article that gives both "Wednesday" (arrival) and "Thursday"
//! (talks) never conflicts with itself or with one that gives either.

use super::units::Unit;
use super::values::{Value, ValueKind};
use crate::span::Span;
use serde::Serialize;
use crate::hash::KeyTable;

/// One value in a conflict.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictValue {
    pub article: usize,
    /// Index into the group's `members`.
    pub member: usize,
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// The value as compared ("≈ 2.0 months", "ISO weekday 4", "2019-04-25").
    pub normalized: String,
}

/// Different values for the same thing in different articles.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// What differs: the kind of value and the words the group shares ("time after: summit, Trump, Vietnam").
    pub what: String,
    pub kind: ValueKind,
    pub values: Vec<ConflictValue>,
}

/// The word keys of a group: each key's id (0, 1, 2… in order of first use, per word of each unit) and the articles
/// that use it (a `KeyTable` and lists: hash maps and sets of `&str` were more hash tables in the .wasm).
fn word_articles(units: &[&Unit]) -> (Vec<Vec<u32>>, Vec<Vec<usize>>) {
    let mut ids = KeyTable::default();
    let mut articles_of: Vec<Vec<usize>> = Vec::new();
    let of_word = units
        .iter()
        .map(|u| {
            u.words
                .iter()
                .map(|w| {
                    let id = ids.intern(w.key.as_bytes());
                    if id as usize == articles_of.len() {
                        articles_of.push(Vec::new());
                    }
                    let a = &mut articles_of[id as usize];
                    if !a.contains(&u.article) {
                        a.push(u.article);
                    }
                    id
                })
                .collect()
        })
        .collect();
    (of_word, articles_of)
}

/// The words of a group in more than one article, as first written, best first.
pub fn shared_words(texts: &[&str], units: &[&Unit], weight: &dyn Fn(&str) -> f64, limit: usize) -> Vec<String> {
    let (of_word, articles_of) = word_articles(units);
    // per key id: the key, whether it is ever inside a name, and the word as first written
    let mut first: Vec<Option<(&str, bool, &str)>> = vec![None; articles_of.len()];
    for (u, ids) in units.iter().zip(&of_word) {
        for (w, &id) in u.words.iter().zip(ids) {
            let f = first[id as usize].get_or_insert((&w.key, false, w.span.of(texts[u.article])));
            f.1 |= w.in_name;
        }
    }
    let mut shared: Vec<(&str, usize, bool, &str)> = first
        .iter()
        .zip(&articles_of)
        .filter_map(|(f, a)| f.filter(|_| a.len() > 1).map(|(k, name, surface)| (k, a.len(), name, surface)))
        .collect();
    // words before names (the entity grid shows names); then by how widely shared times how rare
    let rank = |k: &str, n: usize| n as f64 * weight(k);
    crate::sort::sort_by_lean(&mut shared, |a, b| a.2.cmp(&b.2).then(rank(b.0, b.1).total_cmp(&rank(a.0, a.1))).then(a.0.cmp(b.0)));
    shared.into_iter().take(limit).map(|x| x.3.trim_end_matches("'s").trim_end_matches("’s").to_string()).collect()
}

/// For each unit, the spans of its words that no unit of another article in the group has.
pub fn distinct_words(units: &[&Unit]) -> Vec<Vec<Span>> {
    let (of_word, articles_of) = word_articles(units);
    units
        .iter()
        .zip(&of_word)
        .map(|(u, ids)| u.words.iter().zip(ids).filter(|(_, &id)| articles_of[id as usize].len() == 1).map(|(w, _)| w.span).collect())
        .collect()
}

/// The conflicts among the units of one group; `about` names what the group shares.
pub fn find_conflicts(texts: &[&str], units: &[&Unit], about: &[String]) -> Vec<Conflict> {
    // slots: lists of (member, value)
    let mut slots: Vec<Vec<(usize, &Value)>> = Vec::new();
    for (m, u) in units.iter().enumerate() {
        for v in &u.values {
            match slots.iter_mut().find(|s| s.iter().any(|(_, w)| w.same_slot(v))) {
                Some(s) => s.push((m, v)),
                None => slots.push(vec![(m, v)]),
            }
        }
    }
    let mut out = Vec::new();
    for slot in slots {
        let mut by_article: Vec<(usize, Vec<(usize, &Value)>)> = Vec::new();
        for &(m, v) in &slot {
            let a = units[m].article;
            match by_article.iter_mut().find(|(x, _)| *x == a) {
                Some((_, vs)) => vs.push((m, v)),
                None => by_article.push((a, vec![(m, v)])),
            }
        }
        let is_time = matches!(slot[0].1.kind, ValueKind::Duration | ValueKind::Weekday | ValueKind::Date);
        let disagree = by_article.iter().enumerate().any(|(i, (_, xs))| {
            by_article[i + 1..].iter().any(|(_, ys)| {
                let none_agree = !xs.iter().any(|x| ys.iter().any(|y| x.1.agrees(y.1)));
                // two counts on days that differ are two events, not a conflict ("down 31 points on Friday", "down 64 on Thursday")
                none_agree && (is_time || !xs.iter().any(|x| ys.iter().any(|y| days_differ(units[x.0], units[y.0]))))
            })
        });
        if !disagree {
            continue;
        }
        let first = slot[0].1;
        let what = if about.is_empty() { first.describe() } else { format!("{}: {}", first.describe(), about.join(", ")) };
        let values = slot
            .iter()
            .map(|&(m, v)| {
                let text = v.span.of(texts[units[m].article]).to_string();
                ConflictValue { article: units[m].article, member: m, span: v.span, normalized: normalized(v), text }
            })
            .collect();
        out.push(Conflict { what, kind: first.kind, values });
    }
    out
}

/// Whether two statements name different days (a weekday or date of one disagrees with the other's).
fn days_differ(a: &Unit, b: &Unit) -> bool {
    fn days(u: &Unit) -> Vec<&Value> {
        u.values.iter().filter(|v| matches!(v.kind, ValueKind::Weekday | ValueKind::Date)).collect()
    }
    let (da, db) = (days(a), days(b));
    da.iter().any(|x| db.iter().any(|y| x.same_slot(y))) && !da.iter().any(|x| db.iter().any(|y| x.same_slot(y) && x.agrees(y)))
}

/// How a value was read, for the reader to check.
fn normalized(v: &Value) -> String {
    match v.kind {
        ValueKind::Duration if v.amount >= 28.0 && v.amount < 365.0 => format!("≈ {} months", fixed(v.amount / 30.44, 1)),
        ValueKind::Duration if v.amount >= 365.0 => format!("≈ {} years", fixed(v.amount / 365.25, 1)),
        ValueKind::Duration => format!("{} days", trim_number(v.amount)),
        ValueKind::Weekday => format!("ISO weekday {}", v.amount as i64),
        ValueKind::Date => {
            let part = |p: Option<u32>, w: usize| p.map_or_else(|| "?".repeat(w), |x| format!("{x:0w$}"));
            format!("{}-{}-{}", part(v.date[0], 4), part(v.date[1], 2), part(v.date[2], 2))
        }
        ValueKind::Money => format!("{}{}", v.unit, trim_number(v.amount)),
        ValueKind::Percent => format!("{}%", trim_number(v.amount)),
        ValueKind::Count | ValueKind::Ordinal => trim_number(v.amount),
    }
}

fn trim_number(x: f64) -> String {
    if x.fract().abs() < 1e-9 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        fixed(x, 2)
    }
}

/// `x` with `decimals` digits after the point, rounded half away from zero ("2.50"): integer arithmetic,
/// so the .wasm carries no float-formatting code (about 10 KB).
fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let n = (x * scale as f64).round();
    if !n.is_finite() || n.abs() >= 9.0e15 {
        return "?".to_string();
    }
    let n = n as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, frac) = (n.unsigned_abs() / scale as u64, n.unsigned_abs() % scale as u64);
    format!("{sign}{whole}.{frac:0w$}", w = decimals as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::units::{UnitKind, Word};

    fn unit(article: usize, words: &[&str]) -> Unit {
        let words = words.iter().enumerate().map(|(i, w)| Word { key: w.to_string(), span: Span::new(i, i + 1), in_name: false }).collect();
        Unit { article, span: Span::new(0, 9), kind: UnitKind::Sentence, claim: None, speaker: None, words, entities: vec![], values: vec![] }
    }

    #[test]
    fn word_ids_and_their_articles() {
        let (a, b, c) = (unit(0, &["talk", "summit", "talk"]), unit(1, &["summit", "month"]), unit(0, &["month"]));
        let (ids, articles) = word_articles(&[&a, &b, &c]);
        assert_eq!(ids, [vec![0, 1, 0], vec![1, 2], vec![2]]);
        assert_eq!(articles, [vec![0], vec![0, 1], vec![1, 0]]);
        let spans = |v: &[usize]| v.iter().map(|&i| Span::new(i, i + 1)).collect::<Vec<_>>();
        assert_eq!(distinct_words(&[&a, &b, &c]), [spans(&[0, 2]), vec![], vec![]]);
    }

    #[test]
    fn fixed_point_matches_std_formatting() {
        for (x, d) in [(2.5, 2), (1.0 / 3.0, 2), (11.96, 1), (-12.3456, 2), (0.0, 1), (1234567.891, 2), (-0.04, 1)] {
            let want = format!("{x:.d$}", d = d as usize);
            // std may print "-0.0" where the value rounds to zero
            assert_eq!(fixed(x, d), want.replace("-0.0", "0.0"), "{x} to {d}");
        }
        assert_eq!(fixed(f64::NAN, 1), "?");
    }
}
