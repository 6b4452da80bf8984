//! Checkable facts: unattributed declarative sentences with something specific.
//!
//! Input: one body sentence and its attributions. Output: a factual claim over
//! the whole sentence, with the reasons that make it checkable, or nothing.
//! A sentence qualifies with a number, a date, a ranking or a named event, or
//! with a named actor and an event verb (past tense, perfect, progressive). Not:
//! sentences whose main verb is an attribution, questions and exclamations,
//! sentences that address the reader, sentences that are mostly a quote,
//! predictions and hedges without a date, speech acts and stances ("welcomed",
//! "urged", "has strongly opposed") without a number, date or ranking.

use super::cues::Attribution;
use super::flags::hedge_in;
use super::lexicon::with_lowercase;
use super::words::{self, CLAUSE_BREAK, OPENING_SUBORDINATOR, ORDINAL, PAST, READER as READER_WORD, RELATIVE, SKIP_BEFORE, SPEECH_ACT, SUPERLATIVE, VAGUE};
use super::Doc;
use crate::annotations::{Claim, ClaimKind, Label, Reason};
use crate::segment::TokenKind;
use crate::span::Span;

pub(super) const READER: &[&str] = &["i", "we", "you", "your", "our", "us", "my", "me"];
pub(super) const OPENING_SUBORDINATORS: &[&str] = &["while", "although", "though", "as", "because", "if", "when", "after", "before", "since", "despite", "like", "besides", "unlike", "whereas"];
pub(super) const CLAUSE_BREAKS: &[&str] = &["where", "which", "who", "when", "while", "although", "though", "whereas", "but", "as", "because", "after", "before", "until", "since", "with", "followed", "and"];
pub(super) const SUPERLATIVES: &[&str] = &["first", "last", "latest", "record", "ever", "most", "least", "best", "worst", "biggest", "largest", "highest", "lowest", "only", "longest", "oldest", "youngest", "earliest", "fastest", "greatest", "smallest"];
pub(super) const NOT_PAST: &[&str] = &["need", "indeed", "speed", "seed", "feed", "breed", "embed", "proceed", "succeed", "exceed", "hundred", "red", "bed", "shed", "based", "expected", "scheduled", "concerned", "interested", "supposed", "used", "related", "united", "limited", "advanced", "detailed"];

