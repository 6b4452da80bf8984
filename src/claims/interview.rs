//! Interviews printed as questions and answers: paragraphs opening "Q:" and "A:" (or the interviewee's name and a colon).
//!
//! Input: the document tables. Output: the answer paragraphs, each with the span of its words
//! after "A:", and the interviewee who speaks them: the person the text names most (ties: the one
//! named first). An answer is the interviewee's words, as a post is its signer's: a quote claim
//! with no cue (rule `interview_answer`), and none of its sentences is the writer's own factual
//! claim. A text with no "Q:" paragraph has no answers ("A: …" alone may be anything).
//! One look at each paragraph's first two tokens, and one at each linked entity.

use super::lexicon::LEXICON;
use super::who::Who;
use super::Doc;
use crate::annotations::{Label, ParagraphKind};
use crate::span::Span;

/// The answers of an interview, by paragraph.
pub(super) struct Answers {
    /// (paragraph, the answer's words) in text order.
    pub answers: Vec<(usize, Span)>,
    /// The interviewee's linked entity.
    pub who: Option<usize>,
    /// Each answer's own speaker, in a transcript ([`super::transcript`]); empty otherwise.
    pub labelled: Vec<Who>,
    /// The rule of the quotes: `interview_answer` or `transcript_line`.
    pub rule: &'static str,
}

impl Answers {
    /// Is paragraph `p` an answer?
    pub fn holds(&self, p: usize) -> bool {
        self.answers.binary_search_by_key(&p, |a| a.0).is_ok()
    }
}

/// The answers, if the text is an interview.
pub(super) fn answers(doc: &Doc) -> Option<Answers> {
    if let Some(lines) = super::transcript::lines(doc) {
        return Some(lines);
    }
    let seg = doc.seg;
    let mut questions = false;
    let mut answers = Vec::new();
    for (p, para) in seg.paragraphs.iter().enumerate() {
        // the paragraph's first token
        let t = seg.paragraph_tokens[p].start;
        if t + 2 >= seg.tokens.len() || seg.tokens[t].span.start >= para.span.end || !doc.tok_is(t + 1, ":") {
            continue;
        }
        // ("Hayhoe: Because …": an answer labelled with the interviewee's name, after "Q:" questions; not a headline's
        // "Arteta: 'We have to be ruthless'")
        match doc.tok(t) {
            "Q" => questions = true,
            w if (w == "A" || doc.label(t) == Some(Label::Person) && para.kind == ParagraphKind::Body) && seg.tokens[t + 2].span.start < para.span.end => {
                let start = seg.tokens[t + 2].span.start;
                answers.push((p, Span::new(start, start + doc.text[start..para.span.end].trim_end().len())));
            }
            _ => {}
        }
    }
    if !questions {
        answers = bare_answers(doc);
    }
    if answers.is_empty() {
        return None;
    }
    // the person named most, and first among equals; not the writer named first in the byline ("By Owen Pritchard")
    let first = |l: usize| doc.linked[l].mentions.first().map_or(usize::MAX, |&m| doc.entities[m].span.start);
    let byline = |at: usize| seg.paragraphs.iter().any(|p| p.kind == ParagraphKind::Byline && p.span.start <= at && at < p.span.end);
    let who = (0..doc.linked.len())
        .filter(|&l| doc.linked[l].label == Label::Person && !byline(first(l)))
        .max_by_key(|&l| (doc.linked[l].mentions.len(), std::cmp::Reverse(first(l))));
    Some(Answers { answers, who, labelled: Vec::new(), rule: "interview_answer" })
}

/// The answers of an interview printed without "Q:" and "A:": the body paragraphs after a question paragraph.
fn bare_answers(doc: &Doc) -> Vec<(usize, Span)> {
    let (mut answers, mut questions, mut first_person, mut after_question, mut last_question) = (Vec::new(), 0, 0, false, usize::MAX - 1);
    let mut asked = 0;
    for (p, para) in doc.seg.paragraphs.iter().enumerate() {
        let words = para.span.of(doc.text).trim_end();
        // (a headline asking its question is no interviewer's: "Fact check: Did immigration cost £40bn?")
        if p == 0 && para.kind != ParagraphKind::Body {
            continue;
        }
        if words.ends_with('?') && words.len() < 200 {
            (questions, after_question, last_question, asked) = (questions + 1, true, p, asked + 1);
            continue;
        }
        if !after_question {
            continue; // (most paragraphs: no word of them is read)
        }
        let first = has_first_person(words);
        // ("Critics say the levy will hurt shops." or any one sentence between two answers, the next in the first
        // person: a prompt too)
        let next_mine = || doc.seg.paragraphs.get(p + 1).is_some_and(|n| has_first_person(n.span.of(doc.text)));
        // ("The judges called it a book about inheritance.": one sentence of the interviewer's between answers)
        // (after an answer in the first person itself)
        let one_sentence = |a: &(usize, Span)| words.ends_with('.') && !words[..words.len() - 1].contains(". ") && has_first_person(a.1.of(doc.text));
        let prompt = || last_question + 1 < p && answers.last().is_some_and(|a: &(usize, Span)| a.0 + 1 == p && (cue_word(words) || one_sentence(a))) && next_mine();
        if !first && words.len() < 200 && (has(words, &["you", "your", "You", "Your"]) || prompt()) {
            questions += 1; // a prompt to the interviewee, no question mark: "Your critics say you want to punish drivers."
        } else if para.kind == ParagraphKind::Body && !words.to_lowercase().contains("this interview") {
            first_person += first as usize;
            answers.push((p, Span::new(para.span.start, para.span.start + words.len())));
        } else {
            after_question = false;
        }
    }
    // after the last question, the answer runs until a paragraph with no first person: the story goes on
    // ("Haddad faces two rivals in May.")
    if let Some(k) = answers.iter().rposition(|a: &(usize, Span)| a.0 == last_question + 1) {
        let mine = |a: &(usize, Span)| has_first_person(a.1.of(doc.text));
        let end = answers[k + 1..].iter().position(|a| !mine(a)).map_or(answers.len(), |i| k + 1 + i);
        answers.truncate(end);
    }
    if questions < 2 || asked < 2 || first_person * 2 <= answers.len() {
        answers.clear();
    }
    answers
}

/// Does the paragraph have a word of `list`?
fn has(words: &str, list: &[&str]) -> bool {
    words.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').any(|x| list.contains(&x))
}

/// Does the paragraph have an attribution cue word ("say", "argue")?
fn cue_word(words: &str) -> bool {
    words.split(|c: char| !c.is_alphanumeric()).any(|x| LEXICON.cues.contains_key(x))
}

/// Does the paragraph have a word of a speaker talking of themselves?
fn has_first_person(words: &str) -> bool {
    has(words, FIRST_PERSON)
}

/// Words of a speaker talking of themselves.
const FIRST_PERSON: &[&str] = &[
    "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "me", "my", "My", "we", "We", "we're", "We're", "we’re", "We’re", "we've",
    "We've", "we’ve", "We’ve", "our", "Our", "us",
];
