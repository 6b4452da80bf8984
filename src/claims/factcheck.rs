//! Fact-check layouts: paragraphs labelled "Claim:" and "Verdict:" (or "Rating:", "Our ruling:"), or
//! headed by a paragraph that is only such a label ("The claim"). A claim label's words are what
//! someone claimed, not the outlet's own assertion: a reported claim with the label as its cue and the
//! speaker the paragraph names, else none (rule `fact_check_claim`). A verdict's paragraph is the
//! checker's rating: no factual claims of the outlet.
//!
//! Input: the document tables. Output: the labelled paragraphs. One look at each paragraph's first bytes.

use super::Doc;
use crate::span::Span;

/// What a labelled paragraph is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Role {
    Claim,
    Verdict,
}

/// Labels of the claim checked, lower-case.
const CLAIM_LABELS: &[&str] = &["claim", "claims", "the claim", "what was claimed"];
/// Labels of the checker's rating, lower-case ("the verdict" alone heads a court report's section too).
const VERDICT_LABELS: &[&str] = &["verdict", "our verdict", "rating", "our rating", "ruling", "our ruling"];

/// The label opening `words` and the byte length of the label with its colon and the spaces after it,
/// or 0 when the label is all the paragraph says (a heading).
fn label(words: &str) -> Option<(Role, usize)> {
    if !label_start(*words.as_bytes().first()?) {
        return None; // most paragraphs: one byte
    }
    // (the colon within the label's length, or a short paragraph that is only the label)
    let head = match words.bytes().take(18).position(|b| b == b':') {
        Some(c) => &words[..c],
        None if words.len() <= 17 => words,
        None => return None,
    };
    let head_words = head.trim_end();
    let is = |list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(head_words));
    let role = if is(CLAIM_LABELS) {
        Role::Claim
    } else if is(VERDICT_LABELS) || head_words.eq_ignore_ascii_case("the verdict") && head.len() < words.len() {
        Role::Verdict
    } else {
        return None;
    };
    let rest = &words[head.len()..];
    match rest.strip_prefix(':') {
        Some(after) if !after.trim().is_empty() => Some((role, words.len() - after.trim_start().len())),
        _ => Some((role, 0)),
    }
}

/// Can a label open with byte `b` (the first letters of the labels above)?
fn label_start(b: u8) -> bool {
    matches!(b.to_ascii_lowercase(), b'c' | b't' | b'w' | b'v' | b'o' | b'r')
}

/// The labelled paragraphs, in order: (paragraph, role, where its content starts).
pub(super) fn labelled(doc: &Doc) -> Vec<(usize, Role, usize)> {
    let mut out = Vec::new();
    let paras = &doc.seg.paragraphs;
    for (p, para) in paras.iter().enumerate() {
        // (most paragraphs: one byte, before the paragraph is sliced and trimmed)
        if !doc.text.as_bytes().get(para.span.start).is_some_and(|&b| label_start(b)) {
            continue;
        }
        let words = para.span.of(doc.text).trim_end();
        match label(words) {
            Some((role, 0)) if p + 1 < paras.len() => out.push((p + 1, role, paras[p + 1].span.start)),
            Some((role, n)) if n > 0 => out.push((p, role, para.span.start + n)),
            _ => {}
        }
    }
    out
}

/// The words of a claim label's sentence `sentence` after the label (content from byte `from`), without the
/// final punctuation, and the label as the cue (the heading's, or "Claim" before a colon).
pub(super) fn content(doc: &Doc, sentence: Span, from: usize) -> Option<(Span, Span)> {
    let start = sentence.start.max(from);
    let words = doc.text.get(start..sentence.end)?.trim_end().trim_end_matches(['.', '!', ';']);
    // the label: the words before the colon on the paragraph's line, or the heading paragraph before it
    let p = doc.seg.paragraphs.partition_point(|x| x.span.end <= from);
    let line = doc.seg.paragraphs.get(p)?.span;
    let cue = match doc.text[line.start..from].find(':') {
        Some(c) if line.start < from => Span::new(line.start, line.start + c),
        _ => {
            let heading = doc.seg.paragraphs.get(p.checked_sub(1)?)?.span;
            let h = doc.text[heading.start..heading.end].trim_end().trim_end_matches(':');
            Span::new(heading.start, heading.start + h.len())
        }
    };
    (!words.is_empty() && !words.ends_with('?')).then(|| (Span::new(start, start + words.len()), cue))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label("Claim: Crime has doubled."), Some((Role::Claim, 7)));
        assert_eq!(label("CLAIM:  Crime has doubled."), Some((Role::Claim, 8)));
        assert_eq!(label("The claim"), Some((Role::Claim, 0)));
        assert_eq!(label("Verdict: False"), Some((Role::Verdict, 9)));
        assert_eq!(label("The verdict"), None);
        assert_eq!(label("The verdict: guilty"), Some((Role::Verdict, 13)));
        assert_eq!(label("The claims office said"), None);
        assert_eq!(label("Rachel Reeves: we will"), None);
    }
}
