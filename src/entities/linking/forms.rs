//! The forms linking compares mentions by: a mention's lower-cased words, the
//! key an abbreviation is looked up by, and the initials a name would have.
//!
//! Input: a mention's text. Output: its words appended to a shared byte buffer
//! (single spaces between them), or fixed arrays; nothing else is allocated.
//! Invariant: ASCII and non-ASCII text give the same words for the same letters
//! (curly apostrophes become straight ones, Latin letters lose their diacritics).

use crate::entities::lexicon::plain;

const SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "de", "la", "du", "del", "a", "an", "in", "on", "at"];

/// For each ASCII byte: the byte lower-cased if it belongs to a word (a letter,
/// a digit or an apostrophe), else 0.
const WORD_BYTES: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'\'' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Appends the lower-cased words of `s` to `out`, separated by single spaces
/// (a word holds letters, digits and apostrophes only, so no space), and
/// returns how many words there were.
pub(super) fn push_words(s: &str, out: &mut Vec<u8>) -> u32 {
    let mut n = 0;
    // ASCII text gives the same words as below byte by byte: a word byte lower-cased, any
    // other a gap; at the first other byte, what was appended is taken back
    let start = out.len();
    let mut gap = true;
    let mut ascii = true;
    for &b in s.as_bytes() {
        if b >= 0x80 {
            ascii = false;
            break;
        }
        let c = WORD_BYTES[b as usize];
        if c == 0 {
            gap = true;
            continue;
        }
        if gap {
            if n > 0 {
                out.push(b' ');
            }
            n += 1;
            gap = false;
        }
        out.push(c);
    }
    if ascii {
        return n;
    }
    out.truncate(start);
    n = 0;
    for w in s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()) {
        if n > 0 {
            out.push(b' ');
        }
        n += 1;
        for c in w.chars().flat_map(char::to_lowercase).map(plain) {
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
    n
}

/// Short forms of given names ("tom"), each to the formal name it stands for ("thomas"):
/// a hash look-up of the short form gives the formal name's index in the list.
static NICKNAMES: std::sync::LazyLock<(crate::hash::KeyTable, Vec<&'static str>)> = std::sync::LazyLock::new(|| {
    let data = crate::entities::lexicon::data_file!("../../data/nicknames.txt");
    let mut table = crate::hash::KeyTable::default();
    let mut formal = Vec::new();
    for (short, long) in data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once('\t')) {
        table.get_or_insert(short.trim().as_bytes(), formal.len() as u32);
        formal.push(long.trim());
    }
    (table, formal)
});

/// The formal given name a short one stands for ("tom" → "thomas").
pub(super) fn formal_name(short: &[u8]) -> Option<&'static [u8]> {
    // every short form has two to seven letters: most names are settled without a look-up
    if !(2..=7).contains(&short.len()) {
        return None;
    }
    let (table, formal) = &*NICKNAMES;
    table.get(short).map(|k| formal[k as usize].as_bytes())
}

/// The word an organisation's clipped name stands for ("fed" → "federal": "the Fed" is the "Federal Reserve").
pub(super) fn unclipped(short: &[u8]) -> Option<&'static [u8]> {
    const CLIPPINGS: &[(&[u8], &[u8])] = &[(b"fed", b"federal"), (b"met", b"metropolitan"), (b"uni", b"university")];
    CLIPPINGS.iter().find(|(s, _)| *s == short).map(|(_, long)| *long)
}

/// Rewrites the given name of a person's words, the words from `start` of `out`, to the
/// formal name it is short for ("bill clinton" → "william clinton"), so that "Bill Clinton"
/// and "William Jefferson Clinton" share their words. A single word stays as it is.
pub(super) fn formal_given_name(out: &mut Vec<u8>, start: usize) {
    let words = &out[start..];
    let Some(end) = words.iter().position(|&b| b == b' ') else { return };
    let Some(formal) = formal_name(&words[..end]) else { return };
    out.splice(start..start + end, formal.iter().copied());
}

/// An abbreviation's capitals, NUL-padded: an abbreviation has at most 8 letters
/// ([`is_abbreviation`]) and a capital is a letter, so initials that could ever
/// be spelt by one fit in 8 characters of at most 4 bytes.
pub(super) type Initials = [u8; 32];

