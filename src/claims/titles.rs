//! The titles a text gives its people and organisations, read once for the descriptions that need them.
//!
//! Input: the document tables. Output: (linked entity, title noun, modifier, where the mention starts) for
//! the first [`TITLES_MAX`] titled mentions. One pass over the person and organisation mentions, a few
//! tokens around each.

use super::lexicon::with_lowercase;
use super::speakers::{abbreviation_dot, description, possessive, title_word};
use crate::entities::lexicon::{Kind, LEXICON};
use super::words::DETERMINER;
use super::Doc;
use crate::annotations::Label;

/// At most this many (person, title, modifier) triples are kept per document.
const TITLES_MAX: usize = 64;

/// Words before an office that make it another ("Deputy Prime Minister", "former Prime Minister").
pub(super) const DEMOTED: &[&str] = &["deputy", "ex", "former", "shadow", "vice"];

/// (linked entity, title noun, modifier, where the titled mention starts)
pub(super) type Title = (usize, String, Option<String>, usize);

/// The titles the text gives its people and organisations ("Russian President Vladimir Putin", "the state
/// weather agency Aemet"), from every person and organisation mention (the first [`TITLES_MAX`]).
pub(super) fn titles(doc: &Doc) -> Vec<Title> {
    let mut titles = Vec::new();
    let mut seen = crate::hash::WordSet::default();
    let mut before = Vec::new();
    // the first token of each mention: mentions are in text order, so a cursor finds it
    let mut first_tok = 0;
    for e in doc.entities.iter().filter(|e| matches!(e.label, Label::Person | Label::Org)) {
        if titles.len() >= TITLES_MAX {
            break; // nothing more would be added
        }
        // title words inside the mention ("President Vladimir Putin") and just before it
        while doc.seg.tokens.get(first_tok).is_some_and(|t| t.span.end <= e.span.start) {
            first_tok += 1;
        }
        before.clear();
        let mut modifier = None;
        let mut t = first_tok;
        // a person's title may take three words ("Russian Foreign Minister"); an organisation's kind is
        // the word right before it ("weather agency Aemet", not "a group told Reuters")
        let reach = if e.label == Label::Person { 3 } else { 1 };
        while t > 0 && first_tok - t < reach {
            let p = t - 1;
            if let Some(me) = doc.entity(p) {
                if doc.entities[me].label != Label::Person {
                    modifier = Some(doc.entities[me].text.to_lowercase());
                }
                break;
            }
            if !doc.is_word(p) || possessive(doc, p) {
                if possessive(doc, p) {
                    t = p;
                    continue;
                }
                break;
            }
            before.push(p);
            t = p;
        }
        let mut add = |w: &str| {
            // a person's title, an organisation's kind ("agency", "watchdog")
            let fits = |k: &str| if e.label == Label::Person { k == "person" } else { matches!(k, "org" | "institution") };
            if titles.len() < TITLES_MAX && description(w).is_some_and(|(k, _)| fits(k)) && seen.insert((e.linked, w.to_string(), modifier.clone())) {
                titles.push((e.linked, w.to_string(), modifier.clone(), e.span.start));
            }
        };
        for w in e.text.split_whitespace() {
            with_lowercase(w, &mut add);
        }
        for &p in &before {
            add(doc.low(p));
        }
        // an organisation's kind right after its name: "the United Auto Workers union said"
        if e.label == Label::Org {
            let mut t = first_tok;
            while doc.seg.tokens.get(t).is_some_and(|k| k.span.end <= e.span.end) {
                t += 1;
            }
            if t < doc.seg.tokens.len() && doc.entity(t).is_none() && doc.is_word(t) {
                add(doc.low(t));
            }
        }
        // an office: the title noun with the word before it ("Prime Minister Rishi Sunak": "prime minister"),
        // or in an appositive ("the prime minister, Keir Starmer", "Keir Starmer, the prime minister,")
        if e.label != Label::Person {
            continue;
        }
        let last = doc.seg.tokens[first_tok..].partition_point(|k| k.span.end <= e.span.end) + first_tok;
        // a one-word office in an appositive: "the chancellor, Rachel Reeves,", "Rachel Reeves, the chancellor,"
        if first_tok >= 3 && doc.is_comma(first_tok - 1) && doc.low(first_tok - 3) == "the" {
            add(doc.low(first_tok - 2));
        }
        if last + 3 < doc.seg.tokens.len() && doc.is_comma(last) && doc.low(last + 1) == "the" && !doc.is_word(last + 3) {
            add(doc.low(last + 2));
        }
        let noun = match before.as_slice() {
            [n, q, ..] => Some((*n, *q)),
            [] if first_tok >= 3 && doc.is_comma(first_tok - 1) => Some((first_tok - 2, first_tok - 3)),
            _ if last + 3 < doc.seg.tokens.len() && doc.is_comma(last) && doc.low(last + 1) == "the" => Some((last + 3, last + 2)),
            // an office the sentence gives, and its place: "Keir Starmer became Britain's prime minister"
            _ => predicate_office(doc, last).map(|(q, m)| {
                modifier = m;
                (q + 1, q)
            }),
        };
        // (another's office: "Deputy Prime Minister John Prescott", "former Prime Minister Boris Johnson")
        let demoted = |q: usize| q > 0 && DEMOTED.contains(&doc.low(q - 1));
        if let Some((n, q)) = noun.filter(|&(n, q)| doc.is_word(q) && doc.entity(q).is_none() && !doc.is(q, DETERMINER) && doc.entity(n).is_none()) {
            let office = if demoted(q) { format!("{} {} {}", doc.low(q - 1), doc.low(q), doc.low(n)) } else { format!("{} {}", doc.low(q), doc.low(n)) };
            if description(doc.low(n)).is_some_and(|(k, _)| k == "person") && titles.len() < TITLES_MAX && seen.insert((e.linked, office.clone(), modifier.clone())) {
                titles.push((e.linked, office, modifier.clone(), e.span.start));
            }
        }
    }
    titles
}

/// "became Britain's prime minister", "is the foreign secretary": after a linking verb at `t`, where a two-word office
/// starts, and the place or people before it ("Britain's", "Australian").
fn predicate_office(doc: &Doc, t: usize) -> Option<(usize, Option<String>)> {
    if t + 3 >= doc.seg.tokens.len() || !crate::one_of(doc.low(t), &["became", "becomes", "is", "remains"]) {
        return None;
    }
    let k = t + 1 + (doc.low(t + 1) == "the") as usize;
    let office = match doc.entity(k).filter(|&m| matches!(doc.entities[m].label, Label::Place | Label::Group)) {
        Some(m) => {
            let q = (k..doc.seg.tokens.len()).find(|&u| doc.entity(u) != Some(m))?;
            (q + possessive(doc, q) as usize, Some(doc.entities[m].text.to_lowercase()))
        }
        None => (k, None),
    };
    (office.0 + 1 < doc.seg.tokens.len()).then_some(office)
}

/// The start of the title words and abbreviations before a name starting at `t`: "Sen. Rand Paul", "Senator Rand Paul".
pub(super) fn title_start(doc: &Doc, lo: usize, mut t: usize) -> usize {
    while t > lo {
        if t >= lo + 2 && abbreviation_dot(doc, t - 1) {
            t -= 2;
        } else if doc.capitalised(t - 1) && doc.entity(t - 1).is_none() && (title_word(doc.tok(t - 1)) || LEXICON.is(doc.text, &doc.seg.tokens[t - 1], Kind::Title)) {
            t -= 1;
        } else {
            break;
        }
    }
    t
}
