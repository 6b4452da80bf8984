//! Telephone and service numbers, which GUIDELINES.md leaves unannotated: "020 7946 0958", "+91-22-265 9000",
//! "(212) 555-0199", "call 999", "on 116 123". Input: a sentence's tokens and a number token. Output: how many
//! tokens the telephone number takes, so that none of its groups becomes a NUMBER.

use super::Words;
use crate::segment::TokenKind;

/// Words that introduce a telephone number ("call 999", "Tel: 020 ...", "contacted on 116 123").
const CUES: &[&str] = &["call", "calling", "dial", "dialled", "dialling", "freephone", "helpline", "on", "phone", "ring", "tel", "telephone", "text"];

/// The tokens of the telephone number that starts at number token `i`, or 0 when it is none. Its groups of digits
/// are joined by single spaces, hyphens or dots on one line (a parenthesised area code before it counts). It is a
/// telephone number with at least seven digits and a sign of one (a "+" or an area code in parentheses before it,
/// a first group opening with 0, a last group of four digits after a hyphen: "555-0199"), or after a word that
/// introduces one ("call", "dial", "Tel:"; "on" only for two groups or more: "on 116 123", not "on 3 May").
#[inline(never)]
pub(super) fn phone_number(d: &Words, i: usize) -> usize {
    // an area code in parentheses: "(212) 555-0199"
    if d.word(i.wrapping_sub(1)) == "(" && d.word(i + 1) == ")" && d.tokens.get(i + 2).is_some_and(|t| !t.newline_before) {
        let rest = groups(d, i + 2);
        return if rest.1 + d.word(i).len() >= 7 && rest.0 > i + 2 { rest.0 - i } else { 0 };
    }
    let (end, count, groups, hyphen_four) = groups(d, i);
    if groups == 0 {
        return 0;
    }
    let before = d.lower(i.wrapping_sub(1));
    let cue = |k: usize| CUES.binary_search(&d.lower(k)).is_ok();
    let cued = i >= 1 && cue(i - 1) && (before != "on" || groups >= 2 && count >= 5) || before == ":" && i >= 2 && cue(i - 2);
    // (two years joined by a hyphen are a range: "1558-1603")
    let (first, last) = (d.word(i), d.word(end.saturating_sub(1)));
    let years = groups == 2 && first.len() == 4 && last.len() == 4 && first < last && matches!(first.as_bytes()[0], b'1' | b'2');
    let sign = before == "+" || d.word(i).starts_with('0') && d.word(i).len() >= 3 || hyphen_four && !years;
    // a short number only as a service's after a word for calling: "call 999", "dial 911" ("phone 300 customers" is a count)
    let service = groups >= 2 || matches!(d.word(i), "999" | "911" | "111" | "112" | "101" | "000" | "988" | "311");
    let phone = count >= 7 && (sign || cued) || cued && service;
    if phone { end - i } else { 0 }
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
