//! Data files under `src/data/`, as the binary holds them.
//!
//! Every file loses its `#` header lines (source, licence, format) at compile time: they document the file and need
//! not be shipped ([`data_file`]). Most sorted lists (common words, names, cities, keywords) are also front-coded at
//! compile time ([`coded_list`]): each line keeps only what differs from the line before it, after one byte counting
//! the bytes it shares ("abandon", "abandoned" → `\0abandon`, `\x07ed`); that byte also ends the line before it, so no
//! newline is stored. gzip finds those shared prefixes too, but pays a back-reference for each; front-coded, the four
//! largest lists took 12.5 KB less of the gzipped .wasm, without the newlines the six largest take 3.0 KB less again,
//! and ten smaller lists save 0.7 KB more (four, the demonyms, currencies, months and weekdays, would gain less than
//! their own expansion code costs).
//! They are expanded once, when first read, into a `String` that lives as long as the program.

/// Where a data file's entries start: after its `#` header lines. See [`data_file`].
pub const fn body_start(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] == b'#' {
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    if i > b.len() { b.len() } else { i }
}

/// The `N` bytes of `s` from byte `from` on, copied at compile time (see [`data_file`]).
pub const fn bytes_from<const N: usize>(s: &str, from: usize) -> [u8; N] {
    let b = s.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = b[from + i];
        i += 1;
    }
    out
}

/// A data file under `src/data/` as a `&'static str`, without its `#` header lines: evaluated at compile time,
/// so the binary (and the .wasm) holds the entries only.
macro_rules! data_file {
    ($path:literal) => {
        const {
            const RAW: &str = include_str!($path);
            const FROM: usize = $crate::entities::lexicon::data::body_start(RAW);
            const BODY: [u8; RAW.len() - FROM] = $crate::entities::lexicon::data::bytes_from(RAW, FROM);
            match std::str::from_utf8(&BODY) {
                Ok(s) => s,
                Err(_) => panic!("a data file is not UTF-8"),
            }
        }
    };
}
pub(crate) use data_file;

/// A sorted data file under `src/data/` as a `&'static str` without its header, held front-coded in the binary
/// (see the module's comment) and expanded on first use. Each use of the macro expands its own copy: read a list
/// used in two places through one function.
macro_rules! coded_list {
    ($path:literal) => {{
        const RAW: &str = include_str!($path);
        const FROM: usize = $crate::entities::lexicon::data::body_start(RAW);
        const LEN: usize = $crate::entities::lexicon::data::front_code(RAW.as_bytes(), FROM, &mut []);
        const CODED: [u8; LEN] = $crate::entities::lexicon::data::front_coded(RAW, FROM);
        static TEXT: std::sync::LazyLock<String> =
            std::sync::LazyLock::new(|| $crate::entities::lexicon::data::expand(&CODED));
        TEXT.as_str()
    }};
}
pub(crate) use coded_list;

/// The most bytes a line may share with the line before it: the count's byte also marks where the line starts,
/// so it must be a control byte no entry holds (see [`count_byte`]).
const MAX_SHARED: usize = 30;

/// The byte that opens a line and counts the bytes it shares: 0 to 31 without 9, the tab that separates an entry's
/// fields. No `\n` is stored: the byte ends the line before it (gzip spent about 3 KB on the newlines).
const fn count_byte(shared: usize) -> u8 {
    (if shared < 9 { shared } else { shared + 1 }) as u8
}

/// The count [`count_byte`] coded, for a byte that is one: below 32 and no tab.
fn shared_of(byte: u8) -> Option<usize> {
    (byte < 0x20 && byte != b'\t').then_some(if byte < 9 { byte } else { byte - 1 } as usize)
}

