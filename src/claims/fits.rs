//! Which organisation or place a description fits: the words an institution's name may carry
//! besides its own noun, a modifier a name carries, the organisation opening a sentence, a country.
//!
//! Input: lower-case names and modifiers, or the document tables. Output: yes or no, or a linked id.
//! Each test looks at one name or a few tokens.

use super::speakers::{is_function_word, Np, Who};
use super::words::DETERMINER;
use super::Doc;
use crate::annotations::{Label, ParagraphKind};

/// Words before a title that name no office of their own ("the head coach", "the former president", "the prime minister").
const RANKS: &[&str] = &["acting", "chief", "current", "deputy", "first", "former", "head", "incoming", "interim", "longtime", "new", "outgoing", "prime", "senior", "then", "top", "veteran", "vice"];

/// "The Transport Secretary", "the shadow housing minister": a title after a portfolio word names one office,
/// which the person the text is about, introduced with no such title, does not hold.
pub(super) fn office_qualified(doc: &Doc, np: &Np) -> bool {
    let p = np.end.saturating_sub(2);
    // (a portfolio in "-ing" is one too: "the housing secretary", "the policing minister")
    let portfolio = |w: &str| matches!(w, "housing" | "policing" | "planning" | "farming");
    // (not an owner's "'s": "the party's chairman" names the party, no office)
    p > np.start && doc.is_word(p) && doc.entity(p).is_none() && (!is_function_word(doc.low(p)) || portfolio(doc.low(p))) && !RANKS.contains(&doc.low(p)) && !super::speakers::possessive(doc, p)
}

/// The word naming the office in a title phrase `np` ("the Prime Minister", "the home secretary"): a portfolio
/// ([`office_qualified`]) or "prime".
pub(super) fn office(doc: &Doc, np: &Np) -> Option<usize> {
    let p = np.end.checked_sub(2).filter(|&p| p >= np.start && doc.is_word(p) && doc.entity(p).is_none())?;
    // ("The First Minister wrote": a head of a devolved government, an office like the prime minister's)
    (doc.low(p) == "prime" || doc.low(p) == "first" && doc.low(p + 1) == "minister" || office_qualified(doc, np)).then_some(p)
}

/// Institution nouns and the words of the names they describe besides their own ("the regulator": the
/// National Highway Traffic Safety Administration).
pub(super) const ALIASES: &[(&str, &[&str])] = &[
    ("agency", &["administration", "authority", "service", "office", "bureau"]),
    ("regulator", &["administration", "authority", "commission", "agency", "office", "board", "bureau"]),
    ("watchdog", &["administration", "authority", "commission", "agency", "office", "board", "bureau"]),
    ("union", &["association", "federation", "congress", "guild"]),
    // ("the force said": the police force named before)
    ("force", &["police", "constabulary"]),
];

/// Does a (lower-case) name carry a modifier: each of its words, or a word of the same stem
/// ("new york" in "new york police department", "russian" in "ministry of defence of russia")?
pub(super) fn named_with(name: &str, modifier: &str) -> bool {
    modifier.split_whitespace().all(|m| name.split_whitespace().any(|w| same_stem(m, w)))
}

/// "russia" ~ "russian", "north korea's" ~ "north korean".
pub(super) fn same_stem(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches("'s").trim_end_matches("’s");
    let b = b.trim_end_matches("'s").trim_end_matches("’s");
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= a.chars().count().min(b.chars().count()).saturating_sub(2).max(3)
}

/// The organisation (linked id) that opens the sentence of token `t`, before `t` ("Siemens will …",
/// "The BBC has …", past an adverb and its comma: "Separately, Oracle Corp shares jumped …").
/// With `owned`, only its possessive ("Ofgem's cap will rise"), not the organisation acting ("Tesla is recalling cars").
pub(super) fn subject_org(doc: &Doc, t: usize, owned: bool) -> Option<usize> {
    let sentences = &doc.seg.sentence_tokens;
    let r = sentences.get(sentences.partition_point(|r| r.end <= t))?;
    let first = r.start + 2 * (r.start + 2 < t && doc.is_comma(r.start + 1) && doc.low(r.start).ends_with("ly")) as usize;
    let first = first + (first + 1 < t && doc.low(first) == "the") as usize;
    // ("Shares in Rio Tinto fell 3% after the company said …": the company whose shares open the sentence)
    let first = first + 2 * (first + 2 < t && doc.low(first) == "shares" && matches!(doc.low(first + 1), "in" | "of")) as usize;
    let e = doc.entity(first).filter(|&e| first < t && doc.entities[e].label == Label::Org)?;
    (!owned || super::speakers::possessive(doc, (first..t).find(|&u| doc.entity(u) != Some(e)).unwrap_or(t))).then(|| doc.entities[e].linked)
}

