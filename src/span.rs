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
/// Built from the set of offsets that will be asked for: they are sorted once
/// and resolved in one walk over the text, so the cost is
/// O(text + k log k) for k offsets, never O(text × k).
pub struct OffsetMap {
    unit: OffsetUnit,
    /// Sorted, deduplicated (byte offset, converted offset) pairs.
    table: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Resolves every offset in `offsets` (byte offsets on char boundaries of `text`).
    pub fn new(text: &str, unit: OffsetUnit, mut offsets: Vec<usize>) -> OffsetMap {
        offsets.sort_unstable();
        offsets.dedup();
        if unit == OffsetUnit::Utf8 {
            return OffsetMap { unit, table: Vec::new() };
        }
        let mut table = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut converted = 0usize;
        for (byte, ch) in text.char_indices() {
            while let Some(&w) = wanted.peek() {
                if w > byte {
                    break;
                }
                // Offsets inside a character (never produced by the core) round down.
                table.push((w, converted));
                wanted.next();
            }
            if wanted.peek().is_none() {
                break;
            }
            converted += match unit {
                OffsetUnit::Utf16 => ch.len_utf16(),
                _ => 1,
            };
        }
        for w in wanted {
            table.push((w, converted));
        }
        OffsetMap { unit, table }
    }

    /// The converted value of a byte offset given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            // Not registered: fall back to the nearest registered offset below
            // (callers register every offset they convert; this keeps it total).
            Err(0) => 0,
            Err(i) => self.table[i - 1].1,
        }
    }
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

    fn convert(text: &str, unit: OffsetUnit) -> Vec<usize> {
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let map = OffsetMap::new(text, unit, offsets.clone());
        offsets.iter().map(|&o| map.get(o)).collect()
    }

    #[test]
    fn utf16_and_code_points_agree_with_std() {
        for text in ["", "plain ascii", "Kim’s “visit”", "emoji 👍🏽 here", "中文 字符", "e\u{301}te\u{301}", "עברית and العربية"] {
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
        let map = OffsetMap::new("ab€", OffsetUnit::Utf8, vec![5]);
        assert_eq!(map.get(5), 5);
    }

    #[test]
    fn floor_boundary_stays_in_char() {
        assert_eq!(floor_boundary("a€b", 2), 1);
        assert_eq!(floor_boundary("a€b", 99), 5);
    }
}
