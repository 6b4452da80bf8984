//! The words around a capitalised piece that tell what it names: a noun for a
//! kind of organisation or place before it ("the band X", "the village of X"),
//! a description after it ("X is a town", "X, Ohio"), and word-shape tests the
//! run cutter shares (initials, given names, plural team names, sentence openers).
//!
//! Input: one sentence's tokens and a piece `[k, m)`. Output: yes/no answers;
//! each test looks at a fixed number of neighbouring tokens, so the pass stays
//! linear. Word lists come from `src/data/org_nouns.txt` and `place_nouns.txt`.

use super::super::lexicon::{data_file, Kind, LEXICON};
use super::labels::{entries, is_function_word};
use super::{is_cap, is_quote};
use crate::segment::{Token, TokenKind};
use crate::hash::WordSet;
use std::sync::LazyLock;

/// Lower-case nouns naming a kind of organisation ("band", "agency"), from `src/data/org_nouns.txt`.
pub(super) static ORG_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/org_nouns.txt")));

/// Lower-case words right before the title of a work ("album", "film", "called"), from `src/data/work_nouns.txt`.
pub(super) static WORK_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/work_nouns.txt")));

/// Lower-case nouns for a kind of product, written after its name ("chips", "missiles"), from `src/data/product_nouns.txt`.
pub(super) static PRODUCT_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/product_nouns.txt")));

/// Lower-case nouns for a kind of place ("village", "town"), from `src/data/place_nouns.txt`.
pub(super) static PLACE_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/place_nouns.txt")));

/// Lower-case nouns for people at a workplace ("economists", "a researcher"), from `src/data/staff_nouns.txt`.
static STAFF_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/staff_nouns.txt")));

/// A noun for people by their work, in any case of its first letter ("economists", "Forecaster").
pub(super) fn is_staff_noun(text: &str, t: &Token) -> bool {
    listed_lower(&STAFF_NOUNS, t.text(text))
}

/// A listed one-word name that is also a job, written as a title before a given name: "Economist Joel Naroff"
/// (not the magazine), "Independent Ann Lee" (not the newspaper).
pub(super) fn job_before_name(text: &str, tokens: &[Token], k: usize) -> bool {
    is_staff_noun(text, &tokens[k]) && LEXICON.is(text, &tokens[k + 1], Kind::GivenName)
}

/// Is `w` in `list`, a list in lower case (tests/entities_cues.rs)? A capitalised word is looked up lower-cased only,
/// on the stack when short (as every listed noun is).
pub(super) fn listed_lower(list: &WordSet<&'static str>, w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return list.contains(w);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        Some(low) => {
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            std::str::from_utf8(low).is_ok_and(|low| list.contains(low))
        }
        None => list.contains(w.to_ascii_lowercase().as_str()),
    }
}

/// Lower-case nouns for people by the field or cause they cover ("correspondent", "advocates"), from `src/data/field_nouns.txt`.
pub(super) static FIELD_NOUNS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/field_nouns.txt")));

/// Capitalised words of a product's model name ("Pro", "Max", "Series"), from `src/data/product_models.txt`.
static PRODUCT_MODELS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/product_models.txt")));

/// Is piece `[k, m)` (or from `k` to the end of the run at `m`) part of a product's model name, no entity: model words after
/// the model's number ("iPhone 16 Pro Max"), or a name ending in a model word before its number ("Apple Watch Series 10")?
#[inline]
pub(super) fn product_model(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    // (most pieces have no number on either side: one test each)
    let near = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokenKind::Number);
    (near(tokens.get(m)) || k >= 1 && near(tokens.get(k - 1)))
        && product_model_at(text, tokens, k, m)
}

/// [`product_model`] for a piece next to a number.
#[inline(never)]
fn product_model_at(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let model = |t: &Token| PRODUCT_MODELS.contains(t.text(text));
    // a model's number: a short one on the same line, no year
    let number = |t: &Token| t.kind == TokenKind::Number && t.space_before && !t.newline_before && t.span.len() <= 2;
    k >= 1 && number(&tokens[k - 1]) && !tokens[k].newline_before && tokens[k..m].iter().all(model)
        || tokens.get(m).is_some_and(number) && (model(&tokens[m - 1]) || tokens.get(m + 1).is_some_and(|t| t.space_before && model(t)))
}

