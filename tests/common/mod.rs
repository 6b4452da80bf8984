//! Shared by the gold regression tests: load `../shared/eval/*.jsonl` and score
//! predictions the way `../shared/eval/score.py` does (exact entity spans;
//! claims matched one-to-one when they share half of the longer span).
#![allow(dead_code)]

use newslens::{annotate, OffsetUnit};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

pub struct Gold {
    pub id: String,
    pub text: String,
    pub doc: Value,
}

/// The gold file, or None when `../shared` is not beside the checkout.
pub fn load_gold(name: &str) -> Option<Vec<Gold>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval").join(name);
    let data = std::fs::read_to_string(&path).ok()?;
    Some(
        data.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let doc: Value = serde_json::from_str(l).expect("gold line is JSON");
                Gold { id: doc["id"].as_str().unwrap().to_string(), text: doc["text"].as_str().unwrap().to_string(), doc }
            })
            .collect(),
    )
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn f1(&self) -> f64 {
        let p = if self.tp + self.fp > 0 { self.tp as f64 / (self.tp + self.fp) as f64 } else { 0.0 };
        let r = if self.tp + self.fn_ > 0 { self.tp as f64 / (self.tp + self.fn_) as f64 } else { 0.0 };
        if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
    }
}

/// Exact-span entity scores: (micro, per gold label). For CoNLL gold, labels map as score.py maps them.
pub fn score_entities(golds: &[Gold], no_misc: bool) -> (Prf, BTreeMap<String, Prf>) {
    let mut per: BTreeMap<String, Prf> = BTreeMap::new();
    for g in golds {
        let conll = g.doc["scheme"] == "conll";
        let gold: HashSet<(usize, usize, String)> = g.doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| !(no_misc && e["label"] == "MISC"))
            .map(|e| (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize, e["label"].as_str().unwrap().to_string()))
            .collect();
        let a = annotate(&g.text).remap(&g.text, OffsetUnit::CodePoint);
        let pred: HashSet<(usize, usize, String)> = a
            .entities
            .iter()
            .filter_map(|e| {
                let label = e.label.as_str();
                let label = if conll {
                    match label {
                        "PERSON" => "PER",
                        "ORG" => "ORG",
                        "PLACE" => "LOC",
                        "GROUP" | "EVENT" if !no_misc => "MISC",
                        _ => return None,
                    }
                } else {
                    label
                };
                Some((e.span.start, e.span.end, label.to_string()))
            })
            .collect();
        for s in gold.intersection(&pred) {
            per.entry(s.2.clone()).or_default().tp += 1;
        }
        for s in pred.difference(&gold) {
            per.entry(s.2.clone()).or_default().fp += 1;
        }
        for s in gold.difference(&pred) {
            per.entry(s.2.clone()).or_default().fn_ += 1;
        }
    }
    let micro = per.values().fold(Prf::default(), |a, p| Prf { tp: a.tp + p.tp, fp: a.fp + p.fp, fn_: a.fn_ + p.fn_ });
    (micro, per)
}

pub struct ClaimScores {
    pub detection: Prf,
    pub per_kind: BTreeMap<String, Prf>,
    pub speaker_ok: usize,
    pub speaker_n: usize,
}

impl ClaimScores {
    pub fn speaker_accuracy(&self) -> f64 {
        if self.speaker_n == 0 { 0.0 } else { self.speaker_ok as f64 / self.speaker_n as f64 }
    }
}

fn words(name: &str) -> Vec<String> {
    name.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn same_name(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return wa == wb;
    }
    wa.last() == wb.last() || wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

/// score.py's speaker comparison: null matches only null; joint speakers "A; B".
pub fn same_speaker(gold: Option<&str>, pred: Option<&str>) -> bool {
    match (gold, pred) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let gs: Vec<&str> = g.split(';').filter(|s| !s.trim().is_empty()).collect();
            let ps: Vec<&str> = p.split(';').filter(|s| !s.trim().is_empty()).collect();
            if gs.is_empty() || ps.is_empty() {
                return gs.is_empty() && ps.is_empty();
            }
            gs.iter().all(|g| ps.iter().any(|p| same_name(g, p)))
        }
        _ => false,
    }
}

pub fn score_claims(golds: &[Gold]) -> ClaimScores {
    let mut s = ClaimScores { detection: Prf::default(), per_kind: BTreeMap::new(), speaker_ok: 0, speaker_n: 0 };
    for g in golds {
        let Some(gold) = g.doc["claims"].as_array() else { continue };
        let a = annotate(&g.text).remap(&g.text, OffsetUnit::CodePoint);
        let pred = &a.claims;
        let mut pairs = Vec::new();
        for (gi, gc) in gold.iter().enumerate() {
            let (gs, ge) = (gc["start"].as_u64().unwrap() as usize, gc["end"].as_u64().unwrap() as usize);
            for (pi, pc) in pred.iter().enumerate() {
                let ov = ge.min(pc.span.end).saturating_sub(gs.max(pc.span.start));
                let longer = (ge - gs).max(pc.span.len());
                if ov > 0 && ov * 2 >= longer {
                    pairs.push((ov, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.cmp(a));
        let mut gused = BTreeMap::new();
        let mut pused = HashSet::new();
        for (_, gi, pi) in pairs {
            if gused.contains_key(&gi) || pused.contains(&pi) {
                continue;
            }
            gused.insert(gi, pi);
            pused.insert(pi);
        }
        s.detection.tp += gused.len();
        s.detection.fn_ += gold.len() - gused.len();
        s.detection.fp += pred.len() - pused.len();
        for (gi, gc) in gold.iter().enumerate() {
            let kind = gc["kind"].as_str().unwrap().to_string();
            match gused.get(&gi) {
                None => s.per_kind.entry(kind).or_default().fn_ += 1,
                Some(&pi) => {
                    let pc = &pred[pi];
                    if pc.kind.as_str() == kind {
                        s.per_kind.entry(kind.clone()).or_default().tp += 1;
                    } else {
                        s.per_kind.entry(kind.clone()).or_default().fn_ += 1;
                        s.per_kind.entry(pc.kind.as_str().to_string()).or_default().fp += 1;
                    }
                    if (kind == "quote" || kind == "reported") && gc.get("speaker").is_some() {
                        s.speaker_n += 1;
                        s.speaker_ok += same_speaker(gc["speaker"].as_str(), pc.speaker.as_deref()) as usize;
                    }
                }
            }
        }
        for (pi, pc) in pred.iter().enumerate() {
            if !pused.contains(&pi) {
                s.per_kind.entry(pc.kind.as_str().to_string()).or_default().fp += 1;
            }
        }
    }
    s
}
