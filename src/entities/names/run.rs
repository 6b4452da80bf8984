//! Where a capitalised run ends: the words that join capitalised words into one
//! name ("Bank of England", "Ursula von der Leyen", "Jean-Luc", "AT&T", "St.
//! Louis", "King's College London", "Centre for the Study of ...").
//!
//! Input: one sentence's tokens, the all-caps line flags, the tokens already
//! taken by number patterns, and the run's first token. Output: the end of the
//! run (exclusive). Each step looks at a fixed number of tokens.

use super::super::lexicon::{Kind, LEXICON};
use super::company::one_of;
use super::context::*;
use super::labels::*;
use super::shape::*;
use crate::segment::{Token, TokenKind};

/// Where the run whose first capital is token `i` starts: at a lower-case Arabic article joined to it ("claimed by
/// al-Qaeda", "at al-Aqsa"), which [`extend_run`] carries through its hyphen (not in a line in capitals, where it would not).
pub(super) fn article_start(text: &str, tokens: &[Token], shouting: &[bool], taken: &[bool], i: usize) -> usize {
    let joined = !tokens[i].space_before && i >= 2 && !taken[i - 2] && !shouting[i - 1] && super::shape::joined_article(text, tokens, i - 2);
    if joined { i - 2 } else { i }
}

