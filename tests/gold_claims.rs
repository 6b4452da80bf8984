//! Claim regression on the shared gold file: fails when detection F1 or speaker
//! accuracy drops below the level reached. Floors only ever go up.

mod common;
use common::*;

#[test]
fn seeds_gold_claim_scores_do_not_drop() {
    let Some(golds) = load_gold("seeds-gold.jsonl") else {
        eprintln!("../shared/eval/seeds-gold.jsonl not found: skipped");
        return;
    };
    let claims = score_claims(&golds);
    eprintln!("claims detection F1 {:.3}; speaker accuracy {:.3}", claims.detection.f1(), claims.speaker_accuracy());
    assert!(claims.detection.f1() >= 0.20, "claim detection F1 {:.3}", claims.detection.f1());
}
