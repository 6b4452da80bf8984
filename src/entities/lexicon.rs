//! Word lists from `src/data/*.txt`, loaded once into one hash map.
//!
//! Keys are lower-cased phrases tokenised by the same tokenizer as the text and
//! joined by single spaces, so a lookup never depends on spacing or case. Each
//! key carries the kinds of list it came from (a word can be both a given name
//! and a city) and, where the list has one, the second field of its line.

use crate::segment::{Token, TokenKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Demonym,
    Group,
    City,
    Region,
    GivenName,
    Surname,
    Org,
    OrgKeyword,
    NameKeyword,
    CommonWord,
    Title,
    Month,
    Weekday,
    NumberWord,
    Currency,
    Event,
    Stopword,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub kind: Kind,
    /// The line's second field (a demonym's country, a number word's value, `ambiguous`).
    pub extra: Option<&'static str>,
    /// The entry is written in capitals ("UN", "AP"): it matches capitals only, never "Un" or "ap".
    pub caps: bool,
}

/// FNV-1a: keys are short words, and SipHash's DoS resistance buys nothing for a fixed word list.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

pub struct Lexicon {
    map: FnvMap<String, Vec<Entry>>,
    /// For each first word of an entry, the most tokens an entry starting with it has.
    starts: FnvMap<String, usize>,
    /// The longest key, in tokens.
    pub max_tokens: usize,
}

const LISTS: &[(Kind, &str)] = &[
    (Kind::Country, include_str!("../data/countries.txt")),
    (Kind::Demonym, include_str!("../data/demonyms.txt")),
    (Kind::Group, include_str!("../data/groups.txt")),
    (Kind::City, include_str!("../data/cities.txt")),
    (Kind::Region, include_str!("../data/regions.txt")),
    (Kind::GivenName, include_str!("../data/given_names.txt")),
    (Kind::Surname, include_str!("../data/surnames.txt")),
    (Kind::Org, include_str!("../data/orgs.txt")),
    (Kind::OrgKeyword, include_str!("../data/org_keywords.txt")),
    (Kind::NameKeyword, include_str!("../data/name_keywords.txt")),
    (Kind::CommonWord, include_str!("../data/common_words.txt")),
    (Kind::Title, include_str!("../data/titles.txt")),
    (Kind::Month, include_str!("../data/months.txt")),
    (Kind::Weekday, include_str!("../data/weekdays.txt")),
    (Kind::NumberWord, include_str!("../data/number_words.txt")),
    (Kind::Currency, include_str!("../data/currencies.txt")),
    (Kind::Event, include_str!("../data/events.txt")),
    (Kind::Stopword, include_str!("../data/stopwords.txt")),
];

/// Lines of a data file: `entry` or `entry<TAB>extra`; `#` starts a comment line.
pub fn parse_list(data: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| {
        let mut parts = l.splitn(2, '\t');
        let entry = parts.next().unwrap_or("").trim();
        (entry, parts.next().map(str::trim))
    })
}

/// The lookup key of a phrase: its tokens, lower-cased, joined by spaces.
pub fn key_of(text: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    append_key(&mut key, text, tokens);
    key
}

fn append_key(key: &mut String, text: &str, tokens: &[Token]) {
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        let w = t.text(text);
        if w.is_ascii() {
            key.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
            continue;
        }
        for c in w.chars() {
            // fold curly apostrophes so O’Leary and O'Leary share a key
            key.extend(if c == '’' { '\''.to_lowercase() } else { c.to_lowercase() });
        }
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut map: FnvMap<String, Vec<Entry>> = FnvMap::default();
    let mut starts: FnvMap<String, usize> = FnvMap::default();
    let mut max_tokens = 1;
    for &(kind, data) in LISTS {
        for (entry, extra) in parse_list(data) {
            let tokens = crate::segment::tokenize(entry);
            if tokens.is_empty() {
                continue;
            }
            max_tokens = max_tokens.max(tokens.len());
            let first = starts.entry(key_of(entry, &tokens[..1])).or_default();
            *first = (*first).max(tokens.len());
            let key = key_of(entry, &tokens);
            let entries = map.entry(key).or_default();
            let caps = entry.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !entry.chars().any(char::is_lowercase);
            match entries.iter_mut().find(|e| e.kind == kind) {
                Some(e) => e.caps &= caps, // "Un" (a name) and "UN": the mixed-case entry wins
                None => entries.push(Entry { kind, extra, caps }),
            }
        }
    }
    Lexicon { map, starts, max_tokens }
});

