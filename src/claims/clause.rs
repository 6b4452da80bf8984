//! Clause boundaries around an attribution cue: where a content clause starts
//! and ends (dates, settings, listeners and "that" skipped after the cue), the
//! named source behind "according to a report by …", whether a clause follows
//! a cue that may take an object, whether the source withholds it ("declined to
//! say whether"); the phrase before an appositive is [`super::appositive`]'s.
//!
//! Input: token indices of one sentence in a [`Doc`]. Output: adjusted token
//! indices; every function looks at a bounded window, so the work stays linear.

use super::speakers::{hyphen_joint, is_function_word, ly_adverb, np_after, Head, Np};
use super::words::{AND, CUE, DETERMINER, PAST, PRONOUN, RELATIVE};
use super::find_cues::CueMatch;
use super::lexicon::CueRole;
use super::Doc;
use crate::annotations::Label;

/// Longer "contents" come from runaway input, not from a clause; capping them keeps the work linear.
const MAX_CONTENT_TOKENS: usize = 250;

pub(super) fn is_terminal(doc: &Doc, t: usize) -> bool {
    !doc.is_word(t) && !doc.is_quote_mark(t) && crate::one_of(doc.tok(t), &[".", "!", "?", ";", ":", "…", "...", ",", "-", "—", "–"])
}

/// Finite auxiliaries that show a clause: "admitted [his team had been slow]".
pub(super) const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does",
    "do", "shall", "cannot", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't",
    "didn't", "don't", "wouldn't", "couldn't", "shouldn't",
];

/// Does a clause start at `t` (a subject of at most four words, then a finite auxiliary)? For cues that
/// take an object as often as a clause: "acknowledged [the process had been slow]", not "announced [the plan]".
pub(super) fn clause_follows(doc: &Doc, t: usize, b: usize) -> bool {
    // a counted subject: "show [19 people have died]", "showed [40 people died last week]" (not "showed 40% growth")
    if let Some(e) = (t < b).then(|| doc.entity(t)).flatten().filter(|&e| doc.entities[e].label == Label::Number) {
        return (t + 1..b).find(|&u| doc.entity(u) != Some(e)).is_some_and(|u| doc.is_word(u) && clause_follows(doc, u, b));
    }
    if t >= b || !doc.is_word(t) || doc.is(t, RELATIVE) || crate::one_of(doc.low(t), &["to", "of", "in", "on", "at", "for", "by", "with", "from", "as"]) || FINITE.contains(&doc.low(t)) {
        return false; // "is reported [to have replied]"
    }
    // a named or pronoun subject and a past-tense verb: "claim [Google continued to collect …]"
    if let Some(e) = doc.entity(t).filter(|&e| matches!(doc.entities[e].label, Label::Person | Label::Org)) {
        let after = (t..b.min(t + 6)).find(|&u| doc.entity(u) != Some(e));
        if after.is_some_and(|u| doc.is_word(u) && doc.is(u, PAST)) {
            return true;
        }
    }
    if past_clause(doc, t, b) || present_clause(doc, t, b) {
        return true;
    }
    // the first word after the subject that is no plain word: a finite auxiliary, or no clause
    // ("confirmed [the freeze on income tax thresholds will] be extended"; not past a participle or a
    // pronoun: "claimed political asylum in Britain saying they were")
    (t + 1..b.min(t + 8))
        // (nor past a subordinator, which no subject holds: "showed [no emotion as] the sentence was passed")
        // (nor past "and" before a finite verb, which goes on with the cue's subject: "showed [an association and] could not prove")
        .find(|&u| !doc.is_word(u) && !hyphen_joint(doc, u) || doc.is(u, RELATIVE | PRONOUN) || FINITE.contains(&doc.low(u)) || doc.low(u).len() > 4 && doc.low(u).ends_with("ing") || SUBORDINATORS.contains(&doc.low(u)) || doc.is(u, AND) && u + 1 < b && FINITE.contains(&doc.low(u + 1)))
        .is_some_and(|u| FINITE.contains(&doc.low(u)))
}

