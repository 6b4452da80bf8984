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
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›' | '「' | '」')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Tokenises the whole text in one left-to-right pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let byte = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}' {
            space_before = true;
            newline_before |= c == '\n' || c == '\u{2028}' || c == '\u{2029}';
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            // 10,000  3.5  1996-08-30 stays split at '-'
            i += 1;
            while let Some(d) = at(i) {
                if d.is_ascii_digit() {
                    i += 1;
                } else if (d == ',' || d == '.') && at(i + 1).is_some_and(|e| e.is_ascii_digit()) {
                    i += 2;
                } else {
                    break;
                }
            }
            // 2nd, 1990s, 5pm, 10km stay one token
            while at(i).is_some_and(|d| d.is_alphabetic()) {
                i += 1;
            }
            kind = TokenKind::Number;
        } else if is_word_char(c) {
            i += 1;
            loop {
                match at(i) {
                    Some(d) if is_word_char(d) => i += 1,
                    // O'Leary, don't: an apostrophe between letters, but not a possessive 's
                    Some(d) if is_apostrophe(d) && at(i + 1).is_some_and(is_word_char) => {
                        let possessive = matches!(at(i + 1), Some('s') | Some('S'))
                            && !at(i + 2).is_some_and(is_word_char);
                        if possessive {
                            break;
                        }
                        i += 2;
                    }
                    // U.S., a.m., U.N.: single letters separated by dots
                    Some('.') if i - start == 1 && at(i + 1).is_some_and(|e| e.is_alphabetic()) && at(i + 2) == Some('.') => {
                        i += 3;
                        while at(i).is_some_and(|e| e.is_alphabetic())
                            && !at(i + 1).is_some_and(is_word_char)
                            && at(i + 1) == Some('.')
                        {
                            i += 2;
                        }
                        // include the final dot
                        break;
                    }
                    _ => break,
                }
            }
            kind = TokenKind::Word;
        } else if is_apostrophe(c) && matches!(at(i + 1), Some('s') | Some('S')) && !at(i + 2).is_some_and(is_word_char) && start > 0 && is_word_char(chars[start - 1].1) {
            i += 2; // possessive 's
            kind = TokenKind::Word;
        } else if c == '.' && at(i + 1) == Some('.') && at(i + 2) == Some('.') {
            i += 3;
            kind = TokenKind::Punct;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        out.push(Token { span: Span::new(byte(start), byte(i)), kind, space_before, newline_before });
        space_before = false;
        newline_before = false;
    }
    out
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
