//! Flags: hedged wording inside a claim.
//!
//! Input: the document tables and a token range (or a span). Output: whether a
//! hedge phrase from `claim_hedges.txt` ("is expected to", "likely",
//! "reportedly") occurs in it outside quotation marks. The `unattributed` and
//! `anonymous_source` flags come from the speaker (see `make_claim`).

use super::lexicon::LEXICON;
use super::words::HEDGE;
use super::Doc;
use crate::annotations::Label;
use crate::span::Span;

/// The first hedge phrase in tokens `a..b`, outside quotes.
pub fn hedge_in(doc: &Doc, a: usize, b: usize) -> bool {
    // (the token tables walked as a slice: no index check per token)
    doc.infos(a..b.max(a)).iter().enumerate().any(|(k, info)| {
        let t = a + k;
        info.is(HEDGE)
            && !info.quoted()
            && info.entity().is_none_or(|e| doc.entities[e].label != Label::Date) // "in May"
            && LEXICON.hedges.get(doc.low(t)).is_some_and(|list| {
                list.iter().any(|(words, _)| t + words.len() <= b && words.iter().enumerate().all(|(i, w)| doc.low(t + i) == *w))
            })
    })
}

/// Token range of a span.
pub fn tokens_of(doc: &Doc, span: Span) -> (usize, usize) {
    let a = doc.seg.tokens.partition_point(|t| t.span.start < span.start);
    let b = doc.seg.tokens.partition_point(|t| t.span.end <= span.end);
    (a, b.max(a))
}

pub fn hedged(doc: &Doc, span: Span) -> bool {
    let (a, b) = tokens_of(doc, span);
    hedge_in(doc, a, b)
}
