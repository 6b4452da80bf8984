//! The span model's training material: for each sentence of a text, its tokens and the
//! candidate spans the recogniser would hand the model (`src/bin/train_tagger.rs` reads them).
//!
//! Input: a text. Output: one [`TrainingSentence`] per sentence. Used only by the trainer.

use super::{names, raw_mentions};

/// One sentence for the model trainer: its tokens and the candidate spans `[k, m)` (token indices).
pub type TrainingSentence = (Vec<crate::segment::Token>, Vec<(usize, usize)>);

/// For the model trainer: the tokens of each sentence and the candidate spans
/// `[k, m)` (token indices) the span model would judge, with the after-title flag.
pub fn training_candidates(text: &str) -> Vec<TrainingSentence> {
    let seg = crate::segment::segment(text);
    let (mentions, _) = raw_mentions(text, &seg, true);
    (0..seg.sentences.len())
        .map(|s| {
            let tokens = seg.tokens_of(s);
            let cands = mentions
                .iter()
                .filter(|m| m.rule == names::CANDIDATE)
                .filter_map(|m| {
                    let k = tokens.iter().position(|t| t.span.start == m.span.start)?;
                    let e = tokens.iter().position(|t| t.span.end == m.span.end)?;
                    Some((k, e + 1))
                })
                .collect();
            (tokens.to_vec(), cands)
        })
        .collect()
}
