//! Coordination: names in one list are of one kind ("Unilever and Danone", "Rome and Florence").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, where a guessed label
//! (rule "span_model", "capitalised_pair", "capitalised_word") next to a confidently known one (a list or keyword
//! rule), joined only by "and", "or" or ", ", takes the confident label (rule "coordination"), and so does a guess listed after a place guessed right after "in". Only PLACE and ORG
//! trade labels, and a one-word PERSON guess that no list names as a person yields to either (not "Trump and
//! Russia"; "Rome and Florence" too, a given name next to a city). One pass over the mentions; the gaps read are
//! at most a few bytes each.

use super::entrants::Entrants;
use super::{voter, word_is, Kind, Mention, Voter};
use crate::annotations::Label;

/// The rule of a name in a team's line-up that the list's other names make a person.
pub(super) const LINEUP: &str = "lineup";

/// The rule of a mention relabelled here; it votes as a confident rule in `make_consistent`.
pub(super) const COORDINATION: &str = "coordination";

/// The rule of a town named after its street in an address ("of Marsh Lane, Ashcombe,").
pub(super) const ADDRESS: &str = "address";

/// Is the guess `b` one word naming the town of the street `a` before it, between commas: "Derek Hollis, 63, of Marsh
/// Lane, Ashcombe, was sentenced" (the street's place keyword makes `a` an address)?
fn address_town(text: &str, a: Mention, b: Mention) -> bool {
    a.label == Label::Place && a.rule == "place_keyword" && is_guess(b.rule) && b.label != Label::Place
        && text.get(a.span.end..b.span.start) == Some(", ") && !b.span.of(text).contains(' ')
        && matches!(text.as_bytes().get(b.span.end), None | Some(b',' | b'.' | b';' | b'\n'))
}

/// Relabels guesses coordinated with a confident mention, left to right (so a list's later guesses follow); the same
/// walk over neighbours finds a results list's entrants and the names after a country's possessive ([`Entrants`]).
pub(super) fn relabel(text: &str, mentions: &mut [Mention]) {
    let bytes = text.as_bytes();
    let mut entrants = Entrants::default();
    for i in 1..mentions.len() {
        // most neighbours are further apart, or one space apart: two tests spare them the rest
        let (end, start) = (mentions[i - 1].span.end, mentions[i].span.start);
        if start.wrapping_sub(end).wrapping_sub(2) > 4 {
            continue;
        }
        entrants.see(text, mentions, i);
        if !matches!(bytes.get(end), Some(b' ' | b',')) {
            continue;
        }
        let (a, b) = (mentions[i - 1], mentions[i]);
        if address_town(text, a, b) {
            mentions[i].label = Label::Place;
            mentions[i].rule = ADDRESS;
            continue;
        }
        // a comma alone joins a list only when another joiner follows ("Breisach, Kehl and Freiburg"), not a
        // clause ("In Philadelphia, Randall was")
        match joiner(text, a, b) {
            Some(true) => {}
            Some(false) if mentions.get(i + 1).is_some_and(|c| joiner(text, b, *c).is_some()) => {}
            _ => continue,
        }
        // a guess listed after a product is a product too: "Lilly makes Zepbound and Mounjaro"
        if a.rule == super::names::PRODUCT && is_guess(b.rule) {
            mentions[i].rule = super::names::PRODUCT;
            continue;
        }
        // a firm guessed of two words ending in a surname, listed with a person a given name opens, is a person:
        // "finalist MaliVai Washington and Marcelo Rios"
        let person = |g: Mention, p: Mention| g.label == Label::Org && p.rule == "given_name" && is_guess(g.rule)
            && g.span.of(text).split_once(' ').is_some_and(|(_, last)| !last.contains(' ') && word_is(last, Kind::Surname));
        if let Some(g) = [(i - 1, a, b), (i, b, a)].into_iter().find(|&(_, g, p)| person(g, p)).map(|(g, ..)| g) {
            (mentions[g].label, mentions[g].rule) = (Label::Person, COORDINATION);
            continue;
        }
        let (guess, sure) = match (is_guess(a.rule), is_guess(b.rule)) {
            (false, true) if is_sure(a.rule) && !surname_of_person(text, mentions, a) => (i, a),
            (true, false) if is_sure(b.rule) && !surname_of_person(text, mentions, b) => (i - 1, b),
            // a place guessed right after "in" leads the guesses listed after it: "in Llandysul and Tregaron"
            (true, true) if a.label == Label::Place && after_in(bytes, a.span.start) => (i, a),
            _ => continue,
        };
        let g = mentions[guess];
        // a multi-word guess yields only to a listed name, not to a keyword's ("Kansai Electric Power and Kansai
        // International Airport"); a city often names a club ("Wasps and Bristol")
        let one_word = !g.span.of(text).contains(' ');
        let fits = match (g.label, sure.label) {
            (Label::Place, Label::Org) => one_word || sure.rule.ends_with("_list"),
            (Label::Org, Label::Place) => (one_word || sure.rule.ends_with("_list")) && sure.rule != "city_list",
            (Label::Person, Label::Org | Label::Place) => person_yields(g.span.of(text), sure.rule)
                // (two words, no listed given name nor surname, beside a listed company: "Boehringer Ingelheim and Eli Lilly";
                // not "six RBI and Donne Wall")
                || sure.rule == "org_list" && plain_pair(g.span.of(text)) && g.span.of(text).rsplit(' ').next().is_some_and(|w| !word_is(w, Kind::Surname))
                // (a guess of two words not opened by a given name, after a place right after "in": "in Aberdare and Ebbw Vale")
                || sure.label == Label::Place && guess > 0 && mentions[guess - 1].span == sure.span && after_in(bytes, sure.span.start) && plain_pair(g.span.of(text)),
            _ => false,
        };
        if fits {
            mentions[guess].label = sure.label;
            mentions[guess].rule = COORDINATION;
        }
    }
    entrants.relabel(text, mentions);
}

