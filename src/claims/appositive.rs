//! The phrase before a cue that names its source when a comma parts them: the name before an
//! appositive ("Mary Clark, a spokeswoman for the governor, said"), a source phrase after the
//! comma ("…, officials from both sides said"), and where a source phrase that runs on ends
//! ("According to people familiar with the matter, …"), and a name after a role and a comma ("according to the
//! interior minister, Ihor Klymenko").
//!
//! Input: token indices of one sentence in a [`Doc`]. Output: a phrase or a token index; every
//! function looks at a bounded window, so the work stays linear.

use super::clause::FINITE;
use super::speakers::{np_before, possessive, Head, Np};
use super::words::{ANONYMOUS, DESC, DESC_PERSON, DETERMINER, PAST, RELATIVE, TITLE_PART};
use super::Doc;
use crate::annotations::Label;

/// "…," Mary Clark, a spokeswoman for the governor, said": the name before an appositive
/// that ends at the comma `comma` just before the cue. The appositive is a determiner phrase, a
/// relative clause, an age, or a role ("executive director of the center", "chief economist at
/// KPMG"); it may hold one comma of its own ("a scientist at Birkbeck, University of London").
pub(super) fn appositive_subject(doc: &Doc, lo: usize, comma: usize) -> Option<Np> {
    // (a relative clause may run long: "who asked not to be named because he was not authorised to …")
    let floor = lo.max(comma.saturating_sub(24));
    let mut end = comma;
    for _ in 0..2 {
        let k = (floor..end).rev().find(|&t| doc.is_comma(t) || doc.is_quote_mark(t))?;
        if !doc.is_comma(k) {
            return None;
        }
        if k + 1 < comma && opens_appositive(doc, k + 1, comma) {
            // a name, or any phrase that opens the clause ("The lawsuits, filed by …, claim"); none before a
            // second appositive ("Sen. Rand Paul, R-Ky., who …,"): on to its comma
            // (a party and state named as a place is the second appositive's: "Sen. Ted Cruz, R-Texas, who …,")
            let party = |t: usize| matches!(doc.tok(t), "D" | "R" | "I") && doc.tok(t + 1) == "-";
            let party_state = |n: &Np| party(n.start) || n.start >= lo + 2 && party(n.start - 2);
            // (a name may carry a parenthesis: "Acme Inc. (NASDAQ: ACME), a leader in …,")
            let named = if k > lo + 2 && doc.tok(k - 1) == ")" { (k.saturating_sub(8).max(lo)..k - 1).rev().find(|&t| doc.tok(t) == "(").unwrap_or(k) } else { k };
            if let Some(np) = np_before(doc, lo, named).filter(|n| (matches!(n.head, Head::Entities(_)) || n.start == lo) && !party_state(n)) {
                // the name opens the clause, perhaps after its title ("US Secretary of State Antony Blinken, who …, said")
                // (lower-case parts of a title too: "Utah state Sen. Todd Weiler", "former Gov. Jan Brewer"; a role no office
                // names: "Former colleague Dr Jan Roe, who …,")
                // (and a role's modifier: "Aviation safety expert Dr Linda Ferreira")
                let role = |t: usize| doc.is(t, TITLE_PART | DESC_PERSON | ANONYMOUS);
                let title = (lo..np.start).all(|t| {
                    doc.capitalised(t) || role(t) || crate::one_of(doc.low(t), &["of", "the", "for", "and", "state", "former", "acting", "federal"]) || t + 1 < np.start && role(t + 1) && doc.is_word(t)
                });
                // (or after a dateline's dash: "SAN JOSE, Calif. /PRNewswire/ -- Acme Inc., a leader in …,")
                let opens = || doc.is_comma(np.start - 1) || doc.is_quote_mark(np.start - 1) || super::edges::is_dash(doc, np.start - 1);
                // (anywhere before a relative "who": "The star witness was Ann Roe, his former partner, who told")
                return (title || opens() || doc.low(comma + 1) == "who").then_some(np);
            }
        }
        end = k;
    }
    None
}

/// The speaker before the comma `comma` of ", who said": a name ("President Joe Biden, who said"), else the name
/// before its appositive ("Ann Roe, his former partner, who told"), else the description ("the chancellor, who said"),
/// else an unnamed source ("a diplomat familiar with the talks, who said"); never the sentence's subject.
pub(super) fn before_who(doc: &Doc, lo: usize, comma: usize) -> Np {
    let np = np_before(doc, lo, comma).filter(|n| !matches!(n.head, Head::Pronoun(_)));
    let named = |n: &Np| matches!(n.head, Head::Entities(_) | Head::Name(_));
    np.clone().filter(named).or_else(|| appositive_subject(doc, lo, comma).filter(|n| super::cue_who::person_np(doc, n))).or(np).unwrap_or(Np { start: comma + 1, end: comma + 2, head: Head::Anonymous })
}

