//! The comparison as JSON text, for the trip into JavaScript.
//!
//! Input: a [`Comparison`] whose spans are already UTF-16 offsets. Output: the
//! JSON that `serde_json` prints for it, field for field and in the same key
//! order, except that every group's `score` is written as `0`: `decode.js`
//! parses the text with `JSON.parse` and puts the exact scores back from a
//! separate array, so no float is ever printed. Written by hand: with it instead
//! of `serde_wasm_bindgen` building the objects, the gzipped .wasm is 2.9 KB
//! smaller (409,223 -> 406,304 bytes, measured 2026-11-25).

use super::{Comparison, Conflict, Member, SharedEntity};

const UNIT_KINDS: [&str; 4] = ["quote", "reported", "factual", "sentence"];
const VALUE_KINDS: [&str; 7] = ["duration", "weekday", "date", "count", "ordinal", "percent", "money"];

/// The JSON of `c` (scores as `0`) and the scores of its groups, in order.
pub fn to_json(c: &Comparison) -> (String, Vec<f64>) {
    let mut j = Json(String::with_capacity(4096));
    j.raw("{\"articles\":[");
    for (i, a) in c.articles.iter().enumerate() {
        j.open(i, "index");
        j.num(a.index);
        j.str_field("title", &a.title);
        j.num_field("claims", a.claims);
        j.num_field("units", a.units);
        j.num_field("grouped", a.grouped);
        j.raw("}");
    }
    j.raw("],\"entities\":[");
    for (i, e) in c.entities.iter().enumerate() {
        entity(&mut j, i, e);
    }
    j.raw("],\"groups\":[");
    for (i, g) in c.groups.iter().enumerate() {
        j.open(i, "id");
        j.num(g.id);
        j.key("members");
        members(&mut j, &g.members);
        j.key("articles");
        j.nums(&g.articles);
        j.raw(",\"score\":0");
        j.key("shared");
        j.strs(&g.shared);
        j.key("conflicts");
        j.raw("[");
        for (k, x) in g.conflicts.iter().enumerate() {
            conflict(&mut j, k, x);
        }
        j.raw("]}");
    }
    j.raw("],\"unique\":");
    members(&mut j, &c.unique);
    j.raw("}");
    (j.0, c.groups.iter().map(|g| g.score).collect())
}

fn entity(j: &mut Json, i: usize, e: &SharedEntity) {
    j.open(i, "id");
    j.num(e.id);
    j.str_field("label", e.label.as_str());
    j.str_field("name", &e.name);
    j.key("variants");
    j.strs(&e.variants);
    j.key("counts");
    j.nums(&e.counts);
    j.key("linked");
    j.raw("[");
    for (k, l) in e.linked.iter().enumerate() {
        j.comma(k);
        j.nums(l);
    }
    j.raw("]");
    j.str_field("rule", e.rule);
    j.raw("}");
}

fn members(j: &mut Json, ms: &[Member]) {
    j.raw("[");
    for (i, m) in ms.iter().enumerate() {
        j.open(i, "article");
        j.num(m.article);
        j.num_field("start", m.span.start);
        j.num_field("end", m.span.end);
        j.str_field("kind", UNIT_KINDS[m.kind as usize]);
        j.str_field("text", &m.text);
        j.key("claim");
        match m.claim {
            Some(x) => j.num(x),
            None => j.raw("null"),
        }
        j.key("speaker");
        match &m.speaker {
            Some(s) => j.str(s),
            None => j.raw("null"),
        }
        j.key("distinct");
        j.raw("[");
        for (k, s) in m.distinct.iter().enumerate() {
            j.open(k, "start");
            j.num(s.start);
            j.num_field("end", s.end);
            j.raw("}");
        }
        j.raw("]}");
    }
    j.raw("]");
}

fn conflict(j: &mut Json, i: usize, c: &Conflict) {
    j.open(i, "what");
    j.str(&c.what);
    j.str_field("kind", VALUE_KINDS[c.kind as usize]);
    j.key("values");
    j.raw("[");
    for (k, v) in c.values.iter().enumerate() {
        j.open(k, "article");
        j.num(v.article);
        j.num_field("member", v.member);
        j.num_field("start", v.span.start);
        j.num_field("end", v.span.end);
        j.str_field("text", &v.text);
        j.str_field("normalized", &v.normalized);
        j.raw("}");
    }
    j.raw("]}");
}

