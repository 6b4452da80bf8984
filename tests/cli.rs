//! The command line: JSONL in code points (the gold files' unit), clear errors, no panics.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newslens");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn jsonl_offsets_are_code_points() {
    let text = "👍🏽 中文 — “Vladimir Putin” met officials in Moscow on Thursday, Reuters said.";
    let line = serde_json::json!({"id": "a", "text": text}).to_string();
    let out = run(&["annotate", "--jsonl"], &format!("{line}\n\n{line}\n"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "blank lines are skipped");
    assert_eq!(recs[0]["id"], "a");
    let entities = recs[0]["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["text"] == "Thursday" && e["label"] == "DATE"));
    for e in entities {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(slice_chars(text, s, t), e["text"].as_str().unwrap());
    }
}

#[test]
fn offsets_option_switches_units() {
    let text = "😀 Paris";
    let line = serde_json::json!({"id": 1, "text": text}).to_string();
    let start = |unit: &str| {
        let recs = records(&run(&["annotate", "--jsonl", "--offsets", unit], &line));
        recs[0]["entities"][0]["start"].as_u64().unwrap()
    };
    assert_eq!((start("utf8"), start("utf16"), start("codepoint")), (5, 3, 2));
}

#[test]
fn errors_are_clear_and_exit_non_zero() {
    let out = run(&["annotate", "--jsonl"], "{\"id\":1,\"text\":\"ok\"}\nnot json\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2 is not JSON"));

    let out = run(&["annotate", "/no/such/file.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));

    let out = run(&["annotate", "--offsets", "furlongs", "x"], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown offset unit"));

    let out = run(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn annotates_files_and_explains() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, "Angela Merkel arrived in Berlin on Monday.\r\n").unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["annotate", p], "");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["annotations"]["entities"].as_array().unwrap().iter().any(|e| e["text"] == "Monday"));
    let out = run(&["annotate", "--explain", p], "");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("DATE") && s.contains("rule="), "{s}");
    // a claim over two sentences is listed once, under the sentence it starts in
    std::fs::write(&path, "The mayor said: \"We will rebuild the bridge. It will open in 2026.\"\n").unwrap();
    let out = run(&["annotate", "--explain", p], "");
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(s.matches("quote ").count(), 1, "{s}");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let out = run(&["annotate", p], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}
