//! How a capitalised piece gets its label once the run is cut: the keywords at
//! its head or end (`keywords.rs`), titles before it, the span model and the
//! name-shape fallbacks; plus the word tests the run cutter uses.
//!
//! Input: tokens of one sentence and a piece `[k, m)` of them. Output: a label
//! (or "no entity") and the rule that gave it. Lookups go through [`LEXICON`];
//! nothing here allocates per token.

use super::super::lexicon::{Entry, Kind, LEXICON};
use super::super::model;
use super::company::one_of;
use super::{is_cap, is_coinage, is_initial, is_shouted};
pub(super) use super::keywords::{ends_with_org_keyword, inner_org_head, keyword_label, named_for_subject, opens_with_keyword_of, starts_with_org_head, AREAS};
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};

/// The label of a piece that a keyword or a title settles; `Some((None, _))` is "no entity".
/// `after_title` is asked only when no keyword settles the piece.
pub(super) fn ruled(text: &str, words: &[Token], after_title: impl FnOnce() -> bool) -> Option<(Option<Label>, &'static str)> {
    let initials = || words.len() >= 3 && is_initial(text, &words[0]) && words[1].text(text) == "." && looks_like_person(text, words, false);
    keyword_label(text, words)
        // (not a lone organisation or place keyword: "Major League Baseball", "Duke Street")
        .or_else(|| (after_title() && !(words.len() == 1 && (LEXICON.is(text, &words[0], Kind::OrgKeyword) || LEXICON.is(text, &words[0], Kind::NameKeyword)))).then_some((Some(Label::Person), "after_title")))
        .or_else(|| initials().then_some((Some(Label::Person), "initials")))
}

/// The rule of a lone hyphenated name the document pass takes for a firm (`make_consistent`): still a guess.
pub(crate) const HYPHENATED: &str = "hyphenated_name";

