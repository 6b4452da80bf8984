use std::time::Instant;
fn main() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let dev = std::fs::read_to_string(shared.join("eval/conll2003-dev.jsonl")).unwrap();
    let corpus: Vec<String> = dev.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string()).collect();
    let words: usize = corpus.iter().map(|t| t.split_whitespace().count()).sum();
    let _ = newslens::annotate("warm up");
    let mut best = [f64::MAX; 4];
    let mut n = 0;
    for _ in 0..10 {
        let mut p = [0.0; 4];
        for t in &corpus {
            let a = Instant::now();
            let mut toks = newslens::segment::tokenize(t);
            let b = Instant::now();
            newslens::entities::LEXICON.tag(t, &t.to_ascii_lowercase(), &mut toks);
            let c = Instant::now();
            let low = t.to_ascii_lowercase();
            let d = Instant::now();
            let seg = newslens::segment::segment(t);
            let e = Instant::now();
            n += toks.len() + low.len() + seg.sentences.len();
            p[0] += (b - a).as_secs_f64(); p[1] += (c - b).as_secs_f64(); p[2] += (d - c).as_secs_f64(); p[3] += (e - d).as_secs_f64();
        }
        for i in 0..4 { best[i] = best[i].min(p[i]); }
    }
    let ns = |x: f64| x * 1e9 / words as f64;
    println!("tokenize {:.0} tag {:.0} lower {:.0} segment(all) {:.0} ns/word {n}", ns(best[0]), ns(best[1]), ns(best[2]), ns(best[3]));
}
