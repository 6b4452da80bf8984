//! Pathological inputs: no whitespace at all, a flood of quote marks, very many
//! sentences, one enormous word, and repetitions that stress one stage each
//! (numbers, quotes with speakers, one name repeated).
//!
//! Each case runs at a size and at ten times that size; the output must keep the
//! structural invariants of `tests/robust/mod.rs`. The time ratio is printed,
//! never asserted (timings live in `./build.sh bench`): a ratio far above 10
//! means the work grows faster than the input. Default sizes keep the suite
//! quick; `NEWSLENS_PATHOLOGICAL_FULL=1 cargo test --release --test
//! robust_pathological -- --nocapture` runs the sizes of issue 6 (10 MB without
//! whitespace, 1 million quote marks, 100,000 sentences, a 1 MB word).
#![cfg(not(target_arch = "wasm32"))]

mod robust;

use std::time::Instant;

/// A deterministic stream of characters from `alphabet` (a linear congruential generator).
fn noise(alphabet: &[char], n: usize) -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            alphabet[(x >> 33) as usize % alphabet.len()]
        })
        .collect()
}

/// Stories of a title-case headline and a line that names its place, each place another made-up word ("Kab",
/// "Kac", ...), until the text has about `bytes` bytes.
fn headlines(bytes: usize) -> String {
    let mut out = String::new();
    for i in 0.. {
        if out.len() >= bytes {
            break;
        }
        let place: String = std::iter::once('K').chain((0..3).map(|d| (b'a' + (i / 26usize.pow(d) % 26) as u8) as char)).collect();
        out += &format!("Heat Wave Pushes {place} Grid to the Brink as Demand Hits Record\nDemand rose in {place} Grid areas, officials said.\n");
    }
    out
}

/// `unit` repeated until the text has about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

type Make = fn(usize) -> String;

/// (name, generator of about n bytes, full size of issue 6 in bytes)
const CASES: &[(&str, Make, usize)] = &[
    ("no_whitespace", |n| noise(&"abcdefgh.,;:-\"'’“”ABCDE12345".chars().collect::<Vec<_>>(), n), 10 << 20),
    ("quote_marks", |n| repeat("\"", n), 1_000_000),
    ("curly_quotes", |n| repeat("“ ”x ‘", n), 1 << 20),
    ("sentences", |n| repeat("He said it was 5 in Paris on Monday. ", n), 100_000 * 37),
    ("one_word", |n| repeat("a", n), 1 << 20),
    ("numbers", |n| repeat("1 ", n), 1 << 20),
    ("quotes_with_speakers", |n| repeat("\"We will win this war,\" Smith said. ", n), 1 << 20),
    ("one_name", |n| repeat("Putin ", n), 1 << 20),
    ("line_breaks", |n| repeat("\r\n", n), 1 << 20),
    // one noun phrase nested in "of" before a cue ("the board of supervisors said"): no recursion per "of"
    ("nested_of", |n| repeat("bids of ", n) + "bids said it.", 1 << 20),
    // title-case headlines between stories that name their words: each headline's words are looked up, not compared
    // with every earlier headline's
    ("headlines", headlines, 1 << 20),
    // a chain of count ranges ("1- to 1- to … 2-year"): each range reads one level, no recursion per link
    ("count_ranges", |n| repeat("1- to ", n) + "2-year term.", 1 << 20),
];

fn run(name: &str, text: &str) -> f64 {
    let t0 = Instant::now();
    let a = newslens::annotate(text);
    let secs = t0.elapsed().as_secs_f64();
    if let Err(e) = robust::check_structure(text, &a) {
        panic!("{name} ({} bytes): {e}", text.len());
    }
    secs
}

#[test]
fn pathological_inputs_keep_invariants_and_report_growth() {
    newslens::annotate("Warm up: the word lists load on the first call."); // not part of any case's time
    let full = std::env::var("NEWSLENS_PATHOLOGICAL_FULL").is_ok_and(|v| v == "1");
    for &(name, make, full_size) in CASES {
        let big = if full { full_size } else { 20_000 };
        let small_text = make(big / 10);
        let big_text = make(big);
        let t1 = run(name, &small_text);
        let t10 = run(name, &big_text);
        eprintln!(
            "{name:<22} {:>9} B: {:>9.2} ms   {:>9} B: {:>9.2} ms   ratio {:>6.1} (10 is linear)",
            small_text.len(),
            t1 * 1e3,
            big_text.len(),
            t10 * 1e3,
            t10 / t1.max(1e-9)
        );
    }
}

#[test]
fn small_pathological_inputs_keep_every_invariant() {
    // with the offset checks, which are too slow for the big inputs
    for &(name, make, _) in CASES {
        let text = make(2_000);
        let a = newslens::annotate(&text);
        if let Err(e) = robust::check(&text, &a) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn a_megabyte_of_nested_of_phrases_before_a_cue_finishes() {
    // "bids of bids of … bids said it.": the speaker phrase is read one level deep, not one call per "of"
    // (a recursion per "of" overflowed the stack at 1 MB)
    let text = repeat("bids of ", 1 << 20) + "bids said it.";
    let a = newslens::annotate(&text);
    assert!(a.entities.is_empty(), "{:?}", &a.entities[..a.entities.len().min(3)]);
    assert_eq!(a.sentences.len(), 1);
}

#[test]
fn a_megabyte_of_chained_count_ranges_finishes() {
    // "1- to 1- to … 1- to 2-year term.": "10- to 12-year" is one date, but a chain is not followed down
    // (a recursion per link overflowed the stack)
    let text = repeat("1- to ", 1 << 20) + "2-year term.";
    let a = newslens::annotate(&text);
    let longest = a.entities.iter().map(|e| e.text.len()).max().unwrap_or(0);
    assert!(longest <= "1- to 2-year".len(), "longest entity {longest} bytes");
    let b = newslens::annotate("A 10- to 12-year term.");
    assert_eq!(b.entities.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["10- to 12-year"]);
}
