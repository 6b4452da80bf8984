//! Native throughput of `annotate` alone (no JSON), for profiling with `perf`:
//! `cargo run --release --example throughput -- [PASSES]` over the bench corpus
//! (../shared/eval/conll2003-dev.jsonl texts and ../shared/seeds/*.txt).
//! With `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='throughput::pass'`
//! and 1 pass, the instruction counts per function are exact and do not depend on load.

#[path = "corpus/mod.rs"]
mod corpus;

use std::time::Instant;

/// One pass of `annotate` over the corpus: a function of its own, so that
/// `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='throughput::pass'`
/// counts the instructions of the timed passes only (not the list building).
#[inline(never)]
fn pass(corpus: &[String]) -> usize {
    corpus.iter().map(|t| newslens::annotate(t).entities.len()).sum()
}

fn main() {
    let passes: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let corpus = corpus::texts(&["conll2003-dev"]);
    let words: usize = corpus.iter().map(|t| t.split_whitespace().count()).sum();
    let mut n = 0;
    for t in &corpus {
        n += newslens::annotate(t).entities.len(); // warm-up
    }
    let t0 = Instant::now();
    for _ in 0..passes {
        n += pass(&corpus);
    }
    let s = t0.elapsed().as_secs_f64();
    // per stage: the fastest of `passes` passes, which is stable on a busy machine
    let mut best = [f64::MAX; 3];
    for _ in 0..passes.max(1) {
        let mut pass = [0.0; 3];
        for t in &corpus {
            let a = Instant::now();
            let seg = newslens::segment::segment(t);
            let b = Instant::now();
            let (ents, linked) = newslens::entities::find_entities(t, &seg);
            let c = Instant::now();
            n += newslens::claims::find_claims(t, &seg, &ents, &linked).len();
            pass[0] += (b - a).as_secs_f64();
            pass[1] += (c - b).as_secs_f64();
            pass[2] += c.elapsed().as_secs_f64();
        }
        for (b, p) in best.iter_mut().zip(pass) {
            *b = b.min(p);
        }
    }
    let ns = |x: f64| x * 1e9 / words as f64;
    println!("stages, best pass (ns/word): segment {:.0}, entities {:.0}, claims {:.0}, total {:.0}", ns(best[0]), ns(best[1]), ns(best[2]), ns(best.iter().sum()));
    println!("{} texts, {} words x {} passes: {:.0} words/s ({} entities)", corpus.len(), words, passes, (words * passes) as f64 / s, n);
}
