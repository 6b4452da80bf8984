//! The ballot of the document pass ([`super::make_consistent`]): one slot of label votes per string it reads, found
//! through a hash map behind a 256-bit filter that most other strings fail.

use crate::annotations::Label;
use crate::hash::WordMap as HashMap;
use super::lexicon::{Kind, LEXICON};

/// The votes of [`super::make_consistent`] for the strings it reads: one slot of label
/// counts (and whether it is a surname) per distinct string, and a 256-bit
/// filter over their length and first and last bytes that most other strings fail.
pub(super) struct Votes<'t> {
    index: HashMap<&'t str, u32>,
    pub(super) slots: Vec<Slot>,
    filter: [u64; 4],
}

/// The votes for one string, by label, and whether it is a surname (see [`super::make_consistent`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Slot {
    pub(super) votes: [u32; 7],
    pub(super) surname: bool,
    /// The part of the organisation votes that words of longer names cast ("Cocoa" in "Cocoa Board").
    pub(super) word_votes: u32,
    /// Is it a word of a known organisation's name that ends in no keyword of its own, or in a place's ("Real Madrid",
    /// "Aston Villa", "Manchester City"): a club or a brand called by the word alone?
    pub(super) club_word: bool,
}

/// The filter bit of a non-empty string.
fn filter_bit(b: &[u8]) -> usize {
    let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    (first as usize).wrapping_mul(31) ^ last as usize ^ b.len().wrapping_mul(97)
}

impl<'t> Votes<'t> {
    pub(super) fn with_capacity(n: usize) -> Self {
        let index = HashMap::with_capacity_and_hasher(n, Default::default());
        Votes { index, slots: Vec::with_capacity(n), filter: [0; 4] }
    }

    /// The slot of `s` (never empty: a mention covers a token), made (all zeros) if new.
    pub(super) fn slot(&mut self, s: &'t str) -> u32 {
        let next = self.slots.len() as u32;
        let slot = *self.index.entry(s).or_insert(next);
        if slot == next {
            self.slots.push(Slot::default());
            let bit = filter_bit(s.as_bytes());
            self.filter[bit / 64 % 4] |= 1 << (bit % 64);
        }
        slot
    }

    /// May the string of bytes `b` have a slot? No for most strings without one.
    pub(super) fn may_hold(&self, b: &[u8]) -> bool {
        let bit = filter_bit(b);
        self.filter[bit / 64 % 4] & 1 << (bit % 64) != 0
    }

    /// The slot of `s`, if it has one.
    pub(super) fn find(&self, s: &str) -> Option<u32> {
        if !self.may_hold(s.as_bytes()) {
            return None;
        }
        self.index.get(s).copied()
    }

    pub(super) fn add(&mut self, s: &str, label: Label, weight: u32) {
        if let Some(slot) = self.find(s) {
            self.slots[slot as usize].votes[label as usize] += weight;
        }
    }

    /// A word of an organisation's name votes for it; `club`: see [`Slot::club_word`].
    pub(super) fn add_org_word(&mut self, s: &str, weight: u32, club: bool) {
        if let Some(slot) = self.find(s) {
            let slot = &mut self.slots[slot as usize];
            slot.votes[Label::Org as usize] += weight;
            slot.word_votes += weight;
            slot.club_word |= club;
        }
    }

    /// "Noda Yoshihiko ... Noda said": the first word of a two-word name is its surname when no list has it as a
    /// given name nor the last word as a surname (a family name written first).
    pub(super) fn mark_family_name(&mut self, first: &str, last: &str) {
        let listed = |w: &str, kind: Kind| LEXICON.word(w).is_some_and(|i| i.has(kind));
        // (a country stays one: "Israel Adesanya ... Israel")
        if self.find(first).is_some() && !listed(first, Kind::GivenName) && !listed(first, Kind::Country) && !listed(last, Kind::Surname) {
            self.mark_surname(first);
        }
    }

    pub(super) fn mark_surname(&mut self, s: &str) {
        if let Some(slot) = self.find(s) {
            self.slots[slot as usize].surname = true;
        }
    }
}

/// Hands each word of `s` to `f`, as `str::split_whitespace` would: ASCII text
/// (the usual case) is split on its bytes without decoding characters.
pub(super) fn each_word<'t>(s: &'t str, f: impl FnMut(&'t str)) {
    // U+000B is whitespace to `char::is_whitespace` but not to `u8::is_ascii_whitespace`
    if s.bytes().all(|b| b < 0x80 && b != 0x0B) {
        s.split_ascii_whitespace().for_each(f);
    } else {
        s.split_whitespace().for_each(f);
    }
}

/// Is `s` two capitalised words joined by a hyphen, nothing else ("Rolls-Royce", "Harley-Davidson")?
pub(super) fn lone_hyphenated(s: &str) -> bool {
    s.split_once('-').is_some_and(|(a, b)| {
        let word = |w: &str| w.len() > 1 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic);
        word(a) && word(b)
    })
}

/// A storm's name with its kind before it ("Hurricane Milton", "Storm Darragh"): its last word alone is the storm.
pub(super) fn named_storm(s: &str) -> bool {
    s.split_once(' ').is_some_and(|(kind, _)| matches!(kind, "Hurricane" | "Storm" | "Typhoon" | "Cyclone"))
}