/// "US" is a country, not "us".
fn is_acronym(w: &str) -> bool {
    w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The reasons found so far, in order, each once (no allocation until the claim is made).
#[derive(Default)]
struct Reasons {
    list: [Option<Reason>; 6],
    len: usize,
    /// The reasons in `list`, a bit each (one test, not a search of the list).
    seen: u8,
}

impl Reasons {
    fn contains(&self, r: Reason) -> bool {
        self.seen & (1 << r as u8) != 0
    }
    fn add(&mut self, r: Reason) {
        if !self.contains(r) && self.len < self.list.len() {
            self.list[self.len] = Some(r);
            self.len += 1;
            self.seen |= 1 << r as u8;
        }
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A number mention that ranks ("first", "third", "21st").
fn ranking(text: &str) -> bool {
    with_lowercase(text, |w| SUPERLATIVES.contains(&w) || words::ordinal(w))
}

/// Does number mention `e`, starting at token `t`, rank? A mention that is one
/// ASCII token has the answer in its word classes.
fn ranks(doc: &Doc, e: usize, t: usize) -> bool {
    if doc.is_ascii_token(t) && doc.seg.tokens[t].span == doc.entities[e].span {
        return doc.is(t, SUPERLATIVE | ORDINAL);
    }
    ranking(&doc.entities[e].text)
}

#[inline(never)]
pub fn check(doc: &Doc, s: usize, atts: &[Attribution]) -> Option<Claim> {
    if atts.iter().any(|a| a.main) {
        return None;
    }
    let range = doc.seg.sentence_tokens[s].clone();
    // (after a wire dateline opening the sentence: "New Delhi, June 4 (Reuters) - …")
    let (mut a, b) = (super::edges::dateline_end(doc, range.start, range.end), range.end);
    // (a list's item is the words after its bullet: "- Libraries will close on Mondays")
    a += (a + 1 < b && crate::segment::is_bullet(doc.tok(a)) && doc.seg.tokens[a + 1].space_before) as usize;
    let span = Span::new(doc.seg.tokens[a].span.start, doc.seg.sentences[s].span.end);
    let last = (a..b).rev().find(|&t| !doc.is_quote_mark(t) && !doc.tok_is(t, ")"))?;
    // a question, a quotation, or a dateline segment ("WASHINGTON, June 12 (Reuters) -", "14:05 —")
    if matches!(doc.tok(last), "?" | "!" | "-" | "—" | "–") || doc.quote(a).is_some() {
        return None;
    }
    // one walk over the sentence: its size, how much of it is quoted, whether it
    // addresses the reader, and the reasons its mentions and words give
    let mut words = 0;
    let mut quoted = 0;
    let mut reader = false;
    let mut reasons = Reasons::default();
    let mut actor = false;
    let mut last_entity = None;
    for (t, (info, tok)) in (a..b).zip(doc.infos(a..b).iter().zip(&doc.seg.tokens[a..b])) {
        if tok.kind != TokenKind::Punct {
            words += 1; // a word or a number
        }
        if info.quoted() {
            quoted += 1;
            continue;
        }
        if info.is(READER_WORD) && !is_acronym(tok.text(doc.text)) {
            reader = true;
        }
        if let Some(e) = info.entity() {
            if last_entity == Some(e) {
                continue;
            }
            last_entity = Some(e);
            let reason = match doc.entities[e].label {
                Label::Number if ranks(doc, e, t) => Some(Reason::Superlative),
                Label::Number => Some(Reason::HasNumber),
                // (a short duration as a modifier is no date: "the four-day week", "a 30-minute final")
                Label::Date if adjectival_duration(&doc.entities[e].text) => None,
                Label::Date => Some(Reason::HasDate),
                Label::Event => Some(Reason::NamedEvent),
                Label::Person | Label::Org | Label::Place => {
                    actor = true;
                    None
                }
                Label::Group => None,
            };
            if let Some(r) = reason {
                reasons.add(r);
            }
        } else if info.is(SUPERLATIVE | ORDINAL) {
            reasons.add(Reason::Superlative);
        }
    }
    // ("Anyone with information is asked to call 101": an appeal to the reader)
    let appeal = || matches!(doc.low(a), "anyone" | "anybody") && (a..b).any(|t| matches!(doc.low(t), "asked" | "urged" | "should" | "call" | "contact"));
    if words < 4 || quoted * 5 >= (b - a) * 2 || reader || appeal() {
        return None;
    }
    // "02:40 Rishi Sunak holds his seat": a live blog's time stamp, a segment of its own, dates the sentence
    if s > 0 && doc.seg.sentences[s - 1].paragraph == doc.seg.sentences[s].paragraph && doc.seg.sentence_tokens[s - 1].len() == 3 && doc.label(a - 3) == Some(Label::Date) && doc.tok(a - 2) == ":" {
        reasons.add(Reason::HasDate);
    }
    // the main clause: after an opening subordinate clause, up to the next clause break
    let mut m0 = a;
    if doc.is(a, OPENING_SUBORDINATOR) {
        m0 = (a..b).find(|&t| doc.is_comma(t)).map_or(a, |t| t + 1);
    }
    let strong = !reasons.is_empty();
    let has_date = reasons.contains(Reason::HasDate);
    // one walk over the main clause, up to the next clause break: a stance ("welcomed",
    // "urged") matters only without specifics, an event verb only with a named actor
    let mut m1 = b;
    let mut stance = false;
    let mut event = false;
    let clause = doc.infos(m0..b);
    for (k, info) in clause.iter().enumerate() {
        let t = m0 + k;
        let outside = !info.quoted();
        if k > 0 && outside && ((info.is_comma() && clause.get(k + 1).is_some_and(|next| next.is(CLAUSE_BREAK))) || info.is(RELATIVE)) {
            m1 = t;
            break;
        }
        stance |= !strong && outside && info.is(SPEECH_ACT | VAGUE);
        event = event
            || (actor
                && outside
                && info.entity().is_none()
                && !info.capitalised()
                // ("is", "are", "was" and "were" are skip-before words: that bit first, then the strings)
                && (info.is(PAST) || (k > 0 && clause[k - 1].is(SKIP_BEFORE) && matches!(doc.low(t - 1), "is" | "are" | "was" | "were") && doc.low(t).ends_with("ing"))));
    }
    if !has_date && hedge_in(doc, m0, m1) {
        return None;
    }
    if stance && !strong {
        return None;
    }
    if actor && event {
        reasons.add(Reason::NamedActor);
        reasons.add(Reason::EventVerb);
    }
    if reasons.is_empty() {
        return None;
    }
    let reasons = reasons.list[..reasons.len].iter().flatten().copied().collect();
    Some(Claim {
        id: 0,
        span,
        kind: ClaimKind::Factual,
        text: span.of(doc.text).to_string(),
        speaker: None,
        speaker_entity: None,
        cue: None,
        cue_span: None,
        flags: Vec::new(),
        reasons,
        rule: if strong { "checkable_specific" } else { "actor_event" },
    })
}

/// Is a date mention a hyphenated short duration that modifies a noun ("four-day", "24-hour"; not an age or a
/// term in years: "26-year-old", "a 25-year sentence")?
fn adjectival_duration(text: &str) -> bool {
    text.rsplit_once('-').is_some_and(|(_, unit)| matches!(unit, "day" | "week" | "hour" | "minute"))
}
