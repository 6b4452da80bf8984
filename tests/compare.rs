//! Comparing coverage: the seed articles (one story, five outlets) and constructed cases.
//!
//! The seed checks follow the "done when": the Putin quote forms one group
//! across every article that carries it, the "a month" / "two months" disagreement
//! is a conflict, "Kim Jong-un" and "Kim Jong Un" are one entity, and the article
//! with deleted names still joins groups. Which seed article carries what is read
//! from the annotations here, never assumed by the code under test.

use newslens::compare::{Comparison, Group, ValueKind};
use newslens::{compare, ClaimKind, OffsetUnit};
use std::path::PathBuf;
use std::process::Command;

fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap())).collect()
}

fn seed_comparison() -> (Vec<(String, String)>, Comparison) {
    let s = seeds();
    assert!(s.len() >= 5, "the five seed articles");
    let texts: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
    let c = compare(&texts);
    (s, c)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// The group holding the member of `article` that covers byte `at`.
fn group_at(c: &Comparison, article: usize, at: usize) -> Option<&Group> {
    c.groups.iter().find(|g| g.members.iter().any(|m| m.article == article && m.span.start <= at && at < m.span.end))
}

#[test]
fn the_putin_quote_is_one_group_over_every_article_that_carries_it() {
    let (s, c) = seed_comparison();
    // the articles whose quote claims carry Putin's words about understanding and settling the peninsula situation
    let carriers: Vec<(usize, usize)> = s
        .iter()
        .enumerate()
        .filter_map(|(a, (_, text))| {
            let ann = newslens::annotate(text);
            ann.claims
                .iter()
                .find(|q| {
                    let t = lower(&q.text);
                    q.kind == ClaimKind::Quote && t.contains("understand") && t.contains("situation") && t.contains("korean peninsula")
                })
                .map(|q| (a, q.span.start))
        })
        .collect();
    assert!(carriers.len() >= 3, "seed articles carrying the quote: {carriers:?}");
    let (a0, at0) = carriers[0];
    let group = group_at(&c, a0, at0).expect("the quote is in a group");
    for &(a, at) in &carriers {
        let g = group_at(&c, a, at).unwrap_or_else(|| panic!("article {a}'s quote is in no group"));
        assert_eq!(g.id, group.id, "article {a}'s quote is in another group");
    }
    let want: Vec<usize> = carriers.iter().map(|&(a, _)| a).collect();
    assert_eq!(group.articles, want, "the group holds exactly the carriers");
    assert!(group.conflicts.is_empty(), "translations of one quote do not conflict: {:?}", group.conflicts);
    // the wording differences are marked, and are words of the member's own text
    let differing: usize = group.members.iter().map(|m| m.distinct.len()).sum();
    assert!(differing > 0);
    for m in &group.members {
        for d in &m.distinct {
            assert!(m.span.contains(*d));
        }
    }
}

#[test]
fn a_month_after_against_two_months_after_is_a_conflict() {
    let (s, c) = seed_comparison();
    let conflict = c
        .groups
        .iter()
        .flat_map(|g| &g.conflicts)
        .find(|k| k.kind == ValueKind::Duration && k.values.iter().any(|v| lower(&v.text) == "a month"))
        .expect("a duration conflict with \"a month\"");
    assert!(conflict.values.iter().any(|v| lower(&v.text) == "two months"), "{conflict:?}");
    assert!(conflict.what.starts_with("time after"), "{}", conflict.what);
    let articles: std::collections::BTreeSet<usize> = conflict.values.iter().map(|v| v.article).collect();
    assert!(articles.len() >= 2);
    for v in &conflict.values {
        assert_eq!(&s[v.article].1[v.span.start..v.span.end], v.text);
    }
}

#[test]
fn kim_jong_un_is_one_entity_across_outlets() {
    let (s, c) = seed_comparison();
    let kims: Vec<_> = c.entities.iter().filter(|e| e.variants.iter().any(|v| v == "Kim Jong-un" || v == "Kim Jong Un")).collect();
    assert_eq!(kims.len(), 1, "{kims:?}");
    let kim = kims[0];
    assert!(kim.variants.iter().any(|v| v == "Kim Jong-un") && kim.variants.iter().any(|v| v == "Kim Jong Un"), "{:?}", kim.variants);
    assert_eq!(kim.counts.len(), s.len());
    assert!(kim.counts.iter().all(|&n| n > 0), "mentioned in every article: {:?}", kim.counts);
    let putin: Vec<_> = c.entities.iter().filter(|e| e.name.ends_with("Putin")).collect();
    assert_eq!(putin.len(), 1, "Putin and Vladimir Putin are one entity: {putin:?}");
}

#[test]
fn the_article_with_deleted_names_still_joins_groups() {
    let (s, c) = seed_comparison();
    // the seed whose names were deleted ("the then Russian Dmitry Medvedev", "Putin and is coming")
    let damaged = s.iter().position(|(name, _)| name.starts_with("000_")).expect("000_ seed");
    let joined: Vec<&Group> = c.groups.iter().filter(|g| g.articles.contains(&damaged)).collect();
    assert!(joined.len() >= 3, "groups with the damaged article: {}", joined.len());
    assert!(joined.iter().any(|g| g.members.iter().any(|m| m.article == damaged && m.claim.is_some())), "a quote of it is grouped");
    assert!(c.articles[damaged].grouped >= 3);
}

#[test]
fn unrelated_articles_share_nothing() {
    let a = "The city council approved a new budget for road repairs on Monday. Mayor Lena Holt said \"the roads have waited long enough\". Work starts in 2025 and will cost 4 million dollars.";
    let b = "Scientists in Chile described a fossil of a small feathered dinosaur. The team said \"this animal changes what we know about flight\". The find was published in Nature on Friday.";
    let c = compare(&[a, b]);
    assert!(c.groups.is_empty(), "{:#?}", c.groups);
    assert!(c.entities.iter().all(|e| e.counts.iter().filter(|&&n| n > 0).count() == 1));
    assert_eq!(c.articles.len(), 2);
    assert!(c.articles.iter().all(|a| a.grouped == 0));
    for quote in ["the roads have waited long enough", "this animal changes what we know about flight"] {
        assert!(c.unique.iter().any(|m| m.text == quote), "{quote} is a claim of one article only");
    }
}

#[test]
fn constructed_cases_group_and_conflict_as_expected() {
    // (articles, expected group article sets, expected conflict kinds per group)
    type Case = (&'static [&'static str], &'static [&'static [usize]], &'static [&'static [ValueKind]]);
    let cases: &[Case] = &[
        (
            &[
                "The ministry said about 10,000 workers left the factory zone on Tuesday after the fire.",
                "Some 12,000 workers left the factory zone on Tuesday after the fire, the ministry said.",
            ],
            &[&[0, 1]],
            &[&[ValueKind::Count]],
        ),
        (
            &[
                "Rescuers reached the flooded village of Dorna on Wednesday, officials told reporters.",
                "Officials told reporters that rescuers reached the flooded village of Dorna on Thursday.",
            ],
            &[&[0, 1]],
            &[&[ValueKind::Weekday]],
        ),
        (
            // two counts on different days: the days conflict, the counts describe two events
            &[
                "The Dow Jones index closed down 31 points on Friday, traders said after the session.",
                "The Dow Jones index closed down 64 points on Thursday, traders said after the session.",
            ],
            &[&[0, 1]],
            &[&[ValueKind::Weekday]],
        ),
        (
            // same value written two ways: grouped, no conflict
            &[
                "The talks resumed two months after the ceasefire collapsed in the northern province.",
                "The talks resumed 2 months after the ceasefire collapsed in the northern province.",
            ],
            &[&[0, 1]],
            &[&[]],
        ),
        (
            // one quote in two translations, a third article about something else
            &[
                "The president said: \"We will do everything to help settle the conflict in the region peacefully.\"",
                "\"We shall do all we can to help peacefully settle the regional conflict,\" the president said.",
                "A new bakery opened downtown and sold bread to hundreds of customers before noon.",
            ],
            &[&[0, 1]],
            &[&[]],
        ),
    ];
    for (texts, groups, kinds) in cases {
        let c = compare(texts);
        let got: Vec<&[usize]> = c.groups.iter().map(|g| g.articles.as_slice()).collect();
        assert_eq!(&got, groups, "{texts:?}");
        for (g, want) in c.groups.iter().zip(kinds.iter()) {
            let k: Vec<ValueKind> = g.conflicts.iter().map(|k| k.kind).collect();
            assert_eq!(&k, want, "{texts:?}: {:?}", g.conflicts);
        }
    }
}