/// A word between commas right before a cue at `s` ("Democrats, meanwhile, said", "The firm, however, said"):
/// the subject stands before it.
pub(super) fn interjected(doc: &Doc, s: usize) -> bool {
    doc.is_comma(s - 1) && doc.is_comma(s - 3) && (crate::one_of(doc.low(s - 2), &["meanwhile", "however", "though", "too", "also", "instead", "separately", "nonetheless", "nevertheless"]) || ly_adverb(doc.low(s - 2)))
}

/// Right after a cue at `r` (`end` its end): what is no content clause. A coordinated verb ("has been
/// informed and is being supported by officers") or an indefinite object and no clause ("crime tells a different story",
/// "Saka added a third from the penalty spot", "she wrote a book about the war"), or a setting or an amount and no clause
/// ("the plan says little about how"), or what was said before ("He said the same thing about the levy in 2019, and …").
pub(super) fn object_after(doc: &Doc, end: usize, r: usize, b: usize) -> bool {
    // (nor a setting with no clause: "…,” Nick Clegg and Jennifer Newstead said in a blog post.")
    r == end && r < b && (matches!(doc.low(r), "and" | "or" | "but")
        || (matches!(doc.low(r), "a" | "an") || crate::one_of(doc.low(r), &["in", "on", "at", "via", "during", "little", "nothing", "much"])) && no_clause_in(doc, r, b)
        // ("who argued the case.": a short noun phrase ending the sentence)
        || doc.low(r) == "the" && b <= r + 3 && no_clause_in(doc, r, b) && !clause_follows(doc, r, b)
        // (not "said the same applies to …", a clause)
        || doc.low(r) == "the" && r + 1 < b && doc.low(r + 1) == "same" && (r + 2 >= b || !doc.is_word(r + 2) || crate::one_of(doc.low(r + 2), &["thing", "things", "about", "of", "to", "in", "at", "on", "when"])))
}

/// Verbs of change, which take "to" as past tenses ("rose to 3.2%"), never as participles.
const CHANGE: &[&str] = &["rose", "fell", "grew", "shrank", "climbed", "jumped", "dropped", "increased", "decreased", "declined", "slowed", "surged", "soared", "plunged", "slipped", "eased", "doubled", "halved"];

/// A short common-noun subject and a past tense that is no participle: "showed [inflation rose to 3.2%]",
/// "shows [the ice covered 16.96 million sq km]"; not "found the body dumped in a river".
fn past_clause(doc: &Doc, t: usize, b: usize) -> bool {
    let u = if doc.is(t, DETERMINER) { t + 1 } else { t };
    let plain = |x: usize| doc.is_word(x) && !doc.capitalised(x) && doc.entity(x).is_none() && !doc.is(x, PAST | PRONOUN | RELATIVE) && !is_function_word(doc.low(x));
    // (an "-ly" word before a plain noun is an adjective: "shows [the average monthly rent reached] £1,312")
    let adjective = |x: usize| plain(x) || ly_adverb(doc.low(x)) && doc.entity(x).is_none() && plain(x + 1);
    (u + 1..b.min(u + 4)).take_while(|&k| adjective(k - 1)).any(|k| {
        // the clause ends after the verb, or a preposition follows: a participle, unless a verb of change
        // ("inflation rose.", "rose to 3.2%")
        let end = k + 1 >= b || !doc.is_word(k + 1) && doc.label(k + 1).is_none();
        let change = CHANGE.contains(&doc.low(k));
        let preposition = || crate::one_of(doc.low(k + 1), &["by", "in", "with", "at", "on", "from", "into", "as", "for", "under", "and", "or"]);
        doc.is(k, PAST) && doc.entity(k).is_none() && if end { change } else { !preposition() && (doc.low(k + 1) != "to" || change) }
    })
}

/// A subject of a determiner and one or two plain words, then a verb in -s whose base form the verb list holds:
/// "think [the drug works]", "show [the new treatment helps] patients" (not "showed the group's profits").
fn present_clause(doc: &Doc, t: usize, b: usize) -> bool {
    let plain = |x: usize| doc.is_word(x) && !doc.capitalised(x) && doc.entity(x).is_none() && !doc.is(x, PAST | PRONOUN | RELATIVE) && !is_function_word(doc.low(x));
    doc.is(t, DETERMINER) && (t + 2..b.min(t + 4)).take_while(|&k| plain(k - 1)).any(|k| {
        let w = doc.low(k);
        doc.entity(k).is_none() && w.len() > 3 && !w.ends_with("ss") && w.strip_suffix('s').is_some_and(|base| super::lexicon::LEXICON.verbs.contains(base))
    })
}

