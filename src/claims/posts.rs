//! Embedded social-media posts: the post's words, then a signature "— Name (@handle) Date" after a dash, on the
//! same line or the next. The words are the signer's quote, with no cue (rule `social_post`).
//!
//! Input: the document tables. Output: (the post's span, the signer's linked id). One search of the text for
//! "(@"; a few lines around each hit.

use super::Doc;
use crate::annotations::Label;
use crate::span::Span;

/// The posts signed in the text, in order.
pub(super) fn posts(doc: &Doc) -> Vec<(Span, usize)> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut from = 0;
    // (found by its "@" alone, a byte search, then the "(" before it: a two-byte pattern takes the slower
    // substring search, and news has far fewer "@" than "(", so the search stops less often)
    while let Some(handle) = text[from..].find('@').map(|i| i + from) {
        from = handle + 1;
        if handle == 0 || text.as_bytes()[handle - 1] != b'(' {
            continue;
        }
        let at = handle - 1;
        let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
        let Some(dash) = text[line_start..at].rfind(['—', '–']).map(|k| k + line_start) else { continue };
        // the signer: a person or organisation filling the space between the dash and the handle
        let name_from = dash + '—'.len_utf8();
        let k = doc.entities.partition_point(|e| e.span.start < name_from);
        let Some(e) = doc.entities.get(k).filter(|e| matches!(e.label, Label::Person | Label::Org)) else { continue };
        if !text[name_from..e.span.start].trim().is_empty() || e.span.end > at || !text[e.span.end..at].trim().is_empty() {
            continue;
        }
        // the words before the dash on its line, else the line before (a blank line between)
        let (mut a, mut b) = (line_start, dash);
        if text[a..b].trim().is_empty() {
            b = text[..line_start].trim_end().len();
            a = text[..b].rfind('\n').map_or(0, |k| k + 1);
        }
        // (a link the post ends with is no part of its words: "… pic.twitter.com/x")
        let mut words = text[a..b].trim_end();
        while let Some((head, _)) = words.rsplit_once(' ').filter(|(_, l)| l.starts_with("pic.twitter.com") || l.starts_with("http")) {
            words = head.trim_end();
        }
        let lead = words.len() - words.trim_start().len();
        let span = Span::new(a + lead, a + words.len());
        // (a post in quotation marks is a quotation of its own: "“…” — Name")
        if !span.is_empty() && !span.of(text).starts_with(crate::segment::is_quote_char) && super::verb_forms::has_verb(span.of(text)) {
            out.push((span, e.linked));
        }
    }
    out
}
