//! The bookkeeping linking keeps besides its output: each linked entity's
//! mentions so far ([`Founded`]) and an open-addressed table from a key's hash
//! to a number ([`Index`]).
//!
//! Input: mention and entity numbers. Output: look-ups in a few steps each.
//! Invariant: nothing here copies a key or grows after it is made.

use crate::short_list::ShortList;

/// What linking knows of one linked entity besides its output.
pub(super) struct Founded {
    /// The mention that founded it.
    pub(super) founder: usize,
    /// Its mentions so far, in the order they were linked: longest first, and in text
    /// order among mentions of the same length, so a few increasing runs.
    pub(super) mentions: ShortList,
    /// Where each run of `mentions` after the first begins.
    pub(super) runs: Vec<usize>,
    /// Founded by a mention that fits several names equally well ("Clinton" just after
    /// "Bill Clinton and Hillary Clinton"): it takes no other name's mentions, and a later
    /// mention written the same way joins it only if it fits no one name better.
    pub(super) ambiguous: bool,
    /// Has it a mention with a lower-case letter (one not shouted in capitals)?
    pub(super) lower: bool,
    /// Has the text called it with a woman's courtesy title ("Mrs Obama")? A bare shared surname then means a namesake it does not so call.
    pub(super) titled_female: bool,
}

impl Founded {
    pub(super) fn new(founder: usize, ambiguous: bool) -> Founded {
        Founded { founder, mentions: ShortList::new(), runs: Vec::new(), ambiguous, lower: false, titled_female: false }
    }

    pub(super) fn add(&mut self, mention: usize) {
        if self.mentions.last().is_some_and(|&m| m > mention) {
            self.runs.push(self.mentions.len());
        }
        self.mentions.push(mention);
    }

    /// Its last mention before mention `i` in the text (mentions are numbered in text
    /// order): a binary search in each run, so a name mentioned thousands of times
    /// costs a few steps, not a walk over all its mentions.
    pub(super) fn last_before(&self, i: usize) -> Option<usize> {
        self.runs_searched(i, |run, k| k.checked_sub(1).map(|k| run[k])).max()
    }

    /// Its first mention after mention `i`, found as [`Founded::last_before`] is.
    pub(super) fn first_after(&self, i: usize) -> Option<usize> {
        self.runs_searched(i, |run, k| run.get(k).copied()).min()
    }

    /// `pick(run, k)` for each increasing run of its mentions, `k` the number of them before `i`.
    fn runs_searched<'a>(
        &'a self,
        i: usize,
        pick: impl Fn(&[usize], usize) -> Option<usize> + 'a,
    ) -> impl Iterator<Item = usize> + 'a {
        let bounds = std::iter::once(0).chain(self.runs.iter().copied());
        let ends = self.runs.iter().copied().chain(std::iter::once(self.mentions.len()));
        bounds.zip(ends).filter_map(move |(a, b)| {
            let run = &self.mentions[a..b];
            pick(run, run.partition_point(|&m| m < i))
        })
    }
}

/// An open-addressed table from a key's 32-bit hash to a number, for keys that live
/// elsewhere (in the word buffer): the caller says which stored number has its key, so
/// no key is copied or hashed twice. Sized up front for every key it may get (at most
/// half full), so it never grows.
pub(super) struct Index {
    /// number + 1; 0 marks an empty slot. No hash is kept: a probe compares keys, which
    /// differ at once in length or first bytes, and a table of half the size is zeroed.
    slots: Vec<u32>,
}

impl Index {
    pub(super) fn for_keys(n: usize) -> Index {
        Index { slots: vec![0; (n * 2).next_power_of_two().max(8)] }
    }

    /// The number stored for the key hashed to `hash` that `same` accepts, else the
    /// slot where that key goes ([`Index::put`], before any other insertion).
    pub(super) fn find(&self, hash: u32, mut same: impl FnMut(usize) -> bool) -> Result<usize, usize> {
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

    pub(super) fn put(&mut self, slot: usize, value: usize) {
        self.slots[slot] = value as u32 + 1;
    }
}

