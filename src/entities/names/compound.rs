//! Names made of a known name and a word that together name an organisation:
//! a demonym opening a company's name ("Welsh Water", "Irish Rail") and a
//! word or an organisation before the country it works in ("Age UK",
//! "Statistics Canada", "Save the Children UK"), and a place before a lower-case
//! "university" ("Cambridge university").
//!
//! Input: one sentence's tokens, where a list name starts (`k`) and how long it
//! is, and the end `j` of the capitalised run. Output: the end of the whole
//! name, when it is one. Each test looks at a fixed number of tokens.

use super::super::lexicon::{Kind, LEXICON};
use super::super::model;
use super::context::{is_plain_common_word, sentence_opener};
use super::labels::{ends_with_org_keyword, entries, is_function_word, is_unknown_name_at, keyword_label, starts_with_org_head, LIST_KINDS};
use super::company::one_of;
use super::{is_cap, is_connector, is_shouted};
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};

/// Ends of adjectives and plurals: a word so ending before a country describes it ("Corporate America",
/// "Imperial Japan", "Occupied France") or is a headline's verb ("Storm Hits UK"), no organisation's first word.
const NOT_A_NAME_END: &[&str] = &["al", "ate", "ic", "ous", "ive", "ern", "ed", "ist", "ese", "ian", "an", "ish", "s", "y", "ing"];

/// Ends of nouns that the ends above would take for an adjective or a verb: "Energy UK", "Dairy UK", "Society",
/// "Universities UK", "Tennis Australia" (not "Merry England", "Hits", "Holy").
const NOUN_ENDS: &[&str] = &["ics", "ss", "gy", "iry", "try", "ity", "ety", "ies", "is"];

/// A plain capitalised word of an organisation's name: not a given name, title, list name or adjective-like word
/// (with `in_name`, the piece ends with an organisation's keyword, so any word fits: "Arts Council England").
fn plain_name_word(text: &str, t: &Token, in_name: bool) -> bool {
    let w = t.text(text);
    t.kind == TokenKind::Word && w.len() > 2 && !is_shouted(text, t) && w.chars().next().is_some_and(char::is_uppercase)
        && !is_function_word(text, t, false)
        && entries(text, t).iter().all(|e| matches!(e.kind, Kind::CommonWord | Kind::Surname | Kind::OrgKeyword))
        && (in_name || !NOT_A_NAME_END.iter().any(|e| w.ends_with(e)) || NOUN_ENDS.iter().any(|e| w.ends_with(e)))
}

/// Does a lower-case "university" after the place `[k, j)` name the place's university: "Cambridge university",
/// "researchers at Leeds university" (not some university there: "a London university", "two Paris universities")?
fn university_after(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    tokens.get(j).is_some_and(|t| t.space_before && !t.newline_before && t.text(text) == "university")
        && !(k > 0 && crate::any_case_in(tokens[k - 1].text(text), &["a", "an", "another", "one", "every", "each", "any", "no", "its"]))
}

/// Is `tokens[p..j]` exactly a listed country, ending the run ("UK" in "Age UK")?
fn country_ends_run(text: &str, tokens: &[Token], p: usize, j: usize) -> bool {
    p < j && LEXICON.longest(text, &tokens[p..j], Kind::Country) == Some(j - p)
}

