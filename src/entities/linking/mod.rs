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
//! Hash indexes keep this near-linear: mentions are visited longest first; the
//! exact-form and word indexes hash each key once and keep no copy of it.
//! Every mention's lower-cased words live in one shared buffer (no string per
//! mention or word, made by [`forms`]), initials in fixed arrays; the word index chains
//! its entries in one vector.

mod forms;

use crate::annotations::{Entity, Label, LinkedEntity};
use crate::hash::{WordHasher, WordMap as HashMap};
use crate::short_list::ShortList;
use forms::{abbreviation_key, initials, is_abbreviation, push_words, Initials};
use std::hash::Hasher;
use std::ops::Range;

/// Mention indices by word count, most words first, in text order within a count
/// (mentions come sorted by position): a counting sort, linear in the mentions.
fn longest_first(seen: &[Seen]) -> Vec<usize> {
    let counts = || seen.iter().map(|s| s.count);
    let most = counts().max().unwrap_or(0) as usize;
    // starts[c]: where mentions of c words begin in the output (counted from the longest)
    let mut starts = vec![0usize; most + 2];
    for c in counts() {
        starts[most - c as usize + 1] += 1;
    }
    for c in 1..starts.len() {
        starts[c] += starts[c - 1];
    }
    let mut order = vec![0; seen.len()];
    for (i, c) in counts().enumerate() {
        let at = &mut starts[most - c as usize];
        order[*at] = i;
        *at += 1;
    }
    order
}

/// What linking knows of one mention.
struct Seen {
    /// Its lower-cased words ("vladimir putin"), a range of the shared word buffer.
    words: Range<usize>,
    count: u32,
    /// Might it be an abbreviation ([`is_abbreviation`])?
    abbreviation: bool,
}

/// What linking knows of one linked entity besides its output.
struct Founded {
    /// The mention that founded it.
    founder: usize,
    /// Its mentions so far, in the order they were linked: longest first, and in text
    /// order among mentions of the same length, so a few increasing runs.
    mentions: ShortList,
    /// Where each run of `mentions` after the first begins.
    runs: Vec<usize>,
}

impl Founded {
    fn new(founder: usize) -> Founded {
        Founded { founder, mentions: ShortList::new(), runs: Vec::new() }
    }

    fn add(&mut self, mention: usize) {
        if self.mentions.last().is_some_and(|&m| m > mention) {
            self.runs.push(self.mentions.len());
        }
        self.mentions.push(mention);
    }

    /// Its last mention before mention `i` in the text (mentions are numbered in text
    /// order): a binary search in each run, so a name mentioned thousands of times
    /// costs a few steps, not a walk over all its mentions.
    fn last_before(&self, i: usize) -> Option<usize> {
        let bounds = std::iter::once(0).chain(self.runs.iter().copied());
        let ends = self.runs.iter().copied().chain(std::iter::once(self.mentions.len()));
        bounds
            .zip(ends)
            .filter_map(|(a, b)| {
                let run = &self.mentions[a..b];
                run.partition_point(|&m| m < i).checked_sub(1).map(|k| run[k])
            })
            .max()
    }
}

/// An open-addressed table from a key's 32-bit hash to a number, for keys that live
/// elsewhere (in the word buffer): the caller says which stored number has its key, so
/// no key is copied or hashed twice. Sized up front for every key it may get (at most
/// half full), so it never grows.
struct Index {
    /// number + 1; 0 marks an empty slot. No hash is kept: a probe compares keys, which
    /// differ at once in length or first bytes, and a table of half the size is zeroed.
    slots: Vec<u32>,
}

impl Index {
    fn for_keys(n: usize) -> Index {
        Index { slots: vec![0; (n * 2).next_power_of_two().max(8)] }
    }