/// The comma that closes a relative clause holding a content from `r` ("Mr Biden, who said the plan
/// would work, left"): the first comma outside quotation marks before a finite or past verb or a cue of its
/// own ("Jo Roe, who said she had lived there for 31 years, told the council …"), past any
/// relative clause of its own ("that the plan, which cost $5m, would work, will …").
pub(super) fn relative_end(doc: &Doc, r: usize, b: usize) -> Option<usize> {
    let mut nested = false;
    (r..b).filter(|&t| doc.is_comma(t) && doc.quote(t).is_none() && t + 1 < b).find(|&t| {
        let cue = || doc.is(t + 1, CUE) && !doc.low(t + 1).ends_with("ing") && doc.low(t + 1) != "according";
        let closes = !nested && (FINITE.contains(&doc.low(t + 1)) || doc.is(t + 1, PAST) || cue());
        nested = !nested && doc.is(t + 1, RELATIVE);
        closes
    })
}

/// Do tokens `r..b` hold no clause: no "that", no quotation mark, no finite or past verb ("earlier in the day")?
pub(super) fn no_clause_in(doc: &Doc, r: usize, b: usize) -> bool {
    // (a past form after "to" is an infinitive: "the strongest to hit the island in 25 years")
    !(r..b).any(|t| doc.low(t) == "that" || doc.is_quote_mark(t) || FINITE.contains(&doc.low(t)) || doc.is(t, PAST) && !(t > r && doc.low(t - 1) == "to"))
}

/// Does the source withhold what follows: a denied cue ("has not said", "did not immediately say",
/// "never claimed", "cannot show", "declined to say") or an indirect question ("said whether", "told reporters how",
/// "whether he accepted")?
/// Either way nothing is asserted. `lo` is where the clause begins; `content` where the content would start.
pub(super) fn withheld(doc: &Doc, lo: usize, cue: usize, content: usize, b: usize) -> bool {
    if content < b && matches!(doc.low(content), "whether" | "how" | "why") {
        return true;
    }
    let mut t = cue;
    while t > lo && t + 3 > cue && (ly_adverb(doc.low(t - 1)) || doc.low(t - 1) == "yet") {
        t -= 1; // "did not immediately say", "have not yet said"
    }
    let before = |k: usize| if t >= lo + k { doc.low(t - k) } else { "" };
    // (or the cue is asked about: "asked the minister whether he accepted that C", "whether Mr Roe believed C")
    matches!(before(1), "not" | "never" | "cannot") || before(1).ends_with("n't") || (before(1) == "to" && matches!(before(2), "declined" | "declines" | "refused" | "refuses"))
        || (2..=4).any(|k| before(k) == "whether")
}

/// Is the sentence `a..b` a direct question: a question mark outside quotation marks at its end, and a question word
/// or an auxiliary opening it (after an interviewer's "Q:")? "What would you say to …?", "Did the minister say …?"
pub(super) fn direct_question(doc: &Doc, a: usize, b: usize) -> bool {
    let mut s = a;
    if s + 1 < b && doc.low(s) == "q" && doc.tok(s + 1) == ":" {
        s += 2;
    }
    s < b && doc.tok(b - 1) == "?" && doc.quote(b - 1).is_none() && (matches!(doc.low(s), "what" | "why" | "how" | "who" | "when" | "where" | "which") || FINITE.contains(&doc.low(s)))
}

/// Trims a token range to its content: no leading "that"/punctuation, no trailing punctuation
/// except closing quotation marks.
pub(super) fn trim(doc: &Doc, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    a = super::edges::dateline_end(doc, a, b);
    // ("That was not significantly different, the ONS said": a "that" before a finite verb is the subject)
    let subject = |a: usize| a + 1 < b && (FINITE.contains(&doc.low(a + 1)) || matches!(doc.low(a + 1), "'s" | "’s"));
    loop {
        // ("told El Universal (translated from Spanish) that C": an aside in brackets opening the content)
        if let Some(close) = (a < b && doc.tok_is(a, "(")).then(|| (a + 1..b.min(a + 10)).find(|&u| doc.tok_is(u, ")"))).flatten() {
            a = close + 1;
        } else if a < b && (is_terminal(doc, a) || doc.low(a) == "that" && !subject(a)) {
            a += 1;
        } else {
            break;
        }
    }
    while b > a && is_terminal(doc, b - 1) {
        b -= 1;
    }
    // a content clause has two words at least and is never longer than any real sentence
    let words = (a..b).filter(|&t| doc.is_word(t)).take(2).count();
    (words >= 2 && b - a <= MAX_CONTENT_TOKENS).then_some((a, b))
}

