//! Telephone and service numbers, which GUIDELINES.md leaves unannotated: "020 7946 0958", "+91-22-265 9000",
//! "(212) 555-0199", "call 999", "on 116 123", and a code's groups of digits, "CVE-2024-3400". Input: a sentence's tokens and a number token. Output: how many
//! tokens the telephone number takes, so that none of its groups becomes a NUMBER.

use super::Words;
use crate::segment::TokenKind;

/// Words that introduce a telephone number ("call 999", "Tel: 020 ...", "contacted on 116 123").
const CUES: &[&str] = &["call", "calling", "dial", "dialled", "dialling", "freephone", "helpline", "on", "phone", "ring", "tel", "telephone", "text"];

/// A cheap test that number token `i` may open a telephone number: a group, a joining mark or a closing parenthesis
/// glued after it, a "+" right before it, or a service's number.
#[inline]
pub(super) fn may_be(d: &Words, i: usize) -> bool {
    let bytes = d.text.as_bytes();
    let t = &d.tokens[i];
    let Some(next) = d.tokens.get(i + 1) else { return false };
    let glued = !next.space_before && matches!(bytes[next.span.start], b'-' | b'.' | b')');
    // a group after a space: a table's numbers ("67 69 70") are many, so only after a sign, a leading 0 or a cue
    let spaced = || {
        next.kind == TokenKind::Number && !next.newline_before
            && (bytes[t.span.start] == b'0' || i > 0 && (bytes[d.tokens[i - 1].span.start] == b'+' || cue(d, i - 1)))
    };
    glued || i > 0 && bytes[d.tokens[i - 1].span.start] == b'+' || t.span.len() == 3 && is_service(d.word(i)) || spaced()
}

fn cue(d: &Words, k: usize) -> bool {
    // (the first letter of every cue, tested on one byte first)
    let first = d.low.as_bytes()[d.tokens[k].span.start];
    matches!(first, b'c' | b'd' | b'f' | b'h' | b'o' | b'p' | b'r' | b't') && CUES.binary_search(&d.lower(k)).is_ok()
}

fn is_service(w: &str) -> bool {
    crate::one_of(w, &["999", "911", "111", "112", "101", "000", "988", "311"])
}

/// Is there a telephone number at number token `i`, and the token after its groups (after them whether or not they
/// make one). Its groups of digits
/// are joined by single spaces, hyphens or dots on one line (a parenthesised area code before it counts). It is a
/// telephone number with at least seven digits and a sign of one (a "+" or an area code in parentheses before it,
/// a first group opening with 0, a last group of four digits after a hyphen: "555-0199"), or after a word that
/// introduces one ("call", "dial", "Tel:"; "on" only for two groups or more: "on 116 123", not "on 3 May").
#[inline(never)]
pub(super) fn phone_number(d: &Words, i: usize) -> (bool, usize) {
    // an area code in parentheses: "(212) 555-0199"
    if d.word(i.wrapping_sub(1)) == "(" && d.word(i + 1) == ")" && d.tokens.get(i + 2).is_some_and(|t| !t.newline_before) {
        let rest = groups(d, i + 2);
        return (rest.1 + d.word(i).len() >= 7 && rest.0 > i + 2, rest.0);
    }
    let (end, count, groups, hyphen_four) = groups(d, i);
    if groups == 0 {
        return (false, i + 1);
    }
    // a code's groups after its capitals are no number either: "CVE-2024-3400", "EP-2023-0417"
    if groups >= 2 && code_before(d, i) {
        return (true, end);
    }
    // a short number only as a service's after a word for calling: "call 999", "dial 911" ("phone 300 customers" is a
    // count); most runs ("3-1", "1996-08-30" is one too) are settled by their digits before any word is looked at
    let service = groups >= 2 || is_service(d.word(i));
    if count < 7 && !service {
        return (false, end);
    }
    let before = d.lower(i.wrapping_sub(1));
    // (two years joined by a hyphen are a range: "1558-1603")
    let (first, last) = (d.word(i), d.word(end.saturating_sub(1)));
    let years = groups == 2 && first.len() == 4 && last.len() == 4 && first < last && matches!(first.as_bytes()[0], b'1' | b'2');
    let sign = before == "+" || first.starts_with('0') && first.len() >= 3 || hyphen_four && !years;
    if count >= 7 && sign {
        return (true, end);
    }
    let cue = |k: usize| cue(d, k);
    let cued = i >= 1 && cue(i - 1) && (before != "on" || groups >= 2 && count >= 5) || before == ":" && i >= 2 && cue(i - 2);
    (cued && (count >= 7 || service), end)
}

/// Is number token `i` glued by a hyphen to a word of two capitals or more before it ("CVE-2024", not "F-35", "Covid-19")?
fn code_before(d: &Words, i: usize) -> bool {
    i >= 2 && d.word(i - 1) == "-" && d.glued(i) && d.glued(i - 1) && d.tokens[i - 2].kind == TokenKind::Word
        && d.word(i - 2).len() >= 2 && d.word(i - 2).bytes().all(|b| b.is_ascii_uppercase())
}

/// The groups of digits from number token `i`: the token after them, how many digits, how many groups, and whether a
/// hyphen joins a last group of four ("555-0199").
fn groups(d: &Words, i: usize) -> (usize, usize, usize, bool) {
    let tokens = d.tokens;
    let digits = |k: usize| d.word(k).bytes().all(|b| b.is_ascii_digit());
    // the groups: digit tokens, joined by a glued hyphen or dot, or by one space
    let (mut end, mut count, mut groups, mut hyphen_four) = (i, 0, 0, false);
    while end < tokens.len() && tokens[end].kind == TokenKind::Number && digits(end) {
        if end > i && tokens[end].newline_before {
            break;
        }
        count += d.word(end).len();
        groups += 1;
        let next = end + 1;
        let joined = matches!(d.word(next), "-" | ".") && !tokens.get(next).is_some_and(|t| t.space_before)
            && tokens.get(next + 1).is_some_and(|t| !t.space_before && t.kind == TokenKind::Number);
        if joined {
            hyphen_four |= d.word(next) == "-" && d.word(next + 1).len() == 4;
            end = next + 1;
        } else if tokens.get(next).is_some_and(|t| t.kind == TokenKind::Number && !t.newline_before) && digits(next) {
            end = next;
        } else {
            end = next;
            break;
        }
    }
    (end, count, groups, hyphen_four)
}
