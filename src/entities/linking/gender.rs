//! What a courtesy title says of the person it names, and whose given names are
//! mostly women's or men's: enough to tell "Mrs Clinton" from "Mr Clinton" when both Clintons
//! are named.
//!
//! Input: the text and where a mention starts; a lower-cased given name.
//! Output: the title's gender if one stands right before the mention; the sex a
//! given name mostly belongs to (the sex flag of `src/data/given_names.txt`).
//! Invariant: looks at no more than a few bytes before the mention, so a
//! document's look-ups stay linear in the number of mentions.

use crate::hash::KeyTable;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
}

/// The given names of `src/data/given_names.txt` with a sex flag ("f" or "m" ending the second field: far more often
/// one sex's than the other's), each with that flag.
fn sexed_given_names() -> impl Iterator<Item = (&'static str, bool)> {
    crate::entities::parse_list(crate::entities::lexicon::given_names())
        .filter_map(|(name, flags)| flags.and_then(|f| f.rsplit(' ').next()).filter(|f| matches!(*f, "f" | "m")).map(|f| (name, f == "m")))
}

/// Those given names, lower-cased, each to its [`Gender`] as a number (0 female, 1 male): a hash look-up,
/// where a binary search over some 1,500 names compared a dozen of them.
static GIVEN: LazyLock<KeyTable> = LazyLock::new(|| {
    let mut table = KeyTable::default();
    for (name, male) in sexed_given_names() {
        table.get_or_insert(name.to_lowercase().as_bytes(), male as u32);
    }
    table
});

/// Whose is this lower-cased given name, if it is mostly one sex's?
pub(crate) fn given_gender(name: &[u8]) -> Option<Gender> {
    GIVEN.get(name).map(|male| if male == 1 { Gender::Male } else { Gender::Female })
}

/// The gender of a courtesy title ("Mrs", "Mr.", "Ms", "Sir") right before the
/// mention starting at byte `start`, if there is one.
pub(crate) fn title_before(text: &str, start: usize) -> Option<Gender> {
    // the title and the space after it fit in 12 bytes
    let word = word_before(text, start, 12, &[], |c| c == '.')?;
    of_title(word.strip_suffix('.').unwrap_or(word))
}

/// Is the mention starting at byte `start` introduced as someone's relative ("her daughter, Anna
/// Lindqvist", "his wife Naina Yeltsin")? Looks at the word before it, past a comma.
pub(crate) fn kin_before(text: &str, start: usize) -> bool {
    // the longest kin word and the comma and space after it fit in 16 bytes
    word_before(text, start, 16, &[','], |_| false).is_some_and(|word| KIN.iter().any(|k| k.eq_ignore_ascii_case(word)))
}

/// The word right before byte `start`, within `reach` bytes (stepped forward to a character boundary), set
/// off from it by whitespace or by the characters `past` ("Mrs Clinton", "her daughter, Anna"); its characters
/// are letters and those `in_word` allows. None when nothing sets it off.
fn word_before<'t>(text: &'t str, start: usize, reach: usize, past: &[char], in_word: fn(char) -> bool) -> Option<&'t str> {
    let mut from = start.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start)?;
    if before.is_ascii() {
        // the same steps on bytes, without decoding (ASCII white space to `char::is_whitespace`: tab to carriage return, space)
        let b = before.as_bytes();
        let mut end = b.len();
        while end > 0 && matches!(b[end - 1], b'\t'..=b'\r' | b' ') {
            end -= 1;
        }
        while end > 0 && past.contains(&(b[end - 1] as char)) {
            end -= 1;
        }
        let word = b[..end].iter().rposition(|&c| !c.is_ascii_alphabetic() && !in_word(c as char)).map_or(0, |p| p + 1);
        return (end < b.len()).then(|| &before[word..end]);
    }
    let trimmed = before.trim_end().trim_end_matches(past);
    if trimmed.len() == before.len() {
        return None; // no space between the word and the name
    }
    trimmed.rsplit(|c: char| !c.is_alphabetic() && !in_word(c)).next()
}

