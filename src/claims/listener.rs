//! Who was told: the listener after "told" ("told reporters", "told her daily news conference", "told the
//! BBC that"), skipped so that the content starts after it.
//!
//! Input: the document tables and the token after the cue. Output: the token the content may start at.
//! Looks at ten tokens at most.

use super::clause::{clause_follows, setting_to_end, FINITE};
use super::words::{CUE, DETERMINER, PAST, PRONOUN, RELATIVE};
use super::Doc;

/// Listeners after "told" that are not names.
const AUDIENCE: &[&str] = &[
    "reporters", "journalists", "media", "press", "television", "tv", "radio", "state", "newspaper", "agency", "news",
    "lawmakers", "parliament", "audience", "crowd", "supporters", "him", "her", "them", "me", "us", "you", "congress",
    "members", "students", "staff", "voters", "viewers", "listeners", "readers", "delegates", "broadcasters",
    "investors", "analysts", "officials", "colleagues", "parliamentarians", "mps", "senators", "followers", "fans",
    "conference", "briefing", "rally", "meeting", "summit", "hearing", "forum", "gathering", "session", "interviewer",
    "inquiry", "court", "jury", "committee", "tribunal", "panel", "commission", "judge", "magistrates", "inquest",
    "jurors", "councillors", "councilors", "legislators", "ministers", "diplomats", "shareholders", "employees", "workers",
    "residents", "mourners", "worshippers", "graduates", "troops", "soldiers", "donors", "protesters", "attendees",
    "participants", "parents", "patients", "customers", "nation", "podcast", "magazine", "website", "outlet", "channel",
    "broadcaster", "newspapers", "correspondents", "activists", "lawyers", "prosecutors", "judges", "police", "detectives",
    "players", "teammates", "pupils", "guests", "citizens", "farmers", "teachers", "doctors", "nurses", "bosses",
    "investigators", "officers", "inspectors", "regulators", "negotiators", "peers", "programme", "program", "show", "presenter",
    "host", "reporter", "anchor", "council", "board", "assembly", "senate", "cabinet", "congregation",
];

/// Words that end a noun phrase ("told her the meeting was over": no audience after "her").
const LINKS: &[&str] = &["that", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "was", "are", "were", "has", "had", "have", "will", "would"];

/// The pronouns of [`AUDIENCE`]: someone told, never a noun phrase's head.
fn object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "me" | "us" | "you")
}

/// An audience noun, not a pronoun ("conference", "supporters"; not "her").
fn audience_noun(w: &str) -> bool {
    AUDIENCE.contains(&w) && !object_pronoun(w)
}

