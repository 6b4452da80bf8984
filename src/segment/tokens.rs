//! Tokens: words, numbers and punctuation, as byte spans of the original text.
//!
//! A word keeps internal apostrophes of names (O'Leary, O’Leary) and dotted
//! abbreviations (U.S., a.m.); a possessive `'s`/`’s` is its own token, and so
//! is every hyphen, so "US-led" gives `US`, `-`, `led`.

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
    /// The token's entry in the word lists, set by [`crate::entities::Lexicon::tag`]
    /// (`UNTAGGED` until then, `UNLISTED` when no list has it).
    pub lex: u32,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›' | '「' | '」')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Characters between tokens: whitespace, controls and invisible separators.
fn is_gap(c: char) -> bool {
    if c.is_ascii() {
        return c <= ' ' || c == '\u{7F}';
    }
    c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}'
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

/// What a byte is to the scanner's main loop: one table look-up per byte, no
/// `char` decoding below 0x80.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Space, tab, CR, vertical tab, form feed.
    Space,
    Newline,
    /// Other ASCII controls and DEL: gaps that words split at whitespace would keep.
    Control,
    Digit,
    Letter,
    Apostrophe,
    Dot,
    /// `!` and `?`.
    Terminal,
    Slash,
    /// Any other ASCII character: a token of its own.
    Punct,
    /// The first byte of a multi-byte character (or a stray continuation byte).
    NonAscii,
}

static CLASS: [Class; 256] = {
    let mut t = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t' | b'\r' | 0x0B | 0x0C => Class::Space,
            b'\n' => Class::Newline,
            0..=0x1F | 0x7F => Class::Control,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'\'' => Class::Apostrophe,
            b'.' => Class::Dot,
            b'!' | b'?' => Class::Terminal,
            b'/' => Class::Slash,
            _ => Class::Punct,
        };
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

/// Tokenises the whole text in one left-to-right pass over its bytes,
/// decoding each character at most a few times and allocating only the output.
pub fn tokenize(text: &str) -> Vec<Token> {
    scan(text).tokens
}

/// What one pass over the text finds: its tokens, and what the segmenter needs besides.
pub(super) struct Scan {
    pub tokens: Vec<Token>,
    /// Some character between tokens is not whitespace (a control or an
    /// invisible separator), which words split at whitespace would keep.
    pub odd_gaps: bool,
    /// Every line (the text split at `\n`), in order.
    pub lines: Vec<Line>,
    /// The byte offset of every `/` (always a token of its own).
    pub slashes: Vec<usize>,
    /// The index of every token that can end a sentence: a `.`, `!`, `?`, `...`
    /// or `…`, or a word ending in a dot (U.S.). A few others (a non-ASCII
    /// punctuation mark whose last byte is that of `…`) may be among them.
    pub stops: Vec<usize>,
}

/// One line of the text, for the paragraphs: where it ends and the tokens up to there.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Line {
    /// The byte offset of its `\n`, or the text's length for the last line.
    pub end: usize,
    /// The number of tokens before its end.
    pub tokens: usize,
    /// The number of those that come right after whitespace (or the start of the text).
    pub spaced: usize,
}

