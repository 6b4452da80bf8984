//! Sports clubs named after places: "Leicestershire beat Somerset", "Pohang 1 Ulsan 0".
//!
//! Input: one sentence's tokens and its mentions. Output: the names seen in a
//! match context (a result or table line: the name then a score on the same
//! line; a match verb or `v`/`vs` next to it; "lost to", "drew with"; its standing, "league leaders X"; a
//! transfer, "signed for X", "joined X", "from X for £5m"; the club's staff, "X's manager", "X boss"; or a plural verb, "X were
//! beaten").
//! After the whole document is read, [`relabel`] makes every mention of such a
//! name an ORG, because the club, not the place, is meant. Countries are left
//! alone (national sides keep their country's label), and a lone name is not
//! enough: the document must show two different ones, or one and a listed
//! club in a result ("Liverpool beat Chelsea 2-1"), or one and the club's full
//! name ("Leicester City"). A mention after "in" stays the town. A one-word name in a cricket scorecard's dismissal
//! ("c Vaas b Chandana 56") or before bowling figures ("Vaas 7-0-29-0") is a person, never a club.

use super::lexicon::{Kind, LEXICON};
use super::Mention;
use crate::annotations::Label;
use crate::segment::{Token, TokenKind};
use crate::hash::WordSet as HashSet;

const VERBS_AFTER: &[&str] = &["beat", "beats", "defeated", "drew", "thrashed", "edged", "routed", "crushed", "trounced", "v", "vs", "vs."];
const WORDS_BEFORE: &[&str] = &["beat", "beating", "defeated", "thrashed", "crushed", "routed", "edged", "trounced", "v", "vs", "vs.", "versus", "host", "hosts", "face", "faces"];
/// Is `first second` a result's words before a club ("lost to X", "drew with X", "beaten by X", "the match
/// against X", "a win over X"), or, after it,
/// "X lost to"? Matched on the second word first: most words are none of these.
fn result_pair(first: &[u8], second: &[u8]) -> bool {
    match second {
        b"to" => matches!(first, b"lost" | b"losing" | b"lose"),
        b"with" => matches!(first, b"drew" | b"draw" | b"drawing"),
        b"by" => first == b"beaten",
        // "the match against X", "a 3-1 win over X", "Texas's lead over X"
        b"against" => matches!(first, b"match" | b"game" | b"final" | b"tie" | b"fixture" | b"clash" | b"draw" | b"win" | b"defeat"),
        b"over" => matches!(first, b"win" | b"victory" | b"lead"),
        _ => false,
    }
}

/// Is `first second` a club's standing in its competition before its name: "Premier League leaders X", "title rivals X",
/// "defending champions X", "Super Bowl champions X" (after a competition's name or a word of one)?
/// Matched on the second word first: most words are none of these.
fn standing_pair(first: &[u8], second: &[u8]) -> bool {
    matches!(second, b"leaders" | b"rivals" | b"champions" | b"holders")
        && (first.first().is_some_and(u8::is_ascii_uppercase) && first.len() > 1
            || matches!(first, b"league" | b"table" | b"title" | b"defending" | b"reigning" | b"derby" | b"fierce" | b"bitter" | b"relegation" | b"promotion" | b"cup" | b"group"))
}

/// Is `first second` the words before a club a player moves to or plays for: "joined X", "signed for X", "on loan
/// at X", "scored for X"
/// (a listed club there proves nothing about matches: "joined Google")?
fn transfer_pair(first: &[u8], second: &[u8]) -> bool {
    match second {
        b"joined" | b"joins" => true,
        // (and a player's club: "scored for X", "homered for X", "played for X")
        b"for" => matches!(first, b"signed" | b"signs" | b"sign" | b"signing" | b"scored" | b"played" | b"plays" | b"homered" | b"starred"),
        b"at" | b"to" | b"from" => first == b"loan",
        _ => false,
    }
}