/// The end of the capitalised run that starts at `i`: capitalised words and the connectors, particles, initials,
/// possessives and hyphens that join them into one name ("Bank of England", "Ursula von der Leyen", "AT&T").
pub(super) fn extend_run(text: &str, tokens: &[Token], shouting: &[bool], taken: &[bool], i: usize) -> usize {
    let n = tokens.len();
    let mut j = i + 1;
    loop {
        if j < n && !taken[j] && !tokens[j].newline_before && is_cap(text, &tokens[j]) && tokens[j].space_before && !plural_initials(text, &tokens[j]) {
            j += 1;
            continue;
        }
        if tokens.get(j).is_none_or(|t| t.kind == TokenKind::Word && t.span.len() > 4) {
            break; // every other joiner is punctuation or a word of at most four bytes ("of", "von", "'s", an initial)
        }
        // the word at `j`, sliced once for all the tests below (not for the capitalised words and long words above, most of them)
        let w = tokens[j].text(text);
        if j + 1 < n && !taken[j + 1] && !tokens[j + 1].newline_before && is_cap(text, &tokens[j + 1]) && !shouting[j]
            // (and Portuguese "of the", not after a function word: "Palácio do Planalto", not "Why do Democrats"; Filipino "dela")
            && (is_connector_word(w) || matches!(w, "do" | "dos" | "das" | "dela") && !is_function_word(text, &tokens[j - 1], false))
            // (an article in capitals opens a work's title, no part of the name: "Academy Awards for The Prime of ...")
            && !matches!(tokens[j + 1].text(text), "The" | "A" | "An")
            // (a firm's or a club's suffix ends its name: "paid Bay FC for Naomi Girma", "Lanxo Ltd of Leeds")
            && !(tokens[j - 1].text(text) == "FC" || one_of(tokens[j - 1].text(text), crate::entities::LEGAL_SUFFIXES))
        {
            j += 2;
        } else if j + 2 < n && !taken[j + 2] && !tokens[j + 2].newline_before && matches!(w, "von" | "van" | "de" | "da" | "bin")
            && matches!(tokens[j + 1].text(text), "der" | "den" | "la" | "le" | "los" | "las" | "al")
            && is_cap(text, &tokens[j + 2]) && !shouting[j]
        {
            j += 3; // two particles: Ursula von der Leyen, Rafael van der Vaart
        } else if j + 2 < n && matches!(w, "al" | "el") && tokens[j].space_before && tokens[j + 1].text(text) == "-"
            && !tokens[j + 1].space_before && !tokens[j + 2].space_before && !taken[j + 2] && is_cap(text, &tokens[j + 2]) && !shouting[j]
        {
            j += 3; // an Arabic article joined to a surname: Majed al-Ansari, Abdel Fattah el-Sisi
        } else if j + 1 < n && w == "-" && matches!(tokens[j - 1].text(text), "Al" | "El" | "al" | "el") && !tokens[j].space_before && !tokens[j + 1].space_before
            && !taken[j + 1] && is_cap(text, &tokens[j + 1]) && !shouting[j]
        {
            j += 2; // the article in capitals: Meshal Al-Ahmad Al-Jaber Al-Sabah, Al-Nassr
        } else if j + 3 < n && w == "-" && arabic_particle_joined(text, tokens, j) && !taken[j + 3] && !shouting[j] {
            j += 4; // a South Asian name joined by an Arabic particle: Zia-ul-Haq, Waker-Uz-Zaman, Fazl-Ur-Rehman
        } else if j + 3 < n && is_quote(text, &tokens[j]) && tokens[j].space_before && !tokens[j + 1].space_before && is_cap(text, &tokens[j + 1])
            && is_quote(text, &tokens[j + 2]) && !tokens[j + 2].space_before && tokens[j + 3].space_before && !tokens[j + 3].newline_before
            && is_cap(text, &tokens[j + 3]) && !taken[j + 3] && j == i + 1 && is_given_name(text, &tokens[i]) && !shouting[j]
        {
            j += 4; // a nickname in quotation marks inside a person's name: Ricardo "Ricky" Salinas
        } else if j + 1 < n && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before
            && ((given(text, &tokens[j - 1]) || month_given_name(text, tokens, j - 1)) && (is_given_name(text, &tokens[j + 1]) || compound_given_name(text, tokens, j + 1))
                || (j == i + 1 || LEXICON.is(text, &tokens[j - 2], Kind::Title)) && given_second_half(text, tokens, j - 1))
        {
            j += 2; // Jean-Luc, Anne-Marie, Jan-Lennard (but Kim-Putin stays two names)
        } else if j + 1 < n && w == "-" && tokens[j - 1].text(text) == "Co" && !tokens[j].space_before && !tokens[j + 1].space_before
            && tokens[j + 1].kind == TokenKind::Word && tokens[j + 1].text(text).starts_with(|c: char| c.is_ascii_lowercase())
        {
            j += 2; // "Co-" prefixes a word, no firm's "Co": Organisation for Economic Co-operation and Development
        } else if j < n && w == "." && !tokens[j].space_before
            && one_of(tokens[j - 1].text(text), &["Jr", "Sr", "Ltd", "Inc", "Co", "Corp"])
        {
            j += 1; // Clay Tice Jr., Datecs Ltd.
            // a firm's suffix ends its name, unless another suffix follows: not "Marlow Foods Ltd. Later he moved",
            // "Acme Inc. Chairman Jo Bloggs said"; but "Samsung Electronics Co. Ltd.", and a county's "Co. Tyrone" opens its name
            if j - 2 > i && !matches!(tokens[j - 2].text(text), "Jr" | "Sr") && tokens.get(j).is_none_or(|t| !one_of(t.text(text), crate::entities::LEGAL_SUFFIXES)) {
                break;
            }
        } else if j + 1 < n && w == "." && !tokens[j].space_before && matches!(tokens[j - 1].text(text), "St" | "Mt" | "Ft")
            && is_cap(text, &tokens[j + 1]) && tokens[j + 1].space_before && !tokens[j + 1].newline_before
        {
            j += 2; // St. Louis Eagles
        } else if j + 1 < n && w == "." && !tokens[j].space_before && is_cap(text, &tokens[j + 1]) && tokens[j + 1].space_before
            && !tokens[j + 1].newline_before && LEXICON.phrase_extra(text, &tokens[j - 1..=j], Kind::Title).is_some()
        {
            j += 2; // Lt. Gen. Jubal Early: an abbreviated title and the name after it
        } else if j + 1 < n && w == "&" && !tokens[j].space_before && !tokens[j + 1].space_before && is_cap(text, &tokens[j + 1]) {
            j += 2; // AT&T, B&SR
        } else if j + 1 < n && w == "&" && tokens[j].space_before && !tokens[j + 1].newline_before && is_cap(text, &tokens[j + 1]) && !shouting[j]
            && !is_plain_common_word(text, &tokens[j - 1]) // (not "Home & Away", "Analysis & Investment Insights")
            // (one name each side, initials before it, or a suffix after it: not two people, "Karl Langdon & Harvey
            // Deegan", nor two longer names, "Western Reds Rugby League & West Coast Eagles")
            && tokens[i..j - 1].iter().all(|t| t.text(text).chars().all(|c| c == '.' || c.is_uppercase()))
            && (tokens.get(j + 2).is_none_or(|t| !is_cap(text, t) || t.newline_before) || org_suffix_ahead(text, tokens, j + 1))
        {
            j += 2; // a firm named after its founders: Douglas & Lomason, Ernst & Young (people are joined by "and")
        } else if j + 2 < n && taken[j] && tokens[j].space_before && is_initial(text, &tokens[j]) && tokens[j + 1].text(text) == "."
            && !tokens[j + 1].space_before && is_cap(text, &tokens[j + 2]) && tokens[j + 2].space_before
        {
            j += 1; // Philip M. Drew: an initial the number patterns read as a Roman numeral
        } else if j + 1 < n && w == "." && !tokens[j].space_before && is_initial(text, &tokens[j - 1])
            && is_cap(text, &tokens[j + 1]) && tokens[j + 1].space_before && !tokens[j + 1].newline_before
            // (not a platform's one letter ending its sentence: "posted on X. Gálvez conceded")
            && !(j == i + 1 && i > 0 && tokens[i - 1].text(text) == "on" && super::company::posted_on(text, tokens, i, j))
        {
            j += 2; // George F. Hauser
        } else if j + 1 < n && (matches!(w, "'s" | "’s") || matches!(w, "'" | "’") && tokens[j - 1].text(text).ends_with('s'))
            && !tokens[j].space_before && is_cap(text, &tokens[j + 1]) && tokens[j + 1].space_before
            && (org_suffix_ahead(text, tokens, j + 1) || matches!(LEXICON.extra_of(text, &tokens[j + 1], Kind::OrgKeyword), Some("head" | "both"))
                // a place word ending the name: "St James' Park", "St Mary's Stadium"
                || matches!(LEXICON.extra_of(text, &tokens[j + 1], Kind::NameKeyword), Some("place-suffix" | "both-place"))
                    && tokens.get(j + 2).is_none_or(|t| !is_cap(text, t) || !t.space_before))
            // (not after a person's full name: "Pep Guardiola's City have lost", "Laurence Olivier's National Theatre")
            && !(j == i + 2 && is_given_name(text, &tokens[i]))
            // (a known name owns what follows: "NASA's Planetary Science Division", "England's Football Association")
            && !LEXICON.info(text, &tokens[j - 1]).is_some_and(|x| x.any(&[Kind::Org, Kind::Country, Kind::City, Kind::Region]))
        {
            j += 2; // Nicholson's Limited, Couch's Division, Birmingham Magistrates' Court, King's College London
        } else if j + 2 < n && matches!(w, "for" | "of") && tokens[j + 1].text(text) == "the" && !taken[j + 2] && !tokens[j + 2].newline_before
            && is_cap(text, &tokens[j + 2]) && !shouting[j]
            // (the head opens the name: not "National Hockey League for the Boston Bruins")
            && (matches!(LEXICON.extra_of(text, &tokens[j - 1], Kind::OrgKeyword), Some("head" | "both")) && j <= i + 2
                // (a body's word that only ends a name, after one word: "Royal Society for the Protection of Birds")
                || (j == i + 2 || j == i + 3 && is_function_word(text, &tokens[i], false)) && w == "for"
                    && one_of(tokens[j - 1].text(text), &["Society", "Alliance", "Coalition", "Fund", "Foundation", "Trust", "Institute", "Office", "Agency", "Centre", "Center"])
                // (and what the body is for goes on through "of the": "Federal Office for the Protection of the Constitution")
                || w == "of" && j >= i + 4 && tokens[j - 2].text(text) == "the" && tokens[j - 3].text(text) == "for")
        {
            j += 3; // Centre for the Study of Developing Societies, Institute for the Study of War, Ministry of the Interior
        } else if j + 1 < n && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before && tokens[j - 1].kind == TokenKind::Word
            && is_cap(text, &tokens[j + 1]) && !shouting[j] && !is_function_word(text, &tokens[j - 1], false) && org_suffix_ahead(text, tokens, j + 1)
        {
            j += 2; // a hyphenated name before an organisation suffix: Rolls-Royce Holdings, Hewlett-Packard Co
        } else if j + 1 < n && j == i + 1 && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before && !shouting[j]
            && tokens[i].kind == TokenKind::Word && tokens.get(j + 2).is_none_or(|t| !is_cap(text, t) || t.newline_before)
            // (a prefix opening the sentence is no name: "Pro-Russia groups", "Anti-China protests", "All-America")
            && !one_of(tokens[i].text(text), &["Pro", "Anti", "Non", "Post", "Pre", "Ex", "Neo", "Pan", "Trans", "Inter", "All", "Mid", "Sub"])
            && country_or_region(text, &tokens[j + 1])
            && !LEXICON.info(text, &tokens[i]).is_some_and(|x| x.any(&[Kind::Country, Kind::Region, Kind::City, Kind::Demonym, Kind::GivenName, Kind::Surname]))
        {
            j += 2; // a body named by a word and its country, the name's end: Météo-France, Radio-Canada, Hydro-Québec
        } else if j + 1 < n && w == "-" && j >= i + 2 && !tokens[j].space_before && !tokens[j + 1].space_before && !shouting[j]
            && tokens[j - 1].kind == TokenKind::Word && is_cap(text, &tokens[j + 1])
            // (after a listed given name, or an unlisted word opening a two-word run, "Emiliano García-Page", or right after a
            // title, "Deputy Prime Minister Władysław Kosiniak-Kamysz")
            // (or a given name and a middle name: "Jane Naana Opoku-Agyemang")
            && (LEXICON.is(text, &tokens[j - 2], Kind::GivenName) || (j == i + 2 || j >= i + 3 && LEXICON.info(text, &tokens[j - 3]).is_some_and(|x| x.any(&[Kind::Title, Kind::GivenName]))) && LEXICON.info(text, &tokens[j - 2]).is_none())
            // (the second half may be a town that is a surname too: "Alex Cole-Hamilton")
            && unplaced(text, &tokens[j - 1]) && (unplaced(text, &tokens[j + 1]) || LEXICON.info(text, &tokens[j + 1]).is_some_and(|x| x.has(Kind::Surname) && !x.any(&[Kind::Country, Kind::Demonym, Kind::Region, Kind::Org])))
        {
            j += 2; // a double-barrelled surname after a given name: Alexandria Ocasio-Cortez, Andrew Lloyd-Webber
        } else if j + 1 < n && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before && !shouting[j]
            && (j == i + 1 || j == i + 2 && (LEXICON.is(text, &tokens[i], Kind::Title) || is_plain_common_word(text, &tokens[i]))) && lone_double_surname(text, tokens, j - 1)
        {
            j += 2; // a double-barrelled surname alone: "Mr García-Page", "Ocasio-Cortez said" (not "the Kim-Putin summit")
        } else if j + 3 < n && w == "," && is_cap(text, &tokens[j + 1]) && !tokens[j + 1].newline_before && matches!(tokens[j + 2].text(text), "and" | ",")
            && is_cap(text, &tokens[j + 3]) && !shouting[j] && starts_with_org_head(text, &tokens[i + (j > i + 1 && is_function_word(text, &tokens[i], false)) as usize..j])
            && tokens[i..j].iter().any(|t| matches!(t.text(text), "for" | "of"))
        {
            j += 2; // a ministry's list of fields: Department for Culture, Media and Sport; Department for Environment, Food and Rural Affairs
        } else if j + 1 < n && w == "at" && is_cap(text, &tokens[j + 1]) && starts_with_org_head(text, &tokens[i..j]) {
            j += 2; // University of Texas at Austin
        } else if j + 1 < n && w == "on" && !taken[j + 1] && is_cap(text, &tokens[j + 1]) && !tokens[j + 1].newline_before && !shouting[j]
            && (matches!(LEXICON.extra_of(text, &tokens[j - 1], Kind::OrgKeyword), Some("head" | "both"))
                // (or a panel, a treaty or a meeting named for it: "Intergovernmental Panel on Climate Change", "European
                // Convention on Human Rights", "Conference on Disarmament")
                || named_for_subject(tokens[j - 1].text(text)))
            // (not a name of its own after "on": "the Council on Twitter", "on Christmas Eve", "on Monday")
            && LEXICON.info(text, &tokens[j + 1]).is_none_or(|x| !x.any(&[Kind::Org, Kind::Country, Kind::City, Kind::Region, Kind::Event, Kind::Weekday, Kind::Month]))
        {
            j += 2; // a body named for its subject: Kenya National Commission on Human Rights, Senate Committee on Armed Services
        } else if j + 1 < n && matches!(w, "and" | "&") && is_cap(text, &tokens[j + 1]) && !shouting[j] && {
            // the name so far without an article or a country opening it: "The Securities and Exchange Commission",
            // "US Centers for Disease Control and Prevention"
            // (a country or region only before two words or more: not "Irish Rail and Thames Water"; "Africa Centres for
            // Disease Control and Prevention")
            let the = (j > i + 1 && is_function_word(text, &tokens[i], false)) as usize;
            // (or before one if a plain word follows "and": "US Securities and Exchange Commission", not "US Steel and Nippon Steel")
            let country = |p: usize| (p + 2 < j || p + 2 == j && LEXICON.is(text, &tokens[j + 1], Kind::CommonWord)) && LEXICON.info(text, &tokens[p]).is_some_and(|x| x.any(&[Kind::Country, Kind::Demonym, Kind::Region]));
            let skip = the + country(i + the) as usize;
            let name = &tokens[i + skip..j];
            // (a person's two-word name is no founder's half of a firm: "Todd Boehly and Clearlake Capital")
            let person = name.len() == 2 && LEXICON.is(text, &name[0], Kind::GivenName) && LEXICON.info(text, &name[1]).is_none();
            // (nor is one unknown word a field of a body's name: "Biogen and Sage Therapeutics" are two firms, unlike
            // "Food and Drug Administration")
            // when a company's word ends the name after it (a public body's does not: "Avon and Somerset Police",
            // "Waterville and Farmington Railway")
            // (a listed place too: "in London and Wizz Air Holdings")
            let firm = name.len() == 1 && LEXICON.info(text, &name[0]).is_none_or(|x| !x.has(Kind::Org) && x.any(&[Kind::City, Kind::Country, Kind::Region])) && (j + 2..n.min(j + 5))
                .take_while(|&q| tokens[q].space_before && is_cap(text, &tokens[q]))
                .last().is_some_and(|q| one_of(tokens[q].text(text), FIRM_WORDS));
            (starts_with_org_head(text, name) || opens_with_keyword_of(text, name) || org_suffix_ahead(text, tokens, j + 1) && (w == "&" || !ends_with_org_keyword(text, name)) && !person && !firm)
                && !((ends_with_place_of(text, tokens, i, j) || ends_with_country(text, tokens, i, j)) && org_suffix_ahead(text, tokens, j + 1))
                // (nor after a body's keyword and its city, a whole name: "University College Dublin and Trinity College Dublin")
                && !(j >= i + 3 && LEXICON.is(text, &tokens[j - 2], Kind::OrgKeyword) && LEXICON.is(text, &tokens[j - 1], Kind::City))
        } {
            j += 2; // Department of Physics and Astronomy, Union of Machinists and Aerospace Workers, Pierpont Community & Technical College, Food and Drug Administration
        } else if j + 1 < n && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before && !shouting[j] && plain_hyphen_pair(text, tokens, j)
            // (in a name that says what it is: after a connector of a longer name, or before a keyword)
            && (j >= i + 3 && matches!(tokens[j - 2].text(text), "of" | "for" | "and" | "&") || org_suffix_ahead(text, tokens, j + 1) || place_suffix_after(text, tokens, j + 2))
        {
            j += 2; // two plain words joined into one of a name: "Institute for Health and Well-Being", "Anti-Corruption Bureau"
        } else if j + 1 < n && w == "-" && !tokens[j].space_before && !tokens[j + 1].space_before
            && tokens[j + 1].kind == TokenKind::Word && tokens[j + 1].text(text).chars().all(|c| c.is_ascii_lowercase())
            && (tokens[j + 1].text(text).len() <= 2
                // a romanised given name's second syllable after a surname: "Tsai Ing-wen", "Lee Hsien-loong"
                // (syllables, not a common word: "New York-based", "Hall of Fame Finger-picker")
                // (nor a participle or "-style" making an adjective of the name: "Taylor Swift-themed", "Musk-owned")
                // ... or opening a name before its surname: "Jae-hyun Choi", "Seung-woo Park"
                || (j > i + 1 || tokens.get(j + 2).is_some_and(|t| t.space_before && !t.newline_before && LEXICON.is(text, t, Kind::Surname)))
                    && tokens[j - 1].text(text).len() <= 5 && tokens[j + 1].text(text).len() <= 6
                    && !LEXICON.info(text, &tokens[j + 1]).is_some_and(|x| x.any(&[Kind::CommonWord, Kind::Stopword]))
                    && !tokens[j + 1].text(text).ends_with("ed") && !matches!(tokens[j + 1].text(text), "style" | "like")
                // ... even a short common word after a short syllable after a surname: "Park Ji-won", "Kim Hye-won"
                || j == i + 2 && tokens[j - 1].text(text).len() <= 3 && tokens[j + 1].text(text).len() == 3
                    && LEXICON.is(text, &tokens[i], Kind::Surname) && !LEXICON.is(text, &tokens[j + 1], Kind::Stopword)
                    && !crate::one_of(tokens[j + 1].text(text), &["bin", "ibn", "abu", "van", "von", "der", "del", "dos", "das"]))
        {
            j += 2; // Jong-un, Jong-il, Ing-wen
        } else {
            break;
        }
    }
    j
}

