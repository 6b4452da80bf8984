//! The edges of a content or a fact inside its sentence: a wire dateline before it ("New Delhi, June 4 (Reuters) -"),
//! a bracketed aside after the last word ("(translated)"), and the main clause after an opening subordinate clause
//! that holds the cue ("When X announced that C, the reaction …").
//!
//! Input: the document tables and token positions in one sentence. Output: token positions. Each looks at a few
//! tokens, after a cheap test (a line's first words, a closing bracket, an opening subordinator).

use super::clause::clause_follows;
use super::words::SPEECH_ACT;
use super::Doc;

/// Is token `t` a dash, as a dateline or an aside sets one ("-", "--", "—", "–")?
pub(super) fn is_dash(doc: &Doc, t: usize) -> bool {
    doc.seg.tokens[t].span.len() <= 3 && matches!(doc.tok(t), "-" | "--" | "—" | "–")
}

/// Where a wire dateline opening tokens `a..b` ends: "New Delhi, June 4 (Reuters) - C", "OSLO, Norway, June 12, 2026
/// (GLOBE NEWSWIRE) -- C" (a place and a comma, an agency in brackets, a dash); `a` when there is none.
pub(super) fn dateline_end(doc: &Doc, a: usize, b: usize) -> usize {
    // (cheap tests first: a line's first words, a comma among them and a closing bracket in its first 20 tokens)
    if a + 4 >= b || !(a == 0 || doc.seg.tokens[a].newline_before) || !(a + 1..a + 4).any(|t| doc.is_comma(t)) || !doc.capitalised(a) {
        return a;
    }
    let last = b.min(a + 20);
    if !doc.text.as_bytes()[doc.seg.tokens[a].span.start..doc.seg.tokens[last - 1].span.end].contains(&b')') {
        return a;
    }
    let dash = |t: usize| t < b && is_dash(doc, t);
    let Some(close) = (a + 3..last).find(|&t| doc.tok(t) == ")" && dash(t + 1)) else { return a };
    let open = (a..close).rev().find(|&t| doc.tok(t) == "(");
    let agency = open.is_some_and(|o| o > a && doc.capitalised(o + 1));
    let mut end = close + 1;
    while agency && dash(end) {
        end += 1;
    }
    if agency && end < b { end } else { a }
}

/// Where a sentence's words end (`b` after its final punctuation) before a lower-case aside in brackets:
/// "“…,” he told France Bleu radio (translated)." ends at "radio" ("(AP)" is no aside).
pub(super) fn before_aside(doc: &Doc, a: usize, b: usize) -> usize {
    let open = (b > a + 2 && doc.tok_is(b - 1, ")")).then(|| (b.saturating_sub(8).max(a)..b - 1).rev().find(|&u| doc.tok_is(u, "("))).flatten();
    open.filter(|&o| doc.tok(o + 1).starts_with(|c: char| c.is_lowercase())).unwrap_or(b)
}

/// Where a content from `r` ends when its cue at `cue` sits in the subordinate clause opening the sentence at `a`
/// ("When the government announced that C, the reaction was predictable": at the comma before the main clause).
pub(super) fn opening_clause_end(doc: &Doc, a: usize, cue: usize, r: usize, b: usize) -> usize {
    const OPENERS: &[&str] = &["after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until", "when", "whereas", "while"];
    if !OPENERS.contains(&doc.low(a)) || (a..cue).any(|t| doc.is_comma(t)) {
        return b;
    }
    (r..b).find(|&t| doc.is_comma(t) && doc.quote(t).is_none() && clause_follows(doc, t + 1, b)).unwrap_or(b)
}

/// Where a content from `r` to `end` ends before a second verb of its speaker's, a speech act after "and" with no
/// subject of its own: "Police said roads were blocked and urged people not to drive" (the police urged).
pub(super) fn speech_act_end(doc: &Doc, r: usize, end: usize) -> usize {
    // (a walk over the class bits for the rarer speech act, then a look at the word before it)
    let mut from = r + 2;
    while let Some(t) = (from < end).then(|| doc.next_in(from..end, SPEECH_ACT)).flatten() {
        if doc.low(t - 1) == "and" && doc.quote(t - 1).is_none() && doc.low(t).ends_with("ed") {
            return t - 1;
        }
        from = t + 1;
    }
    end
}