/// A line-up is a person's list: in a run of at least four names joined by a comma or a semicolon alone ("Raya; White,
/// Saliba, Gabriel, Zinchenko; ...", "Khawaja, McSweeney, Labuschagne, Smith"), where people outnumber the names of other
/// kinds, each guessed or unlabelled name is a person too. One pass; each gap is a few bytes.
pub(super) fn lineups(text: &str, mentions: &mut [Mention]) {
    let bytes = text.as_bytes();
    let mut s = 0;
    while s < mentions.len() {
        let (mut e, mut last) = (s + 1, s);
        while e < mentions.len() {
            let m = mentions[e];
            let numeric = matches!(m.label, Label::Date | Label::Number);
            // (a substitute's minute is passed over: "(Mullin 71)")
            if numeric && m.span.start == mentions[last].span.end + 1 && bytes.get(m.span.end) == Some(&b')') {
                e += 1;
                continue;
            }
            let gap = bytes.get(mentions[last].span.end..m.span.start).unwrap_or_default();
            // (a name in brackets joins only as a substitute with a minute: not "John Popper (Blues Traveler)")
            let sub = || bytes.get(m.span.end) == Some(&b' ') && bytes.get(m.span.end + 1).is_some_and(u8::is_ascii_digit);
            if numeric || !listed(gap) || gap == b" (" && !sub() {
                break;
            }
            (last, e) = (e, e + 1);
        }
        if e - s >= 4 && !matches!(mentions[s].label, Label::Date | Label::Number) {
            let labelled = |m: &&Mention| m.rule != super::names::UNLABELLED;
            let names = || mentions[s..e].iter().filter(labelled).filter(|m| !matches!(m.label, Label::Date | Label::Number));
            let people = names().filter(|m| m.label == Label::Person).count();
            let others = names().count() - people;
            // (so are a team's formation's, its lines parted by semicolons, where only guesses name no person:
            // "Neuer; Kimmich, Dier, de Ligt, Guerreiro; Goretzka, Laimer; ...")
            let formation = || people > 0 && e - s >= 8 && names().all(|m| m.label == Label::Person || is_guess(m.rule))
                && bytes[mentions[s].span.end..mentions[e - 1].span.start].iter().filter(|&&b| b == b';').count() >= 2;
            if people > others || formation() {
                for m in mentions[s..e].iter_mut().filter(|m| !matches!(m.label, Label::Date | Label::Number)) {
                    if m.label != Label::Person || m.rule == super::names::UNLABELLED {
                        // (a one-word city is a surname there too: "Starc, Lyon, Hazlewood")
                        // (a piece nobody labelled must be a whole item, no part of a longer name: "Inzamam-ul-Haq", "Hootie & the Blowfish")
                        let whole = || bytes.get(m.span.start.wrapping_sub(2)).is_some_and(|b| matches!(b, b',' | b';' | b':'))
                            && match bytes.get(m.span.end) {
                                None | Some(b',' | b';' | b'.' | b'\n') => true,
                                Some(b' ') => bytes.get(m.span.end + 1) == Some(&b'('),
                                _ => false,
                            };
                        if is_guess(m.rule) || (m.rule == super::names::UNLABELLED || m.rule == "city_list" && !m.span.of(text).contains(' ')) && whole() {
                            m.label = Label::Person;
                            m.rule = LINEUP;
                        }
                    }
                }
            }
        }
        s = e;
    }
}

