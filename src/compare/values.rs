//! Values: the numbers, durations, weekdays and dates a claim states, normalised.
//!
//! Input: a DATE or NUMBER mention (its text and span) and the article's tokens
//! around it. Output: a [`Value`] whose normalised form compares across outlets:
//! number words and digits ("two" = 2, "10,000" = ten thousand, "$50 million"),
//! durations in days ("a month" ≈ 30 days, "two months" ≈ 61), weekdays by ISO
//! number, dates by their year, month and day (each may be missing). A value also
//! carries its relation ("two months *after*") and the content words that follow
//! it ("10,000 *laborers*"), so that two values are compared only when they
//! measure the same thing. Nothing here can fail: text that does not parse gives
//! no value.

use super::words;
use crate::entities::{Kind, LEXICON};
use crate::segment::{tokenize, Token, TokenKind};
use crate::span::Span;
use serde::Serialize;

/// What a value measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    Duration,
    Weekday,
    Date,
    Count,
    Ordinal,
    Percent,
    Money,
}

/// One normalised value in an article.
#[derive(Debug, Clone)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
    /// Days for a duration, ISO weekday (1 = Monday), the number otherwise.
    pub amount: f64,
    /// Year, month, day of a date, each when stated.
    pub date: [Option<u32>; 3],
    /// The currency sign or code of money.
    pub unit: String,
    /// The time relation right after the value: after, before, since, ago, later, earlier.
    pub relation: Option<&'static str>,
    /// Matching keys of the content words right after the value (what is counted).
    pub context: Vec<String>,
    /// The first of those words as written, lower case ("workers"), to name what is counted.
    pub noun: String,
}

const RELATIONS: &[&str] = &["after", "before", "since", "ago", "later", "earlier"];
const DAY_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 86400.0), ("minute", 1.0 / 1440.0), ("hour", 1.0 / 24.0), ("day", 1.0), ("night", 1.0),
    ("week", 7.0), ("weekend", 2.0), ("fortnight", 14.0), ("month", 30.44), ("year", 365.25), ("decade", 3652.5),
    ("century", 36525.0), ("centurie", 36525.0),
];
const PERCENT: &[&str] = &["%", "percent", "per", "pc"];

fn number_word(w: &str) -> Option<f64> {
    match w {
        "a" | "an" | "one" => Some(1.0),
        _ => LEXICON.extra(w, Kind::NumberWord).and_then(decimal),
    }
}

fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    if !digits.is_empty() && digits.len() < w.len() {
        return matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th");
    }
    LEXICON.has(w, Kind::NumberWord) && (w.ends_with("th") || matches!(w, "first" | "second" | "third") || w.ends_with("st"))
}

/// A decimal written with ASCII digits and at most one point ("3.5", "10000"), exactly as `str::parse::<f64>` reads
/// it for up to 15 significant digits and 22 decimals (the integer and the power of ten are exact in an `f64`, and
/// one division rounds once); longer ones are rounded twice. Not `parse::<f64>`: its code and power-of-five tables
/// took 14.4 KB of the gzipped .wasm (measured 2026-11-25).
fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = int.bytes().chain(frac.bytes()).fold(0.0f64, |m, b| m * 10.0 + f64::from(b - b'0'));
    Some(mantissa / 10f64.powi(frac.len() as i32))
}

/// The number a token spells: digits ("10,000", "3.5", "2.5bn", "5th") or a number word.
fn token_number(w: &str) -> Option<f64> {
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').filter(|&c| c != ',').collect();
    if !digits.is_empty() {
        let n = decimal(digits.trim_end_matches('.'))?;
        let scale = match &w[w.find(|c: char| c.is_alphabetic()).unwrap_or(w.len())..] {
            "k" => 1e3,
            "m" | "mn" => 1e6,
            "bn" | "b" => 1e9,
            _ => 1.0,
        };
        return Some(n * scale);
    }
    number_word(w)
}

/// Adds up a run of number tokens: "twenty-five" = 25, "50 million" = 5e7, "two hundred thousand".
fn sum_numbers(words: &[String]) -> Option<f64> {
    let (mut total, mut current, mut any) = (0.0, 0.0, false);
    for w in words {
        let Some(v) = token_number(w) else { continue };
        any = true;
        if v >= 100.0 && current > 0.0 && w.chars().all(char::is_alphabetic) {
            current *= v;
            if v >= 1000.0 {
                total += current;
                current = 0.0;
            }
        } else {
            current += v;
        }
    }
    any.then_some(total + current)
}

fn is_year(w: &str) -> Option<u32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten().filter(|y| (1800..2100).contains(y))
}

