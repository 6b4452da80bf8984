//! `newslens compare FILE...`: one story across several articles.
//!
//! Input: the command's arguments after `compare`. Output on stdout: with
//! `--json`, the [`Comparison`] with the file names added to `articles`, offsets in
//! code points unless `--offsets` says otherwise; without it, a report for people.
//! Errors (no files, unreadable or non-UTF-8 file, unknown option) come back as a
//! message for the caller to print with exit code 2.

use newslens::{compare, Comparison, OffsetUnit};
use serde_json::{json, Value};
use std::fmt::Write as _;

pub const USAGE: &str = "  newslens compare [--json] [--offsets UNIT] FILE...              one story across several articles";

/// Runs the command and returns what to print.
pub fn run(args: &[String]) -> Result<String, String> {
    let (mut as_json, mut unit, mut files) = (false, OffsetUnit::CodePoint, Vec::new());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--offsets" => {
                let v = it.next().ok_or("--offsets needs a value: utf8, utf16 or codepoint")?;
                unit = OffsetUnit::parse(v).ok_or_else(|| format!("unknown offset unit {v:?}: use utf8, utf16 or codepoint"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err("compare needs at least one file".into());
    }
    let mut texts = Vec::with_capacity(files.len());
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        texts.push(String::from_utf8(bytes).map_err(|e| format!("{path}: not UTF-8 text ({e})"))?);
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = compare(&refs);
    if as_json {
        let c = c.remap(&refs, unit);
        let mut v = serde_json::to_value(&c).map_err(|e| e.to_string())?;
        if let Some(Value::Array(articles)) = v.get_mut("articles") {
            for (a, file) in articles.iter_mut().zip(&files) {
                a["file"] = json!(file);
            }
        }
        return serde_json::to_string_pretty(&v).map(|s| s + "\n").map_err(|e| e.to_string());
    }
    Ok(report(&c, &files, &refs))
}

/// Shortens `s` to about `max` characters on one line.
fn short(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The readable report: articles, shared entities, groups with their conflicts, claims only one article makes.
fn report(c: &Comparison, files: &[String], texts: &[&str]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Comparing {} articles", c.articles.len());
    for a in &c.articles {
        let _ = writeln!(s, "  [{}] {}  {} claims, {} of {} statements in groups\n      {}", a.index, files[a.index], a.claims, a.grouped, a.units, short(&a.title, 90));
    }
    let shared: Vec<_> = c.entities.iter().filter(|e| e.counts.iter().filter(|&&n| n > 0).count() > 1).collect();
    let _ = writeln!(s, "\nEntities in more than one article ({} of {}):", shared.len(), c.entities.len());
    for e in shared {
        let counts: Vec<String> = e.counts.iter().map(|n| if *n == 0 { "·".into() } else { n.to_string() }).collect();
        let also: Vec<&str> = e.variants.iter().map(String::as_str).filter(|v| *v != e.name).collect();
        let also = if also.is_empty() { String::new() } else { format!("  also: {}", also.join(" | ")) };
        let _ = writeln!(s, "  {:<7} {:<28} {}{}", e.label.as_str(), short(&e.name, 28), counts.join(" "), also);
    }
    let _ = writeln!(s, "\nGroups: the same statement in several articles ({}):", c.groups.len());
    for g in &c.groups {
        let arts: Vec<String> = g.articles.iter().map(usize::to_string).collect();
        let _ = writeln!(s, "  #{} in articles {}  (score {:.2}; shared: {})", g.id, arts.join(","), g.score, g.shared.join(", "));
        for m in &g.members {
            let who = m.speaker.as_deref().map(|p| format!(" — {p}")).unwrap_or_default();
            let _ = writeln!(s, "    [{}] {:<8} {}{}", m.article, format!("{:?}", m.kind).to_lowercase(), short(&m.text, 110), who);
            if !m.distinct.is_empty() && g.members.len() > 1 {
                let words: Vec<&str> = m.distinct.iter().map(|d| d.of(texts[m.article])).collect();
                let _ = writeln!(s, "        only here: {}", short(&words.join(" "), 100));
            }
        }
        for k in &g.conflicts {
            let vals: Vec<String> = k.values.iter().map(|v| format!("[{}] {:?} ({})", v.article, v.text, v.normalized)).collect();
            let _ = writeln!(s, "    CONFLICT {}: {}", k.what, vals.join(" vs "));
        }
    }
    let _ = writeln!(s, "\nClaims only one article makes ({}):", c.unique.len());
    for m in &c.unique {
        let _ = writeln!(s, "  [{}] {:<8} {}", m.article, format!("{:?}", m.kind).to_lowercase(), short(&m.text, 110));
    }
    s
}