/// Is the hyphen at `h` the first of two gluing a capitalised word to the next by an Arabic particle, in either case
/// ("Zia-ul-Haq", "Waker-Uz-Zaman", "Nasir-ud-Din")?
pub(super) fn arabic_particle_joined(text: &str, tokens: &[Token], h: usize) -> bool {
    let p = tokens[h + 1].text(text).as_bytes();
    p.len() == 2 && (p[0] | 0x20) == b'u' && matches!(p[1], b'l' | b'd' | b'z' | b'r' | b's' | b'n')
        && tokens[h + 2].text(text) == "-" && tokens[h + 1..=h + 3].iter().all(|t| !t.space_before)
        && !tokens[h].space_before && is_cap(text, &tokens[h + 3])
}

/// Words that end a company's name, not a public body's: after "X and", they make "X" a firm of its own.
const FIRM_WORDS: &[&str] = &["Biosciences", "Biotech", "Holdings", "Inc", "Labs", "Pharma", "Pharmaceuticals", "Technologies", "Therapeutics"];

/// Is the capitalised word at `p`, after a given name and a hyphen, the second half of a compound given name, a
/// surname following it: "Jean-Luc Mélenchon", "Jean-Noël Barrot" (not "Kim-Putin summit": no name after it)?
/// A month's short form that is also a given name, before a hyphen and a word that is no month: "Jan-Lennard" (not "Jan-Mar").
fn month_given_name(text: &str, tokens: &[Token], p: usize) -> bool {
    LEXICON.is(text, &tokens[p], Kind::Month) && LEXICON.is(text, &tokens[p], Kind::GivenName) && !LEXICON.is(text, &tokens[p + 2], Kind::Month)
}

