//! How far a word or a number runs, for the tokenizer's scan: byte offsets in
//! the text (char boundaries) to byte offsets. ASCII letters and digits are
//! matched 8 bytes at a time; other characters are decoded only where they occur.

/// A letter, digit or combining mark: what a word is made of.
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// ASCII letters and digits, by byte value.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` (a char boundary), if any; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[i..].chars().next(),
    }
}

/// The byte offset after the character at `i` (`i` itself at the end of the text).
#[inline]
fn after(text: &str, i: usize) -> usize {
    i + char_at(text, i).map_or(0, char::len_utf8)
}

/// The end of a number whose first digit ends at `i`: 10,000  3.5  (1996-08-30 stays split at '-'),
/// and a letter suffix: 2nd, 1990s, 5pm, 10km stay one token.
#[inline(always)]
pub(super) fn number_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&d) = bytes.get(i) {
        if d.is_ascii_digit() {
            i += 1;
        } else if (d == b',' || d == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 2;
        } else {
            break;
        }
    }
    while let Some(&d) = bytes.get(i) {
        if d.is_ascii_alphabetic() {
            i += 1;
        } else if d >= 0x80 && char_at(text, i).is_some_and(char::is_alphabetic) {
            i = after(text, i);
        } else {
            break;
        }
    }
    i
}

/// The end of a word whose first character ends at `i`, and whether it ends in a dot (U.S.).
#[inline(always)]
pub(super) fn word_end(text: &str, mut i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let first_end = i;
    loop {
        // the common case first: ASCII letters and digits
        i = alnum_run(bytes, i);
        let Some(&d) = bytes.get(i) else { return (i, false) };
        let apostrophe_len = match d {
            b'\'' => 1,
            b'.' => {
                // U.S., a.m., U.N.: single letters separated by dots
                if i == first_end && at_alphabetic(text, i + 1) && char_at(text, after(text, i + 1)) == Some('.') {
                    i = after(text, i + 1) + 1;
                    while let Some(e) = char_at(text, i).filter(|e| e.is_alphabetic()) {
                        if char_at(text, i + e.len_utf8()) != Some('.') {
                            break;
                        }
                        i += e.len_utf8() + 1;
                    }
                    // include the final dot
                    return (i, true);
                }
                return (i, false);
            }
            0..0x80 => return (i, false),
            _ => match char_at(text, i) {
                Some(c) if is_word_char(c) => {
                    i += c.len_utf8();
                    continue;
                }
                Some('’') => 3,
                _ => return (i, false),
            },
        };
        // O'Leary, don't: an apostrophe between letters, but not a possessive 's
        let j = i + apostrophe_len;
        if !char_at(text, j).is_some_and(is_word_char) || is_possessive_s(text, j) {
            return (i, false);
        }
        i = after(text, j);
    }
}

/// The end of the run of ASCII letters and digits from `i`: eight bytes at a
/// time while eight are left (a word has some 5), then byte by byte.
#[inline(always)]
fn alnum_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let other = !alnum_lanes(x) & HIGH_BITS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&d| ASCII_ALNUM[d as usize]) {
        i += 1;
    }
    i
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a word.
const fn lanes(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The high bit of each byte of `x` that is an ASCII letter or digit (SWAR:
/// adding `0x80 - lo` to a 7-bit lane sets its high bit exactly when it is `>= lo`,
/// and no lane carries into the next).
#[inline(always)]
fn alnum_lanes(x: u64) -> u64 {
    let low = x & !HIGH_BITS;
    let folded = low | lanes(0x20); // 'A'..='Z' to 'a'..='z'
    let letter = folded.wrapping_add(lanes(0x80 - b'a')) & !folded.wrapping_add(lanes(0x7F - b'z'));
    let digit = low.wrapping_add(lanes(0x80 - b'0')) & !low.wrapping_add(lanes(0x7F - b'9'));
    (letter | digit) & !x & HIGH_BITS
}

fn at_alphabetic(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(char::is_alphabetic)
}

/// The character before byte `start` is a letter, digit or combining mark.
pub(super) fn prev_is_word_char(text: &str, start: usize) -> bool {
    match start.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => false,
        Some(b) if b < 0x80 => ASCII_ALNUM[b as usize],
        Some(_) => text[..start].chars().next_back().is_some_and(is_word_char),
    }
}

/// An `s`/`S` at byte `i` that ends a word: the `s` of a possessive `'s`.
pub(super) fn is_possessive_s(text: &str, i: usize) -> bool {
    matches!(char_at(text, i), Some('s' | 'S')) && !char_at(text, i + 1).is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_lanes_agree_with_the_byte_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = lanes(b'-') & !(0xFF << (8 * at)) | (b as u64) << (8 * at);
                assert_eq!(alnum_lanes(x) >> (8 * at) & 0x80 != 0, b.is_ascii_alphanumeric(), "{b:#x} at {at}");
            }
        }
        let text = "abcdefgh1234XYZ- Zürich";
        assert_eq!(alnum_run(text.as_bytes(), 0), 15);
        assert_eq!(alnum_run(text.as_bytes(), 17), 18);
    }
}
