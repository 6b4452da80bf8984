//! Prints the full annotations (every field, byte offsets) of every text in
//! ../shared/eval/*.jsonl and ../shared/seeds/*.txt, one JSON line each:
//! `cargo run --release --example dump | md5sum` before and after a refactor
//! shows whether it changed any output.

use std::io::Write;

fn main() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut texts: Vec<String> = Vec::new();
    for gold in ["seeds-gold", "conll2003-dev", "wikigold"] {
        let lines = std::fs::read_to_string(shared.join(format!("eval/{gold}.jsonl"))).expect("gold file");
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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for t in &texts {
        let a = newslens::annotate(t);
        writeln!(out, "{}", serde_json::to_string(&a).expect("serialisable")).expect("stdout");
    }
}
