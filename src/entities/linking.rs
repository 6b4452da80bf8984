//! Mention linking: which mentions name the same thing.
//!
//! Input: the document's mentions. Output: linked entities, each with the
//! fullest form as its canonical name, and `entity.linked` set on every mention.
//! People and organisations link by words: a mention whose words are all
//! inside a longer name of the same label joins it ("Putin" → "Vladimir
//! Putin"; "Kim Jong-un" = "Kim Jong Un"); when two longer names compete
//! ("Kim" with "Kim Jong Un" and "Kim Jong Il") it goes to the one mentioned
//! last before it. An abbreviation links to the name whose initials it spells
//! ("UN" → "United Nations"). Other labels link by their normalised text.
//! Hash indexes keep this near-linear: mentions are visited longest first.

use crate::annotations::{Entity, Label, LinkedEntity};
use crate::hash::WordMap as HashMap;

const SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "de", "la", "du", "del", "a", "an", "in", "on", "at"];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| if w.is_ascii() { w.to_ascii_lowercase() } else { w.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect() })
        .collect()
}

/// The capitals an abbreviation of `name` would have: "United Nations" → "UN".
fn initials(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    if parts.len() < 2 {
        return None;
    }
    let s: String = parts
        .iter()
        .filter(|w| !SMALL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (s.chars().count() >= 2).then_some(s)
}

fn is_abbreviation(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters) && !s.chars().any(char::is_lowercase) && !s.contains(' ')
}

/// Assigns `entity.linked` for every mention and returns the linked entities.
pub fn link(entities: &mut [Entity]) -> Vec<LinkedEntity> {
    let mut linked: Vec<LinkedEntity> = Vec::new();
    let all_words: Vec<Vec<String>> = entities.iter().map(|e| words(&e.text)).collect();
    let mut keys: Vec<&[String]> = Vec::new();
    let n = entities.len();
    let mut exact: HashMap<(Label, &[String]), usize> = HashMap::with_capacity_and_hasher(n, Default::default());
    let mut by_word: HashMap<(Label, &str), Vec<usize>> = HashMap::with_capacity_and_hasher(n, Default::default());
    let mut by_initials: HashMap<(Label, String), usize> = HashMap::default();
    // longest names first, so short forms find their full form
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(all_words[i].len()), entities[i].span.start));
    for i in order {
        let w = all_words[i].as_slice();
        let label = entities[i].label;
        let found = exact.get(&(label, w)).copied().or_else(|| {
            if !matches!(label, Label::Person | Label::Org) || w.is_empty() {
                return None;
            }
            let mut candidates: Vec<usize> = by_word
                .get(&(label, w[0].as_str()))
                .map(|ls| ls.iter().copied().filter(|&l| w.iter().all(|x| keys[l].contains(x))).collect())
                .unwrap_or_default();
            candidates.dedup();
            match candidates.as_slice() {
                [] => None,
                [one] => Some(*one),
                many => {
                    // several full names share these words: take the one mentioned last before this mention
                    let at = entities[i].span.start;
                    many.iter()
                        .copied()
                        .filter_map(|l| {
                            let last = linked[l].mentions.iter().map(|&m| entities[m].span.start).filter(|&s| s < at).max();
                            last.map(|s| (s, l))
                        })
                        .max()
                        .map(|(_, l)| l)
                        .or(Some(many[0]))
                }
            }
        });
        let found = found.or_else(|| {
            is_abbreviation(&entities[i].text).then(|| by_initials.get(&(label, entities[i].text.replace('.', ""))).copied()).flatten()
        });
        let l = found.unwrap_or_else(|| {
            let l = linked.len();
            linked.push(LinkedEntity { id: l, label, name: entities[i].text.clone(), mentions: Vec::new() });
            exact.insert((label, w), l);
            for x in w {
                let ids = by_word.entry((label, x.as_str())).or_default();
                if ids.last() != Some(&l) {
                    ids.push(l);
                }
            }
            if let Some(s) = initials(&entities[i].text) {
                by_initials.entry((label, s)).or_insert(l);
            }
            keys.push(w);
            l
        });
        linked[l].mentions.push(i);
        entities[i].linked = l;
    }
    for l in &mut linked {
        l.mentions.sort_unstable();
    }
    linked
}

#[cfg(test)]
mod tests {
    #[test]
    fn mentions_link_to_the_full_name_the_context_means() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Russian President Vladimir Putin met reporters. Mr Putin said Putin would stay.",
                &[("Putin", "Vladimir Putin")],
            ),
            ("Kim Jong-un arrived. Kim Jong Un then left.", &[("Kim Jong Un", "Kim Jong-un")]),
            (
                "Kim Jong Il ruled until 2011. His son Kim Jong Un took over. Kim said he would talk.",
                &[("Kim", "Kim Jong Un")],
            ),
            ("The United Nations met on Monday. The UN said it would help.", &[("UN", "United Nations")]),
        ];
        for (text, want) in cases {
            let a = crate::annotate(text);
            for (mention, name) in *want {
                let e = a.entities.iter().filter(|e| e.text == *mention).last().unwrap_or_else(|| panic!("{mention} in {text}"));
                assert_eq!(a.linked[e.linked].name, *name, "{text}");
            }
        }
    }
}