/// The country among `places` (linked ids, latest first) that a description's modifier names: by its name, a
/// mention ("Britain's") or a shared stem ("the Lebanese health ministry"); for a government, also by its
/// nationality ("the French government": France; "the British government": the United Kingdom).
pub(super) fn country_of(doc: &Doc, places: &[usize], m: &str, government: bool) -> Option<usize> {
    let nation = if government { crate::entities::lexicon::LEXICON.extra(m, crate::entities::lexicon::Kind::Demonym) } else { None };
    places.iter().rev().copied().find(|&l| {
        let name = doc.linked[l].name.to_lowercase();
        let named = name == m || same_stem(&name, m) || nation.is_some_and(|n| n.eq_ignore_ascii_case(super::who::canonical(doc, l)));
        (named || doc.linked[l].mentions.iter().any(|&e| doc.entities[e].text.eq_ignore_ascii_case(m))) && is_country(doc, l)
    })
}

/// A government of a nationality or country ("the French government"): that country if named among `places`,
/// else the phrase as written ("French government"); `None` for another modifier ("the Labour government").
pub(super) fn national(doc: &Doc, places: &[usize], np: &Np, m: &str) -> Option<Who> {
    match country_of(doc, places, m, true) {
        Some(l) => Some(Who::Entities(vec![l])),
        None if crate::entities::lexicon::LEXICON.has(m, crate::entities::lexicon::Kind::Demonym) => Some(Who::Name(doc.span(np.start + doc.is(np.start, DETERMINER) as usize, np.end))),
        None => None,
    }
}

/// Does a description rank its body ("Britain's biggest building society")? A ranked body is a company, not
/// a country's institution.
pub(super) fn ranked(doc: &Doc, np: &Np) -> bool {
    (np.start..np.end).any(|t| crate::one_of(doc.low(t), &["biggest", "busiest", "largest", "oldest", "richest", "smallest"]))
}

/// The cause a group's description names ("the campaign group", "the human rights group", "a militant group"): a
/// body of campaigners, fighters or members, never a company's group ("the media group", "the Swiss group").
pub(super) fn cause(doc: &Doc, np: &Np, noun: &str) -> Option<&'static str> {
    const CAUSES: &[&str] = &[
        "activist", "advocacy", "armed", "campaign", "campaigning", "community", "conservation", "consumer", "environmental",
        "industry", "lobby", "militant", "opposition", "pressure", "protest", "rebel", "rights", "trade", "watchdog",
    ];
    let w = np.end.checked_sub(2).filter(|&p| p > np.start && noun == "group")?;
    CAUSES.iter().find(|&&c| c == doc.low(w)).copied()
}

/// Is linked entity `l` a country (one of its mentions comes from the country list)?
pub(super) fn is_country(doc: &Doc, l: usize) -> bool {
    doc.linked[l].mentions.iter().any(|&m| doc.entities[m].rule == "country_list")
}

/// Was person `p` named, before byte `before`, in a sentence that also names the body or group of a
/// description's modifier ("the Labour leader": a sentence with both the person and "Labour")?
/// A person never so named is not whom "the Labour leader" means. Only for modified descriptions.
pub(super) fn named_beside(doc: &Doc, p: usize, modifier: &str, before: usize) -> bool {
    doc.linked[p].mentions.iter().map(|&m| doc.entities[m].span.start).take_while(|&at| at < before).any(|at| {
        let Some(s) = doc.seg.sentence_at(at) else { return false };
        let span = doc.seg.sentences[s].span;
        let from = doc.entities.partition_point(|e| e.span.start < span.start);
        doc.entities[from..].iter().take_while(|e| e.span.start < span.end).any(|e| e.label != Label::Person && named_with(&e.text.to_lowercase(), modifier))
    })
}

