//! Stage 1: paragraphs, sentences, tokens and boilerplate.
//!
//! Input: the original text. Output: [`Segments`], spans into that text.
//! Nothing here edits the text: curly quotes, dashes and odd spaces are
//! recognised where tokens are classified, so every offset stays exact.
//! Invariants: tokens are sorted and disjoint; every sentence lies inside one
//! paragraph; all spans are on char boundaries.

mod boilerplate;
mod press_release;
mod cues;
mod furniture;
mod sentences;
mod tokens;
mod word_ends;

pub use tokens::{is_clock, is_quote_char, tokenize, Token, TokenKind};
pub use furniture::is_bullet;
pub(crate) use furniture::DESKS;

use crate::annotations::{Paragraph, ParagraphKind, Sentence};
use crate::span::Span;
use tokens::Line;

/// The segmentation of one text.
#[derive(Debug, Default)]
pub struct Segments {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The text with ASCII letters lower-cased: the same bytes at the same
    /// offsets, so any span of the text is also a span of this.
    pub lower: String,
    /// For each sentence, the range of its tokens in `tokens`.
    pub sentence_tokens: Vec<std::ops::Range<usize>>,
    /// For each paragraph, the range of its tokens in `tokens` (its start is the first token at or after the paragraph's start).
    pub paragraph_tokens: Vec<std::ops::Range<usize>>,
}

impl Segments {
    /// The tokens of sentence `i`.
    pub fn tokens_of(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentence_tokens[i].clone()]
    }

    /// Index of the sentence that contains byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    pub fn paragraph_kind(&self, sentence: usize) -> ParagraphKind {
        self.paragraphs[self.sentences[sentence].paragraph].kind
    }
}

/// Splits `text` into paragraphs (lines), sentences and tokens.
pub fn segment(text: &str) -> Segments {
    let tokens::Scan { mut tokens, odd_gaps, lines, slashes, stops } = tokens::scan(text);
    let lines = join_wrapped(text, lines);
    let lower = text.to_ascii_lowercase();
    let ascii = text.is_ascii();
    crate::entities::LEXICON.tag(text, &lower, ascii, &mut tokens);
    let mut paragraphs = Vec::with_capacity(lines.len());
    let mut words = Vec::with_capacity(lines.len());
    let mut paragraph_tokens = Vec::with_capacity(lines.len());
    let mut slash = 0;
    let mut before = Line::default();
    for &(line, span) in &lines {
        if let Some(span) = span {
            let shape = paragraph_shape(text, &slashes, &mut slash, odd_gaps, ascii, span, line.spaced - before.spaced);
            paragraph_tokens.push(before.tokens..line.tokens);
            let within = (!odd_gaps).then(|| &tokens[before.tokens..line.tokens]);
            let (kind, rule) = boilerplate::classify(text, &lower, span, shape, within);
            paragraphs.push(Paragraph { span, kind, rule });
            words.push(shape.words);
        }
        before = line;
    }
    first_line_headline(text, &mut paragraphs, &words);
    boilerplate::mark_runs(text, &mut paragraphs, &words);
    press_release::mark(text, &lower, &mut paragraphs, &words);
    // a sentence has some 16 tokens
    let mut sentences = Vec::with_capacity(paragraphs.len() + tokens.len() / 12);
    let mut sentence_tokens = Vec::with_capacity(sentences.capacity());
    let mut ranges = Vec::with_capacity(16);
    // the possible sentence ends of each paragraph
    let mut stop = 0;
    for (pi, within) in paragraph_tokens.iter().cloned().enumerate() {
        let first = within.start;
        while stop < stops.len() && stops[stop] < first {
            stop += 1;
        }
        let from = stop;
        while stop < stops.len() && stops[stop] < within.end {
            stop += 1;
        }
        sentences::split(text, &tokens[within], first, &stops[from..stop], &mut ranges);
        for range in ranges.drain(..) {
            let toks = &tokens[first + range.start..first + range.end];
            let span = Span::new(toks[0].span.start, toks[toks.len() - 1].span.end);
            sentences.push(Sentence { span, paragraph: pi });
            sentence_tokens.push(first + range.start..first + range.end);
        }
    }
    Segments { paragraphs, sentences, tokens, lower, sentence_tokens, paragraph_tokens }
}

/// Hard-wrapped text (from e-mail, PDFs, terminals): a line that does not end like a sentence and is
/// followed directly by a line starting in lower case goes on in it ("… rates steady on Wednesday" /
/// "and policymakers …"): the two are one paragraph, so the sentence is not cut at the break.
/// Each line comes with its text trimmed ([`trimmed`], from the end of the line before): its paragraph.
fn join_wrapped(text: &str, lines: Vec<Line>) -> Vec<(Line, Option<Span>)> {
    let mut out = Vec::with_capacity(lines.len());
    let mut start = 0;
    // the last line's `next`, which is this line's `here` when the last line was not joined to it
    let mut carried = None;
    for (i, &line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).and_then(|n| trimmed(text, line.end + 1, n.end));
        let here = carried.take().unwrap_or_else(|| trimmed(text, start, line.end));
        let goes_on = match (here, next) {
            (Some(h), Some(n)) => {
                let h = h.of(text);
                n.of(text).chars().next().is_some_and(char::is_lowercase)
                    && !boilerplate::ends_like_sentence(h)
                    && h.split_whitespace().nth(4).is_some()
            }
            _ => false,
        };
        if !goes_on {
            out.push((line, here));
            start = line.end + 1;
            carried = Some(next);
        }
    }
    out
}

