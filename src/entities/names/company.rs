//! The words around an unknown name that say it is a company: a stake in it ("shares in X"), where it is based
//! ("London-based X"), its possessions
//! ("X's chief executive", "X chief executive Y"), a relative clause only a company takes ("X, which makes hearing aids", "X, whose
//! shares"), its stock moving ("X shares rose"), and a noun for its kind right after it ("the Le Matin
//! newspaper", "the Xinhua news agency"; the noun stays outside the name); and a company whose name is a
//! possessive ("Sainsbury's said").
//!
//! Input: one sentence's tokens and a piece `[k, m)`. Output: the rule of the first cue found, or none. Each test
//! reads a fixed number of tokens next to the piece (the first one a single comparison for most pieces), so the
//! pass stays linear and most pieces pay one or two string tests.

use super::super::lexicon::{Kind, LEXICON};
use super::context::{ORG_NOUNS, PRODUCT_NOUNS};
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};

/// The label and rule the words around piece `[k, m)` give it: no entity for a product ([`product_after_comma`]), an
/// organisation for a company (a possessive of its own, "possessive_name", takes one token more), if any.
#[inline(never)]
pub(super) fn company_cue(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<(Option<Label>, &'static str)> {
    let org = |rule: &'static str| Some((Some(Label::Org), rule));
    // the word before the piece, sliced once: "shares in X", "which makes X"
    if k > 0 && !tokens[k].newline_before {
        match tokens[k - 1].text(text) {
            "in" | "of" if stake_before(text, tokens, k) => return org("shares_in"),
            "makes" | "manufactures" | "unveiled" => return Some((None, super::PRODUCT)),
            // a brand something is sold under: "the jab, sold as Mounjaro", "marketed as Zepbound"
            "as" if k >= 2 && word_in(text, tokens, k - 2, &["sold", "marketed", "branded"]) => return Some((None, super::PRODUCT)),
            // a source no list knows, opened by no given name: a firm that counts ("according to Pollstar", "according
            // to Sensor Tower"), not a place
            "to" if k >= 2 && tokens[k - 2].text(text).eq_ignore_ascii_case("according") && !super::context::is_given_name(text, &tokens[k]) => return org("according_to"),
            // a platform something is posted on: "said on Telegram", "posted on X", "a post on Weibo"
            "on" if posted_on(text, tokens, k, m) => return org("platform"),
            // what a firm makes is a product: "the maker of Claude", "the developer of Fortnite"
            "of" if k >= 2 && word_in(text, tokens, k - 2, &["maker", "makers", "developer", "developers", "creator", "manufacturer"]) => {
                return Some((None, super::PRODUCT))
            }
            // a place it is based in, joined to it: "London-based Trevanto", "Ohio-headquartered Veltra"
            // (not a person opened by a given name, "the Oslo-based Anna Lund", nor two names: "Ohio-based KeyCorp and Banc")
            "based" | "headquartered" if k >= 2 && tokens[k - 2].text(text) == "-" && !tokens[k - 1].space_before
                && !(m > k + 1 && (super::context::is_given_name(text, &tokens[k]) || tokens[k + 1..m].iter().any(|t| t.text(text) == "and"))) => return org("based_in"),
            _ => {}
        }
    }
    // every other cue starts with the token right after the piece, on its line
    let next = tokens.get(m).filter(|t| !t.newline_before)?.text(text);
    let found = match next {
        "'s" | "’s" if possessive_name(text, tokens, k, m) => Some("possessive_name"),
        // (not a person's name: "Elon Musk's shares", "Taylor Swift's website")
        "'s" | "’s" => (corporate_after(text, tokens, m) && !(m <= k + 3 && m >= k + 2 && super::context::is_given_name(text, &tokens[k]))
            && !person_holding(text, tokens, k, m)).then_some("company_possessive"),
        "," if product_after_comma(text, tokens, m) => return Some((None, super::PRODUCT)),
        "," => company_clause(text, tokens, m).then_some("company_clause"),
        "(" => ticker_after(text, tokens, m).then_some("ticker"),
        "shares" | "stock" => stock_moves(text, tokens, m + 1).then_some("company_shares"),
        // a business its owner is named by: "Poundland owner Pepco Group", "Twitter owner Elon Musk"
        "owner" => Some("org_noun"),
        // its head named after it: "Eskom chief executive Dan Marokane", "Tesla boss Elon Musk"
        "chief" if word_in(text, tokens, m + 1, &["executive", "financial", "operating", "technology", "investment"]) => Some("firm_head"),
        "boss" | "CEO" => Some("firm_head"),
        // (not an everyday word opening the sentence: "Rival broadcaster Telestar", "Budget airline Skyrom")
        _ => (kind_after(text, tokens, m) && !opening_word(text, tokens, k, m)).then_some("org_noun"),
    };
    found.and_then(org)
}

pub(super) use crate::one_of;

/// Is the piece `[k, m)` one everyday word opening its sentence, line, quotation or bracket ("Rival", "Local", "Budget")?
fn opening_word(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    m == k + 1 && super::context::sentence_opener(text, tokens, k) && LEXICON.is(text, &tokens[k], Kind::CommonWord)
}

/// The word at `i` (on the piece's line), if it is one of `ws` in any case of its first letter.
#[inline(never)]
fn word_in(text: &str, tokens: &[Token], i: usize, ws: &[&str]) -> bool {
    tokens.get(i).is_some_and(|t| !t.newline_before && crate::any_case_in(t.text(text), ws))
}

/// "shares in Tesco", "a stake in Vodafone": a company.
pub(super) fn stake_before(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 2 && word_in(text, tokens, k - 2, &["shares", "stake", "stakes", "stock"])
}

/// Is the piece ending before the comma at `m` a product, set off by its owner's noun for a product ("Wegovy, its
/// weight-loss drug", "Siri, Apple's voice assistant")? (The object of a maker's verb is one too: "which also makes
/// Ozempic", "Apple unveiled Vision", see [`company_cue`].)
fn product_after_comma(text: &str, tokens: &[Token], m: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| !t.newline_before).map_or("", |t| t.text(text));
    // (the owner first: most pieces before a comma have none, and the nouns after it are not looked up)
    let owner = matches!(word(m + 1), "its" | "their") || matches!(word(m + 2), "'s" | "’s") && tokens[m + 1].kind == TokenKind::Word && super::is_cap(text, &tokens[m + 1]);
    owner && (m + 2..m + 8).any(|i| {
        let w = word(i);
        (PRODUCT_NOUNS.contains(w) || one_of(w, &["drug", "medicine", "jab", "brand", "assistant"])) && matches!(word(i + 1), "," | "." | ";" | ")")
    })
}