/// Parses one DATE or NUMBER mention; `after` are the article tokens that follow it.
#[inline(never)]
pub fn parse(text: &str, span: Span, is_date: bool, after: &[Token]) -> Option<Value> {
    let s = span.of(text);
    let toks = tokenize(s);
    let lower: Vec<String> = toks.iter().map(|t| t.text(s).to_lowercase()).filter(|w| w != "-" && w != ",").collect();
    let mut v = Value { kind: ValueKind::Count, span, amount: 0.0, date: [None; 3], unit: String::new(), relation: None, context: Vec::new(), noun: String::new() };
    if let Some(&rel) = after.first().and_then(|t| RELATIONS.iter().find(|r| t.text(text).eq_ignore_ascii_case(r))) {
        v.relation = Some(rel);
    }
    if is_date {
        if let Some(day) = lower.iter().find_map(|w| LEXICON.extra(w, Kind::Weekday)).and_then(decimal) {
            v.kind = ValueKind::Weekday;
            v.amount = day;
            return Some(v);
        }
        let unit = lower.iter().find_map(|w| DAY_UNITS.iter().find(|(u, _)| w.trim_end_matches('s') == *u));
        if let Some(&(_, days)) = unit {
            // "a day", "two months", "five-week"; a bare unit ("months") says nothing measurable
            let n = sum_numbers(&lower)?;
            v.kind = ValueKind::Duration;
            v.amount = n * days;
            return Some(v);
        }
        return parse_date(&toks, s, v);
    }
    let first_is_sign = toks.first().is_some_and(|t| t.kind != TokenKind::Number && !t.text(s).chars().all(char::is_alphabetic));
    if toks.iter().any(|t| LEXICON.has(&t.text(s).to_lowercase(), Kind::Currency)) || first_is_sign {
        v.kind = ValueKind::Money;
        v.unit = toks.iter().map(|t| t.text(s)).find(|w| LEXICON.has(&w.to_lowercase(), Kind::Currency) || !w.chars().any(char::is_alphanumeric)).unwrap_or("").to_string();
    } else if lower.iter().any(|w| PERCENT.contains(&w.as_str())) {
        v.kind = ValueKind::Percent;
    } else if lower.iter().any(|w| is_ordinal(w)) {
        v.kind = ValueKind::Ordinal;
    }
    v.amount = sum_numbers(&lower)?;
    (v.context, v.noun) = following_content(text, after);
    Some(v)
}

/// Year, month and day of "April 25, 2019", "25 April", "2019-04-25", "2011", "February".
fn parse_date(toks: &[Token], s: &str, mut v: Value) -> Option<Value> {
    let words: Vec<&str> = toks.iter().map(|t| t.text(s)).collect();
    if words.len() == 5 && words[1] == "-" && words[3] == "-" {
        let year = is_year(words[0])?;
        v.date = [Some(year), words[2].parse().ok().filter(|m| (1..=12).contains(m)), words[4].parse().ok().filter(|d| (1..=31).contains(d))];
    } else {
        for w in &words {
            let l = w.to_lowercase();
            if let Some(m) = LEXICON.extra(&l, Kind::Month).and_then(|m| m.parse().ok()) {
                v.date[1] = Some(m);
            } else if let Some(y) = is_year(w) {
                v.date[0] = Some(y);
            } else if let Some(d) = w.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>().ok().filter(|d| (1..=31).contains(d)) {
                v.date[2] = Some(d);
            }
        }
        // a day number alone is not a date ("25" without a month)
        if v.date[1].is_none() {
            v.date[2] = None;
        }
    }
    v.kind = ValueKind::Date;
    v.date.iter().any(Option::is_some).then_some(v)
}

/// Keys of up to three content words after a number, within its clause, and the first as written.
fn following_content(text: &str, after: &[Token]) -> (Vec<String>, String) {
    let mut out = Vec::new();
    let mut noun = String::new();
    for t in after.iter().take(6) {
        let w = t.text(text);
        if t.kind == TokenKind::Punct && w != "-" {
            break;
        }
        if let Some(k) = words::key(w) {
            if out.is_empty() {
                noun = w.to_lowercase();
            }
            out.push(k);
            if out.len() == 3 {
                break;
            }
        }
    }
    (out, noun)
}

impl Value {
    /// Whether two values can measure the same thing: same kind and relation, and
    /// for counted things at least one shared word after the number.
    pub fn same_slot(&self, other: &Value) -> bool {
        if self.kind != other.kind || self.relation != other.relation || self.unit != other.unit {
            return false;
        }
        match self.kind {
            ValueKind::Duration | ValueKind::Weekday | ValueKind::Date => true,
            _ => self.context.iter().any(|w| other.context.contains(w)),
        }
    }

    /// Whether two values of one slot agree. Dates agree when every part both state is equal.
    pub fn agrees(&self, other: &Value) -> bool {
        match self.kind {
            ValueKind::Date => self.date.iter().zip(&other.date).all(|(a, b)| a.is_none() || b.is_none() || a == b),
            _ => (self.amount - other.amount).abs() <= 1e-6 * self.amount.abs().max(other.amount.abs()).max(1.0),
        }
    }