/// After "told": the listener, then "that"; where the content may start.
pub(super) fn skip_listener(doc: &Doc, r: usize, b: usize) -> usize {
    let lim = b.min(r + 12);
    // (or a colon: "told the hosts: “…”", whatever the listener's words)
    if let Some(that) = (r..lim).find(|&t| matches!(doc.low(t), "that" | ":")) {
        // the listener may carry a title's period and an age: "told Dr. Amanda Price, 52, that"
        let listener_word = |t: usize| doc.is_word(t) || matches!(doc.tok(t), "," | "." | "'s" | "’s") || doc.seg.tokens[t].kind == crate::segment::TokenKind::Number;
        // (no other cue between: "told Reuters by telephone, adding that C" is the participle's "that"; nor a relative
        // clause, whose "that" may be its own: "told the crowd of about 40,000 in St Peter's Square that C")
        if (r..that).all(|t| listener_word(t) && doc.quote(t).is_none() && !doc.is(t, CUE | RELATIVE)) {
            return that + 1;
        }
    }
    let mut t = r;
    let listener = |t: usize| t < b && (doc.entity(t).is_some() || doc.capitalised(t) || AUDIENCE.contains(&doc.low(t)));
    while t < b.min(r + 10) {
        // "the", "a", "cheering supporters", "foreign journalists": a word before the listener
        let determiner = matches!(doc.low(t), "the" | "a" | "an" | "local" | "national" | "state") && listener(t + 1)
            || doc.is_word(t) && !doc.capitalised(t) && !doc.is(t, RELATIVE) && !matches!(doc.low(t), "at" | "in" | "on" | "to" | "for" | "with" | "by")
                && t + 1 < b && doc.low(t + 1).ends_with('s') && AUDIENCE.contains(&doc.low(t + 1));
        // "told her daily morning news conference": an audience noun after a possessive and plain words
        let owned_audience = matches!(doc.low(t), "his" | "her" | "their" | "its" | "the")
            .then(|| (t + 1..b.min(t + 6)).take_while(|&u| doc.is_word(u) && !doc.capitalised(u) && !doc.is(u, CUE | DETERMINER | PRONOUN | RELATIVE) && !crate::one_of(doc.low(u), LINKS)).find(|&u| audience_noun(doc.low(u))))
            .flatten();
        if let Some(u) = name_owning_after_audience(doc, r, t) {
            t = u; // "told the jury [Hart's mother was ill]": a name's possessive after the audience opens the content
            break;
        }
        if t == r + 1 && object_pronoun(doc.low(r)) && doc.is(t, DETERMINER) || plural_heard(doc, t, r, b) {
            // "told her the meeting was over": the pronoun was told; a noun phrase after it opens the content
            // (as after a plural audience: "told reporters [investigators had recovered …]", "[the NHS was …]")
            break;
        } else if let Some(u) = owned_audience {
            t = u + 1;
        } else if listener(t) && !(t > r && object_pronoun(doc.low(t))) || doc.low(t) == "'s" || determiner {
            // ("told the BBC her party had": a pronoun after the listener opens the content)
            t += 1;
        } else if t + 3 < b && matches!(doc.low(t), "the" | "his" | "her" | "their" | "its") && doc.is_word(t + 1) && doc.low(t + 2) == "'s" && AUDIENCE.contains(&doc.low(t + 3)) {
            t += 3; // "told the club's website", "told his party's conference"
        } else if t > r && matches!(doc.low(t), "in" | "at" | "during") && setting_to_end(doc, t + 1, b) {
            t = b; // "told cheering supporters at the party's headquarters in New Delhi."
        } else if let Some(u) = (t > r).then(|| setting_before_clause(doc, t, b)).flatten() {
            t = u; // "told reporters at the summit the deal was done"
            break;
        } else if t > r && matches!(doc.low(t), "in" | "at") && t + 1 < b && doc.entity(t + 1).is_some() {
            t += 1; // "told reporters in Moscow"
            while t < b && doc.entity(t).is_some() {
                t += 1;
            }
        } else if t == r && doc.is_word(t) && t + 1 >= b && doc.quote(t).is_none() {
            t += 1; // "…, she told broadcasters.": whatever one word ends the sentence after "told" is who was told
        } else if t == r && b - r <= 4 && crate::one_of(doc.low(r), &["the", "a", "an", "his", "her", "their", "its", "our", "my"]) && listener_phrase(doc, r + 1, b) {
            t = b; // "…, she told the justices.": a noun phrase that ends the sentence is who was told
        } else {
            break;
        }
    }
    // "warned [the rally could not last]": a listener right before a finite verb was its subject (but for a
    // name that opens it: "tells VOA [national police are …]")
    if t > r && t < b && FINITE.contains(&doc.low(t)) {
        let named = doc.entity(r).and_then(|e| (r..t).find(|&u| doc.entity(u) != Some(e)));
        // ("told the court [Hart had …]": a name after the audience noun opens the clause)
        let after_audience = (r..t).rev().find(|&u| audience_noun(doc.low(u))).map(|u| u + 1).filter(|&u| u < t && doc.entity(u).is_some());
        return named.or(after_audience).unwrap_or(r);
    }
    t
}

/// At a possessive `t`: where the name owning it starts, when an audience noun comes right before that name.
fn name_owning_after_audience(doc: &Doc, r: usize, t: usize) -> Option<usize> {
    if !matches!(doc.low(t), "'s" | "’s") {
        return None;
    }
    let u = (r..t).rev().take_while(|&u| doc.capitalised(u)).last()?;
    (u > r && audience_noun(doc.low(u - 1))).then_some(u)
}

/// Does a clause open at `t`, right after a plural audience noun ("reporters", "analysts"; not "news")?
fn plural_heard(doc: &Doc, t: usize, r: usize, b: usize) -> bool {
    t > r && doc.low(t - 1).ends_with('s') && doc.low(t - 1) != "news" && audience_noun(doc.low(t - 1)) && clause_follows(doc, t, b)
}

/// Are the words `r..b` after a determiner a noun phrase: lower-case words with no verb, but for a
/// participle right after the determiner ("the assembled supporters")?
fn listener_phrase(doc: &Doc, r: usize, b: usize) -> bool {
    r < b && (r..b).all(|u| {
        doc.is_word(u) && !doc.capitalised(u) && doc.quote(u).is_none() && doc.low(u) != "that" && !FINITE.contains(&doc.low(u)) && (u == r || !doc.is(u, PAST))
    })
}

/// "at the summit [the deal was done]", "after the meeting [the two sides had agreed]", "the inquiry into the scandal
/// [she had …]": a short setting (a preposition, a determiner, at most three words) at `t` followed by a clause that
/// opens with a determiner, a pronoun or a name; where that clause starts.
fn setting_before_clause(doc: &Doc, t: usize, b: usize) -> Option<usize> {
    if t + 3 >= b || !matches!(doc.low(t), "at" | "in" | "on" | "during" | "after" | "before" | "into") || !doc.is(t + 1, DETERMINER) {
        return None;
    }
    (t + 3..b.min(t + 6))
        .take_while(|&u| doc.is_word(u))
        // (or a pronoun before a quotation that opens with its verb: "told the inquiry into the scandal she “was too trusting”")
        .find(|&u| (doc.is(u, DETERMINER | PRONOUN) || doc.capitalised(u)) && clause_follows(doc, u, b) || doc.is(u, PRONOUN) && u + 2 < b && doc.is_quote_mark(u + 1) && FINITE.contains(&doc.low(u + 2)))
}