/// The label of a piece nothing else settles: the model, or without one the old fallbacks.
pub(super) fn judge(text: &str, tokens: &[Token], k: usize, m: usize, shouting: bool) -> (Option<Label>, &'static str) {
    let words = &tokens[k..m];
    // a currency's name alone is the currency, not the surname it also is: "Sterling fell", "the Rand rallied"
    // (a namesake's full name in the text still makes it a person: "Raheem Sterling ... Sterling scored")
    if m == k + 1 && words[0].span.len() > 3 && LEXICON.is(text, &words[0], Kind::Currency) && !tokens.get(m).is_some_and(|t| t.kind == TokenKind::Number) {
        return (None, "currency_word");
    }
    // an honour alone is no organisation: "she handed back her CBE", "awarded an OBE"
    if m == k + 1 && tokens[k].span.len() == 3 && crate::one_of(tokens[k].text(text), &["OBE", "MBE", "CBE", "KBE", "DBE"]) {
        return (None, "span_model");
    }
    if m == k + 2 && b"BFGLPS".contains(&text.as_bytes()[tokens[k].span.start]) && landscape_place(text, tokens, k, m) {
        return (Some(Label::Place), "place_noun");
    }
    if let Some((label, _margin)) = model::classify(text, tokens, k, m, false) {
        // a word and its country joined by a hyphen (a run only [`super::run`] makes) is a body where the model sees none: "Hydro-Québec"
        if label.is_none() && m == k + 3 && tokens[k + 1].text(text) == "-" && super::run::country_or_region(text, &tokens[k + 2]) {
            return (Some(Label::Org), HYPHENATED);
        }
        // a name joined by an Arabic particle (a run only [`super::run`] makes) is a person's: "Ata-ur-Rehman"
        if label.is_none() && m == k + 5 && super::run::arabic_particle_joined(text, tokens, k + 1) {
            return (Some(Label::Person), "name_shape");
        }
        // (where the model sees no organisation: "WH Smith", "AJ Bell" are firms named so)
        if let Some(shaped) = (matches!(label, None | Some(Label::Place)) && !shouting).then(|| caps_initials(text, words)).flatten() {
            return (Some(shaped), "name_shape");
        }
        // an unknown capitalised abbreviation in ordinary text names an organisation ("NCAA", "MTV2"),
        // even where the model guesses a place; not an ordinary word in capitals ("ERA", "AIDS")
        let w = words[0].text(text);
        let hyphen = |t: Option<&Token>| t.is_some_and(|t| t.text(text) == "-" && !t.space_before);
        let acronym = m == k + 1 && !shouting && is_shouted(text, &words[0]) && !w.contains('.')
            && (3..=6).contains(&w.chars().filter(|c| c.is_alphabetic()).count()) && w.chars().next().is_some_and(char::is_alphabetic)
            && !hyphen(tokens.get(k + 1)) && !(k > 0 && hyphen(tokens.get(k)) || k > 0 && tokens[k - 1].text(text) == "-" && !tokens[k].space_before)
            && !LEXICON.is(text, &words[0], Kind::CommonWord)
            // (nor a section's label alone on its line above a headline: "WORLD", "OPINION")
            && !((k == 0 || words[0].newline_before) && tokens.get(m).is_none_or(|t| t.newline_before));
        // a firm's coinage ([`is_coinage`]), not a product before its model's number: "AirPods 4"
        if m == k + 1 && is_coinage(w) && tokens.get(m).is_none_or(|t| t.kind != TokenKind::Number) {
            return (Some(Label::Org), "coined_name");
        }
        // (after a maker's name and a number, the model's designation: "Boeing 737 MAX", no body)
        if acronym && k >= 2 && tokens[k - 1].kind == TokenKind::Number && tokens[k - 1].space_before && is_cap(text, &tokens[k - 2]) {
            return (None, "span_model");
        }
        if matches!(label, None | Some(Label::Place)) && acronym {
            return (Some(Label::Org), "acronym");
        }
        // two or three uncommon words ending in a known surname, or opened by initials, are a person: "Jansher Khan", "A. Dale"
        let dash = |i: usize| tokens.get(i).is_some_and(|t| t.text(text) == "-" && !t.space_before);
        let hyphen_pair = m == k + 1 && (dash(m) && tokens.get(m + 1).is_some_and(|t| is_cap(text, t)) || k >= 2 && dash(k - 1) && is_cap(text, &tokens[k - 2]) && !tokens[k].space_before);
        if label.is_none() && looks_like_person(text, words, hyphen_pair) || label != Some(Label::Person) && double_barrelled(text, words) {
            return (Some(Label::Person), "name_shape");
        }
        // a doctrine or a movement is no person, place or organisation: "Catholicism", "Thatcherism"
        if m == k + 1 && w.len() > 5 && w.ends_with("ism") {
            return (None, "span_model");
        }
        // a middle initial between two names no list places is a person's where the model reads a body: "Ahsan H. Mansur"
        if matches!(label, Some(Label::Org | Label::Place)) && middle_initial(text, words) {
            return (Some(Label::Person), "name_shape");
        }
        // (not an administrative area named after a person: "St. Lucie County", "Mary County")
        let area = words.len() > 1 && one_of(words[words.len() - 1].text(text), AREAS);
        if !matches!(label, Some(Label::Group | Label::Event)) && opens_with_given_name(text, words) && !area {
            return (Some(Label::Person), "given_name");
        }
        // a name of two words or more right after a lower-case noun for someone's work is that person: "Hamas official Basem
        // Naim", "economist Wellian Wiranto" (not after an article: "the official Gazette Times")
        if matches!(label, Some(Label::Org | Label::Place)) && m >= k + 2 && k >= 2 && !tokens[k].newline_before && words.iter().all(|t| is_cap(text, t))
            && text.as_bytes()[tokens[k - 1].span.start].is_ascii_lowercase() && super::context::is_staff_noun(text, &tokens[k - 1])
            && !one_of(tokens[k - 2].text(text), &["the", "a", "an", "The", "A", "An"])
        {
            return (Some(Label::Person), "staff_before");
        }
        // a saint's name with "St" the model takes for a person is a town's or a church's: "gained St Albans", "St. Ives"
        // (a title still makes "Ms St Clair" a person)
        if label == Some(Label::Person) && w == "St" && (m == k + 2 || m == k + 3 && words[1].text(text) == ".") {
            return (Some(Label::Place), "span_model");
        }
        return (label, "span_model");
    }
    if LEXICON.is(text, &words[0], Kind::GivenName) && words.len() > 1 {
        (Some(Label::Person), "given_name")
    } else if words.len() == 1 && LEXICON.is(text, &words[0], Kind::Surname) {
        (Some(Label::Person), "surname_list")
    } else if words.len() == 1 && k == 0 {
        (None, "")
    } else if words.len() >= 2 {
        (Some(Label::Person), "capitalised_pair")
    } else {
        (Some(Label::Person), "capitalised_word")
    }
}

