//! The date and number patterns against GUIDELINES.md, one row per pattern.

use crate::annotations::Label;

/// The dates and numbers of `text`, and the events named by a date ("9/11").
fn found(text: &str) -> Vec<(String, Label)> {
    crate::annotate(text)
        .entities
        .into_iter()
        .filter(|e| matches!(e.label, Label::Date | Label::Number) || e.rule == "event_list" && e.text.starts_with(|c: char| c.is_ascii_digit()))
        .map(|e| (e.text.to_string(), e.label))
        .collect()
}

#[test]
fn dates_and_numbers_follow_the_guidelines() {
    use Label::*;
    let cases: &[(&str, &[(&str, Label)])] = &[
        ("They met on April 25, 2019 in the city.", &[("April 25, 2019", Date)]),
        ("It ended Oct. 27, resumed Sept. 20, 2024 and paused in Jan. 2025, not in Oct. The end.", &[("Oct. 27", Date), ("Sept. 20, 2024", Date), ("Jan. 2025", Date), ("Oct", Date)]),
        ("It happened on Thursday morning.", &[("Thursday morning", Date)]),
        ("It comes two months after the talks.", &[("two months", Date)]),
        ("Some 10,000 workers are there.", &[("10,000", Number)]),
        ("The plan costs ₹900 for three people.", &[("₹900", Number), ("three", Number)]),
        ("It rose 40% last week.", &[("40%", Number), ("last week", Date)]),
        ("He was the sixth leader since 2011.", &[("sixth", Number), ("2011", Date)]),
        ("They won 1-0 at 7:29 today.", &[("1-0", Number), ("7:29", Date), ("today", Date)]),
        ("Updated 14:32 GMT, then 12:45 p.m. ET.", &[("14:32 GMT", Date), ("12:45 p.m. ET", Date)]),
        // a clock time with a dot is one only before its zone: the price stays a number
        ("Updated at 14.40 BST; shares closed at 14.40 and rose 24.50 GMT.", &[("14.40 BST", Date), ("14.40", Number), ("24.50", Number)]),
        ("No one knows; one of them left.", &[]),
        ("They must leave by the end of the year.", &[("the end of the year", Date)]),
        ("Profits fell in the fourth quarter of 2019.", &[("the fourth quarter of 2019", Date)]),
        ("As of Spring 2007 the band toured; it returns this summer.", &[("Spring 2007", Date), ("this summer", Date)]),
        ("The end of the road.", &[]),
        ("Prices rose in May and fell in March and May.", &[("May", Date), ("March", Date), ("May", Date)]),
        ("They may leave. May said so in May's speech; after May resigned, it was over.", &[]),
        ("A quarter of voters backed a quarter-point cut.", &[("quarter", Number), ("quarter", Number)]),
        // a range of days is one date, a score before a month is none; a fraction is one number
        ("It met on June 12–13 and 12-13 June 2024, then June 12-13, 2019; it won 5-4 June 3.",
            &[("June 12–13", Date), ("12-13 June 2024", Date), ("June 12-13, 2019", Date), ("5-4", Number), ("June 3", Date)]),
        ("About two-thirds agreed, one-third did not and three-quarters left; two - thirds.", &[("two-thirds", Number), ("one-third", Number), ("three-quarters", Number), ("two", Number)]),
        // a business year's or a match's quarters and halves are parts of a period, as "the fourth quarter of 2019" is
        ("It had a record quarter, and fourth-quarter sales beat last quarter's.", &[("fourth-quarter", Date), ("last quarter", Date)]),
        ("Profit rose in the second quarter; Q3 was weak and Q4 2024 better. A first-half goal; the second half; the end quarter; a Q5.",
            &[("the second quarter", Date), ("Q3", Date), ("Q4 2024", Date), ("first-half", Date), ("the second half", Date)]),
        // a country's letters before a dollar sign; a 24-hour time and its zone
        ("The bond fell C$0.45 while A$100 million was raised.", &[("C$0.45", Number), ("A$100 million", Number)]),
        // a scale after a hyphen; a shilling's letters before the sum
        ("A $12-million home and a $2.3-million loan; Sh 2.5 billion.", &[("$12-million", Number), ("$2.3-million", Number), ("Sh 2.5 billion", Number)]),
        ("Trading ends at 1400 EDT (1800 GMT).", &[("1400 EDT", Date), ("1800 GMT", Date)]),
        // clock times with am/pm are times, not numbers; "and a half" belongs to its duration
        ("Polls open at 7am, the blast was at 3.45pm and the call at 9 a.m. ET; 10 PM is late.", &[("7am", Date), ("3.45pm", Date), ("9 a.m. ET", Date), ("10 PM", Date)]),
        // decades and seasons are dates; a currency word after a sum belongs to it; numbers that name things are none
        ("In the 1980s and the 2022-23 season it cost 1.5 million pounds, five dollars and 3 billion won; he scored 3 won 2.", &[("1980s", Date), ("2022-23", Date), ("1.5 million pounds", Number), ("five dollars", Number), ("3 billion won", Number), ("3", Number), ("2", Number)]),
        // "zero" hyphenated to a unit is a term: no duration, no count
        ("Two zero-day flaws and zero-hour contracts; zero days lost.", &[("Two", Number), ("zero days", Date)]),
        // a code's groups of digits after its capitals are no year nor number
        ("Flaws CVE-2024-3400 and CVE-2023-46805 were patched in 2024, two years after 2021-2022.", &[("2024", Date), ("two years", Date), ("2021-2022", Date)]),
        ("Covid-19 grounded the F-35 under Article 5 and Section 230, Downing Street said No 10 would reply, on Flight 370.", &[]),
        ("No 10 people were hurt, and mid-2000s prices rose 5-10%.", &[("10", Number), ("2000s", Date), ("5-10%", Number)]),
        // a fiscal year, alone or after a quarter; a two-digit decade after its apostrophe (not an age)
        ("Results for FY2026, FY25, FY 2025 and FY24/25 beat Q3 FY25; in the '90s, not her 90s.",
            &[("FY2026", Date), ("FY25", Date), ("FY 2025", Date), ("FY24/25", Date), ("Q3 FY25", Date), ("90s", Date), ("90s", Number)]),
        // an age is a number, whole
        ("The 45-year-old and a six-month-old baby were hurt; a 10-year plan and a five-year-old car.", &[("45-year-old", Number), ("six-month-old", Number), ("10-year", Date), ("five-year-old", Number)]),
        // the guidelines' "10- to 12-year"; a clock's hour, an era's year, a season written with a slash
        ("A 10- to 12-year term, a two- to three-week delay at 3 o'clock; in 4,000 BC, 79 AD and the 2024/25 season; 5- to 10%.",
            &[("10- to 12-year", Date), ("two- to three-week", Date), ("3 o'clock", Date), ("4,000 BC", Date), ("79 AD", Date), ("2024/25", Date), ("5", Number), ("10%", Number)]),
        // a vague count of thousands or millions is one number
        ("Tens of thousands marched, hundreds of thousands died and thousands of people came.", &[("Tens of thousands", Number), ("hundreds of thousands", Number), ("thousands", Number)]),
        // a live blog's stamps and shortened units are durations; "10m" stays ten million
        ("Updated 2h ago; 3 min ago, 5m ago, a 45min delay, 2 hrs later; 10m people saw the 3D film.",
            &[("2h", Date), ("3 min", Date), ("5m", Date), ("45min", Date), ("2 hrs", Date), ("10m", Number), ("3D", Number)]),
        // a day, a morning or a weekend named relative to the story's
        ("The following day, the next morning and that evening; over the weekend, that year-end bonus, that second goal, the last evening.",
            &[("following day", Date), ("next morning", Date), ("that evening", Date), ("the weekend", Date)]),
        // a date written with slashes is one date; an event named by its date is the event
        ("Since 9/11, on 12/25/2024 and 25/12/24, it scored 9/10 and 1/23/456.", &[("9/11", Event), ("12/25/2024", Date), ("25/12/24", Date), ("9", Number), ("10", Number), ("1", Number), ("23", Number), ("456", Number)]),
        // a vote's tally is one number, a phone number none of this
        ("The bill passed 217-215; call 555-123-4567.", &[("217-215", Number)]),
        ("At half-time they led 3-1; England were 245-6 and the marathon was won in 2:01:09, half an hour faster.", &[("3-1", Number), ("245-6", Number), ("2:01:09", Date), ("half an hour", Date)]),
        // telephone and service numbers are not annotated
        ("Call 0800 123 4567, +91-22-265 9000 or (212) 555-0199, dial 911, or Tel: 020 7946 0958; Samaritans are on 116 123.", &[]),
        ("Golfers shot 67 69 70, 206 in all; it rose on 3 May and 7 people called on 12 June; 1,234,567 voted; they phone 300 customers; she reigned 1558-1603.", &[("67", Number), ("69", Number), ("70", Number), ("206", Number), ("3 May", Date), ("7", Number), ("12 June", Date), ("1,234,567", Number), ("300", Number), ("1558", Number), ("1603", Number)]),
        ("The deal was worth Rs 500 crore, or ₹2 lakh each, and rates rose 0.25 percentage points.", &[("Rs 500 crore", Number), ("₹2 lakh", Number), ("0.25 percentage points", Number)]),
        ("First Minister Eluned Morgan said temperatures would fall to -5C, the first time since the Second World War; it fell 5-3.", &[("-5C", Number), ("first", Number), ("5-3", Number)]),
        ("He has 12 goals this season and left last season; the season ended.", &[("12", Number), ("this season", Date), ("last season", Date)]),
        ("Last night, this morning and yesterday afternoon it rained; by midnight it was calm, the last evening of the trip.", &[("Last night", Date), ("this morning", Date), ("yesterday afternoon", Date), ("midnight", Date)]),
        ("He got two and a half years, 18 and a half months and a year and a half; 13pm and 25 am are not times.", &[("two and a half years", Date), ("18 and a half months", Date), ("a year and a half", Date), ("13pm", Number), ("25", Number)]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Label)> = want.iter().map(|(s, l)| (s.to_string(), *l)).collect();
        assert_eq!(found(text), want, "{text}");
    }
}

#[test]
fn every_time_zone_opens_with_a_capital() {
    // `zone_at` tests the first byte before it compares the word with the list
    assert!(super::TIME_ZONES.iter().all(|z| z.as_bytes()[0].is_ascii_uppercase()));
}
