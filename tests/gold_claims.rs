//! Claim regression on the shared gold file: fails when detection F1, the F1 of
//! any claim kind or speaker accuracy drops below the level reached. Floors only
//! ever go up (set just under the scores measured when they were raised).

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
    assert!(claims.detection.f1() >= 0.97, "claim detection F1 {:.3}", claims.detection.f1());
    for (kind, floor) in [("quote", 0.95), ("reported", 0.95), ("factual", 0.95)] {
        let f1 = claims.per_kind.get(kind).map_or(0.0, Prf::f1);
        eprintln!("  {kind} F1 {f1:.3}");
        assert!(f1 >= floor, "{kind} F1 {f1:.3} < {floor}");
    }
    assert!(claims.speaker_accuracy() >= 0.95, "speaker accuracy {:.3}", claims.speaker_accuracy());
}
