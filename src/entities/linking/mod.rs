//! Mention linking: which mentions name the same thing.
//!
//! Input: the text, its mentions (sorted, disjoint) and its sentences. Output:
//! linked entities, each with the fullest form as its canonical name, and
//! `entity.linked` set on every mention.
//! People and organisations link by words: a mention whose words are all
//! inside a longer name of the same label joins it ("Putin" → "Vladimir
//! Putin"; "Kim Jong-un" = "Kim Jong Un"; "José" = "Jose"; a person's short given
//! name as the formal one, "Bill Clinton" = "William Jefferson Clinton"); when two longer names compete
//! ("Kim" with "Kim Jong Un" and "Kim Jong Il") it goes to the one the text
//! already called so, else to the one mentioned last before it, and stays a
//! name of its own when that is no answer (both last named in one sentence,
//! "Bill Clinton and Hillary Clinton arrived. Clinton said"); a courtesy title
//! picks among them ("Mrs Clinton", "Mr Clinton"). A name does not join a
//! namesake that adds a generation ("Donald Trump Jr.") or a middle initial,
//! except a plain name once that namesake was named ("George Bush" before
//! "George W. Bush" is another man; "Edward D. Farr ... Edward Farr" one).
//! An abbreviation links to the name whose initials it spells ("UN" → "United
//! Nations", "UNHCR" → "U.N. High Commissioner for Refugees") or to one written
//! the same way ("UN" = "U.N."), never to a longer name it merely begins ("U.N."
//! ↛ "U.N. Security Council"). A mention in ordinary case does not join a longer
//! name shouted in capitals (a headline's span), and the canonical name prefers
//! ordinary case ("London" over "LONDON"). Other labels link by their normalised text.
//! Hash indexes keep this near-linear: mentions are visited longest first,
//! abbreviations last; the exact-form and word indexes hash each key once and keep no copy of it.
//! Every mention's lower-cased words live in one shared buffer (no string per
//! mention or word, made by [`forms`]), initials in fixed arrays; the word index chains
//! its entries in one vector.

mod choose;
mod forms;
pub(crate) mod gender;
mod index;
#[cfg(test)]
mod tests;

use crate::annotations::{Entity, Label, LinkedEntity, Sentence};
use crate::hash::{WordHasher, WordMap as HashMap};
use gender::{given_gender, kin_before, title_before};
use forms::{abbreviation_key, formal_given_name, formal_name, unclipped, initials, case_and_abbreviation, is_generation, push_words, Initials};
use choose::{defined_by, fit, given_name, may_join, Fit};
pub(crate) use choose::spells_initials;
use index::{Founded, Index};
use std::hash::Hasher;
use std::ops::Range;

/// Mention indices by rank ([`Seen::rank`]), highest first, in text order within a rank
/// (mentions come sorted by position): a counting sort, linear in the mentions.
fn longest_first(seen: &[Seen]) -> Vec<usize> {
    let counts = || seen.iter().map(Seen::rank);
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
    /// Might it be an abbreviation ([`forms::case_and_abbreviation`])?
    abbreviation: bool,
    /// Has it a lower-case letter?
    lower: bool,
}

impl Seen {
    /// Where it comes in the order mentions are linked: by word count, abbreviations
    /// last, so the names they may abbreviate are all there when they look them up.
    fn rank(&self) -> u32 {
        if self.abbreviation {
            0
        } else {
            self.count + 1
        }
    }
}

/// The hash of a label and some words. The indexes keep no hash, so any hash that spreads the keys will do:
/// a tail of under 8 bytes (most words whole) is read by two overlapping loads, not a byte at a time.
fn key_hash(label: Label, words: &[u8]) -> u32 {
    let mut h = WordHasher::default();
    h.write_u8(label as u8);
    let whole = words.len() / 8 * 8;
    h.write(&words[..whole]);
    let tail = &words[whole..];
    let n = tail.len();
    let x = match n {
        4.. => u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as u64 | (u32::from_le_bytes([tail[n - 4], tail[n - 3], tail[n - 2], tail[n - 1]]) as u64) << 32,
        1.. => tail[0] as u64 | (tail[n / 2] as u64) << 8 | (tail[n - 1] as u64) << 16,
        0 => 0,
    };
    h.write_u64(x ^ (n as u64) << 24);
    (h.finish() >> 32) as u32
}

