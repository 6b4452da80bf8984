//! The document tables the claim rules read: one pass over the tokens.
//!
//! Input: the text, its segments, entities and linked entities. Output: a
//! [`Doc`] with, per token, the entity mention and quote covering it, its
//! lower-cased form, and its word classes ([`super::words`]: the claim word
//! lists it is in, and whether it is capitalised, a quotation mark or a comma);
//! and the runs of tokens each entity mention covers. Invariant: built in one
//! forward pass (entities and quotes are sorted), so the work is linear. A word
//! the entity lexicon lists is classified once per program run, by its lexicon
//! index ([`crate::segment::Token::lex`]); later tokens of it read the classes.

use super::{lexicon, quotes, words};
use crate::annotations::{Entity, Label, LinkedEntity};
use crate::entities::lexicon::UNLISTED;
use crate::segment::{Segments, TokenKind};
use crate::span::{next_non_ascii, partition_from, Span};

/// What the claim rules read about one token, computed once per document.
/// Indices are `u32` ([`NONE`]: none) to keep the table small; a text with 2³² tokens does not fit in a wasm32 memory.
#[derive(Clone, Copy)]
pub(crate) struct TokenInfo<'a> {
    /// The entity mention covering the token.
    entity: u32,
    /// The quote (by its outer span, marks included) covering the token.
    quote: u32,
    /// Its [`words`] classes, and [`CAPITALISED`] / [`QUOTE_MARK`].
    classes: u32,
    /// [`NONE`] for an ASCII token (its lower-cased form is `ascii_low`), else the index of its lower-cased form's span in `Doc::lows`.
    low: u32,
    /// An ASCII token's lower-cased form (`seg.lower` at its span), sliced once here so that [`Doc::low`] (some 370 calls a document) reads it with no checks.
    ascii_low: &'a str,
}

const NONE: u32 = u32::MAX;

impl TokenInfo<'_> {
    /// The entity mention covering the token.
    pub fn entity(&self) -> Option<usize> {
        some(self.entity)
    }
    /// Is the token inside a quote?
    pub fn quoted(&self) -> bool {
        self.quote != NONE
    }
    /// Is the token in any of the [`words`] classes `bits`?
    pub fn is(&self, bits: u32) -> bool {
        self.classes & bits != 0
    }
    /// Is the token a word written with a capital?
    pub fn capitalised(&self) -> bool {
        self.is(CAPITALISED)
    }
    /// Is the token a comma?
    pub fn is_comma(&self) -> bool {
        self.is(COMMA)
    }
}

fn some(i: u32) -> Option<usize> {
    (i != NONE).then_some(i as usize)
}

// Class bits of the form of a token, above the [`words`] bits.
/// An apostrophe, alone or with "s" ("'", "’s"): what a possessive may be.
const APOSTROPHE: u32 = 1 << 28;
const COMMA: u32 = 1 << 29;
const CAPITALISED: u32 = 1 << 30;
const QUOTE_MARK: u32 = 1 << 31;

/// Everything the claim rules read about one document, with per-token tables.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub seg: &'a Segments,
    pub entities: &'a [Entity],
    pub linked: &'a [LinkedEntity],
    pub quotes: Vec<quotes::Quote>,
    tokens: Vec<TokenInfo<'a>>,
    /// The lower-cased forms of the tokens that are not ASCII …
    lower: String,
    /// … and their spans in `lower`.
    lows: Vec<(usize, usize)>,
    /// Each run of consecutive tokens covered by one entity mention: (first token, end token, entity).
    runs: Vec<(u32, u32, u32)>,
    /// Where the last search in `runs` ended ([`Doc::first_run_ending_after`]).
    run_hint: std::cell::Cell<usize>,
    /// Some linked entity is a person.
    names_a_person: bool,
}

thread_local! {
    /// The [`words`] classes of each word the entity lexicon lists, by its index there
    /// ([`crate::segment::Token::lex`], the lower-cased word's key): a token's classes
    /// depend on its lower-cased word only, so a word is classified once per run of the
    /// program, and a listed word (most words of a text) costs one array read. Grows to
    /// the largest index seen ([`UNKNOWN`] where no word was classified yet).
    static CLASSES_BY_LEX: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
}