/// "Spotify's chief executive", "Nvidia's shares", "Gassco's website": a name (ending before `m`, the possessive) that owns a company's things.
fn corporate_after(text: &str, tokens: &[Token], m: usize) -> bool {
    word_in(text, tokens, m + 1, &["ceo", "shares", "shareholders", "board", "revenue", "revenues", "profits", "headquarters", "subsidiary", "founder",
        "chairman", "chairwoman", "website", "app", "customers", "employees", "stock"])
        || word_in(text, tokens, m + 1, &["chief"]) && word_in(text, tokens, m + 2, &["executive", "financial", "operating", "technology"])
}

/// Is the piece `[k, m)` two name words no list holds but as a name, before a possessive and what a person holds as well
/// as a firm: "Elon Musk's shares", "Rhea Varga's website" (not "Gassvik's website": one word; the model still reads
/// most two-word firms, "Sensor Tower's shares")?
fn person_holding(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let name_word = |t: &Token| t.text(text).chars().skip(1).all(char::is_lowercase)
        && LEXICON.info(text, t).is_none_or(|i| !i.has(Kind::CommonWord) && i.any(&[Kind::GivenName, Kind::Surname]));
    m == k + 2 && word_in(text, tokens, m + 1, &["shares", "stock", "website", "app"]) && tokens[k..m].iter().all(name_word)
}

/// "Halvex, which makes hearing aids", "Norvanta, whose shares fell": after the comma at `m`, a relative clause that
/// only a company takes (a person takes "who"; a place "which has" or "which lies", never "which makes").
fn company_clause(text: &str, tokens: &[Token], m: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| !t.newline_before && t.kind == TokenKind::Word).map_or("", |t| t.text(text));
    match word(m + 1) {
        // (an adverb may come first: "which also makes")
        "which" => one_of(word(m + 2 + one_of(word(m + 2), &["also", "now", "still"]) as usize), &["makes", "owns", "operates", "sells", "produces",
            "manufactures", "develops", "supplies", "employs", "markets", "distributes", "publishes", "designs", "builds", "licenses"]),
        "whose" => one_of(word(m + 2), &["shares", "stock", "products", "brands", "shareholders", "subsidiaries"])
            || word(m + 2) == "chief" && one_of(word(m + 3), &["executive", "financial", "operating"]),
        _ => false,
    }
}

/// "X shares rose": the word at `i` (after "shares" or "stock") says how a stock moved.
fn stock_moves(text: &str, tokens: &[Token], i: usize) -> bool {
    word_in(text, tokens, i, &["rose", "fell", "jumped", "dropped", "slumped", "climbed", "gained", "tumbled", "surged", "soared", "plunged", "slid", "rallied", "sank", "dipped", "closed", "traded", "have", "were", "are"])
}