/// Abbreviations of ordinary nouns as written ("AI", "GDP", "MPs"), from `src/data/common_abbreviations.txt`.
static COMMON_ABBREVIATIONS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| super::super::word_set(data_file!("../../data/common_abbreviations.txt")));

/// A capitalised word listed as a given name and nothing else ambiguous: "Jean", "Luc".
pub(super) fn is_given_name(text: &str, t: &Token) -> bool {
    is_cap(text, t) && entries(text, t).iter().any(|e| e.kind == Kind::GivenName && e.extra.is_none())
}

/// "Bruins", "Athletics": capitalised, lower-case after, ending in a plain "s".
pub(super) fn is_plural_name(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    is_cap(text, t) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().skip(1).all(char::is_lowercase)
}

/// Offices held over a territory or seats that represent one: the name after "of" or "for" is the place.
const TERRITORIAL_OFFICES: &[&str] = &["AM", "Archbishop", "Bishop", "Duchess", "Duke", "Earl", "Emir", "Governor", "MEP", "MLA", "MP", "MSP",
    "Marquess", "Mayor", "Prince", "Princess", "Sheriff", "Sultan", "archbishop", "bishop", "governor", "mayor"];

/// Where the seat in piece `[k, m)`, a place after "MP for" or "Mayor of", ends when its holder's two-word name follows it
/// without a comma: after a compass word, or before a listed given name ("MP for Bristol West Thangam Debbonaire said").
pub(super) fn seat_end(text: &str, tokens: &[Token], k: usize, m: usize) -> usize {
    let p = m.saturating_sub(2);
    let seat = k > 0 && matches!(tokens[k - 1].text(text), "for" | "of");
    if seat && (p > k && LEXICON.is(text, &tokens[p], Kind::GivenName) || p > k + 1 && super::shape::is_compass(tokens[p - 1].text(text))) { p } else { m }
}

