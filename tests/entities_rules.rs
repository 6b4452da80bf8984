//! Entity rules from GUIDELINES.md §1-2 as a table: each sentence and the
//! name mentions (PERSON, ORG, PLACE, GROUP, EVENT) it must yield, in order.

use newslens::{annotate, Label};

fn names(text: &str) -> Vec<(String, Label)> {
    annotate(text)
        .entities
        .into_iter()
        .filter(|e| !matches!(e.label, Label::Date | Label::Number))
        .map(|e| (e.text, e.label))
        .collect()
}

#[test]
fn names_follow_the_guidelines() {
    use Label::*;
    let cases: &[(&str, &[(&str, Label)])] = &[
        ("US President Donald Trump met Chinese President Xi Jinping.", &[("US", Place), ("Donald Trump", Person), ("Chinese", Group), ("Xi Jinping", Person)]),
        ("Singapore Prime Minister Lee Hsien Loong spoke.", &[("Singapore", Place), ("Lee Hsien Loong", Person)]),
        ("The US-led sanctions hit North Korea's economy.", &[("US", Place), ("North Korea", Place)]),
        ("A spokesman for the Kremlin said so.", &[("Kremlin", Org)]),
        ("Besides Putin and Trump, Kim Jong-un has met South Korean President Moon Jae-in.", &[("Putin", Person), ("Trump", Person), ("Kim Jong-un", Person), ("South Korean", Group), ("Moon Jae-in", Person)]),
        ("The Kim-Putin summit ended.", &[("Kim", Person), ("Putin", Person)]),
        ("They talked about the Korean peninsula and inter-Korean ties.", &[("Korean peninsula", Place)]),
        ("She studied at the University of Texas at Austin before joining the Bank of England.", &[("University of Texas at Austin", Org), ("Bank of England", Org)]),
        ("Brian O'Leary and Sean O’Leary left Dublin.", &[("Brian O'Leary", Person), ("Sean O’Leary", Person), ("Dublin", Place)]),
        ("The tower man, George F. Hauser, erred.", &[("George F. Hauser", Person)]),
        ("The regiment fought at the Battle of Gettysburg.", &[("Battle of Gettysburg", Event)]),
        ("Pyongyang and Washington disagree, the Soviet Union is gone.", &[("Pyongyang", Place), ("Washington", Place), ("Soviet Union", Place)]),
        ("Mr Putin welcomed the United Nations (UN) plan.", &[("Putin", Person), ("United Nations", Org), ("UN", Org)]),
        ("Russian strongman Vladimir Putin arrived in Vladivostok.", &[("Russian", Group), ("Vladimir Putin", Person), ("Vladivostok", Place)]),
        ("Firefighters from the Jacksonville Fire Department came.", &[("Jacksonville Fire Department", Org)]),
        ("It won the MTV Video Music Awards.", &[]),
        ("Their album \"A Beautiful Lie\" sold well.", &[]),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let want: Vec<(String, Label)> = want.iter().map(|(s, l)| (s.to_string(), *l)).collect();
        let got = names(text);
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn clubs_named_after_places_are_organisations_in_results() {
    let text = "Leicestershire beat Somerset by an innings.\nSomerset 83 and 174, Leicestershire 296.\nThe team flew to London.";
    let got = names(text);
    assert!(got.iter().filter(|(s, _)| s == "Leicestershire" || s == "Somerset").all(|(_, l)| *l == Label::Org), "{got:?}");
    assert!(got.contains(&("London".to_string(), Label::Place)), "{got:?}");
}

#[test]
fn all_caps_headlines_are_read_word_by_word() {
    let got = names("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.\nLONDON 1996-08-30\nAlan Shearer was named captain.");
    assert!(got.contains(&("ENGLAND".to_string(), Label::Place)), "{got:?}");
    assert!(got.contains(&("LONDON".to_string(), Label::Place)), "{got:?}");
    assert!(!got.iter().any(|(s, _)| s.contains("NAMED")), "{got:?}");
}

#[test]
fn hostile_input_never_panics() {
    let long = "Kim ".repeat(20_000);
    for text in ["", "\0\0\0", "A. B. C. D.", "'s 's 's", "Mr", "The Of And", "₹ $ € £", "\u{FEFF}Putin\r\nKim\r\n", "ÉCOLE NORMALE SUPÉRIEURE", &long] {
        let a = annotate(text);
        for e in &a.entities {
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end) && e.span.start < e.span.end);
        }
    }
}
