//! Shared by the entity rule tables (`entities_rules.rs`, `entities_news.rs`): the name
//! mentions a text yields, and a check of many sentences against the mentions each must
//! yield, in order, that lists every failing row at once.
#![allow(dead_code)]

use newslens::{annotate, Label};

/// The name mentions of `text` (dates and numbers left out), as (text, label), in order.
pub fn names(text: &str) -> Vec<(String, Label)> {
    annotate(text)
        .entities
        .into_iter()
        .filter(|e| !matches!(e.label, Label::Date | Label::Number))
        .map(|e| (e.text.to_string(), e.label))
        .collect()
}

/// Each sentence must yield exactly its names; fails with every row that does not.
pub fn check(cases: &[(&str, &[(&str, Label)])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let want: Vec<(String, Label)> = want.iter().map(|(s, l)| (s.to_string(), *l)).collect();
        let got = names(text);
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
