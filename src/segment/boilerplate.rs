//! Paragraph kinds: headlines, captions, bylines and boilerplate.
//!
//! Input: paragraph spans. Output: each paragraph's kind and the rule that
//! decided it. Boilerplate (paywall prompts, price lists, share buttons,
//! newsletter prompts) and captions yield no claims; boilerplate is returned to
//! the page to dim. Detection is by cue phrases and shape, never by matching a
//! particular site:
//! - headlines are short lines with no sentence punctuation and no comma (a
//!   damaged body line that breaks off mid-phrase ends in a function word), or
//!   title-case lines;
//! - captions carry a photo credit, repeat another line word for word (photo
//!   caption plus alt text), or are one short present-tense sentence about
//!   named people with no past tense, auxiliary, digit or quote ("Putin and Kim
//!   shake hands.", "Kim with Putin.");
//! - short unpunctuated lines inside or after a boilerplate block are part of it.

use super::cues::{cues, Cues};
use super::furniture::{after_bullet, date_only_line, desk_line, furniture, is_credit_line, time_stamp};
use super::tokens::Token;
use crate::annotations::{Paragraph, ParagraphKind};
use crate::span::Span;
use crate::hash::WordMap as HashMap;

/// Lower-case phrases that mark subscription, sharing and navigation blocks.
const BOILERPLATE_CUES: &[&str] = &[
    "subscribe", "subscription", "log in", "sign in", "sign up", "newsletter", "free articles", "already a member",
    "already subscribed", "cancel anytime", "renews automatically", "share this", "share on", "follow us",
    "click here", "read more", "advertisement", "cookie", "all rights reserved", "terms of use", "privacy policy",
    "digital replica", "ad-free", "premium stories", "download the app", "disclaimer:", "stay tuned", "copyright ©",
    "tv licen", "skip to content", "related articles", "recommended for you", "sponsored content",
    "continue reading", "unlimited access", "your inbox",
];

/// How an editor's note opens (lower case).
const NOTE_OPENERS: &[&str] = &["correction:", "clarification:", "editor's note:", "editor’s note:", "an earlier version of this"];

/// "This article was updated on 12 June …", "This story originally appeared in …": the publisher's note on
/// the article itself (a few words after "this article/story").
fn publisher_note(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("this article ").or_else(|| lower.strip_prefix("this story ")) else { return false };
    rest.split_whitespace().take(3).any(|w| crate::one_of(w, &["updated", "amended", "corrected", "appeared", "originally"]))
}

/// Lower-case phrases of photo credits.
const CAPTION_CUES: &[&str] = &[
    "photo:", "photo/", "(photo", "photograph:", "photographs:", "image:", "picture:", "credit:", "getty images",
    "file photo", "photo by", "photo courtesy", "image courtesy", "images)", "photo)", "/afp", "/reuters", "(ap photo",
    "pictured:", "illustration:",
];

/// How a page's picture labels open (lower case); a chart or a map is labelled as a picture is ("Chart: Annual
/// change in rents, 2015-2024").
const CAPTION_OPENERS: &[&str] = &["image caption", "image source", "media caption", "video caption", "photo caption", "caption:", "chart:", "graphic:", "map:"];

/// Words that end a line only when it broke off mid-phrase (damaged text, not a headline).
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "with", "between", "for", "by", "at", "from", "that", "his",
    "her", "their", "its", "as",
];

/// Words that mark a sentence about an event rather than a picture.
const TENSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "said", "says",
    "did", "does", "been", "met", "held", "took", "made", "came", "went", "left", "won", "lost", "told", "began", "gave",
];

/// Lower-case phrases of reporting credits.
/// (The two ending in "by" after a verb, first, are credits only opening a line: see [`credit_line`].)
const CREDIT_CUES: &[&str] = &["compiled by", "edited by", "reporting by", "editing by", "writing by", "additional reporting", "contributed to this", "contributed reporting"];

/// The kind bits of the cue phrases.
const BOILERPLATE: u8 = 1;
const CAPTION: u8 = 2;
const CREDIT: u8 = 4;

