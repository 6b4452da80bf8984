//! The date patterns of [`super::match_at`] that come before the counts: month and weekday names with their day
//! and year, numeric dates, clock times, eras, relative days and parts of a period, seasons, quarters, and a range
//! of counts before a duration ("10- to 12-year").

use super::context::{am_pm_time, may_after_date_word, month_as_given_name, next_is_date_part};
use super::{adjacent, is_day_number, is_year, match_at, zone_at, Words, NAMED_TIMES, PARTS_OF_DAY, PERIOD_PARTS, QUARTERS, RELATIVE, RELATIVE_HEAD, SEASONS, UNITS};
use crate::annotations::Label;
use crate::entities::lexicon::{Info, Kind};
use crate::segment::TokenKind;

/// The date pattern at word `i` (`w` and `lw` the word as written and lower-cased, `w1` and `l1` the next one's,
/// `info` the lists' entry): `Some(found)` decides the word (`Some(None)`: no mention at all, a month read as a
/// given name), `None` leaves it to the number patterns.
#[allow(clippy::type_complexity)]
pub(super) fn date_at(d: &Words, i: usize, (w, lw): (&str, &str), (w1, l1): (&str, &str), info: Option<&Info>) -> Option<Option<(usize, Label, &'static str)>> {
    let tokens = d.tokens;
    let is_kind = |kind: Kind| info.is_some_and(|x| x.has(kind));
    // April 25, 2019 / April 25 / April 2019
    if is_kind(Kind::Month) && w.chars().next().is_some_and(char::is_uppercase) && (lw != "may" || next_is_date_part(d, i) || may_after_date_word(d, i)) {
        // an abbreviation's period before the day belongs to the date: "Oct. 27", "Sept. 20, 2024"
        let o = (w1 == "." && lw.len() <= 4 && !matches!(lw, "may" | "june" | "july") && !tokens[i + 1].space_before
            && adjacent(tokens, i + 2) && (is_day_number(d.word(i + 2)) || is_year(d.word(i + 2)))) as usize;
        let mut len = 1;
        if adjacent(tokens, i + 1 + o) && is_day_number(d.word(i + 1 + o)) {
            // "June 12-13": a range of days
            let k = i + 2 + o + day_range_at(d, i + 2 + o);
            len = k - i;
            if d.word(k) == "," && is_year(d.word(k + 1)) {
                len += 2;
            } else if is_year(d.word(k)) {
                len += 1;
            }
        } else if adjacent(tokens, i + 1 + o) && is_year(d.word(i + 1 + o)) {
            len = 2 + o;
        } else if month_as_given_name(d, i) {
            return Some(None);
        }
        return Some(Some((len, Label::Date, "month_date")));
    }
    // "2h ago", "45min", "3d ago": a time unit glued to its count, as live blogs stamp their posts ("m" and "d" only
    // before "ago": "10m" is ten million, "3D" a format)
    if tokens[i].kind == TokenKind::Number && lw.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) {
        let unit = lw.trim_start_matches(|c: char| c.is_ascii_digit());
        if unit.len() < lw.len() && (matches!(unit, "h" | "hr" | "hrs" | "min" | "mins") || matches!(unit, "m" | "d") && l1 == "ago") {
            return Some(Some((1, Label::Date, "duration")));
        }
    }
    // 25 April 2019, 12-13 June
    if tokens[i].kind == TokenKind::Number && is_day_number(w) {
        let k = i + 1 + day_range_at(d, i + 1);
        if d.is(k, Kind::Month) {
            let len = if is_year(d.word(k + 1)) { k + 2 - i } else { k + 1 - i };
            return Some(Some((len, Label::Date, "day_month_date")));
        }
    }
    // Thursday, Tuesday morning
    // ("Britain's Sun newspaper", "She wed in June": a short form is a day only before a date, a time or a range:
    // "Sun 14 July", "Sat, March 22", "Mon-Fri")
    let dated = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number) || d.is(k, Kind::Month);
    let dash = |w: &str| matches!(w, "-" | "–");
    let as_day = || lw.ends_with("day") || lw.ends_with("days") || dated(i + 1) || dash(w1) || matches!(w1, "," | ".") && dated(i + 2) || i >= 2 && dash(d.word(i - 1)) && d.is(i - 2, Kind::Weekday);
    if is_kind(Kind::Weekday) && w.chars().next().is_some_and(char::is_uppercase) && as_day() {
        let len = if crate::one_of(l1, PARTS_OF_DAY) { 2 } else { 1 };
        return Some(Some((len, Label::Date, "weekday")));
    }
    // 1996-08-30
    if is_year(w) && w1 == "-" && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
        && d.word(i + 3) == "-" && tokens.get(i + 4).is_some_and(|t| t.kind == TokenKind::Number)
    {
        return Some(Some((5, Label::Date, "iso_date")));
    }
    // 7:29, 11:05 AM
    if tokens[i].kind == TokenKind::Number && w1 == ":" && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number && !t.space_before) {
        // "2:01:09": hours, minutes and seconds
        let seconds = d.word(i + 3) == ":" && tokens.get(i + 4).is_some_and(|t| t.kind == TokenKind::Number && !t.space_before && !tokens[i + 3].space_before);
        let at = i + 3 + 2 * seconds as usize;
        let ampm = matches!(d.lower(at), "am" | "pm" | "a.m." | "p.m.");
        let len = at - i + ampm as usize;
        return Some(Some((len + zone_at(d, i + len), Label::Date, "clock_time")));
    }
    // "3 o'clock"
    if tokens[i].kind == TokenKind::Number && matches!(l1, "o'clock" | "o\u{2019}clock") {
        return Some(Some((2, Label::Date, "clock_time")));
    }
    // "4,000 BC", "500 AD": a year of an era
    if tokens[i].kind == TokenKind::Number && era_after(d, i + 1) == 1 {
        return Some(Some((2, Label::Date, "year")));
    }
    // 7am, 3.45pm, 9 a.m. ET, 10 PM
    // (the last letter of the token or the first of the next says whether to look: "7am", "9 a.m.", "10 PM")
    let am_pm = matches!(w.as_bytes().last(), Some(b'm' | b'M')) || matches!(w1.as_bytes().first(), Some(b'a' | b'p' | b'A' | b'P'));
    if tokens[i].kind == TokenKind::Number && am_pm {
        if let Some(len) = am_pm_time(d, i) {
            return Some(Some((len + zone_at(d, i + len), Label::Date, "clock_time")));
        }
    }
    // 14.40 BST, 9.30 GMT: a clock time with a dot, which only its zone tells from a decimal
    if tokens[i].kind == TokenKind::Number && zone_at(d, i + 1) == 1 && crate::segment::is_clock(w, &['.']) {
        return Some(Some((2, Label::Date, "clock_time")));
    }
    if RELATIVE.contains(&lw) {
        // (a capitalised one naming a programme is no day: "Radio 4's Today programme", "NBC's Today show")
        if w.starts_with(|c: char| c.is_ascii_uppercase()) && matches!(l1, "programme" | "program" | "show") {
            return Some(None);
        }
        // "yesterday morning", "tomorrow night"
        let len = if lw != "tonight" && crate::one_of(l1, PARTS_OF_DAY) { 2 } else { 1 };
        return Some(Some((len, Label::Date, "relative_day")));
    }
    // at midnight, by noon
    if matches!(w.as_bytes().first(), Some(b'm' | b'n')) && crate::one_of(w, NAMED_TIMES) {
        return Some(Some((1, Label::Date, "clock_time")));
    }
    // the end of the year, the first half of 2019, the fourth quarter of 2019
    if lw == "the" && crate::one_of(l1, PERIOD_PARTS)
        && matches!(d.lower(i + 2), "of" | "half" | "quarter")
    {
        let mut j = i + 2;
        if matches!(d.lower(j), "half" | "quarter") {
            j += 1;
        }
        if d.lower(j) == "of" {
            let after = d.lower(j + 1);
            if after == "the" && crate::one_of(d.lower(j + 2), &["year", "month", "week", "decade", "century", "season"]) {
                return Some(Some((j + 3 - i, Label::Date, "part_of_period")));
            }
            if is_year(d.word(j + 1)) || d.is(j + 1, Kind::Month) {
                let len = if is_year(d.word(j + 2)) { j + 3 - i } else { j + 2 - i };
                return Some(Some((len, Label::Date, "part_of_period")));
            }
        } else if j == i + 3 && l1 != "end" {
            // "the second quarter", "in the first half": the year is the story's
            return Some(Some((3, Label::Date, "part_of_period")));
        }
    }
    // Q3, Q4 2024, Q3 FY25
    if w.len() == 2 && w.as_bytes()[0] == b'Q' && crate::one_of(lw, QUARTERS) {
        let len = if adjacent(tokens, i + 1) && (is_year(w1) || fiscal_year(d, i + 1) == Some(1)) { 2 } else { 1 };
        return Some(Some((len, Label::Date, "quarter")));
    }
    // FY2026, FY25, FY 2025, FY24/25: a fiscal year
    if let Some(len) = w.starts_with("FY").then(|| fiscal_year(d, i)).flatten() {
        return Some(Some((len, Label::Date, "fiscal_year")));
    }
    // Spring 2007, summer of 2019, this summer
    if SEASONS.contains(&lw) {
        if is_year(w1) {
            return Some(Some((2, Label::Date, "season")));
        }
        if l1 == "of" && is_year(d.word(i + 2)) {
            return Some(Some((3, Label::Date, "season")));
        }
    }
    // last week, next Tuesday, this year
    if RELATIVE_HEAD.contains(&lw) {
        let next = l1;
        // "that day", "that evening": a day, a week, a month, a year or a part of a day only ("that second goal" is none), and
        // not before a hyphen ("that year-end bonus")
        if lw == "that" {
            if crate::one_of(next, &["day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"])
                && d.word(i + 2) != "-"
            {
                return Some(Some((2, Label::Date, "relative_date")));
            }
        } else if UNITS.contains(&next) && !next.ends_with('s') || next == "quarter" || d.is(i + 1, Kind::Weekday) || d.is(i + 1, Kind::Month)
            || SEASONS.contains(&next) || next == "season"
            || crate::one_of(next, PARTS_OF_DAY) && (matches!(lw, "next" | "following" | "previous") || matches!(lw, "last" | "this") && d.lower(i.wrapping_sub(1)) != "the")
        {
            return Some(Some((2, Label::Date, "relative_date")));
        }
    }
    // "over the weekend"
    if lw == "the" && l1 == "weekend" {
        return Some(Some((2, Label::Date, "relative_date")));
    }
    // "10- to 12-year", "two- to three-week": a range whose second count gives the first its unit
    // (one level only: a chain of them, "1- to 2- to 3-year", is not followed down, so no pattern recurses)
    let opens_range = |k: usize| d.word(k + 1) == "-" && d.lower(k + 2) == "to";
    if w1 == "-" && d.glued(i + 1) && d.lower(i + 2) == "to" && i + 3 < tokens.len() && !opens_range(i + 3)
        && (tokens[i].kind == TokenKind::Number || is_kind(Kind::NumberWord))
    {
        if let Some((len, Label::Date, rule)) = match_at(d, i + 3) {
            return Some(Some((len + 3, Label::Date, rule)));
        }
    }
    None
}

