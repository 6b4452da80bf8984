//! Spans and offset conversion.
//!
//! Input: the original text and byte offsets into it. Output: the same offsets
//! in UTF-16 code units (JavaScript) or Unicode code points (Python, JSONL).
//! Invariant: every span inside the core is a half-open byte range on UTF-8
//! character boundaries; conversion happens once, at the boundary, in a single
//! pass over the text whatever the number of offsets.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The unit offsets are expressed in outside the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes (the core's own unit).
    Utf8,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// Unicode scalar values (Python string indices).
    CodePoint,
}

impl OffsetUnit {
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf8" | "bytes" => Some(OffsetUnit::Utf8),
            "utf16" => Some(OffsetUnit::Utf16),
            "codepoint" | "codepoints" | "char" => Some(OffsetUnit::CodePoint),
            _ => None,
        }
    }
}

/// Converts byte offsets of one text into another unit.
///
/// One pass over the text notes each character that is not ASCII and how far the
/// offsets after it fall behind the byte offsets; ASCII text has no marks at all.
/// A look-up starts where the last one ended and moves by doubling steps
/// ([`partition_from`]), so converting the spans of a document, which come in text
/// order list by list, costs linear time: no sort, no binary search per offset.
pub struct OffsetMap {
    unit: OffsetUnit,
    /// For each non-ASCII character: (its byte offset, how many bytes minus units the
    /// characters up to and including it take).
    marks: Vec<(usize, usize)>,
    /// Where the last look-up in `marks` ended.
    hint: std::cell::Cell<usize>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut marks = Vec::new();
        // in ASCII text every unit counts one a byte: no marks, and every look-up returns its byte
        if unit != OffsetUnit::Utf8 && !text.is_ascii() {
            let bytes = text.as_bytes();
            let mut behind = 0;
            let mut i = next_non_ascii(bytes, 0);
            while i < bytes.len() {
                if bytes[i] < 0x80 {
                    i = next_non_ascii(bytes, i);
                    continue;
                }
                let len = utf8_len(bytes[i]);
                let units = match unit {
                    OffsetUnit::Utf16 if len == 4 => 2,
                    _ => 1,
                };
                behind += len - units;
                marks.push((i, behind));
                i += len;
            }
        }
        OffsetMap { unit, marks, hint: Default::default() }
    }

    /// The converted value of a byte offset on a char boundary of the text.
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 || self.marks.is_empty() {
            return byte;
        }
        // the characters that start before `byte`
        let i = partition_from(&self.marks, self.hint.get(), |&(at, _)| at < byte);
        self.hint.set(i);
        byte - i.checked_sub(1).map_or(0, |k| self.marks[k].1)
    }
}

/// The offset of the first byte at or after `from` that is not ASCII (the
/// length if none), eight bytes at a time.
pub(crate) fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let from = from.min(bytes.len());
    // (whole blocks of two words from an iterator: no bounds test per block, one test per two words)
    let word = |w: &[u8]| u64::from_le_bytes(w.try_into().unwrap_or_default());
    let passed = bytes[from..].chunks_exact(16).position(|block| (word(&block[..8]) | word(&block[8..])) & 0x8080_8080_8080_8080 != 0);
    let i = from + 16 * passed.unwrap_or((bytes.len() - from) / 16);
    bytes[i..].iter().position(|&b| b >= 0x80).map_or(bytes.len(), |p| i + p)
}

/// The length of the UTF-8 sequence that `lead` starts (1 for a byte that starts none).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// `items.partition_point(before)`, searched from `hint` (the answer of a nearby earlier
/// search): forward by doubling steps when the answer lies after it, else by bisection.
/// A walk of searches through sorted data in order costs linear time in all.
pub fn partition_from<T>(items: &[T], hint: usize, before: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(items.len());
    if hint > 0 && !before(&items[hint - 1]) {
        return items[..hint].partition_point(before);
    }
    let (mut lo, mut step) = (hint, 1);
    while lo + step <= items.len() && before(&items[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    lo + items[lo..(lo + step).min(items.len())].partition_point(before)
}

/// Moves `i` down to the nearest char boundary of `text` (and into bounds).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_non_ascii_finds_the_first_high_byte() {
        let cases: &[(&str, usize, usize)] = &[
            ("", 0, 0),
            ("plain", 0, 5),
            ("café", 0, 3),
            ("0123456789abcdef “quoted”", 0, 17),
            ("0123456789abcdef “quoted”", 20, 26),
            ("0123456789abcdefghij", 9, 20),
            // in the second word of a block of two, and past the first block
            ("0123456789é0123456789abcdefghij", 0, 10),
            ("0123456789abcdefghijklmnopqrstuvwxyz é", 1, 37),
        ];
        for &(text, from, want) in cases {
            assert_eq!(next_non_ascii(text.as_bytes(), from), want, "{text:?} from {from}");
        }
    }

    /// Every char boundary converted, asked forwards, and again backwards (the map's
    /// look-ups start where the last ended, so both directions must give the same).
    fn convert(text: &str, unit: OffsetUnit) -> Vec<usize> {
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let map = OffsetMap::new(text, unit);
        let forwards: Vec<usize> = offsets.iter().map(|&o| map.get(o)).collect();
        let mut backwards: Vec<usize> = offsets.iter().rev().map(|&o| map.get(o)).collect();
        backwards.reverse();
        assert_eq!(forwards, backwards, "{text}");
        forwards
    }

    #[test]
    fn utf16_and_code_points_agree_with_std() {
        for text in ["", "plain ascii", "Kim’s “visit”", "’", "a’b’’c’", &"x’".repeat(40), "emoji 👍🏽 here", "中文 字符", "e\u{301}te\u{301}", "עברית and العربية"] {
            let expect16: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| text[..i].encode_utf16().count())
                .chain([text.encode_utf16().count()])
                .collect();
            let expect_cp: Vec<usize> =
                text.char_indices().map(|(i, _)| text[..i].chars().count()).chain([text.chars().count()]).collect();
            assert_eq!(convert(text, OffsetUnit::Utf16), expect16, "{text}");
            assert_eq!(convert(text, OffsetUnit::CodePoint), expect_cp, "{text}");
        }
    }

    #[test]
    fn utf8_is_identity() {
        let map = OffsetMap::new("ab€", OffsetUnit::Utf8);
        assert_eq!(map.get(5), 5);
    }

    #[test]
    fn floor_boundary_stays_in_char() {
        assert_eq!(floor_boundary("a€b", 2), 1);
        assert_eq!(floor_boundary("a€b", 99), 5);
    }

    #[test]
    fn partition_from_any_hint_equals_partition_point() {
        for len in 0..12usize {
            let items: Vec<usize> = (0..len).map(|i| i * 2).collect();
            for t in 0..=2 * len + 1 {
                let want = items.partition_point(|&x| x <= t);
                for hint in 0..=len + 2 {
                    assert_eq!(partition_from(&items, hint, |&x| x <= t), want, "len {len}, t {t}, hint {hint}");
                }
            }
        }
    }
}
