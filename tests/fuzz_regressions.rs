//! Every input `./build.sh fuzz` ever crashed on, kept in `tests/fuzz_regressions/` as the fuzzer wrote it:
//! each must now be annotated without a panic and keep the output invariants of `tests/robust/mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod robust;

#[test]
fn every_former_crash_input_is_annotated_soundly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("the crash inputs") {
        let path = entry.expect("a crash input").path();
        // the fuzz target reads its bytes as UTF-8, lossily, as the page and the CLI never can be given anything else
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
        let a = newslens::annotate(&text);
        robust::check(&text, &a).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        n += 1;
    }
    assert!(n >= 1, "no crash inputs in {}", dir.display());
}