struct Json(String);

// Every method is `#[inline(never)]`: inlined at a hundred call sites they cost 1.7 KB of the gzipped .wasm.
impl Json {
    /// Every push of fixed text goes through here: `String::push` inlined at each site cost more than the call.
    #[inline(never)]
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// A comma before every item but the first.
    #[inline(never)]
    fn comma(&mut self, i: usize) {
        if i > 0 {
            self.raw(",");
        }
    }

    /// Item `i` of a list of objects: its comma, the brace and the first key.
    #[inline(never)]
    fn open(&mut self, i: usize, first: &str) {
        self.comma(i);
        self.raw("{\"");
        self.raw(first);
        self.raw("\":");
    }

    /// `,"name":` (keys are never first here; `open` writes the first).
    #[inline(never)]
    fn key(&mut self, name: &str) {
        self.raw(",\"");
        self.raw(name);
        self.raw("\":");
    }

    #[inline(never)]
    fn num(&mut self, x: usize) {
        // digits without `format!`, whose machinery is not otherwise needed here
        let mut digits = [0u8; 20];
        let (mut x, mut i) = (x, digits.len());
        loop {
            i -= 1;
            digits[i] = b'0' + (x % 10) as u8;
            x /= 10;
            if x == 0 {
                break;
            }
        }
        self.raw(std::str::from_utf8(&digits[i..]).unwrap_or_default());
    }

    #[inline(never)]
    fn num_field(&mut self, name: &str, x: usize) {
        self.key(name);
        self.num(x);
    }

    #[inline(never)]
    fn nums(&mut self, xs: &[usize]) {
        self.raw("[");
        for (i, &x) in xs.iter().enumerate() {
            self.comma(i);
            self.num(x);
        }
        self.raw("]");
    }

    /// A string with serde_json's escapes.
    #[inline(never)]
    fn str(&mut self, s: &str) {
        self.raw("\"");
        let mut from = 0;
        // bytes, not chars: every byte escaped is ASCII, so never inside a character
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                8 => "\\b",
                12 => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.raw(&s[from..i]);
            if escape.is_empty() {
                let (hi, lo) = (usize::from(b >> 4), usize::from(b & 15));
                self.raw("\\u00");
                self.raw(&HEX[hi..hi + 1]);
                self.raw(&HEX[lo..lo + 1]);
            } else {
                self.raw(escape);
            }
            from = i + 1;
        }
        self.raw(&s[from..]);
        self.raw("\"");
    }

    #[inline(never)]
    fn str_field(&mut self, name: &str, s: &str) {
        self.key(name);
        self.str(s);
    }

    #[inline(never)]
    fn strs(&mut self, xs: &[String]) {
        self.raw("[");
        for (i, x) in xs.iter().enumerate() {
            self.comma(i);
            self.str(x);
        }
        self.raw("]");
    }
}

const HEX: &str = "0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::OffsetUnit;

    /// The hand-written JSON is serde_json's, byte for byte, once the scores are zeroed (`0` for `0.0`).
    #[test]
    fn writes_what_serde_json_writes() {
        let texts: &[&str] = &[
            "Officials said 300 soldiers crossed the river near Tarnow on Monday, \"calm\" \\ \u{1} \t.\nPresident Anna Kowalska said the talks \"went well\" and would go on.",
            "About 300 soldiers crossed the river near Tarnow on Tuesday, officials said.\nKowalska said the talks \"went well\" and would go on in May.",
            "Kowalska said on Friday that the talks would go on in June.",
        ];
        let c = crate::compare(texts).remap(texts, OffsetUnit::Utf16);
        assert!(!c.groups.is_empty() && c.groups.iter().any(|g| !g.conflicts.is_empty()) && !c.entities.is_empty());
        let (json, scores) = to_json(&c);
        assert_eq!(scores, c.groups.iter().map(|g| g.score).collect::<Vec<_>>());
        let mut zeroed = c.clone();
        zeroed.groups.iter_mut().for_each(|g| g.score = 0.0);
        let want = serde_json::to_string(&zeroed).unwrap().replace("\"score\":0.0", "\"score\":0");
        assert_eq!(json, want);
        let mut j = Json(String::new());
        j.str("a\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}é");
        j.num(0);
        j.num(18446744073709551615);
        assert_eq!(j.0, serde_json::to_string("a\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}é").unwrap() + "018446744073709551615");
    }
}
