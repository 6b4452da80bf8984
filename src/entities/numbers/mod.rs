//! DATE and NUMBER mentions from token patterns.
//!
//! Dates: month and weekday names with their day and year, years, clock
//! times, ISO dates, relative days ("last week", "today") and durations
//! ("two months", "a day"). Numbers: digits with currency and percent,
//! scale words ("$50 million"), number words and ordinals.
//! Output spans follow GUIDELINES.md: the currency sign inside, approximators
//! ("about", "some") outside, a duration with a number in it is one DATE.

use super::lexicon::{Kind, LEXICON};
use super::Mention;
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};
use context::{call_sign, clock_digits, currency_after, currency_letters, names_a_thing, index_before, once_is_count, one_is_count, road_before};
use dates::era_after;
use counts::{and_a_half, is_count, is_ordinal_word, is_rate, tens_unit};
use starts::{may_start, opener_keys};

mod context;
mod counts;
mod dates;
mod phone;
mod starts;

const UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "century", "centuries", "weekend", "weekends",
    // as live blogs and timings shorten them ("3 min ago", "2 hrs")
    "min", "mins", "hr", "hrs", "sec", "secs",
];
const RELATIVE: &[&str] = &["today", "yesterday", "tomorrow", "tonight"];
/// Times of day by name (lower case only: "Midnight Express" is a title).
const NAMED_TIMES: &[&str] = &["midnight", "midday", "noon"];
const RELATIVE_HEAD: &[&str] = &["last", "next", "this", "past", "coming", "previous", "following", "that"];
/// The parts of a fraction after its count and a hyphen ("two-thirds").
const FRACTIONS: &[&str] = &["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"];
/// A business year's quarters as written in results ("Q3", "Q4 2024"), matched in capitals only.
const QUARTERS: &[&str] = &["q1", "q2", "q3", "q4"];
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
/// The part of a period after "the": "the end of the year", "the fourth quarter of 2019".
const PERIOD_PARTS: &[&str] = &["end", "beginning", "start", "middle", "turn", "first", "second", "third", "fourth", "last"];
const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion", "bn", "m", "mn", "lakh", "lakhs", "crore", "crores"];
/// Time zones written after a time ("14:32 GMT", "1800 GMT"; alone, `common_abbreviations.txt` makes them no name).
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
    "PT", "PST", "PDT", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "MSK",
];
const PERCENT: &[&str] = &["%", "percent", "per cent"];

/// One sentence's tokens with the document text and its lower-cased copy
/// (same offsets), so a word is compared lower-cased without copying it.
struct Words<'t> {
    text: &'t str,
    low: &'t str,
    tokens: &'t [Token],
    /// [`starts::opener_keys`].
    openers: &'static [u32],
}

impl<'t> Words<'t> {
    fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// The word at `i` with ASCII letters lower-cased ("" past the end).
    fn lower(&self, i: usize) -> &'t str {
        self.tokens.get(i).map(|t| t.span.of(self.low)).unwrap_or("")
    }

    /// Does word `k` touch the word before it, no space between ("two-thirds": "-" and "thirds"; false past the end)?
    fn glued(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| !t.space_before)
    }

    fn is(&self, i: usize, kind: Kind) -> bool {
        self.tokens.get(i).is_some_and(|t| LEXICON.is(self.text, t, kind))
    }

    fn number_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| LEXICON.extra_of(self.text, t, Kind::NumberWord).is_some())
    }
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && matches!(&s[..2], "18" | "19" | "20")
}

fn is_day_number(s: &str) -> bool {
    let digits = s.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())
}

fn adjacent(tokens: &[Token], i: usize) -> bool {
    i < tokens.len() && !tokens[i].newline_before
}

