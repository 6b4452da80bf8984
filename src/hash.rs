//! A fast hash for the word maps, and a table of word keys.
//!
//! Keys are short words and phrases from fixed lists or from one document;
//! SipHash's protection against chosen-key collisions buys nothing there and
//! costs several times as much on words this short. [`WordHasher`] is the Fx
//! hash of rustc (a rotate, xor and multiply per 8 bytes) with a final mix.
//! [`KeyTable`] maps byte-string keys to numbers with open addressing: all keys
//! in one buffer, a look-up hashes the key once and compares it by whole words
//! (a key of up to 8 bytes is one word, which a caller may load itself) where the hash agrees.

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

/// Byte-string keys (never empty) to `u32` values; insert-only.
#[derive(Default)]
pub struct KeyTable {
    /// Every key, one after another.
    bytes: Vec<u8>,
    /// A power of two of slots, at most half of them used.
    slots: Vec<Slot>,
    len: usize,
}

/// One slot: `len == 0` is empty.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// [`pack`] of the key: the whole key when it is at most 8 bytes long.
    packed: u64,
    hash: u32,
    len: u32,
    start: u32,
    value: u32,
}

/// A little-endian load of 8 bytes at `i` (the caller checks the length).
#[inline]
fn u64_at(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default())
}

/// The last 8 bytes of a key, little-endian; a shorter key whole, zero-padded
/// (so a key of up to 8 bytes is its length and this word).
#[inline]
fn pack(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        u64_at(b, n - 8)
    } else {
        // a byte loop: a copy into a padded buffer would call memcpy
        b.iter().rev().fold(0, |x, &c| x << 8 | c as u64)
    }
}

/// The hash of a key: its length, its 8-byte words but the last, and [`pack`].
#[inline]
fn key_hash(b: &[u8], packed: u64) -> u32 {
    let mut h = WordHasher(b.len() as u64);
    let mut i = 0;
    while i + 8 < b.len() {
        h.add(u64_at(b, i));
        i += 8;
    }
    h.add(packed);
    (h.finish() >> 32) as u32
}

/// [`key_hash`] of a key of at most 8 bytes: its length and [`pack`] only.
#[inline(always)]
fn short_key_hash(len: usize, packed: u64) -> u32 {
    let mut h = WordHasher(len as u64);
    h.add(packed);
    (h.finish() >> 32) as u32
}

/// The ASCII key of 1 to 8 bytes at `start..start + len` of `bytes`, as [`KeyTable::get_short`] takes
/// it: one 8-byte load and a mask, so `bytes` must go on for 8 bytes from `start`. `None` when it
/// does not, when `len` is out of range, or when the key holds a non-ASCII byte.
#[inline(always)]
pub fn short_ascii_key(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let word = u64::from_le_bytes(bytes.get(start..start + 8)?.try_into().ok()?) & (u64::MAX >> (64 - 8 * len));
    (word & 0x8080_8080_8080_8080 == 0).then_some(word)
}

impl KeyTable {
    /// The value of `key`, if present.
    #[inline(always)]
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        let packed = pack(key);
        self.probe(key_hash(key, packed), key.len(), packed, |s| self.same_head(s, key))
    }

    /// The value of a key of 1 to 8 bytes given as its bytes in a little-endian
    /// word, zero above them (no byte loop: the caller loads the word).
    #[inline(always)]
    pub fn get_short(&self, packed: u64, len: usize) -> Option<u32> {
        debug_assert!((1..=8).contains(&len) && (len == 8 || packed >> (8 * len) == 0));
        // a key this short is its length and packed word: nothing else to compare
        self.probe(short_key_hash(len, packed), len, packed, |_| true)
    }

    /// The value in the slot whose key has `hash`, `len`, `packed` and passes `same_head`.
    #[inline(always)]
    fn probe(&self, hash: u32, len: usize, packed: u64, same_head: impl Fn(Slot) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let s = self.slots[i];
            if s.len == 0 {
                return None;
            }
            if s.hash == hash && s.len as usize == len && s.packed == packed && same_head(s) {
                return Some(s.value);
            }
            i = (i + 1) & mask;
        }
    }

    /// Do the key of `s` and `key` (of the same length and [`pack`]) agree on their 8-byte words but the last?
    #[inline]
    fn same_head(&self, s: Slot, key: &[u8]) -> bool {
        let stored = &self.bytes[s.start as usize..(s.start + s.len) as usize];
        let mut i = 0;
        while i + 8 < key.len() {
            if u64_at(stored, i) != u64_at(key, i) {
                return false;
            }
            i += 8;
        }
        true
    }

    /// The value of `key`, inserting `value` first if the key is new. Empty keys are not stored (`value` is returned).
    pub fn get_or_insert(&mut self, key: &[u8], value: u32) -> u32 {
        if key.is_empty() {
            return value;
        }
        if let Some(v) = self.get(key) {
            return v;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let start = self.bytes.len() as u32;
        self.bytes.extend_from_slice(key);
        let packed = pack(key);
        self.place(Slot { packed, hash: key_hash(key, packed), len: key.len() as u32, start, value });
        self.len += 1;
        value
    }

    /// The id of `key` (not empty): 0, 1, 2… in the order keys first come. Never inlined: for the
    /// code off the hot paths (compare), where one copy of the probe loop is worth more than speed.
    #[inline(never)]
    pub fn intern(&mut self, key: &[u8]) -> u32 {
        self.get_or_insert(key, self.len as u32)
    }

    /// [`KeyTable::get`], never inlined (see [`KeyTable::intern`]).
    #[inline(never)]
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        self.get(key)
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = slot.hash as usize & mask;
        while self.slots[i].len != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for s in old.into_iter().filter(|s| s.len != 0) {
            self.place(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table_finds_every_key_and_nothing_else() {
        let mut t = KeyTable::default();
        let keys: Vec<String> = (0..2000).map(|i| format!("w{i}")).chain(["a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "new york city", "new yorc city", "abcdefghijklmnopq", "xbcdefghijklmnopq"].map(String::from)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get_or_insert(k.as_bytes(), i as u32), i as u32);
        }
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get(k.as_bytes()), Some(i as u32), "{k}");
            assert_eq!(t.get_or_insert(k.as_bytes(), 9999), i as u32, "{k}");
        }
        for (i, k) in keys.iter().enumerate().filter(|(_, k)| k.len() <= 8) {
            let word = k.bytes().rev().fold(0, |x, b| x << 8 | b as u64);
            assert_eq!(t.get_short(word, k.len()), Some(i as u32), "{k}");
        }
        for missing in ["b", "abd", "abce", "abcdefgi", "w2000"] {
            let word = missing.bytes().rev().fold(0, |x, b| x << 8 | b as u64);
            assert_eq!(t.get_short(word, missing.len()), None, "{missing}");
        }
        let mut ids = KeyTable::default();
        assert_eq!([ids.intern(b"b"), ids.intern(b"a"), ids.intern(b"b"), ids.intern(b"long key of many bytes")], [0, 1, 0, 2]);
        assert_eq!((ids.find(b"a"), ids.find(b"c"), ids.intern(b"c")), (Some(1), None, 3));
        for missing in ["", "b", "abd", "abce", "abcdefgi", "abcdefghj", "new york", "new york citz", "nex york city", "abcdefghijklmnopx", "abcdefghijklmnoq", "w2000", "w12 "] {
            assert_eq!(t.get(missing.as_bytes()), None, "{missing}");
        }
    }
}
