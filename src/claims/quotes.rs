//! Quotation marks: where quoted words start and end, in one pass.
//!
//! Input: the text and its paragraphs. Output: [`Quote`]s sorted by position,
//! never crossing a paragraph. Styles: straight and curly double quotes, single
//! quotes (British copy), low-high „…“, guillemets «…» and »…«, ‹…›, corner
//! brackets 「…」. A closing mark of another style of the same family closes
//! (“…" or „…“). Inside a quote, marks of the other family are nested quotes
//! and are ignored. An unclosed quote ends with its paragraph; when the next
//! paragraph opens with a quotation mark, that quote continues the speaker's
//! words (the multi-paragraph convention). Each mark is looked at once, so
//! any number of marks is linear.

use crate::annotations::Paragraph;
use crate::span::Span;

/// One quoted stretch of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words: inside the marks, trimmed, without a trailing comma.
    pub inner: Span,
    /// From the opening mark to the end of the closing mark (or of the paragraph).
    pub outer: Span,
    pub paragraph: usize,
    /// A closing mark was found.
    pub closed: bool,
    /// Opens its paragraph while the previous paragraph's quote was left open.
    pub continues: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    GuillemetReversed,
    SingleGuillemet,
    SingleGuillemetReversed,
    Corner,
}

fn spacey(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'))
}

/// Looks like the end of quoted words: after text, before space, punctuation or the end.
fn closing_context(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(char::is_alphanumeric)
}

fn opener(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    let next_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' | '„' | '‟' => Some(Family::Double),
        '"' if spacey(prev) && next_word => Some(Family::Double),
        '‘' | '\'' if !prev.is_some_and(char::is_alphanumeric) && spacey(prev) && next.is_some_and(|n| n.is_alphanumeric() || n == '“' || n == '"') => {
            Some(Family::Single)
        }
        '«' => Some(Family::Guillemet),
        '»' if spacey(prev) && next.is_some_and(char::is_alphanumeric) => Some(Family::GuillemetReversed),
        '‹' => Some(Family::SingleGuillemet),
        '›' if spacey(prev) && next.is_some_and(char::is_alphanumeric) => Some(Family::SingleGuillemetReversed),
        '「' | '『' => Some(Family::Corner),
        _ => None,
    }
}

enum Step {
    Close,
    /// The mark opens a new quote: the open one was never closed.
    Reopen(Family),
    Ignore,
}

fn step(open: Family, c: char, prev: Option<char>, next: Option<char>) -> Step {
    match open {
        Family::Double => match c {
            '”' => Step::Close,
            '"' | '“' if closing_context(prev, next) => Step::Close,
            '"' | '“' | '„' => Step::Reopen(Family::Double),
            _ => Step::Ignore,
        },
        Family::Single => match c {
            '’' | '\'' | '‘' if closing_context(prev, next) => Step::Close,
            _ => Step::Ignore,
        },
        Family::Guillemet => match c {
            '»' => Step::Close,
            '«' => Step::Reopen(Family::Guillemet),
            _ => Step::Ignore,
        },
        Family::GuillemetReversed => match c {
            '«' => Step::Close,
            _ => Step::Ignore,
        },
        Family::SingleGuillemet => match c {
            '›' => Step::Close,
            _ => Step::Ignore,
        },
        Family::SingleGuillemetReversed => match c {
            '‹' => Step::Close,
            _ => Step::Ignore,
        },
        Family::Corner => match c {
            '」' | '』' => Step::Close,
            _ => Step::Ignore,
        },
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‟' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』')
}

/// Can byte `b` start a quotation mark (`"`, `'`, or the UTF-8 lead byte of one)?
pub(super) const fn mark_byte(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)
}

