//! The words around a number or date word that decide what it is: a currency before or after a sum, a number that
//! names a thing ("Article 5"), a road's number, a clock time, the month May or the verb, "one" as a count, a
//! month's abbreviation as a given name ("Jan Kroslak"), a call sign ("6PR").

use crate::entities::lexicon::{Kind, LEXICON};
use super::{adjacent, is_day_number, is_year, Words};
use crate::segment::TokenKind;

/// Is the dollar sign at `i` written right after the letters of its country, the two a listed currency ("C$0.45",
/// "A$100 million", "HK$5"), so that the letters belong to the sum?
#[inline(never)]
pub(super) fn currency_letters(d: &Words, i: usize) -> bool {
    d.word(i) == "$" && !d.tokens[i].space_before && d.tokens[i - 1].kind == TokenKind::Word
        && LEXICON.longest(d.text, &d.tokens[i - 1..=i], Kind::Currency) == Some(2)
}

/// The words of a currency written after a sum, if any: "1.5 million pounds", "five dollars", "300 US dollars"
/// (in lower case: "5 ALL" is no sum in leks; "won", "real", "dong" and "pounds" only after a scale word, never
/// "3 won" or "42 kg (92 pounds)").
#[inline(never)]
pub(super) fn currency_after(d: &Words, j: usize, scaled: bool) -> Option<usize> {
    d.tokens.get(j).filter(|t| t.kind == TokenKind::Word && t.space_before && !t.newline_before)?;
    let n = LEXICON.longest(d.text, &d.tokens[j..d.tokens.len().min(j + 3)], Kind::Currency)?;
    let last = d.word(j + n - 1);
    let ambiguous = n == 1 && crate::one_of(d.lower(j), &["won", "real", "dong", "p", "pound", "pounds"]);
    (last.bytes().all(|b| b.is_ascii_lowercase()) && (scaled || !ambiguous)).then_some(n)
}

/// Does number `i` name a thing rather than count: glued to a capitalised word by a hyphen ("Covid-19", "F-35",
/// "MH17" is one token anyway), or after a word that numbers documents, rooms and the like ("Article 5",
/// "Section 230", "Flight 370", "Category 5", "No 10")?
#[inline(never)]
pub(super) fn names_a_thing(d: &Words, i: usize) -> bool {
    const NUMBERED: &[&str] = &[
        "apollo", "article", "block", "category", "channel", "chapter", "clause", "episode", "exhibit", "flight", "formula",
        "gate", "level", "line", "model", "no", "number", "paragraph", "part", "phase", "platform", "prop", "proposition",
        "reactor", "resolution", "room", "section", "stage", "terminal", "tier", "version", "volume", "ward", "windows",
    ];
    let capital = |k: usize| d.word(k).as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let t = &d.tokens[i];
    if i >= 2 && d.word(i - 1) == "-" && !t.space_before && !d.tokens[i - 1].space_before && d.tokens[i - 2].kind == TokenKind::Word {
        return capital(i - 2) && !d.is(i - 2, Kind::Month);
    }
    // "No 10" only inside a sentence: "No 10 people were hurt" is a count
    i >= 1 && t.space_before && capital(i - 1) && d.word(i).bytes().all(|b| b.is_ascii_digit()) && d.word(i).len() <= 4
        && (i >= 2 || d.lower(i - 1) != "no") && NUMBERED.binary_search(&d.lower(i - 1)).is_ok()
}

/// Is number `i` (one token of up to four digits) a road's, after a capitalised road word on its line?
#[inline(never)]
pub(super) fn road_before(d: &Words, i: usize) -> bool {
    matches!(d.word(i - 1).as_bytes()[0], b'I' | b'R' | b'H' | b'M' | b'A') && d.tokens[i].space_before && !d.tokens[i].newline_before && d.word(i).len() <= 4 && d.word(i).bytes().all(|b| b.is_ascii_digit())
        && crate::one_of(d.word(i - 1), &["Interstate", "Route", "Highway", "Motorway", "Autobahn"])
}

/// Is number `i` the number of a stock index named right before it ("FTSE 100", "Russell 2000", "Nikkei 225",
/// "S&P 500"): the name and its number are one index, no count or year. The word where the name starts.
pub(super) fn index_before(d: &Words, i: usize) -> Option<usize> {
    if !d.tokens[i].space_before || d.tokens[i].newline_before || d.word(i).len() > 4 || !d.word(i).bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // ("S&P" is three words)
    if i >= 3 && d.word(i - 1) == "P" && d.word(i - 2) == "&" && d.word(i - 3) == "S" {
        return Some(i - 3);
    }
    // (not a batsman's runs after his name: "J. Russell 56"; the Russell indices count in thousands)
    let named = i >= 2 && (d.word(i - 2) == "." || d.word(i - 2) != "The" && d.word(i - 2).starts_with(|c: char| c.is_ascii_uppercase()));
    let russell = d.word(i - 1) == "Russell" && d.word(i).ends_with("000");
    (!named && (russell || crate::one_of(d.word(i - 1), &["ASX", "CAC", "DAX", "FTSE", "IBEX", "Nasdaq", "Nifty", "Nikkei", "STOXX", "Stoxx", "TSX"]))).then_some(i - 1)
}


