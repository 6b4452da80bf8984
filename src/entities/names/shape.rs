//! The shape of a word for name finding: capitalised, an initial, a connector
//! ("of", "de", "van"), a compass word, all capitals; and which lines of a text are
//! written in capitals (a wire headline).
//!
//! Input: the text and its tokens. Output: yes/no per token. The ASCII tests stay
//! inline in the callers' loops; other scripts take an out-of-line path.

use crate::span::Span;
use crate::segment::{Token, TokenKind};

const CONNECTORS: &[&str] = &["of", "the", "for", "de", "du", "del", "da", "al", "bin", "van", "von", "la", "le", "der", "den", "ten", "ter"];
// [`is_connector_word`] relies on this
const _: () = {
    let mut i = 0;
    while i < CONNECTORS.len() {
        assert!(CONNECTORS[i].len() <= 3);
        i += 1;
    }
};

const COMPASS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"];

/// A compass word in any case ("North", "WESTERN"); the length test spares most words the comparisons.
pub(super) fn is_compass(w: &str) -> bool {
    // (and the first letter: most words of that length open with none of the compass words' letters)
    (4..=8).contains(&w.len()) && matches!(w.as_bytes()[0] | 0x20, b'n' | b's' | b'e' | b'w' | b'c' | b'u' | b'l' | b'g') && compass_word(w.as_bytes())
}

/// [`is_compass`] past its length test: the word lower-cased on the stack, then compared (one small loop: comparing
/// each entry without regard to case unrolled into 2.8 KB of .wasm).
#[inline(never)]
fn compass_word(w: &[u8]) -> bool {
    let mut buf = [0u8; 8];
    let Some(low) = buf.get_mut(..w.len()) else { return false };
    low.copy_from_slice(w);
    low.make_ascii_lowercase();
    COMPASS.iter().any(|c| c.as_bytes() == &*low)
}

#[inline(always)] // called for every token of every sentence: the ASCII test stays in the caller's loop
pub(super) fn is_cap(text: &str, t: &Token) -> bool {
    // the word's first byte, read without slicing: an ASCII one settles it
    t.kind == TokenKind::Word
        && match text.as_bytes().get(t.span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => starts_upper(t.text(text)),
        }
}

/// Does `w` start with an upper-case letter? The rare non-ASCII path of [`is_cap`].
#[inline(never)]
fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// One of [`CONNECTORS`]; all are at most three bytes long, so a longer word costs one comparison.
#[inline(always)]
pub(super) fn is_connector_word(w: &str) -> bool {
    w.len() <= 3 && CONNECTORS.contains(&w)
}

#[inline]
pub(super) fn is_connector(text: &str, t: &Token) -> bool {
    // (the length first: most words are longer, and are not sliced)
    t.span.len() <= 3 && {
        let w = t.text(text);
        CONNECTORS.contains(&w) || matches!(w, "and" | "&" | "at")
    }
}

/// A possessive "'s" or "’s" token: its length first (most tokens have another), then its text.
pub(super) fn is_possessive(text: &str, t: &Token) -> bool {
    matches!(t.span.len(), 2 | 4) && matches!(t.text(text), "'s" | "’s")
}

pub(super) fn is_initial(text: &str, t: &Token) -> bool {
    let first = text.as_bytes().get(t.span.start);
    match t.span.len() {
        // one byte: an ASCII letter or nothing
        1 => first.is_some_and(u8::is_ascii_uppercase),
        // one character of two to four bytes opens with a non-ASCII byte; any other word is longer than one
        2..=4 if first.is_some_and(|b| !b.is_ascii()) => {
            let mut c = t.text(text).chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        }
        _ => false,
    }
}

pub(super) fn is_quote(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.text(text).chars().all(crate::segment::is_quote_char)
}

/// Does the run `[i, j)` end a work's title in quotation marks that opens with other title words before it: a painting's
/// subtitle in brackets, "No. 31 (Yellow Stripe)", "Untitled (Boxer)" (the whole quoted run is `find`'s own test)?
#[inline(never)] // (rare: after a byte test in `find`)
pub(super) fn title_tail(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let closes = |p: usize| tokens.get(p).is_some_and(|t| !t.space_before && is_quote(text, t));
    // (the closing mark first, right after the run or its bracket: most runs end in neither)
    if !(closes(j) || tokens[j].text(text) == ")" && !tokens[j].space_before && closes(j + 1)) {
        return false;
    }
    // back over capitalised words, numbers and a title's punctuation, at least one of them, to the opening mark on the line
    let title_word = |t: &Token| t.kind == TokenKind::Number || is_cap(text, t) || matches!(t.text(text), "(" | ".");
    let p = (i.saturating_sub(8)..i).rev().find(|&p| !title_word(&tokens[p]) || tokens[p + 1].newline_before);
    p.is_some_and(|p| p + 1 < i && is_quote(text, &tokens[p]) && !tokens[p + 1].space_before && !tokens[p + 1].newline_before)
}