/// How a page's publication line opens (lower case).
const DATELINE_OPENERS: &[&str] = &["published ", "updated ", "last updated ", "first published ", "posted ", "last modified "];

/// Does `lower` start with one of `openers`? (The first byte before the prefix's compare, a call: most lines open with none.)
fn opens_with(lower: &str, openers: &[&str]) -> bool {
    openers.iter().any(|o| lower.as_bytes().first() == o.as_bytes().first() && lower.starts_with(o))
}

/// All the cue phrases, built at compile time.
static CUES: Cues = cues([(BOILERPLATE, BOILERPLATE_CUES), (CAPTION, CAPTION_CUES), (CREDIT, CREDIT_CUES)]);

/// A line's length in chars and in words (as `split_whitespace` counts them), and whether it has a slash.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub chars: usize,
    pub words: usize,
    pub slash: bool,
}

/// The [`Shape`] of a line, in one pass over its bytes.
pub fn shape(line: &str) -> Shape {
    let b = line.as_bytes();
    let (mut chars, mut words, mut in_word, mut slash) = (0, 0, false, false);
    for (i, &c) in b.iter().enumerate() {
        if c & 0xC0 == 0x80 {
            continue; // inside a multi-byte char
        }
        chars += 1;
        slash |= c == b'/';
        let space = if c < 0x80 { c == b' ' || c.wrapping_sub(b'\t') < 5 } else { line[i..].chars().next().is_some_and(char::is_whitespace) };
        words += (!space && !in_word) as usize;
        in_word = !space;
    }
    Shape { chars, words, slash }
}