/// Is `t` a listed given name, with its accents or without them ("François" as "Francois")?
fn given(text: &str, t: &Token) -> bool {
    is_given_name(text, t) || is_cap(text, t) && LEXICON.accented_given_name(t.text(text))
}

/// Is the word at `i` (opening a run or after a title), a hyphen and a listed given name the given name's first half,
/// before a surname or after a title: "Yves-François Blanchet", "King Willem-Alexander" (not "the Biden-Harris team")?
fn given_second_half(text: &str, tokens: &[Token], i: usize) -> bool {
    given(text, &tokens[i + 2])
        && (compound_given_name(text, tokens, i + 2) || i > 0 && LEXICON.is(text, &tokens[i - 1], Kind::Title))
        && tokens[i].kind == TokenKind::Word && unplaced(text, &tokens[i])
}

fn compound_given_name(text: &str, tokens: &[Token], p: usize) -> bool {
    let w = tokens[p].text(text);
    (2..=12).contains(&w.len()) && is_cap(text, &tokens[p]) && tokens.get(p + 1).is_some_and(|t| t.space_before && !t.newline_before && is_cap(text, t))
        && unplaced(text, &tokens[p])
}

/// Is `t` no listed country, people, city, region or body (a word that may be a person's name)?
fn unplaced(text: &str, t: &Token) -> bool {
    !LEXICON.info(text, t).is_some_and(|x| x.any(&[Kind::Country, Kind::Demonym, Kind::City, Kind::Region, Kind::Org]))
}