/// Is the two-word piece `[k, m)` after a preposition of place opened by a word for a landscape that is also a given name
/// or a common word, and closed by a word no list names as a person: "homes in Glen Esk", "near Ben Nevis", "in Port Ellen"
/// (not "from Ben Stokes", "to Glen Johnson": a surname after it; but a road or a walk goes only through a place, whatever
/// its second word: "the A82 through Glen Coe", "across Glen Shiel")?
fn landscape_place(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let through = || one_of(tokens[k - 1].text(text), &["through", "across"]);
    m == k + 2 && k > 0 && one_of(tokens[k].text(text), &["Ben", "Fort", "Glen", "Loch", "Port", "Strath"])
        && !tokens[k].newline_before && one_of(tokens[k - 1].text(text), &["in", "In", "near", "at", "around", "outside", "above", "through", "across"])
        && tokens[k + 1].kind == TokenKind::Word && !is_shouted(text, &tokens[k + 1])
        && LEXICON.info(text, &tokens[k + 1]).is_none_or(|i| !i.any(&[Kind::Surname, Kind::GivenName, Kind::Org, Kind::CommonWord]) || through() && !i.any(&[Kind::GivenName, Kind::Org, Kind::CommonWord]))
        && tokens.get(m).is_none_or(|t| !matches!(t.text(text), "'s" | "’s"))
}

/// Is the one word at `k` a listed name that is also an adjective of quantity, opening the sentence before a lower-case
/// word that is no verb: "Total revenue rose", "Net profit fell" (not "Total said")? Then it is no name here (a mention
/// elsewhere may still label it).
pub(super) fn quantity_opener(text: &str, tokens: &[Token], k: usize) -> bool {
    let verb = |w: &str| w.ends_with("ed") || one_of(w, &["and", "had", "has", "is", "said", "says", "was", "will", "would"]);
    // (the letters first: most listed names are none of these, and most are followed by no lower-case word)
    let lower_next = || tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && text.as_bytes()[t.span.start].is_ascii_lowercase());
    matches!(text.as_bytes()[tokens[k].span.start], b'A' | b'C' | b'G' | b'N' | b'O' | b'T') && lower_next() && one_of(tokens[k].text(text), &["Average", "Combined", "Gross", "Net", "Overall", "Total"])
        && super::context::sentence_opener(text, tokens, k) && !verb(tokens[k + 1].text(text))
}

/// Is the name `[k, m)` of one or two words, opened by no given name, the subject of a passive verb that floods, shells or
/// empties a place: "Lokoja was flooded", "Fort Myers was inundated overnight", "Kherson was shelled again"? (a person is
/// rarely named so; the document's surer mentions still outvote it)
pub(super) fn place_verb_after(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| !t.newline_before && t.kind == TokenKind::Word).map_or("", |t| t.text(text));
    let at = match (word(m), word(m + 1)) {
        ("was" | "were" | "is" | "are", _) => m + 1,
        ("has" | "had" | "have", "been") => m + 2,
        _ => return false,
    };
    m <= k + 2 && !LEXICON.is(text, &tokens[k], Kind::GivenName) && one_of(word(at), &["bombarded", "engulfed", "evacuated", "flattened",
        "flooded", "inundated", "lashed", "ravaged", "razed", "shelled", "submerged", "swamped"])
}