/// Is piece `[k, m)` named as a place by the words around it: "the village of X", "X is a town", "X, a suburb of"?
pub(super) fn place_context(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let noun = |i: usize| {
        tokens.get(i).is_some_and(|t| !t.newline_before && PLACE_NOUNS.contains(t.text(text)))
            && !tokens.get(i + 1).is_some_and(|t| matches!(t.text(text), "'s" | "’s")) // "was the state's best player"
    };
    let word = |i: usize, ws: &[&str]| tokens.get(i).is_some_and(|t| !t.newline_before && ws.contains(&t.text(text)));
    if k > 0 && tokens[k - 1].span.len() == 1 && tokens[k - 1].text(text) == "-" && !tokens[k].space_before {
        return false; // the tail of a hyphenated name: "Urus-Martan"
    }
    if k >= 2 && word(k - 1, &["of"]) && noun(k - 2) {
        return true;
    }
    // where something is based or someone born, joined to it: "the Bolton-based group", "Lagos-born" (not a chip: "X86-based")
    let hyphen = tokens.get(m).is_some_and(|t| t.span.len() == 1 && text.as_bytes()[t.span.start] == b'-');
    if hyphen && !tokens[k..m].iter().any(|t| t.text(text).bytes().any(|b| b.is_ascii_digit())) && !tokens[m].space_before && tokens.get(m + 1).is_some_and(|t| !t.space_before) && word(m + 1, &["based", "born", "headquartered"]) {
        return true;
    }
    // an office over a territory, or a seat for one: "the Mayor of X", "the Duke of X", "MP for X"
    if k >= 2 && word(k - 1, &["of", "for"]) && word(k - 2, TERRITORIAL_OFFICES) {
        return true;
    }
    // ... or an elected member "from" the place: "the MP from X", "a lawmaker from X"
    if k >= 2 && word(k - 1, &["from"]) && word(k - 2, &["MEP", "MLA", "MP", "MSP", "congressman", "congresswoman", "lawmaker", "legislator", "senator"]) {
        return true;
    }
    // where someone named with an age lives: "Jamal Hussain, 24, of Alum Rock"
    if k >= 4 && word(k - 1, &["of", "from"]) && word(k - 2, &[","]) && word(k - 4, &[","]) && tokens[k - 3].kind == TokenKind::Number && tokens[k - 3].span.len() <= 2 {
        return true;
    }
    // "Senlis, Oise", "Bowling Green, Ohio": a place, then the region or country it lies in (not an ordinary word
    // opening the sentence: "Elsewhere, Australia beat India")
    if word(m, &[","]) && tokens.get(m + 1).is_some_and(|t| !t.newline_before) && !(sentence_opener(text, tokens, k) && is_plain_common_word(text, &tokens[k])) {
        let region = LEXICON.longest_among(text, &tokens[m + 1..], &[Kind::Region, Kind::Country]).map(|(n, _)| n);
        if let Some(n) = region {
            let after = tokens.get(m + 1 + n);
            return !after.is_some_and(|t| is_cap(text, t) && t.space_before || matches!(t.text(text), "'s" | "’s" | "-"));
        }
    }
    // "in Khan Younis and Rafah", "in Rafah and Khan Younis": after "in", joined to a listed place
    let places = &[Kind::City, Kind::Region, Kind::Country];
    // a listed place made of the tokens `range` (or, with an open end, starting there) on the piece's line
    let listed_place = |range: std::ops::Range<usize>| {
        tokens.get(range.start).is_some_and(|t| !t.newline_before) && LEXICON.longest_among(text, &tokens[range], places).is_some()
    };
    if k >= 1 && (word(k - 1, &["near"]) && !(m > k + 1 && is_given_name(text, &tokens[k])) || word(k - 1, &["in"]) && word(m, &["and", "or"]) && listed_place(m + 1..tokens.len()) || word(k - 1, &["a", "an"]) && word(m, &["Republican", "Democrat"])) { // "near Grande Prairie", "near Preston" (not "near John Smith"), "a Beaumont Republican" (a home before a party)
        return true;
    }
    // (not a person's full name: "in Chicago and Tom Whitcombe in New York")
    if k >= 3 && word(k - 1, &["and", "or"]) && word(k - 3, &["in"]) && listed_place(k - 2..k - 1) && !(m > k + 1 && LEXICON.is(text, &tokens[k], Kind::GivenName)) {
        return true;
    }
    // "X is a small village", "X, a town", "X was the capital" (not a place noun that describes a body's kind:
    // "Ukrenergo, the state grid operator", "X, a port operator")
    described_as(text, tokens, m, &PLACE_NOUNS, false) && !described_as(text, tokens, m, &ORG_NOUNS, false)
}

/// Is the piece ending before `m` described by a noun of `nouns` right after it: "X is a (small) village",
/// "X, a French company", "X, a ship-tracking firm", "X was the band"? The noun must not start a possessive
/// ("was the state's best player"). With `copula`, only "is"/"was" count, not an apposition after a comma.
pub(super) fn described_as(text: &str, tokens: &[Token], m: usize, nouns: &WordSet<&'static str>, copula: bool) -> bool {
    description(text, tokens, m, nouns, copula).is_some()
}