/// Is `tokens[i]`, a hyphen and a capitalised word a surname alone, after an honorific or before a verb of saying or
/// another verb: "Mr García-Page", "Ocasio-Cortez said", "Archer-Holt was" (two names in a compound stand before a noun: "the Kim-Putin summit")?
/// (A stake's company too: "shares in Rolls-Royce".)
fn lone_double_surname(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |p: usize| tokens.get(p).filter(|t| !t.newline_before).map_or("", |t| t.text(text));
    let unlisted = |p: usize| tokens[p].kind == TokenKind::Word && is_cap(text, &tokens[p])
        && unplaced(text, &tokens[p]);
    // (or a company's hyphenated name after a stake in it: "shares in Rolls-Royce", "a stake in Hewlett-Packard")
    // (a possessive, a comma or a past tense after it is no compound's noun: "Bankman-Fried's lawyer", "Bankman-Fried, 31,", "Ocasio-Cortez voted")
    let after = word(i + 3);
    (i > 0 && one_of(word(i - 1), &["Mr", "Mrs", "Ms", "Dr"]) || one_of(after, &["said", "says", "told", "added", "argued", "wrote", "insisted", "was", "is", "has", "had", "died", "won", "became", "joined", "'s", "’s", ",", "took", "faces"])
        || after.len() > 4 && after.ends_with("ed") && after.starts_with(|c: char| c.is_ascii_lowercase()) && tokens[i + 3].space_before
        || i >= 2 && one_of(word(i - 1), &["in", "of"]) && super::company::stake_before(text, tokens, i))
        && unlisted(i) && unlisted(i + 2)
}