/// No [`words`] classes are known for this lexicon index (no word has every class bit).
const UNKNOWN: u32 = u32::MAX;

/// What a token's first byte says about it ([`FIRST_BYTE`]).
const UPPER_ASCII: u8 = 1;
const NON_ASCII: u8 = 2;
/// `"`, `'` or the lead byte of a curly or angled quotation mark.
const MARK_START: u8 = 4;
const COMMA_BYTE: u8 = 8;

const FIRST_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let mut shape = 0;
        if byte.is_ascii_uppercase() {
            shape |= UPPER_ASCII;
        }
        if byte >= 0x80 {
            shape |= NON_ASCII;
        }
        if quotes::mark_byte(byte) {
            shape |= MARK_START;
        }
        if byte == b',' {
            shape |= COMMA_BYTE;
        }
        table[b] = shape;
        b += 1;
    }
    table
};

/// A single quotation mark (the first byte rules out everything else cheaply).
fn quote_mark(tok: &str) -> bool {
    tok.as_bytes().first().is_some_and(|&b| quotes::mark_byte(b))
        && tok.chars().next().is_some_and(crate::segment::is_quote_char)
        && tok.chars().count() == 1
}

/// Calls `f` with each span's index and the tokens wholly inside it, for spans that hold
/// a token. The spans are sorted and disjoint, so the walk over the tokens only goes
/// forward: token by token, or (`far`: spans far apart and long, as quotes are) by
/// doubling steps, passing over a gap or a quote in a few probes.
fn for_tokens_inside(tokens: &[crate::segment::Token], spans: impl Iterator<Item = Span>, far: bool, mut f: impl FnMut(usize, std::ops::Range<usize>)) {
    let mut t = 0;
    for (i, span) in spans.enumerate() {
        let first;
        if far {
            first = t + partition_from(&tokens[t..], 0, |tok| tok.span.start < span.start);
            t = first + partition_from(&tokens[first..], 0, |tok| tok.span.end <= span.end);
        } else {
            while t < tokens.len() && tokens[t].span.start < span.start {
                t += 1;
            }
            first = t;
            while t < tokens.len() && tokens[t].span.end <= span.end {
                t += 1;
            }
        }
        if t > first {
            f(i, first..t);
        }
    }
}

/// Appends `tok` lower-cased to `lower` and its span there to `lows`: the index of that span.
#[inline(never)] // a token with a non-ASCII byte: rare, kept out of the token loop of [`Doc::new`]
fn push_low(tok: &str, lower: &mut String, lows: &mut Vec<(usize, usize)>, buf: &mut String) -> u32 {
    let from = lower.len();
    lower.push_str(lexicon::lower(tok, buf));
    lows.push((from, lower.len()));
    lows.len() as u32 - 1
}

/// The [`words`] classes of a word with lexicon index `lex` that no token before it gave,
/// remembered in `memo` by that index if it has one: `word` is the lower-cased word, or
/// for an ASCII word its span in the lower-cased text `seg_lower`.
#[inline(never)] // once per listed word and run of the program (and for unlisted words): kept out of the token loop
fn first_classes(table: &words::Words, seg_lower: &str, word: Result<&str, (usize, usize)>, lex: u32, memo: &mut Vec<u32>) -> u32 {
    let classes = match word {
        Err((start, end)) => table.classes_at(seg_lower, start, end),
        Ok(w) => words::classes(w),
    };
    if lex < UNLISTED {
        let lex = lex as usize;
        if lex >= memo.len() {
            memo.resize(lex + 1, UNKNOWN);
        }
        memo[lex] = classes;
    }
    classes
}

