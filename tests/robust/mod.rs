//! The output invariants every input must keep, shared by the property tests
//! (`tests/props.rs`), the fuzz regressions (`tests/fuzz_regressions.rs`, the inputs in `tests/fuzz_regressions/`) and
//! the fuzz target (`fuzz/fuzz_targets/annotate.rs`, which includes this file).
//!
//! Input: a text and its annotations in UTF-8 bytes. Output: `Err` naming the
//! first broken invariant. Checked: every span in bounds, half-open, on char
//! boundaries; paragraphs, sentences and entities sorted and disjoint; each
//! sentence inside its paragraph; claims sorted; texts equal to their spans;
//! ids and cross references in range; and the UTF-16 and code-point offsets
//! of [`Annotations::remap`] equal to those computed with `std`.
#![allow(dead_code)]

use newslens::{Annotations, OffsetUnit, Span};

fn span_ok(text: &str, what: &str, s: Span) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!("{what} {s:?} out of bounds (text is {} bytes)", text.len()));
    }
    if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what} {s:?} not on char boundaries"));
    }
    Ok(())
}

fn sorted_disjoint(what: &str, spans: impl Iterator<Item = Span>) -> Result<(), String> {
    let mut prev: Option<Span> = None;
    for s in spans {
        if let Some(p) = prev {
            if s.start < p.end {
                return Err(format!("{what}: {s:?} starts before the end of {p:?}"));
            }
        }
        prev = Some(s);
    }
    Ok(())
}

/// Every span of `a`, in a fixed order (the order [`Annotations::remap`] must keep).
pub fn all_spans(a: &Annotations) -> Vec<(&'static str, Span)> {
    let mut out = Vec::new();
    out.extend(a.paragraphs.iter().map(|p| ("paragraph", p.span)));
    out.extend(a.sentences.iter().map(|s| ("sentence", s.span)));
    out.extend(a.entities.iter().map(|e| ("entity", e.span)));
    for c in &a.claims {
        out.push(("claim", c.span));
        out.extend(c.cue_span.map(|s| ("cue", s)));
    }
    out.extend(a.boilerplate.iter().map(|&s| ("boilerplate", s)));
    out
}

/// Checks the annotations of `text` (byte offsets) and their UTF-16 and code-point remaps.
pub fn check(text: &str, a: &Annotations) -> Result<(), String> {
    check_structure(text, a)?;
    check_remap(text, a)
}

/// The checks of [`check`] that take linear time (no offset conversion), for huge inputs.
pub fn check_structure(text: &str, a: &Annotations) -> Result<(), String> {
    for (what, s) in all_spans(a) {
        span_ok(text, what, s)?;
    }
    sorted_disjoint("paragraphs", a.paragraphs.iter().map(|p| p.span))?;
    sorted_disjoint("sentences", a.sentences.iter().map(|s| s.span))?;
    sorted_disjoint("entities", a.entities.iter().map(|e| e.span))?;
    for (i, s) in a.sentences.iter().enumerate() {
        let p = a.paragraphs.get(s.paragraph).ok_or(format!("sentence {i}: paragraph {} missing", s.paragraph))?;
        if !p.span.contains(s.span) {
            return Err(format!("sentence {i} {:?} outside its paragraph {:?}", s.span, p.span));
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        if e.id != i || e.text != e.span.of(text) {
            return Err(format!("entity {i}: id {} text {:?} for span {:?}", e.id, e.text, e.span));
        }
        if e.linked >= a.linked.len() {
            return Err(format!("entity {i}: linked {} missing", e.linked));
        }
    }
    // each entity is a mention of exactly the linked entity it points to
    let mut seen = vec![false; a.entities.len()];
    for (i, l) in a.linked.iter().enumerate() {
        for &m in &l.mentions {
            if l.id != i || m >= seen.len() || seen[m] || a.entities[m].linked != i {
                return Err(format!("linked {i}: bad id, or mention {m} out of range, repeated or pointing elsewhere"));
            }
            seen[m] = true;
        }
    }
    if let Some(i) = seen.iter().position(|&s| !s) {
        return Err(format!("entity {i} is among the mentions of no linked entity"));
    }
    let mut prev_start = 0;
    for (i, c) in a.claims.iter().enumerate() {
        if c.id != i || c.text != c.span.of(text) || c.span.start < prev_start {
            return Err(format!("claim {i}: id {} span {:?} text {:?} (claims sorted by start, text = span)", c.id, c.span, c.text));
        }
        prev_start = c.span.start;
        if let (Some(cue), Some(cs)) = (&c.cue, c.cue_span) {
            if cue != cs.of(text) {
                return Err(format!("claim {i}: cue {cue:?} is not the text of its cue span {cs:?}"));
            }
        }
        if c.speaker_entity.is_some_and(|l| l >= a.linked.len()) {
            return Err(format!("claim {i}: speaker_entity out of range"));
        }
    }
    Ok(())
}

/// `remap` to UTF-16 and code points gives what `std` counts for every offset.
pub fn check_remap(text: &str, a: &Annotations) -> Result<(), String> {
    let bytes = all_spans(a);
    for unit in [OffsetUnit::Utf16, OffsetUnit::CodePoint] {
        let count = |b: usize| match unit {
            OffsetUnit::Utf16 => text[..b].encode_utf16().count(),
            _ => text[..b].chars().count(),
        };
        let remapped = all_spans(&a.clone().remap(text, unit));
        if remapped.len() != bytes.len() {
            return Err(format!("remap {unit:?} changed the number of spans"));
        }
        for ((what, b), (_, r)) in bytes.iter().zip(&remapped) {
            let want = Span::new(count(b.start), count(b.end));
            if *r != want {
                return Err(format!("{what} {b:?}: {unit:?} offsets {r:?}, std says {want:?}"));
            }
        }
    }
    Ok(())
}
