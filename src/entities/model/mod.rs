//! A learned label for capitalised spans the word lists do not settle.
//!
//! Input: a sentence's tokens and a candidate span `[k, m)` (a capitalised run
//! piece left over after lists, titles and keywords). Output: PERSON, ORG,
//! PLACE, GROUP, EVENT or nothing. The model is an averaged perceptron over
//! hashed features (the span's words, shape, neighbours and list memberships),
//! trained by `src/bin/train_tagger.rs` on the GMB silver corpus
//! (`../shared/train/gmb.jsonl`) and stored quantised in
//! `src/data/span_model.bin`. Feature extraction allocates nothing; the
//! fixed feature names are hashed at compile time.

use super::lexicon::{Kind, LEXICON};
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};
use std::sync::LazyLock;
use hashing::{ascii_word_hashes, bytes_of, combine, hash, hash_ascii, token_hash, token_hashes, token_word_and_shape, BIAS, CAPS, COMMON, LEN, LINE_START, LIST, TITLE};
use weights::Scores;
pub use weights::{encode, parse, Model};

mod hashing;
mod weights;

/// The classes, in weight order; index 0 is "not an entity".
pub const CLASSES: [Option<Label>; 6] =
    [None, Some(Label::Person), Some(Label::Org), Some(Label::Place), Some(Label::Group), Some(Label::Event)];

pub static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| parse(include_bytes!("../../data/span_model.bin")));

/// The list entries of `w` with its Latin letters' accents dropped ("Ramón" as "Ramon"), none for a word with other
/// letters ("Frøslev") or longer than the fold's buffer.
fn unaccented_entries(w: &str) -> &'static [super::lexicon::Entry] {
    LEXICON.unaccented(w).map_or(&[][..], |i| i.entries())
}

/// Appends the hashed features of span `[k, m)` of `tokens` to `out`.
pub fn features(text: &str, tokens: &[Token], k: usize, m: usize, after_title: bool, out: &mut Vec<u32>) {
    each_feature(text, tokens, k, m, after_title, |f| out.push(f));
}

/// Where [`each_feature`] hands the features: any `FnMut(u32)`, or [`classify`]'s sums, which are also told
/// where each word's features end.
trait Sink {
    fn feature(&mut self, f: u32);
    /// A word of the piece has had all its features: at most [`weights::ROOM`] came since the last call (its word,
    /// its shape and one for each kind of list it is in), and as many at most come before the next or the end.
    fn word_done(&mut self) {}
}

impl<F: FnMut(u32)> Sink for F {
    fn feature(&mut self, f: u32) {
        self(f)
    }
}

