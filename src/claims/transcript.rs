//! Transcripts: paragraphs opening with a speaker's name in capitals and a colon ("BLINKEN: I think
//! it is."), as broadcasters and courts print them.
//!
//! Input: the document tables. Output: the labelled paragraphs as [`Answers`], each with the span of
//! its words after the colon and its speaker: the person the text names whose name ends in the
//! label ("Secretary Blinken" for "BLINKEN"), else the label itself. A text is a transcript when its
//! labels come back (three labelled paragraphs, two speakers, one of them named in the text); a
//! lone "BREAKING:" is none. One look at each paragraph's first tokens.

use super::interview::Answers;
use super::who::Who;
use super::Doc;
use crate::annotations::Label;
use crate::span::Span;

/// Capitalised words before a colon that label a line, not a speaker.
const NOT_SPEAKERS: &[&str] = &["ALSO", "BREAKING", "CORRECTION", "EXCLUSIVE", "LIVE", "NOTE", "PHOTOS", "READ", "RELATED", "UPDATE", "UPDATED", "VIDEO", "WATCH"];

/// Is token `t` a word in capitals of two letters or more ("BLINKEN", "O'BRIEN")?
fn shouted(doc: &Doc, t: usize) -> bool {
    // (the kind first: no slice of a punctuation token)
    let w = if doc.is_word(t) { doc.tok(t) } else { return false };
    w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-' | '.')) && w.chars().any(char::is_alphabetic)
}

pub(super) fn lines(doc: &Doc) -> Option<Answers> {
    let seg = doc.seg;
    let tokens = &seg.tokens;
    // (paragraph, first token of the label, the colon)
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    for (p, para) in seg.paragraphs.iter().enumerate() {
        let t = seg.paragraph_tokens[p].start;
        // one to three words in capitals, a colon, then words of the same paragraph
        let mut c = t;
        while c < tokens.len() && c < t + 3 && tokens[c].span.end <= para.span.end && shouted(doc, c) {
            c += 1;
        }
        if c > t && c + 1 < tokens.len() && doc.tok(c) == ":" && tokens[c + 1].span.start < para.span.end && !NOT_SPEAKERS.contains(&doc.tok(t)) {
            lines.push((p, t, c));
        }
    }
    if lines.len() < 3 {
        return None;
    }
    let label = |&(_, t, c): &(usize, usize, usize)| &doc.text[tokens[t].span.start..tokens[c - 1].span.end];
    // each label's speaker, looked up once
    let mut speakers: Vec<(&str, Option<usize>)> = Vec::new();
    for l in &lines {
        let name = label(l);
        if !speakers.iter().any(|s| s.0 == name) {
            speakers.push((name, person_named(doc, name)));
        }
    }
    if speakers.len() < 2 || speakers.iter().all(|s| s.1.is_none()) {
        return None;
    }
    let mut answers = Vec::with_capacity(lines.len());
    let mut labelled = Vec::with_capacity(lines.len());
    for l in &lines {
        let (p, t, c) = *l;
        let start = tokens[c + 1].span.start;
        let end = seg.paragraphs[p].span.end;
        answers.push((p, Span::new(start, start + doc.text[start..end].trim_end().len())));
        let who = speakers.iter().find(|s| s.0 == label(l)).and_then(|s| s.1);
        labelled.push(who.map_or(Who::Name(Span::new(tokens[t].span.start, tokens[c - 1].span.end)), |e| Who::Entities(vec![e])));
    }
    Some(Answers { answers, who: None, labelled, rule: "transcript_line" })
}

/// The person the text names whose name ends with the label's word(s), in any case; the one named most.
fn person_named(doc: &Doc, label: &str) -> Option<usize> {
    (0..doc.linked.len())
        .filter(|&l| doc.linked[l].label == Label::Person)
        .filter(|&l| {
            let name = doc.linked[l].name.as_str();
            let cut = name.len().wrapping_sub(label.len());
            // (the label is a whole word of the name: "Blinken" and "Antony Blinken", not "Oblinken")
            name.get(cut..).is_some_and(|tail| tail.eq_ignore_ascii_case(label)) && (cut == 0 || name.get(..cut).is_some_and(|h| h.ends_with(' ')))
        })
        .max_by_key(|&l| doc.linked[l].mentions.len())
}
