//! Prints the full annotations (every field, byte offsets) of every text in
//! ../shared/eval/*.jsonl and ../shared/seeds/*.txt, one JSON line each:
//! `cargo run --release --example dump | md5sum` before and after a refactor
//! shows whether it changed any output.

#[path = "corpus/mod.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let texts = corpus::texts(&["seeds-gold", "conll2003-dev", "wikigold"]);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for t in &texts {
        let a = newslens::annotate(t);
        writeln!(out, "{}", serde_json::to_string(&a).expect("serialisable")).expect("stdout");
    }
}
