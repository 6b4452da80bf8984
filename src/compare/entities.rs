//! Entities across articles: which linked entities of different articles name the same thing.
//!
//! Input: each article's text and [`LinkedEntity`] list. Output: [`SharedEntity`]s
//! (one per thing, with its mention count in every article) and, per article, the
//! shared id of each of its linked entities. Dates and numbers are values, not
//! things, and are left to `values.rs`.
//!
//! A name's key is its words, lower-cased, split at hyphens and spaces, with
//! leading titles and sentence openers dropped, so "Kim Jong-un" = "Kim Jong Un"
//! and "President Vladimir Putin" = "Vladimir Putin". Names of one label with
//! equal keys are one entity; a shorter person or organisation name whose words
//! all belong to a longer one ("Putin" in an article that never gives the full
//! name) joins it, and when several longer names contain it ("Kim") it joins the
//! one mentioned most across the articles.

use crate::annotations::{Annotations, Label};
use crate::entities::{Kind, LEXICON};
use serde::Serialize;
use crate::hash::KeyTable;

/// One person, organisation, place, group or event across the articles.
#[derive(Debug, Clone, Serialize)]
pub struct SharedEntity {
    pub id: usize,
    pub label: Label,
    /// The fullest name, in the form most articles use.
    pub name: String,
    /// Every distinct name the articles give it, without titles ("Kim Jong-un", "Kim Jong Un").
    pub variants: Vec<String>,
    /// Mentions in each article (one count per article, 0 when absent).
    pub counts: Vec<usize>,
    /// For each article, the indices into its `Annotations::linked` merged here.
    pub linked: Vec<Vec<usize>>,
    /// How the names were matched: `same_name`, or `name_part` when a shorter name joined.
    pub rule: &'static str,
}

/// The shared entities and, per article and linked entity, its shared id.
pub struct EntityMatch {
    pub entities: Vec<SharedEntity>,
    pub of_linked: Vec<Vec<Option<usize>>>,
}

/// The matching key of a name: its words, without leading titles and openers.
pub fn name_key(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let lead = words
        .iter()
        .take_while(|w| LEXICON.has(w, Kind::Title) || LEXICON.has(w, Kind::Stopword))
        .count();
    // a name made only of titles keeps its words
    if lead == words.len() { words } else { words[lead..].to_vec() }
}

fn is_thing(label: Label) -> bool {
    !matches!(label, Label::Date | Label::Number)
}

