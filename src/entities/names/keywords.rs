//! The keywords at a piece's head or end that settle its label: an organisation's ("... Bank", "Bank of ...",
//! "Communist Party of China"), a place's ("... Avenue", "River ..."), an event's ("Battle of ...", "... Awards"),
//! and the given names that keep "Michael Derby" a person.
//!
//! Input: the words of one piece. Output: a label (or "no entity") and the rule that gave it. Lookups go through
//! [`LEXICON`]; nothing here allocates.

use super::super::lexicon::{Kind, LEXICON};
use super::company::one_of;
use super::labels::entries;
use crate::annotations::Label;
use crate::segment::Token;

/// The label a name's head or last word gives it: "... Bank", "Bank of ...", "... Avenue", "Battle of ...", "... Awards".
pub(super) fn keyword_label(text: &str, words: &[Token]) -> Option<(Option<Label>, &'static str)> {
    if words.len() < 2 {
        return None;
    }
    let last = &words[words.len() - 1];
    // a city's state is a place: "Kano State", "Lagos State" (not a region's, a university or a team: "Ohio State")
    if words.len() == 2 && last.text(text) == "State" && LEXICON.info(text, &words[0]).is_some_and(|i| i.has(Kind::City) && !i.has(Kind::Region)) {
        return Some((Some(Label::Place), "place_keyword"));
    }
    // a street's quadrant after its keyword: "Olney Street SE", "Pennsylvania Avenue NW"
    if words.len() > 2 && matches!(last.text(text), "NW" | "NE" | "SW" | "SE") && LEXICON.extra_of(text, &words[words.len() - 2], Kind::NameKeyword) == Some("place-suffix") {
        return Some((Some(Label::Place), "place_keyword"));
    }
    let tail2 = &words[words.len().saturating_sub(2).max(1)..];
    let two = |kind: Kind| if tail2.len() == 2 { LEXICON.phrase_extra(text, tail2, kind) } else { None };
    // a two-word organisation suffix outranks a place word inside it: "Coronado Unified School District"
    let last2 = matches!(two(Kind::OrgKeyword), Some("suffix" | "both"));
    // a two-word keyword first ("Zandvoort Grand Prix"), then the last word
    // an organisation's head and "of"/"for" outrank a place or event word at the end: "Institute for the Study of War"
    let org_head_of = || words.len() > 2 && matches!(words[1].text(text), "of" | "for") && starts_with_org_head(text, words);
    // the keyword the name opens with, of one or two words ("Operation", "Port of")
    let head = || (1..=2.min(words.len() - 1)).rev().find_map(|n| LEXICON.phrase_extra(text, &words[..n], Kind::NameKeyword));
    // (a word glued by a hyphen to the one before is a double-barrelled surname's, no keyword: "Gloria Mendez-Park")
    let glued = words.len() > 2 && !last.space_before && words[words.len() - 2].text(text) == "-";
    let name_keyword = || if glued { None } else { two(Kind::NameKeyword).or_else(|| LEXICON.extra_of(text, last, Kind::NameKeyword)) };
    let suffix = match name_keyword() {
        _ if last2 => Some((Some(Label::Org), "org_keyword")),
        Some(_) if org_head_of() => Some((Some(Label::Org), "org_keyword")),
        // an event's head outranks a place word at the end: "Operation Market Garden", "Battle of Bunker Hill"
        Some("place-suffix" | "both-place") if head() == Some("event-head") => Some((Some(Label::Event), "event_keyword")),
        // (not a person's surname after a given name: "Harry Brook", "Ellen Lake"; "Stanley Park" is a place)
        Some("place-suffix" | "both-place") if !given_name_and_surname(text, words) => Some((Some(Label::Place), "place_keyword")),
        // (a county's or city's "Fire" is its fire service, no named fire: "Los Angeles County Fire Chief ...")
        Some("event-suffix") if last.text(text) == "Fire" && words.len() > 2 && one_of(words[words.len() - 2].text(text), &["County", "City", "District"]) => None,
        // (not a person: "Michael Derby", "Michael S. Derby")
        Some("event-suffix") if !given_name_first(text, words) => Some((Some(Label::Event), "event_keyword")),
        Some("none-suffix") => Some((None, "not_a_name")),
        _ if ends_with_org_keyword(text, words) || body_of_place(text, words) => Some((Some(Label::Org), "org_keyword")),
        _ => None,
    };
    suffix.or_else(|| {
        match head() {
            // (not a body named with a common word after "River" or "Lake": "River Action")
            Some("both-place") if words.len() > 1 && LEXICON.is(text, &words[1], Kind::CommonWord) => None,
            Some("place-head" | "both-place") => Some((Some(Label::Place), "place_keyword")),
            Some("event-head") => Some((Some(Label::Event), "event_keyword")),
            _ if starts_with_org_head(text, words) => Some((Some(Label::Org), "org_keyword")),
            _ => None,
        }
    })
}

