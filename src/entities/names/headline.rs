//! Headline case: in a line written in title case ("Heat Wave Pushes Texas Grid to the Brink as Demand Hits
//! Record") a capital says nothing about a word, as in a line of capitals. Such a line is read as if the words were
//! in their usual case: a word stays a candidate for a name only if a list knows it as one ("Texas", "Supreme
//! Court", "Biden") or the text writes it with a capital inside a sentence elsewhere ("Purdue Pharma" in the
//! story below the headline); every other capitalised word is set aside, as a lower-case word would be.
//!
//! Input: the segmented text and the all-caps line flags. Output: per token, whether it is set aside (empty
//! when no word is, the usual answer).

use super::super::lexicon::{Info, Kind, LEXICON};
use super::labels::LIST_KINDS;
use super::shape::is_cap;
use crate::annotations::ParagraphKind;
use crate::hash::WordSet;
use crate::segment::{Segments, Token, TokenKind};

/// Kinds of list word that name something on their own, whatever their case (the surname first: after an article it
/// names no one).
const NAME_KINDS: &[Kind] = &[Kind::Surname, Kind::City, Kind::Region, Kind::Country, Kind::Org, Kind::Demonym, Kind::Group, Kind::Event];

/// Per token: is it a capitalised word of a headline-case line that no list or other mention makes a name? Only
/// paragraphs that segmentation took for headlines are read (never a credit line: "By Sami Mokbel, Chief Sports
/// Reporter").
#[inline(never)] // a stage of its own in profiles
pub fn set_aside(text: &str, seg: &Segments, shouting: &[bool]) -> Vec<bool> {
    let tokens = &seg.tokens;
    // the headline-case lines' token ranges, and their words set aside (token indices)
    let (mut lines, mut aside) = (Vec::new(), Vec::new());
    for (p, range) in seg.paragraphs.iter().zip(&seg.paragraph_tokens) {
        let (start, end) = (range.start, range.end.min(tokens.len()));
        if p.kind == ParagraphKind::Headline && start < end && !shouting[start] && headline_case(text, &tokens[start..end]) {
            mark_line(text, tokens, start, end, &mut aside);
            lines.push(start..end);
        }
    }
    if aside.is_empty() {
        return Vec::new();
    }
    let named = named_in_the_text(text, tokens, &lines, &aside);
    let mut out = vec![false; tokens.len()];
    for k in aside {
        out[k] = !named.contains(tokens[k].text(text));
    }
    out
}

/// A line of 4 to 20 words, not ending in a full stop, whose words all open with a capital but for function words
/// ("to", "the", "as"), two of them past the first ordinary words ("Wave", "Between", "And"): a headline in title
/// case, not a list of names ("Fulham 1 Carlisle 0") nor a line with a lower-case word ("Tim Henman (Britain) beat
/// Doug Flach", "July 3-7 Third test (at Old Trafford)").
fn headline_case(text: &str, line: &[Token]) -> bool {
    if !(4..=40).contains(&line.len()) || line.last().is_some_and(|t| t.text(text) == ".") {
        return false;
    }
    // the words of two letters or more (a lone letter counts for nothing: "Net Income N / A"), counted first without
    // the lists: most lines read here are short lines of names and figures
    // (any non-ASCII first byte is taken for a letter)
    let word = |t: &Token| t.kind == TokenKind::Word && t.span.len() >= 2 && text.as_bytes().get(t.span.start).is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80);
    let words = line.iter().filter(|t| word(t)).count();
    if !(4..=20).contains(&words) {
        return false;
    }
    let mut ordinary = 0;
    for (k, t) in line.iter().enumerate().filter(|(_, t)| word(t)) {
        let info = info(text, t);
        if !is_cap(text, t) {
            if !info.is_some_and(|i| i.has(Kind::Stopword)) {
                return false;
            }
        } else if k > 0 && info.is_some_and(|i| i.any(&[Kind::CommonWord, Kind::Stopword]) && !i.any(NAME_KINDS)) {
            ordinary += 1;
        }
    }
    ordinary >= 2
}

