//! Time per MB of each stage as one input grows from 100 KB to 10 MB (the
//! corpus joined and repeated), natively: where growth stops being linear.

#[path = "corpus/mod.rs"]
mod corpus;

use std::time::Instant;

fn main() {
    let base = corpus::texts(&["conll2003-dev"]).join("\n\n");
    let mut big = String::new();
    while big.len() < 10 << 20 {
        big.push_str(&base);
        big.push_str("\n\n");
    }
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100 << 10, 1 << 20, 10 << 20] } else { sizes };
    for size in sizes {
        let mut end = size.min(big.len());
        while !big.is_char_boundary(end) {
            end -= 1;
        }
        let text = &big[..end];
        let runs = (20 << 20) / size;
        let mut best = [f64::MAX; 3];
        for _ in 0..runs.max(2) {
            let a = Instant::now();
            let seg = newslens::segment::segment(text);
            let b = Instant::now();
            let (ents, linked) = newslens::entities::find_entities(text, &seg);
            let c = Instant::now();
            std::hint::black_box(newslens::claims::find_claims(text, &seg, &ents, &linked).len());
            let d = Instant::now();
            for (x, t) in best.iter_mut().zip([(b - a), (c - b), (d - c)]) {
                *x = x.min(t.as_secs_f64());
            }
        }
        let mb = text.len() as f64 / (1 << 20) as f64;
        println!("{:>6} KB  ms/MB: segment {:.1}  entities {:.1}  claims {:.1}", text.len() >> 10, best[0] * 1e3 / mb, best[1] * 1e3 / mb, best[2] * 1e3 / mb);
    }
}
