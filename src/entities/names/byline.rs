//! Credit lines: the names after "By", "Reporting by", "Editing by", and the desk titles after them
//! ("Health Reporter").

use super::context::sentence_opener;
use crate::annotations::Label;
use crate::segment::Token;

/// Is the piece at `k` a name in a credit line: after "By" opening a line or a sentence, after "Reporting by",
/// "Editing by", "Writing by", or after "and" right behind such a name (`last`, the previous mention)?
pub(super) fn credited(text: &str, tokens: &[Token], k: usize, found: &[super::Mention]) -> bool {
    let word = |i: usize| tokens[i].text(text);
    if k == 0 || tokens[k - 1].span.len() > 3 {
        return false; // neither "by" nor "and"
    }
    // "and" after a credited name, or after its place: "Reporting by Max Cherney in San Francisco and Arsheeya Bajwa"
    // (a listed name after "by" took its list's rule: "Reporting by Max Cherney in")
    // (a listed name after "By" opening the line took its list's rule: "By Hiroko Tanabe and Emily Park")
    let by_line = |l: &super::Mention| l.label == Label::Person && text[..l.span.start].strip_suffix("By ").is_some_and(|s| s.is_empty() || s.ends_with('\n'));
    let by = |l: &super::Mention| l.rule == super::BYLINE || by_line(l)
        || l.label == Label::Person && text[..l.span.start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next() == Some("by");
    if k >= 2 && word(k - 1) == "and" && found.last().is_some_and(|l| l.span.end == tokens[k - 2].span.end
        && (l.rule == super::BYLINE || by_line(l) || found.len() >= 2 && by(&found[found.len() - 2]) && text[found[found.len() - 2].span.end..l.span.start].trim() == "in"))
    {
        return true;
    }
    k >= 1 && (word(k - 1) == "By" && sentence_opener(text, tokens, k - 1)
        || word(k - 1) == "by" && k >= 2 && crate::one_of(word(k - 2), &["Reporting", "reporting", "Editing", "editing", "Writing", "writing"]))
}

/// Is the word at `m`, on the piece's line, a capitalised reporter's desk title ("Health Reporter", "Science Editor")?
pub(super) fn desk_after(text: &str, tokens: &[Token], m: usize) -> bool {
    tokens.get(m).is_some_and(|t| !t.newline_before && crate::one_of(t.text(text), &["Reporter", "Correspondent", "Editor", "Writer", "Columnist"]))
}

/// Is the one word at `i` a page's time stamp before its date, no name: "Globe Staff, Updated April 27, 2025",
/// "Updated 27 April 2025" (the date is a mention already, so the token after the word is taken)?
pub(super) fn stamp_word(text: &str, tokens: &[Token], taken: &[bool], i: usize) -> bool {
    taken.get(i + 1) == Some(&true) && !tokens[i + 1].newline_before && matches!(tokens[i].text(text), "Updated" | "Posted" | "Published" | "Modified" | "Revised")
}
