//! The texts the examples run over: the `text` of every line of some gold
//! files in ../shared/eval, then every ../shared/seeds/*.txt, in name order.

use std::path::Path;

/// The texts of `../shared/eval/{name}.jsonl` for each of `gold`, then the seed articles.
pub fn texts(gold: &[&str]) -> Vec<String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut texts = Vec::new();
    for name in gold {
        let lines = std::fs::read_to_string(shared.join(format!("eval/{name}.jsonl"))).expect("gold file");
        for line in lines.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
            texts.push(v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    let mut seeds: Vec<_> = std::fs::read_dir(shared.join("seeds")).expect("seeds").flatten().map(|e| e.path()).collect();
    seeds.sort();
    for p in seeds.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        texts.push(std::fs::read_to_string(p).expect("seed"));
    }
    texts
}
