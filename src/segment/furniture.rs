//! A news page's furniture as whole lines: menus, link headings ("Key events", "Topics: …"), the labels of ads
//! ("Ad Feedback", "Supported by"), a request to turn on JavaScript, and lines that hold nothing but a date or a
//! time stamp; a writer's desk under a byline's name, a photo credit's line, and a list's bullet. Read by
//! [`super::boilerplate::classify`].

/// A news page's furniture as whole lines (lower case, without a final "." or ":"): its menus and link headings.
pub(super) const FURNITURE_LINES: &[&str] = &[
    "ad feedback", "explore more on these topics", "home", "key events", "more on this story", "most popular", "most read", "most viewed", "related",
    "related topics", "reuse this content", "save", "search", "sections", "share", "share full article",
    "show key events only", "skip advertisement", "skip to main content", "supported by", "top stories",
];

/// The first letters of [`FURNITURE_LINES`].
const FURNITURE_FIRSTS: &[u8] = b"aehkmrst";

/// How a news page's furniture lines open (lower case), by their first letter.
fn furniture_openers(first: u8) -> &'static [&'static str] {
    match first {
        b'f' => &["filed under:"],
        b'l' => &["listen to this article"],
        b'm' => &["more on:"],
        b'o' => &["our standards:"],
        b'p' => &["please enable javascript", "please turn on javascript"],
        b'r' => &["related:"],
        b's' => &["see more on:"],
        b't' => &["tags:", "topics:"],
        _ => &[],
    }
}

/// Is the line (lower case, of `n` words and `chars` chars) a page's furniture?
pub(super) fn furniture(lower: &str, n: usize, chars: usize) -> bool {
    // (the first letter and the length before any comparison: most lines are no furniture)
    let first = lower.as_bytes().first().copied().unwrap_or(0);
    (n <= 5 && chars <= 30 && FURNITURE_FIRSTS.contains(&first) && FURNITURE_LINES.binary_search(&lower.trim_end_matches(['.', ':'])).is_ok())
        || (n <= 12 && furniture_openers(first).iter().any(|o| lower.starts_with(o)))
}

/// A page's date line with no words but the date: "Tue 10 Sep 2024 18.02 BST", "Monday, 3 March 2025, 09:15".
pub(super) fn date_only_line(line: &str, n: usize) -> bool {
    const DAYS_AND_MONTHS: &[&str] = &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];
    // (a line opens with a number or a day's or month's first letter)
    if !(2..=8).contains(&n) || !line.as_bytes().first().is_some_and(|&c| c.is_ascii_digit() || b"ADFJMNOSTW".contains(&c)) {
        return false;
    }
    let (mut after_number, mut numbers) = (false, 0);
    for w in line.split_ascii_whitespace() {
        let w = w.trim_end_matches([',', '.']).as_bytes();
        let number = w.first().is_some_and(u8::is_ascii_digit) && w.iter().all(|&c| c.is_ascii_alphanumeric() || c == b':' || c == b'.');
        // a number or time ("10", "2024", "18.02", "9:15am"), a day or month written out or cut short to three
        // letters or more ("Tue", "Sept"), or after a number a time zone in capitals ("BST")
        // (the first letters first: a word that is none of them is told by one byte against each)
        let day_or_month = || (3..=9).contains(&w.len()) && DAYS_AND_MONTHS.iter().any(|d| d.as_bytes()[0] == w[0] | 0x20 && d.len() >= w.len() && d.as_bytes()[..w.len()].eq_ignore_ascii_case(w));
        let zone = || after_number && (2..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase);
        if !(number || day_or_month() || zone()) {
            return false;
        }
        after_number = number;
        numbers += number as usize;
    }
    numbers > 0
}

/// A live blog's time stamp on a line of its own: "14:32 BST", "9.05am", "13:58".
pub(super) fn time_stamp(line: &str) -> bool {
    let clock = line.split_whitespace().next().unwrap_or("").trim_end_matches(['a', 'p', 'm', 'A', 'P', 'M']);
    crate::segment::is_clock(clock, &[':', '.'])
}

/// Lower-case words that name a newsroom desk ("political correspondent", "staff writer").
pub(crate) const DESKS: &[&str] = &["correspondent", "editor", "reporter", "writer", "columnist"];

/// "Paul Karp Chief political correspondent", "Women's football reporter": capitalised words (a name, a title) and at
/// most two lower-case words before a desk that ends the line (not "BBC appoints new political editor").
pub(super) fn desk_line(line: &str) -> bool {
    // (the last byte first: most lines end otherwise)
    if !matches!(line.as_bytes().last(), Some(b'r' | b't')) {
        return false;
    }
    let mut words = line.split_whitespace().rev();
    words.next().is_some_and(|w| DESKS.contains(&w)) && words.enumerate().all(|(i, w)| i < 2 || w.starts_with(char::is_uppercase))
}

/// "AGENCY/Photographer Name": a photo credit on its own line.
pub(super) fn is_credit_line(line: &str) -> bool {
    let Some(slash) = line.find('/') else { return false };
    let (agency, person) = (&line[..slash], &line[slash + 1..]);
    !line.ends_with(['.', '!', '?'])
        && agency.chars().next().is_some_and(char::is_uppercase)
        && agency.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        && person.chars().next().is_some_and(char::is_uppercase)
        && line.split_whitespace().count() <= 5
}

/// Is `word` a list's bullet ("-", "•", "*" …)?
pub fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "•" | "*" | "·" | "–" | "▪" | "■" | "►")
}

/// The rest of `line` after a bullet and a space opening it ("- ", "• ", "* "), if it has one (its first byte read first:
/// most lines open with a letter).
pub(super) fn after_bullet(line: &str) -> Option<&str> {
    let first = *line.as_bytes().first()?;
    let (bullet, rest) = line.split_once(' ').filter(|_| matches!(first, b'-' | b'*' | 0xC2 | 0xE2))?;
    is_bullet(bullet).then_some(rest)
}