/// "the Le Matin newspaper said", "the Xinhua news agency": a lower-case noun for a kind of organisation right after
/// the name (a noun that follows a person's or a place's name too, "team", "group", is not one of them).
fn kind_after(text: &str, tokens: &[Token], m: usize) -> bool {
    let t = &tokens[m];
    // (one look-up in the kinds of organisation first: most pieces are followed by none of them)
    t.kind == TokenKind::Word && t.span.len() >= 4 && text.as_bytes().get(t.span.start).is_some_and(u8::is_ascii_lowercase)
        && (ORG_NOUNS.contains(t.text(text)) && one_of(t.text(text), &["newspaper", "daily", "tabloid", "magazine", "broadcaster", "airline", "carmaker", "automaker",
            "drugmaker", "chipmaker", "retailer", "supermarket", "conglomerate", "lender", "insurer"])
            || t.text(text) == "news" && word_in(text, tokens, m + 1, &["agency", "channel", "network", "website"])
            // a political party or alliance named in its own language: "the La Libertad Avanza party", "the Perikatan Nasional coalition"
            || one_of(t.text(text), &["party", "coalition", "alliance", "bloc"]))
}

/// Is the one-word piece at `k` a company named with a possessive, the possessive its own ("Sainsbury's said",
/// "Boatmen's was the prize", "a bid for Macy's.")? The possessive owns nothing: a verb follows it, or the end of the
/// phrase after a preposition. A listed given name or place is no such company ("Paris's", "John's").
fn possessive_name(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| !t.newline_before).map_or("", |t| t.text(text));
    m == k + 1 && matches!(word(m), "'s" | "’s") && !tokens[m].space_before
        && (one_of(word(m + 1), &["said", "says", "was", "is", "has", "had", "will", "would", "reported", "announced", "agreed", "declined"])
            || one_of(word(m + 1), &[",", ".", ";", "and", "in"]) && k > 0 && one_of(word(k - 1), &["at", "for", "from", "to", "with", "by", "like", "including", "after", "into", "of"]))
        && LEXICON.info(text, &tokens[k]).is_none_or(|i| !i.any(&[Kind::GivenName, Kind::City, Kind::Region, Kind::Country, Kind::Demonym]))
}

/// Is the one word at `k`, a listed place, an acronym in capitals of four letters or more before a word for an alliance of
/// parties, in ordinary text: "the INDIA bloc", "the INDIA alliance" (a country's name is no alliance's)?
pub(super) fn acronym_bloc(text: &str, tokens: &[Token], k: usize) -> bool {
    // (the second letter first: most places are written in title case)
    tokens[k].span.len() >= 4 && text.as_bytes()[tokens[k].span.start + 1].is_ascii_uppercase() && super::is_shouted(text, &tokens[k])
        && tokens.get(k + 1).is_some_and(|t| !t.newline_before && matches!(t.text(text), "bloc" | "alliance" | "coalition" | "front"))
}

/// Is the piece `[k, m)` after "on" a platform, where a verb or noun of posting comes before "on" ("posted on X", "wrote on
/// Bluesky", "a post on Weibo", "his account on Truth Social"), or "said" before a one-word name ("said on Telegram"; not
/// "said on Capitol Hill")? A name that owns what follows is a topic: "wrote on Navalny's death".
pub(super) fn posted_on(text: &str, tokens: &[Token], k: usize, m: usize) -> bool {
    k >= 2 && m <= k + 2 && !tokens[k - 1].newline_before
        && (word_in(text, tokens, k - 2, &["posted", "wrote", "tweeted", "shared", "commented", "streamed", "livestreamed", "post", "posts", "posting", "account", "channel", "page", "feed"])
            || m == k + 1 && word_in(text, tokens, k - 2, &["said", "says", "announced", "added"]))
        && !tokens.get(m).is_some_and(|t| matches!(t.text(text), "'s" | "’s" | "-"))
}

/// Is the bracket at `m` a stock ticker's: "Lululemon Athletica (LULU.O)", "Advantest (6857.T)", "Vantrel (NYSE: VTL)"
/// (not a country, "(U.S.)", nor a figure, "(3.09)")? The bracketed text is read as bytes up to its closing bracket, at most 20.
fn ticker_after(text: &str, tokens: &[Token], m: usize) -> bool {
    let rest = &text.as_bytes()[tokens[m].span.end..];
    // (a capital or a digit first: most brackets after a name hold neither)
    if !rest.first().is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
        return false;
    }
    let Some(close) = rest.iter().take(20).position(|&b| b == b')') else { return false };
    let inner = &rest[..close];
    let code = |s: &[u8]| s.len() >= 2 && s.iter().all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit());
    match inner.iter().position(|&b| b == b':') {
        // an exchange in capitals (or "Nasdaq"), a colon and a code with a letter
        Some(c) => (code(&inner[..c]) || &inner[..c] == b"Nasdaq") && {
            let sym = inner[c + 1..].trim_ascii_start();
            code(sym) && sym.iter().any(u8::is_ascii_uppercase)
        },
        // a code of two characters or more and its exchange's suffix in capitals after a dot
        None => inner.iter().position(|&b| b == b'.').is_some_and(|d| {
            let suffix = &inner[d + 1..];
            code(&inner[..d]) && (1..=2).contains(&suffix.len()) && suffix.iter().all(u8::is_ascii_uppercase)
        }),
    }
}
