//! Paragraph kinds: headlines, captions, bylines and boilerplate.
//!
//! Input: one paragraph span. Output: its kind and the rule that decided it.
//! Boilerplate (paywall prompts, price lists, share buttons) yields no claims
//! and is returned to the page to dim; detection is by cue phrases and shape,
//! never by matching a particular site.

use crate::annotations::{Paragraph, ParagraphKind};
use crate::span::Span;

/// Lower-case phrases that mark subscription, sharing and navigation blocks.
const BOILERPLATE_CUES: &[&str] = &[
    "subscribe", "subscription", "log in", "sign in", "sign up", "newsletter", "free articles", "already a member",
    "already subscribed", "cancel anytime", "renews automatically", "share this", "share on", "follow us",
    "click here", "read more", "advertisement", "cookie", "all rights reserved", "terms of use", "privacy policy",
    "digital replica", "ad-free", "premium stories", "download the app", "disclaimer:",
];

pub fn classify(text: &str, span: Span) -> (ParagraphKind, &'static str) {
    let line = span.of(text);
    let lower = line.to_lowercase();
    if line.chars().count() <= 300 && BOILERPLATE_CUES.iter().any(|c| lower.contains(c)) {
        return (ParagraphKind::Boilerplate, "boilerplate_cue");
    }
    if line.starts_with("--") || line.starts_with("By ") && line.split_whitespace().count() <= 6 {
        return (ParagraphKind::Byline, "byline_shape");
    }
    let words = line.split_whitespace().count();
    let ends_like_sentence = line.ends_with(['.', '!', '?', '"', '”', '’', '…']);
    if !ends_like_sentence && words <= 3 && line.chars().any(|c| c.is_ascii_digit() || "₹$€£¥".contains(c)) {
        return (ParagraphKind::Boilerplate, "price_or_count_line");
    }
    if !ends_like_sentence && words <= 20 && words >= 2 && is_title_case(line) {
        return (ParagraphKind::Headline, "title_case_line");
    }
    (ParagraphKind::Body, "default")
}

/// Short fragments sandwiched between boilerplate lines are boilerplate too
/// (the plan names and feature lists of a paywall block).
pub fn mark_runs(text: &str, paragraphs: &mut [Paragraph]) {
    let n = paragraphs.len();
    for i in 0..n {
        if paragraphs[i].kind == ParagraphKind::Boilerplate {
            continue;
        }
        let short = paragraphs[i].span.of(text).split_whitespace().count() <= 12
            && !paragraphs[i].span.of(text).ends_with('.');
        let before = i > 0 && paragraphs[i - 1].kind == ParagraphKind::Boilerplate;
        let after = (i + 1..n.min(i + 3)).any(|j| paragraphs[j].kind == ParagraphKind::Boilerplate);
        if short && before && after {
            paragraphs[i].kind = ParagraphKind::Boilerplate;
            paragraphs[i].rule = "inside_boilerplate_block";
        }
    }
}

fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    if words.is_empty() {
        return false;
    }
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    caps * 10 >= words.len() * 7
}