/// The kind of the paragraph at `span` and its [`Shape`]; `lower` is the text with ASCII letters lower-cased.
/// `tokens` are the paragraph's tokens when a word (as `split_whitespace` sees
/// one) starts at each of them that follows whitespace (no odd gaps in the text).
#[inline(never)]
pub fn classify(text: &str, lower: &str, span: Span, shape: Shape, tokens: Option<&[Token]>) -> (ParagraphKind, &'static str) {
    let line = span.of(text);
    let lower = span.of(lower); // (the line lower-cased, sliced once)
    let Shape { chars, words: n, slash } = shape;
    let cues = if chars <= 400 || n <= 30 { CUES.kinds_in(lower) } else { 0 };
    // "Correction: An earlier version of this article said …": the publisher's note, not the story
    // (also as a list's item: "• This article was amended on …")
    let note = after_bullet(lower).unwrap_or(lower);
    if opens_with(note, NOTE_OPENERS) || publisher_note(note) {
        return (ParagraphKind::Boilerplate, "editors_note");
    }
    if chars <= 300 && cues & BOILERPLATE != 0 && !reported_sentence(lower, n) {
        return (ParagraphKind::Boilerplate, "boilerplate_cue");
    }
    if furniture(lower, n, chars) {
        return (ParagraphKind::Boilerplate, "page_furniture");
    }
    // "Image caption, …", "Image source, Getty Images": a picture's label as a page prints it
    if chars <= 400 && (cues & CAPTION != 0 || opens_with(lower, CAPTION_OPENERS)) {
        return (ParagraphKind::Caption, "photo_credit");
    }
    // ("By Jane Doe", "By Jane Doe, BBC News, Hong Kong", "(By Jane Doe and John Roe)": no sentence)
    let by = line.strip_prefix("By ").or_else(|| line.strip_prefix("(By ")).filter(|rest| rest.starts_with(|c: char| c.is_uppercase()));
    // ("Reporting from Nairobi, Kenya" under the byline)
    if line.starts_with("--") || n <= 8 && line.starts_with("Reporting from ") || by.is_some() && (n <= 6 || n <= 12 && (line.ends_with(')') || !ends_like_sentence(line))) || n <= 30 && cues & CREDIT != 0 && credit_line(lower) || n <= 8 && desk_line(line) {
        return (ParagraphKind::Byline, "byline_shape");
    }
    // "Published 14 March 2026 · Updated 15 March 2026", "Last updated 3 hours ago": the page's dateline
    // (not a sentence: "Updated figures show 12 people died."; a US clock's "p.m." is no full stop: "Published Jan. 15,
    // 2026 at 11:48 p.m. | Updated Jan. 16, 2026 at 8:05 a.m.")
    if n <= 16 && opens_with(lower, DATELINE_OPENERS) && line.bytes().any(|c| c.is_ascii_digit()) && (!line.ends_with(['.', '!', '?']) || line.ends_with(" a.m.") || line.ends_with(" p.m.")) {
        return (ParagraphKind::Byline, "dateline_line");
    }
    // a credit line has a slash
    if slash && is_credit_line(line) {
        return (ParagraphKind::Byline, "photo_credit_line");
    }
    // "… Valencia, Spain, October 29, 2024. REUTERS/Jane Doe": a caption with its credit inline
    if let Some(dot) = if slash { line.rfind(". ") } else { None } {
        if is_credit_line(&line[dot + 2..]) {
            return (ParagraphKind::Caption, "inline_photo_credit");
        }
    }
    if n <= 2 && line.chars().all(|c| c.is_lowercase() || c.is_whitespace()) {
        return (ParagraphKind::Byline, "editor_initials");
    }
    if !ends_like_sentence(line) {
        if date_only_line(line, n) && !time_stamp(line) {
            return (ParagraphKind::Byline, "dateline_line");
        }
        if n <= 3 && line.chars().any(|c| c.is_ascii_digit() || "₹$€£¥".contains(c)) {
            return (ParagraphKind::Boilerplate, if time_stamp(line) { "time_stamp_line" } else { "price_or_count_line" });
        }
        // (read only for a line of the right length)
        let title_case = || match tokens {
            Some(tokens) => is_title_case(tokens.iter().filter(|t| t.space_before).map(|t| first_char(text, t.span.start))),
            None => is_title_case(line.split_whitespace().filter_map(|w| w.chars().next())),
        };
        // ("- Unions say 200 jobs are at risk": a bulleted line is a list's item, a sentence cut at the line's end)
        if after_bullet(line).is_some() {
            return (ParagraphKind::Body, "bulleted_line");
        }
        if (2..=20).contains(&n) && title_case() {
            return (ParagraphKind::Headline, "title_case_line");
        }
        if (2..=18).contains(&n) && is_short_unpunctuated(line, n) {
            return (ParagraphKind::Headline, "short_unpunctuated_line");
        }
    }
    if is_picture_line(line, n) {
        return (ParagraphKind::Caption, "picture_line");
    }
    (ParagraphKind::Body, "default")
}

/// Does `line` end like a sentence? A closing quotation mark does only after sentence punctuation
/// ("Starmer: ‘We will win’" is a headline).
/// A news sentence that happens to hold a boilerplate cue word ("The regulator said the advertisement
/// misled shoppers."): ten words or more, a full stop, a verb of saying or a finite "was"/"has", and no
/// "you", "your" or "our", which every prompt to subscribe or sign up has. `lower` is the line lower-cased.
fn reported_sentence(lower: &str, words: usize) -> bool {
    const VERBS: &[&str] = &["said", "says", "told", "was", "were", "has", "had"];
    const READER: &[&str] = &["you", "your", "our"];
    let has = |list: &[&str]| lower.split(|c: char| !c.is_ascii_alphabetic()).any(|w| list.contains(&w));
    words >= 10 && ends_like_sentence(lower) && has(VERBS) && !has(READER)
}

pub(super) fn ends_like_sentence(line: &str) -> bool {
    // (“ and ‘ close German „…“ and ‚…‘, « closes »…«)
    let bare = line.trim_end_matches(['"', '”', '’', '\'', '»', '“', '‘', '«']);
    bare.ends_with(['.', '!', '?', '…', ')', ':']) || bare.len() == line.len() && line.ends_with('"')
}

