//! The newslens command line: annotate files or a JSONL stream.
//!
//! Offsets default to Unicode code points (Python string indices), the unit of
//! the shared gold files; `--offsets utf8|utf16|codepoint` overrides.

use newslens::{annotate, Annotations, ClaimKind, Flag, Label, OffsetUnit};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

#[path = "cli/compare.rs"]
mod compare_cmd;

const USAGE: &str = "usage:
  newslens annotate [--offsets utf8|utf16|codepoint] FILE...   full annotations of each file as JSON
  newslens annotate --jsonl [--offsets UNIT]                   lines {\"id\",\"text\"} on stdin -> one result line each
  newslens annotate --explain FILE...                          text with labels and rules, for review
";

struct Args {
    jsonl: bool,
    explain: bool,
    unit: OffsetUnit,
    files: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args { jsonl: false, explain: false, unit: OffsetUnit::CodePoint, files: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => out.jsonl = true,
            "--explain" => out.explain = true,
            "--offsets" => {
                let v = it.next().ok_or("--offsets needs a value: utf8, utf16 or codepoint")?;
                out.unit = OffsetUnit::parse(v).ok_or_else(|| format!("unknown offset unit {v:?}: use utf8, utf16 or codepoint"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => out.files.push(a.clone()),
        }
    }
    if out.jsonl && !out.files.is_empty() {
        return Err("--jsonl reads standard input; give no files".into());
    }
    if !out.jsonl && out.files.is_empty() {
        return Err("no input files".into());
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("annotate") => parse_args(&args[1..]).and_then(|a| run(&a)),
        Some("compare") => compare_cmd::run(&args[1..]).and_then(|out| io::stdout().write_all(out.as_bytes()).map_err(|e| e.to_string())),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}{}", compare_cmd::USAGE);
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command {other:?}\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newslens: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| format!("cannot write output: {e}");
    if args.jsonl {
        for (n, line) in io::stdin().lock().lines().enumerate() {
            let line = line.map_err(|e| format!("line {}: cannot read: {e}", n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let doc: Value = serde_json::from_str(&line).map_err(|e| format!("line {} is not JSON: {e}", n + 1))?;
            let text = doc.get("text").and_then(Value::as_str).ok_or_else(|| format!("line {} has no string \"text\"", n + 1))?;
            let id = doc.get("id").cloned().unwrap_or(Value::Null);
            let a = annotate(text).remap(text, args.unit);
            writeln!(out, "{}", jsonl_record(id, &a)).map_err(write_err)?;
        }
        return out.flush().map_err(write_err);
    }
    for path in &args.files {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text ({e})"))?;
        if args.explain {
            write!(out, "{}", explain(&text)).map_err(write_err)?;
        } else {
            let a = annotate(&text).remap(&text, args.unit);
            let v = json!({"file": path, "annotations": a});
            writeln!(out, "{}", serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?).map_err(write_err)?;
        }
    }
    out.flush().map_err(write_err)
}

/// The record `score.py` reads, serialised straight from borrowed fields (keys in
/// alphabetical order, as they always were).
#[derive(Serialize)]
struct Record<'a> {
    claims: Vec<ClaimRecord<'a>>,
    entities: Vec<EntityRecord<'a>>,
    id: Value,
}

#[derive(Serialize)]
struct EntityRecord<'a> {
    end: usize,
    label: Label,
    rule: &'a str,
    start: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct ClaimRecord<'a> {
    cue: Option<&'a str>,
    end: usize,
    flags: &'a [Flag],
    kind: ClaimKind,
    rule: &'a str,
    speaker: Option<&'a str>,
    start: usize,
    text: &'a str,
}

fn jsonl_record(id: Value, a: &Annotations) -> String {
    let entities = a
        .entities
        .iter()
        .map(|e| EntityRecord { end: e.span.end, label: e.label, rule: e.rule, start: e.span.start, text: &e.text })
        .collect();
    let claims = a
        .claims
        .iter()
        .map(|c| ClaimRecord {
            cue: c.cue.as_deref(),
            end: c.span.end,
            flags: &c.flags,
            kind: c.kind,
            rule: c.rule,
            speaker: c.speaker.as_deref(),
            start: c.span.start,
            text: &c.text,
        })
        .collect();
    serde_json::to_string(&Record { claims, entities, id }).unwrap_or_default()
}

/// Each sentence with its entities and claims underneath, for review. One pass:
/// entities and claims are sorted by start, so each is visited once (a claim is
/// listed under the sentence it starts in).
fn explain(text: &str) -> String {
    let a = annotate(text);
    let mut s = String::new();
    let (mut e, mut c) = (0, 0);
    for (i, sentence) in a.sentences.iter().enumerate() {
        let next_start = a.sentences.get(i + 1).map_or(usize::MAX, |n| n.span.start);
        s.push_str(sentence.span.of(text));
        s.push('\n');
        while e < a.entities.len() && a.entities[e].span.start < next_start {
            let ent = &a.entities[e];
            let canonical = &a.linked[ent.linked].name;
            s.push_str(&format!("  {:<7} {:<28} rule={} entity={:?}\n", ent.label.as_str(), ent.text, ent.rule, canonical));
            e += 1;
        }
        while c < a.claims.len() && a.claims[c].span.start < next_start {
            let cl = &a.claims[c];
            s.push_str(&format!(
                "  {:<8} speaker={:?} cue={:?} rule={} flags={:?} reasons={:?}\n    {:?}\n",
                cl.kind.as_str(), cl.speaker, cl.cue, cl.rule, cl.flags, cl.reasons, cl.text
            ));
            c += 1;
        }
    }
    s
}