/// Two initials in capitals, listed as nothing, and a name no list holds but as a person's: "KL Rahul", "PV Sindhu",
/// "JK Rowling", "AB de Villiers" (not "SK Hynix", listed; "RB Leipzig", a city; "EU Commission"). The caller asks only
/// where the model sees no organisation. Two initials and a word of a shop's or a service's name are a firm: "AO World".
fn caps_initials(text: &str, words: &[Token]) -> Option<Label> {
    let w = words[0].text(text).as_bytes();
    let personal = |t: &Token| t.kind == TokenKind::Word && is_cap(text, t) && !is_shouted(text, t)
        && entries(text, t).iter().all(|e| matches!(e.kind, Kind::Surname | Kind::GivenName));
    let shape = (2..=3).contains(&words.len()) && w.len() == 2 && w.iter().all(u8::is_ascii_uppercase) && LEXICON.info(text, &words[0]).is_none()
        && !super::context::is_common_abbreviation(text, &words[0])
        && words.last().is_some_and(personal) && (words.len() == 2 || one_of(words[1].text(text), &["de", "van", "du", "le"]));
    let shop = || one_of(words[words.len() - 1].text(text), &["Digital", "Direct", "Home", "Online", "Retail", "Stores", "Travel", "World"]);
    shape.then(|| if shop() { Label::Org } else { Label::Person })
}

/// A first name and a double-barrelled surname, no word of them common or listed as a place or an organisation:
/// "Emiliano García-Page", "Yolanda Díaz-Pérez" (the model reads the hyphen as a company's: "Rolls-Royce").
fn double_barrelled(text: &str, words: &[Token]) -> bool {
    let plain = |t: &Token, common: bool| {
        t.kind == TokenKind::Word && !is_shouted(text, t)
            && LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::City, Kind::Region, Kind::Country, Kind::Org, Kind::Demonym]) && (common || !i.has(Kind::CommonWord)))
    };
    // (the second half of the surname may be an ordinary word: "García-Page", "Long-Bailey")
    words.len() == 4 && words[2].text(text) == "-" && !words[2].space_before && !words[3].space_before
        && plain(&words[0], false) && plain(&words[1], false) && plain(&words[3], true)
}

/// Two to four plain words opened by an unambiguous given name: "Alfred Hershey", "Henrique Lopes de Mendonça",
/// "Kevin De Bruyne" (not "Victoria Park"); or a name, a capitalised surname particle and a name that no list places:
/// "Marine Le Pen", "Virgil Van Dijk".
fn opens_with_given_name(text: &str, words: &[Token]) -> bool {
    // (a month's short form before a hyphen is the first half of a given name: "Jan-Lennard Struff")
    let plain_given = || LEXICON.is(text, &words[0], Kind::GivenName)
        && (words[1].text(text) == "-" && LEXICON.is(text, &words[0], Kind::Month) || entries(text, &words[0]).iter().all(|e| e.kind == Kind::GivenName && e.extra.is_none()));
    // a particle in either case: "de Gaulle", "De Bruyne" (the capitalised ones are also ordinary or foreign words in the lists)
    let particle = |t: &Token| {
        let w = t.text(text);
        w.len() <= 3 && ["de", "da", "do", "dos", "van", "von", "der", "di", "del", "la", "le", "ten", "ter", "bin", "ibn", "abu", "al", "el"]
            .iter().any(|p| w.eq_ignore_ascii_case(p))
            || w == "-" // the hyphen of an Arabic article: "Majed al-Ansari"
    };
    let name = |t: &Token| t.kind == TokenKind::Word && is_cap(text, t) && !is_shouted(text, t) && !LEXICON.is(text, t, Kind::CommonWord);
    let unplaced = |t: &Token| LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::City, Kind::Region, Kind::Country, Kind::Org]));
    let n = words.len();
    // the length first: most pieces are one word, and need no look-up
    (2..=4).contains(&n) && words.last().is_some_and(name) && words[1..].iter().all(|t| name(t) || particle(t))
        && (plain_given() || n >= 3 && particle(&words[1]) && is_cap(text, &words[1]) && name(&words[0]) && unplaced(&words[0]) && unplaced(&words[n - 1]))
}

