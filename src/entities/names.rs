//! PERSON, ORG, PLACE, GROUP and EVENT mentions from capitalised sequences.
//!
//! A candidate is a run of capitalised words, allowing lower-case connectors
//! inside ("Bank of England"). Titles split a run and mark what follows as a
//! person ("US President Donald Trump" gives `US` and `Donald Trump`). A run is
//! labelled by the word lists (longest match first), then by organisation
//! keywords, given names and titles; unknown single words at the start of a
//! sentence are left alone.

use super::lexicon::{key_of, Kind, LEXICON};
use super::Mention;
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};
use crate::span::Span;

const CONNECTORS: &[&str] = &["of", "the", "for", "de", "du", "del", "da", "al", "bin", "van", "von", "la", "le"];

fn is_cap(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_uppercase)
}

/// Finds name mentions in one sentence's tokens; `taken` marks tokens already in a mention.
pub fn find(text: &str, tokens: &[Token], taken: &[bool], out: &mut Vec<Mention>) {
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        if taken[i] || !is_cap(text, &tokens[i]) {
            i += 1;
            continue;
        }
        // extend the run
        let mut j = i + 1;
        loop {
            if j < n && !taken[j] && !tokens[j].newline_before && is_cap(text, &tokens[j]) && tokens[j].space_before {
                j += 1;
            } else if j + 1 < n && !taken[j + 1] && CONNECTORS.contains(&tokens[j].text(text)) && is_cap(text, &tokens[j + 1]) && j > i {
                j += 2;
            } else if j + 1 < n && tokens[j].text(text) == "-" && !tokens[j].space_before && !tokens[j + 1].space_before
                && tokens[j + 1].kind == TokenKind::Word && tokens[j + 1].text(text).len() <= 2
                && tokens[j + 1].text(text).chars().all(char::is_lowercase)
            {
                j += 2; // Jong-un, Jong-il
            } else {
                break;
            }
        }
        classify_run(text, tokens, i, j, out);
        i = j;
    }
}

/// Labels tokens `[i, j)`, splitting at titles and known words.
fn classify_run(text: &str, tokens: &[Token], i: usize, j: usize, out: &mut Vec<Mention>) {
    let mut k = i;
    let mut after_title = i > 0 && is_title_before(text, tokens, i);
    while k < j {
        // a title inside the run: "US President Donald Trump"
        if let Some(len) = LEXICON.longest(text, &tokens[k..j], Kind::Title) {
            if LEXICON.extra(&key_of(text, &tokens[k..k + len]), Kind::Title) == Some("person") && k + len < j {
                k += len;
                after_title = true;
                continue;
            }
        }
        let rest = &tokens[k..j];
        let found = [(Kind::Demonym, Label::Group, "demonym_list"), (Kind::Country, Label::Place, "country_list"),
            (Kind::Group, Label::Group, "group_list"), (Kind::Event, Label::Event, "event_list"),
            (Kind::Org, Label::Org, "org_list"), (Kind::Region, Label::Place, "region_list"),
            (Kind::City, Label::Place, "city_list")]
            .into_iter()
            .filter_map(|(kind, label, rule)| LEXICON.longest(text, rest, kind).map(|len| (len, label, rule)))
            .max_by_key(|&(len, _, _)| len);
        if let Some((len, label, rule)) = found {
            if !after_title || label != Label::Place || len == rest.len() {
                // a known name followed by an organisation keyword is the organisation: "Russia Today"? no: "Bank of England"
                let tail_org = k + len < j && ends_with_org_keyword(text, &tokens[k..j]);
                if !tail_org {
                    out.push(Mention { span: span(tokens, k, k + len), label, rule });
                    k += len;
                    after_title = false;
                    continue;
                }
            }
        }
        // the remainder up to the next title or known word is one name
        let mut m = k + 1;
        while m < j && !starts_known(text, &tokens[m..j]) {
            m += 1;
        }
        let words = &tokens[k..m];
        let first = words[0].text(text);
        let key = key_of(text, words);
        let (label, rule) = if ends_with_org_keyword(text, words) || starts_with_org_head(text, words) {
            (Some(Label::Org), "org_keyword")
        } else if after_title {
            (Some(Label::Person), "after_title")
        } else if LEXICON.has(&key_of(text, &words[..1]), Kind::GivenName) && words.len() > 1 {
            (Some(Label::Person), "given_name")
        } else if words.len() == 1 && LEXICON.has(&key, Kind::Surname) {
            (Some(Label::Person), "surname_list")
        } else if words.len() == 1 && (LEXICON.has(&key_of(text, words), Kind::Stopword) || k == 0 && !first.chars().all(char::is_uppercase)) {
            (None, "")
        } else if words.len() == 1 && LEXICON.has(&key, Kind::Stopword) {
            (None, "")
        } else if words.len() >= 2 {
            (Some(Label::Person), "capitalised_pair")
        } else {
            (Some(Label::Person), "capitalised_word")
        };
        if let Some(label) = label {
            if !(words.len() == 1 && LEXICON.has(&key, Kind::Title)) {
                out.push(Mention { span: span(tokens, k, m), label, rule });
            }
        }
        after_title = false;
        k = m;
    }
}

fn starts_known(text: &str, rest: &[Token]) -> bool {
    [Kind::Title, Kind::Demonym, Kind::Country].into_iter().any(|kind| LEXICON.longest(text, rest, kind).is_some())
}

fn is_title_before(text: &str, tokens: &[Token], i: usize) -> bool {
    (1..=3.min(i)).any(|len| {
        let key = key_of(text, &tokens[i - len..i]);
        LEXICON.extra(&key, Kind::Title) == Some("person")
    })
}

fn ends_with_org_keyword(text: &str, words: &[Token]) -> bool {
    let last = key_of(text, &words[words.len() - 1..]);
    words.len() > 1 && matches!(LEXICON.extra(&last, Kind::OrgKeyword), Some("suffix") | Some("both"))
}

fn starts_with_org_head(text: &str, words: &[Token]) -> bool {
    let first = key_of(text, &words[..1]);
    words.len() > 1 && matches!(LEXICON.extra(&first, Kind::OrgKeyword), Some("head") | Some("both"))
}

fn span(tokens: &[Token], i: usize, j: usize) -> Span {
    Span::new(tokens[i].span.start, tokens[j - 1].span.end)
}