/// Front-codes the lines of `b` from byte `from` on into `out` (when it is long enough; pass an empty slice to
/// measure) and returns the coded length. A shared prefix never ends inside a UTF-8 character. Each line, the
/// empty one after a final `\n` too, is its count byte and the bytes it does not share.
pub const fn front_code(b: &[u8], from: usize, out: &mut [u8]) -> usize {
    let write = !out.is_empty();
    let (mut prev, mut prev_len) = (from, 0);
    let (mut at, mut n) = (from, 0);
    loop {
        let mut end = at;
        while end < b.len() && b[end] != b'\n' {
            end += 1;
        }
        let len = end - at;
        let mut shared = 0;
        while shared < len && shared < prev_len && shared < MAX_SHARED && b[at + shared] == b[prev + shared] {
            shared += 1;
        }
        while shared > 0 && shared < len && b[at + shared] & 0xC0 == 0x80 {
            shared -= 1;
        }
        if write {
            out[n] = count_byte(shared);
        }
        n += 1;
        let mut i = at + shared;
        while i < end {
            if write {
                out[n] = b[i];
            }
            n += 1;
            i += 1;
        }
        if end == b.len() {
            return n;
        }
        (prev, prev_len) = (at, len);
        at = end + 1;
    }
}

/// [`front_code`] into an array of its length, at compile time.
pub const fn front_coded<const N: usize>(s: &str, from: usize) -> [u8; N] {
    let mut out = [0u8; N];
    front_code(s.as_bytes(), from, &mut out);
    out
}

/// The text [`front_code`] coded.
pub fn expand(coded: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut prev = 0;
    let mut rest = coded;
    while let Some((&count, tail)) = rest.split_first() {
        if rest.len() < coded.len() {
            out.push(b'\n');
        }
        let line = out.len();
        let shared = shared_of(count).unwrap_or(0);
        out.extend_from_within(prev..prev + shared);
        let end = tail.iter().position(|&c| shared_of(c).is_some()).unwrap_or(tail.len());
        out.extend_from_slice(&tail[..end]);
        prev = line;
        rest = &tail[end..];
    }
    // the coded bytes are a UTF-8 text cut at character boundaries only
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        let mut out = vec![0u8; front_code(text.as_bytes(), 0, &mut [])];
        if !out.is_empty() {
            front_code(text.as_bytes(), 0, &mut out);
        }
        expand(&out)
    }

    #[test]
    fn front_coding_round_trips() {
        for text in ["", "a", "a\n", "abandon\nabandoned\nabandons\nable\n", "x\n\nx\nx", "Zürich\nZürichsee\nZ\u{fc}\u{308}\n",
            "café\ncafè\ncafé\tdrink\n", "\n\n", "São Paulo\nSão Tomé\tST"] {
            assert_eq!(round_trip(text), text);
        }
        // a shared prefix that would end inside "é" (two bytes) stops before it
        let mut out = [0u8; 6];
        assert_eq!(front_code("é\nè".as_bytes(), 0, &mut out), 6);
        assert_eq!(&out, b"\0\xc3\xa9\0\xc3\xa8");
        // counts past 8 skip the tab's byte, and stop at 30
        let mut out = [0u8; 29];
        assert_eq!(front_code("abcdefghij\nabcdefghijk\n".as_bytes(), 0, &mut out), 14);
        assert_eq!(&out[..14], b"\0abcdefghij\x0bk\0");
        let long = format!("{0}a\n{0}b\n", "x".repeat(300));
        assert_eq!(round_trip(&long), long);
    }

    #[test]
    fn headers_stay_out_of_the_binary() {
        assert_eq!(body_start("# a\n# b\nx\ty\n"), 8);
        assert_eq!(body_start("# only a header"), 15);
        assert_eq!(body_start("x\n# not a header\n"), 0);
        assert_eq!(data_file!("../../data/months.txt").lines().next(), Some("Apr\t4"));
    }

    #[test]
    fn coded_lists_expand_to_their_files() {
        macro_rules! same {
            ($($path:literal),*) => {$(
                assert_eq!(coded_list!($path), data_file!($path), "{}", $path);
                assert!(coded_list!($path).len() > 200, "{}", $path);
            )*};
        }
        same!("../../data/cities.txt", "../../data/regions.txt", "../../data/given_names.txt", "../../data/surnames.txt",
            "../../data/orgs.txt", "../../data/common_words.txt", "../../data/countries.txt", "../../data/groups.txt",
            "../../data/org_keywords.txt", "../../data/name_keywords.txt", "../../data/titles.txt", "../../data/number_words.txt",
            "../../data/events.txt", "../../data/stopwords.txt", "../../data/claim_verbs.txt", "../../data/claim_anonymous.txt");
    }
}