/// Hands each hashed feature of span `[k, m)` of `tokens` to `out`, in a fixed order.
/// Words are read as bytes (no slicing of the text) unless they have a non-ASCII byte.
fn each_feature(text: &str, tokens: &[Token], k: usize, m: usize, after_title: bool, mut out: impl Sink) {
    out.feature(BIAS);
    let piece = &tokens[k..m];
    let last_n = piece.len() - 1;
    // the first and last words are hashed also as the piece's first (tag 3) and last (4) word, emitted after
    // the loop, with their prefix and suffix
    let (mut first_tagged, mut last_tagged) = (0, 0);
    let (mut first_ascii, mut last_ascii) = (false, false);
    let mut all_caps = true;
    let mut common = 0;
    for (n, t) in piece.iter().enumerate() {
        // each word read once for its hashes as a word of the piece (tag 1), as the first and last word, and its shape (tag 2)
        let ascii_hashes = ascii_word_hashes([1, 3, 4], 2, bytes_of(text, t));
        let ascii = ascii_hashes.is_some();
        let ([word, first_word, last_word], shape, lower) = ascii_hashes.unwrap_or_else(|| token_hashes([1, 3, 4], 2, text, t));
        if n == 0 {
            (first_tagged, first_ascii) = (first_word, ascii);
        }
        if n == last_n {
            (last_tagged, last_ascii) = (last_word, ascii);
        }
        out.feature(word);
        out.feature(shape);
        // for ASCII, "every letter a capital" is "no lower-case letter"
        all_caps &= if ascii { !lower } else { t.text(text).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) };
        let pos = if n == 0 { 0 } else if n == last_n { 1 } else { 2 };
        // the model was trained without folding curly apostrophes here: such a word has no list features
        let entries = if !ascii && t.text(text).contains('’') { &[][..] } else { LEXICON.info(text, t).map_or(&[][..], |i| i.entries()) };
        // an accented name no list holds is read as the lists' unaccented name: "Ramón", "José" (as people's names only)
        let unaccented = if ascii || !entries.is_empty() { &[][..] } else { unaccented_entries(t.text(text)) };
        for e in entries.iter().chain(unaccented.iter().filter(|e| matches!(e.kind, Kind::GivenName | Kind::Surname))) {
            let tag = match e.kind {
                Kind::GivenName => 20,
                Kind::Surname => 21,
                Kind::City => 22,
                Kind::Country => 23,
                Kind::Region => 24,
                Kind::Demonym => 25,
                Kind::Stopword => 26,
                Kind::Title => 27,
                Kind::Org => 28,
                Kind::CommonWord => {
                    common += 1;
                    30
                }
                Kind::OrgKeyword => {
                    out.feature(combine(hash(29, e.extra.unwrap_or("")), (n == last_n) as u32));
                    continue;
                }
                _ => continue,
            };
            out.feature(combine(LIST[tag as usize - 20], pos));
        }
        out.word_done();
    }
    out.feature(combine(COMMON, if common == 0 { 0 } else if common == piece.len() { 2 } else { 1 }));
    out.feature(first_tagged);
    out.feature(last_tagged);
    // the last three characters of the last word (of an ASCII word, its last three bytes)
    out.feature(if last_ascii {
        let b = bytes_of(text, &piece[last_n]);
        hash_ascii(5, &b[b.len().saturating_sub(3)..])
    } else {
        let last = piece[last_n].text(text);
        hash(5, last.char_indices().rev().nth(2).map_or(last, |(i, _)| &last[i..]))
    });
    out.feature(combine(LEN, piece.len().min(4) as u32));
    out.feature(combine(CAPS, all_caps as u32 + 2 * (piece.len() > 1) as u32));
    out.feature(combine(TITLE, after_title as u32));
    // `edge`: the hash of the tag with "<s>" or "</s>", for no word there; a neighbour's word and shape
    // features ([`shape_tag`]) come from one read of it (a word on a new line counts as none before the piece)
    let around = |i: Option<usize>, tag: u8, edge: u32, shape_tag: u8| match i.and_then(|i| tokens.get(i)) {
        Some(t) if !t.newline_before || tag >= 12 => token_word_and_shape(tag, shape_tag, text, t),
        Some(t) => (edge, token_hashes([], shape_tag, text, t).1),
        None => (edge, hash_ascii(shape_tag, b"")),
    };
    let (p1, shape_before) = around(k.checked_sub(1), 10, const { hash_ascii(10, b"<s>") }, 16);
    let (n1, shape_after) = around(Some(m), 12, const { hash_ascii(12, b"</s>") }, 17);
    let word_at = |i: Option<usize>, tag: u8, edge: u32| match i.and_then(|i| tokens.get(i)) {
        Some(t) if !t.newline_before || tag >= 12 => token_hash(tag, text, t),
        _ => edge,
    };
    let p2 = word_at(k.checked_sub(2), 11, const { hash_ascii(11, b"<s>") });
    let n2 = word_at(Some(m + 1), 13, const { hash_ascii(13, b"</s>") });
    for f in [p1, p2, n1, n2, combine(p1, n1), combine(p2, p1)] {
        out.feature(f);
    }
    out.feature(combine(shape_before, shape_after));
    // the first three characters of the first word (of an ASCII word, its first three bytes)
    out.feature(if first_ascii {
        let b = bytes_of(text, &piece[0]);
        hash_ascii(18, &b[..b.len().min(3)])
    } else {
        let first = piece[0].text(text);
        hash(18, first.char_indices().nth(3).map_or(first, |(i, _)| &first[..i]))
    });
    if k == 0 || tokens[k].newline_before {
        out.feature(LINE_START);
    }
    if m < tokens.len() && tokens[m].kind == TokenKind::Punct && !tokens[m].space_before {
        out.feature(token_hash(15, text, &tokens[m]));
    }
}

