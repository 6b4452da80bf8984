//! Mention linking: which mentions name the same thing.
//!
//! People link by surname and given names ("Vladimir Putin", "Putin",
//! "Mr Putin"); a mention whose words are all inside a longer name of the same
//! label joins it, unless two longer names compete ("Kim" with both "Kim Jong
//! Un" and "Kim Jong Il" in the text goes to the one mentioned last). Other
//! labels link by their normalised text. The canonical name is the fullest form.

use crate::annotations::{Entity, Label, LinkedEntity};

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Assigns `entity.linked` for every mention and returns the linked entities.
pub fn link(entities: &mut [Entity]) -> Vec<LinkedEntity> {
    let mut linked: Vec<LinkedEntity> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    // longest names first, so short forms find their full form
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(words(&entities[i].text).len()), entities[i].span.start));
    for i in order {
        let w = words(&entities[i].text);
        let label = entities[i].label;
        let exact = (0..linked.len()).find(|&l| linked[l].label == label && keys[l] == w);
        let found = exact.or_else(|| {
            if label != Label::Person && label != Label::Org || w.is_empty() {
                return None;
            }
            let candidates: Vec<usize> = (0..linked.len())
                .filter(|&l| linked[l].label == label && w.iter().all(|x| keys[l].contains(x)))
                .collect();
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
        let l = found.unwrap_or_else(|| {
            linked.push(LinkedEntity { id: linked.len(), label, name: entities[i].text.clone(), mentions: Vec::new() });
            keys.push(w.clone());
            linked.len() - 1
        });
        linked[l].mentions.push(i);
        entities[i].linked = l;
    }
    for l in &mut linked {
        l.mentions.sort_unstable();
    }
    linked
}