/// Is the piece a capitalised word, an initial, its full stop and a capitalised word, neither word a listed place or
/// body nor an everyday word: "Leonard A. Lauder" (not "Washington D.C.", "Fort A. Hill Park")?
fn middle_initial(text: &str, words: &[Token]) -> bool {
    let name = |t: &Token| t.kind == TokenKind::Word && t.span.len() > 1 && is_cap(text, t) && !is_shouted(text, t)
        && LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::City, Kind::Region, Kind::Country, Kind::Org, Kind::CommonWord, Kind::OrgKeyword, Kind::NameKeyword]));
    words.len() == 4 && is_initial(text, &words[1]) && words[2].text(text) == "." && name(&words[0]) && name(&words[3])
}

pub(super) fn looks_like_person(text: &str, words: &[Token], hyphen_pair: bool) -> bool {
    // the words of the piece (not its punctuation), walked again where needed instead of collected
    let names = || words.iter().filter(|t| t.kind == TokenKind::Word);
    let count = names().count();
    let initials = words.len() >= 3 && is_initial(text, &words[0]) && words[1].text(text) == ".";
    let uncommon = || names().filter(|t| !is_initial(text, t)).all(|t| !LEXICON.is(text, t, Kind::CommonWord) && !is_shouted(text, t));
    let plain = |t: &Token, kind: Kind| entries(text, t).iter().any(|e| e.kind == kind && e.extra.is_none());
    let last = || names().next_back().is_some_and(|t| plain(t, Kind::Surname));
    // a lone name in a hyphenated pair ("the Kim-Putin summit")
    let paired = || count == 1 && names().next().is_some_and(|t| plain(t, Kind::Surname) || plain(t, Kind::GivenName));
    // the shape first: a lone word outside a hyphenated pair needs no look-up
    (initials || (2..=3).contains(&count) && last() || hyphen_pair && paired()) && uncommon()
}

/// A function word ("Besides", "And", "I've"); in capitals only inside an all-caps line ("US" is a country).
/// "65th", "101st", "Fourth", "eighth": a number word or numeral ending like an ordinal.
pub(super) fn is_ordinal(w: &str) -> bool {
    const WORDS: &[&str] = &["first", "second", "third", "fifth", "eighth", "ninth", "twelfth"];
    let lower_end = |suffix: &str| w.len() > suffix.len() && w.get(w.len() - suffix.len()..).is_some_and(|e| e.eq_ignore_ascii_case(suffix));
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return ["st", "nd", "rd", "th", "d"].iter().any(|s| &w[digits..] == *s);
    }
    WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)) || lower_end("th") && super::super::word_is(w, Kind::NumberWord)
}

pub(super) fn is_function_word(text: &str, t: &Token, shouting: bool) -> bool {
    LEXICON.is(text, t, Kind::Stopword) && (shouting || !is_shouted(text, t) || t.text(text).chars().count() < 2)
}

/// Does the function word at `k` that is also a given name open a person's name: "Will" before a listed surname ("Will
/// Smith was not there"), not a question's modal ("Will Trump win?"). Looked at only for a run a function word opens.
pub(super) fn given_name_not_modal(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    let next = || &tokens[k + 1];
    j > k + 1 && next().space_before && LEXICON.is(text, next(), Kind::Surname) && LEXICON.is(text, &tokens[k], Kind::GivenName)
        && !LEXICON.is(text, &tokens[k], Kind::Month)
        // (the sentence ends with no question mark: a few dozen words looked at, once per such run)
        && tokens[j..].iter().take(60).map(|t| t.text(text)).find(|w| matches!(*w, "." | "?" | "!")) != Some("?")
}

/// Do the capitalised words from `p` on (at most four, up to a title) end in an organisation suffix ("... Technical College")?
/// Railways are named after the places they join: "Portland and Ogdensburg Railroad".
pub(super) fn org_suffix_ahead(text: &str, tokens: &[Token], p: usize) -> bool {
    // (a title ends the name: "Health and Human Services Secretary Robert F. Kennedy")
    let end = (p..tokens.len().min(p + 4))
        .take_while(|&q| is_cap(text, &tokens[q]) && (q == p || tokens[q].space_before && LEXICON.longest(text, &tokens[q..], Kind::Title).is_none()))
        .last();
    let railway = |e: usize| matches!(tokens[e].text(text), "Railway" | "Railroad" | "Railways" | "Canal");
    !is_function_word(text, &tokens[p], false)
        && end.is_some_and(|e| ends_with_org_keyword(text, &tokens[p.saturating_sub(1)..=e]) || e > p && railway(e))
}