/// The capitals an abbreviation of `name` would have ("United Nations" → "UN"),
/// if there are two to eight of them.
pub(super) fn initials(name: &str) -> Option<Initials> {
    let mut out = [0u8; 32];
    let mut len = 0;
    let mut parts = 0;
    let mut count = 0;
    // a part's first character counts if it is a capital and the part no small word ("of", "the")
    let small = |w: &[u8]| w.len() <= 3 && SMALL_WORDS.iter().any(|s| s.as_bytes().eq_ignore_ascii_case(w));
    let mut push = |c: char| {
        count += 1;
        if count <= 8 {
            len += c.encode_utf8(&mut out[len..len + 4]).len();
        }
    };
    if name.is_ascii() {
        // the same parts as below: for ASCII, the white space is tab to carriage return and the space
        for w in name.as_bytes().split(|&b| matches!(b, b'\t'..=b'\r' | b' ' | b'-')).filter(|w| !w.is_empty()) {
            parts += 1;
            if ascii_capitals(w) {
                w.iter().filter(|b| b.is_ascii_uppercase()).for_each(|&b| push(b as char));
            } else if w[0].is_ascii_uppercase() && !small(w) {
                push(w[0] as char);
            }
        }
    } else {
        for w in name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
            parts += 1;
            if capitals(w.chars()) {
                w.chars().filter(|c| c.is_uppercase()).for_each(&mut push);
            } else if let Some(c) = w.chars().next().filter(|c| c.is_uppercase() && !small(w.as_bytes())) {
                push(c);
            }
        }
    }
    (parts >= 2 && (2..=8).contains(&count)).then_some(out)
}

/// Is a part of a name an abbreviation itself, all its two or more letters capitals
/// ("U.N." in "U.N. High Commissioner for Refugees", whose initials are "UNHCR")?
fn capitals(part: impl Iterator<Item = char> + Clone) -> bool {
    let letters = part.clone().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}

/// [`capitals`] of an ASCII part, in one pass that stops at its first lower-case letter (most parts: "Nations").
fn ascii_capitals(part: &[u8]) -> bool {
    let mut letters = 0;
    for &b in part {
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += b.is_ascii_uppercase() as u32;
    }
    letters >= 2
}

/// The key an abbreviation looks its name up by: its text without periods
/// ("U.N." → "UN"), or None when no initials could equal it.
pub(super) fn abbreviation_key(s: &str) -> Option<Initials> {
    let mut out = [0u8; 32];
    for (len, &b) in s.as_bytes().iter().filter(|&&b| b != b'.').enumerate() {
        // initials hold no NUL and at most 32 bytes
        if b == 0 || len == out.len() {
            return None;
        }
        out[len] = b;
    }
    Some(out)
}

/// Is this lower-cased word a generation after a name ("Jr", "III")?
pub(super) fn is_generation(w: &[u8]) -> bool {
    matches!(w, b"jr" | b"sr" | b"ii" | b"iii" | b"iv")
}

/// Has `s` a lower-case letter, and might it be an abbreviation ([`is_abbreviation`])? ASCII text is read in
/// one pass over its bytes that stops at the first lower-case letter (most names: "Putin"), not once a question.
pub(super) fn case_and_abbreviation(s: &str) -> (bool, bool) {
    let (mut letters, mut space) = (0, false);
    for &b in s.as_bytes() {
        if b.is_ascii_lowercase() {
            return (true, false);
        }
        if b >= 0x80 {
            let lower = s.chars().any(char::is_lowercase);
            return (lower, !lower && is_abbreviation(s));
        }
        space |= b == b' ';
        letters += b.is_ascii_alphabetic() as u32;
    }
    (false, !space && (2..=8).contains(&letters))
}