/// "The shadow chancellor told the BBC … Mel Stride said …": a person named for the first time at the
/// opening of the sentence after a description's (after an honorific: "Sir Ed Davey told …") is the
/// person the description introduced.
/// Not one whose appositive there gives another role than an office ([`office_noun`]): "The chancellor says ….
/// Paul Dales, chief UK economist at Capital Economics, said".
/// Not a person named by nationality ("the Australian told Sky Sports"), who is someone named before.
pub(super) fn named_next(doc: &Doc, np: &Np, noun: &str) -> Option<usize> {
    if np.end.checked_sub(1).is_some_and(|h| doc.label(h) == Some(Label::Group)) {
        return None;
    }
    let sentences = &doc.seg.sentence_tokens;
    let next = sentences.partition_point(|r| r.end <= np.start) + 1;
    // (not the writer in a byline under a headline: "President tells UN …\n\nBy Jane Doe")
    let r = sentences.get(next).filter(|_| doc.seg.paragraph_kind(next) != ParagraphKind::Byline)?;
    let t = (r.start..r.end.min(r.start + 3)).find(|&t| doc.entity(t).is_some() || !doc.capitalised(t))?;
    let e = doc.entity(t).filter(|&e| doc.entities[e].label == Label::Person)?;
    let l = doc.entities[e].linked;
    let u = (t..r.end).find(|&u| doc.entity(u) != Some(e)).unwrap_or(r.end);
    let role = u + 1 < r.end && doc.is_comma(u) && doc.is_word(u + 1) && !doc.is(u + 1, super::words::CUE);
    let other = role && office_noun(noun) && !(u + 1..r.end.min(u + 8)).any(|k| doc.low(k) == noun);
    (doc.linked[l].mentions.first() == Some(&e) && !other).then_some(l)
}

/// Nouns of offices one person holds (no generic role such as "leader").
pub(super) fn office_noun(noun: &str) -> bool {
    crate::one_of(noun, &["chancellor", "governor", "mayor", "secretary", "treasurer"])
}

/// "The chancellor" is not someone the text introduced with another office ("Health Secretary Wes Streeting said …
/// The chancellor says", "Governor Andrew Bailey").
pub(super) fn other_office(titles: &[super::titles::Title], p: usize, noun: &str) -> bool {
    office_noun(noun) && titles.iter().any(|(l, n, _, _)| *l == p && (n.contains(' ') || office_noun(n)) && !n.ends_with(noun))
}

/// People a plural description names ("the authors warned", "the two leaders said"): those the text introduced with
/// that title (at most two, "Caroline Holmes, the lead author,"), else the two it is about ([`two`]); "the two
/// leaders" are two even if the text titled one alone so.
pub(super) fn people(doc: &Doc, np: &Np, noun: &str, persons: &[usize], titles: &[super::titles::Title]) -> Who {
    let mut titled: Vec<usize> = persons.iter().copied().filter(|&l| titles.iter().any(|t| t.0 == l && t.1.ends_with(noun))).take(2).collect();
    titled.sort_unstable();
    let pair = (np.start..np.end).any(|q| matches!(doc.low(q), "two" | "both"));
    if titled.is_empty() || pair && titled.len() < 2 {
        two(doc, persons).unwrap_or(Who::Anonymous)
    } else {
        Who::Entities(titled)
    }
}

/// Two of the recently mentioned: the two most mentioned in the whole text, in order of recency.
pub(super) fn two(doc: &Doc, list: &[usize]) -> Option<Who> {
    if list.len() < 2 {
        return None;
    }
    let mut ranked: Vec<(usize, usize)> = list.iter().enumerate().map(|(i, &l)| (doc.linked[l].mentions.len(), i)).collect();
    crate::sort::sort_by_lean(&mut ranked, |x, y| y.cmp(x));
    let (i, j) = (ranked[0].1.min(ranked[1].1), ranked[0].1.max(ranked[1].1));
    Some(Who::Entities(vec![list[i], list[j]]))
}

