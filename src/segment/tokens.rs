//! Tokens: words, numbers and punctuation, as byte spans of the original text.
//!
//! A word keeps internal apostrophes of names (O'Leary, O’Leary) and dotted
//! abbreviations (U.S., a.m.); a possessive `'s`/`’s` is its own token, and so
//! is every hyphen, so "US-led" gives `US`, `-`, `led`.

use super::word_ends::{is_possessive_s, is_word_char, number_end, prev_is_word_char, word_end};
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

/// Is `w` a clock time written with one of `separators`: hours to 23 in one or two digits, then minutes to 59 in
/// two ("14:32", "9.05")?
pub fn is_clock(w: &str, separators: &[char]) -> bool {
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    w.split_once(separators).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && digits(h) && digits(m) && h.parse::<u8>().is_ok_and(|h| h < 24) && m.as_bytes()[0] < b'6'
    })
}

/// Characters between tokens: whitespace, controls and invisible separators.
fn is_gap(c: char) -> bool {
    if c.is_ascii() {
        return c <= ' ' || c == '\u{7F}';
    }
    c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}'
}

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
    fn marks_line_breaks() {
        let toks = tokenize("a\nb c");
        assert!(!toks[0].newline_before && toks[1].newline_before && !toks[2].newline_before);
    }
}