    /// The number stored for the key hashed to `hash` that `same` accepts, else the
    /// slot where that key goes ([`Index::put`], before any other insertion).
    fn find(&self, hash: u32, mut same: impl FnMut(usize) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match self.slots[i] {
                0 => return Err(i),
                v if same(v as usize - 1) => return Ok(v as usize - 1),
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn put(&mut self, slot: usize, value: usize) {
        self.slots[slot] = value as u32 + 1;
    }
}

/// The hash of a label and some words.
fn key_hash(label: Label, words: &[u8]) -> u32 {
    let mut h = WordHasher::default();
    h.write_u8(label as u8);
    h.write(words);
    (h.finish() >> 32) as u32
}

/// Assigns `entity.linked` for every mention and returns the linked entities.
#[inline(never)] // a stage of its own in profiles
pub fn link(entities: &mut [Entity]) -> Vec<LinkedEntity> {
    let n = entities.len();
    // every mention's words ("vladimir putin"), as ranges of one buffer
    let mut word_buf = Vec::with_capacity(entities.iter().map(|e| e.text.len() + 1).sum());
    let mut seen: Vec<Seen> = Vec::with_capacity(n);
    // which labels have mentions that may be abbreviations (one bit a label): a name's
    // initials are worked out only where an abbreviation of its label could look them up
    let mut abbreviated_labels = 0u32;
    // how many words people and organisations have: the most the word index can get
    let mut name_words = 0;
    for e in entities.iter() {
        let start = word_buf.len();
        let count = push_words(&e.text, &mut word_buf);
        let abbreviation = is_abbreviation(&e.text);
        abbreviated_labels |= (abbreviation as u32) << e.label as u32;
        if by_words(e.label) {
            name_words += count as usize;
        }
        seen.push(Seen { words: start..word_buf.len(), count, abbreviation });
    }
    let order = longest_first(&seen);
    // words are compared as bytes (split at the ASCII space, they stay whole characters)
    let words_of = |seen: &[Seen], i: usize| &word_buf[seen[i].words.clone()];
    let mut linked: Vec<LinkedEntity> = Vec::with_capacity(n);
    let mut founded: Vec<Founded> = Vec::with_capacity(n);
    // (label, words) of each linked entity's founder → the linked entity
    let mut exact = Index::for_keys(n);
    // (label, word) → an entry of `words`: the word, and the first and last node of its chain
    // in `nodes`: (linked entity, next node)
    let mut by_word = Index::for_keys(name_words);
    let mut words: Vec<(Label, &[u8], usize, usize)> = Vec::with_capacity(name_words);
    let mut nodes: Vec<(usize, usize)> = Vec::with_capacity(name_words);
    let mut by_initials: HashMap<(Label, Initials), usize> = HashMap::default();
    let mut candidates: Vec<usize> = Vec::new();
    for i in order {
        let w = words_of(&seen, i);
        let label = entities[i].label;
        // the exact form's slot, hashed once: taken, or filled below if no other name takes the mention
        let hash = key_hash(label, w);
        let vacant = exact.find(hash, |l| linked[l].label == label && words_of(&seen, founded[l].founder) == w);
        let found = vacant.err().map_or(vacant.ok(), |_| {
            if !by_words(label) || w.is_empty() {
                return None;
            }
            candidates.clear();
            let first = words_in(w).next().unwrap_or_default();
            if let Ok(x) = by_word.find(key_hash(label, first), |x| words[x].0 == label && words[x].1 == first) {
                let mut node = words[x].2;
                while node != usize::MAX {
                    let (l, next) = nodes[node];
                    let key = words_of(&seen, founded[l].founder);
                    if words_in(w).all(|x| words_in(key).any(|y| y == x)) {
                        candidates.push(l);
                    }
                    node = next;
                }
            }
            match candidates.as_slice() {
                [] => None,
                [one] => Some(*one),
                many => {
                    // several full names share these words: take the one mentioned last before this
                    // mention (entities are sorted and disjoint, so text order is index order)
                    many.iter()
                        .copied()
                        .filter_map(|l| founded[l].last_before(i).map(|m| (m, l)))
                        .max()
                        .map(|(_, l)| l)
                        .or(Some(many[0]))
                }
            }
        });
        let found = found.or_else(|| {
            if !seen[i].abbreviation {
                return None;
            }
            abbreviation_key(&entities[i].text).and_then(|key| by_initials.get(&(label, key)).copied())
        });
        let l = found.unwrap_or_else(|| {
            let l = linked.len();
            linked.push(LinkedEntity { id: l, label, name: entities[i].text.clone(), mentions: ShortList::new() });
            founded.push(Founded::new(i));
            if let Err(slot) = vacant {
                exact.put(slot, l);
            }
            // only people and organisations are looked up by word
            for x in words_in(w).filter(|x| by_words(label) && !x.is_empty()) {
                let node = nodes.len();
                let h = key_hash(label, x);
                match by_word.find(h, |e| words[e].0 == label && words[e].1 == x) {
                    Ok(e) if nodes[words[e].3].0 == l => continue,
                    Ok(e) => {
                        let tail = &mut words[e].3;
                        nodes[*tail].1 = node;
                        *tail = node;
                    }
                    Err(slot) => {
                        by_word.put(slot, words.len());
                        words.push((label, x, node, node));
                    }
                }
                nodes.push((l, usize::MAX));
            }
            let wanted = abbreviated_labels & 1 << label as u32 != 0;
            if let Some(key) = wanted.then(|| initials(&entities[i].text)).flatten() {
                by_initials.entry((label, key)).or_insert(l);
            }
            l
        });
        founded[l].add(i);
        entities[i].linked = l;
    }
    // each linked entity's mentions in text order: its runs merged
    for (l, f) in linked.iter_mut().zip(founded) {
        l.mentions = f.mentions;
        if !f.runs.is_empty() {
            l.mentions.sort_unstable();
        }
    }
    linked
}

/// The words of a mention's lower-cased words (single spaces between them).
fn words_in(w: &[u8]) -> impl Iterator<Item = &[u8]> {
    w.split(|&b| b == b' ')
}

/// Are mentions of this label linked by their words (people and organisations)?
fn by_words(label: Label) -> bool {
    matches!(label, Label::Person | Label::Org)
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
                let e = a.entities.iter().rfind(|e| e.text == *mention).unwrap_or_else(|| panic!("{mention} in {text}"));
                assert_eq!(a.linked[e.linked].name, *name, "{text}");
            }
        }
    }
}
