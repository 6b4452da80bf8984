//! A fixed set of lower-case cue phrases (at most 64), each with a kind bit,
//! found in a line in one pass over its bytes.
//!
//! Input: the phrases (each at least 2 bytes) and a line (lower-cased). Output:
//! the kind bits of the phrases that occur in it: a phrase that starts with a letter or digit starts a
//! word ("read more" is not in "spread more"); it may end inside one ("subscribe" in "subscribers").

/// The cue phrases of every kind in one table (at most 64 phrases in all), with
/// for each byte value the phrases whose first (`first`) or second (`second`)
/// byte it is, built at compile time, so one pass over a line finds them all.
pub(super) struct Cues {
    phrases: [&'static str; 64],
    /// The kind bit (a bit of 1, 2 or 4) of each phrase.
    kind: [u8; 64],
    /// For each kind bit, the phrases of that kind.
    of_kind: [u64; 8],
    first: [u64; 256],
    second: [u64; 256],
    /// The phrases whose first byte is no ASCII letter or digit: the only ones that may start inside a word.
    marked: u64,
}

/// The table of the phrases of each `(kind bit, phrases)` set.
pub(super) const fn cues(sets: [(u8, &'static [&'static str]); 3]) -> Cues {
    let mut c = Cues { phrases: [""; 64], kind: [0; 64], of_kind: [0; 8], first: [0; 256], second: [0; 256], marked: 0 };
    let mut n = 0;
    let mut s = 0;
    while s < sets.len() {
        let (kind, phrases) = sets[s];
        let mut i = 0;
        while i < phrases.len() {
            assert!(n < 64, "at most 64 cue phrases in all: give Cues a second table");
            let b = phrases[i].as_bytes();
            assert!(b.len() >= 2);
            c.phrases[n] = phrases[i];
            c.kind[n] = kind;
            c.of_kind[kind as usize] |= 1 << n;
            c.first[b[0] as usize] |= 1 << n;
            c.second[b[1] as usize] |= 1 << n;
            if !b[0].is_ascii_alphanumeric() {
                c.marked |= 1 << n;
            }
            n += 1;
            i += 1;
        }
        s += 1;
    }
    c
}


impl Cues {
    /// The kinds (bits) of the phrases that `hay` contains. One pass over `hay`:
    /// at each byte only the phrases that its byte and the next can start, of a
    /// kind not found yet, are tried.
    pub(super) fn kinds_in(&self, hay: &str) -> u8 {
        let h = hay.as_bytes();
        let mut found = 0;
        let mut live = u64::MAX;
        let Some((&head, rest)) = h.split_first() else { return 0 };
        // the phrases that the previous byte can start, carried from byte to byte
        let mut starts = self.first[head as usize];
        for (i, &b) in rest.iter().enumerate() {
            let mut m = starts & self.second[b as usize] & live;
            starts = self.first[b as usize];
            // (inside a word only a phrase opening with a mark may start: the test once here, not per phrase)
            if m != 0 && i > 0 && (h[i - 1].is_ascii_alphanumeric() || h[i - 1] >= 0x80) {
                m &= self.marked;
            }
            if m != 0 {
                found |= self.kinds_at(h, i, m, &mut live);
                if live == 0 {
                    break;
                }
            }
        }
        found
    }

    /// The kinds of the phrases among `m` (whose first two bytes match, and which may
    /// start a word there) that start at byte `i` of `h`; their kinds leave `live`. Out of line: the
    /// loop of [`Self::kinds_in`] stays small.
    #[inline(never)]
    fn kinds_at(&self, h: &[u8], i: usize, mut m: u64, live: &mut u64) -> u8 {
        let mut found = 0;
        while m != 0 {
            let p = m.trailing_zeros() as usize;
            // compare the rest byte by byte (a call to memcmp costs more)
            let phrase = self.phrases[p].as_bytes();
            if h.len() - i >= phrase.len() && h[i + 2..i + phrase.len()].iter().zip(&phrase[2..]).all(|(a, b)| a == b) {
                found |= self.kind[p];
                *live &= !self.of_kind[self.kind[p] as usize];
                m &= *live;
            } else {
                m &= m - 1;
            }
        }
        found
    }
}