/// Is `tokens[p]` a capitalised word that starts no list name, title or function word?
pub(super) fn is_unknown_name_at(text: &str, tokens: &[Token], p: usize, j: usize) -> bool {
    // a switch into capitals ends a name: "Russia LIVE UPDATES"
    let shout_switch = p > 0 && is_shouted(text, &tokens[p]) && !is_shouted(text, &tokens[p - 1]);
    is_cap(text, &tokens[p]) && !shout_switch && !is_function_word(text, &tokens[p], false)
        && LEXICON.longest_among(text, &tokens[p..j], &[Kind::Title, Kind::Demonym, Kind::Country, Kind::Group, Kind::Event, Kind::Org, Kind::Region, Kind::City]).is_none()
}

/// Does a list name start at `k` (so a function word there is part of it: "The Hague")?
pub(super) fn is_listed_at(text: &str, tokens: &[Token], k: usize, j: usize) -> bool {
    // (a listed "The Australian" before more of a run's capitalised words opens a longer name, which "The" is no part of:
    // "The Australian Competition and Consumer Commission")
    LEXICON.longest_among(text, &tokens[k..j], &[Kind::Org, Kind::City, Kind::Country, Kind::Region, Kind::Event]).is_some_and(|(len, _)| len > 1
        && !(k + len < j && tokens[k].text(text) == "The" && is_cap(text, &tokens[k + len])))
}

pub(super) fn starts_known(text: &str, rest: &[Token]) -> bool {
    LEXICON.longest_among(text, rest, &[Kind::Title, Kind::Demonym, Kind::Country, Kind::Org]).is_some()
}

pub(super) fn is_title_before(text: &str, tokens: &[Token], i: usize) -> bool {
    (1..=3.min(i)).any(|len| {
        LEXICON.phrase_extra(text, &tokens[i - len..i], Kind::Title) == Some("person")
    })
}

/// Does the one word at `i` open a hyphenated title ("Vice-President", "Vice-Admiral")?
pub(super) fn title_half(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| !t.space_before && t.text(text) == "-") && LEXICON.longest(text, &tokens[i..tokens.len().min(i + 3)], Kind::Title) == Some(3)
}

/// Every list entry of one token's own key.
pub(super) fn entries<'a>(text: &str, t: &Token) -> &'a [Entry] {
    LEXICON.info(text, t).map_or(&[], |i| i.entries())
}

/// The name lists, most specific first (a tie in length goes to the first).
pub(super) const LIST_KINDS: &[Kind] = &[Kind::Demonym, Kind::Country, Kind::Group, Kind::Event, Kind::Org, Kind::Region, Kind::City];

pub(super) fn list_label(kind: Kind) -> (Label, &'static str) {
    match kind {
        Kind::Demonym => (Label::Group, "demonym_list"),
        Kind::Country => (Label::Place, "country_list"),
        Kind::Group => (Label::Group, "group_list"),
        Kind::Event => (Label::Event, "event_list"),
        Kind::Org => (Label::Org, "org_list"),
        Kind::Region => (Label::Place, "region_list"),
        _ => (Label::Place, "city_list"),
    }
}

/// "Labour costs rose", "Labor shortages persist": the party's word opening a sentence before a noun of work it modifies
/// is the common noun, no party ("Labour leader", "Labour MPs" are the party's).
pub(super) fn labour_noun(text: &str, tokens: &[Token], k: usize) -> bool {
    matches!(tokens[k].span.len(), 5 | 6) && matches!(tokens[k].text(text), "Labour" | "Labor") && super::context::sentence_opener(text, tokens, k)
        && tokens.get(k + 1).is_some_and(|t| !t.newline_before && one_of(t.text(text), &["camps", "costs", "force", "laws", "market", "markets", "productivity", "shortages", "supply", "unrest"]))
}