/// The token index of the noun of [`described_as`], and whether a comma (not "is"/"was") sets it off.
pub(super) fn description(text: &str, tokens: &[Token], m: usize, nouns: &WordSet<&'static str>, copula: bool) -> Option<(usize, bool)> {
    let noun = |i: usize| {
        tokens.get(i).is_some_and(|t| !t.newline_before && nouns.contains(t.text(text)))
            && !tokens.get(i + 1).is_some_and(|t| matches!(t.text(text), "'s" | "’s"))
    };
    // the two words after the piece on its line, as bytes: most pieces fail here, matched by length and bytes, not sliced as text
    let bytes = |i: usize| tokens.get(i).filter(|t| !t.newline_before).map_or(&b""[..], |t| text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default());
    if !(matches!(bytes(m), b"is" | b"was") || !copula && bytes(m) == b",") || !matches!(bytes(m + 1), b"a" | b"an" | b"the") {
        return None;
    }
    // the noun, or up to three lower-case words and hyphens before it: "a small village", "a ship-tracking firm";
    // past the second word only if the noun ends the phrase (not "an early cable network operator")
    let i = m + 2;
    // (a demonym too: "a French company", "the Danish company that makes"; a name before a hyphen: "the Google-owned firm")
    let lower = |t: &Token| t.kind == TokenKind::Word && (t.text(text).chars().all(char::is_lowercase) && !is_function_word(text, t, false) || LEXICON.is(text, t, Kind::Demonym))
        || t.text(text) == "-" && !t.space_before || t.text(text) == "and"; // "the state ports and rail company"
    let ends_phrase = |q: usize| tokens.get(q + 1).is_none_or(|t| t.kind != TokenKind::Word || is_function_word(text, t, false));
    let at = (i..tokens.len().min(i + 5)).take_while(|&q| q == i || lower(&tokens[q - 1]) || tokens[q].text(text) == "-" && !tokens[q].space_before).find(|&q| noun(q) && (q <= i + 1 || ends_phrase(q)))?;
    Some((at, tokens[m].text(text) == ","))
}

/// Does `tokens[k]` open a sentence or a line (after an opening bracket or quotation mark too, or a dateline's
/// dash or a colon: "(Reuters) - Shares of ...")?
pub(super) fn sentence_opener(text: &str, tokens: &[Token], k: usize) -> bool {
    k == 0 || tokens[k].newline_before || tokens[k - 1].kind != TokenKind::Word && (is_quote(text, &tokens[k - 1]) // (a word before settles it: all these are punctuation)
        || match tokens[k - 1].text(text) {
            "(" | "[" | ":" => true,
            "-" | "–" | "—" => tokens[k - 1].space_before && tokens[k].space_before,
            _ => false,
        })
}

/// Does the ordinary word opening a sentence at `k` stand before a name rather than open one: a plural noun
/// ("Shares", "Rivals", "Analysts") or any word followed by "of" ("Shares of ...", "Members of ...")?
/// Names of organisations seldom open with either, and adjectives ("Advanced Micro Devices") do neither.
pub(super) fn opens_before_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = tokens[k].text(text).as_bytes();
    let plural = w.ends_with(b"s") && !(w.ends_with(b"ss") || w.ends_with(b"us") || w.ends_with(b"is"));
    // (or an adverb or "Former" of time: "Former Post Office boss", "Later Thames Water said")
    plural || tokens.get(k + 1).is_some_and(|t| t.text(text) == "of") || matches!(w, b"Former" | b"Later" | b"Earlier" | b"Separately" | b"Previously" | b"Overnight")
}

/// A word for someone's trade opening the sentence before a given name, no part of the name: "Archaeologist Julian
/// Thomas", "Physician Ana Ruiz", "Photographer Lee Miller", "Historian Ana Ruiz" (its ending says the trade; "Baptist
/// Church" has no given name).
#[inline(never)]
pub(super) fn role_before_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = tokens[k].text(text);
    w.len() >= 6 && ["ist", "ician", "grapher", "onomer", "orian", "arian", "edian"].iter().any(|s| w.ends_with(s))
        && tokens.get(k + 1).is_some_and(|t| t.space_before && is_given_name(text, t))
        && LEXICON.info(text, &tokens[k]).is_none_or(|i| !i.any(&[Kind::GivenName, Kind::Surname, Kind::City, Kind::Region, Kind::Org]))
        || super::edges::folk_before_name(text, tokens, k)
}

/// An ordinary word before "Minister" or "Secretary" and a name is the office's portfolio, no name: "Information Minister
/// Attaullah Tarar", "Culture Secretary Lisa Nandy" (a listed country or firm there is one: "Kenya's", "Apple CEO").
pub(super) fn portfolio_before_title(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|t| matches!(t.text(text), "Minister" | "Secretary") && t.space_before)
        && tokens.get(k + 2).is_some_and(|t| t.space_before && !t.newline_before && is_cap(text, t))
        && is_plain_common_word(text, &tokens[k])
}

