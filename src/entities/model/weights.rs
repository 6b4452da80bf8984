//! The span model's weights: the file format (sparse, quantised) and the dense
//! table [`classify`](super::classify) reads, with the sums it keeps per class.
//!
//! Input: the bytes of `src/data/span_model.bin`. Output: a [`Model`], one
//! 64-bit word of biased weights per bucket. Invariant: [`Scores`] gives the same
//! sums as adding each `i8` weight to an `i32`, for any number of features.

use super::CLASSES;

/// Magic, `u32` bucket count, `f32` scale, a bitmap of the buckets with any
/// non-zero weight (one bit a bucket), then 6 `i8` weights for each set bit.
const MAGIC: &[u8; 4] = b"NLS2";

pub struct Model {
    pub buckets: usize,
    pub scale: f32,
    /// Dense weights, expanded once from the sparse file: one word a bucket, byte `c` its
    /// weight for class `c` plus 128 (0 to 255), the two top bytes zero. [`super::classify`] adds
    /// a feature's six weights with two 64-bit additions ([`Scores`]).
    pub(super) rows: Vec<u64>,
}

impl Model {
    /// The weight of bucket `b` for class `c`.
    pub fn weight(&self, b: usize, c: usize) -> i8 {
        ((self.rows[b] >> (8 * c)) as u8 ^ 0x80) as i8
    }
}

/// Every other byte of a word, each in a 16-bit lane.
const EVEN_BYTES: u64 = 0x00FF_00FF_00FF_00FF;

/// The most features [`Scores::add`] may be given between two calls of [`Scores::make_room`] (or after the last).
pub(super) const ROOM: u32 = 64;

/// The class scores of [`super::classify`] as they are summed: the biased weights ([`Model::rows`]) of
/// classes 0, 2, 4 in three 16-bit lanes of `even`, of 1, 3, 5 in `odd`. A lane takes 257
/// weights of at most 255 before it could overflow, so the lanes are moved to `total` when
/// more than 256 - [`ROOM`] features are in them at a call of [`Scores::make_room`] (not tested at each
/// feature); each feature added 128 to every class, taken off at the end.
#[derive(Default)]
pub(super) struct Scores {
    even: u64,
    odd: u64,
    /// Features in the lanes, and moved out of them.
    pending: u32,
    features: u32,
    total: [i64; CLASSES.len()],
}

impl Scores {
    /// Adds a feature's weights; no more than [`ROOM`] between two calls of [`Scores::make_room`].
    #[inline(always)]
    pub(super) fn add(&mut self, row: u64) {
        self.even += row & EVEN_BYTES;
        self.odd += (row >> 8) & EVEN_BYTES;
        self.pending += 1;
    }

    /// Moves the lanes to `total` unless [`ROOM`] more features fit in them.
    pub(super) fn make_room(&mut self) {
        if self.pending > 256 - ROOM {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (c, t) in self.total.iter_mut().enumerate() {
            let lanes = if c % 2 == 0 { self.even } else { self.odd };
            *t += (lanes >> (16 * (c / 2)) & 0xFFFF) as i64;
        }
        (self.even, self.odd) = (0, 0);
        self.features += std::mem::take(&mut self.pending);
    }

    /// Each class's sum of its (unbiased) weights.
    pub(super) fn sums(mut self) -> [i32; CLASSES.len()] {
        self.flush();
        self.total.map(|t| (t - 128 * self.features as i64) as i32)
    }
}

pub fn parse(bytes: &[u8]) -> Option<Model> {
    if bytes.len() < 12 || &bytes[..4] != MAGIC {
        return None;
    }
    let buckets = u32::from_le_bytes(bytes[4..8].try_into().ok()?) as usize;
    let scale = f32::from_le_bytes(bytes[8..12].try_into().ok()?);
    let nc = CLASSES.len();
    let bitmap = bytes.get(12..12 + buckets.div_ceil(8))?;
    let mut rows = bytes[12 + bitmap.len()..].chunks_exact(nc);
    // a bucket with no weights has 128 in each class's byte
    let biased = |row: &[u8]| row.iter().rev().fold(0u64, |word, &x| word << 8 | (x ^ 0x80) as u64);
    let mut words = vec![biased(&[0; CLASSES.len()]); buckets];
    for b in (0..buckets).filter(|b| bitmap[b / 8] & (1 << (b % 8)) != 0) {
        words[b] = biased(rows.next()?);
    }
    (buckets > 0 && rows.next().is_none() && rows.remainder().is_empty()).then_some(Model { buckets, scale, rows: words })
}

/// The file form of dense weights (see [`parse`]).
pub fn encode(buckets: usize, scale: f32, weights: &[i8]) -> Vec<u8> {
    let nc = CLASSES.len();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(buckets as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    let mut bitmap = vec![0u8; buckets.div_ceil(8)];
    let mut rows = Vec::new();
    for (b, row) in weights.chunks_exact(nc).enumerate() {
        if row.iter().any(|&w| w != 0) {
            bitmap[b / 8] |= 1 << (b % 8);
            rows.extend(row.iter().map(|&w| w as u8));
        }
    }
    out.extend(bitmap);
    out.extend(rows);
    out
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::model::MODEL;

    #[test]
    fn the_model_file_round_trips_and_bad_files_are_no_model() {
        let weights: Vec<i8> = (0..16 * 6).map(|i| if i % 7 == 0 { (i % 50) as i8 - 20 } else { 0 }).collect();
        let file = encode(16, 0.5, &weights);
        let m = parse(&file).expect("parses");
        assert_eq!((m.buckets, m.scale), (16, 0.5));
        let read: Vec<i8> = (0..16 * 6).map(|i| m.weight(i / 6, i % 6)).collect();
        assert_eq!(read, weights);
        for bad in [&b""[..], b"NLS2", b"XXXX\x10\x00\x00\x00\x00\x00\x00\x3f", &file[..file.len() - 1]] {
            assert!(parse(bad).is_none(), "{bad:?}");
        }
        assert!(MODEL.is_some(), "the shipped model loads");
    }

    #[test]
    fn scores_sum_the_weights_of_any_number_of_features() {
        // extreme weights, past the 256 features after which the 16-bit lanes are moved
        let rows = [[-128i8, 127, 0, -1, 1, 127], [127, -128, 5, -7, 127, -128]];
        let words: Vec<u64> = rows.iter().map(|r| r.iter().rev().fold(0u64, |w, &x| w << 8 | (x as u8 ^ 0x80) as u64)).collect();
        for n in [0, 1, 255, 256, 257, 1000] {
            let mut scores = Scores::default();
            let mut want = [0i32; 6];
            for i in 0..n {
                scores.add(words[i % 2]);
                if i % ROOM as usize == 0 {
                    scores.make_room();
                }
                for (w, &x) in want.iter_mut().zip(&rows[i % 2]) {
                    *w += x as i32;
                }
            }
            assert_eq!(scores.sums(), want, "{n} features");
        }
    }
}