/// A closed quotation of one word from `a` to its closing mark at `p` ('"Deal!" Breton wrote'): too short
/// for a clause, still the content of the cue after it, so the quotes that follow are that speaker's.
pub(super) fn lone_quote(doc: &Doc, a: usize, p: usize) -> Option<(usize, usize)> {
    (p > a + 1 && doc.is_quote_mark(a) && doc.is_quote_mark(p) && doc.quote(a).is_some() && doc.quote(a) == doc.quote(p)).then_some((a, p + 1))
}

pub(super) fn date_at(doc: &Doc, t: usize) -> bool {
    doc.label(t) == Some(Label::Date)
}

/// Skips dates ("said Wednesday", "said on Wednesday") and a leading "that" after a cue.
pub(super) fn skip_after(doc: &Doc, mut r: usize, b: usize) -> usize {
    loop {
        // (a date before a finite verb is the content's subject: "told reporters that [2024 could be warmer]")
        if r < b && date_at(doc, r) && !date_subject(doc, r, b) {
            r += 1;
        } else if r + 1 < b && doc.low(r) == "on" && date_at(doc, r + 1) {
            r += 2;
        } else if r < b && matches!(doc.tok(r), "," | ":") && r + 1 < b && (doc.is_quote_mark(r + 1) || date_at(doc, r + 1)) {
            r += 1;
        } else if r + 2 < b && matches!(doc.low(r), "only" | "simply" | "merely" | "just" | "briefly") && doc.tok(r + 1) == ":" && doc.is_quote_mark(r + 2) {
            r += 1; // "saying only: “…”"
        } else if let Some(k) = (r + 2 < b && doc.is_comma(r) && matches!(doc.low(r + 1), "citing" | "quoting")).then(|| (r + 2..b.min(r + 12)).find(|&t| doc.is_comma(t))).flatten().filter(|&k| k + 1 < b && doc.low(k + 1) == "that") {
            r = k + 2; // "reported last week, citing league sources, that …" (after its "that")
        } else if r < b && r + 1 >= b && (matches!(doc.low(r), "afterwards" | "afterward" | "again" | "then" | "too" | "separately") || ly_adverb(doc.low(r))) {
            r += 1; // "…, Pep Guardiola said afterwards.", "“…,” she says finally."
        } else if r + 1 < b && matches!(doc.low(r), "hours" | "days" | "weeks" | "minutes" | "moments" | "months") && matches!(doc.low(r + 1), "later" | "earlier") {
            r += 2; // "said hours later that …"
        } else if r + 1 < b && doc.low(r + 1) == "that" && (ly_adverb(doc.low(r)) || matches!(doc.low(r), "again" | "separately" | "later" | "earlier" | "afterwards" | "afterward" | "then")) {
            r += 1; // "has said repeatedly that …", "said privately that …", "said afterwards that …"
        } else {
            return r;
        }
    }
}

/// Is the date at `t` the subject of a finite verb right after it ("2024 could be", "this month will be")?
/// (Not a weekday, which dates a participle before the verb: "The probe announced Monday was launched …")
fn date_subject(doc: &Doc, t: usize, b: usize) -> bool {
    let e = doc.entity(t);
    !doc.low(t).ends_with("day") && (t..b).find(|&u| doc.entity(u) != e).is_some_and(|u| FINITE.contains(&doc.low(u)))
}