/// A listed abbreviation of an ordinary noun, as written ("AI", "GDP", "MPs"; not "Ai"); every entry's second letter is a capital (tests/entities_cues.rs), which most names fail unhashed.
pub(super) fn is_common_abbreviation(text: &str, t: &Token) -> bool {
    t.span.len() >= 2 && text.as_bytes().get(t.span.start + 1).is_some_and(u8::is_ascii_uppercase) && COMMON_ABBREVIATIONS.contains(t.text(text))
}

/// An ordinary lower-case word in every list it is in: "Apparently", "See", "Attended" (not "Bank", "Will", "Grant").
pub(super) fn is_plain_common_word(text: &str, t: &Token) -> bool {
    if t.text(text).len() < 4 {
        return false; // "A. Dale", "De Gaulle"
    }
    let entries = entries(text, t);
    entries.iter().any(|e| e.kind == Kind::CommonWord) && entries.iter().all(|e| matches!(e.kind, Kind::CommonWord | Kind::Stopword))
}

/// Is the plural name `[k, m)` a band, named before a member's role: "the former Undertones singer", "Beatles
/// drummer Ringo Starr" (a place or a person has no singer)?
pub(super) fn band_member_after(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let role = |t: &Token| matches!(t.text(text), "singer" | "guitarist" | "drummer" | "bassist" | "frontman" | "frontwoman" | "keyboardist" | "vocalist" | "songwriter");
    tokens.get(m).is_some_and(|t| !t.newline_before && role(t)) && is_plural_name(text, &tokens[m - 1])
        && !tokens[k..m].iter().any(|t| LEXICON.info(text, t).is_some_and(|i| i.any(&[Kind::Country, Kind::Region, Kind::City, Kind::Demonym])))
}

/// The word before `tokens[k]` on its line.
fn word_before<'t>(text: &'t str, tokens: &[Token], k: usize) -> Option<&'t str> {
    (k > 0 && !tokens[k].newline_before).then(|| tokens[k - 1].text(text))
}

/// "Spain's weather agency, Aemet, issued": a name `[k, m)` set off by commas after a noun for a kind of organisation.
pub(super) fn appositive_noun(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    word_before(text, tokens, k) == Some(",") && k >= 2 && !tokens[k - 1].newline_before && ORG_NOUNS.contains(tokens[k - 2].text(text))
        && tokens.get(m).is_some_and(|t| matches!(t.text(text), "," | "." | ")" | ";"))
}

/// "economists at Capital Economics", "a researcher at Imperial": a workplace.
pub(super) fn workplace_before(text: &str, tokens: &[Token], k: usize) -> bool {
    word_before(text, tokens, k) == Some("at") && k >= 2 && is_staff_noun(text, &tokens[k - 2])
}

/// "Wedbush analyst Dan Ives", "a Nomura strategist": an unknown name `[k, m)` of no ordinary words before a word
/// for people at work.
pub(super) fn staff_after(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    // (not a field opening the sentence: "Defence lawyers for Letby said")
    tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && !is_cap(text, t) && is_staff_noun(text, t) && !(m == k + 1 && FIELD_NOUNS.contains(t.text(text)) && sentence_opener(text, tokens, k)))
        && !tokens[k..m].iter().any(|t| LEXICON.is(text, t, Kind::CommonWord))
        // (nor one whose staff work at a name after "at": "Crypto analysts at JPMorgan said")
        && !(tokens.get(m + 1).is_some_and(|t| t.text(text) == "at") && tokens.get(m + 2).is_some_and(|t| is_cap(text, t)) && sentence_opener(text, tokens, k))
}

/// "Brentford striker Yoane Wissa": a name guessed a person before a player's position and a name is the club (no person
/// has a striker).
pub(super) fn club_before_player(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    tokens.get(m).is_some_and(|t| crate::one_of(t.text(text), &["defender", "forward", "goalkeeper", "midfielder", "striker", "winger"]))
        && tokens.get(m + 1).is_some_and(|t| !t.newline_before && is_cap(text, t)) && staff_after(text, tokens, k, m)
}