/// An organisation head after a known name: "Bulgarian Academy of Sciences", "United Nations Relief and Works Agency
/// for Palestine Refugees" (not at the start: that is `keyword_label`).
pub(super) fn inner_org_head(text: &str, words: &[Token]) -> Option<(Option<Label>, &'static str)> {
    // (any organisation keyword before "for": "United Nations Relief and Works Agency for Palestine Refugees")
    let p = (1..words.len().saturating_sub(1))
        .find(|&p| matches!((words[p + 1].text(text), LEXICON.extra_of(text, &words[p], Kind::OrgKeyword)), ("of" | "on", Some("head" | "both")) | ("for", Some(_)))
            || words[p + 1].text(text) == "on" && named_for_subject(words[p].text(text)))?;
    // (a possessive before it owns the name, no part of it: "the UK's National Institute for Health")
    let possessive = words[..p].iter().any(|t| matches!(t.text(text), "'s" | "’s"));
    (p + 2 < words.len() && !possessive).then_some((Some(Label::Org), "org_keyword"))
}

/// A panel, a treaty or a meeting named for its subject after "on", like a body's head keyword: "Intergovernmental Panel
/// on Climate Change", "European Convention on Human Rights", "Conference on Disarmament".
pub(super) fn named_for_subject(w: &str) -> bool {
    one_of(w, &["Panel", "Convention", "Conference", "Treaty", "Covenant", "Charter", "Forum"])
}

pub(super) fn ends_with_org_keyword(text: &str, words: &[Token]) -> bool {
    // (a run ends in a lower-case word only after "Co-", which `run.rs` joins: "Midcounties Co-operative")
    words.len() > 1 && (matches!(LEXICON.extra_of(text, &words[words.len() - 1], Kind::OrgKeyword), Some("suffix") | Some("both"))
        || words.len() > 3 && words[words.len() - 1].text(text) == "operative")
}

/// A body's name ending in its keyword, "of" and the listed place it serves ending the name: "Communist Party of China",
/// "Liberal Party of Nova Scotia" (not a firm's legal form: "Kia Motor Corp of South Korea" is a firm and its country),
/// or a court's district by its compass point: "Eastern District of Texas", "Southern District of New York".
fn body_of_place(text: &str, words: &[Token]) -> bool {
    let Some(p) = (words.len() >= 4).then(|| (2..words.len() - 1).find(|&p| words[p].text(text) == "of")).flatten() else { return false };
    let district = || p == 2 && words[1].text(text) == "District" && super::shape::is_compass(words[0].text(text));
    (ends_with_org_keyword(text, &words[..p]) && !crate::one_of(words[p - 1].text(text), super::super::LEGAL_SUFFIXES) || district())
        && LEXICON.longest_among(text, &words[p + 1..], &[Kind::Country, Kind::Region, Kind::City]).is_some_and(|(n, _)| n == words.len() - p - 1)
}

pub(super) fn starts_with_org_head(text: &str, words: &[Token]) -> bool {
    words.len() > 1 && matches!(LEXICON.extra_of(text, &words[0], Kind::OrgKeyword), Some("head") | Some("both"))
}

/// Any organisation keyword and "of" open the name, after at most two modifiers: "Union of Concerned Scientists",
/// "International Association of Machinists", "National Union of Rail", "Kelvorn University Department of Physics".
pub(super) fn opens_with_keyword_of(text: &str, words: &[Token]) -> bool {
    (0..3).any(|k| words.len() > k + 2 && words[k + 1].text(text) == "of" && LEXICON.extra_of(text, &words[k], Kind::OrgKeyword).is_some())
}

/// Two words: a given name that is no other kind of word, and a listed surname (not "Park", a park's name far more often).
/// "Michael Derby", "Michael S. Derby": a word that is only a given name, then a surname or a middle initial and a surname.
fn given_name_first(text: &str, words: &[Token]) -> bool {
    let initial = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && matches!(c.as_str(), "" | ".")
    };
    let dot = words.len() == 4 && words[2].text(text) == ".";
    (words.len() == 2 || (words.len() == 3 || dot) && initial(words[1].text(text)))
        && LEXICON.is(text, &words[0], Kind::GivenName)
        && entries(text, &words[0]).iter().all(|e| matches!(e.kind, Kind::GivenName | Kind::Surname) && e.extra.is_none())
}

/// Words ending the name of an administrative area, which may be named after a person ("St. Lucie County").
pub(super) const AREAS: &[&str] = &["County", "Province", "Prefecture", "Township", "District", "Parish", "Oblast"];

fn given_name_and_surname(text: &str, words: &[Token]) -> bool {
    words.len() == 2 && words[1].text(text) != "Park" && !one_of(words[1].text(text), AREAS) && LEXICON.is(text, &words[1], Kind::Surname)
        && entries(text, &words[0]).iter().all(|e| matches!(e.kind, Kind::GivenName | Kind::Surname) && e.extra.is_none()) && LEXICON.is(text, &words[0], Kind::GivenName)
}
