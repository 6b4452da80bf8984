//! Entity regression on the shared gold files: fails when exact-span F1 drops
//! below the level reached (micro and per label on the seeds; PER/ORG/LOC micro
//! on CoNLL-2003 dev and WikiGold, as `score.py --no-misc` computes it).
//! Floors only ever go up. Skips when `../shared` is absent.

mod common;
use common::*;

fn check(name: &str, no_misc: bool, micro_floor: f64, label_floors: &[(&str, f64)]) {
    let Some(golds) = load_gold(name) else {
        eprintln!("../shared/eval/{name} not found: skipped");
        return;
    };
    let (micro, per) = score_entities(&golds, no_misc);
    let table: Vec<_> = per.iter().map(|(l, p)| (l.clone(), (p.f1() * 1000.0).round() / 1000.0)).collect();
    eprintln!("{name}: entities micro F1 {:.3}; per label {table:?}", micro.f1());
    let mut low = Vec::new();
    if micro.f1() < micro_floor {
        low.push(format!("micro {:.3} < {micro_floor}", micro.f1()));
    }
    for &(label, floor) in label_floors {
        let f1 = per.get(label).map_or(0.0, |p| p.f1());
        if f1 < floor {
            low.push(format!("{label} {f1:.3} < {floor}"));
        }
    }
    assert!(low.is_empty(), "{name}: {}", low.join(", "));
}

#[test]
fn seeds_gold_entity_f1_does_not_drop() {
    let floors = [("PERSON", 0.98), ("PLACE", 0.99), ("ORG", 0.90), ("GROUP", 0.99), ("DATE", 0.99), ("NUMBER", 0.99), ("EVENT", 0.99)];
    check("seeds-gold.jsonl", false, 0.99, &floors);
}

#[test]
fn conll2003_dev_entity_f1_does_not_drop() {
    check("conll2003-dev.jsonl", true, 0.89, &[("PER", 0.925), ("LOC", 0.915), ("ORG", 0.795)]);
}

#[test]
fn wikigold_entity_f1_does_not_drop() {
    check("wikigold.jsonl", true, 0.73, &[("PER", 0.815), ("LOC", 0.79), ("ORG", 0.56)]);
}