/// Matches the linked entities of all articles.
pub fn match_entities(articles: &[&Annotations]) -> EntityMatch {
    struct Item {
        article: usize,
        linked: usize,
        label: Label,
        key: Vec<String>,
        name: String,
        mentions: usize,
    }
    let mut items: Vec<Item> = Vec::new();
    for (a, ann) in articles.iter().enumerate() {
        for l in ann.linked.iter().filter(|l| is_thing(l.label)) {
            let key = name_key(&l.name);
            // a "name" of function words only ("But the") names nothing; "US" and "No 10" do
            let names_something = l.name.split(|c: char| !c.is_alphanumeric()).any(|w| super::words::key(w).is_some() || w.chars().any(|c| c.is_ascii_digit()));
            if !key.is_empty() && names_something {
                items.push(Item { article: a, linked: l.id, label: l.label, key, name: l.name.to_string(), mentions: l.mentions.len() });
            }
        }
    }
    // longest names first, so that short names find the full name they belong to
    crate::sort::sort_by_lean(&mut items, |x, y| y.key.len().cmp(&x.key.len()).then(y.mentions.cmp(&x.mentions)).then(x.article.cmp(&y.article)));
    let mut keys: Vec<(Label, Vec<String>)> = Vec::new();
    // a label and key as bytes (the label, then each word after a 0 byte, which no word has) in a
    // `KeyTable`: a hash map keyed by `(Label, Vec<String>)` was one more hash table in the .wasm
    let mut ids = KeyTable::default();
    let id_of: Vec<usize> = items
        .iter()
        .map(|it| {
            let mut k = vec![it.label as u8];
            for w in &it.key {
                k.push(0);
                k.extend_from_slice(w.as_bytes());
            }
            ids.intern(&k) as usize
        })
        .collect();
    // total mentions per exact key, so an ambiguous short name picks the most mentioned full name
    let mut key_mentions: Vec<usize> = Vec::new();
    for (it, &k) in items.iter().zip(&id_of) {
        if k == key_mentions.len() {
            key_mentions.push(0);
        }
        key_mentions[k] += it.mentions;
    }
    // the shared entity of each exact key, once known
    let mut exact: Vec<Option<usize>> = vec![None; key_mentions.len()];
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut rules: Vec<&'static str> = Vec::new();
    let mut totals: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let found = exact[id_of[i]].map(|s| (s, "same_name")).or_else(|| {
            if !matches!(it.label, Label::Person | Label::Org) {
                return None;
            }
            (0..keys.len())
                .filter(|&s| keys[s].0 == it.label && keys[s].1.len() > it.key.len() && it.key.iter().all(|w| keys[s].1.contains(w)))
                .max_by_key(|&s| (totals[s], std::cmp::Reverse(s)))
                .map(|s| (s, "name_part"))
        });
        match found {
            Some((s, rule)) => {
                members[s].push(i);
                if rule == "name_part" {
                    totals[s] += it.mentions;
                    rules[s] = rule;
                }
                exact[id_of[i]].get_or_insert(s);
            }
            None => {
                exact[id_of[i]] = Some(keys.len());
                totals.push(key_mentions[id_of[i]]);
                keys.push((it.label, it.key.clone()));
                members.push(vec![i]);
                rules.push("same_name");
            }
        }
    }
    let n = articles.len();
    let mut of_linked: Vec<Vec<Option<usize>>> = articles.iter().map(|a| vec![None; a.linked.len()]).collect();
    let mut entities: Vec<SharedEntity> = members
        .iter()
        .zip(&keys)
        .zip(&rules)
        .map(|((m, (label, _)), &rule)| {
            let mut counts = vec![0; n];
            let mut linked = vec![Vec::new(); n];
            let mut variants: Vec<(String, usize)> = Vec::new();
            for &i in m {
                let it = &items[i];
                counts[it.article] += it.mentions;
                linked[it.article].push(it.linked);
                let shown = display_name(&it.name);
                match variants.iter_mut().find(|(v, _)| *v == shown) {
                    Some((_, c)) => *c += 1,
                    None => variants.push((shown, 1)),
                }
            }
            // the name: among the longest keys, the form most articles use
            let longest = items[m[0]].key.len();
            let name = m
                .iter()
                .filter(|&&i| items[i].key.len() == longest)
                .map(|&i| display_name(&items[i].name))
                .fold(Vec::new(), |mut acc: Vec<(String, usize)>, s| {
                    match acc.iter_mut().find(|(v, _)| *v == s) {
                        Some((_, c)) => *c += 1,
                        None => acc.push((s, 1)),
                    }
                    acc
                })
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(s, _)| s)
                .unwrap_or_default();
            SharedEntity { id: 0, label: *label, name, variants: variants.into_iter().map(|v| v.0).collect(), counts, linked, rule }
        })
        .collect();
    // most widely covered first, then most mentioned
    crate::sort::sort_by_lean(&mut entities, |a, b| {
        let spread = |e: &SharedEntity| e.counts.iter().filter(|&&c| c > 0).count();
        spread(b).cmp(&spread(a)).then(b.counts.iter().sum::<usize>().cmp(&a.counts.iter().sum())).then(a.name.cmp(&b.name))
    });
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
        for (a, ls) in e.linked.iter_mut().enumerate() {
            crate::sort::sort_by_lean(ls, Ord::cmp);
            for &l in ls.iter() {
                of_linked[a][l] = Some(id);
            }
        }
    }
    EntityMatch { entities, of_linked }
}

/// A name without its leading titles, as written ("President Vladimir Putin" → "Vladimir Putin").
fn display_name(name: &str) -> String {
    let mut rest = name.trim();
    while let Some((first, tail)) = rest.split_once(' ') {
        let w = first.to_lowercase();
        if !(LEXICON.has(&w, Kind::Title) || LEXICON.has(&w, Kind::Stopword)) || tail.trim().is_empty() {
            break;
        }
        rest = tail.trim_start();
    }
    rest.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_titles_hyphens_and_case() {
        let cases: &[(&str, &[&str])] = &[
            ("Kim Jong-un", &["kim", "jong", "un"]),
            ("Kim Jong Un", &["kim", "jong", "un"]),
            ("President Vladimir Putin", &["vladimir", "putin"]),
            ("Mr Putin", &["putin"]),
            ("Besides Putin", &["putin"]),
            ("President", &["president"]),
        ];
        for (name, want) in cases {
            assert_eq!(name_key(name), *want, "{name}");
        }
        assert_eq!(display_name("President Vladimir Putin"), "Vladimir Putin");
    }
}