#[test]
fn hostile_inputs_never_panic_and_spans_stay_in_bounds() {
    let many = "word ".repeat(20_000);
    let inputs: &[&[&str]] = &[
        &[],
        &[""],
        &["", ""],
        &["\0\0\0", "“unbalanced", "\r\n\r\n"],
        &["👍🏽 Kim said \"we will win 3 games\" on Monday.", "👍🏽 Kim said \"we will win 4 games\" on Tuesday."],
        &["中文 字符 عربي", "עברית and 2 months after"],
        &[&many, &many],
    ];
    for texts in inputs {
        let c = compare(texts);
        assert_eq!(c.articles.len(), texts.len());
        let spans = c.groups.iter().flat_map(|g| g.members.iter()).chain(&c.unique);
        for m in spans {
            let t = texts[m.article];
            assert!(m.span.end <= t.len() && t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
            assert_eq!(&t[m.span.start..m.span.end], m.text);
        }
        // code points: the same text in another unit
        let cp = c.clone().remap(texts, OffsetUnit::CodePoint);
        for (m, n) in cp.groups.iter().flat_map(|g| g.members.iter()).zip(c.groups.iter().flat_map(|g| g.members.iter())) {
            let t = texts[m.article];
            let s: String = t.chars().skip(m.span.start).take(m.span.end - m.span.start).collect();
            assert_eq!(s, n.text);
        }
    }
}

#[test]
fn cli_prints_json_in_code_points_and_a_report() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let out = Command::new(env!("CARGO_BIN_EXE_newslens")).arg("compare").arg("--json").args(&files).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["articles"].as_array().unwrap().len(), files.len());
    assert!(v["articles"][0]["file"].as_str().unwrap().ends_with(".txt"));
    assert!(!v["entities"].as_array().unwrap().is_empty());
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let groups = v["groups"].as_array().unwrap();
    assert!(!groups.is_empty());
    for g in groups {
        for m in g["members"].as_array().unwrap() {
            let (a, s, e) = (m["article"].as_u64().unwrap() as usize, m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            let slice: String = texts[a].chars().skip(s).take(e - s).collect();
            assert_eq!(slice, m["text"].as_str().unwrap());
        }
        for k in g["conflicts"].as_array().unwrap() {
            assert!(k["what"].is_string());
            for val in k["values"].as_array().unwrap() {
                assert!(val["article"].is_u64() && val["text"].is_string());
            }
        }
    }
    let report = Command::new(env!("CARGO_BIN_EXE_newslens")).arg("compare").args(&files).output().unwrap();
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(report.status.success() && text.contains("CONFLICT") && text.contains("Groups"), "{text}");
    let none = Command::new(env!("CARGO_BIN_EXE_newslens")).arg("compare").output().unwrap();
    assert_eq!(none.status.code(), Some(2));
}

#[test]
fn annotations_that_do_not_fit_their_text_are_redone() {
    let texts = ["Officials said 300 soldiers crossed the river near Tarnow on Monday.", "About 300 soldiers crossed the river near Tarnow on Tuesday, officials said."];
    // annotations of other, longer texts: spans past the end and inside characters
    let others = ["é".repeat(200) + " Officials said 300 soldiers crossed the river near Tarnow on Monday.", "中".repeat(300) + " said \"we will go\" on Friday."];
    let wrong: Vec<newslens::Annotations> = others.iter().map(|t| newslens::annotate(t)).collect();
    let from_wrong = newslens::compare_annotated(&texts, &wrong);
    let fresh = compare(&texts);
    assert!(!fresh.groups.is_empty());
    let members = |c: &Comparison| c.groups.iter().flat_map(|g| g.members.iter().map(|m| (m.article, m.span, m.text.clone()))).collect::<Vec<_>>();
    assert_eq!(members(&from_wrong), members(&fresh));
}
