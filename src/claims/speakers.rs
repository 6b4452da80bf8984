//! Speakers: the noun phrase next to a cue, and who it refers to.
//!
//! Input: the document tables and a token position. Output: [`Who`] ([`super::who`]) — linked entities (one, or several
//! for "Kim and Putin"), a bare name, an anonymous source, or nobody. Pronouns and descriptions ("he", "Russia's
//! president", "the two leaders", "the company") resolve in [`super::salience`].

use super::lexicon::with_lowercase;
use super::words::{AND, ANONYMOUS, DESC, DESC_PERSON, DETERMINER, KIN, PRONOUN, QUANTIFIER, TITLE_PART};
use super::Doc;
use crate::entities::{LEGAL_SUFFIXES, POSTNOMINALS};
use crate::annotations::Label;
use crate::span::Span;
pub use super::who::{name, Who};
/// Numbers and documents, which an organisation named before them publishes ("the ONS figures", "a YouGov poll").
use super::who::evidence_noun;
pub use super::after::np_after;
pub(super) use super::unnamed::{participle_before, spokesperson};
pub(super) use super::titles::title_start;
use super::unnamed::{previous_spokesperson, unnamed_in_place, unnamed_start};

/// What heads a speaker noun phrase.
#[derive(Debug, Clone)]
pub enum Head {
    Entities(Vec<usize>),
    Pronoun(&'static str),
    Description { noun: String, kind: &'static str, plural: bool, modifier: Option<String> },
    Anonymous,
    Name(Span),
    /// A person's own people: the person's entity ("Ms Mahmood's family").
    Owned(usize),
    /// A person's own people by a pronoun, "he" or "she" ("his family").
    Kin(&'static str),
}

#[derive(Debug, Clone)]
pub struct Np {
    pub start: usize,
    pub end: usize,
    pub head: Head,
}

pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "both", "two", "all", "his", "her", "its", "their", "our", "some", "several",
    "many", "three", "top", "senior", "one", "another", "each", "every", "no", "other"];
/// Words that may join a title without naming anyone ("Prime Minister", "Deputy Foreign Minister").
pub(super) const TITLE_PARTS: &[&str] = &["prime", "foreign", "deputy", "vice", "defence", "defense", "finance", "interior", "health", "senior", "chief", "general"];
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
pub(super) const QUANTIFIERS: &[&str] = &["many", "some", "others", "several", "most", "few", "all", "everyone", "nobody", "somebody", "someone", "one", "another"];
/// Unnamed-source words that speak for the organisation named before them; its sources or diplomats do not.
const VOICES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative", "representatives"];
/// A person's own bodies, which speak for the person ("Abbott's office", "her campaign").
pub(super) const PERSONS_OWN: &[&str] = &["office", "campaign", "team", "group", "administration", "government", "camp"];
/// Generic nouns after an outlet's name ("Efe news", "news agency Reuters").
pub(super) const OUTLET_NOUNS: &[&str] = &["news", "agency", "newspaper", "website", "broadcaster", "channel", "outlet", "daily", "television", "tv", "radio", "media"];
/// Generic nouns after an organisation's name ("the World Weather Attribution group", "the Resolution Foundation
/// think-tank"): the organisation speaks.
const BODY_NOUNS: &[&str] = &["group", "charity", "firm", "company", "consultancy", "thinktank", "tank", "watchdog", "lobby", "union"];
pub(crate) use super::words::description;
pub(super) use super::words::{is_function_word, ly_adverb};

/// A word of a title ("Prime", "Minister"), in any case.
pub(super) fn title_word(w: &str) -> bool {
    with_lowercase(w, super::words::title_word)
}

/// Does a head name people only?
fn person_head(doc: &Doc, head: &Head) -> bool {
    matches!(head, Head::Entities(es) if es.iter().all(|&e| doc.entities[e].label == Label::Person))
}

pub(super) fn speaker_label(l: Option<Label>) -> bool {
    matches!(l, Some(Label::Person | Label::Org | Label::Place))
}

/// "'s", or a bare apostrophe right after a plural ("the leaders' meeting").
pub(crate) fn possessive(doc: &Doc, t: usize) -> bool {
    if !doc.is_apostrophe(t) {
        return false; // most tokens: one bit, no string
    }
    match doc.low(t) {
        "'s" => true,
        "'" => t > 0 && !doc.seg.tokens[t].space_before && doc.is_word(t - 1) && doc.low(t - 1).ends_with('s') && doc.quote(t).is_none_or(|q| doc.quotes[q].outer.end != doc.seg.tokens[t].span.end),
        _ => false,
    }
}

/// The speaker phrase ending just before token `end` (not reaching before `lo`).
pub fn np_before(doc: &Doc, lo: usize, end: usize) -> Option<Np> {
    if end <= lo {
        return None;
    }
    let h = end - 1;
    let low = doc.low(h);
    if doc.is(h, PRONOUN) {
        // the list's own entry (the class bit says it is there): no String per pronoun
        let pronoun = PRONOUNS.iter().copied().find(|&p| p == low).unwrap_or("");
        return Some(Np { start: h, end, head: Head::Pronoun(pronoun) });
    }
    // "I'd say", "she'll tell": a pronoun with a contracted auxiliary, no name
    // (a pronoun has at most four bytes: a word with no apostrophe's byte in its first five is searched no further)
    let apostrophe = low.bytes().take(5).any(|b| b == b'\'' || b == 0xE2);
    if let Some(p) = apostrophe.then(|| low.split_once(['\'', '’'])).flatten().and_then(|(p, _)| PRONOUNS.iter().copied().find(|&x| x == p)) {
        return Some(Np { start: h, end, head: Head::Pronoun(p) });
    }
    if low.as_bytes().first() == Some(&b'y') && (low == "you" || low.starts_with("you'") || low.starts_with("you’")) {
        return Some(Np { start: h, end, head: Head::Anonymous }); // "Q: You've said that …": the reader or the one asked, no name
    }
    if h > lo && PERSONS_OWN.contains(&low) && matches!(doc.low(h - 1), "his" | "her") {
        // "his office said", "her campaign said": the person's own
        return Some(Np { start: h - 1, end, head: Head::Pronoun(if doc.low(h - 1) == "his" { "he" } else { "she" }) });
    }
    if low == "old" && h >= lo + 4 && doc.tok(h - 1) == "-" && doc.low(h - 2).starts_with("year") && doc.tok(h - 3) == "-" {
        // "the 45-year-old said": the person the text is about
        let start = if h >= lo + 5 && doc.is(h - 5, DETERMINER) { h - 5 } else { h - 4 };
        return Some(Np { start, end, head: Head::Description { noun: "year-old".to_string(), kind: "person", plural: false, modifier: None } });
    }
    let letters = |l: Option<Label>| match l { Some(Label::Person) => POSTNOMINALS, Some(Label::Org) => LEGAL_SUFFIXES, _ => &[] };
    // (the head sliced only when the word before it is a person's or an organisation's: most are neither)
    let after_name = |l: &[&str]| !l.is_empty() && l.contains(&doc.tok(h));
    if h > lo && after_name(letters(doc.label(h - 1))) && doc.entity(h).is_none() {
        // "Prosecutor James Okoro KC said", "Northvale Energy plc announced": the letters after a name are no speaker of their own
        return np_before(doc, lo, h).map(|np| Np { end, ..np });
    }
    if h > lo && doc.label(h) == Some(Label::Group) && doc.low(h - 1) == "the" && !low.ends_with('s') && doc.entity(h - 1).is_none() {
        // "the Italian said": one person named by nationality, the person the text is about
        return Some(Np { start: h - 1, end, head: Head::Description { noun: low.to_string(), kind: "person", plural: false, modifier: None } });
    }
    // "One senior Tory told me", "Several Republicans said", "A British Muslim said": people named by party, faith or nationality, not named
    let g = h - (h > lo + 1 && doc.label(h) == Some(Label::Group) && doc.label(h - 1) == Some(Label::Group) && doc.entity(h - 1) != doc.entity(h)) as usize;
    if g > lo && doc.label(h) == Some(Label::Group) && doc.entity(g - 1).is_none() {
        let d = if g > lo + 1 && crate::one_of(doc.low(g - 1), &["senior", "former", "veteran", "leading", "prominent", "backbench"]) { g - 2 } else { g - 1 };
        if !low.ends_with('s') && matches!(doc.low(d), "a" | "an" | "one" | "another") {
            return Some(Np { start: d, end, head: Head::Description { noun: low.to_string(), kind: "person", plural: false, modifier: None } });
        }
        // ("78% of Americans said", "a majority of Britons say": some of a people, polled)
        let polled = doc.low(d) == "of" && d > lo && (doc.label(d - 1) == Some(Label::Number) || crate::one_of(doc.low(d - 1), &["half", "majority", "third", "quarter", "most"]));
        let d = if polled { d - 1 } else { d };
        if low.ends_with('s') && (polled || doc.is(d, QUANTIFIER) || doc.label(d) == Some(Label::Number)) {
            return Some(Np { start: d, end, head: Head::Anonymous });
        }
    }
    if doc.label(h) == Some(Label::Group) && low.ends_with('s') && (h == lo || !doc.is_word(h - 1) && doc.entity(h - 1).is_none()) {
        return Some(Np { start: h, end, head: Head::Anonymous }); // "Democrats, meanwhile, said": people named by party, unnamed
    }
    if low == "them" && h >= lo + 2 && doc.low(h - 1) == "of" {
        return Some(Np { start: h - 2, end, head: Head::Anonymous }); // "Two of them said": some of a group, unnamed
    }
    // ("68% said", "21 per cent said": some of those polled)
    if doc.is(h, QUANTIFIER) || low.ends_with('%') || low == "cent" {
        return Some(Np { start: h, end, head: Head::Anonymous }); // "many say", "some believe"
    }
    if let Some(np) = super::owned::owned(doc, lo, h, end) {
        return Some(np);
    }
    // "Interfax news agency said": the outlet named before its generic nouns (looked at only with an
    // organisation a few words before: most speakers have none)
    if (h.saturating_sub(3).max(lo)..h).any(|u| doc.label(u) == Some(Label::Org)) {
        let mut o = h;
        let body_noun = |o: usize| BODY_NOUNS.contains(&doc.low(o)) || o > lo + 1 && doc.tok(o) == "-" && doc.low(o - 1) == "think";
        while o > lo && h - o < 3 && (OUTLET_NOUNS.contains(&doc.low(o)) || body_noun(o) || o < h && doc.low(o) == "think") && doc.entity(o).is_none() {
            o -= 1;
        }
        if o < h && doc.label(o) == Some(Label::Org) {
            return np_before(doc, lo, o + 1).map(|np| Np { end, ..np });
        }
    }
    let head;
    let mut t = h;
    let title_only = doc.entity(h).is_some_and(|e| {
        // the head word alone (most mentions) already tells a name from a title
        let head_is_name = doc.whole_ascii_word(h, doc.entities[e].span) && !doc.is(h, DESC_PERSON | TITLE_PART);
        !head_is_name && doc.entities[e].text.split_whitespace().all(title_word)
    });
    if title_only {
        // an entity that is only a title ("the Prime Minister"): a description, not a name
        let e = doc.entity(h)?;
        t = entity_start(doc, lo, t, e);
        let (kind, plural) = doc.description(h).unwrap_or(("person", false));
        head = Head::Description { noun: low.trim_end_matches('s').to_string(), kind, plural, modifier: None };
    } else if speaker_label(doc.label(h)) {
        // the entity, and "X and Y" or "X, Y and Z" joint speakers before it
        let mut ents = Vec::with_capacity(4); // (a first mention always: allocated up front, not grown)
        loop {
            let e = doc.entity(t)?;
            t = entity_start(doc, lo, t, e);
            ents.push(e);
            // ("Dr Robert Laurenson and Dr Vivek Trivedi": a title before the second name)
            let u = title_start(doc, lo, t);
            let joined = |u: usize| doc.is(u - 1, AND) || ents.len() >= 2 && doc.tok(u - 1) == ",";
            if u >= lo + 2 && joined(u) && speaker_label(doc.label(u - 2)) && doc.label(u - 2) == doc.label(h) {
                t = u - 2;
            } else {
                break;
            }
        }
        ents.reverse();
        if let Some(np) = unnamed_in_place(doc, lo, t, &ents, end) {
            return Some(np);
        }
        head = Head::Entities(ents);
    } else if let Some((kind, plural)) = doc.description(h).filter(|_| !(PERSONS_OWN.contains(&low) && h > lo + 1 && possessive(doc, h - 1))) {
        // ("Abbott's office said": the owner's own, below)
        head = Head::Description { noun: low.trim_end_matches('s').to_string(), kind, plural, modifier: None };
    } else if doc.is(h, ANONYMOUS) {
        // "a Treasury spokesperson": the organisation speaks ("Kremlin sources" are unnamed sources)
        // ("the ONS figures showed", "the ONS's figures showed": an organisation's own numbers)
        let owner = if h > lo + 1 && evidence_noun(low) && possessive(doc, h - 1) { h - 2 } else { h - 1 };
        // ("Citi analysts said": a bank's analysts write its notes, as "analysts at Citi" do)
        head = match (h > lo && (VOICES.contains(&low) || evidence_noun(low) || matches!(low, "analysts" | "economists" | "strategists"))).then(|| doc.entity(owner)).flatten().filter(|&e| doc.entities[e].label == Label::Org) {
            Some(e) => Head::Entities(vec![e]),
            // "the spokesperson said": whom the spokesperson named before spoke for
            None if h > lo && doc.low(h - 1) == "the" && spokesperson(low) => previous_spokesperson(doc, h).map_or(Head::Anonymous, |e| Head::Entities(vec![e])),
            None => Head::Anonymous,
        };
    } else if doc.capitalised(h) && doc.entity(h).is_none() && !doc.is(h, DETERMINER) && !is_function_word(low) {
        // (not a sentence's first word: "There is controversy")
        // "Information Commissioner's Office": capitalised words, possessives between them
        while t > lo.max(h.saturating_sub(6)) && doc.entity(t - 1).is_none() {
            if doc.capitalised(t - 1) && !doc.is(t - 1, DETERMINER) {
                t -= 1;
            } else if t >= lo + 2 && possessive(doc, t - 1) && doc.capitalised(t - 2) {
                t -= 2;
            } else {
                break;
            }
        }
        // ("Forecasters say": a plural common noun capitalised only because it opens the sentence)
        let plural_noun = t == h && (t == lo || !doc.is_word(t - 1)) && low.len() > 4 && low.ends_with('s') && !low.ends_with("ss") && doc.tok(h).bytes().skip(1).all(|b| b.is_ascii_lowercase());
        head = if plural_noun { Head::Anonymous } else { Head::Name(doc.span(t, end)) };
    } else if let Some(np) = super::owned::title_office(doc, lo, h, end) {
        return Some(np);
    } else if let Some(d) = (doc.is_word(h) && doc.tok(h).chars().all(char::is_lowercase) && (!is_function_word(low) || evidence_noun(low))).then(|| unnamed_start(doc, lo, h)).flatten() {
        // "the owner of the home told", "a lawyer for the family said", "the island's weather service said": someone unnamed (or a document, "-ing" too: "The ruling said")
        let (t, head) = speaks_for(doc, lo, d, Head::Anonymous);
        return Some(Np { start: t, end, head });
    } else if let Some(np) = (h >= lo + 2 && low.ends_with('s') && doc.low(h - 1) == "of" && (doc.description(h - 2).is_some() || doc.is(h - 2, ANONYMOUS)))
        // (the noun before "of" is a description or a source, which the branches above read: one level, not one per "of")
        .then(|| np_before(doc, lo, h - 1)).flatten()
        .filter(|n| matches!(n.head, Head::Anonymous | Head::Description { kind: "org" | "institution", .. }))
    {
        // "the county board of supervisors said", "a group of researchers said": a body's members are the body
        return Some(Np { end, ..np });
    } else {
        return super::owned::possessed_body(doc, lo, h, end);
    }
    // modifiers before the head: determiners, possessives, names, a few adjectives
    let mut modifier = None;
    let mut loose = 0;
    let mut titled = false;
    let floor = lo.max(t.saturating_sub(8));
    let name_start = t;
    let person = matches!(&head, Head::Entities(es) if es.len() == 1 && doc.entities[es[0]].label == Label::Person);
    while t > floor {
        let p = t - 1;
        let lw = doc.low(p);
        if person && t == name_start && (doc.is(p, ANONYMOUS) && !lw.ends_with('s') || role_after_name(doc, floor, p)) {
            // a role written like a title: "spokeswoman Jane Doe", "lawyer David King", "Leicester boss Steve Cooper"
            t = p;
        } else if p > floor && abbreviation_dot(doc, p) {
            t = p - 1; // a title's abbreviation: "Sen. Rand Paul", "Gov. Greg Abbott"
        } else if (titled || t < name_start) && p > floor && doc.label(p) == Some(Label::Number) && (doc.capitalised(p - 1) || doc.entity(p - 1).is_some()) {
            t = p; // a number inside a body's name before a title: "IAM District 751 president Jon Holden"
        } else if matches!(head, Head::Anonymous) && p > floor && doc.is(p, AND) && doc.is(p - 1, ANONYMOUS) && doc.entity(p - 1).is_none() {
            t = p - 1; // unnamed sources joined: "officials and medics said"
        } else if p > floor && hyphen_joint(doc, p) {
            t = p - 1; // a hyphenated modifier: "the Hamas-run health ministry", "the state-owned company"
            // (run by whom: the organisation speaks through it)
            let run = matches!(doc.low(p + 1), "run" | "controlled" | "led" | "owned");
            modifier = modifier.or_else(|| doc.entity(p - 1).filter(|&e| run && doc.entities[e].label == Label::Org).map(|e| doc.entities[e].text.to_lowercase()));
        } else if possessive(doc, p) || doc.is(p, DETERMINER) || doc.capitalised(p) {
            t = p;
            if let Some(e) = doc.entity(p) {
                if modifier.is_none() && doc.entities[e].label != Label::Person {
                    modifier = Some(doc.entities[e].text.to_lowercase());
                }
                // the whole mention: "District of Columbia Attorney General Karl Racine"
                t = entity_start(doc, floor, p, e);
            }
        } else if doc.is(p, DESC)
            // "public broadcaster NHK", "state news agency KCNA": an outlet's kind before its name
            || t == name_start && OUTLET_NOUNS.contains(&lw) && matches!(head, Head::Entities(_))
            // "her sons Chris Larkin and Toby Stephens": kin before names
            || t == name_start && KIN.contains(&lw) && person_head(doc, &head)
            || (doc.is_word(p) && loose < 3 && (!is_function_word(lw) || p > 0 && hyphen_joint(doc, p - 1) || participle_before(doc, p)) && (!matches!(head, Head::Entities(_) | Head::Name(_)) || titled || title_noun_at(doc, t)))
        {
            // "finance minister Rachel Reeves", "chief executive Ken Murphy", "the state weather agency Aemet":
            // words before a title noun
            titled |= doc.is(p, DESC) || title_noun_at(doc, t) || t == name_start && (OUTLET_NOUNS.contains(&lw) || KIN.contains(&lw));
            loose += 1;
            t = p;
        } else {
            break;
        }
    }
    let head = match head {
        // "his party said": someone's own body, not the last party named; "her office" speaks for her
        Head::Description { .. } if matches!(doc.low(t), "his" | "her") => Head::Anonymous,
        Head::Description { noun, kind, plural, .. } => Head::Description { noun, kind, plural, modifier },
        h => h,
    };
    // "sources close to the player said", "a person familiar with Osimhen's thinking": unnamed sources
    if t >= lo + 3 && matches!((doc.low(t - 2), doc.low(t - 1)), ("close" | "near", "to") | ("familiar", "with")) && doc.is(t - 3, ANONYMOUS) {
        return Some(Np { start: t - 3, end, head: Head::Anonymous });
    }
    let (t, head) = speaks_for(doc, lo, t, head);
    Some(Np { start: t, end, head })
}

/// Is token `p` a lower-case role noun between a name and a person's name ("Leicester boss
/// Steve Cooper", "Labour leader Keir Starmer")?
fn role_after_name(doc: &Doc, floor: usize, p: usize) -> bool {
    p > floor
        && (doc.capitalised(p - 1) || doc.entity(p - 1).is_some())
        && doc.label(p - 1) != Some(Label::Person)
        && doc.is_word(p)
        && !doc.capitalised(p)
        && doc.entity(p).is_none()
        && !is_function_word(doc.low(p))
        && !doc.is(p, super::words::PAST)
}

/// Is token `p` a hyphen joining two words ("rate-setting", "state-owned")?
pub(super) fn hyphen_joint(doc: &Doc, p: usize) -> bool {
    p > 0 && doc.tok_is(p, "-") && !doc.seg.tokens[p].space_before && doc.seg.tokens.get(p + 1).is_some_and(|t| !t.space_before) && doc.is_word(p - 1)
}

/// The first token of entity `e`, which covers token `t` (not reaching before `lo`).
pub(super) fn entity_start(doc: &Doc, lo: usize, mut t: usize, e: usize) -> usize {
    while t > lo && doc.entity(t - 1) == Some(e) {
        t -= 1;
    }
    t
}

/// Prepositions joining a speaker to the body it speaks for ("a spokesman for the EU", "Tom Hale of NASA").
pub(super) const FOR: &[&str] = &["for", "at", "of", "with", "from"];

/// An organisation or place phrase starting at `t` is preceded by a speaker and a
/// preposition: "a spokesman for [the European Commission]" speaks for it (the
/// organisation is the speaker); "[Tom Hale] of [NASA]" is the person. Returns
/// the phrase's new start and head.
fn speaks_for(doc: &Doc, lo: usize, t: usize, head: Head) -> (usize, Head) {
    // "Allies of Ms Badenoch say", "friends of the singer said": unnamed people around a person (a spokesman
    // for a person speaks for the person)
    let person = matches!(&head, Head::Entities(es) if es.len() == 1 && doc.entities[es[0]].label == Label::Person);
    // ("the family of Alice Brown said": her family, as "Alice Brown's family", is not Alice Brown)
    if person && t >= lo + 2 && matches!(doc.low(t - 1), "of" | "for" | "to") && (doc.is(t - 2, ANONYMOUS) || super::owned::OWN_PEOPLE.contains(&doc.low(t - 2))) && doc.entity(t - 2).is_none() && !VOICES.contains(&doc.low(t - 2)) {
        return (t - 2, Head::Anonymous);
    }
    let body = matches!(&head, Head::Entities(es) if es.len() == 1 && matches!(doc.entities[es[0]].label, Label::Org | Label::Place));
    // "a lawyer for the family", "a spokesman for the company": an unnamed body
    let unnamed_body = matches!(&head, Head::Anonymous | Head::Description { kind: "org" | "institution", .. });
    if !(body || unnamed_body) || t < lo + 2 || !FOR.contains(&doc.low(t - 1)) {
        return (t, head);
    }
    let p = t - 2;
    // "Tom Hale of the bank said": the person named before an unnamed body speaks, as before a named one
    let named = doc.entity(p).filter(|&e| doc.entities[e].label == Label::Person);
    if unnamed_body && named.is_none() && (doc.entity(p).is_some() || !doc.is(p, ANONYMOUS | DESC_PERSON)) {
        return (t, head);
    }
    // a spokesman speaks for the body, and its figures; a lawyer or a friend is someone unnamed
    // (figures from a body are its own: "according to figures from the commission")
    // (a lawyer for a named body too, as for a person: "a lawyer for Harvard said")
    let head = if unnamed_body && !VOICES.contains(&doc.low(p)) && !evidence_noun(doc.low(p)) || super::owned::OWN_PEOPLE.contains(&doc.low(p)) { Head::Anonymous } else { head };
    if let Some(e) = named {
        return (title_start(doc, lo, entity_start(doc, lo, p, e)), Head::Entities(vec![e]));
    }
    if doc.entity(p).is_some() || !doc.is(p, ANONYMOUS | DESC) {
        return (t, head);
    }
    // "a", "the", "a senior", "an EU": up to two modifiers before the noun
    let mut s = p;
    while s > lo && p - s < 3 && (doc.is(s - 1, DETERMINER) || doc.is_word(s - 1) && !is_function_word(doc.low(s - 1)) && doc.quote(s - 1) == doc.quote(p)) {
        s -= 1;
        if doc.is(s, DETERMINER) {
            break;
        }
    }
    (s, head)
}

/// Is token `p` the period of a capitalised abbreviation ("Sen.", "Gov.")?
pub(super) fn abbreviation_dot(doc: &Doc, p: usize) -> bool {
    p > 0 && doc.tok_is(p, ".") && !doc.seg.tokens[p].space_before && doc.capitalised(p - 1)
}

/// Is token `t` a title or description noun ("minister", "executive", "agency") that a lower-case word may qualify?
fn title_noun_at(doc: &Doc, t: usize) -> bool {
    doc.entity(t).is_none() && doc.is(t, DESC | ANONYMOUS) && !doc.capitalised(t)
}