/// The end of an organisation's name formed by the list name `[k, k + len)` (of `label`) and what follows it in
/// the run `[k, j)`: a demonym and one plain word the model reads as an organisation ("Welsh Water", not "the
/// Dutch Government" nor "British Prime Minister"); an organisation and a country or a desk (below).
pub(super) fn after_list_name(text: &str, tokens: &[Token], k: usize, len: usize, label: Label, rule: &str, j: usize) -> Option<usize> {
    let p = k + len;
    if p == j && label == Label::Place && university_after(text, tokens, k, j) {
        return Some(j + 1);
    }
    if p > j && label == Label::Org {
        // a listed name of several words running past the run, and the country after it: "Friends of the Earth Norway"
        let e = p + tokens[p..].iter().take_while(|t| t.space_before && !t.newline_before && is_cap(text, t)).count();
        return country_ends_run(text, tokens, p, e).then_some(e);
    }
    if p >= j {
        return None;
    }
    // an organisation and a country ("Save the Children UK"), or a news outlet's desk or channel ("Fox News Digital",
    // "CNN Business", "BBC Sport"), or its channel and one word more, a station's place ("BBC Radio Kent", "ABC Radio
    // Melbourne", "BBC Radio Ulster")
    let channel = |w: &str| matches!(w, "Radio" | "Television" | "TV");
    if label == Label::Org && (country_ends_run(text, tokens, p, j)
        || p + 1 == j && one_of(tokens[p].text(text), &["Digital", "Business", "International", "Online", "Sport", "Sports", "Radio", "Television", "TV"])
        || p + 2 == j && channel(tokens[p].text(text)) && tokens[p + 1].kind == TokenKind::Word)
    {
        return Some(j);
    }
    let demonym_word = rule == "demonym_list" && p + 1 == j && plain_name_word(text, &tokens[p], false) && is_unknown_name_at(text, tokens, p, j)
        // not an attribute of a noun after it: "Dutch Government officials"
        && tokens.get(j).is_none_or(|t| t.kind != TokenKind::Word || is_cap(text, t) || is_function_word(text, t, false));
    // (so does any word but a group's, a person's, a title or a place, with a body's verb after it and no article or name before it:
    // "British Rowing said", "Scottish Rugby confirmed"; not "The British Government said", "A British Muslim said", "Chipotle Mexican Grill said")
    let body = || rule == "demonym_list" && p + 1 == j && (k == 0 || !matches!(tokens[k - 1].text(text), "the" | "The" | "a" | "A" | "an" | "An") && !is_cap(text, &tokens[k - 1]))
        && tokens.get(j).is_some_and(|t| !t.newline_before && crate::one_of(t.text(text), &["said", "says", "told", "confirmed", "announced", "warned"]))
        && LEXICON.info(text, &tokens[p]).is_none_or(|i| !i.any(&[Kind::Group, Kind::Demonym, Kind::GivenName, Kind::Surname, Kind::Title, Kind::Country, Kind::City, Kind::Region]));
    // two demonyms named as the subject of a company's verb: "Denmark's Bavarian Nordic, which makes", "Anglo
    // American said", or described as one: "Bavarian Nordic, the Danish company, said" (not after a function word:
    // "a Korean American said")
    let demonym_pair = rule == "demonym_list" && p + 1 == j && LEXICON.is(text, &tokens[p], Kind::Demonym)
        && (k == 0 || !is_function_word(text, &tokens[k - 1], false))
        && match tokens.get(j).map(|t| t.text(text)) {
            Some(",") => tokens.get(j + 1).is_some_and(|t| t.text(text) == "which") || super::context::described_as(text, tokens, j, &super::context::ORG_NOUNS, false),
            Some(w) => matches!(w, "said" | "says"),
            None => false,
        };
    if demonym_pair {
        return Some(j);
    }
    (demonym_word && model::classify(text, tokens, k, j, false).is_some_and(|(l, _)| l == Some(Label::Org)) || body()).then_some(j)
}

