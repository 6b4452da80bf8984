//! What a courtesy title says of the person it names, and which given names are
//! women's: enough to tell "Mrs Clinton" from "Mr Clinton" when both Clintons
//! are named.
//!
//! Input: the text and where a mention starts; a lower-cased given name.
//! Output: the title's gender if one stands right before the mention; whether
//! the given name is on the list of women's names (`src/data/female_given_names.txt`).
//! Invariant: looks at no more than a few bytes before the mention, so a
//! document's look-ups stay linear in the number of mentions.

use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Female,
    Male,
}

/// Given names far more often a woman's than a man's, lower-cased and sorted.
static FEMALE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let data = include_str!("../../data/female_given_names.txt");
    let mut names: Vec<&str> = data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    names.sort_unstable();
    names
});

/// Is this lower-cased given name a woman's?
pub(super) fn is_female(name: &[u8]) -> bool {
    FEMALE.binary_search_by(|n| n.as_bytes().cmp(name)).is_ok()
}

/// The gender of a courtesy title ("Mrs", "Mr.", "Ms", "Sir") right before the
/// mention starting at byte `start`, if there is one.
pub(super) fn title_before(text: &str, start: usize) -> Option<Gender> {
    // the title and the space after it fit in 12 bytes; step back to a character boundary
    let mut from = start.saturating_sub(12);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start)?;
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None; // no space between the title and the name
    }
    let word = trimmed.rsplit(|c: char| !c.is_alphabetic() && c != '.').next()?;
    let word = word.strip_suffix('.').unwrap_or(word);
    let is = |titles: &[&str]| titles.iter().any(|t| t.eq_ignore_ascii_case(word));
    if is(&["mrs", "ms", "miss", "mme", "madame", "lady", "dame"]) {
        Some(Gender::Female)
    } else if is(&["mr", "mister", "sir", "lord"]) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Gender::*;

    #[test]
    fn a_title_right_before_the_name_says_its_gender() {
        let cases: &[(&str, &str, Option<super::Gender>)] = &[
            ("Mrs Clinton said", "Clinton", Some(Female)),
            ("then Ms. Ardern left", "Ardern", Some(Female)),
            ("Mr Kim spoke", "Kim", Some(Male)),
            ("  Sir Keir Starmer", "Keir", Some(Male)),
            ("said Clinton", "Clinton", None),
            ("Mrs\u{e9}Clinton", "Clinton", None),
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
    fn women_s_given_names_are_known() {
        for (name, want) in [("hillary", true), ("nancy", true), ("bill", false), ("george", false), ("", false)] {
            assert_eq!(super::is_female(name.as_bytes()), want, "{name}");
        }
    }
}
