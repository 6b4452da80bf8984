//! A press release's closing matter: the "About <Company>" paragraphs, the
//! forward-looking-statements disclaimer, notes to editors and the media contact.
//!
//! Input: the paragraphs (kinds already set), the text lower-cased (ASCII) and
//! each paragraph's word count. Output: those paragraphs, and every one after
//! them when they come after the text's first third, become boilerplate: they
//! describe the issuer or the law, not the news. One look at the first bytes
//! of each paragraph; a disclaimer's opening bytes are searched only after the
//! text's first third, in a paragraph that opens like one ("This press release …").

use crate::annotations::{Paragraph, ParagraphKind};

/// How a disclaimer or a contact block opens (lower case, sorted by first letter).
const OPENERS: &[(&str, &str)] = &[
    ("cautionary note", DISCLAIMER),
    ("cautionary statement", DISCLAIMER),
    ("contact:", CONTACT),
    ("contacts:", CONTACT),
    ("for media inquiries", CONTACT),
    ("forward-looking statement", DISCLAIMER),
    ("forward looking statement", DISCLAIMER),
    ("investor contact", CONTACT),
    ("investor relations contact", CONTACT),
    ("media contact", CONTACT),
    ("media enquiries", CONTACT),
    ("media inquiries", CONTACT),
    ("note to editors", CONTACT),
    ("notes to editors", CONTACT),
    ("notes for editors", CONTACT),
    ("press contact", CONTACT),
    ("press enquiries", CONTACT),
    ("press inquiries", CONTACT),
    ("safe harbor", DISCLAIMER),
    ("safe harbour", DISCLAIMER),
];

const ABOUT: &str = "press_release_about";
const CONTACT: &str = "press_release_contact";
const DISCLAIMER: &str = "forward_looking_disclaimer";

/// Words a legal disclaimer has beside "forward-looking statements".
const DISCLAIMER_WORDS: &[&str] = &["undertake", "risks and uncertainties", "within the meaning", "safe harbor", "no obligation", "actual results"];

/// How a disclaimer opens when no heading names it (lower case).
const DISCLAIMER_OPENERS: &[&str] = &["certain statements", "except for", "statements in this", "the statements", "this announcement", "this news release", "this press release", "this release"];

/// The rule that makes paragraph `i` a press release's closing matter, if it is one. Only a paragraph whose first
/// letter opens one of the phrases is read further (most open none).
fn opens_closing_matter(text: &str, lower: &str, paragraphs: &[Paragraph], words: &[usize], i: usize, late: bool) -> Option<&'static str> {
    let l = paragraphs[i].span.of(lower);
    let first = *l.as_bytes().first()?;
    if let Some(rest) = l.strip_prefix("about ") {
        return about(text, paragraphs, words, i, rest.len()).then_some(ABOUT);
    }
    // ([`OPENERS`] is sorted by first letter: only those of this one are tried)
    let from = OPENERS.partition_point(|(o, _)| o.as_bytes()[0] < first);
    if let Some(&(_, rule)) = OPENERS[from..].iter().take_while(|(o, _)| o.as_bytes()[0] == first).find(|(o, _)| l.starts_with(o)) {
        return Some(rule);
    }
    // "This press release contains forward-looking statements within the meaning of …", "Certain statements in …"
    if !late || !b"cest".contains(&first) || !DISCLAIMER_OPENERS.iter().any(|o| o.as_bytes()[0] == first && l.starts_with(o)) {
        return None;
    }
    let mut cut = l.len().min(300);
    while !l.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &l[..cut];
    ((head.contains("forward-looking statement") || head.contains("forward looking statement")) && DISCLAIMER_WORDS.iter().any(|w| l.contains(w))).then_some(DISCLAIMER)
}

/// "About Acme Robotics" as a heading, with the next paragraph describing it ("Acme Robotics is a leading
/// provider of …"), or "About Bluefin Energy: Bluefin Energy ASA is …" on one line; `rest` is the length after "about ".
fn about(text: &str, paragraphs: &[Paragraph], words: &[usize], i: usize, rest: usize) -> bool {
    let line = paragraphs[i].span.of(text);
    let name = &line[line.len() - rest..];
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return false; // "About 200 people gathered", "About the author"
    }
    // the description: " is " or " are " among its first dozen words
    let describes = |s: &str| s.split_whitespace().take(12).any(|w| w == "is" || w == "are");
    if words[i] <= 8 && !line.ends_with(['.', '!', '?']) {
        return paragraphs.get(i + 1).is_some_and(|p| describes(p.span.of(text)));
    }
    let colon = name.find([':', '–', '—']).filter(|&c| name[..c].split_whitespace().count() <= 6);
    colon.is_some_and(|c| describes(&name[c + name[c..].chars().next().map_or(1, char::len_utf8)..]))
}

/// Marks a press release's closing matter as boilerplate (see the module comment).
#[inline(never)]
pub fn mark(text: &str, lower: &str, paragraphs: &mut [Paragraph], words: &[usize]) {
    let n = paragraphs.len();
    // (the letters that open a phrase, as bits: a, c, f, i, m, n, p, s; late in the text also e and t)
    const FIRSTS: u32 = 1 | 1 << 2 | 1 << 5 | 1 << 8 | 1 << 12 | 1 << 13 | 1 << 15 | 1 << 18;
    const LATE_FIRSTS: u32 = FIRSTS | 1 << 4 | 1 << 19;
    for i in 0..n {
        let late = i >= 3 && 3 * i >= n;
        // the first letter alone, before any slicing: most paragraphs open with none of them
        let first = lower.as_bytes().get(paragraphs[i].span.start).map_or(0, |b| b.wrapping_sub(b'a'));
        if first >= 26 || (if late { LATE_FIRSTS } else { FIRSTS }) >> first & 1 == 0 {
            continue;
        }
        let Some(rule) = opens_closing_matter(text, lower, paragraphs, words, i, late) else { continue };
        // late in the text (after its first third) the rest is the release's closing matter too; before it, the paragraph alone
        let end = if late { n } else if rule == ABOUT { continue } else { i + 1 };
        for p in &mut paragraphs[i..end] {
            p.kind = ParagraphKind::Boilerplate;
            p.rule = rule;
        }
        if late {
            return;
        }
    }
}