/// Is the piece `[k, m)` of plain words, followed by a country that ends the run `[k, j)`, an organisation named
/// after the country it works in: "Age UK", "Statistics Canada", "Arts Council England" (not "Michael Jordan",
/// "Corporate America", nor one ordinary word opening the sentence: "Former England captain ...", "Top Belarus
/// officials ..."; two still name one: "Cancer Research UK said")? Then its label and rule; a PERSON if an office names it
/// before, set off by commas, the country its surname: "The finance minister, Siniša Mali, said".
pub(super) fn before_country(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> Option<(Label, &'static str)> {
    // (a verb of saying after it makes any plain word but an adverb fit too: "Traffic Scotland said", "Historic England
    // warned", "Natural Resources Wales has issued", not "Initially Poland offered", "Corporate America cheered")
    let verb = |p: usize| tokens.get(p).is_some_and(|t| !t.newline_before && crate::one_of(t.text(text), &["said", "says", "warned", "warns", "told", "confirmed", "announced", "issued"]));
    let says = || verb(j) || tokens.get(j).is_some_and(|t| crate::one_of(t.text(text), &["has", "have"])) && verb(j + 1);
    // (the country ends the run, or a body's own words follow it, its keyword ending the run: "Housing Australia Future
    // Fund", "Sport England Lottery Fund"; one look-up for both)
    let country = if m - k <= 2 { LEXICON.longest(text, &tokens[m..j], Kind::Country) } else { None };
    let ends = country == Some(j - m);
    let body = country.is_some_and(|n| m + n + 1 < j) && ends_with_org_keyword(text, &tokens[k..j]);
    let in_name = body || ends_with_org_keyword(text, &tokens[k..m]) || says() && !tokens[k].text(text).ends_with("ly");
    ((body || ends) && tokens[k..m].iter().all(|t| plain_name_word(text, t, in_name))
        && !LEXICON.is(text, &tokens[k], Kind::GivenName)
        && !(m == k + 1 && sentence_opener(text, tokens, k) && is_plain_common_word(text, &tokens[k]) && (!verb_after(text, tokens, j) || imperative(text, &tokens[k]))))
        .then(|| if super::edges::described_before(text, tokens, k) { (Label::Person, "apposition") } else { (Label::Org, "name_country") })
}

/// Is the word at a sentence's opening a verb telling the reader to look at what follows ("Consider France, which …",
/// "Take Germany, …"), never the first word of a body's name?
fn imperative(text: &str, t: &Token) -> bool {
    crate::one_of(t.text(text), &["Compare", "Consider", "Imagine", "Look", "Remember", "Take"])
}

/// Is the piece `[k, m)`, opened by an ordinary word, a body named for the place it serves and the subject of a verb:
/// "Transport for London said" (not "Demand for London homes", "Support for London's bid")?
pub(super) fn body_for_place(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    m >= k + 3 && tokens[k + 1].text(text) == "for" && super::run::ends_with_place_of(text, tokens, k, m) && verb_after(text, tokens, m)
}

/// Does the run ending at `j` end its clause or its subject, so that one ordinary word and a country before it are the
/// subject, a name ("Universities UK warned", "Energy UK, which ..."), not a noun phrase ("Former England captain")?
fn verb_after(text: &str, tokens: &[Token], j: usize) -> bool {
    tokens.get(j).filter(|t| !t.newline_before).is_some_and(|t| {
        let w = t.text(text);
        matches!(w, "," | "said" | "says") || t.kind == TokenKind::Word && w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
    })
}

/// Is the country at `m`, ending the run `[k, j)`, the surname of the given name at `k`: "Michael Jordan",
/// "Tom Holland", "Kevin England"?
pub(super) fn country_surname(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    m == k + 1 && m + 1 == j && super::context::is_given_name(text, &tokens[k]) && country_ends_run(text, tokens, m, j)
}

/// Is the one-word organisation at `m`, ending the run `[k, j)`, the surname of the name at `k`, a founder's family
/// named like the firm: "Gautam Adani", "Ratan Tata", "Henry Ford" (the first word a listed given name or a word no
/// list holds, not even as an ordinary word; the firm's name in mixed case, no acronym)? The model then judges the pair.
pub(super) fn firm_surname(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    // (in running text, after a word or opening the sentence: not a table's cell after a comma, "Reynard Honda, 53.980")
    let prose = k == 0 || tokens[k - 1].kind == TokenKind::Word || sentence_opener(text, tokens, k);
    m == k + 1 && m + 1 == j && prose && tokens[m].kind == TokenKind::Word && !is_shouted(text, &tokens[m]) && !is_shouted(text, &tokens[k])
        && LEXICON.longest(text, &tokens[m..j], Kind::Org) == Some(1)
        && (super::context::is_given_name(text, &tokens[k])
            || tokens[k].kind == TokenKind::Word && tokens[k].span.len() >= 3 && LEXICON.info(text, &tokens[k]).is_none())
}

/// Is the one-word title at `m`, ending the run `[k, j)` (but for a suffix), the surname of the name at `k`: "Stephen
/// King", "Afzal Shah" (the first word a listed given name, or a word no list holds)?
pub(super) fn title_surname(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    // (no article before it: "is a Dynamic Speaker" names a role)
    let unlisted = || tokens[k].kind == TokenKind::Word && tokens[k].span.len() >= 3 && !is_shouted(text, &tokens[k]) && LEXICON.info(text, &tokens[k]).is_none()
        && !(k > 0 && matches!(tokens[k - 1].text(text), "a" | "an" | "the"));
    (LEXICON.is(text, &tokens[k], Kind::GivenName) || m == k + 1 && unlisted()) && LEXICON.longest(text, &tokens[m..j], Kind::Title) == Some(1)
        && tokens[m + 1..j].iter().all(|t| crate::one_of(t.text(text), &["Jr", "Sr", ".", "II", "III"]))
}

/// Is the word at `m` a religious or pilgrim's honorific inside a name opened by a given name, before another name word:
/// "Hassan Sheikh Mohamud", "Abdullahi Haji Ali" (not opening it: "Sheikh Tamim" keeps its title out)?
pub(super) fn honorific_inside(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    m > k && m + 1 < j && matches!(text.as_bytes()[tokens[m].span.start], b'H' | b'M' | b'S') && one_of(tokens[m].text(text), &["Haji", "Hajji", "Mullah", "Sheik", "Sheikh"])
        && LEXICON.is(text, &tokens[m - 1], Kind::GivenName) && is_cap(text, &tokens[m + 1]) && !is_connector(text, &tokens[m + 1])
}

/// Does the word at `m` (second in the piece from `k`, or a title further on) own the rest of the run by a possessive, so
/// that the name goes on through it: "Information Commissioner's Office", "Prime Minister's Office", "Marion County
/// Sheriff's Office" (not "... and King's College")?
pub(super) fn title_owns(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    m + 2 < j && matches!(tokens[m + 1].text(text), "'s" | "’s") && !tokens[m + 1].space_before && (m == k + 1 || LEXICON.is(text, &tokens[m], Kind::Title) && !super::is_connector(text, &tokens[m - 1]))
}

/// Does an honorific stand right before `k`, making a firm's one word there the family's: "Mr Adani", "Ms. Tata"?
pub(super) fn honoured(text: &str, tokens: &[Token], k: usize) -> bool {
    let honorific = |p: usize| super::company::one_of(tokens[p].text(text), &["Mr", "Mrs", "Ms", "Dr"]);
    k > 0 && (honorific(k - 1) || k > 1 && tokens[k - 1].text(text) == "." && honorific(k - 2))
}

/// Does the possessive at `p` own a body named by two words or more that end with an organisation's keyword,
/// "Ruto's United Democratic Alliance", "Carlisle's Trinity School"? Then the word before it is the owner, no
/// word of the body's name. (Not a brand's own possessive before a plural, "Moody's Investors Service", nor
/// before one word, "Sainsbury's Bank", "Chuy's Holdings", nor an ensemble named after its leader, "Elfa's Big Band".)
pub(super) fn owns_named_body(text: &str, tokens: &[Token], p: usize, m: usize) -> bool {
    let body = &tokens[p + 1..m];
    matches!(tokens[p].text(text), "'s" | "’s") && body.len() >= 2 && body.iter().all(|t| t.kind == TokenKind::Word && is_cap(text, t))
        && !super::context::is_plural_name(text, &body[0]) && ends_with_org_keyword(text, body) && !one_of(body[body.len() - 1].text(text), &["Band", "Orchestra"])
}

/// Where an organisation guessed over "X of <a listed place>" (piece `[k, m)`, labelled by `rule`) ends when X names it
/// and the place says where it is from: "Benetton of Italy", "Kia Motor Corp of South Korea" (X opens with no keyword
/// and ends with none but a legal form: not "Bank of England", "Communist Party of China", "Museum of London", "Boy
/// Scouts of America").
#[inline(never)] // once, out of the run classifier
pub(super) fn org_of_place(text: &str, tokens: &[Token], k: usize, m: usize, rule: &str) -> Option<usize> {
    if !matches!(rule, "span_model" | "org_keyword") {
        return None;
    }
    let p = (k + 1..m.saturating_sub(1)).find(|&p| tokens[p].text(text) == "of")?;
    let name = &tokens[k..p];
    let last = name[name.len() - 1].text(text);
    let fits = LEXICON.longest_among(text, &tokens[p + 1..m], &[Kind::Country, Kind::Region, Kind::City]).is_some_and(|(n, _)| n == m - p - 1)
        && !starts_with_org_head(text, &tokens[k..m]) && LEXICON.longest(text, name, Kind::Title).is_none()
        // (a compass district names a part of the place, no body from it: "Southern District of New York")
        && !(super::is_compass(name[0].text(text)) && LEXICON.extra_of(text, &name[name.len() - 1], Kind::NameKeyword).is_some())
        && (crate::one_of(last, super::super::LEGAL_SUFFIXES) || rule == "span_model" && !ends_with_org_keyword(text, name) && !LEXICON.is(text, &name[name.len() - 1], Kind::OrgKeyword)
            // (a plural names the members of a body: "Boy Scouts of America", "Communications Workers of America")
            && (!last.ends_with('s') || last.ends_with("ss")));
    fits.then_some(p)
}

/// The rule of a run the model took for a place or an organisation, or for no name, that names a person: "Iga Swiatek
/// of Poland" ([`person_of_place`], the model's rule), a name with a particle ("Joost van der Westhuizen"), or the one
/// unknown word before "administration", its leader ("the Biden administration").
pub(super) fn person_of(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<&'static str> {
    if m == k + 1 && tokens.get(m).is_some_and(|t| t.text(text) == "administration") {
        return Some("leader_administration");
    }
    // a Dutch or German particle inside a name of three words or more: "Joost van der Westhuizen", "Erik ten Hag"
    if m >= k + 3 && (k + 1..m - 1).any(|p| matches!(tokens[p].text(text), "van" | "von" | "ten" | "ter")) && is_cap(text, &tokens[m - 1]) {
        return Some("name_particle");
    }
    person_of_place(text, tokens, k, m).then_some("span_model")
}

/// "Iga Swiatek of Poland": is a guess of organisation or place over "X of <a listed place>" (tokens `k..m`) a
/// person, X alone reading as one (not "Hockey Hall of Fame", "Kia Motor Corp of South Korea")?
fn person_of_place(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let Some(p) = (k + 2..m.saturating_sub(1)).find(|&p| tokens[p].text(text) == "of") else { return false };
    LEXICON.longest_among(text, &tokens[p + 1..m], &[Kind::Country, Kind::Region, Kind::City]).is_some()
        && !ends_with_org_keyword(text, &tokens[k..p])
        && model::classify(text, tokens, k, p, false).is_some_and(|(l, _)| l == Some(Label::Person))
}

/// Is the run ending at `j` two firms, a listed organisation's name ending before the "and" at `p` and another with its
/// own keyword after it: "Goldman Sachs and Arctic Securities" (not one body joining two fields or places with "and":
/// "Food and Drug Administration", "England and Wales Cricket Board", whose first part is no listed organisation)?
pub(super) fn two_firms(text: &str, tokens: &[Token], p: usize, j: usize, label: Label) -> bool {
    label == Label::Org && tokens[p].text(text) == "and" && p + 2 < j
        && super::labels::keyword_label(text, &tokens[p + 1..j]).is_some_and(|(l, _)| l == Some(Label::Org))
}

/// Is the "and" at `m` between a name ending in a place's keyword and a firm's name with its own keyword, two names:
/// "Olive Garden and LongHorn Steakhouse", "Madison Square Garden and Vexon Foods" (not "Food and Drug Administration")?
pub(super) fn venue_and_firm(text: &str, tokens: &[Token], m: usize, j: usize) -> bool {
    // (not one council's two areas: "St Albans City and District Council")
    let area = |t: &Token| LEXICON.info(text, t).is_some_and(|i| i.any(&[Kind::NameKeyword, Kind::OrgKeyword])) || one_of(t.text(text), super::labels::AREAS);
    tokens[m].text(text) == "and" && m > 0 && m + 2 < j && LEXICON.extra_of(text, &tokens[m - 1], Kind::NameKeyword) == Some("place-suffix")
        && !area(&tokens[m + 1]) && super::labels::keyword_label(text, &tokens[m + 1..j]).is_some_and(|(l, _)| l == Some(Label::Org))
}

/// Is the one-word title at `k` (`len` words) the first word of a firm, the run `[k, j)` being it and a firm's keyword
/// that is no surname: "Premier Health", "President Energy" (not "Mayor Post", "Senator Bank")?
pub(super) fn title_opens_firm(text: &str, tokens: &[Token], k: usize, len: usize, j: usize) -> bool {
    len == 1 && j == k + 2 && ends_with_org_keyword(text, &tokens[k..j]) && !LEXICON.is(text, &tokens[k + 1], Kind::Surname)
}

/// Is the title at `k` a short form that names a rank only before a listed name or "Sir" ("Gen Mark Milley", "Col Tim
/// Collins"), here not: "Gen Z" is a generation, "Col du Tourmalet" a mountain pass?
pub(super) fn no_rank(text: &str, tokens: &[Token], k: usize, len: usize) -> bool {
    len == 1 && matches!(tokens[k].text(text), "Gen" | "Col")
        && !(tokens[k + 1].text(text) == "Sir" || LEXICON.info(text, &tokens[k + 1]).is_some_and(|i| i.any(&[Kind::GivenName, Kind::Surname])))
}

/// A one-word title inside a long run before a given name ends the name before it, whatever keyword ends the run:
/// "Los Angeles City Councilmember Traci Park" is a place and a person, not one park (the run after it comes next).
/// Returns where the run `[i, j)` ends.
pub(super) fn title_cut(text: &str, tokens: &[Token], i: usize, j: usize, shouting: bool) -> usize {
    // "House Democratic leader Hakeem Jeffries", "Many House Democrats were": a chamber and its party's caucus before a
    // lower-case word, two names
    // (the run's length and the chamber's word first: most runs need no look-up)
    let s = j.saturating_sub(2);
    if (s == i || s == i + 1) && matches!(text.as_bytes()[tokens[s].span.start], b'H' | b'S' | b'A') && matches!(tokens[s].text(text), "House" | "Senate" | "Assembly") && !shouting
        && (s == i || is_function_word(text, &tokens[i], false))
        && LEXICON.is(text, &tokens[s + 1], Kind::Group)
        && tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && !is_cap(text, t))
    {
        return s + 1;
    }
    // "Paul Karp Chief political correspondent", "Amy Lane Political editor": a byline's desk after a two-word name, its first word
    // capitalised, is no word of the name
    if j == i + 3 && desk_after(text, tokens, j) && super::context::is_given_name(text, &tokens[i]) {
        return j - 1;
    }
    if j < i + 4 || shouting || LEXICON.longest(text, &tokens[i..j], Kind::Title).is_some() {
        return j;
    }
    // (the first title from the left, whole: "Singapore Prime Minister Lee", "U.S. District Judge Robert Pitman")
    let title_at = |p: usize| LEXICON.longest(text, &tokens[p..j], Kind::Title).filter(|&len| p + len + 1 < j && LEXICON.is(text, &tokens[p + len], Kind::GivenName));
    // (only where the name before it is listed or a keyword would take the whole run: not "U.S. Assistant Secretary of
    // State John Kornblum", "Panamanian Boxing Association President Ramon Manzanares")
    match (i + 1..j - 2).find(|&p| title_at(p).is_some()) {
        Some(p) if keyword_label(text, &tokens[i..j]).is_some() || LEXICON.longest_among(text, &tokens[i..p], LIST_KINDS).is_some_and(|(n, _)| i + n == p) => p,
        _ => j,
    }
}