/// "according to a summary released by the Senate committee": the named source behind a document.
pub(super) fn source_of_document(doc: &Doc, from: usize, b: usize) -> Option<Np> {
    // ("a review of evidence published in The Lancet": the journal)
    // (not the outlet that saw it: "according to a draft seen by Reuters", "a document obtained by the BBC")
    let seen = |t: usize| t > from && super::who::seen_by(doc.low(t - 1));
    let by = |t: usize| matches!(doc.low(t), "by" | "from" | "of") && !seen(t) || doc.low(t) == "in" && t > from && doc.low(t - 1) == "published";
    (from..b.min(from + 8))
        .filter(|&t| by(t))
        // (or a body described: "figures from the commission")
        .find_map(|t| np_after(doc, t + 1, b).filter(|n| matches!(n.head, Head::Entities(_) | Head::Name(_) | Head::Description { kind: "org" | "institution", plural: false, .. })))
        .or_else(|| np_after(doc, from, b))
}

/// "said in an interview with CNN that …", "said at a news conference in Kyiv that …": a
/// prepositional setting before "that" is not content.
pub(super) fn skip_setting(doc: &Doc, r: usize, b: usize) -> usize {
    // (a participle and its setting after a cue that names a document: "said in a statement released on
    // Tuesday that …")
    let participle = setting_participle(doc, r, b);
    if r >= b || !participle && !crate::one_of(doc.low(r), &["in", "at", "on", "with", "during", "after", "before", "to", "via", "through", "outside", "inside", "from", "by", "near", "over", "for"]) {
        return r;
    }
    // (a hyphen joins a compound: "in a 42-page ruling that")
    // (and an abbreviation's period: "with the newspaper Folha de S.Paulo that", "with the U.S. envoy that")
    let that = (r + 1..b.min(r + 12)).find(|&t| doc.low(t) == "that" || !doc.is_word(t) && doc.entity(t).is_none() && doc.tok(t) != "-" && !super::speakers::abbreviation_dot(doc, t));
    match that {
        // ("wrote for the majority that the …"; not "argued for a ban that would …", whose "that" opens no clause)
        Some(t) if doc.low(t) == "that" && (doc.low(r) != "for" || doc.is(t + 1, DETERMINER | PRONOUN) || clause_follows(doc, t + 1, b)) => t + 1,
        // "wrote on X: …", "said in a statement: …": the colon, as after a bare "said:" (or a comma before a
        // quotation: "I said at the time, “…”")
        Some(t) if doc.tok(t) == ":" || doc.is_comma(t) && t + 1 < b && doc.is_quote_mark(t + 1) => t,
        _ => r,
    }
}

/// Does a participle and its place open at `t`, after a speaker named after the cue ("said one doctor working in South
/// Kivu, who …")?
pub(super) fn at_work(doc: &Doc, t: usize, b: usize) -> bool {
    t + 1 < b && doc.low(t).ends_with("ing") && matches!(doc.low(t + 1), "in" | "at" | "for" | "on" | "with")
}

/// Does a participle and its setting open at `r` ("released on Tuesday", "carried by the state news agency")?
pub(super) fn setting_participle(doc: &Doc, r: usize, b: usize) -> bool {
    // (irregular participles too: "a statement read outside court", "a letter sent to MPs")
    let past = |r: usize| doc.is(r, PAST) || matches!(doc.low(r), "read" | "sent" | "written" | "given");
    r + 1 < b && past(r) && crate::one_of(doc.low(r + 1), &["on", "in", "at", "by", "late", "earlier", "last", "outside", "to", "through", "via"])
}

/// Are the tokens `before` (from the clause's start to the comma before a cue ending at `cue_end`) the cue's
/// subject rather than its content: no verb, and more than a setting after the cue (from `after`)? "The Work and
/// Pensions Secretary, Liz Kendall, wrote to MPs … promising …", "NAME, speaking in Kyiv, accused X of …".
/// (A subject is short: a longer stretch is read as content without looking.)
pub(super) fn subject_before(doc: &Doc, before: std::ops::Range<usize>, cue_end: usize, after: usize, b: usize, that_after: bool) -> bool {
    let (floor, p) = (before.start, before.end);
    p <= floor + 16 && after < b && !doc.is_comma(cue_end)
        && (that_after || !setting_to_end(doc, after, b) || super::speakers::np_before(doc, floor, p).is_some_and(|n| n.start == floor))
        && no_clause_in(doc, floor, p)
}