/// The first line of a text of several lines, short and without sentence punctuation, is its headline
/// ("Fed holds rates steady, signals two cuts later this year"), even with a comma and a long tail.
fn first_line_headline(text: &str, paragraphs: &mut [Paragraph], words: &[usize]) {
    if let [first, second, ..] = paragraphs {
        let line = first.span.of(text);
        // (not a hard-wrapped sentence: "… steady on Wednesday" / "and policymakers pushed back …";
        // a headline may end in a particle: "… as strike drags on")
        let next_lower = second.span.of(text).chars().next().is_some_and(char::is_lowercase);
        if first.kind == ParagraphKind::Body && (3..=16).contains(&words[0]) && !boilerplate::ends_like_sentence(line) && !line.contains(['.', ';']) && !next_lower {
            (first.kind, first.rule) = (ParagraphKind::Headline, "first_line_headline");
        }
        // "Opinion: The four-day week is not a fantasy. It works.": a section label opens a headline, sentences or not
        if first.kind == ParagraphKind::Body && (3..=20).contains(&words[0]) && section_label(line) && !next_lower {
            (first.kind, first.rule) = (ParagraphKind::Headline, "section_label_headline");
        }
    }
}

/// Section labels that open a headline ("Opinion: …"); not a place ("New Delhi: The government on Monday …"
/// opens a body paragraph in some styles).
const SECTION_LABELS: &[&str] = &[
    "analysis", "breaking", "column", "comment", "editorial", "essay", "exclusive", "explainer", "fact check", "factcheck", "feature", "interview", "investigation",
    "letters", "live", "obituary", "opinion", "perspective", "podcast", "q&a", "review", "update", "video", "watch",
];

/// Does a line open with a section label and a colon ("Opinion:", "Q&A:", "Fact check:")?
fn section_label(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, _)| label.len() <= 13 && SECTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)))
}

/// The [`boilerplate::Shape`] of the paragraph at `span`, which has `spaced` tokens right after whitespace.
/// With only whitespace between tokens (no `odd_gaps`: controls, zero-width
/// spaces), a word as `split_whitespace` sees one starts at each spaced token.
/// An `ascii` text has as many chars as bytes; `slashes` are the offsets of its
/// slashes, `slash` the first not before this paragraph (paragraph after paragraph).
fn paragraph_shape(text: &str, slashes: &[usize], slash: &mut usize, odd_gaps: bool, ascii: bool, span: Span, spaced: usize) -> boilerplate::Shape {
    while *slash < slashes.len() && slashes[*slash] < span.start {
        *slash += 1;
    }
    let has_slash = *slash < slashes.len() && slashes[*slash] < span.end;
    let line = span.of(text);
    if odd_gaps {
        return boilerplate::shape(line);
    }
    let chars = if ascii { line.len() } else { line.chars().count() };
    boilerplate::Shape { chars, words: spaced, slash: has_slash }
}

/// The span of `text[start..end]` without its leading and trailing whitespace, unless that leaves nothing.
/// A paragraph is such a line: pasted news puts one paragraph on a line far
/// more often than it wraps a sentence.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let b = text.as_bytes();
    let (mut s, mut e) = (start, end);
    // ASCII whitespace by byte; anything else from 0x80 by `str::trim_*`
    while s < e && is_ascii_space(b[s]) {
        s += 1;
    }
    while e > s && is_ascii_space(b[e - 1]) {
        e -= 1;
    }
    if s < e && b[s] >= 0x80 {
        s = e - text[s..e].trim_start().len();
    }
    if s < e && b[e - 1] >= 0x80 {
        e = s + text[s..e].trim_end().len();
    }
    (s < e).then(|| Span::new(s, e))
}