/// Does the name from `k` go on through the known name at `m` in the run `[k, j)`: a place of several words across it, a
/// one-word title that ends a name opened by a given name ("Stephen King"), a country or a firm that is a surname ("Michael
/// Jordan", "Henry Ford"), a title owning the rest ("Information Commissioner's Office"), or a one-word organisation inside a
/// name its keyword ends ("Tigray People's Liberation Front", not the newspaper "Liberation"), or a title after "and" there?
pub(super) fn name_goes_on(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    // (a landscape's word before a known place names a landmark: "Mount Kenya", "Lake Geneva")
    m == k + 1 && matches!(LEXICON.extra_of(text, &tokens[k], Kind::NameKeyword), Some("place-head" | "both-place"))
        && LEXICON.longest_among(text, &tokens[m..j], &[Kind::Country, Kind::City, Kind::Region]).is_some()
        || adjective_opens(text, tokens, k, m, j) || super::run::place_across(text, tokens, k, m, j) || title_surname(text, tokens, k, m, j) || country_surname(text, tokens, k, m, j)
        || firm_surname(text, tokens, k, m, j) || title_owns(text, tokens, k, m, j) || honorific_inside(text, tokens, k, m, j)
        || m < j && LEXICON.longest(text, &tokens[m..j], Kind::Org) == Some(1) && ends_with_org_keyword(text, &tokens[k..j])
            && LEXICON.info(text, &tokens[m]).is_some_and(|i| !i.any(&[Kind::Title, Kind::Country, Kind::Demonym, Kind::City, Kind::Region]))
        // (or a one-word title after "and", before the keyword ending the run: "Freedom and Justice Party")
        || m + 2 == j && tokens[m - 1].text(text) == "and" && LEXICON.longest(text, &tokens[m..j], Kind::Title) == Some(1) && ends_with_org_keyword(text, &tokens[k..j])
}

