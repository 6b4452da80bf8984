//! Stage 3: claims — direct quotes with their speakers (first version).
//!
//! Input: text, segments and entities. Output: claims sorted by position.
//! Quotes are spans between matching quotation marks inside one paragraph
//! (straight or curly); an unclosed mark never runs past its paragraph. The
//! speaker is the person or organisation next to a speech verb ("X said",
//! "said X") in the sentence around the quote.

mod quotes;

use crate::annotations::{Claim, Entity, LinkedEntity};
use crate::segment::Segments;

/// Finds the claims of one text.
pub fn find_claims(text: &str, seg: &Segments, entities: &[Entity], linked: &[LinkedEntity]) -> Vec<Claim> {
    let mut claims = quotes::find_quotes(text, seg, entities, linked);
    claims.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = i;
    }
    claims
}