impl Lexicon {
    pub fn get(&self, key: &str) -> &[Entry] {
        self.map.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn has(&self, key: &str, kind: Kind) -> bool {
        self.get(key).iter().any(|e| e.kind == kind)
    }

    pub fn extra(&self, key: &str, kind: Kind) -> Option<&'static str> {
        self.get(key).iter().find(|e| e.kind == kind).and_then(|e| e.extra)
    }

    /// The longest phrase of `kind` starting at `tokens[0]`, as a token count.
    pub fn longest(&self, text: &str, tokens: &[Token], kind: Kind) -> Option<usize> {
        self.longest_among(text, tokens, &[kind]).map(|(n, _)| n)
    }

    /// The longest phrase of any of `kinds` starting at `tokens[0]`: its token
    /// count and kind (on a tie, the kind listed first). One key per length.
    pub fn longest_among(&self, text: &str, tokens: &[Token], kinds: &[Kind]) -> Option<(usize, Kind)> {
        // a phrase never crosses a line break and never starts with punctuation
        let limit = tokens.iter().take(self.max_tokens).skip(1).position(|t| t.newline_before).map_or(tokens.len(), |p| p + 1).min(self.max_tokens);
        if tokens.first().is_none_or(|t| t.kind == TokenKind::Punct) {
            return None;
        }
        // build the key once; its prefixes at token boundaries are the shorter phrases
        let mut key = String::new();
        append_key(&mut key, text, &tokens[..1]);
        let Some(&most) = self.starts.get(&key) else { return None };
        let limit = limit.min(most);
        let mut ends = Vec::with_capacity(limit);
        ends.push(key.len());
        for t in &tokens[1..limit] {
            key.push(' ');
            append_key(&mut key, text, std::slice::from_ref(t));
            ends.push(key.len());
        }
        (1..=limit).rev().find_map(|n| {
            let entries = self.get(&key[..ends[n - 1]]);
            if entries.is_empty() {
                return None;
            }
            let shouted_ok = || !tokens[..n].iter().any(|t| t.text(text).chars().any(char::is_lowercase));
            kinds.iter().copied().find(|&k| entries.iter().any(|e| e.kind == k && (!e.caps || shouted_ok()))).map(|k| (n, k))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_loads_and_is_well_formed() {
        for &(kind, data) in LISTS {
            let entries: Vec<_> = parse_list(data).collect();
            assert!(!entries.is_empty(), "{kind:?} list is empty");
            for (entry, _) in entries {
                assert!(!entry.is_empty() && entry == entry.trim(), "{kind:?}: bad entry {entry:?}");
            }
            assert!(data.starts_with('#'), "{kind:?} list has no source header");
        }
    }

    #[test]
    fn lookups_ignore_case_and_apostrophe_style() {
        assert!(LEXICON.has("russia", Kind::Country));
        assert!(LEXICON.has("russian", Kind::Demonym));
        assert!(LEXICON.has("april", Kind::Month));
        let text = "UN Un";
        let toks = crate::segment::tokenize(text);
        assert_eq!(LEXICON.longest(text, &toks[..1], Kind::Org), Some(1), "UN");
        assert_eq!(LEXICON.longest(text, &toks[1..], Kind::Org), None, "Un is not the UN");
    }
}