/// 2 when words `k` and `k + 1` end a range of days, a dash and a later day glued to the day before ("12-13",
/// "12–13"; not a score, "5-4"), else 0.
fn day_range_at(d: &Words, k: usize) -> usize {
    // (one byte first: most numbers have no dash after them)
    let dash = d.tokens.get(k).is_some_and(|t| matches!(d.text.as_bytes()[t.span.start], b'-' | 0xE2));
    if !dash {
        return 0;
    }
    let day = |k: usize| d.word(k).trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<u8>().unwrap_or(0);
    (d.glued(k) && d.glued(k + 1) && matches!(d.word(k), "-" | "\u{2013}") && is_day_number(d.word(k + 1)) && day(k + 1) > day(k - 1)) as usize * 2
}

/// 1 when word `k` names an era after a year ("BC", "AD", "BCE", "CE", in capitals, on the year's line), else 0.
#[inline]
pub(super) fn era_after(d: &Words, k: usize) -> usize {
    // (one byte first: most words after a number open with neither letter)
    let era_letter = d.tokens.get(k).is_some_and(|t| matches!(d.text.as_bytes()[t.span.start], b'A' | b'B' | b'C'));
    (era_letter && adjacent(d.tokens, k) && matches!(d.word(k), "BC" | "AD" | "BCE" | "CE")) as usize
}

/// The words of a fiscal year at `i`: "FY2026", "FY25" (one), "FY 2025" (two), and a slash and the two digits of the
/// year it ends in, "FY24/25" (three more).
pub(super) fn fiscal_year(d: &Words, i: usize) -> Option<usize> {
    let digits = d.word(i).strip_prefix("FY")?;
    let len = match digits.len() {
        2 | 4 if digits.bytes().all(|b| b.is_ascii_digit()) => 1,
        0 if adjacent(d.tokens, i + 1) && is_year(d.word(i + 1)) => 2,
        _ => return None,
    };
    let ends = d.word(i + len) == "/" && d.glued(i + len) && d.glued(i + len + 1) && d.word(i + len + 1).len() == 2
        && d.word(i + len + 1).bytes().all(|b| b.is_ascii_digit());
    Some(len + 2 * ends as usize)
}
