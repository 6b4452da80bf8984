//! The annotations as one array of numbers and a string table, for the trip
//! into JavaScript.
//!
//! Input: [`Annotations`] whose spans are already UTF-16 offsets. Output:
//! [`Packed`]: `words` (`u32`s) and `strings` (one string; the lengths of its
//! pieces, in UTF-16 code units, lead `words`). `decode.js` turns it into the
//! same plain objects `JSON.parse` would give for the serde form, field for
//! field. The mentions of one linked entity that repeat its first or last form
//! share one string of the table, and so one JavaScript string (fewer objects for
//! the garbage collector in a long text), found without hashing the text; rule
//! names (`&'static str`) are looked up by address; the texts of claims and cues
//! are not sent, since they are slices of the input the decoder already has. Writing numbers and reading
//! them back costs a fraction of printing and parsing JSON.
//!
//! Layout (`NONE` = `u32::MAX` for a missing value):
//! `[string count, lengths…, paragraphs, sentences, entities, linked, claims, boilerplate]` (counts), then
//! paragraphs `start end kind rule`; sentences `start end paragraph`;
//! entities `start end label linked rule text`; linked `label name mention-count mentions…`;
//! claims `start end kind speaker speaker_entity cue_start cue_end flag-count flags… reason-count reasons… rule`;
//! boilerplate `start end`. `rule`, `name` and `speaker` index the string table.

use crate::annotations::Annotations;
use crate::hash::WordMap;

pub const NONE: u32 = u32::MAX;

/// Slots of the rule-name table (a power of two).
const RULE_SLOTS: usize = 256;

#[derive(Default)]
pub struct Packed {
    pub words: Vec<u32>,
    pub strings: String,
}

/// The string table. A string may occur twice (the decoder then makes two equal strings),
/// but the mentions of one linked entity with the same text share one entry.
struct Strings<'a> {
    /// Strings by content (speakers).
    index: WordMap<&'a str, u32>,
    /// Rule names by address: each `&'static str` once ([`RULE_SLOTS`] open-addressed
    /// slots of address and entry; a document uses a few dozen rules).
    rules: [(usize, u32); RULE_SLOTS],
    rule_count: usize,
    list: Vec<&'a str>,
}

impl<'a> Strings<'a> {
    fn add(&mut self, s: &'a str) -> u32 {
        self.list.push(s);
        self.list.len() as u32 - 1
    }

    fn id(&mut self, s: &'a str) -> u32 {
        match self.index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.add(s);
                self.index.insert(s, i);
                i
            }
        }
    }

    fn rule(&mut self, s: &'static str) -> u32 {
        let at = s.as_ptr() as usize;
        // Fibonacci hashing of the address; slots past half full are not filled (a new
        // rule then gets an entry of its own each time, which the decoder reads the same)
        let mut k = (at as u32).wrapping_mul(0x9E37_79B9) as usize >> (32 - RULE_SLOTS.trailing_zeros());
        loop {
            match self.rules[k] {
                (a, i) if a == at => return i,
                (0, _) => break,
                _ => k = (k + 1) % RULE_SLOTS,
            }
        }
        let i = self.add(s);
        if self.rule_count < RULE_SLOTS / 2 {
            self.rules[k] = (at, i);
            self.rule_count += 1;
        }
        i
    }

    /// The entry of `text`, a form of linked entity `l`: the entry of the first or last form
    /// of `l` if it is the same text, else a new entry (which becomes the last form).
    fn form(&mut self, forms: &mut [[u32; 2]], l: usize, text: &'a str) -> u32 {
        let Some(f) = forms.get_mut(l) else { return self.add(text) };
        if let Some(&i) = f.iter().find(|&&i| i != NONE && self.list[i as usize] == text) {
            return i;
        }
        let i = self.add(text);
        if f[0] == NONE {
            f[0] = i;
        }
        f[1] = i;
        i
    }
}

fn opt(x: Option<usize>) -> u32 {
    x.map_or(NONE, |x| x as u32)
}

pub fn pack(a: &Annotations) -> Packed {
    let mut s = Strings { index: WordMap::default(), rules: [(0, 0); RULE_SLOTS], rule_count: 0, list: Vec::with_capacity(64 + a.linked.len()) };
    // the entries of each linked entity's first and last form
    let mut forms = vec![[NONE; 2]; a.linked.len()];
    let mut w: Vec<u32> = Vec::with_capacity(16 + a.entities.len() * 6 + a.sentences.len() * 3 + a.claims.len() * 14);
    w.extend([a.paragraphs.len(), a.sentences.len(), a.entities.len(), a.linked.len(), a.claims.len(), a.boilerplate.len()].map(|n| n as u32));
    for p in &a.paragraphs {
        w.extend([p.span.start as u32, p.span.end as u32, p.kind as u32, s.rule(p.rule)]);
    }
    for x in &a.sentences {
        w.extend([x.span.start as u32, x.span.end as u32, x.paragraph as u32]);
    }
    for e in &a.entities {
        let text = s.form(&mut forms, e.linked, &e.text);
        w.extend([e.span.start as u32, e.span.end as u32, e.label as u32, e.linked as u32, s.rule(e.rule), text]);
    }
    for (k, l) in a.linked.iter().enumerate() {
        let name = s.form(&mut forms, k, &l.name);
        w.extend([l.label as u32, name, l.mentions.len() as u32]);
        w.extend(l.mentions.iter().map(|&m| m as u32));
    }
    for c in &a.claims {
        let speaker = c.speaker.as_deref().map_or(NONE, |x| s.id(x));
        let cue = c.cue_span.map_or([NONE, NONE], |x| [x.start as u32, x.end as u32]);
        w.extend([c.span.start as u32, c.span.end as u32, c.kind as u32, speaker, opt(c.speaker_entity), cue[0], cue[1]]);
        w.push(c.flags.len() as u32);
        w.extend(c.flags.iter().map(|&f| f as u32));
        w.push(c.reasons.len() as u32);
        w.extend(c.reasons.iter().map(|&r| r as u32));
        w.push(s.rule(c.rule));
    }
    for b in &a.boilerplate {
        w.extend([b.start as u32, b.end as u32]);
    }
    let mut words = Vec::with_capacity(1 + s.list.len() + w.len());
    words.push(s.list.len() as u32);
    words.extend(s.list.iter().map(|x| x.encode_utf16().count() as u32));
    words.extend(w);
    Packed { words, strings: s.list.concat() }
}