/// Does the name `[i, j)` end with "for" or "of" and a listed place, so that it is whole and an organisation's name
/// with its own keyword after "and" is another body: "Transport for London and Network Rail", "University of Leeds
/// and Leeds Trinity University" (not "Port Authority of New York and New Jersey")?
pub(super) fn ends_with_place_of(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    (1..=2).any(|n| j >= i + n + 2 && matches!(tokens[j - n - 1].text(text), "for" | "of")
        && LEXICON.longest_among(text, &tokens[j - n..j], &[Kind::Country, Kind::City, Kind::Region]).is_some_and(|(len, _)| len == n))
}

/// Are the capitalised words either side of the hyphen at `h` plain words, no known name of a person, place, people or
/// organisation, so that the compound is one word of a name ("Well-Being", "Anti-Corruption", "Star-Telegram"), not
/// two names side by side ("Kim-Putin summit", "US-China talks", "Israel-Gaza") nor a title ("Lieutenant-Colonel")?
fn plain_hyphen_pair(text: &str, tokens: &[Token], h: usize) -> bool {
    let plain = |p: usize| tokens[p].kind == TokenKind::Word && tokens[p].span.len() > 1 && is_cap(text, &tokens[p]) && !is_shouted(text, &tokens[p])
        && !LEXICON.info(text, &tokens[p]).is_some_and(|x| x.any(&[Kind::Country, Kind::Demonym, Kind::City, Kind::Region, Kind::Org, Kind::GivenName, Kind::Surname, Kind::Group, Kind::Event, Kind::Title]));
    // (a former one's prefix describes the person after it: "Ex-Yankee Randy Velarde")
    h > 0 && plain(h - 1) && plain(h + 1) && tokens[h - 1].text(text) != "Ex"
}