// never inlined: its 17 inlined copies cost 1,185 bytes of the gzipped .wasm; one call each costs 0.44 % more
// instructions natively and nothing measurable in V8 (25.73 ms a corpus pass either way, measured on 2026-11-26)
#[inline(never)]
pub(super) fn is_shouted(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    // for ASCII the letter tests are the ASCII ones: one pass over the bytes, decoding
    // only a word with some other byte
    let mut upper = false;
    for &b in text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default() {
        if b >= 0x80 {
            return is_shouted_unicode(t.text(text));
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        upper |= b.is_ascii_uppercase();
    }
    upper
}

/// Is `w` one word with a capital inside after a lower-case stem of two letters or more, as firms coin names: "KeyCorp",
/// "DeepMind" (not a surname's prefix: "McDonald", "DeSantis", "MacArthur")?
pub(crate) fn is_coinage(w: &str) -> bool {
    let b = w.as_bytes();
    let stem = b.iter().skip(1).take_while(|c| c.is_ascii_lowercase()).count();
    stem >= 2 && b.get(stem + 1).is_some_and(u8::is_ascii_uppercase) && b.get(stem + 2).is_some_and(u8::is_ascii_lowercase) && !w.starts_with("Mac")
}

/// [`is_shouted`] of a word with a non-ASCII byte: some letter, and no lower-case one.
#[inline(never)]
fn is_shouted_unicode(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

/// Per token: does it sit in a line written in capitals (at least three words, nearly all upper-case)?
/// Computed over the whole text, since a wire headline may be split into several sentences.
#[inline(never)] // a stage of its own in profiles
pub fn shouting_lines(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    // marks line `[start, end)` of `words` words if at least 80 % of them are in capitals,
    // counting until one word too many is not
    let mut mark = |start: usize, end: usize, words: usize| {
        let line = &tokens[start..end];
        let mut quiet = 0;
        let shouted = words >= 3 && line.iter().filter(|t| t.kind == TokenKind::Word).all(|t| {
            quiet += !is_shouted(text, t) as usize;
            quiet * 10 <= words * 2
        });
        if shouted {
            out[start..end].iter_mut().for_each(|x| *x = true);
        }
    };
    let mut start = 0;
    let mut words = 0;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && t.newline_before {
            mark(start, i, words);
            start = i;
            words = 0;
        }
        words += (t.kind == TokenKind::Word) as usize;
    }
    if !tokens.is_empty() {
        mark(start, tokens.len(), words);
    }
    out
}

/// The span of tokens `[i, j)`.
pub(super) fn span(tokens: &[Token], i: usize, j: usize) -> Span {
    Span::new(tokens[i].span.start, tokens[j - 1].span.end)
}

/// An initial followed by its period: "A." in "Richard A. Lupoff".
pub(super) fn is_initial_dot(text: &str, tokens: &[Token], k: usize) -> bool {
    is_initial(text, &tokens[k]) && tokens.get(k + 1).is_some_and(|t| t.text(text) == "." && !t.space_before)
        // (the pronoun ending a sentence is no initial: "and so have I.")
        && (tokens[k].text(text) != "I" || tokens.get(k + 2).is_some_and(|t| !t.newline_before && is_cap(text, t)))
}

/// A word right after a hyphen, no space either side: "Being" in "Well-Being".
pub(super) fn glued_after_hyphen(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0 && tokens[k - 1].text(text) == "-" && !tokens[k - 1].space_before && !tokens[k].space_before
}

/// An Arabic article joined by a hyphen to the word after it, which opens a name even after a title: "Mr al-Rumayyan"
/// (not "-Rumayyan"), "Ms el-Sayed".
pub(super) fn joined_article(text: &str, tokens: &[Token], k: usize) -> bool {
    matches!(tokens[k].text(text), "al" | "el") && tokens.get(k + 1).is_some_and(|t| t.text(text) == "-" && !t.space_before)
}

/// Is the token at `j` a dot glued between a word and a web domain's ending, a company named by its address: "Chess.com",
/// "Booking.com" (the dot's byte first: most runs end before a space)?
pub(super) fn web_name(text: &str, tokens: &[Token], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| !t.space_before && t.text(text) == ".")
        && tokens.get(j + 1).is_some_and(|t| !t.space_before && matches!(t.text(text), "com" | "org" | "net" | "io" | "ai"))
}