/// A listed organisation that is also a listed place is the place after "the" (and a demonym): "in the Amazon",
/// "the Brazilian Amazon" (the company is "Amazon" bare). `found` is the list match from `k`.
pub(super) fn place_after_the(text: &str, tokens: &[Token], k: usize, found: Option<(usize, Kind)>) -> Option<(usize, Kind)> {
    let the = |p: usize| tokens[p].span.len() == 3 && tokens[p].text(text).eq_ignore_ascii_case("the");
    let after_the = k > 0 && (the(k - 1) || k > 1 && the(k - 2) && LEXICON.is(text, &tokens[k - 1], Kind::Demonym));
    match found {
        Some((len, Kind::Org)) if after_the => match LEXICON.longest_among(text, &tokens[k..], &[Kind::Region, Kind::City]) {
            Some((n, kind)) if n == len => Some((n, kind)),
            _ => found,
        },
        _ => found,
    }
}

/// Is the word before `k` a noun for a kind of organisation, capitalised because it opens the sentence: "Newspaper El
/// Universal called it historic", "Broadcaster Kestrel TV said"?
pub(super) fn opening_org_noun(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(w) = k.checked_sub(1).map(|p| tokens[p].text(text)) else { return false };
    let mut buf = [0u8; 16];
    w.len() <= 16 && w.starts_with(|c: char| c.is_ascii_uppercase()) && sentence_opener(text, tokens, k - 1) && {
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w.as_bytes());
        low[0] = low[0].to_ascii_lowercase();
        std::str::from_utf8(low).is_ok_and(|low| ORG_NOUNS.contains(low))
    }
}

/// "Parkinson's disease", "Alzheimer's disease": a guessed one-word name `[k, m)` before a possessive and the disease it
/// names is no entity; nor is a disease's common eponym with its possessive alone, "people with Parkinson's" (not a body
/// named after it: "Parkinson's UK").
pub(super) fn disease_eponym(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    const EPONYMS: &[&str] = &["Alzheimer", "Asperger", "Crohn", "Hodgkin", "Huntington", "Parkinson", "Tourette"];
    // (not a place after a preposition, "Police in Powys said"; the disease's noun settles it even so: "the progress of Alzheimer's disease")
    let preposition = || k > 0 && crate::one_of(tokens[k - 1].text(text), &["in", "at", "of", "from", "for", "across", "near"]);
    m == k + 1 && tokens.get(m).is_some_and(|t| matches!(t.text(text), "'s" | "’s"))
        && (tokens.get(m + 1).is_some_and(|t| matches!(t.text(text), "disease" | "syndrome"))
            || !preposition() && crate::one_of(tokens[k].text(text), EPONYMS) && tokens.get(m + 1).is_none_or(|t| t.newline_before || !is_cap(text, t)))
}