/// The offset of the first byte that may start a mark. Eight bytes at a time:
/// a block of ASCII with no `"` and no `'` (most of any text) is passed over
/// with a few word operations instead of a test per byte.
fn next_mark_byte(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte that is zero (and maybe of bytes above one that is)
    let zeros = |v: u64| v.wrapping_sub(ONES) & !v;
    let mut i = 0;
    loop {
        // (whole blocks from an iterator: no bounds test per block)
        let mut blocks = bytes[i..].chunks_exact(8);
        let passed = blocks.position(|block| {
            let v = u64::from_le_bytes(block.try_into().unwrap_or_default());
            // one test for the reasons to look closer (no branch per reason): a high byte, or a
            // byte that is `'` with bits 0 and 2 set (`"`, `'`, and the rare `#` and `&`)
            (v | zeros((v | (ONES * 0x05)) ^ (ONES * b'\'' as u64))) & HIGH != 0
        });
        i += 8 * passed.unwrap_or((bytes.len() - i) / 8);
        // a block that may hold a mark (or the tail): byte by byte
        let end = (i + 8).min(bytes.len());
        if let Some(p) = bytes[i..end].iter().position(|&b| mark_byte(b)) {
            return Some(i + p);
        }
        if end == bytes.len() {
            return None;
        }
        i = end;
    }
}

/// The words between two offsets: whitespace trimmed, a trailing comma dropped, also before the closing mark
/// of a quotation inside ("“He said, ‘Ruthie, nobody will buy it,’” she says" ends at "it").
fn trim_inner(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_end();
    let t = t.strip_suffix(",'").or_else(|| t.strip_suffix(",’")).unwrap_or(t);
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    Span::new(start + lead, (start + t.len()).max(start + lead))
}

