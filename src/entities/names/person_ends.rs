//! Where a person's name ends inside a longer capitalised run: before "of" and the body the person works for ("Claire
//! Walsh of Lancashire Police"), and before a possessive owning a firm named after the person ("Rupert Murdoch's News Corp").
//!
//! Input: one sentence's tokens and the piece `[k, m)`. Output: the end of the person's name, when the piece opens with one.
//! Each test looks at a few tokens.

use super::super::lexicon::{Kind, LEXICON};
use super::super::model;
use super::compound::owns_named_body;
use super::context::{is_given_name, is_plain_common_word};
use super::labels::{ends_with_org_keyword, starts_with_org_head};
use super::{is_cap, is_shouted};
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};

/// Where the person's name that opens the piece `[k, m)` ends before "of": two or three plain words opened by a
/// given name or a person's title, and a name after "of" ("Claire Walsh of Lancashire Police"; not "Victoria University of
/// Wellington", whose keyword is before "of").
pub(super) fn person_before_of(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<usize> {
    let p = (k + 2..m.saturating_sub(1).min(k + 4)).find(|&p| tokens[p].text(text) == "of")?;
    let plain = |t: &Token| t.kind == TokenKind::Word && is_cap(text, t) && !is_shouted(text, t)
        && LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::OrgKeyword, Kind::NameKeyword, Kind::Title, Kind::Country, Kind::City, Kind::Region, Kind::Org]));
    // (a given name that is also an ordinary word or a surname, "Rich", "Will", only with one more word and a firm after
    // "of" that ends in its keyword or is listed: "Rich Greenfield of LightShed Partners", "Mark Lind of Bank of America"; not
    // "... of University of ...", opened by a keyword)
    let firm_after = || p == k + 2 && LEXICON.is(text, &tokens[k], Kind::GivenName)
        && (ends_with_org_keyword(text, &tokens[p + 1..m]) && !starts_with_org_head(text, &tokens[p + 1..m])
            || LEXICON.longest(text, &tokens[p + 1..m], Kind::Org) == Some(m - p - 1));
    // (or any two plain words after a person's title: "Detective Constable Owain Harris of South Wales Police")
    let titled = || p == k + 2 && super::labels::is_title_before(text, tokens, k);
    // (or two words the model reads as a person's before a body its keyword ends: "Cleve Arguelles of WR Numero Research")
    let modelled = || p == k + 2 && ends_with_org_keyword(text, &tokens[p + 1..m]) && !starts_with_org_head(text, &tokens[p + 1..m])
        && model::classify(text, tokens, k, p, false).is_some_and(|(l, _)| l == Some(Label::Person));
    ((is_given_name(text, &tokens[k]) || firm_after() || titled()) && tokens[k..p].iter().all(plain)
        || tokens[k..p].iter().all(plain) && modelled()).then_some(p)
}

/// Where the person's name that opens the piece `[k, m)` ends before a possessive that owns a firm named after it (with
/// its keyword, or listed): two or three plain words opened by a given name ("Rupert Murdoch's News Corp"), or one or two
/// after a title (`titled`: "Mr Yoon's People Power Party"); not "King's College", "Alzheimer's Society".
pub(super) fn person_before_possessive(text: &str, tokens: &[Token], k: usize, m: usize, titled: bool) -> Option<usize> {
    let p = (k + 1..m.saturating_sub(1).min(k + 4)).find(|&p| matches!(tokens[p].text(text), "'s" | "’s"))?;
    // (not an ordinary word that names the body's members: "the People's Liberation Army")
    if p == k + 1 && owns_named_body(text, tokens, p, m) && !LEXICON.is(text, &tokens[k], Kind::Title) && !is_plain_common_word(text, &tokens[k]) {
        return Some(p); // "Bolsonaro's Liberal Party": the owner, then the party
    }
    let plain = |t: &Token| t.kind == TokenKind::Word && is_cap(text, t) && !is_shouted(text, t) && !LEXICON.is(text, t, Kind::CommonWord)
        && LEXICON.info(text, t).is_none_or(|i| !i.any(&[Kind::OrgKeyword, Kind::NameKeyword, Kind::Title, Kind::Country, Kind::City, Kind::Region, Kind::Org]));
    let firm = &tokens[p + 1..m];
    let owned = ends_with_org_keyword(text, firm) || LEXICON.longest(text, firm, Kind::Org) == Some(firm.len());
    (owned && tokens[k..p].iter().all(plain) && (p >= k + 2 && is_given_name(text, &tokens[k]) || titled && p <= k + 2)).then_some(p)
}