/// Is the name `[k, m)` of two words or more a person by what follows it: "Rigathi Gachagua, who had", "Jamal Hussain, 24,",
/// "Nentawe Yilwatda, the new minister", "Wangari Maathai, the Nobel peace laureate" (a body takes "which"; "who are" may
/// be a team's)?
pub(super) fn person_described(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| !t.newline_before).map_or("", |t| t.text(text));
    if m < k + 2 || word(m) != "," {
        return false;
    }
    if super::edges::described_before(text, tokens, k) {
        return true; // "The chief executive of TikTok, Shou Zi Chew, was"
    }
    let next = word(m + 1);
    if next == "who" {
        // (not a body after a post in it, the clause the holder's: "former chairman of Estée Lauder Companies, who died")
        let post = k >= 2 && matches!(word(k - 1), "of" | "at") && word(k - 2).starts_with(|c: char| c.is_ascii_lowercase()) && (is_staff_noun(text, &tokens[k - 2]) || LEXICON.is(text, &tokens[k - 2], Kind::Title));
        return !post && !matches!(word(m + 2), "are" | "were" | "have");
    }
    // an age: one or two digits between commas
    if next.len() <= 2 && next.bytes().all(|b| b.is_ascii_digit()) && word(m + 2) == "," {
        return true;
    }
    let person = |t: &Token| is_staff_noun(text, t) || FIELD_NOUNS.contains(t.text(text)) || LEXICON.is(text, t, Kind::Title)
        || crate::one_of(t.text(text), &["laureate", "international", "veteran", "founder", "widow", "son", "daughter", "wife", "husband"]);
    if !matches!(next, "a" | "an" | "the") {
        // no article: one or two lower-case words for an office held at a body, "Pelin Giritlioğlu, head of the
        // Istanbul branch", "Ayşe Kaya, chief executive at" (a body is "parent of", "home of")
        let lower = |q: usize| tokens[q].kind == TokenKind::Word && !tokens[q].newline_before && tokens[q].text(text).starts_with(|c: char| c.is_ascii_lowercase());
        return (m + 1..tokens.len().min(m + 3)).take_while(|&q| lower(q)).any(|q| person(&tokens[q]) && matches!(word(q + 1), "of" | "at" | "for"));
    }
    // up to three words, then a noun for a person by office or work, ending the phrase
    (m + 2..tokens.len().min(m + 6))
        .take_while(|&q| tokens[q].kind == TokenKind::Word && !tokens[q].newline_before)
        .any(|q| person(&tokens[q]) && tokens.get(q + 1).is_none_or(|t| t.kind != TokenKind::Word || crate::one_of(t.text(text), &["of", "at", "for", "who", "and"])))
}

/// Is the one word `[k, m)` the subject of a verb that people do, saying or meeting ("Putin warns West", "Ruto signs bill",
/// "Zelensky said")? A place guessed there is a surname: a place that speaks for its people is listed.
pub(super) fn person_verb_after(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    // (not a place after a preposition, whose subject came before it: "Police in Powys said")
    let preposition = || k > 0 && crate::one_of(tokens[k - 1].text(text), &["in", "at", "of", "from", "for", "across", "near"]);
    m == k + 1 && !preposition() && tokens.get(m).is_some_and(|t| !t.newline_before && t.space_before && crate::one_of(t.text(text), &["said", "says", "told", "tells", "warns", "vows", "urges", "meets", "visits", "signs", "sacks", "rejects", "slams", "hails", "insists", "admits", "denies", "pledges"]))
}

/// Is the word at `m` (after a one-word name) a territory's office before its holder's name: "Kherson governor
/// Oleksandr Prokudin", "Kharkiv regional governor Oleh Syniehubov", "Lviv mayor Andriy Sadovyi"?
pub(super) fn territory_office_after(text: &str, tokens: &[Token], m: usize) -> bool {
    let word = |p: usize| tokens.get(p).filter(|t| !t.newline_before && t.kind == TokenKind::Word).map_or("", |t| t.text(text));
    let office = |p: usize| matches!(word(p), "governor" | "mayor");
    let holder = |p: usize| tokens.get(p).is_some_and(|t| !t.newline_before && is_cap(text, t));
    office(m) && holder(m + 1) || crate::one_of(word(m), &["regional", "city", "provincial", "district", "military"]) && office(m + 1) && holder(m + 2)
}

/// Is the one word `[k, m)` a region after a place that follows a preposition, and a comma, ending its phrase: "Born in
/// Ilford, Essex, in 1934" (not "In Paris, Macron said": the name must end at a comma or a full stop)?
pub(super) fn place_beside_place(text: &str, tokens: &[Token], k: usize, m: usize, prev: Option<&super::super::Mention>) -> bool {
    let Some(p) = prev.filter(|p| m == k + 1 && k >= 3 && p.label == crate::annotations::Label::Place && p.span.end == tokens[k - 2].span.end) else { return false };
    let first = tokens.partition_point(|t| t.span.start < p.span.start);
    tokens[k - 1].text(text) == "," && tokens.get(m).is_some_and(|t| matches!(t.text(text), "," | ".")) && first > 0
        && crate::one_of(tokens[first - 1].text(text), &["in", "from", "near", "at"])
}