/// Finds the quotes of all paragraphs.
#[inline(never)]
pub fn scan(text: &str, paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut left_open = false;
    for (pi, p) in paragraphs.iter().enumerate() {
        let body = p.span.of(text);
        let mut open: Option<(Family, usize)> = None; // family, offset of the opening mark
        let continues_here = left_open;
        left_open = false;
        // only the first byte of a mark can match: the rest of the text is skipped unread
        let bytes = body.as_bytes();
        let mut i = 0;
        while let Some(skip) = next_mark_byte(&bytes[i..]) {
            i += skip;
            // a mark's first byte is ASCII or a UTF-8 lead byte, so `i` is a char boundary
            let Some(c) = body[i..].chars().next() else { break };
            if is_mark(c) {
                let prev = body[..i].chars().next_back();
                let next = body[i + c.len_utf8()..].chars().next();
                let at = p.span.start + i;
                let after = at + c.len_utf8();
                match open {
                    None => {
                        // "'s spokesman said" (a name deleted before its possessive): no opening mark
                        let possessive = matches!(c, '\'' | '‘') && next == Some('s') && !body[i + c.len_utf8() + 1..].starts_with(char::is_alphanumeric);
                        if let Some(f) = opener(c, prev, next).filter(|_| !possessive) {
                            open = Some((f, at));
                        }
                    }
                    Some((f, start)) => match step(f, c, prev, next) {
                        Step::Close => {
                            push(&mut out, text, start, at, after, pi, true, continues_here);
                            open = None;
                        }
                        Step::Reopen(g) => {
                            push(&mut out, text, start, at, at, pi, false, continues_here);
                            open = Some((g, at));
                        }
                        Step::Ignore => {}
                    },
                }
            }
            i += c.len_utf8();
        }
        if let Some((_, start)) = open {
            push(&mut out, text, start, p.span.end, p.span.end, pi, false, continues_here);
            left_open = true;
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn push(out: &mut Vec<Quote>, text: &str, open_at: usize, inner_end: usize, outer_end: usize, paragraph: usize, closed: bool, continues_paragraph: bool) {
    let mark_len = text[open_at..].chars().next().map_or(1, char::len_utf8);
    let inner = trim_inner(text, open_at + mark_len, inner_end);
    let first_in_paragraph = out.last().is_none_or(|q: &Quote| q.paragraph != paragraph);
    let starts_paragraph = text[..open_at].chars().next_back().is_none_or(|c| c == '\n' || c == '\r')
        || text[..open_at].trim_end_matches([' ', '\t']).ends_with('\n');
    let continues = continues_paragraph && first_in_paragraph && starts_paragraph;
    if !inner.is_empty() {
        out.push(Quote { inner, outer: Span::new(open_at, outer_end), paragraph, closed, continues });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quotes(text: &str) -> Vec<(&str, bool, bool)> {
        let seg = segment(text);
        scan(text, &seg.paragraphs).iter().map(|q| (q.inner.of(text), q.closed, q.continues)).collect()
    }

    #[test]
    fn finds_every_quote_style() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("straight double", "He said \"we will win the vote\" today.", &["we will win the vote"]),
            ("curly double", "“We will win,” he said.", &["We will win"]),
            ("british single", "Putin: ‘We will help the talks’ in Korea", &["We will help the talks"]),
            ("straight single", "She said 'we are ready to go' and left.", &["we are ready to go"]),
            ("guillemets", "Il a dit « nous allons gagner » hier.", &["nous allons gagner"]),
            ("reversed guillemets", "Er sagte »wir werden gewinnen« gestern.", &["wir werden gewinnen"]),
            ("low-high", "Er sagte „wir werden gewinnen“ gestern.", &["wir werden gewinnen"]),
            ("mixed closing", "He said “we will win\" and left.", &["we will win"]),
            ("mixed closing reversed", "He said \"we will win” and left.", &["we will win"]),
            ("apostrophes stay inside", "“Kim’s visit won’t fail,” he said.", &["Kim’s visit won’t fail"]),
            ("nested single in double", "“He told me ‘go home’ twice,” she said.", &["He told me ‘go home’ twice"]),
            ("corner brackets", "彼は「勝つ」と言った。", &["勝つ"]),
            ("a possessive left by a deleted name is no mark", "'s spokesman said the Kremlin was ‘satisfied’.", &["satisfied"]),
            ("two quotes", "“One thing,” he said, “and another.”", &["One thing", "and another."]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = quotes(text).iter().map(|q| q.0).collect();
            assert_eq!(got, *want, "{name}: {text}");
        }
    }

    #[test]
    fn unbalanced_marks_never_leave_their_paragraph() {
        let text = "He said “we will win and then left.\nThe next paragraph is plain.\nAnd “this one” is closed.";
        let q = quotes(text);
        assert_eq!(q, [("we will win and then left.", false, false), ("this one", true, false)]);
        // a stray opening mark in the middle starts over instead of swallowing
        let text = "A “first one and a “second one” here.";
        assert_eq!(quotes(text), [("first one and a", false, false), ("second one", true, false)]);
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let text = "“We will win the vote, and we will win it well.\n“Then we will govern,” he said.\nAfter.";
        let q = quotes(text);
        assert_eq!(q, [("We will win the vote, and we will win it well.", false, false), ("Then we will govern", true, true)]);
    }

    #[test]
    fn the_block_scan_finds_every_mark_byte() {
        let texts = ["", "a", "plain ascii text with no marks at all, long enough", "ab\"cd", "0123456789abcde'", "héllo wörld “x”", "日本語「勝つ」", "aaaaaaaa«",
            // the bytes near the marks, which the block test lets through or not: #, $, %, &, (, ), *, +
            "#1 at AT&T, 25% $ up (+*) or #2 && 'x'", "!#$%&()*+,-./#$%&()*+!\"#$%&'()*+"];
        for text in texts {
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                let want = bytes[start..].iter().position(|&b| mark_byte(b));
                assert_eq!(next_mark_byte(&bytes[start..]), want, "{text:?} from {start}");
            }
        }
    }

    #[test]
    fn a_million_marks_finish_and_stay_in_bounds() {
        let text = "“a ".repeat(300_000) + &"\" b ".repeat(300_000) + &"' ".repeat(300_000);
        let seg = segment(&text);
        let q = scan(&text, &seg.paragraphs);
        assert!(q.iter().all(|q| q.outer.end <= text.len() && q.inner.start >= q.outer.start));
    }
}
