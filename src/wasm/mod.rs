//! The WebAssembly boundary: converts, nothing else.
//!
//! Offsets leave as UTF-16 code units so `text.slice(start, end)` is exact in
//! JavaScript; errors become JavaScript `Error`s. The annotations cross the
//! boundary packed ([`packed`]: an array of numbers read in place from wasm
//! memory, and a small string table) and `decode.js` builds the plain objects
//! from it: the same objects `JSON.parse` gives for the serde form, at a
//! fraction of the cost of printing and parsing JSON (measured in `bench/`).

mod packed;

use crate::span::OffsetUnit;
use wasm_bindgen::prelude::*;

/// Inputs above this size are refused with an error rather than risking the tab's memory.
const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    #[wasm_bindgen(js_name = decodeAnnotations)]
    fn decode_annotations(text: &JsValue, words: &[u32], strings: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeComparison)]
    fn decode_comparison(json: &str, scores: &[f64]) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn error(s: &str);
}

/// A panic (none is known: see the fuzz target, whose native build keeps every location) logs that it happened before
/// the call fails with "unreachable". Nothing more: the console_error_panic_hook crate, which also formats the message,
/// made the .wasm 1,854 bytes larger raw (270 to 782 gzipped, with the layout; measured on 2026-11-26), and `build.sh`
/// keeps no panic location in the .wasm (9.2 KB gzipped).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|_| error("newslens panicked (run the same text through the native CLI to see where)")));
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type Label = "PERSON" | "ORG" | "PLACE" | "GROUP" | "EVENT" | "DATE" | "NUMBER";
export type ClaimKind = "quote" | "reported" | "factual";
export type Flag = "unattributed" | "anonymous_source" | "hedged";
export type Reason = "has_number" | "has_date" | "superlative" | "named_actor" | "event_verb" | "named_event";
export interface Span { start: number; end: number }
export interface Paragraph extends Span { kind: "body" | "headline" | "caption" | "byline" | "boilerplate"; rule: string }
export interface Sentence extends Span { paragraph: number }
export interface Entity extends Span { id: number; label: Label; text: string; linked: number; rule: string }
export interface LinkedEntity { id: number; label: Label; name: string; mentions: number[] }
export interface Claim extends Span {
  id: number; kind: ClaimKind; text: string;
  speaker: string | null; speaker_entity: number | null;
  cue: string | null; cue_span: Span | null;
  flags: Flag[]; reasons: Reason[]; rule: string;
}
export interface Annotations {
  paragraphs: Paragraph[]; sentences: Sentence[]; entities: Entity[];
  linked: LinkedEntity[]; claims: Claim[]; boilerplate: Span[];
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_COMPARE_TYPES: &'static str = r#"
export type UnitKind = ClaimKind | "sentence";
export type ValueKind = "duration" | "weekday" | "date" | "count" | "ordinal" | "percent" | "money";
export interface ArticleInfo { index: number; title: string; claims: number; units: number; grouped: number }
export interface SharedEntity {
  id: number; label: Label; name: string; variants: string[];
  counts: number[]; linked: number[][]; rule: "same_name" | "name_part";
}
export interface Member extends Span {
  article: number; kind: UnitKind; text: string; claim: number | null; speaker: string | null; distinct: Span[];
}
export interface ConflictValue extends Span { article: number; member: number; text: string; normalized: string }
export interface Conflict { what: string; kind: ValueKind; values: ConflictValue[] }
export interface Group {
  id: number; members: Member[]; articles: number[]; score: number; shared: string[]; conflicts: Conflict[];
}
export interface Comparison { articles: ArticleInfo[]; entities: SharedEntity[]; groups: Group[]; unique: Member[] }
"#;

/// Annotates `text`; every `start`/`end` in the result is a UTF-16 code-unit offset.
///
/// `text` stays a JavaScript value so that the decoder slices the caller's own
/// string: only the copy into wasm memory crosses the boundary, not one back.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate_js(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    let Some(rust_text) = text.as_string() else {
        return Err(JsError::new("annotate takes a string"));
    };
    if rust_text.len() > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "text is {} MB; newslens annotates at most {} MB at a time",
            rust_text.len() / (1024 * 1024),
            MAX_INPUT_BYTES / (1024 * 1024)
        )));
    }
    let a = crate::annotate(&rust_text).remap(&rust_text, OffsetUnit::Utf16);
    let p = packed::pack(&a);
    Ok(decode_annotations(&text, &p.words, &p.strings))
}

/// [`annotate_js`] on a Rust string, for the tests.
#[doc(hidden)]
pub fn annotate_str_for_tests(text: &str) -> Result<JsValue, JsError> {
    annotate_js(JsValue::from_str(text))
}

/// The annotations the slow way (serde → JSON → `JSON.parse`), for the test
/// that the packed form decodes to exactly the same objects.
#[doc(hidden)]
pub fn annotate_json_for_tests(text: &str) -> String {
    serde_json::to_string(&crate::annotate(text).remap(text, OffsetUnit::Utf16)).unwrap_or_default()
}

/// Compares several articles (one story, several outlets). Every `start`/`end` is a
/// UTF-16 code-unit offset into the member's own article (`texts[member.article]`).
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Comparison")]
pub fn compare_js(texts: Vec<String>) -> Result<JsValue, JsError> {
    // (a `Vec<String>` parameter, not serde's decoding of a `JsValue`: its error messages would bring
    // float formatting into the .wasm, about 10 KB; wasm-bindgen throws on anything but an array of strings)
    let total: usize = texts.iter().map(String::len).sum();
    if total > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!("the articles are {} MB together; newslens compares at most {} MB", total / (1024 * 1024), MAX_INPUT_BYTES / (1024 * 1024))));
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = crate::compare(&refs).remap(&refs, OffsetUnit::Utf16);
    let (json, scores) = crate::compare::json::to_json(&c);
    Ok(decode_comparison(&json, &scores))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
