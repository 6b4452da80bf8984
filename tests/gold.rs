//! The Rust scorer used by the gold regression tests follows score.py's conventions.

mod common;
use common::*;

#[test]
fn scorer_matches_score_py_conventions() {
    assert!(same_speaker(Some("Vladimir Putin"), Some("Putin")));
    assert!(same_speaker(Some("Kim Jong Un; Vladimir Putin"), Some("Putin; Kim Jong Un")));
    assert!(!same_speaker(Some("Vladimir Putin"), Some("he")));
    assert!(same_speaker(None, None) && !same_speaker(None, Some("Efe")));
    let p = Prf { tp: 8, fp: 2, fn_: 2 };
    assert!((p.f1() - 0.8).abs() < 1e-9);
}
