//! Fuzz target: `newslens::annotate` on any bytes (decoded as lossy UTF-8, so
//! every input is a text) must not panic and must keep the output invariants
//! of `tests/robust/mod.rs` (bounds, char boundaries, order, exact UTF-16 and
//! code-point offsets). Run with `./build.sh fuzz [SECONDS]`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robust/mod.rs"]
mod robust;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = newslens::annotate(&text);
    if let Err(e) = robust::check(&text, &a) {
        panic!("invariant broken: {e}\ninput: {text:?}");
    }
});