/// [`tokenize`], noting line breaks, slashes and odd gaps on the way.
pub(super) fn scan(text: &str) -> Scan {
    let mut odd_gaps = false;
    let mut lines = Vec::with_capacity(text.len() / 128 + 1);
    let mut slashes = Vec::new();
    let mut stops = Vec::with_capacity(text.len() / 64 + 1);
    let mut spaced = 0;
    // news text has a token every 4.9 bytes: this rarely grows
    let mut out = Vec::with_capacity(text.len() / 4 + 4);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let kind = match CLASS[b as usize] {
            Class::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            Class::Newline => {
                space_before = true;
                newline_before = true;
                lines.push(Line { end: i, tokens: out.len(), spaced });
                i += 1;
                continue;
            }
            Class::Control => {
                space_before = true;
                odd_gaps = true;
                i += 1;
                continue;
            }
            Class::Digit => {
                i = number_end(text, i + 1);
                TokenKind::Number
            }
            Class::Letter => {
                let dotted;
                (i, dotted) = word_end(text, i + 1);
                if dotted {
                    stops.push(out.len());
                }
                TokenKind::Word
            }
            Class::Apostrophe if is_possessive_s(text, i + 1) && prev_is_word_char(text, start) => {
                i += 2; // possessive 's
                TokenKind::Word
            }
            Class::Dot | Class::Terminal => {
                i += if b == b'.' && bytes[i + 1..].starts_with(b"..") { 3 } else { 1 };
                stops.push(out.len());
                TokenKind::Punct
            }
            Class::Slash => {
                slashes.push(i);
                i += 1;
                TokenKind::Punct
            }
            Class::Apostrophe | Class::Punct => {
                i += 1;
                TokenKind::Punct
            }
            Class::NonAscii => {
                let Some(c) = text[i..].chars().next() else { break };
                i += c.len_utf8();
                if is_gap(c) {
                    odd_gaps |= !c.is_whitespace();
                    space_before = true;
                    newline_before |= c == '\u{2028}' || c == '\u{2029}';
                    continue;
                }
                if is_word_char(c) {
                    let dotted;
                    (i, dotted) = word_end(text, i);
                    if dotted {
                        stops.push(out.len());
                    }
                    TokenKind::Word
                } else if c == '’' && is_possessive_s(text, i) && prev_is_word_char(text, start) {
                    i += 1; // possessive ’s
                    TokenKind::Word
                } else {
                    // `…` (and any other mark whose last byte is the same)
                    if bytes[i - 1] == 0xA6 {
                        stops.push(out.len());
                    }
                    TokenKind::Punct
                }
            }
        };
        spaced += space_before as usize;
        out.push(Token { span: Span::new(start, i), kind, space_before, newline_before, lex: crate::entities::lexicon::UNTAGGED });
        newline_before = false;
        // most tokens are followed by one space: skip it without a dispatch
        space_before = bytes.get(i) == Some(&b' ');
        i += space_before as usize;
    }
    lines.push(Line { end: text.len(), tokens: out.len(), spaced });
    Scan { tokens: out, odd_gaps, lines, slashes, stops }
}

/// The end of a number whose first digit ends at `i`: 10,000  3.5  (1996-08-30 stays split at '-'),
/// and a letter suffix: 2nd, 1990s, 5pm, 10km stay one token.
#[inline(always)]
fn number_end(text: &str, mut i: usize) -> usize {
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
fn word_end(text: &str, mut i: usize) -> (usize, bool) {
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
fn prev_is_word_char(text: &str, start: usize) -> bool {
    match start.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => false,
        Some(b) if b < 0x80 => ASCII_ALNUM[b as usize],
        Some(_) => text[..start].chars().next_back().is_some_and(is_word_char),
    }
}

/// An `s`/`S` at byte `i` that ends a word: the `s` of a possessive `'s`.
fn is_possessive_s(text: &str, i: usize) -> bool {
    matches!(char_at(text, i), Some('s' | 'S')) && !char_at(text, i + 1).is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn tokenizes_names_numbers_and_punctuation() {
        let cases: &[(&str, &[&str])] = &[
            ("US-led talks", &["US", "-", "led", "talks"]),
            ("Kim's father", &["Kim", "'s", "father"]),
            ("Kim’s father", &["Kim", "’s", "father"]),
            ("O'Leary and O’Leary", &["O'Leary", "and", "O’Leary"]),
            ("the U.S. said", &["the", "U.S.", "said"]),
            ("10,000 people, 3.5%", &["10,000", "people", ",", "3.5", "%"]),
            ("₹2,700 and $50", &["₹", "2,700", "and", "$", "50"]),
            ("“Hello,” he said…", &["“", "Hello", ",", "”", "he", "said", "…"]),
            ("wait...", &["wait", "..."]),
            ("the 1990s, 2nd", &["the", "1990s", ",", "2nd"]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "{text}");
        }
    }

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

    #[test]
    fn marks_line_breaks() {
        let toks = tokenize("a\nb c");
        assert!(!toks[0].newline_before && toks[1].newline_before && !toks[2].newline_before);
    }
}