    /// A short name of what the value measures, for a conflict's description.
    pub fn describe(&self) -> String {
        let kind = match self.kind {
            ValueKind::Duration => match self.relation {
                Some(r) => return format!("time {r}"),
                None => "duration",
            },
            ValueKind::Weekday => "day of the week",
            ValueKind::Date => "date",
            ValueKind::Count => "number",
            ValueKind::Ordinal => "rank",
            ValueKind::Percent => "percentage",
            ValueKind::Money => "amount",
        };
        match self.kind {
            ValueKind::Count | ValueKind::Percent | ValueKind::Money if !self.noun.is_empty() => format!("{kind} of {}", self.noun),
            ValueKind::Ordinal if !self.noun.is_empty() => format!("{kind} ({})", self.noun),
            _ => kind.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, is_date: bool) -> Option<Value> {
        let toks = tokenize(text);
        // the mention is the text up to " |" (what follows is its context)
        let end = text.find(" |").unwrap_or(text.len());
        let after: Vec<Token> = toks.into_iter().filter(|t| t.span.start > end + 1).collect();
        parse(text, Span::new(0, end), is_date, &after)
    }

    #[test]
    fn normalises_numbers_durations_weekdays_and_dates() {
        let cases: &[(&str, bool, ValueKind, f64)] = &[
            ("a month | after", true, ValueKind::Duration, 30.44),
            ("two months | after", true, ValueKind::Duration, 60.88),
            ("2 months", true, ValueKind::Duration, 60.88),
            ("five-week", true, ValueKind::Duration, 35.0),
            ("a day", true, ValueKind::Duration, 1.0),
            ("seven years", true, ValueKind::Duration, 2556.75),
            ("Thursday", true, ValueKind::Weekday, 4.0),
            ("Tuesday morning", true, ValueKind::Weekday, 2.0),
            ("10,000 | laborers", false, ValueKind::Count, 10000.0),
            ("ten thousand | laborers", false, ValueKind::Count, 10000.0),
            ("twenty-five", false, ValueKind::Count, 25.0),
            ("$50 million", false, ValueKind::Money, 5e7),
            ("₹2,700", false, ValueKind::Money, 2700.0),
            ("40%", false, ValueKind::Percent, 40.0),
            ("sixth | world leader", false, ValueKind::Ordinal, 6.0),
            ("2nd", false, ValueKind::Ordinal, 2.0),
        ];
        for &(text, is_date, kind, amount) in cases {
            let v = value(text, is_date).unwrap_or_else(|| panic!("{text}: no value"));
            assert_eq!(v.kind, kind, "{text}");
            assert!((v.amount - amount).abs() < 0.01, "{text}: {}", v.amount);
        }
        assert_eq!(value("a month | after", true).unwrap().relation, Some("after"));
        assert_eq!(value("10,000 | North Korean laborers", false).unwrap().context, ["north", "korean", "laborer"]);
    }

    #[test]
    fn dates_keep_the_parts_they_state() {
        let cases: &[(&str, [Option<u32>; 3])] = &[
            ("April 25, 2019", [Some(2019), Some(4), Some(25)]),
            ("25 April", [None, Some(4), Some(25)]),
            ("2019-04-25", [Some(2019), Some(4), Some(25)]),
            ("2011", [Some(2011), None, None]),
            ("February", [None, Some(2), None]),
        ];
        for (text, want) in cases {
            assert_eq!(value(text, true).map(|v| v.date), Some(*want), "{text}");
        }
        assert!(value("last week", true).is_none(), "a relative date has no parts to compare");
    }

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for s in ["0", "7", "3.5", "10000", "2.25", "0.1", "0.3", "1234567.891", "99.99", "0.000001", "123456789012345", ".5", "5."] {
            assert_eq!(super::decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in ["", ".", "1.2.3", "1e5", "-3", "12a"] {
            assert_eq!(super::decimal(s), None, "{s}");
        }
    }

    #[test]
    fn slots_and_agreement() {
        let month = value("a month | after", true).unwrap();
        let two = value("two months | after", true).unwrap();
        let two_since = value("two months | since", true).unwrap();
        assert!(month.same_slot(&two) && !month.agrees(&two));
        assert!(!two.same_slot(&two_since), "after and since are different relations");
        let a = value("10,000 | workers", false).unwrap();
        let b = value("ten thousand | workers", false).unwrap();
        let c = value("300 | soldiers", false).unwrap();
        assert!(a.same_slot(&b) && a.agrees(&b));
        assert!(!a.same_slot(&c), "different things counted");
        let april = value("April 25, 2019", true).unwrap();
        assert!(april.agrees(&value("2019", true).unwrap()) && !april.agrees(&value("February", true).unwrap()));
    }
}