/// Is `gap` a line-up's joiner: a comma or semicolon and one space, after an optional note in brackets ("Cummins (capt), "),
/// or the brackets around a substitute ("Rathbone (Mullin 71), Sheaf")?
fn listed(gap: &[u8]) -> bool {
    // (a joiner is short: the text between two mentions far apart is not read)
    if gap.len() > 14 {
        return false;
    }
    let gap = match gap.iter().position(|&b| b == b')') {
        Some(p) if gap.starts_with(b" (") && p <= 10 => &gap[p + 1..],
        _ => gap,
    };
    // (a substitute and his minute in brackets joins the list too: "Rathbone (Mullin 71), Sheaf")
    let minute = |g: &[u8]| g.len() <= 7 && g.first() == Some(&b' ') && g.ends_with(b", ") | g.ends_with(b"; ")
        && g[1..g.len() - 2].strip_suffix(b")").is_some_and(|n| (1..=4).contains(&n.len()) && n[0].is_ascii_digit() && n.iter().all(|b| b.is_ascii_digit() || *b == b'\''));
    matches!(gap, b", " | b"; " | b" (") || minute(gap)
}

/// May a PERSON guess `w` next to a mention of rule `sure` be of its kind? One word that no list names as a
/// person; next to a city, a given name too ("Rome and Florence": people go by surname, not "Putin and Moscow").
fn person_yields(w: &str, sure: &str) -> bool {
    let given = word_is(w, Kind::GivenName);
    !w.contains(' ') && if sure == "city_list" { given || !word_is(w, Kind::Surname) } else { !given && !word_is(w, Kind::Surname) }
}

/// Is the listed city `m` the surname of a person the text names in full ("Lewis Hamilton … Hamilton and Russell": no
/// city for "Russell" to follow)? Read only where a city would relabel its neighbour.
fn surname_of_person(text: &str, mentions: &[Mention], m: Mention) -> bool {
    let w = m.span.of(text);
    m.rule == "city_list" && mentions.iter().any(|p| p.label == Label::Person && p.span.of(text).strip_suffix(w).is_some_and(|r| r.ends_with(' ')))
}

/// Two words, the first no listed given name nor surname: a place's name rather than a person's ("Ebbw Vale", "Clydach Vale").
fn plain_pair(w: &str) -> bool {
    w.split_once(' ').is_some_and(|(first, rest)| !rest.contains(' ') && !word_is(first, Kind::GivenName) && !word_is(first, Kind::Surname))
}

/// Is the gap between `a` and `b` a list's joiner: Some(true) for "and"/"or", Some(false) for a comma alone?
fn joiner(text: &str, a: Mention, b: Mention) -> Option<bool> {
    match text.as_bytes().get(a.span.end..b.span.start)? {
        b" and " | b" or " | b", and " | b", or " => Some(true),
        b", " => Some(false),
        _ => None,
    }
}

/// Does the word "in" come right before `start`?
fn after_in(bytes: &[u8], start: usize) -> bool {
    start >= 4 && bytes.get(start - 4..start).is_some_and(|w| w.ends_with(b"in ") && matches!(w[0], b' ' | b'\n' | b'('))
}

fn is_guess(rule: &str) -> bool {
    matches!(voter(rule), Voter::Guess | Voter::Word)
}

/// A list or keyword rule, a label the words around a name gave ("the discounters Aldi and Lidl", "analysts at
/// Jefferies and Citi"), or a label this pass gave.
fn is_sure(rule: &str) -> bool {
    rule.ends_with("_list") || rule.ends_with("_keyword") || matches!(rule, COORDINATION | ADDRESS | "org_noun" | "workplace" | "place_noun")
}

/// A railway or a line named as an operator once ([`super::names::OPERATOR`]: "Great Western Railway cancelled trains") is the
/// operator at each mention of its name found by its place keyword ("... Great Western Railway services resumed").
pub(super) fn operators(text: &str, mentions: &mut [Mention]) {
    let op = super::names::OPERATOR;
    for i in 0..mentions.len() {
        if mentions[i].rule != op {
            continue;
        }
        let name = mentions[i].span.of(text);
        for m in mentions.iter_mut().filter(|m| m.label == Label::Place && m.rule == "place_keyword") {
            if m.span.of(text) == name {
                (m.label, m.rule) = (Label::Org, op);
            }
        }
    }
}