/// "C, officials from both sides and from the mediating countries said": a speaker phrase
/// from a comma to the cue at `s`, headed by an unnamed-source or description noun right after
/// the comma (after a determiner) and going on with prepositional phrases only (no verb, no quotation).
pub(super) fn source_phrase(doc: &Doc, lo: usize, s: usize) -> Option<Np> {
    // (or opening the sentence: "Officials from both sides said")
    let start = match (lo.max(s.saturating_sub(14))..s).rev().find(|&t| !doc.is_word(t) && doc.entity(t).is_none() && doc.low(t) != "'s") {
        Some(k) if doc.is_comma(k) => k + 1,
        None if s - lo <= 14 && (lo == 0 || !doc.is_word(lo - 1)) => lo,
        _ => return None,
    };
    let mut h = start;
    while h < s && doc.is(h, DETERMINER) {
        h += 1;
    }
    if h + 2 >= s || !doc.is(h, ANONYMOUS | DESC) || doc.entity(h).is_some() || !crate::one_of(doc.low(h + 1), &["from", "in", "at", "of", "with", "close", "familiar", "on"]) {
        return None;
    }
    if (h + 1..s).any(|t| FINITE.contains(&doc.low(t)) || doc.is(t, RELATIVE) || doc.quote(t).is_some()) {
        return None;
    }
    let np = np_before(doc, start, h + 1)?;
    Some(Np { start, end: s, head: np.head })
}

/// Does the phrase from `first` to the comma `comma` open like an appositive: a determiner,
/// "who"/"which", an age, a party and state ("D-N.Y."), or a lower-case role word ("executive director of", "chief economist at")?
fn opens_appositive(doc: &Doc, first: usize, comma: usize) -> bool {
    doc.is(first, DETERMINER)
        || matches!(doc.low(first), "who" | "whose" | "which" | "now" | "still")
        || (comma == first + 1 && doc.label(first) == Some(Label::Number))
        // a US politician's party and state: "Chuck Schumer, D-N.Y., said"
        // where the person works: "Linda Ferreira, of Cranfield University, said"
        || (matches!(doc.low(first), "of" | "from" | "at") && doc.label(first + 1 + doc.is(first + 1, DETERMINER) as usize).is_some_and(|l| matches!(l, Label::Org | Label::Place)))
        || (matches!(doc.tok(first), "D" | "R" | "I") && first + 2 < comma && doc.tok(first + 1) == "-" && !doc.seg.tokens[first + 1].space_before)
        || (doc.is(first, PAST) && first + 1 < comma && crate::one_of(doc.low(first + 1), &["by", "in", "on", "at", "separately", "last", "earlier"]))
        // an owner's role: "Microsoft, OpenAI's largest backer, said" (a name, its "'s", then a lower-case word)
        || (first + 3 < comma && doc.entity(first).is_some() && possessive(doc, first + 1) && doc.is_word(first + 2) && !doc.capitalised(first + 2))
        // another name for it: "the Department of Forestry, known as Cal Fire, said", "…, also known as …,"
        || (first + 2 < comma && (doc.low(first) == "known" && doc.low(first + 1) == "as" || matches!(doc.low(first), "also" | "better" | "formerly") && doc.low(first + 1) == "known"))
        || (doc.is_word(first)
            && !doc.capitalised(first)
            && doc.entity(first).is_none()
            && (doc.is(first, DESC_PERSON | ANONYMOUS) || (first + 1..comma.min(first + 4)).any(|t| matches!(doc.low(t), "of" | "at" | "for"))))
}

/// The comma ending a source phrase that runs on after its noun phrase ("people familiar with
/// the matter,"): words only, no quotation, a few tokens at most.
pub(super) fn source_comma(doc: &Doc, from: usize, b: usize) -> Option<usize> {
    // (a slash joins two sources' names: "a Reuters/Ipsos poll")
    let k = (from..b.min(from + 10)).find(|&t| !doc.is_word(t) && !possessive(doc, t) && doc.tok(t) != "/")?;
    if !doc.is_comma(k) || k + 1 >= b {
        return None;
    }
    // "According to Smith, who led the inquiry, C": past a relative clause to its comma
    // ("According to the figures, published in October, C": or a participle and its setting; "According to the
    // ISW, a US-based think tank, C": or an appositive with no verb)
    let apposed = matches!(doc.low(k + 1), "a" | "an");
    if matches!(doc.low(k + 1), "who" | "which") || apposed || super::clause::setting_participle(doc, k + 1, b) {
        // (a past form joined by a hyphen is an adjective's: "US-based")
        let verb = |t: usize| apposed && (doc.is(t, PAST) && doc.seg.tokens[t].space_before || FINITE.contains(&doc.low(t)));
        return (k + 2..b.min(k + 16)).find(|&t| doc.is_comma(t) || doc.quote(t).is_some() || verb(t)).filter(|&t| doc.is_comma(t) && t + 1 < b).or(Some(k));
    }
    Some(k)
}

/// "according to Ukraine's interior minister, Ihor Klymenko": a role, a comma and a person's name after it; the
/// phrase through the name, which is the source (not the country that owns the role).
pub(super) fn named_after(doc: &Doc, n: Np, b: usize) -> Np {
    let person = (n.end + 1 < b && doc.is_comma(n.end)).then(|| doc.entity(n.end + 1)).flatten().filter(|&e| doc.entities[e].label == Label::Person);
    match person {
        Some(e) if doc.entity(n.end - 1).is_none() => Np { start: n.start, end: (n.end + 1..b).find(|&t| doc.entity(t) != Some(e)).unwrap_or(b), head: Head::Entities(vec![e]) },
        _ => n,
    }
}