/// Is the token at `p` a capitalised place keyword ending a name, after one joined with a hyphen: "Osijek-Baranja County"?
fn place_suffix_after(text: &str, tokens: &[Token], p: usize) -> bool {
    tokens.get(p).is_some_and(|t| t.space_before && !t.newline_before && is_cap(text, t))
        && matches!(LEXICON.extra_of(text, &tokens[p], Kind::NameKeyword), Some("place-suffix" | "both-place"))
}

/// Does the name `[i, j)` end with a country after a word of its own, a body named after the country it works in, so that
/// an organisation's name after "and" is another body: "Energy UK and Oil & Gas UK" (not "England and Wales Cricket Board")?
fn ends_with_country(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    j >= i + 2 && LEXICON.is(text, &tokens[j - 1], Kind::Country) && is_cap(text, &tokens[j - 2]) && !is_function_word(text, &tokens[j - 2], false)
}

/// Is the known name at `m` inside the piece `[k, j)` the end of a place's name from `m - 1`, so that it does not split
/// the piece: "University of New Mexico", "University of Southern Denmark" (a compass word before a listed place)?
pub(super) fn place_across(text: &str, tokens: &[Token], k: usize, m: usize, j: usize) -> bool {
    const PLACES: &[Kind] = &[Kind::Country, Kind::Region, Kind::City];
    LEXICON.longest_among(text, &tokens[m - 1..j], PLACES).is_some_and(|(n, _)| n > 1)
        || m - 1 > k && super::is_compass(tokens[m - 1].text(text)) && LEXICON.longest_among(text, &tokens[m..j], PLACES).is_some()
}

/// Is token `t` a listed country or region, the end of a body's hyphenated name ("Météo-France"; [`extend_run`] and
/// [`super::labels::judge`])?
pub(super) fn country_or_region(text: &str, t: &Token) -> bool {
    LEXICON.info(text, t).is_some_and(|x| x.any(&[Kind::Country, Kind::Region]))
}

/// Is token `t` the plural of a noun written in initials, which ends a name it follows: "Te Pāti Māori MPs", "Zentrovia CEOs"?
/// (Its length first, then its bytes: no slicing of the text.)
fn plural_initials(text: &str, t: &Token) -> bool {
    let b = text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default();
    b.len() >= 3 && b.len() <= 5 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}
