//! Attribution cue phrases in a sentence: where each one is and what role it plays.
//!
//! Input: the document tables and a sentence's token range. Output: the cue
//! matches in order ([`CueMatch`]), outside quotation marks and entities, never
//! a noun ("the claims", "media reports"). One pass over the sentence's tokens,
//! a bounded look-ahead at each cue word.

use super::lexicon::{CueRole, LEXICON};
use super::words::{CUE, CUE_ONE, INTRODUCTORY, NOUN_MARKER, PRONOUN, SKIP_BEFORE};
use super::Doc;
use std::ops::Range;

/// "quoted Chernomyrdin as saying" at `t`: the end of the phrase, and where "as" is (hyphens on the way:
/// "quoted by the semi-official Tasnim news agency as saying").
fn quoted_as_saying(doc: &Doc, t: usize, end: usize) -> Option<(usize, CueRole, Option<usize>)> {
    if doc.low(t) != "quoted" {
        return None;
    }
    let as_at = (t + 2..end.min(t + 12)).find(|&u| doc.low(u) == "as" || !doc.is_word(u) && !matches!(doc.tok(u), "." | "'s" | "-"))?;
    // ("Ghalibaf was quoted by Tasnim as saying": the passive's agent only relays; the subject speaks)
    let person = (doc.low(t + 1) != "by").then_some(as_at);
    (doc.low(as_at) == "as" && as_at + 1 < end && doc.low(as_at + 1) == "saying").then_some((as_at + 2, CueRole::Quoted, person))
}

/// Prepositions before a plural cue word that make it a noun ("following reports that", "amid claims").
const NOUN_BEFORE: &[&str] = &["other", "several", "many", "member", "following", "amid", "despite", "after", "over", "about", "of", "to", "with", "by", "on", "in", "across", "among", "from", "for", "between", "denied", "dismissed", "rejected"];

/// A past form of a cue verb, which no determiner or "media" makes a noun: "said", "told", "warned".
fn past_form(w: &str) -> bool {
    w.ends_with("ed") || matches!(w, "said" | "told" | "wrote" | "thought")
}

/// Is `w` (lower case) a verb of belief, suspicion or feeling, which reports what its holder thinks ("The company
/// felt the deal was fair")? (A `match`: a length switch, then one comparison.)
pub(super) fn opinion_verb(w: &str) -> bool {
    matches!(w, "believe" | "believed" | "believes" | "feel" | "feels" | "felt" | "reckon" | "reckoned" | "reckons" | "suspect" | "suspected" | "suspects" | "think" | "thinks" | "thought")
}