/// People of a club after its possessive: "Liverpool's manager", "Leeds' striker" (a city has a mayor, not a manager).
const STAFF_AFTER: &[&str] = &["manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "boss", "squad", "players", "fans", "supporters", "captain", "skipper", "bowlers", "batsmen", "batters", "openers"];
const VERBS_AFTER_OPENINGS: [u16; 128] = openings(VERBS_AFTER);
const WORDS_BEFORE_OPENINGS: [u16; 128] = openings(WORDS_BEFORE);

/// For each first byte, the lengths (one bit each) of the words of `list` (lower case, under 16 bytes) opening with it.
const fn openings(list: &[&str]) -> [u16; 128] {
    let mut set = [0u16; 128];
    let mut w = 0;
    while w < list.len() {
        let word = list[w].as_bytes();
        set[word[0] as usize] |= 1 << word.len();
        w += 1;
    }
    set
}

/// The rule of a cricketer named in a scorecard's dismissal or bowling figures.
pub(super) const SCORECARD: &str = "scorecard";

/// Rules whose label a team context may overturn (never a country or a demonym).
const PLACE_LIKE: &[&str] = &["city_list", "region_list", "span_model", super::names::UNLABELLED, "capitalised_word", "capitalised_pair", "surname_list"];

/// Adds to `teams` the text of each mention in `found` that stands in a match context; a listed club there
/// ("Liverpool beat Chelsea 2-1") is no place to relabel but shows that the document reports matches, and counts
/// as `witnesses`. A cricketer a scorecard names, whose figures look like a club's score, is labelled a person here
/// ([`SCORECARD`]).
#[inline(never)] // a stage of its own in profiles
pub fn collect<'t>(text: &'t str, tokens: &[Token], found: &mut [Mention], teams: &mut Vec<&'t str>, witnesses: &mut usize) {
    for k in 0..found.len() {
        let m = &found[k];
        if m.label == Label::Date || m.label == Label::Number {
            continue;
        }
        let club = m.label == Label::Org && m.rule == "org_list";
        // an unlisted town's name with a club's last word: "Stoke City", "Derby County" (checked after the cheaper tests)
        let shaped = || m.rule == "place_keyword" && club_shaped(text, m);
        // (one listed club in a result is all the document needs)
        if club && *witnesses > 0 || !club && !PLACE_LIKE.contains(&m.rule) && !shaped() {
            continue;
        }
        // a listed club needs a result word or a score next to it: most are none, told by one byte each side
        // (the first letter after it of a score or a verb after, the last letter before it of a word before)
        if club {
            let bytes = text.as_bytes();
            let after = bytes.get(m.span.end + 1).copied().unwrap_or(0);
            let before = m.span.start.checked_sub(2).and_then(|i| bytes.get(i)).copied().unwrap_or(0);
            if !(after.is_ascii_digit() || b"bdtercvl".contains(&after) || b"tgdvs.ohy".contains(&before)) {
                continue;
            }
        }
        // tokens are sorted and disjoint: binary searches, not scans (a long sentence would make them quadratic)
        let a = tokens.partition_point(|t| t.span.start < m.span.start);
        let last = a + tokens[a..].partition_point(|t| t.span.end < m.span.end);
        if tokens.get(a).is_none_or(|t| t.span.start != m.span.start) || tokens.get(last).is_none_or(|t| t.span.end != m.span.end) {
            continue;
        }
        let b = last + 1;
        // players have scores and beat each other too ("P. Simmons 4-38", "Mark Cairns beat ..."): only places and single words
        if m.label != Label::Place && b != a + 1 && !club {
            continue;
        }
        let is_in = |i: usize, list: &[&str], openings: &[u16; 128]| {
            // length and first letter first, in one look-up: most words match no entry's
            tokens.get(i).is_some_and(|t| {
                let first = text.as_bytes().get(t.span.start).map_or(0, u8::to_ascii_lowercase);
                first < 128 && t.span.len() < 16 && openings[first as usize] & 1 << t.span.len() != 0
                    && list.iter().any(|w| w.eq_ignore_ascii_case(t.text(text)))
            })
        };
        // a score, not a numbered heading or a decimal: "Milepost 7: ...", "Milepost 7.2"
        let score_after = || tokens.get(b).is_some_and(|t| {
            t.kind == TokenKind::Number && !t.newline_before && t.text(text).len() <= 3 && t.text(text).bytes().all(|c| c.is_ascii_digit())
        }) && !tokens.get(b + 1).is_some_and(|t| !t.space_before && matches!(t.text(text), ":" | "."))
            // nor a time ago: "Published 3 hours ago", "Updated 10 minutes ago"
            && !tokens.get(b + 2).is_some_and(|t| !t.newline_before && t.text(text).eq_ignore_ascii_case("ago"))
            // nor a product's model number in running text, before a function word: "the Pixel 10 in August" (a score is
            // followed by "and" or "for": "Somerset 83 and 174", "Essex 197 for 5")
            // (a unit after a score stays one: "Telekom 4 hours", "Polti 5 seconds behind")
            && !tokens.get(b + 1).is_some_and(|t| !t.newline_before && t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_ascii_lowercase())
                && LEXICON.is(text, t, Kind::Stopword) && !crate::one_of(t.text(text), &["and", "for", "v", "vs", "after", "at"]));
        let verb_after = || tokens.get(b).is_some_and(|t| !t.newline_before) && is_in(b, VERBS_AFTER, &VERBS_AFTER_OPENINGS);
        let word_before = || a > 0 && !tokens[a].newline_before && is_in(a - 1, WORDS_BEFORE, &WORDS_BEFORE_OPENINGS);
        // the two words before the name on its line, and the two after it, as bytes (no char-boundary checks)
        let word = |i: usize| tokens.get(i).map_or(&b""[..], |t| text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default());
        // an everyday word is no club ("Published 14 March", "Updated 10:42"); a place that is one too may be ("Reading")
        let everyday = || b == a + 1 && (LEXICON.info(text, &tokens[a]).is_some_and(|i| i.has(Kind::CommonWord) && !i.any(&[Kind::City, Kind::Region, Kind::Country]))
            // (nor is a participle no list knows before a score the sentence goes on from: "Trailing 5-0 after the first, the Dodgers",
            // "Chasing 180, Kent were"; a town's club in a result has a name after the score: "Woking 2-1 Barnet")
            || m.rule == super::names::UNLABELLED && word(a).ends_with(b"ing") && {
                let on = b + if word(b + 1) == b"-" { 3 } else { 1 };
                word(on) == b"," || word(on).first().is_some_and(u8::is_ascii_lowercase)
            });
        let (prev2, prev) = match a {
            0 => (&b""[..], &b""[..]),
            _ if tokens[a].newline_before => (&b""[..], &b""[..]),
            1 => (&b""[..], word(0)),
            _ => (word(a - 2), word(a - 1)),
        };
        let (next, next2) = if tokens.get(b).is_some_and(|t| !t.newline_before) { (word(b), word(b + 1)) } else { (&b""[..], &b""[..]) };
        // a cricketer in a scorecard is a person, no club: a dismissal's fielder or bowler, "c Vaas b Chandana 56", or a
        // bowler's figures, "Vaas 7-0-29-0"
        if b == a + 1 && !club && (matches!(prev, b"b" | b"c" | b"st") || next.first().is_some_and(u8::is_ascii_digit) && word(b + 1) == b"-" && word(b + 3) == b"-" && word(b + 5) == b"-") {
            (found[k].label, found[k].rule) = (Label::Person, SCORECARD);
            continue;
        }
        let staff_after = || matches!(next, b"'s" | b"\xE2\x80\x99s" | b"'" | b"\xE2\x80\x99") && staff_word(next2);
        // a score before the name on its line: "Leicester 1-3 Brentford"
        let score_before = || a >= 3 && !tokens[a].newline_before && tokens[a - 1].kind == TokenKind::Number && tokens[a - 2].text(text) == "-"
            && tokens[a - 3].kind == TokenKind::Number && !tokens[a - 1].space_before && !tokens[a - 2].space_before;
        // (not a lineup's substitute and minute, nor a scorer's in a list of them: "(Soumaré 64)", "(Saka 12, Havertz 78; Kane 33)")
        // (... nor a bowler's figures in one: "(Starc 26; Bumrah 5-30, Rana 3-48)")
        let scorer = || matches!(prev, b"," | b";") && (matches!(word(b + 1), b"," | b";" | b")") || word(b + 1) == b"-" && matches!(word(b + 3), b"," | b";" | b")"));
        // a transfer's fee in millions after the club a player left: "signed Yoane Wissa from Brentford for £55m" (not "flew from
        // Paris for £500")
        let fee = || prev == b"from" && next == b"for" && [&b"\xC2\xA3"[..], b"\xE2\x82\xAC", b"$"].iter().any(|c| next2.starts_with(c)) && {
            let amount = &text.as_bytes()[tokens[b + 1].span.start..];
            let unit = amount.iter().position(|&c| c.is_ascii_alphabetic() || c == b' ').map_or(&b""[..], |p| &amount[p..]);
            [&b"m"[..], b" million", b"bn", b" billion"].iter().any(|u| unit.starts_with(u))
        };
        let result = score_after() && prev != b"(" && !scorer() || verb_after() || word_before() || result_pair(prev2, prev) || result_pair(next, next2) || score_before() || standing_pair(prev2, prev);
        if club {
            *witnesses += result as usize;
        } else if m.rule == "place_keyword" {
            // a club's full name in a result, before its staff or a plural verb is a club, and shows the document reports
            // matches: "beaten by Hull City", "Derby County manager Paul Warne", "Stoke City were beaten"
            if result || transfer_pair(prev2, prev) || fee() || town_club("city_list", prev, next) {
                teams.push(m.span.of(text));
                *witnesses += 1;
            }
        } else if (result || transfer_pair(prev2, prev) || fee() || staff_after() || b == a + 1 && town_club(m.rule, prev, next)
            // (a place joined to a listed club once the document has shown a match: "trips to Chelsea and Liverpool"; not
            // "partners including Chevron and Petronas")
            || prev == b"and" && (*witnesses > 0 || !teams.is_empty()) && found.iter().any(|c| c.rule == "org_list" && a >= 2 && c.span.end == tokens[a - 2].span.end)) && !everyday() && !camel_case(word(a)) {
            teams.push(m.span.of(text));
        }
    }
}