/// An adjective of rank or a party's opening a name whose keyword ends the run goes on through the demonym, country or
/// compass word after it: "Great Western Railway", "Royal Welsh College", "South Western Railway", "United Thai Nation
/// Party", "Great Indonesia Movement Party", not "Great" and "Western Railway"; or through a one-word organisation ending
/// the run, "National Treasury".
fn adjective_opens(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    m == k + 1 && crate::one_of(tokens[k].text(text), &["Great", "Grand", "Royal", "National", "Imperial", "Central", "General", "North", "South", "East", "West", "United", "New", "Free"])
        && (m + 1 < j && LEXICON.info(text, &tokens[m]).is_some_and(|i| i.any(&[Kind::Demonym, Kind::Country])) && keyword_label(text, &tokens[k..j]).is_some_and(|(l, _)| l.is_some())
            // ... or through a one-word organisation that ends the run: "the National Treasury"
            || m + 1 == j && LEXICON.longest(text, &tokens[m..j], Kind::Org) == Some(1))
}

/// Titles of address that name a person, never a venue after them (unlike "King Power Stadium", "Queen Elizabeth Hospital").
const COURTESY_TITLES: &[&str] = &["Judge", "Justice", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Detective", "Inspector", "Sergeant", "Constable", "Officer", "Senator", "Coach"];

/// Does the one-word title at `k` open a venue's or an institution's name that ends at `j` with a place's or an
/// organisation's keyword: "King Power Stadium", "Queen Elizabeth University Hospital", "King Abdulaziz University"?
/// Not an office ("Councilmember Traci Park"), nor a title of address ("Judge Miriam Castle said").
pub(super) fn title_opens_venue(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    j >= k + 3 && LEXICON.extra_of(text, &tokens[k], Kind::Title) != Some("role") && !super::company::one_of(tokens[k].text(text), COURTESY_TITLES)
        && (matches!(LEXICON.extra_of(text, &tokens[j - 1], Kind::NameKeyword), Some("place-suffix" | "both-place")) || ends_with_org_keyword(text, &tokens[k..j]))
}

/// An office or a title of address in the plural before a given name, one word: "Senators Elizabeth Warren and Bernie
/// Sanders" (not a crown's: "Queens Park Rangers").
pub(super) fn plural_title(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    // (the given name first: a token's tag, where the plural takes a look-up)
    let w = tokens[k].text(text).strip_suffix('s').filter(|_| tokens.get(k + 1).is_some_and(|t| LEXICON.is(text, t, Kind::GivenName)))?;
    let office = LEXICON.word(w).and_then(|i| i.extra(Kind::Title)) == Some("role") || super::company::one_of(w, COURTESY_TITLES);
    office.then_some(1)
}

/// A capitalised function word inside a sentence, after a lower-case word, opening a run that ends in an organisation's
/// keyword, is the name's first word: "members of Just Stop Oil" (not "The": "supporting The Used" is read apart).
pub(super) fn function_word_opens_org(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    j > k + 1 && !sentence_opener(text, tokens, k) && tokens[k].text(text) != "The"
        && tokens[k - 1].kind == TokenKind::Word && tokens[k - 1].text(text).starts_with(|c: char| c.is_lowercase())
        && ends_with_org_keyword(text, &tokens[k..j])
}

/// Do lower-case words on the line from `j` name a newsroom desk: "political correspondent", "editor"?
fn desk_after(text: &str, tokens: &[Token], j: usize) -> bool {
    let word = |p: usize| tokens.get(p).filter(|t| t.kind == TokenKind::Word && !t.newline_before && !is_cap(text, t)).map(|t| t.text(text));
    let desk = |p: usize| word(p).is_some_and(|w| crate::segment::DESKS.contains(&w));
    desk(j) || word(j).is_some() && (desk(j + 1) || word(j + 1).is_some() && desk(j + 2))
}

/// A body named for what it stands against or does without: "Against" or "Without" inside a run of capitalised words,
/// a plain word before it ("Surfers Against Sewage", "Campaign Against Arms Trade", "Engineers Without Borders").
/// Returns where the name starts: after a capitalised "The" or the last lower-case word before it ("co-founder of
/// Australians Against Further Immigration").
pub(super) fn against_name(text: &str, tokens: &[Token], i: usize, j: usize) -> Option<usize> {
    // (both words have seven bytes: a word of any other length is not sliced)
    let k = (i + 1..j - 1).find(|&k| tokens[k].span.len() == 7 && matches!(tokens[k].text(text), "Against" | "Without"))?;
    let s = (i..k).rev().find(|&t| !is_cap(text, &tokens[t]) || tokens[t].text(text) == "The").map_or(i, |t| t + 1);
    (s < k && !is_function_word(text, &tokens[k - 1], false) && is_cap(text, &tokens[k + 1])).then_some(s)
}
