//! The JavaScript API in a real engine: offsets are UTF-16 code units, so
//! `text.slice(start, end)` returns exactly the entity text, with emoji, CJK
//! and combining marks before it. Runs in Node and headless Chromium via
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_value_that_is_not_a_string_is_a_clear_error() {
    for value in [JsValue::from_f64(42.0), JsValue::NULL, JsValue::UNDEFINED] {
        let err = newslens::wasm_annotate_value_for_tests(value).expect_err("not a string");
        assert_eq!(error_message(&JsValue::from(err)), "annotate takes a string");
    }
}

#[wasm_bindgen(inline_js = "
export function slices(text, result) {
  return result.entities.map((e) => [text.slice(e.start, e.end), e.text, e.label]);
}
export function claimSlices(text, result) {
  return result.claims.map((c) => [text.slice(c.start, c.end), c.text]);
}
export function isError(e) { return e instanceof Error; }
")]
extern "C" {
    fn slices(text: &str, result: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = claimSlices)]
    fn claim_slices(text: &str, result: &JsValue) -> JsValue;
}

fn pairs(v: JsValue) -> Vec<Vec<String>> {
    let arr = js_sys::Array::from(&v);
    arr.iter().map(|row| js_sys::Array::from(&row).iter().map(|x| x.as_string().unwrap_or_default()).collect()).collect()
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_exactly_after_emoji_cjk_and_combining_marks() {
    let texts = [
        "👍🏽 中文 Vladimir Putin met officials in Moscow on Thursday 👨‍👩‍👧.",
        "Café\u{301} owner Jose\u{301} said \"we will sell 3,000 cups in 2025\" to Reuters. 😀",
        "\u{1F600}\u{1F600} Angela Merkel, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and ₹900 in London last week.",
    ];
    for text in texts {
        let result = newslens::wasm_annotate_for_tests(text).expect("annotate");
        let rows = pairs(slices(text, &result));
        assert!(!rows.is_empty(), "no entities in {text}");
        for row in &rows {
            assert_eq!(row[0], row[1], "slice differs from entity text in {text}");
        }
        for row in pairs(claim_slices(text, &result)) {
            assert_eq!(row[0], row[1], "slice differs from claim text in {text}");
        }
    }
}

#[wasm_bindgen_test]
fn labels_are_stable_strings() {
    let text = "Russian President Vladimir Putin arrived in Vladivostok on Wednesday.";
    let rows = pairs(slices(text, &newslens::wasm_annotate_for_tests(text).unwrap()));
    assert!(rows.iter().any(|r| r[0] == "Wednesday" && r[2] == "DATE"), "{rows:?}");
    assert!(rows.iter().any(|r| r[0] == "Russian" && r[2] == "GROUP"), "{rows:?}");
}

#[wasm_bindgen_test]
fn hostile_strings_do_not_throw() {
    for text in ["", "\u{0}", "\"", "“unclosed", "\r\n\r\n", "a\u{202E}b", &"x".repeat(100_000)] {
        assert!(newslens::wasm_annotate_for_tests(text).is_ok());
    }
}

#[wasm_bindgen(inline_js = "
export function stringify(v) { return JSON.stringify(v); }
export function errorMessage(e) { return e instanceof Error ? e.message : `not an Error: ${e}`; }
")]
extern "C" {
    fn stringify(v: &JsValue) -> String;
    #[wasm_bindgen(js_name = errorMessage)]
    fn error_message(e: &JsValue) -> String;
}

/// The packed boundary decodes to the very objects the serde JSON form parses to:
/// same fields, same order, same values, on text with every kind of annotation.
#[wasm_bindgen_test]
fn packed_results_equal_the_json_form() {
    let texts = [
        "",
        "Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Thursday, April 25, 2019. \
         \"We will help,\" Putin told reporters. Officials said the talks lasted three hours, according to TASS.\n\
         Subscribe now for unlimited access.",
        "👍🏽 Angela Merkel said “die Gespräche” cost €3.5bn — 40% more than in 2018, a spokesman for the UN said. \
         The United Nations (UN) is expected to respond.\r\nPhoto: Reuters/Jane Doe",
        "\"unbalanced quote\u{0} and “curly’s\u{202E} text",
        // one person in three forms, the fullest (the linked name) neither the first nor the last
        "Mr Putin arrived first. Then Vladimir Putin spoke to Kim Jong Un. Putin left, and Kim stayed.",
    ];
    for text in texts {
        let packed = newslens::wasm_annotate_for_tests(text).expect("annotate");
        assert_eq!(stringify(&packed), newslens::wasm_annotate_json_for_tests(text), "{text}");
    }
}