/// The writer's or the reader's own view at opinion verb `t` ("I think", "we don't believe", "do you feel"),
/// a condition ("if experts think") or the "think" of "think tank":
/// no one's reported belief.
fn own_view(doc: &Doc, lo: usize, t: usize) -> bool {
    const BETWEEN: &[&str] = &["do", "don't", "n't", "not", "really", "still", "also", "just", "honestly", "genuinely", "personally", "all", "did", "didn't"];
    // ("think tank", "think-tank")
    let next = |k: usize| if t + k < doc.seg.tokens.len() { doc.low(t + k) } else { "" };
    if matches!(next(1), "tank" | "tanks") || next(1) == "-" && matches!(next(2), "tank" | "tanks") {
        return true;
    }
    // "if experts think": a condition, no one's stated view
    if (lo.max(t.saturating_sub(4))..t).any(|u| matches!(doc.low(u), "if" | "unless")) {
        return true;
    }
    let mut p = t;
    while p > lo && p + 4 > t {
        p -= 1;
        match doc.low(p) {
            "i" | "we" | "you" => return true,
            w if BETWEEN.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

pub(super) struct CueMatch {
    pub start: usize,
    pub end: usize,
    pub role: CueRole,
    /// "Interfax quoted Chernomyrdin as saying": the token "as" after the person quoted, who is the speaker.
    pub quoted: Option<usize>,
}

pub(super) fn find_cues(doc: &Doc, range: &Range<usize>) -> Vec<CueMatch> {
    let mut out: Vec<CueMatch> = Vec::new();
    let mut t = range.start;
    // "Asked what she would say to voters, Haddad laughed": the question put to the speaker, up to its comma,
    // holds no cue
    // ("asked" and "when" are introductory words: that bit first, the strings only then)
    let asked = t < range.end && doc.is(t, INTRODUCTORY) && (doc.low(t) == "asked" || t + 1 < range.end && doc.low(t) == "when" && doc.low(t + 1) == "asked");
    if asked {
        t = (t..range.end).find(|&u| doc.is_comma(u)).unwrap_or(t);
    }
    while t < range.end {
        // most tokens are no cue's first word: on to the next that is
        match doc.next_in(t..range.end, CUE) {
            Some(k) => t = k,
            None => break,
        }
        let found = (|| {
            if !doc.is(t, CUE) || doc.quote(t).is_some() || doc.entity(t).is_some() || !doc.is_word(t) {
                return None;
            }
            let candidates = LEXICON.cues.get(doc.low(t))?;
            if doc.capitalised(t) && t != range.start {
                return None;
            }
            // "Tell us how many …", "Say what you like": a bare verb opening the sentence is an imperative
            let low = doc.low(t);
            if t == range.start && !past_form(low) && !low.ends_with('s') && !low.ends_with("ing") && !low.ends_with("ly") && low != "according" {
                return None;
            }
            if t > range.start && past_form(low) && low != "asked" && matches!(doc.low(t - 1), "when" | "if" | "unless" | "until" | "though" | "although" | "while") {
                return None; // "sounds like cannabis when said faster", "if told in advance": a participle's clause, no one speaks
            }
            if t > range.start && doc.is(t - 1, NOUN_MARKER) && !(past_form(doc.low(t)) && matches!(doc.low(t - 1), "media" | "news" | "press")) {
                return None; // "the claims", "media reports" (not "state media said")
            }
            if t > range.start && matches!(doc.low(t - 1), "'s" | "’s") && !past_form(doc.low(t)) && !doc.low(t).ends_with("ing") {
                return None; // "an auditor's report", "Russia's warning" (not "she's said", "he's warning")
            }
            if t > range.start && doc.low(t).ends_with('s') && (doc.label(t - 1) == Some(crate::annotations::Label::Number) || NOUN_BEFORE.contains(&doc.low(t - 1))) {
                return None; // "three states", "two reports", "following reports that", "amid claims that"
            }
            if t > range.start && doc.low(t).ends_with('s') && doc.label(t - 1) == Some(crate::annotations::Label::Group) {
                return None; // "the Australian states", "Arab states": a nationality before a plural noun
            }
            if t > range.start && doc.low(t) == "states" && doc.label(t - 1) == Some(crate::annotations::Label::Place) {
                return None; // "Kogi, Benue and Niger states": a place before "states" names the states ("Russia says" does speak)
            }
            if t >= range.start + 2 && doc.tok_is(t - 2, "-") && doc.is_word(t - 1) && !doc.seg.tokens[t - 1].space_before && !past_form(doc.low(t)) {
                return None; // "the benchmark 10-year note rose": a word after a hyphenated modifier is a noun
            }
            if matches!(low, "show" | "shows") && t > range.start && matches!(doc.label(t - 1), Some(crate::annotations::Label::Place | crate::annotations::Label::Group)) {
                return None; // "the first London show", "an American show": a place's or a nationality's show is no evidence speaking
            }
            // (after a word that can be no subject: "which he believes could grow", "who Baghdad says are" report)
            let noun_before = t > range.start && doc.is_word(t - 1) && !doc.is(t - 1, PRONOUN) && doc.entity(t - 1).is_none();
            // ("swing states including Arizona": a plural noun before the list it heads)
            if noun_before && doc.low(t).ends_with('s') && t + 1 < range.end && crate::one_of(doc.low(t + 1), &["can", "could", "will", "would", "may", "might", "must", "should", "shall", "have", "are", "were", "do", "did", "including", "such", "like", "where"]) {
                return None; // "Member states can set lower limits", "the claims were false": a plural noun before its verb
            }
            if t > range.start && doc.low(t - 1) == "of" && doc.low(t).ends_with("ing") {
                return None; // "accused Israel of adding new conditions": a gerund
            }
            // "in its last quarterly report that", "the group's own estimate": a noun after a determiner and modifiers
            // ("a severe weather warning (SIGMET) was issued", "the amber warning for the region": so is "warning" before no
            // clause of its own)
            let warning = low == "warning" && t + 1 < range.end && (!doc.is_word(t + 1) || crate::one_of(doc.low(t + 1), &["for", "was", "is", "has", "had", "remains", "will"]));
            let noun = matches!(low, "report" | "estimate" | "claim" | "note") || warning;
            if noun && (2..=3).any(|k| t >= range.start + k && doc.is(t - k, NOUN_MARKER) && (t - k + 1..t).all(|u| doc.is_word(u) && !doc.is(u, SKIP_BEFORE | PRONOUN) && !doc.low(u).ends_with('s'))) {
                return None;
            }
            // "the 10-year Treasury note rose", "Treasury notes fell": a noun after a body's name, before the verb it heads
            if (noun || matches!(low, "reports" | "estimates" | "claims" | "notes")) && t > range.start && t + 1 < range.end && doc.is(t + 1, super::words::PAST)
                && doc.label(t - 1).is_some_and(|l| l != crate::annotations::Label::Person) {
                return None;
            }
            if opinion_verb(low) && own_view(doc, range.start, t) {
                return None;
            }
            candidates.iter().find_map(|(words, role)| {
                let end = t + words.len();
                (end <= range.end && words.iter().enumerate().all(|(i, w)| doc.low(t + i) == *w)).then_some((end, *role, None))
            }).or_else(|| quoted_as_saying(doc, t, range.end))
        })();
        match found {
            // "work to show the cuts would get people into jobs", "was to write a letter in May suggesting that": evidence's (or a writer's) infinitive is a purpose, no report
            // (not a source's word: "went on to claim the vote was rigged"; "did not need to show that C": a duty, with "that" too)
            Some((end, CueRole::Finding, _)) if t > range.start && doc.low(t - 1) == "to" && matches!(doc.low(t), "show" | "suggest" | "find" | "reveal" | "indicate" | "write")
                && end < range.end && (doc.low(end) != "that" || t > range.start + 1 && matches!(doc.low(t - 2), "need" | "needs" | "needed" | "have" | "has" | "had" | "having")) => t = end,
            Some((end, role, quoted)) => {
                // "reports said": the first word is a noun (not in "according to estimates by X", nor a phrase:
                // "said in a statement posted on its website")
                let next_is_cue = end == t + 1 && end < range.end && doc.is(end, CUE_ONE) && role != CueRole::According;
                if !next_is_cue {
                    let mut start = t;
                    if role == CueRole::Quoted {
                        while start > range.start && matches!(doc.low(start - 1), "was" | "is" | "were" | "been" | "being" | "has" | "had") {
                            start -= 1;
                        }
                    }
                    out.push(CueMatch { start, end, role, quoted });
                }
                t = end;
            }
            None => t += 1,
        }
    }
    out
}
