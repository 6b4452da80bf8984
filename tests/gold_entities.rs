//! Entity regression on the shared gold files: fails when exact-span F1 drops
//! below the level reached. Floors only ever go up. Skips when `../shared` is absent.

mod common;
use common::*;

#[test]
fn seeds_gold_entity_f1_does_not_drop() {
    let Some(golds) = load_gold("seeds-gold.jsonl") else {
        eprintln!("../shared/eval/seeds-gold.jsonl not found: skipped");
        return;
    };
    let (micro, per) = score_entities(&golds, false);
    eprintln!("entities micro F1 {:.3}; per label {:?}", micro.f1(), per.iter().map(|(l, p)| (l, (p.f1() * 1000.0).round() / 1000.0)).collect::<Vec<_>>());
    assert!(micro.f1() >= 0.60, "entity micro F1 {:.3}", micro.f1());
}
