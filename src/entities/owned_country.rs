//! A body named after a person's possessive and the country it works in is one organisation: "Parkinson's UK said",
//! "Alzheimer's Research UK has warned" (not "Tesco's UK sales", "Boris Johnson's UK").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, where a guessed one-word name,
//! a possessive and a listed country (or a name the country ends, "Research UK") that ends its clause or is the subject of
//! a verb are joined into one ORG (rule "name_country"), and so are the other mentions of the names so joined. Two
//! passes, the second only after a join; each test reads a few bytes.

use super::{word_is, Kind, Mention, Voter};
use crate::annotations::Label;
use crate::span::Span;

pub(super) fn join(text: &str, mentions: &mut Vec<Mention>) {
    // the names joined as a verb's subject; then their other mentions too ("Parkinson's UK welcomes £5m boost")
    let mut named: Vec<&str> = Vec::new();
    for pass in 0..2 {
        if pass == 1 && named.is_empty() {
            return;
        }
        let mut i = 0;
        while i + 1 < mentions.len() {
            // (one byte after the first name, the possessive's, spares most neighbours the rest)
            if !matches!(text.as_bytes().get(mentions[i].span.end), Some(b'\'' | 0xE2)) {
                i += 1;
                continue;
            }
            let (a, b) = (mentions[i], mentions[i + 1]);
            if owns(text, a, b) && (if pass == 0 { ends_subject(&text[b.span.end..]) } else { named.contains(&a.span.of(text)) }) {
                let owner = a.span.of(text);
                mentions[i] = Mention { span: Span::new(a.span.start, b.span.end), label: Label::Org, rule: "name_country" };
                mentions.remove(i + 1);
                if pass == 0 {
                    named.push(owner);
                }
            }
            i += 1;
        }
    }
}

/// Are `a` and `b` a guessed one-word name (no given name), a possessive and a country or a name it ends?
fn owns(text: &str, a: Mention, b: Mention) -> bool {
    // the possessive between them first: most neighbours fail it at once
    possessive_between(text, a, b)
        && matches!(b.rule, "country_list" | "name_country")
        && matches!(super::voter(a.rule), Voter::Guess | Voter::Word | Voter::Unlabelled)
        && !a.span.of(text).contains(' ') && !word_is(a.span.of(text), Kind::GivenName)
}

/// Is the gap between mentions `a` and `b` a possessive and one space ("Parkinson's UK", "Britain's Naseem Vardosk")?
pub(super) fn possessive_between(text: &str, a: Mention, b: Mention) -> bool {
    matches!(text.as_bytes().get(a.span.end..b.span.start), Some(b"'s " | b"\xe2\x80\x99s "))
}

/// Does `rest`, the text after a name, show the name ends its clause or is a verb's subject ("UK.", "UK, which",
/// "UK said", "UK has", "UK welcomed"), not a noun's modifier ("UK sales")?
fn ends_subject(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '\n']);
    };
    let w = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
    crate::one_of(w, &["said", "says", "has", "have", "had", "is", "was", "will", "would", "warned", "welcomed", "called", "added"])
        || w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
}
