//! A fast hash for the word maps.
//!
//! Keys are short words and phrases from fixed lists or from one document;
//! SipHash's protection against chosen-key collisions buys nothing there and
//! costs several times as much on words this short. This is the Fx hash of
//! rustc (a rotate, xor and multiply per 8 bytes) with a final mix.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct WordHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl WordHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    /// The multiply leaves the low bits depending on the low input bytes only;
    /// the table indexes by low bits, so a final mix spreads the high bits down.
    #[inline]
    fn finish(&self) -> u64 {
        let h = self.0;
        (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 29)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // the last 1 to 7 bytes, little-endian and zero-padded (a byte loop: a copy would call memcpy)
            self.add(rest.iter().rev().fold(0, |x, &b| x << 8 | b as u64));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    /// The same value as `write` of its 4 little-endian bytes, without the byte loop.
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    /// The same value as `write` of its 8 little-endian bytes.
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;