/// Finds date and number mentions in one sentence's tokens.
/// `low` is the text with ASCII letters lower-cased ([`crate::segment::Segments::lower`]).
#[inline(never)] // a stage of its own in profiles
pub fn find(text: &str, low: &str, tokens: &[Token], out: &mut Vec<Mention>) {
    let d = &Words { text, low, tokens, openers: opener_keys() };
    let n = tokens.len();
    let mut i = 0;
    let mut checked = 0;
    while i < n {
        // a telephone number is no number: its groups are skipped (looked at only when a digit opens the token and
        // another group, a joining mark or a "+" is next to it, or it is a service's number: most numbers stand alone)
        // (a run of groups that is no telephone number is not looked at again from its later groups: linear)
        if i >= checked && tokens[i].kind == TokenKind::Number && text.as_bytes()[tokens[i].span.start].is_ascii_digit() && phone::may_be(d, i) {
            let (phone, end) = phone::phone_number(d, i);
            if phone {
                i = end;
                continue;
            }
            checked = end;
        }
        if let Some((len, label, rule)) = may_start(d, i).then(|| match_at(d, i)).flatten() {
            // a capitalised word right before: one byte test spares most numbers the look at it
            let before = i > 0 && text.as_bytes().get(tokens[i - 1].span.start).is_some_and(u8::is_ascii_uppercase);
            // the letters of a currency before its dollar sign ("C$0.45"), a minus sign ("-5C")
            let sign = before && rule == "money" && currency_letters(d, i) || rule == "digits" && minus_before(d, i);
            let start = if sign { tokens[i - 1].span.start } else { tokens[i].span.start };
            let span = crate::span::Span::new(start, tokens[i + len - 1].span.end);
            // a road's number with its road word is the road: "Interstate 95", "Route 66", "Highway 401"
            let (span, label, rule) = if before && rule == "digits" && road_before(d, i) {
                (crate::span::Span::new(tokens[i - 1].span.start, span.end), Label::Place, "road_number")
            } else if let Some(k) = (before && matches!(rule, "digits" | "year")).then(|| index_before(d, i)).flatten() {
                (crate::span::Span::new(tokens[k].span.start, span.end), Label::Org, "index_number")
            } else {
                (span, label, rule)
            };
            out.push(Mention { span, label, rule });
            i += len;
        } else {
            i += 1;
        }
    }
}

/// 1 when a time zone in capitals at word `k` belongs to the time before it ("14:32 GMT", "12:45 p.m. ET"), else 0.
fn zone_at(d: &Words, k: usize) -> usize {
    // every zone opens with a capital: one byte test spares most words after a number the list
    let capital = d.tokens.get(k).is_some_and(|t| d.text.as_bytes().get(t.span.start).is_some_and(u8::is_ascii_uppercase));
    (capital && adjacent(d.tokens, k) && crate::one_of(d.word(k), TIME_ZONES)) as usize
}

/// Is number `i` negative: a minus sign glued to it, after a space or at the start ("fell to -5C", "−0.3%"; not "5-3")?
fn minus_before(d: &Words, i: usize) -> bool {
    i > 0 && matches!(d.word(i - 1), "-" | "\u{2212}") && !d.tokens[i].space_before && (i == 1 || d.tokens[i - 1].space_before)
}