/// Is a (lower-case) line with a credit's phrase a credit: not a sentence that only has "compiled by" or "edited by"
/// inside it ("Sales rose 2%, according to data compiled by LSEG.")?
fn credit_line(l: &str) -> bool {
    let l = l.trim_end();
    let (opening, anywhere) = CREDIT_CUES.split_at(2);
    let opened = l.trim_start_matches('(');
    let sentence = l.ends_with('.') && !opening.iter().any(|c| opened.starts_with(c));
    !sentence || anywhere.iter().any(|c| l.contains(c))
}

/// Does `line` end with a function word, as a line broken off mid-phrase does ("… steady on Wednesday and")?
fn broken_off(line: &str) -> bool {
    let last = line.split_whitespace().next_back().map_or("", |w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    FUNCTION_WORDS.iter().any(|f| last.eq_ignore_ascii_case(f))
}

/// A headline without sentence punctuation: no comma, or a short line with one
/// ("Sleep loss makes memories stick, study finds"), and not broken off after a function word.
fn is_short_unpunctuated(line: &str, n: usize) -> bool {
    // the first ", " at or after byte `from`
    let comma = |from: usize| line.as_bytes()[from..].windows(2).position(|w| w == b", ").map(|p| from + p);
    let short_tail = match comma(0) {
        None => true,
        // one comma: a short tail after it
        Some(c) if comma(c + 2).is_none() => n <= 12 && (2..=4).contains(&line[c + 2..].split_whitespace().count()),
        Some(_) => false,
    };
    short_tail && !broken_off(line)
}

/// One short sentence about named people, in the present, with nothing to date it.
fn is_picture_line(line: &str, n: usize) -> bool {
    if !(3..=16).contains(&n) || !line.ends_with('.') {
        return false;
    }
    // one pass over the bytes: no sentence mark but the last, no ", ", no digit, no ASCII
    // double quote; the other quotes (not an apostrophe) are read as chars only if there are any
    let b = line.as_bytes();
    let mut wide = false;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'.' | b'!' | b'?' | b';' | b':' if k + 1 < b.len() => return false,
            b',' if b.get(k + 1) == Some(&b' ') => return false,
            b'0'..=b'9' | b'"' => return false,
            0x80.. => wide = true,
            _ => {}
        }
    }
    if wide && line.chars().any(|c| !c.is_ascii() && crate::segment::is_quote_char(c) && c != '’') {
        return false;
    }
    // "Putin and Kim shake hands", "Kim with Putin": two names joined
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut names = 0;
    let mut last3 = [""; 3];
    for (k, w) in line.split_whitespace().enumerate() {
        last3 = [last3[1], last3[2], w];
        if k >= 2 && matches!(last3[1], "and" | "with") && cap(last3[0]) && cap(last3[2]) {
            names += 2;
        }
    }
    let tensed = || {
        line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            TENSE_WORDS.contains(&w.as_str()) || w.len() > 4 && w.ends_with("ed")
        })
    };
    names >= 2 && !tensed()
}