/// Do the tokens from `t` to the sentence end `b` make a short place phrase, with no verb
/// ("the party's headquarters in New Delhi")?
pub(super) fn setting_to_end(doc: &Doc, t: usize, b: usize) -> bool {
    // (a hyphen joins a compound name: "at Canterbury-Hurlstone Park RSL club in Sydney")
    t < b && b - t <= 8 && (t..b).all(|u| (doc.is_word(u) || doc.low(u) == "'s" || doc.entity(u).is_some() || super::speakers::hyphen_joint(doc, u)) && !FINITE.contains(&doc.low(u)) && !doc.is(u, RELATIVE) && doc.quote(u).is_none())
}

/// Is the cue at `cue` a passive participle ("is to be found in the fact that …", "was posted on the door that …")?
pub(super) fn passive(doc: &Doc, a: usize, cue: usize) -> bool {
    cue > a && matches!(doc.low(cue - 1), "be" | "been" | "being" | "is" | "was" | "are" | "were")
}

/// [`passive`], or past one adverb ("are also said to", "was widely reported to").
pub(super) fn passive_past_adverb(doc: &Doc, a: usize, cue: usize) -> bool {
    passive(doc, a, cue) || cue > a + 1 && passive(doc, a, cue - 1) && (matches!(doc.low(cue - 1), "also" | "now" | "still" | "already" | "long" | "later") || ly_adverb(doc.low(cue - 1)))
}

/// "It is understood", "It was later explained": an impersonal "it" (not before `lo`) before the passive cue at `cue`,
/// perhaps past one adverb.
pub(super) fn impersonal_passive(doc: &Doc, a: usize, lo: usize, cue: usize) -> bool {
    let it = if passive(doc, a, cue) { cue.checked_sub(2) } else if passive_past_adverb(doc, a, cue) { cue.checked_sub(3) } else { None };
    it.is_some_and(|k| k >= lo && doc.low(k) == "it")
}

/// After "told" at `r`: a listener (or none, in the passive) and a "to" with a verb, before any "that"
/// or quotation ("told residents to leave", "was told to expect"; not past a modal or an auxiliary, which a clause has:
/// "warned it could lead to fewer jobs").
pub(super) fn directive(doc: &Doc, r: usize, b: usize) -> bool {
    let auxiliary = |t: usize| matches!(doc.low(t), "could" | "would" | "will" | "may" | "might" | "can" | "should" | "must" | "is" | "was" | "are" | "were" | "had" | "has");
    (r..b.min(r + 6)).take_while(|&t| doc.is_word(t) && doc.low(t) != "that" && doc.quote(t).is_none() && !auxiliary(t)).find(|&t| doc.low(t) == "to").is_some_and(|t| {
        t + 1 < b && doc.is_word(t + 1) && !doc.capitalised(t + 1) && !doc.is(t + 1, DETERMINER) && doc.label(t + 1).is_none()
    })
}

/// A listener, then what the warning or telling is about, from the cue's end `e` to the content `r`
/// ("to warn her against future threats"; "warned parents about the dangers that …", whose "that" opens
/// a relative clause; "warned the central bank against cutting", a listener of a few plain words, `b` the sentence's
/// end): no clause is reported.
pub(super) fn warning_about(doc: &Doc, e: usize, r: usize, b: usize) -> bool {
    // (the "against" first, the verb test only when there is one)
    let listener = || (e..b.min(e + 5)).find(|&t| doc.low(t) == "against").is_some_and(|a| (e..a).all(|t| doc.is_word(t) && doc.low(t) != "that" && !FINITE.contains(&doc.low(t))));
    // (not "about" before a number: "told the crowd of about 40,000 … that C")
    let about = |t: usize| doc.low(t) == "against" || doc.low(t) == "about" && doc.label(t + 1) != Some(Label::Number);
    r > e && (matches!(doc.low(r), "against" | "of" | "about") || (e..r).any(about)) || r == e && listener()
}

/// Is the phrase `np` before a finding cue the receiver or place of the finding, not its source
/// ("new data the group submitted to the Agriculture Department shows"; not "those close to the boxer")?
pub(super) fn received(doc: &Doc, lo: usize, np: &Np) -> bool {
    let p = if np.start > lo && doc.low(np.start - 1) == "the" { np.start - 1 } else { np.start };
    p > lo + 1 && matches!(doc.low(p - 1), "to" | "at" | "with" | "for" | "into" | "against") && doc.is(p - 2, PAST)
}