fn is_abbreviation(s: &str) -> bool {
    let b = s.as_bytes();
    // an ASCII lower-case letter or a space, usually by the second byte, settles most names at once, whatever the rest
    if b.iter().any(|&b| b.is_ascii_lowercase() || b == b' ') {
        return false;
    }
    if s.is_ascii() {
        // the same test without decoding
        return (2..=8).contains(&b.iter().filter(|b| b.is_ascii_alphabetic()).count());
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters) && !s.chars().any(char::is_lowercase) && !s.contains(' ')
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_nickname_gives_its_formal_name() {
        let data = crate::entities::lexicon::data_file!("../../data/nicknames.txt");
        let pairs: Vec<_> = data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
        assert!(pairs.len() > 20);
        for (short, formal) in pairs {
            assert_eq!(super::formal_name(short.trim().as_bytes()), Some(formal.trim().as_bytes()), "{short}");
        }
        assert_eq!(super::formal_name(b"thomas"), None);
    }

    #[test]
    fn words_are_lower_cased_and_single_spaced() {
        let cases: &[(&str, &str, u32)] = &[
            ("Vladimir Putin", "vladimir putin", 2),
            ("  Kim Jong-un ", "kim jong un", 3),
            ("O'Neill & Co.", "o'neill co", 2),
            ("O’Neill", "o'neill", 1),
            ("Müller-Lüdenscheid", "muller ludenscheid", 2),
            ("José Barroso", "jose barroso", 2),
            ("Łukasz Piszczek", "lukasz piszczek", 2),
            ("Søren Kierkegaard", "soren kierkegaard", 2),
            ("Œuvre Straße", "œuvre straße", 2),
            ("Владимир Путин", "владимир путин", 2),
            ("--", "", 0),
            ("", "", 0),
        ];
        for &(text, want, count) in cases {
            let mut out = b"x ".to_vec();
            assert_eq!(super::push_words(text, &mut out), count, "{text}");
            assert_eq!(out, [b"x ".as_slice(), want.as_bytes()].concat(), "{text}");
        }
    }

    #[test]
    fn case_and_abbreviation_answer_as_the_character_tests_do() {
        for s in ["UN", "U.N.", "NATO", "Putin", "LONDON", "NEW YORK", "1996", "3M", "G7", "A", "ABCDEFGHI", "É.U.", "Élysée", "ÉTATS", "ΕΕ", "Ünited", "AÉ", "aÉ", ""] {
            let lower = s.chars().any(char::is_lowercase);
            assert_eq!(super::case_and_abbreviation(s), (lower, super::is_abbreviation(s)), "{s}");
        }
        assert_eq!(super::case_and_abbreviation("U.N."), (false, true));
        assert_eq!(super::case_and_abbreviation("NEW YORK"), (false, false));
        assert_eq!(super::case_and_abbreviation("Putin"), (true, false));
    }

    #[test]
    fn ascii_capitals_is_capitals_of_the_characters() {
        for part in ["U.N.", "UN", "U", "Nations", "NATO", "McD", "A1B", "iPhone", "1-2", "", "X.y."] {
            let want = super::capitals(part.chars());
            assert_eq!(super::ascii_capitals(part.as_bytes()), want, "{part}");
        }
        assert!(super::ascii_capitals(b"U.N."));
        assert!(!super::ascii_capitals(b"Nations"));
    }

    #[test]
    fn a_person_s_short_given_name_becomes_the_formal_one() {
        for (words, want) in [
            ("bill clinton", "william clinton"),
            ("joe biden", "joseph biden"),
            ("billy", "billy"),
            ("william clinton", "william clinton"),
            ("kim jong un", "kim jong un"),
            ("", ""),
        ] {
            let mut out = b"x ".to_vec();
            out.extend_from_slice(words.as_bytes());
            super::formal_given_name(&mut out, 2);
            assert_eq!(String::from_utf8_lossy(&out[2..]), want, "{words}");
        }
    }

    #[test]
    fn initials_take_each_word_and_every_capital_of_an_abbreviation_inside() {
        let cases: &[(&str, Option<&str>)] = &[
            ("United Nations", Some("UN")),
            ("Bank of England", Some("BE")),
            ("U.N. High Commissioner for Refugees", Some("UNHCR")),
            ("UN Security Council", Some("UNSC")),
            ("Organización Mundial de la Salud", Some("OMS")),
            ("Apple", None),
            ("U.N.", None),
            ("LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY", None),
        ];
        for &(name, want) in cases {
            let got = super::initials(name);
            let want = want.map(|w| super::abbreviation_key(w).unwrap());
            assert_eq!(got, want, "{name}");
        }
    }
}