/// Second pass over all paragraphs: repeated lines are captions (a repeated passage of two
/// lines or more is the text pasted twice: its later copy is boilerplate); short unpunctuated
/// lines inside a boilerplate block, or trailing after one, are boilerplate.
/// `words` is each paragraph's word count ([`Shape::words`]).
#[inline(never)]
pub fn mark_runs(text: &str, paragraphs: &mut [Paragraph], words: &[usize]) {
    let n = paragraphs.len();
    // each line hashed once: `group[i]` is the first paragraph with the same text,
    // and that first one's entry gets `REPEATED` when another follows
    const REPEATED: u32 = 1 << 31;
    let mut seen: HashMap<&str, u32> = HashMap::with_capacity_and_hasher(n, Default::default());
    let mut group: Vec<u32> = Vec::with_capacity(n);
    for (i, p) in paragraphs.iter().enumerate() {
        let first = *seen.entry(p.span.of(text)).or_insert(i as u32);
        group.push(first);
        if first as usize != i {
            group[first as usize] |= REPEATED;
        }
    }
    // two neighbouring lines repeating two neighbouring lines are a passage pasted twice, not captions:
    // the first copy stays the text, later copies are boilerplate (1: first copy, 2: later copy)
    let first_of = |i: usize| (group[i] & !REPEATED) as usize;
    let mut passage = vec![0u8; n];
    for j in 1..n {
        let f = first_of(j - 1);
        if f != j - 1 && first_of(j) == f + 1 && f + 1 != j && !paragraphs[j].span.is_empty() {
            for x in &mut passage[f..f + 2] {
                *x = (*x).max(1);
            }
            passage[j - 1..j + 1].fill(2);
        }
    }
    for i in 0..n {
        let repeated = group[first_of(i)] & REPEATED != 0;
        let p = &mut paragraphs[i];
        if passage[i] == 2 && p.kind == ParagraphKind::Body {
            p.kind = ParagraphKind::Boilerplate;
            p.rule = "repeated_passage";
        } else if p.kind == ParagraphKind::Body && words[i] <= 40 && repeated && passage[i] == 0 {
            p.kind = ParagraphKind::Caption;
            p.rule = "repeated_line";
        }
    }
    // the line before a photo credit is its caption, and so is the line after a bare label ("Image caption,")
    for i in 1..n {
        if paragraphs[i].rule == "photo_credit_line" && paragraphs[i - 1].kind == ParagraphKind::Body && words[i - 1] <= 50 {
            paragraphs[i - 1].kind = ParagraphKind::Caption;
            paragraphs[i - 1].rule = "caption_before_credit";
        }
        if words[i - 1] <= 2 && paragraphs[i - 1].rule == "photo_credit" && matches!(paragraphs[i].kind, ParagraphKind::Body | ParagraphKind::Headline) && words[i] <= 50 {
            paragraphs[i].kind = ParagraphKind::Caption;
            paragraphs[i].rule = "caption_after_label";
        }
    }
    let short = |p: &Paragraph, n: usize| p.kind != ParagraphKind::Body || n <= 14 && !p.span.of(text).ends_with(['.', '?', '!', '"', '”', '“', '»']);
    // distance (in short lines) to the nearest boilerplate before (in `group`'s buffer)
    let mut before = group;
    let mut last = None;
    for i in 0..n {
        if paragraphs[i].kind == ParagraphKind::Boilerplate {
            last = Some(i);
        } else if !short(&paragraphs[i], words[i]) {
            last = None;
        }
        before[i] = last.map_or(u32::MAX, |l| (i - l).min(u32::MAX as usize) as u32);
    }
    // and after, from the end; a short line within 4 of both becomes boilerplate (which
    // changes no line after it, the only ones this pass has read)
    let mut next = None;
    let mut to_end = true;
    for i in (0..n).rev() {
        if paragraphs[i].kind == ParagraphKind::Boilerplate {
            next = Some(i);
        } else if !short(&paragraphs[i], words[i]) {
            next = None;
            to_end = false;
        } else {
            let after = if to_end { 0 } else { next.map_or(usize::MAX, |x| x - i) };
            // a byline stays one, and a headline-length line between menus is no menu item (unless the text ends in them)
            let kept = paragraphs[i].kind == ParagraphKind::Byline || !to_end && words[i] >= 6;
            if before[i] <= 4 && after <= 4 && !kept {
                paragraphs[i].kind = ParagraphKind::Boilerplate;
                paragraphs[i].rule = "inside_boilerplate_block";
            }
        }
    }
}

/// The character at byte `at` of `text` (a char boundary before its end).
fn first_char(text: &str, at: usize) -> char {
    match text.as_bytes()[at] {
        b if b < 0x80 => b as char,
        _ => text[at..].chars().next().unwrap_or(' '),
    }
}

/// At least 70 % of the words that start with a letter start with a capital; `firsts` are the words' first chars.
fn is_title_case(firsts: impl Iterator<Item = char>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for c in firsts.filter(|c| c.is_alphabetic()) {
        words += 1;
        caps += c.is_uppercase() as usize;
    }
    words > 0 && caps * 10 >= words * 7
}

#[cfg(test)]
#[path = "boilerplate_tests.rs"]
mod tests;