/// The pattern starting at word `i`, for a word [`may_start`] lets through.
fn match_at(d: &Words, i: usize) -> Option<(usize, Label, &'static str)> {
    let tokens = d.tokens;
    let w = d.word(i);
    let lw = d.lower(i);
    // the next word, as it is and lower-cased, sliced once for the patterns below
    let (w1, l1) = (d.word(i + 1), d.lower(i + 1));
    // what the lists say about this word, looked up once for every pattern below
    let info = LEXICON.info(d.text, &tokens[i]);
    let is_kind = |kind: Kind| info.is_some_and(|x| x.has(kind));
    // the dates first (month and weekday names, clock times, relative days, parts of a period)
    if let Some(decided) = dates::date_at(d, i, (w, lw), (w1, l1), info) {
        return decided;
    }
    // two months, a day, 10 years, five-week
    if is_count(d, i) {
        // ("twenty-five weeks": a compound count)
        let compound = w1 == "-" && tens_unit(d, i);
        let (start, i) = (i, if compound { i + 2 } else { i });
        let (w1, lw) = if compound { (d.word(i + 1), d.lower(i)) } else { (w1, lw) };
        let (mut j, hyphen) = if w1 == "-" && !tokens.get(i + 1).is_some_and(|t| t.space_before) { (i + 2, true) } else { (i + 1, false) };
        // "two and a half years": the fraction is part of the count
        let half = !hyphen && and_a_half(d, i + 1) && !matches!(lw, "a" | "an");
        if half {
            j = i + 4;
        } else if lw == "half" && matches!(l1, "a" | "an") {
            // "half an hour", "half a century"
            j = i + 2;
        }
        if !hyphen && SCALES.contains(&d.lower(j)) && tokens[i].kind == TokenKind::Number {
            j += 1;
        }
        let unit = d.lower(j);
        // "zero-day flaws", "zero-hour contracts": a term, no duration nor count
        if hyphen && lw == "zero" && UNITS.contains(&unit) {
            return None;
        }
        if UNITS.contains(&unit) && adjacent(tokens, j) {
            let is_article = matches!(lw, "a" | "an");
            // "the 45-year-old", "a six-month-old baby": an age, a number
            if hyphen && d.word(j + 1) == "-" && d.lower(j + 2) == "old" && d.glued(j + 1) && d.glued(j + 2) && !is_article {
                return Some((j - start + 3, Label::Number, "age"));
            }
            // "a second" before a word is an ordinal ("a second term", "a second-round pick", "added a second from the spot"), a
            // moment only before a pause or a word of time ("a second later", "a second or two")
            let ordinal = || unit == "second" && tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word || d.word(j + 1) == "-" && !t.space_before)
                && !crate::one_of(d.lower(j + 1), &["later", "ago", "or", "and", "to", "before", "after", "of", "in", "for", "longer"]);
            if !is_article || !unit.ends_with('s') && !is_rate(d, i) && !ordinal() {
                // "a year and a half"
                let and_half = and_a_half(d, j + 1) && !unit.ends_with('s');
                return Some((j - start + 1 + 3 * and_half as usize, Label::Date, "duration"));
            }
        }
    }
    // "1800 GMT", "(0800 GMT)": four digits of a 24-hour clock and a time zone
    // (a zone is two to four capitals: the first one's test spares most years the list)
    if w.len() == 4 && w1.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && tokens[i].kind == TokenKind::Number && adjacent(tokens, i + 1)
        && crate::one_of(w1, TIME_ZONES) && clock_digits(w)
    {
        return Some((2, Label::Date, "clock_time"));
    }
    if is_year(w) && tokens[i].kind == TokenKind::Number {
        // "1990s", "the 2022-23 season", "2019-2021", "the 2024/25 season"
        let range = matches!(w1, "-" | "/") && tokens.get(i + 2).is_some_and(|t| !t.space_before && !tokens[i + 1].space_before && t.kind == TokenKind::Number)
            && (d.word(i + 2).len() == 2 || is_year(d.word(i + 2)));
        let s = if w1 == "s" { 2 } else if range { 3 } else { 1 };
        return Some((s + era_after(d, i + s), Label::Date, "year"));
    }
    // "the 1980s", "'90s": a decade is a date
    // (a two-digit one after its apostrophe: "the '90s"; not an age, "in her 90s")
    if tokens[i].kind == TokenKind::Number && matches!(lw.len(), 3 | 5) && lw.ends_with("0s") && (lw.len() == 5 && is_year(&lw[..4]) || i > 0 && d.glued(i) && matches!(d.word(i - 1), "'" | "\u{2019}")) {
        return Some((1, Label::Date, "year"));
    }
    // $50 million, ₹900, €3.5bn
    // a currency word before a number only as a sign or code ("$50", "Rs 300", "USD 5"), never "won 1-0"
    let sign_or_code = || !w.chars().all(char::is_lowercase);
    if is_kind(Kind::Currency) && sign_or_code() && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number && (!t.space_before || w.len() > 1)) {
        let mut len = 2;
        if SCALES.contains(&d.lower(i + 2)) {
            len = 3;
        } else if d.word(i + 2) == "-" && d.glued(i + 2) && d.glued(i + 3) && SCALES.contains(&d.lower(i + 3)) {
            // "a $12-million scheme"
            len = 4;
        }
        return Some((len, Label::Number, "money"));
    }
    if w1 == "/" && tokens[i].kind == TokenKind::Number && d.glued(i + 1) {
        // "12/25/2024", "25/12/24": a date written as numbers (month and day either way round)
        let part = |k: usize, lens: &[usize]| {
            tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && lens.contains(&t.span.len())) && (k == i || d.glued(k))
                && d.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        let slash = |k: usize| d.word(k) == "/" && d.glued(k);
        if part(i, &[1, 2]) && part(i + 2, &[1, 2]) && slash(i + 3) && part(i + 4, &[2, 4]) && !slash(i + 5) {
            return Some((5, Label::Date, "iso_date"));
        }
        // an event named by its date, "9/11", "7/7": the list's, before the numbers take it apart
        if let Some(len) = LEXICON.longest(d.text, &tokens[i..], Kind::Event) {
            return Some((len, Label::Event, "event_list"));
        }
    }
    if tokens[i].kind == TokenKind::Number {
        // (one byte test first: most numbers follow neither a capital nor a hyphen)
        let prev = if i > 0 { d.text.as_bytes()[tokens[i - 1].span.start] } else { 0 };
        // ("49ers", "76ers": a team named by a number of people, no number)
        if (prev == b'-' || prev.is_ascii_uppercase()) && names_a_thing(d, i) || call_sign(w) || w.ends_with("ers") {
            return None;
        }
        let mut len = 1;
        if SCALES.contains(&l1) && adjacent(tokens, i + 1) {
            len += 1;
        }
        let after = d.lower(i + len);
        if PERCENT.contains(&after) {
            len += 1;
        } else if after == "per" && d.lower(i + len + 1) == "cent" || after == "percentage" && matches!(d.lower(i + len + 1), "point" | "points") {
            len += 2;
        } else if let Some(n) = currency_after(d, i + len, len > 1) {
            return Some((len + n, Label::Number, "money"));
        }
        // 1-0 scores
        // (and a cricket score, "245-6", or a vote, "217-215": up to three digits and then up to three)
        let right = d.word(i + 2);
        if w1 == "-" && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number && !t.space_before) && len == 1
            && (w.len() <= 2 || w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) && right.len() <= 3
                && right.bytes().all(|b| b.is_ascii_digit()) && !tokens.get(i + 3).is_some_and(|t| !t.space_before && matches!(d.word(i + 3), "/" | "-")))
        {
            // "5-10%" is a range of percentages
            let percent = adjacent(tokens, i + 3) && PERCENT.contains(&d.lower(i + 3));
            return Some(if percent { (4, Label::Number, "digits") } else { (3, Label::Number, "score") });
        }
        return Some((len, Label::Number, "digits"));
    }
    if info.and_then(|x| x.extra(Kind::NumberWord)).is_some() {
        // "two-thirds", "one-quarter", "three-fifths": a fraction
        if w1 == "-" && d.glued(i + 1) && d.glued(i + 2) && crate::one_of(d.lower(i + 2), FRACTIONS) && crate::one_of(lw, &["one", "two", "three", "four", "five", "nine"])
        {
            return Some((3, Label::Number, "number_word"));
        }
        if lw == "one" && !one_is_count(d, i) || lw == "once" && !once_is_count(d, i) {
            return None;
        }
        // a capital number word opening a listed event or body is part of its name: "Six Nations", "Five Eyes"
        if w.as_bytes()[0].is_ascii_uppercase() && d.word(i + 1).as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && LEXICON.longest_among(d.text, &tokens[i..tokens.len().min(i + 4)], &[Kind::Event, Kind::Org]).is_some_and(|(n, _)| n > 1)
        {
            return None;
        }
        // a scale's abbreviation opens no number: "M&M's", "Group K", the initial of "M. Atherton" ("5m", "£2 bn" are read from their digits)
        if lw.len() <= 2 {
            return None;
        }
        // "fourth-quarter sales", "a first-half goal": a part of a period, as "the fourth quarter" is
        if matches!(lw, "first" | "second" | "third" | "fourth") && w1 == "-" && d.glued(i + 1) && d.glued(i + 2)
            && matches!(d.lower(i + 2), "quarter" | "half")
        {
            return Some((3, Label::Date, "part_of_period"));
        }
        if lw == "second" && !crate::one_of(d.lower(i.wrapping_sub(1)), &["the", "his", "her", "its", "their"]) {
            return None;
        }
        // "half-time", "half-brother", "half-hearted": a word, no number
        if lw == "half" && w1 == "-" && !tokens[i + 1].space_before {
            return None;
        }
        // a quarter is a fraction ("a quarter of", "three quarters", "a quarter-point cut"), not a
        // business quarter ("a record quarter", "fourth-quarter sales", "last quarter")
        if matches!(lw, "quarter" | "quarters") && !(matches!(d.lower(i.wrapping_sub(1)), "a" | "one" | "two" | "three") || l1 == "of") {
            return None;
        }
        // a score is twenty only as a count ("a score of people", "four score"), not a game's ("the score was 2-1") nor a
        // rating's ("a severity score of 8.2")
        if lw == "score" && !(l1 == "of" && d.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word) || d.number_word(i.wrapping_sub(1))) {
            return None;
        }
        // "hundreds of thousands", "tens of millions": one count
        if l1 == "of" && matches!(lw, "tens" | "dozens" | "hundreds" | "thousands") && matches!(d.lower(i + 2), "thousands" | "millions" | "billions") {
            return Some((3, Label::Number, "number_word"));
        }
        let mut len = if w1 == "-" && tens_unit(d, i) { 3 } else { 1 };
        while i + len < tokens.len() && d.number_word(i + len) && SCALES.contains(&d.lower(i + len)) {
            len += 1;
        }
        if let Some(n) = currency_after(d, i + len, len > 1 || SCALES.contains(&lw)) {
            return Some((len + n, Label::Number, "money"));
        }
        let ordinal = is_ordinal_word(d.lower(i + len - 1));
        // a capitalised ordinal opening a title is part of it: "First Minister", "First Lady", "First Deputy Prime Minister"
        // (before other capitalised words it stays a number: "First Meeting Between …", "Fourth Air Force")
        if ordinal && w.as_bytes()[0].is_ascii_uppercase() && adjacent(tokens, i + 1) && crate::one_of(w1, &["Minister", "Lady", "Secretary", "Deputy", "Vice", "Lord"]) {
            return None;
        }
        let rule = if ordinal { "ordinal_word" } else { "number_word" };
        return Some((len, Label::Number, rule));
    }
    None
}

#[cfg(test)]
mod tests;