impl<'a> Doc<'a> {
    #[inline(never)]
    pub fn new(text: &'a str, seg: &'a Segments, entities: &'a [Entity], linked: &'a [LinkedEntity]) -> Doc<'a> {
        let quotes = quotes::scan(text, &seg.paragraphs);
        let mut tokens = Vec::with_capacity(seg.tokens.len());
        let mut lower = String::new();
        let mut lows = Vec::new();
        let mut buf = String::new();
        // the next non-ASCII byte at or after the token (found by a scan that only goes forward)
        let mut non_ascii = next_non_ascii(text.as_bytes(), 0);
        let table = words::table();
        let mut memo = CLASSES_BY_LEX.take();
        for tok in &seg.tokens {
            let (start, end) = (tok.span.start, tok.span.end);
            if non_ascii < start {
                non_ascii = next_non_ascii(text.as_bytes(), start);
            }
            let ascii = non_ascii >= end;
            let from = lower.len();
            let low = if ascii { NONE } else { push_low(tok.text(text), &mut lower, &mut lows, &mut buf) };
            let ascii_low = &seg.lower[start..end]; // (unread for a non-ASCII token)
            let mut classes = match tok.kind {
                TokenKind::Punct => 0,
                _ => match memo.get(tok.lex as usize) {
                    Some(&known) if known != UNKNOWN => known,
                    // a number ending in a digit ("1996", "3.5"; unlisted, so never memoised) is in no class: no look-up
                    _ if tok.kind == TokenKind::Number && table.no_digit_words() && text.as_bytes()[end - 1].is_ascii_digit() => 0,
                    _ => {
                        let word = if ascii { Err((start, end)) } else { Ok(&lower[from..]) };
                        first_classes(table, &seg.lower, word, tok.lex, &mut memo)
                    }
                },
            };
            // a lower-case letter or a digit (most tokens) is none of these: one test
            let shape = FIRST_BYTE[text.as_bytes()[start] as usize];
            if shape != 0 {
                let upper = shape & UPPER_ASCII != 0 || (shape & NON_ASCII != 0 && tok.text(text).chars().next().is_some_and(char::is_uppercase));
                if tok.kind == TokenKind::Word && upper {
                    classes |= CAPITALISED;
                }
                if shape & MARK_START != 0 && quote_mark(tok.text(text)) {
                    classes |= QUOTE_MARK;
                }
                if shape & MARK_START != 0 && matches!(tok.text(text), "'" | "’" | "'s" | "’s" | "'S" | "’S") {
                    classes |= APOSTROPHE;
                }
                if shape & COMMA_BYTE != 0 && end - start == 1 {
                    classes |= COMMA;
                }
            }
            tokens.push(TokenInfo { entity: NONE, quote: NONE, classes, low, ascii_low });
        }
        // each mention, then each quote, marks the tokens inside it: they are sorted and disjoint, so one cursor over the tokens serves them all
        let mut runs: Vec<(u32, u32, u32)> = Vec::with_capacity(entities.len()); // an entity covers one run
        for_tokens_inside(&seg.tokens, entities.iter().map(|e| e.span), false, |e, inside| {
            for t in &mut tokens[inside.clone()] {
                t.entity = e as u32;
            }
            runs.push((inside.start as u32, inside.end as u32, e as u32));
        });
        for_tokens_inside(&seg.tokens, quotes.iter().map(|q| q.outer), true, |q, inside| {
            for t in &mut tokens[inside] {
                t.quote = q as u32;
            }
        });
        CLASSES_BY_LEX.set(memo);
        let names_a_person = linked.iter().any(|l| l.label == Label::Person);
        Doc { text, seg, entities, linked, quotes, tokens, lower, lows, runs, run_hint: Default::default(), names_a_person }
    }

    /// Token `t` lower-cased (curly apostrophes straightened).
    #[inline]
    pub fn low(&self, t: usize) -> &str {
        let info = &self.tokens[t];
        match info.low {
            NONE => info.ascii_low,
            i => {
                let (a, b) = self.lows[i as usize];
                &self.lower[a..b]
            }
        }
    }

    /// Is token `t` in any of the [`words`] classes `bits`?
    pub fn is(&self, t: usize, bits: u32) -> bool {
        self.tokens[t].classes & bits != 0
    }

    /// The description kind of token `t` and whether it is plural ("officials").
    pub fn description(&self, t: usize) -> Option<(&'static str, bool)> {
        words::description_of(self.tokens[t].classes)
    }

    /// The tables of tokens `range`, for a walk over them without an index check per question.
    pub fn infos(&self, range: std::ops::Range<usize>) -> &[TokenInfo<'a>] {
        &self.tokens[range]
    }

    /// The first token of `range` in any of the [`words`] classes `bits`.
    #[inline(never)] // a tight loop of its own (inlined, it kept five counters for its caller)
    pub fn next_in(&self, range: std::ops::Range<usize>, bits: u32) -> Option<usize> {
        self.tokens[range.clone()].iter().position(|info| info.is(bits)).map(|k| range.start + k)
    }

    /// The entity mention covering token `t`.
    pub fn entity(&self, t: usize) -> Option<usize> {
        some(self.tokens[t].entity)
    }

    /// The entity mentions in tokens `range`, in order, once per run of tokens
    /// they cover (as a walk over the tokens that skips repeats would see them).
    pub fn mentions_in(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = if range.is_empty() { self.runs.len() } else { self.first_run_ending_after(range.start) };
        self.runs[from..].iter().take_while(move |r| (r.0 as usize) < range.end).map(|r| r.2 as usize)
    }

    /// The first run that ends after token `t`. Callers go forward through the text, so the search starts where the last one ended and
    /// doubles its steps: a walk through the whole document costs linear time, where a binary search over every run per call grew with
    /// the document (and missed the cache in a large one).
    fn first_run_ending_after(&self, t: usize) -> usize {
        let i = partition_from(&self.runs, self.run_hint.get(), |r| r.1 as usize <= t);
        self.run_hint.set(i);
        i
    }

    /// Does the text name a person (is any linked entity one)?
    pub fn names_a_person(&self) -> bool {
        self.names_a_person
    }

    /// The quote covering token `t`.
    pub fn quote(&self, t: usize) -> Option<usize> {
        some(self.tokens[t].quote)
    }

    pub fn tok(&self, t: usize) -> &'a str {
        self.seg.tokens[t].text(self.text)
    }

    /// Is token `t` written `w`? Its length first: most tokens are not sliced (a bounds and two char-boundary checks).
    pub fn tok_is(&self, t: usize, w: &str) -> bool {
        self.seg.tokens[t].span.len() == w.len() && self.tok(t) == w
    }

    pub fn is_word(&self, t: usize) -> bool {
        self.seg.tokens[t].kind == TokenKind::Word
    }

    pub fn capitalised(&self, t: usize) -> bool {
        self.is(t, CAPITALISED)
    }

    /// The label of the entity covering token `t`.
    pub fn label(&self, t: usize) -> Option<Label> {
        self.entity(t).map(|e| self.entities[e].label)
    }

    /// Is token `t` a comma?
    pub fn is_comma(&self, t: usize) -> bool {
        self.is(t, COMMA)
    }

    /// Is token `t` an apostrophe, alone or with "s" (its [`Doc::low`] is "'" or "'s")?
    pub fn is_apostrophe(&self, t: usize) -> bool {
        self.is(t, APOSTROPHE)
    }

    pub fn is_quote_mark(&self, t: usize) -> bool {
        self.is(t, QUOTE_MARK)
    }

    /// Is token `t` ASCII (its [`Doc::low`] is its text ASCII-lower-cased)?
    pub fn is_ascii_token(&self, t: usize) -> bool {
        self.tokens[t].low == NONE
    }

    /// Is token `t` an ASCII word that splitting `within` (a span holding it)
    /// on whitespace gives whole? Its [`Doc::low`] is then that word lower-cased.
    pub fn whole_ascii_word(&self, t: usize, within: Span) -> bool {
        let span = self.seg.tokens[t].span;
        let bytes = self.text.as_bytes();
        self.is_ascii_token(t)
            && self.is_word(t)
            && (span.start == within.start || bytes[span.start - 1].is_ascii_whitespace())
            && (span.end == within.end || bytes[span.end].is_ascii_whitespace())
    }

    /// Span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.seg.tokens[a].span.start, self.seg.tokens[b - 1].span.end)
    }
}
#[cfg(test)]
#[path = "doc_tests.rs"]
mod tests;