/// Words for a relative before a name.
const KIN: &[&str] = &[
    "wife", "husband", "widow", "widower", "daughter", "son", "mother", "father", "sister", "brother", "granddaughter", "grandson",
    "niece", "nephew", "cousin", "stepson", "stepdaughter",
];

/// The gender a courtesy title says, in any case, without its period: "Mrs", "sir"; `None` for any other word.
fn of_title(word: &str) -> Option<Gender> {
    let is = |titles: &[&str]| titles.iter().any(|t| t.eq_ignore_ascii_case(word));
    if is(&["mrs", "ms", "miss", "mme", "madame", "lady", "dame", "queen", "princess", "baroness"]) {
        Some(Gender::Female)
    } else if is(&["mr", "mister", "sir", "lord", "king", "prince"]) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Gender::*;

    #[test]
    fn every_listed_given_name_is_found_with_its_sex() {
        let names: Vec<_> = super::sexed_given_names().collect();
        assert!(names.len() > 1000);
        for (name, male) in names {
            let want = if male { Male } else { Female };
            assert_eq!(super::given_gender(name.to_lowercase().as_bytes()), Some(want), "{name}");
        }
        assert_eq!(super::given_gender(b"mary"), Some(Female));
        assert_eq!(super::given_gender(b"john"), Some(Male));
    }

    #[test]
    fn a_title_right_before_the_name_says_its_gender() {
        let cases: &[(&str, &str, Option<super::Gender>)] = &[
            ("Mrs Clinton said", "Clinton", Some(Female)),
            ("then Ms. Ardern left", "Ardern", Some(Female)),
            ("Mr Kim spoke", "Kim", Some(Male)),
            ("  Sir Keir Starmer", "Keir", Some(Male)),
            ("said Clinton", "Clinton", None),
            ("Mrs\u{e9}Clinton", "Clinton", None),
            ("said Mrs\u{b}Clinton", "Clinton", Some(Female)),
            ("said Mrs.\u{b} Clinton", "Clinton", Some(Female)),
            ("said Mrs,Clinton", "Clinton", None),
            ("Mrs.Clinton", "Clinton", None),
            ("Clinton", "Clinton", None),
            ("\u{1F600}\u{1F600}\u{1F600} Mr Kim", "Kim", Some(Male)),
            ("\u{1F600}\u{1F600}\u{1F600}\u{1F600} Kim", "Kim", None),
        ];
        for &(text, name, want) in cases {
            let start = text.find(name).unwrap();
            assert_eq!(super::title_before(text, start), want, "{text}");
        }
    }

    #[test]
    fn a_relative_is_introduced_by_a_kin_word() {
        let cases = [
            ("Her daughter, Anna Lindqvist, said", true),
            ("his wife Naina Yeltsin", true),
            ("her sister,\u{c}Anna Lindqvist", true),
            ("her sister ,\tAnna Lindqvist", false),
            ("the son of Anna Lindqvist", false),
            ("Anna Lindqvist", false),
            ("Mason Anna Lindqvist", false),
            ("\u{1F600}\u{1F600}\u{1F600}\u{1F600}, Anna Lindqvist", false),
        ];
        for (text, want) in cases {
            let start = text.find("Anna").or_else(|| text.find("Naina")).unwrap();
            assert_eq!(super::kin_before(text, start), want, "{text}");
        }
    }

    #[test]
    fn given_names_of_mostly_one_sex_are_known() {
        let cases = [
            ("hillary", Some(Female)),
            ("nancy", Some(Female)),
            ("bill", Some(Male)),
            ("george", Some(Male)),
            ("kim", None),
            ("jong", None),
            ("", None),
        ];
        for (name, want) in cases {
            assert_eq!(super::given_gender(name.as_bytes()), want, "{name}");
        }
    }
}
