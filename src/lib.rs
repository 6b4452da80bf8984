//! newslens: entities and claims in news text, computed locally.
//!
//! ```
//! use newslens::{ClaimKind, Label};
//! let text = "The minister said \"we will help to settle the situation\" on Thursday.";
//! let a = newslens::annotate(text);
//! assert!(a.entities.iter().any(|e| e.text == "Thursday" && e.label == Label::Date));
//! let quote = a.claims.iter().find(|c| c.kind == ClaimKind::Quote).unwrap();
//! assert_eq!(quote.span.of(text), "we will help to settle the situation");
//! assert_eq!(quote.cue.as_deref(), Some("said"));
//! ```
//!
//! The pipeline: [`segment`] (paragraphs, sentences, tokens, boilerplate) →
//! [`entities`] (mentions and linked entities) → [`claims`] (quotes, reported
//! speech, checkable facts) → [`Annotations`]. All spans are UTF-8 byte
//! offsets into the input; [`Annotations::remap`] converts them at a boundary.

pub mod annotations;
pub mod claims;
pub mod compare;
pub mod entities;
pub mod hash;
pub mod segment;
pub mod short_list;
pub mod sort;
pub mod short_text;
pub mod span;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub use wasm::{annotate_js as wasm_annotate_value_for_tests, annotate_json_for_tests as wasm_annotate_json_for_tests, annotate_str_for_tests as wasm_annotate_for_tests};

pub use compare::{compare, compare_annotated, Comparison};
pub use annotations::{Annotations, Claim, ClaimKind, Entity, Flag, Label, LinkedEntity, Reason};
pub use short_list::ShortList;
pub use short_text::ShortText;
pub use span::{OffsetUnit, Span};

/// Annotates one text. Never panics, whatever the input.
pub fn annotate(text: &str) -> Annotations {
    let seg = segment::segment(text);
    let (entities, linked) = entities::find_entities(text, &seg);
    let claims = claims::find_claims(text, &seg, &entities, &linked);
    let boilerplate = seg
        .paragraphs
        .iter()
        .filter(|p| p.kind == annotations::ParagraphKind::Boilerplate)
        .map(|p| p.span)
        .collect();
    Annotations { paragraphs: seg.paragraphs, sentences: seg.sentences, entities, linked, claims, boilerplate }
}

/// Is `w` one of `list`? One loop out of line, for the rules' longer word lists: a `matches!` over many strings
/// compiles to a comparison for each at every call site, kilobytes of .wasm in all.
#[inline(never)]
pub(crate) fn one_of(w: &str, list: &[&str]) -> bool {
    // (length and first byte before the bytes: most entries differ in one of them)
    list.iter().any(|e| e.len() == w.len() && e.as_bytes().first() == w.as_bytes().first() && *e == w)
}

/// Is `w` one of `list`, without regard to ASCII case? One loop out of line: comparing each entry of a constant
/// list without regard to case unrolls into kilobytes of .wasm at every call site.
#[inline(never)]
pub(crate) fn any_case_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|e| e.eq_ignore_ascii_case(w))
}