/// Is the cue at `start..end` a participle modifying the noun before it: "drones believed to have been jammed", "a
/// man said to be in his 40s", or the noun of a setting after an earlier cue ("said in a video posted on the platform
/// that …", also when the setting ends a cue phrase: "said in a statement posted on …")? `lo`: the sentence's start.
pub(super) fn participle_of_noun(doc: &Doc, lo: usize, start: usize, end: usize, b: usize) -> bool {
    let to_be = end + 1 < b && doc.low(end) == "to" && (matches!(doc.low(end + 1), "have" | "be") || matches!(doc.low(start), "believed" | "thought") && doc.is_word(end + 1));
    let setting = start >= lo + 3 && doc.is(start, PAST) && doc.is(start - 2, DETERMINER) && matches!(doc.low(start - 3), "in" | "on");
    // (after a comma, "but" or a thing's name too: "a western woman, believed to be …", "a third country that was never
    // identified but believed to be …", "a Taepodong-2 believed to be able to …")
    let set_off = |p: usize| doc.is_comma(p) || matches!(doc.low(p), "but" | "and") || doc.label(p).is_some_and(|l| !matches!(l, Label::Person | Label::Org));
    start > lo && (to_be || setting) && reduced_relative(doc, start - 1) || start > lo + 1 && to_be && set_off(start - 1)
}

/// Is token `p`, just before a cue, a plain noun the cue modifies, not a subject's auxiliary or pronoun ("they are
/// believed to", "who is said to")?
fn reduced_relative(doc: &Doc, p: usize) -> bool {
    doc.is_word(p) && doc.entity(p).is_none() && !doc.is(p, PRONOUN | RELATIVE) && !FINITE.contains(&doc.low(p)) && !is_function_word(doc.low(p)) && !ly_adverb(doc.low(p))
}

/// Words opening a subordinate clause, whose cue is no main verb.
const SUBORDINATORS: &[&str] = &["although", "though", "while", "as", "because", "since", "whereas", "if", "unless", "where", "which", "who", "when", "after", "before"];

/// A cue is the main verb unless it sits in a subordinate clause (", although both
/// sides say …") or is a participle after a comma (", telling reporters …").
pub(super) fn is_main(doc: &Doc, a: usize, c: &CueMatch, content_before: bool) -> bool {
    if content_before {
        return true;
    }
    // "…, saying C", "a lawsuit accusing X of …": a participle is no main clause (after an auxiliary it is: "is saying")
    // (as is one after a passive of hearing or filming: "Pike is also heard saying that C", "was filmed saying")
    let be = |t: usize| crate::one_of(doc.low(t), &["is", "was", "are", "were", "been", "be", "am"]);
    let heard = c.start >= a + 2 && crate::one_of(doc.low(c.start - 1), &["heard", "filmed", "recorded", "caught", "overheard", "seen", "shown"]) && (be(c.start - 2) || c.start >= a + 3 && be(c.start - 3));
    if c.start > a && c.role != CueRole::According && doc.low(c.start).ends_with("ing") && !(heard || be(c.start - 1) || doc.low(c.start - 1) == "as") {
        return false;
    }
    let clause = (a.max(c.start.saturating_sub(40))..c.start).rev().find(|&t| doc.is_comma(t)).map_or(a, |t| t + 1);
    if clause < c.start && SUBORDINATORS.contains(&doc.low(clause)) && clause > a {
        return false;
    }
    // "Shares fell 18% on Thursday after the company warned that C": a main verb, then a subordinator
    // before the cue (not "as": "as many as", "such as"; nor the adverb "since": "he has since stated")
    let adverb = |t: usize| doc.low(t) == "since" && t > clause && matches!(doc.low(t - 1), "has" | "have" | "had" | "long" | "ever");
    let sub = (clause..c.start).rev().find(|&t| matches!(doc.low(t), "after" | "because" | "since" | "when" | "while" | "although" | "though" | "whereas" | "until" | "unless") && !adverb(t));
    !sub.is_some_and(|u| (clause..u).any(|t| doc.is(t, PAST) || matches!(doc.low(t), "is" | "are" | "was" | "were" | "has" | "have" | "had")))
}