/// Assigns `entity.linked` for every mention and returns the linked entities.
#[inline(never)] // a stage of its own in profiles
pub fn link(text: &str, entities: &mut [Entity], sentences: &[Sentence]) -> Vec<LinkedEntity> {
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
        if e.label == Label::Person {
            formal_given_name(&mut word_buf, start);
        }
        let (lower, abbreviation) = case_and_abbreviation(&e.text);
        abbreviated_labels |= (abbreviation as u32) << e.label as u32;
        if by_words(e.label) {
            name_words += count as usize;
        }
        seen.push(Seen { words: start..word_buf.len(), count, abbreviation, lower });
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
    // (linked entity, words) → how many of its mentions shorter than its name have those words
    let mut called: HashMap<(usize, &[u8]), usize> = HashMap::default();
    for i in order {
        let w = words_of(&seen, i);
        let label = entities[i].label;
        // the exact form's slot, hashed once: taken, or filled below if no other name takes the mention
        let hash = key_hash(label, w);
        let vacant = exact.find(hash, |l| linked[l].label == label && words_of(&seen, founded[l].founder) == w);
        let mut ambiguous = false;
        let mut found = vacant.ok().filter(|&l| !founded[l].ambiguous);
        let mut female = false;
        if found.is_none() && by_words(label) && !w.is_empty() {
            candidates.clear();
            // a short given name on its own looks for the formal one too ("Tom" for "Tom Glavine",
            // whose words read "thomas glavine")
            // (and an organisation's clipped name its full word: "the Fed" for "Federal Reserve")
            let formal = match label {
                _ if seen[i].count != 1 => None,
                Label::Person => formal_name(w),
                Label::Org => unclipped(w),
                _ => None,
            };
            for w in std::iter::once(w).chain(formal) {
                let first = words_in(w).next().unwrap_or_default();
                let Ok(x) = by_word.find(key_hash(label, first), |x| words[x].0 == label && words[x].1 == first) else {
                    continue;
                };
                let mut node = words[x].2;
                while node != usize::MAX {
                    let (l, next) = nodes[node];
                    let key = words_of(&seen, founded[l].founder);
                    if words_in(w).all(|x| words_in(key).any(|y| y == x))
                        && may_join(entities, &seen, i, w, &founded[l], key)
                    {
                        candidates.push(l);
                    }
                    node = next;
                }
                if !candidates.is_empty() {
                    break;
                }
            }
            // a courtesy title picks among namesakes: "Mrs Clinton" a woman, "Mr Clinton" not one
            let person = label == Label::Person && !candidates.is_empty();
            let title = person.then(|| title_before(text, entities[i].span.start)).flatten();
            if let Some(title) = title {
                let sex = |l: usize| given_name(w, words_of(&seen, founded[l].founder)).and_then(given_gender);
                candidates.retain(|&l| sex(l).is_none_or(|s| s == title));
                if candidates.iter().any(|&l| sex(l) == Some(title)) {
                    candidates.retain(|&l| sex(l) == Some(title));
                }
            }
            // a bare surname is not the namesake the writer calls "Mrs"/"Ms" when another has it: "Barack Obama ...
            // Mrs Obama ... Obama said" is Barack Obama (tested only among several names: rare)
            female = title == Some(gender::Gender::Female);
            if title.is_none() && candidates.len() > 1 && candidates.iter().any(|&l| !founded[l].titled_female) {
                candidates.retain(|&l| !founded[l].titled_female);
            }
            let called = |l: usize| called.get(&(l, w)).copied().unwrap_or(0);
            // a relative introduced as one ("her daughter, Anna Lindqvist") is not whom a bare shared name
            // means when the text names the other more ("Maggie Lindqvist" in the headline and the lead);
            // named as often, the son may be the subject ("His son Kim Jong Un took over. Kim said")
            // a name without a generation means the namesake without one: "Trump" is Donald Trump, not
            // "Donald Trump Jr." (whom the writer calls "Trump Jr.")
            if candidates.len() > 1 && label == Label::Person && !words_in(w).any(is_generation) {
                let plain = |l: usize| !words_in(words_of(&seen, founded[l].founder)).any(is_generation);
                if candidates.iter().any(|&l| plain(l)) {
                    candidates.retain(|&l| plain(l));
                }
            }
            if candidates.len() > 1 {
                let relative = |l: usize| kin_before(text, entities[founded[l].founder].span.start);
                let named = |l: usize| founded[l].mentions.len();
                let most_relative = candidates.iter().filter(|&&l| relative(l)).map(|&l| named(l)).max();
                if most_relative.is_some_and(|r| candidates.iter().any(|&l| !relative(l) && named(l) > r)) {
                    candidates.retain(|&l| !relative(l));
                }
            }
            // the sentence of a mention, searched only when several names fit (rare), not walked for every mention
            let sentence_of = |n: usize| sentences.partition_point(|s| s.span.end <= entities[n].span.start).min(sentences.len().saturating_sub(1));
            match fit(&candidates, &founded, sentence_of, i, called) {
                Fit::None => {}
                Fit::One(l) => found = Some(l),
                Fit::Several => ambiguous = true,
            }
        }
        if found.is_none() && seen[i].abbreviation {
            found = abbreviation_key(&entities[i].text).and_then(|key| by_initials.get(&(label, key)).copied());
            // an abbreviation in parentheses right after a name defines it, even with initials it drops:
            // "the U.S. Centers for Disease Control and Prevention (CDC)"
            if found.is_none() && i > 0 && entities[i - 1].label == label && !seen[i - 1].abbreviation && defined_by(text, &entities[i - 1], &entities[i]) {
                let l = entities[i - 1].linked;
                found = Some(l);
                // and its later mentions find the name through it
                if let Some(key) = abbreviation_key(&entities[i].text) {
                    by_initials.entry((label, key)).or_insert(l);
                }
            }
        }
        // a mention that fits several names joins the same form's name of its own
        let found = found.or(vacant.ok());
        let l = found.unwrap_or_else(|| {
            let l = linked.len();
            linked.push(LinkedEntity { id: l, label, name: entities[i].text.clone(), mentions: Default::default() });
            founded.push(Founded::new(i, ambiguous));
            if let Err(slot) = vacant {
                exact.put(slot, l);
            }
            // only people and organisations are looked up by word, and no name is looked up
            // by a form that fits several (tested once, not at each word: most names are neither)
            let by_word_words = if by_words(label) && !ambiguous { w } else { &[][..] };
            for x in words_in(by_word_words).filter(|x| !x.is_empty()) {
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
            // an abbreviation is found by another written with or without periods ("UN", "U.N.")
            if let Some(key) = seen[i].abbreviation.then(|| abbreviation_key(&entities[i].text)).flatten() {
                by_initials.entry((label, key)).or_insert(l);
            }
            l
        });
        // the canonical name: the fullest form, in ordinary case if there is one
        let f = &mut founded[l];
        if seen[i].lower && !f.lower && seen[i].count >= seen[f.founder].count {
            linked[l].name = entities[i].text.clone();
        }
        f.lower |= seen[i].lower;
        f.titled_female |= female;
        if seen[i].count < seen[f.founder].count && by_words(label) {
            *called.entry((l, w)).or_insert(0) += 1;
        }
        f.add(i);
        entities[i].linked = l;
    }
    // each linked entity's mentions in text order: its runs merged
    for (l, f) in linked.iter_mut().zip(founded) {
        l.mentions = f.mentions;
        if !f.runs.is_empty() {
            crate::sort::sort(&mut l.mentions);
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
