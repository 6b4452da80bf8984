//! The span model's feature hashes: FNV-1a over a template tag and a word's lower-cased bytes, and the word's shape,
//! computed without allocating (ASCII words byte by byte; the fixed feature names at compile time).

use crate::segment::Token;

/// FNV-1a over a template tag and the bytes of lower-case ASCII text: the
/// same value [`hash`] gives, computable at compile time for the fixed features (and used
/// at run time for the bytes of a word known to be ASCII).
pub(super) const fn hash_ascii(tag: u8, s: &[u8]) -> u32 {
    let mut h: u32 = (0x811c_9dc5 ^ tag as u32).wrapping_mul(0x0100_0193);
    let mut i = 0;
    while i < s.len() {
        h ^= s[i].to_ascii_lowercase() as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// FNV-1a over a template tag and the lower-cased text, without allocating.
pub(super) fn hash(tag: u8, s: &str) -> u32 {
    // ASCII text hashes its bytes as they come (the general path below gives the
    // same for ASCII, decoding): one pass that gives up at the first other byte
    let mut h: u32 = (0x811c_9dc5 ^ tag as u32).wrapping_mul(0x0100_0193);
    let mut ascii = true;
    for &b in s.as_bytes() {
        if b >= 0x80 {
            ascii = false;
            break;
        }
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
    }
    if ascii {
        return h;
    }
    let mut h: u32 = 0x811c_9dc5 ^ tag as u32;
    h = h.wrapping_mul(0x0100_0193);
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = if c == '’' { '\'' } else { c };
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= b as u32;
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The hashes of the fixed feature names, computed once at compile time.
pub(super) const BIAS: u32 = hash_ascii(0, b"bias");
pub(super) const COMMON: u32 = hash_ascii(31, b"common");
pub(super) const LEN: u32 = hash_ascii(6, b"len");
pub(super) const CAPS: u32 = hash_ascii(7, b"caps");
pub(super) const TITLE: u32 = hash_ascii(8, b"title");
pub(super) const LINE_START: u32 = hash_ascii(14, b"line_start");
/// `hash(tag, "list")` for the list tags 20..=30.
pub(super) const LIST: [u32; 11] = {
    let mut out = [0; 11];
    let mut i = 0;
    while i < out.len() {
        out[i] = hash_ascii(20 + i as u8, b"list");
        i += 1;
    }
    out
};

pub(super) fn combine(a: u32, b: u32) -> u32 {
    (a ^ b.rotate_left(13)).wrapping_mul(0x9e37_79b1)
}

/// One character class per character, runs collapsed: "McDonald" → "XxXx", "U.S." → "X.X.".
fn shape_hash(tag: u8, s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5 ^ tag as u32;
    let mut last = '\0';
    let mut add = |k: char| {
        if k != last {
            h = (h ^ k as u32).wrapping_mul(0x0100_0193);
            last = k;
        }
    };
    if s.is_ascii() {
        // the same classes without decoding: for ASCII, upper/lower/numeric are the ASCII tests
        s.bytes().for_each(|b| add(SHAPE_CLASS[b as usize] as char));
    } else {
        s.chars().for_each(|c| add(if c.is_uppercase() { 'X' } else if c.is_lowercase() { 'x' } else if c.is_numeric() { 'd' } else { c }));
    }
    h
}

/// [`hash`] of an ASCII word under each of `tags`, its [`shape_hash`] under `shape_tag`, and
/// whether it has a lower-case letter, from one pass over its bytes; `None` at the first
/// non-ASCII byte (such a word is hashed as text, see [`token_hashes`]).
#[inline]
pub(super) fn ascii_word_hashes<const N: usize>(tags: [u8; N], shape_tag: u8, w: &[u8]) -> Option<([u32; N], u32, bool)> {
    let mut h = tags.map(|tag| (0x811c_9dc5 ^ tag as u32).wrapping_mul(0x0100_0193));
    let mut shape: u32 = 0x811c_9dc5 ^ shape_tag as u32;
    let mut last = 0;
    let mut lower = false;
    for &b in w {
        if b >= 0x80 {
            return None;
        }
        let l = b.to_ascii_lowercase();
        h.iter_mut().for_each(|h| *h = (*h ^ l as u32).wrapping_mul(0x0100_0193));
        lower |= b.is_ascii_lowercase();
        let class = SHAPE_CLASS[b as usize];
        if class != last {
            shape = (shape ^ class as u32).wrapping_mul(0x0100_0193);
            last = class;
        }
    }
    Some((h, shape, lower))
}

/// The bytes of token `t`, without the character-boundary checks of slicing the text.
pub(super) fn bytes_of<'t>(text: &'t str, t: &Token) -> &'t [u8] {
    text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default()
}

/// [`ascii_word_hashes`] of token `t`, or for a word with another byte the same hashes of
/// its text (its lower-case flag is then false: callers ask it of ASCII words only).
pub(super) fn token_hashes<const N: usize>(tags: [u8; N], shape_tag: u8, text: &str, t: &Token) -> ([u32; N], u32, bool) {
    ascii_word_hashes(tags, shape_tag, bytes_of(text, t)).unwrap_or_else(|| {
        let w = t.text(text);
        (tags.map(|tag| hash(tag, w)), shape_hash(shape_tag, w), false)
    })
}

/// [`hash`] of token `t`'s text under `tag` and its [`shape_hash`] under `shape_tag`, read as bytes when ASCII.
pub(super) fn token_word_and_shape(tag: u8, shape_tag: u8, text: &str, t: &Token) -> (u32, u32) {
    let mut h: u32 = (0x811c_9dc5 ^ tag as u32).wrapping_mul(0x0100_0193);
    let mut shape: u32 = 0x811c_9dc5 ^ shape_tag as u32;
    let mut last = 0;
    for &b in bytes_of(text, t) {
        if b >= 0x80 {
            let w = t.text(text);
            return (hash(tag, w), shape_hash(shape_tag, w));
        }
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
        let class = SHAPE_CLASS[b as usize];
        if class != last {
            shape = (shape ^ class as u32).wrapping_mul(0x0100_0193);
            last = class;
        }
    }
    (h, shape)
}

/// [`hash`] of token `t`'s text under `tag`, read as bytes when ASCII.
pub(super) fn token_hash(tag: u8, text: &str, t: &Token) -> u32 {
    let mut h: u32 = (0x811c_9dc5 ^ tag as u32).wrapping_mul(0x0100_0193);
    for &b in bytes_of(text, t) {
        if b >= 0x80 {
            return hash(tag, t.text(text));
        }
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// The shape class of each ASCII byte: `X` upper case, `x` lower case, `d` digit, else the byte itself.
const SHAPE_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() { b'X' } else if c.is_ascii_lowercase() { b'x' } else if c.is_ascii_digit() { b'd' } else { c };
        b += 1;
    }
    table
};