/// Is a listed town (`rule`) a club by the words around it: its staff right after it ("Leicester boss Steve Cooper"), not
/// after a preposition ("fans in Leicester"), or a plural verb after it opening its sentence ("Leicester were beaten";
/// a town is singular; not "Adams and Platt are", "besieging Turin were")?
#[inline(never)]
fn town_club(rule: &str, prev: &[u8], next: &[u8]) -> bool {
    matches!(rule, "city_list" | "region_list")
        && (staff_word(next) && !matches!(prev, b"in" | b"of" | b"at" | b"to")
            || matches!(next, b"were" | b"are") && prev.is_empty())
}

/// One of [`STAFF_AFTER`].
#[inline(never)]
fn staff_word(w: &[u8]) -> bool {
    STAFF_AFTER.iter().any(|s| s.as_bytes() == w)
}

/// A name in camel case is a product's, no club's: "AirPods 4" (but "McLaren", "MacDonald").
#[inline(never)]
fn camel_case(w: &[u8]) -> bool {
    w.iter().skip(1).any(u8::is_ascii_uppercase) && w.iter().any(u8::is_ascii_lowercase) && !w.starts_with(b"Mc") && !w.starts_with(b"Mac")
}

/// The last words of football clubs' names after their town's: "Leicester City", "Preston North End" (not "Maine Central Railroad").
const CLUB_SUFFIXES: &[&str] = &["City", "United", "Town", "Rovers", "Wanderers", "Athletic", "Albion", "County", "FC", "AFC", "Hotspur", "Rangers", "North End", "Argyle", "Alexandra"];