/// The ASCII bytes `char::is_whitespace` accepts (unlike `u8::is_ascii_whitespace`, with the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn splits_sentences_and_keeps_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Smith went to Washington. He left.", &["Mr. Smith went to Washington.", "He left."]),
            ("The U.S. Navy said so. It agreed.", &["The U.S. Navy said so.", "It agreed."]),
            ("J. R. R. Tolkien wrote it. Done.", &["J. R. R. Tolkien wrote it.", "Done."]),
            ("\"We will win.\" He smiled.", &["\"We will win.\"", "He smiled."]),
            ("“It is over,” she said. Then quiet.", &["“It is over,” she said.", "Then quiet."]),
            ("Sie sagte: „Es ist vorbei.“ Dann Stille.", &["Sie sagte: „Es ist vorbei.“", "Dann Stille."]),
            ("Line one\nLine two", &["Line one", "Line two"]),
            ("Prices rose 3.5 per cent. Wow!", &["Prices rose 3.5 per cent.", "Wow!"]),
            ("Is it? Yes.", &["Is it?", "Yes."]),
            ("WASHINGTON (Reuters) - The Senate voted.", &["WASHINGTON (Reuters) -", "The Senate voted."]),
            ("MOSCOW, April 25 (AP) — Talks began.", &["MOSCOW, April 25 (AP) —", "Talks began."]),
            ("WASHINGTON — President Joe Biden signed it.", &["WASHINGTON —", "President Joe Biden signed it."]),
            ("CUPERTINO, California — Apple unveiled it.", &["CUPERTINO, California —", "Apple unveiled it."]),
            ("DALLAS, Texas — Police said so.", &["DALLAS, Texas —", "Police said so."]),
            ("PARIS, France - the show began.", &["PARIS, France - the show began."]),
            ("14:05 — Russia launched drones.", &["14:05 —", "Russia launched drones."]),
            ("NATO - the alliance - met.", &["NATO - the alliance - met."]),
            ("SOCCER - JAPAN WIN", &["SOCCER - JAPAN WIN"]),
            ("It was signed by Apple Inc. The firm said so.", &["It was signed by Apple Inc.", "The firm said so."]),
            ("It opened at Dundee Rep. Angus Robertson said so.", &["It opened at Dundee Rep.", "Angus Robertson said so."]),
            ("Rep. Nancy Pelosi said so. Texas Rep. John Smith agreed.", &["Rep. Nancy Pelosi said so.", "Texas Rep. John Smith agreed."]),
            ("Gen. A. Smith met them at John F. Kennedy airport.", &["Gen. A. Smith met them at John F. Kennedy airport."]),
            ("\"Deal!\" Breton wrote on X. \"Why?\" Ann Lee asked.", &["\"Deal!\" Breton wrote on X.", "\"Why?\" Ann Lee asked."]),
            ("\"Go!\" The police said no. Is it? Smith said yes.", &["\"Go!\"", "The police said no.", "Is it?", "Smith said yes."]),
            ("They vowed to codify Roe v. Wade, the 1973 ruling. It stalled.", &["They vowed to codify Roe v. Wade, the 1973 ruling.", "It stalled."]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  First line. \r\n\r\nSecond\n";
        let s = segment(text);
        let got: Vec<&str> = s.paragraphs.iter().map(|p| p.span.of(text)).collect();
        assert_eq!(got, ["First line.", "Second"]);
    }

    #[test]
    fn lines_and_word_counts_from_tokens_match_split() {
        let texts = [
            "Mr. Smith went to Washington.\nUS-led talks, 3.5% — “quoted” O'Leary's",
            "REUTERS/Jane Doe\nand/or 1/2 http://x.y/z",
            "  tabs\tand\u{a0}no-break\u{2003}spaces \r\n\n second line ",
            "\u{b}\u{a0} vertical tab \u{a0}\u{c}\n\u{3000}\n\u{b}",
            "odd\u{0}gap and zero\u{200B}width\u{FEFF}marks a/b",
            "\u{85}next line\u{2028}separator",
        ];
        for text in texts {
            let scan = tokens::scan(text);
            let want_lines: Vec<&str> = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
            let mut got_lines = Vec::new();
            let (mut before, mut slash) = (Line::default(), 0);
            for &line in &scan.lines {
                if let Some(span) = trimmed(text, before.end, line.end) {
                    let shape = paragraph_shape(text, &scan.slashes, &mut slash, scan.odd_gaps, text.is_ascii(), span, line.spaced - before.spaced);
                    let line = span.of(text);
                    let want = (line.chars().count(), line.split_whitespace().count(), line.contains('/'));
                    assert_eq!((shape.chars, shape.words, shape.slash), want, "{line:?}");
                    let slow = boilerplate::shape(line);
                    assert_eq!((slow.chars, slow.words, slow.slash), want, "{line:?}");
                    got_lines.push(line);
                }
                before = Line { end: line.end + 1, ..line };
            }
            assert_eq!(got_lines, want_lines);
        }
    }

    #[test]
    fn paragraph_tokens_are_the_tokens_inside_each_paragraph() {
        for text in ["  First line. \r\n\r\nSecond\n", "a b\n\u{200B}\nc d e\n\n", "wrapped line that goes on and on here\nand ends here.\nNext."] {
            let s = segment(text);
            assert_eq!(s.paragraph_tokens.len(), s.paragraphs.len());
            for (p, para) in s.paragraphs.iter().enumerate() {
                let want = s.tokens.partition_point(|t| t.span.start < para.span.start)..s.tokens.partition_point(|t| t.span.start < para.span.end);
                assert_eq!(s.paragraph_tokens[p], want, "{text:?} paragraph {p}");
            }
        }
    }

    #[test]
    fn sentence_at_finds_the_sentence() {
        let text = "One. Two.";
        let s = segment(text);
        assert_eq!(s.sentence_at(0), Some(0));
        assert_eq!(s.sentence_at(6), Some(1));
        assert_eq!(s.sentence_at(4), None);
    }
}
