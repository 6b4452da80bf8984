//! The claim word lists, parsed once.
//!
//! Input: the `src/data/claim_*.txt` files (one entry a line, `#` comments,
//! optional `<TAB>value`). Output: lower-case lookup sets and maps. Cue phrases
//! are keyed by their first word so a token finds its candidates in one lookup.

use crate::entities::lexicon::{coded_list, data_file};
use crate::entities::{parse_list, word_set};
use crate::hash::{WordMap as HashMap, WordSet as HashSet};
use std::sync::LazyLock;

/// How an attribution cue relates its speaker and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRole {
    /// "X said C", "C, X said", "C, said X".
    Say,
    /// Takes a listener before the content: "X told Y (that) C".
    Tell,
    /// "according to X".
    According,
    /// "X was quoted as saying (by Y)".
    Quoted,
    /// Source-less: "reportedly".
    Adverb,
    /// A study's verb ("found", "show"): content after it only with "that".
    Finding,
    /// A saying verb that also means "increase" ("added"): "X added C" unless C opens with a quantity
    /// ("it added $100 billion to the deficit").
    Adds,
}

pub struct Lexicon {
    /// First word → (the cue's words, its role), longest first.
    pub cues: HashMap<&'static str, Vec<(Vec<&'static str>, CueRole)>>,
    /// First word → the hedge phrases' words, longest first (with a role that is not used).
    pub hedges: HashMap<&'static str, Vec<(Vec<&'static str>, CueRole)>>,
    pub anonymous: HashSet<&'static str>,
    pub speech_acts: HashSet<&'static str>,
    pub events: HashSet<&'static str>,
    pub vague: HashSet<&'static str>,
    pub verbs: HashSet<&'static str>,
    pub aliases: HashMap<&'static str, &'static str>,
    /// Description noun → 'person' | 'org' | 'place'.
    pub descriptions: HashMap<&'static str, &'static str>,
}

fn role(s: Option<&str>) -> CueRole {
    match s {
        Some("tell") => CueRole::Tell,
        Some("according") => CueRole::According,
        Some("quoted") => CueRole::Quoted,
        Some("adverb") => CueRole::Adverb,
        Some("finding") => CueRole::Finding,
        Some("adds") => CueRole::Adds,
        _ => CueRole::Say,
    }
}

fn phrases(items: impl Iterator<Item = (&'static str, CueRole)>) -> HashMap<&'static str, Vec<(Vec<&'static str>, CueRole)>> {
    let mut map: HashMap<&'static str, Vec<(Vec<&'static str>, CueRole)>> = HashMap::default();
    for (phrase, v) in items {
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        if let Some(&first) = words.first() {
            map.entry(first).or_default().push((words, v));
        }
    }
    for list in map.values_mut() {
        crate::sort::sort_by_lean(list, |(a, _), (b, _)| b.len().cmp(&a.len()));
    }
    map
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    cues: phrases(parse_list(data_file!("../data/claim_cues.txt")).map(|(e, r)| (e, role(r)))),
    // (the hedges' role is unused: one `phrases` for both lists keeps one copy of it in the .wasm)
    hedges: phrases(parse_list(data_file!("../data/claim_hedges.txt")).map(|(e, _)| (e, CueRole::Say))),
    anonymous: word_set(coded_list!("../data/claim_anonymous.txt")),
    speech_acts: word_set(data_file!("../data/claim_speech_acts.txt")),
    events: word_set(data_file!("../data/claim_events.txt")),
    vague: word_set(data_file!("../data/claim_vague.txt")),
    verbs: word_set(coded_list!("../data/claim_verbs.txt")),
    aliases: pairs(data_file!("../data/claim_speaker_aliases.txt")),
    descriptions: pairs(data_file!("../data/claim_descriptions.txt")),
});

/// The entries of a data file that have an extra value, entry to value (one out-of-line copy for both uses).
#[inline(never)]
fn pairs(data: &'static str) -> HashMap<&'static str, &'static str> {
    parse_list(data).filter_map(|(k, v)| Some((k, v?))).collect()
}

/// Lower-cases a short word into `buf` (ASCII fast path; curly apostrophes become straight).
pub fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return buf.as_str();
    }
    for c in word.chars() {
        if c == '’' {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    buf.as_str()
}

/// Calls `f` with `word` lower-cased as `str::to_lowercase` does it; a short
/// ASCII word is lower-cased on the stack, without allocating.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        match std::str::from_utf8(&buf[..word.len()]) {
            Ok(w) => f(w),
            Err(_) => f(&word.to_lowercase()), // unreachable: ASCII bytes are a str
        }
    } else {
        f(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_and_is_lower_case() {
        let l = &*LEXICON;
        assert!(l.cues.contains_key("said") && l.cues.contains_key("according"));
        assert!(l.verbs.contains("consolidate") && !l.verbs.contains("love"));
        for s in [&l.anonymous, &l.speech_acts, &l.events, &l.vague, &l.verbs] {
            assert!(!s.is_empty());
            assert!(s.iter().all(|w| w.chars().all(|c| !c.is_uppercase())), "lists are lower case");
        }
        assert_eq!(l.aliases.get("US"), Some(&"United States"));
        assert_eq!(l.descriptions.get("president"), Some(&"person"));
        assert!(l.hedges.contains_key("expected"));
    }
}
