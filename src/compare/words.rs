//! Word normalisation for matching sentences across articles.
//!
//! Input: one word token as written. Output: its matching key, or `None` for a
//! function word, a number or punctuation (numbers are compared as values, see
//! `values.rs`). The key only has to be the same for variants of one word in
//! two articles, never a real lemma: lower case, curly apostrophes folded,
//! British and American spellings folded ("normalise"/"normalize",
//! "denuclearisation"/"denuclearization", "labour"/"labor"), and a light
//! suffix strip ("settle", "settled", "settling" → "settl"). The same key
//! function is applied to every article, so a wrong stem costs nothing unless
//! it merges two different words, which a short suffix list keeps rare.

use crate::hash::WordSet;
use std::sync::LazyLock;

// the crate's word set, not std's `HashSet`: its hash table is already in the .wasm, SipHash is not
static FUNCTION_WORDS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    crate::entities::word_set(crate::entities::lexicon::data_file!("../data/function_words.txt"))
});

/// Whether `lower` (a lower-cased word) is a function word.
pub fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(lower)
}

/// The matching key of one word, `None` when the word carries no content.
pub fn key(word: &str) -> Option<String> {
    if !word.chars().any(char::is_alphabetic) || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // an all-capitals acronym keeps its content even when it spells a function word ("US", "IT")
    let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase);
    let mut lower: String = word.chars().map(|c| if c == '’' || c == '‘' { '\'' } else { c }).flat_map(char::to_lowercase).collect();
    if lower == "'s" || lower == "s" {
        return None;
    }
    if let Some(stripped) = lower.strip_suffix("'s") {
        lower = stripped.to_string();
    }
    if !acronym && (is_function_word(&lower) || lower.chars().count() < 2) {
        return None;
    }
    Some(stem(&fold_spelling(&lower)))
}

/// British → American spelling, applied the same way to every article.
fn fold_spelling(w: &str) -> String {
    let mut s = w.to_string();
    for (from, to) in [("isation", "ization"), ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed")] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    for (from, to) in [("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing")] {
        if s.len() > from.len() + 3 && s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
            break;
        }
    }
    // colour/color, armoured/armored, labourers/laborers: folding every "our" is harmless, as it is symmetric
    if s.len() > 4 && s.contains("our") {
        s = s.replace("our", "or");
    }
    if s.len() > 5 && s.ends_with("tre") {
        s.truncate(s.len() - 3);
        s.push_str("ter");
    }
    s
}

/// A light suffix strip: plural -s/-es/-ies, -ed, -ing, a final -e, a doubled final consonant.
fn stem(w: &str) -> String {
    let n = w.chars().count();
    if !w.is_ascii() || n <= 3 {
        return w.to_string();
    }
    let mut s = w.to_string();
    if s.ends_with("ies") && n > 4 {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if s.ends_with("sses") || s.ends_with("shes") || s.ends_with("ches") || s.ends_with("xes") {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.truncate(s.len() - 1);
    }
    for suffix in ["ing", "ed"] {
        if s.len() > suffix.len() + 2 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            let b = s.as_bytes();
            let l = b.len();
            if l >= 2 && b[l - 1] == b[l - 2] && !matches!(b[l - 1], b'l' | b's' | b'z') && !is_vowel(b[l - 1]) {
                s.truncate(l - 1);
            }
            break;
        }
    }
    if s.len() > 3 && s.ends_with('e') {
        s.truncate(s.len() - 1);
    }
    s
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_share_a_key() {
        let same: &[(&str, &str)] = &[
            ("settle", "settled"),
            ("settling", "settle"),
            ("understand", "understanding"),
            ("normalise", "normalize"),
            ("normalising", "normalizing"),
            ("denuclearisation", "denuclearization"),
            ("processes", "process"),
            ("relations", "relation"),
            ("Peninsula", "peninsula"),
            ("Kim’s", "Kim's"),
            ("Kim's", "Kim"),
            ("labour", "labor"),
            ("armoured", "armored"),
            ("neighbours", "neighbor"),
            ("getting", "get"),
            ("countries", "country"),
            ("taking", "take"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a} / {b}");
            assert!(key(a).is_some(), "{a}");
        }
    }

    #[test]
    fn different_words_keep_different_keys() {
        let different: &[(&str, &str)] = &[("month", "mouth"), ("summit", "submit"), ("talks", "tall"), ("meet", "met")];
        for (a, b) in different {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn function_words_numbers_and_punctuation_have_no_key() {
        for w in ["the", "The", "would", "after", "2019", "10,000", ",", "—", "'s", "’s", "a"] {
            assert_eq!(key(w), None, "{w}");
        }
        assert_eq!(key("US").as_deref(), Some("us"), "an acronym is content");
        assert_eq!(key("us"), None);
    }
}