/// Sets aside the capitalised words of line `[start, end)` that no list names: a list's name of several words
/// ("Supreme Court", "New York") or one word that is no ordinary word stays, as do titles and function words
/// (handled as in any sentence), one or two words before a keyword of an organisation's or a place's name
/// ("Norvane Holdings", "Purdue Pharma", "Buckingham Palace"), a given name before another capitalised word ("Sam
/// Altman") and a surname but after an article ("to the Brink").
fn mark_line(text: &str, tokens: &[Token], start: usize, end: usize, aside: &mut Vec<usize>) {
    let cap = |m: usize| m < end && is_cap(text, &tokens[m]);
    let plain = |m: usize| cap(m) && !info(text, &tokens[m]).is_some_and(|i| i.has(Kind::CommonWord));
    let trade_word = |m: usize| cap(m) && info(text, &tokens[m]).is_some_and(|i| i.any(&[Kind::OrgKeyword, Kind::NameKeyword]) && !i.has(Kind::CommonWord));
    let mut k = start;
    while k < end {
        if !cap(k) {
            k += 1;
            continue;
        }
        if let Some((len, _)) = LEXICON.longest_among(text, &tokens[k..end], LIST_KINDS).filter(|&(len, _)| len > 1) {
            k += len;
            continue;
        }
        if let Some(len) = (1..=2).find(|&n| trade_word(k + n) && (k..k + n).all(plain)) {
            k += len + 1;
            continue;
        }
        let info = info(text, &tokens[k]);
        let common = info.is_some_and(|i| i.has(Kind::CommonWord));
        let after_article = k > start && matches!(tokens[k - 1].text(text), "the" | "a" | "an" | "The" | "A" | "An");
        let keep = info.is_some_and(|i| {
            i.any(&[Kind::Title, Kind::Stopword])
                || !common && i.any(&NAME_KINDS[usize::from(after_article)..])
                || !common && i.has(Kind::GivenName) && cap(k + 1)
        });
        if !keep {
            aside.push(k);
        }
        k += 1;
    }
}

/// The set-aside words that the text writes with a capital inside a sentence outside headline-case lines ("...
/// said Purdue Pharma had agreed"): names there, and so in the headline.
/// (Hashed both ways: a long text may hold thousands of headlines.)
fn named_in_the_text<'t>(text: &'t str, tokens: &[Token], lines: &[std::ops::Range<usize>], aside: &[usize]) -> WordSet<&'t str> {
    // one bit per word length: most tokens of the text are turned away without hashing
    let lengths = aside.iter().fold(0u64, |m, &k| m | 1 << tokens[k].span.len().min(63));
    let asked: WordSet<&str> = aside.iter().map(|&k| tokens[k].text(text)).collect();
    let mut lines = lines.iter().peekable();
    // is token `k` in a run of capitalised words that opens after a lower-case word or a comma ("said Kestrel
    // Varga"), not after a colon or at a line's start ("headline: Texas Grid Strained")?
    let mut inside = false;
    let mut named = WordSet::default();
    for (k, t) in tokens.iter().enumerate().skip(1) {
        while lines.peek().is_some_and(|r| r.end <= k) {
            lines.next();
        }
        if t.newline_before || !is_cap(text, t) || lines.peek().is_some_and(|r| r.contains(&k)) {
            inside = false;
            continue;
        }
        let prev = &tokens[k - 1];
        inside = if prev.kind == TokenKind::Word && is_cap(text, prev) { inside } else { prev.kind == TokenKind::Word || prev.text(text) == "," };
        if inside && lengths & 1 << t.span.len().min(63) != 0 && asked.contains(t.text(text)) {
            named.insert(t.text(text));
        }
    }
    named
}

/// What the lists say about a token: one out-of-line copy of the inlined look-up for the calls above.
#[inline(never)]
fn info(text: &str, t: &Token) -> Option<&'static Info> {
    LEXICON.info(text, t)
}