/// The best class and its margin over the runner-up, or None without a model.
#[inline(never)] // a stage of its own in profiles
pub fn classify(text: &str, tokens: &[Token], k: usize, m: usize, after_title: bool) -> Option<(Option<Label>, f32)> {
    let model = MODEL.as_ref()?;
    // a bucket count that is a power of two (the shipped model's) takes a mask, not a division
    let mask = model.buckets.wrapping_sub(1);
    let mut sums = Summing { model, mask, power_of_two: model.buckets & mask == 0, scores: Scores::default() };
    each_feature(text, tokens, k, m, after_title, &mut sums);
    let score = sums.scores.sums();
    let best = (0..CLASSES.len()).max_by_key(|&c| score[c])?;
    let second = (0..CLASSES.len()).filter(|&c| c != best).map(|c| score[c]).max().unwrap_or(0);
    Some((CLASSES[best], (score[best] - second) as f32 * model.scale))
}

/// [`classify`]'s sink: each feature's weights added to the scores, which make room for more only after each word
/// (not counted against overflow at every feature).
struct Summing<'m> {
    model: &'m Model,
    mask: usize,
    power_of_two: bool,
    scores: Scores,
}

impl Sink for &mut Summing<'_> {
    #[inline(always)]
    fn feature(&mut self, f: u32) {
        let f = f as usize;
        if let Some(&row) = self.model.rows.get(if self.power_of_two { f & self.mask } else { f % self.model.buckets }) {
            self.scores.add(row);
        }
    }
    fn word_done(&mut self) {
        self.scores.make_room();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_ignore_case_of_words_and_allocate_per_span_only() {
        let text = "He met Vladimir Putin there.";
        let toks = crate::segment::tokenize(text);
        let mut a = Vec::new();
        features(text, &toks, 2, 4, false, &mut a);
        let text2 = "He met VLADIMIR PUTIN there.";
        let toks2 = crate::segment::tokenize(text2);
        let mut b = Vec::new();
        features(text2, &toks2, 2, 4, false, &mut b);
        assert_eq!(a[1], b[1], "word features are case-blind");
        assert_ne!(a, b, "shape features see the case");
    }

    #[test]
    fn classify_sums_the_weights_of_every_feature_even_in_a_long_piece() {
        let text = format!("He met {}there.", "John Smith London Paris Texas Jordan ".repeat(20));
        let toks = crate::segment::tokenize(&text);
        let model = MODEL.as_ref().expect("the shipped model");
        for m in [3, 4, 122] {
            let mut feats = Vec::new();
            features(&text, &toks, 2, m, false, &mut feats);
            assert!(m < 100 || feats.len() > 400, "{} features: the lanes must be emptied on the way", feats.len());
            let mut score = [0i32; CLASSES.len()];
            for f in feats {
                for (c, s) in score.iter_mut().enumerate() {
                    *s += model.weight(f as usize % model.buckets, c) as i32;
                }
            }
            let best = (0..CLASSES.len()).max_by_key(|&c| score[c]).unwrap();
            let second = (0..CLASSES.len()).filter(|&c| c != best).map(|c| score[c]).max().unwrap();
            assert_eq!(classify(&text, &toks, 2, m, false), Some((CLASSES[best], (score[best] - second) as f32 * model.scale)), "{m}");
        }
    }
}