/// The body "a spokesperson" or "the spokesperson" speaks for: the organisation its own sentence opens with ("Network Rail
/// has closed the line, a spokesperson said"), else the one that just spoke if the sentence before named it, else the one
/// organisation the sentence before named ("ScotRail has cancelled all services. A spokesperson said"), else no one named.
pub(super) fn spokesperson_body(doc: &Doc, np: &Np, last_speaker: Option<&Who>, last_sentence_org: Option<usize>) -> Who {
    if let Some(l) = subject_org(doc, np.start, false) {
        return Who::Entities(vec![l]);
    }
    match last_speaker {
        Some(w @ Who::Entities(ls)) if ls.len() == 1 && last_sentence_org == Some(ls[0]) => w.clone(),
        _ => last_sentence_org.map_or(Who::Anonymous, |l| Who::Entities(vec![l])),
    }
}

/// A nation's institution no name fits, by its nationality, even before the country is named: "the Israeli military
/// said" is the "Israeli military" (the words from the nationality on), not an unnamed source; so is one by its place
/// ("Gaza's health ministry"), and one by a place noun's possessive ("the territory's health ministry") is the last
/// one so named with that noun before it (none: an unnamed source, "the island's weather service"). Looks back at most
/// 1,000 tokens, and only for such a possessive.
pub(super) fn by_nationality(doc: &Doc, np: &Np) -> Who {
    let h = np.end - 1;
    // (a place only before the noun: not "Police in the town of Uyo")
    let named = |s: usize, e: usize| (s..e).find(|&t| doc.label(t) == Some(Label::Group) || e <= h && doc.label(t) == Some(Label::Place));
    if let Some(t) = named(np.start, if doc.entity(h).is_none() { h } else { np.end }) {
        return Who::Name(doc.span(t, np.end));
    }
    // ("the territory's health ministry": the words after the possessive, written after a place or a nationality before)
    let Some(p) = (np.start..h).rev().find(|&t| super::speakers::possessive(doc, t)) else {
        return earlier_owned(doc, np, h);
    };
    // (the noun's length first, an integer: most tokens are passed over without a string)
    let (k, len) = (h - p, doc.seg.tokens[h].span.len());
    (h.saturating_sub(1000).max(k)..np.start).rev()
        .filter(|&u| doc.seg.tokens[u].span.len() == len)
        .find_map(|u| (0..k).all(|i| doc.low(u - i) == doc.low(h - i)).then(|| named((u + 1 - k).saturating_sub(2), u + 1 - k)).flatten().map(|t| Who::Name(doc.span(t, u + 1))))
        .unwrap_or(Who::Anonymous)
}

/// "North Korea's foreign ministry said …. The ministry warned": a bare "the NOUN" is the institution last written with
/// that noun after a name (the country, the organisation, or the words from the nationality on); none: an unnamed source.
/// Looks back at most 1,000 tokens.
fn earlier_owned(doc: &Doc, np: &Np, h: usize) -> Who {
    if np.end != np.start + 2 || doc.low(np.start) != "the" {
        return Who::Anonymous;
    }
    let len = doc.seg.tokens[h].span.len();
    let Some(u) = (h.saturating_sub(1000)..np.start).rev().find(|&u| doc.seg.tokens[u].span.len() == len && doc.low(u) == doc.low(h)) else {
        return Who::Anonymous;
    };
    // (right before it, past a possessive and plain words: "North Korea's foreign ministry", not "Burundi, the ministry")
    let mut owner = None;
    for t in (u.saturating_sub(4)..u).rev() {
        if matches!(doc.label(t), Some(Label::Place | Label::Org | Label::Group)) {
            owner = Some(t);
            break;
        }
        if !(super::speakers::possessive(doc, t) || doc.is_word(t) && doc.label(t).is_none() && !doc.is(t, super::words::DETERMINER)) {
            break;
        }
    }
    match owner.and_then(|t| doc.entity(t).map(|e| (t, doc.entities[e].linked))) {
        Some((_, l)) if doc.linked[l].label == Label::Org || is_country(doc, l) => Who::Entities(vec![l]),
        Some((t, _)) => Who::Name(doc.span(t, u + 1)),
        None => Who::Anonymous,
    }
}

/// The organisation a description's phrase names itself, right before its noun: "The Pakistan Tehreek-e-Insaf party
/// said" is that party (not a party the modifier only fits, nor the country its first word names).
pub(super) fn org_before_noun(doc: &Doc, np: &Np) -> Option<usize> {
    let t = np.end.checked_sub(2).filter(|&t| t >= np.start)?;
    doc.entity(t).filter(|&e| doc.entities[e].label == Label::Org).map(|e| doc.entities[e].linked)
}