/// The length of a clock time written with am/pm at number `i`: one token ("7am", "3.45pm", "10:30pm") or the number
/// and the next word ("9 a.m.", "10 PM"); the hour is 1 to 12, minutes after a dot or colon.
#[inline(never)]
pub(super) fn am_pm_time(d: &Words, i: usize) -> Option<usize> {
    let hour_minutes = |s: &str| {
        let (h, m) = s.split_once(['.', ':']).unwrap_or((s, "00"));
        let hour: u32 = h.parse().ok()?;
        (h.len() <= 2 && (1..=12).contains(&hour) && m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) && m < "60").then_some(())
    };
    let lw = d.lower(i);
    if let Some(time) = lw.strip_suffix("am").or_else(|| lw.strip_suffix("pm")) {
        return hour_minutes(time).map(|_| 1);
    }
    (adjacent(d.tokens, i + 1) && crate::one_of(d.lower(i + 1), &["am", "pm", "a.m.", "p.m.", "a.m", "p.m"])).then(|| hour_minutes(lw)).flatten().map(|_| 2)
}

/// Four digits that read as a 24-hour time, "0800", "2359".
pub(super) fn clock_digits(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter().all(u8::is_ascii_digit) && (b[0] - b'0') * 10 + (b[1] - b'0') < 24 && b[2] < b'6'
}


pub(super) fn next_is_date_part(d: &Words, i: usize) -> bool {
    let tokens = d.tokens;
    let next = d.word(i + 1);
    adjacent(tokens, i + 1) && (is_day_number(next) || is_year(next))
}

/// "in May", "early May", "March and May": the month, not the verb or Theresa May ("in May's cabinet",
/// "after May resigned" stay no date: only words that take a time, and no possessive after).
pub(super) fn may_after_date_word(d: &Words, i: usize) -> bool {
    let prev = d.lower(i.wrapping_sub(1));
    let time_word = crate::one_of(prev, &["in", "early", "late", "mid", "last", "next", "this", "until", "till", "during"]);
    let listed_month = matches!(prev, "and" | "or" | "to") && d.is(i.wrapping_sub(2), Kind::Month);
    (time_word || listed_month) && !matches!(d.lower(i + 1), "'s" | "’s")
}

/// "one" as a count ("just had one target"), not a pronoun ("one of the", "No one").
pub(super) fn one_is_count(d: &Words, i: usize) -> bool {
    let tokens = d.tokens;
    let prev = d.lower(i.wrapping_sub(1));
    let next = d.lower(i + 1);
    let next_is_word = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.space_before);
    // (a capital "One" inside a sentence before a capitalised word opens a name: "a member of One Nation", "and One Direction")
    let in_name = || d.word(i) == "One" && d.word(i + 1).starts_with(|c: char| c.is_ascii_uppercase())
        && i > 0 && !tokens[i].newline_before && tokens[i - 1].kind == TokenKind::Word;
    next_is_word && !in_name()
        && !crate::one_of(next, &["of", "that", "who", "which", "another", "thing", "day", "is", "was", "would", "could", "can", "will"])
        && !crate::one_of(prev, &["no", "any", "every", "some", "the", "this", "that", "each", "-"])
}

/// "once" as a count of times ("more than once", "once a week", "only once"), not a conjunction or "formerly" ("Once they
/// switch", "a once-mighty club", "was once a teacher", "once again").
pub(super) fn once_is_count(d: &Words, i: usize) -> bool {
    crate::one_of(d.lower(i.wrapping_sub(1)), &["than", "only", "just", "exactly", "least", "twice"])
        || crate::one_of(d.lower(i + 1), &["per", "every", "each", "or", "daily", "weekly", "monthly", "yearly"])
        // (before "a", only a unit of time: "once a week", not "once a small hamlet")
        || d.lower(i + 1) == "a" && crate::one_of(d.lower(i + 2), &["day", "week", "fortnight", "month", "year", "decade", "season", "century", "lifetime", "generation"])
}

/// Is the month's abbreviation alone at `i` a given name: listed as one, before a capitalised word, with no
/// preposition of time before it ("Jan Zielinski", "Jan Allan Mueller"; not "in Jan Apple said")? Full month names
/// stay dates ("August National Association of …" in a headline).
pub(super) fn month_as_given_name(d: &Words, i: usize) -> bool {
    // "Jan-Lennard Struff": a hyphenated given name, whatever word is before it
    let hyphen = d.word(i + 1) == "-" && d.glued(i + 1) && d.glued(i + 2);
    let k = i + 1 + hyphen as usize;
    d.word(i).len() <= 3 && adjacent(d.tokens, k) && d.word(k).starts_with(|c: char| c.is_uppercase()) && !d.is(k, Kind::Month) && !d.is(k, Kind::Weekday)
        && d.is(i, Kind::GivenName)
        // (after "by", a credit's: "By Jan Hoffman", "Editing by Jan Harvey"; a date by a month has its day or a period)
        && (hyphen || !crate::one_of(d.lower(i.wrapping_sub(1)), &["in", "on", "since", "until", "till", "from", "to", "last", "next", "early", "late", "mid", "of", "this", "and", "or", "between"]))
}

/// Is a number token digits glued to two or more capitals that are no unit: a call sign or a model ("6PR", "3AW",
/// "737MAX"), no quantity ("2GB", "10KM", "500MW" are)?
pub(super) fn call_sign(w: &str) -> bool {
    let letters = w.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() >= 2 && letters.len() < w.len() && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !crate::one_of(letters, &["GB", "MB", "KB", "TB", "GW", "MW", "KW", "KM", "KG", "MPH", "BN", "MN", "AM", "PM", "GHZ", "MHZ", "BC", "AD", "TH", "ST", "ND", "RD", "CM", "MM"])
}
