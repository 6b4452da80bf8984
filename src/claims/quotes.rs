//! Direct quotes and their speakers.

use crate::annotations::{Claim, ClaimKind, Entity, Label, LinkedEntity, ParagraphKind};
use crate::segment::Segments;
use crate::span::Span;

const CUES: &[&str] = &["said", "says", "told", "added", "asked", "stated", "declared", "wrote", "explained", "insisted", "warned", "according to"];

fn opens(c: char) -> Option<&'static [char]> {
    match c {
        '"' => Some(&['"', '”']),
        '“' => Some(&['”', '"', '“']),
        '«' => Some(&['»']),
        '„' => Some(&['“', '”']),
        '‘' => Some(&['’']),
        _ => None,
    }
}

/// Quote spans (inside the marks) of one paragraph.
fn quote_spans(text: &str, para: Span) -> Vec<Span> {
    let body = para.of(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, &'static [char])> = None;
    let mut prev = ' ';
    for (i, c) in body.char_indices() {
        let at = para.start + i;
        match open {
            Some((start, closers)) if closers.contains(&c) => {
                let next = body[i + c.len_utf8()..].chars().next().unwrap_or(' ');
                if c != '’' || !next.is_alphanumeric() {
                    out.push(Span::new(start, at));
                    open = None;
                }
            }
            None => {
                if let Some(closers) = opens(c) {
                    // a straight or single mark is an opening mark only after a space or bracket
                    if !matches!(c, '"' | '‘') || !prev.is_alphanumeric() {
                        open = Some((at + c.len_utf8(), closers));
                    }
                }
            }
            _ => {}
        }
        prev = c;
    }
    // an unclosed quote runs to the end of its paragraph, never further
    if let Some((start, _)) = open {
        if start < para.end {
            out.push(Span::new(start, para.end));
        }
    }
    out
}

fn trim_quote(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let t = s.trim_end().trim_end_matches(',').trim_end();
    let lead = s.len() - s.trim_start().len();
    Span::new(span.start + lead, span.start + t.len().max(lead))
}

pub fn find_quotes(text: &str, seg: &Segments, entities: &[Entity], linked: &[LinkedEntity]) -> Vec<Claim> {
    let mut out = Vec::new();
    for p in seg.paragraphs.iter().filter(|p| p.kind == ParagraphKind::Body) {
        for q in quote_spans(text, p.span) {
            let q = trim_quote(text, q);
            if q.of(text).split_whitespace().count() < 4 {
                continue; // scare quotes and short fragments
            }
            let (speaker, cue) = attribute(text, seg, entities, p.span, q);
            let speaker_entity = speaker.map(|e| entities[e].linked);
            out.push(Claim {
                id: 0,
                span: q,
                kind: ClaimKind::Quote,
                text: q.of(text).to_string(),
                speaker: speaker_entity.map(|l| linked[l].name.clone()),
                speaker_entity,
                cue: cue.map(|c| c.of(text).to_string()),
                cue_span: cue,
                flags: Vec::new(),
                reasons: Vec::new(),
                rule: if cue.is_some() { "quote_with_cue" } else { "quote" },
            });
        }
    }
    out
}

/// The speaker mention and the cue of a quote, looked for in its paragraph outside the quote.
fn attribute(text: &str, seg: &Segments, entities: &[Entity], para: Span, quote: Span) -> (Option<usize>, Option<Span>) {
    let lower = para.of(text).to_lowercase();
    let mut best: Option<Span> = None;
    for cue in CUES {
        for (i, _) in lower.match_indices(cue) {
            let span = Span::new(para.start + i, para.start + i + cue.len());
            let bounded = !text[..span.start].chars().next_back().is_some_and(char::is_alphanumeric)
                && !text[span.end..].chars().next().is_some_and(char::is_alphanumeric);
            if bounded && !quote.overlaps(span) && lower.len() == para.len() {
                let d = distance(span, quote);
                if best.is_none_or(|b| d < distance(b, quote)) {
                    best = Some(span);
                }
            }
        }
    }
    let Some(cue) = best else { return (None, None) };
    let is_speaker = |e: &&Entity| matches!(e.label, Label::Person | Label::Org) && !quote.contains(e.span) && para.contains(e.span);
    // "X said" or "said X": the nearest person or organisation on either side of the cue
    let speaker = entities
        .iter()
        .filter(is_speaker)
        .min_by_key(|e| distance(e.span, cue))
        .map(|e| e.id)
        .filter(|&id| distance(entities[id].span, cue) < 80);
    let speaker = speaker.or_else(|| {
        // "he said": the last person mentioned before the quote
        let sentence = seg.sentence_at(cue.start)?;
        let before = seg.sentences[sentence].span.start.min(quote.start);
        entities.iter().filter(|e| e.label == Label::Person && e.span.end <= before).last().map(|e| e.id)
    });
    (speaker, Some(cue))
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}