/// A town's name and a club's last word that no list holds as a place (a place list's "Kansas City", "Cape Town" are
/// `city_list`): "Stoke City", "Notts County", "Ipswich Town".
#[inline(never)]
fn club_shaped(text: &str, m: &Mention) -> bool {
    m.rule == "place_keyword" && m.label == Label::Place
        && m.span.of(text).rsplit_once(' ').is_some_and(|(_, last)| matches!(last, "City" | "Town" | "County"))
}

/// Is the club-shaped mention `m` opened by a listed city ("Norwich City", not "Orange County", "Atlantic City")?
fn city_club(text: &str, m: &Mention) -> bool {
    club_shaped(text, m) && m.span.of(text).rsplit_once(' ').is_some_and(|(town, _)| LEXICON.word(town).is_some_and(|i| i.has(Kind::City)))
}

/// Relabels every place-like mention of a name seen in a match context as ORG, and every listed city's name with a
/// club's last word ("Coventry City moved up to fourth")
/// (only when the document shows at least two different names, or one and a listed club, in such contexts; a person's
/// surname is no club's name).
pub fn relabel(text: &str, teams: &[&str], witnesses: usize, mentions: &mut [Mention]) {
    if teams.is_empty() {
        return;
    }
    let mut names: HashSet<&str> = teams.iter().copied().collect();
    // (not a player's surname with a score after it, whose full name the document gives: "Starc 1-58" after "Mitchell Starc";
    // one pass over the people, where the names could pass the test below)
    let enough = names.len() + witnesses.min(1) >= 2;
    for m in mentions.iter().filter(|m| enough && m.label == Label::Person) {
        let name = m.span.of(text);
        if let Some(p) = name.as_bytes().iter().rposition(|&b| b == b' ') {
            names.remove(&name[p + 1..]);
        }
    }
    // (one name and a club's full name opened by it also do: "Leicester City beat ... Leicester were beaten")
    let club_named = || names.iter().all(|&n| mentions.iter().any(|m| {
        // (a name a word longer, tested by length first)
        m.label == Label::Org && (n.len() + 2..n.len() + 12).contains(&m.span.len())
            && m.span.of(text).strip_prefix(n).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| CLUB_SUFFIXES.contains(&rest))
    }));
    if names.is_empty() || names.len() + witnesses.min(1) < 2 && !club_named() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| (PLACE_LIKE.contains(&m.rule) || club_shaped(text, m)) && m.label != Label::Date && m.label != Label::Number) {
        // a place after "in" is the town, whatever its club did: "a flat in Leicester"
        if (names.contains(m.span.of(text)) || city_club(text, m)) && !text[..m.span.start].ends_with(" in ") {
            m.label = Label::Org;
            m.rule = "sports_team";
        }
    }
}
