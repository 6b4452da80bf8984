//! Stage 3: claims — direct quotes, reported speech and checkable facts.
//!
//! Input: text, segments and entities. Output: claims sorted by position, each
//! with its kind, speaker, cue, flags, reasons and the rule that made it.
//! One pass over the sentences in order: quotation marks are found first
//! ([`quotes`]); then in each body sentence the attribution cues ([`cues`]) give
//! reported claims and attribute quotes, speakers are resolved against the
//! people and organisations the text has made salient so far ([`speakers`]),
//! and sentences with no main attribution are checked for checkable facts
//! ([`factual`]). Headlines, captions, bylines and boilerplate yield no claims.
//! Work is linear: every per-token table is built once (each token's entity,
//! quote, lower-cased form and word classes — [`words`] — in one pass), and
//! the salience lists are capped.

mod after;
mod appositive;
mod cue_who;
mod unnamed;
mod clause;
mod listener;
mod cues;
mod doc;
mod edges;
mod factcheck;
mod factual;
mod find_cues;
mod fits;
mod flags;
mod interview;
mod transcript;
mod lexicon;
mod owned;
mod posts;
mod quotes;
mod salience;
mod sexes;
mod speakers;
mod subject;
mod titles;
mod verb_forms;
mod who;
mod words;

use crate::annotations::{Claim, ClaimKind, Entity, Flag, Label, LinkedEntity, ParagraphKind};
use crate::segment::Segments;
use crate::span::Span;
use cues::Attribution;
pub(crate) use doc::Doc;
use salience::Salience;
use speakers::Who;


/// Who said a quote, and how sure we are: `true` once a cue in the text attributed it.
type QuoteWho = Option<(Who, Option<Span>, bool)>;

/// Finds the claims of one text.
pub fn find_claims(text: &str, seg: &Segments, entities: &[Entity], linked: &[LinkedEntity]) -> Vec<Claim> {
    let doc = Doc::new(text, seg, entities, linked);
    let mut sal = Salience::new();
    let mut claims = Vec::with_capacity(seg.sentences.len()); // (a claim or none per sentence, mostly: no regrowth)
    let mut quote_who: Vec<QuoteWho> = vec![None; doc.quotes.len()];
    let mut q_lo = 0;
    let interview = interview::answers(&doc);
    let labelled = factcheck::labelled(&doc);
    // "Emma Howard Boyd, the agency's chair, said:" ending its paragraph: who and the cue, and that paragraph
    let mut colon_cue: Option<(Who, Span, usize)> = None;
    for s in 0..seg.sentences.len() {
        let range = seg.sentence_tokens[s].clone();
        let sentence = seg.sentences[s].span;
        match seg.paragraph_kind(s) {
            ParagraphKind::Body => {}
            // the writer is not whom "the authors" or "her father" of the story means
            ParagraphKind::Byline => continue,
            _ => {
                sal.observe(&doc, range, None);
                continue;
            }
        }
        let atts = cues::attributions(&doc, range.clone(), &mut sal);
        while q_lo < doc.quotes.len() && doc.quotes[q_lo].outer.end <= sentence.start {
            q_lo += 1;
        }
        let mut qi = q_lo;
        while qi < doc.quotes.len() && doc.quotes[qi].outer.start < sentence.end {
            attribute_quote(&doc, qi, &atts, &mut quote_who, &sal, colon_cue.as_ref());
            qi += 1;
        }
        // "Claim: …", "Verdict: …": a fact-check's labels ([`factcheck`])
        let label = labelled.iter().find(|l| l.0 == seg.sentences[s].paragraph).filter(|l| l.2 < sentence.end);
        for a in &atts {
            if let (Some(content), None) = (a.content, a.pure_quote) {
                // (not the label: "Claim: C, according to X")
                let content = label.map_or(content, |l| Span::new(content.start.max(l.2), content.end));
                claims.push(make_claim(&doc, content, ClaimKind::Reported, &a.who, Some(a.cue), a.rule));
            }
        }
        if let Some(&(_, factcheck::Role::Claim, from)) = label.filter(|_| atts.iter().all(|a| a.content.is_none())) {
            if let Some((content, cue)) = factcheck::content(&doc, sentence, from) {
                claims.push(make_claim(&doc, content, ClaimKind::Reported, &Who::Unknown, Some(cue), "fact_check_claim"));
            }
        }
        // an interview's answer is the interviewee's, not the writer's; a fact-check's labelled lines are not the outlet's
        let answer = interview.as_ref().is_some_and(|i| i.holds(seg.sentences[s].paragraph)) || label.is_some();
        // ("The letter, published on Tuesday, said:" introduces what follows: no fact, whoever the source)
        colon_cue = atts.last().filter(|a| a.content.is_none() && colon_ends(&doc, a.cue, &range)).map(|a| (a.who.clone(), a.cue, seg.sentences[s].paragraph));
        if let Some(c) = factual::check(&doc, s, &atts).filter(|_| !answer && colon_cue.is_none()) {
            claims.push(c);
        }
        // ("The jury heard from Jane Roe, 71, …": the witness is whom a "she" next means, not the counsel who spoke before)
        let speaker = atts.iter().rev().find_map(|a| a.who.person(&doc)).or_else(|| atts.iter().find_map(|a| heard_from(&doc, a.cue)));
        if !atts.is_empty() {
            sal.published(&doc, range.clone(), &atts);
        }
        sal.observe(&doc, range, speaker);
        for a in &atts {
            sal.spoke(&a.who);
        }
        for w in quote_who[q_lo..qi].iter().flatten() {
            sal.spoke(&w.0);
        }
    }
    // a quotation running over paragraphs takes the cue of whichever of its paragraphs has one
    for qi in (1..doc.quotes.len()).rev() {
        if doc.quotes[qi].continues && quote_who[qi - 1].as_ref().is_some_and(|w| w.1.is_none()) {
            if let Some(w) = quote_who[qi].clone().filter(|w| w.1.is_some()) {
                quote_who[qi - 1] = Some(w);
            }
        }
    }
    for (qi, q) in doc.quotes.iter().enumerate() {
        let Some((who, cue, _)) = &quote_who[qi] else { continue };
        // (a quoted question asserts nothing: "“Why should households pay more?” he asked")
        let words = q.inner.of(text).trim_end();
        let asks = |w: &str| w.split(' ').next().is_some_and(|f| lexicon::with_lowercase(f, |f| QUESTION_WORDS.contains(&f)));
        // (or a tag question: "You wrote it later, didn't you?")
        let tag = |w: &str| w.rsplit_once(", ").is_some_and(|(_, t)| t.len() < 16 && (t.contains("n't ") || t.contains("n’t ")));
        let question = words.strip_suffix('?').is_some_and(|w| (asks(w) || tag(w)) && !w.contains(". ") && !w.contains("? ") && !w.contains("! "));
        // (with the comma that ends it before its cue: '“Nobody wins from strikes,” she said' is a sentence)
        if !verb_forms::has_verb(&text[q.inner.start..q.inner.end + text[q.inner.end..].starts_with(',') as usize]) || question {
            continue;
        }
        let rule = match cue {
            Some(_) => "quote_with_cue",
            None => signature(&doc, qi).map_or("quote_in_context", |(_, rule)| rule),
        };
        claims.push(make_claim(&doc, q.inner, ClaimKind::Quote, who, *cue, rule));
    }
    if let Some(i) = &interview {
        let who = i.who.map_or(Who::Unknown, |l| Who::Entities(vec![l]));
        // (a question asserts nothing: "Is a ceasefire still possible?")
        // (an answer that is one quotation, 'A: "Martin is fine."', already made its quote claim)
        let quoted = |span: Span| {
            let qi = doc.quotes.partition_point(|q| q.outer.start < span.start);
            doc.quotes.get(qi).is_some_and(|q| q.outer == span) && quote_who[qi].is_some() && verb_forms::has_verb(doc.quotes[qi].inner.of(text))
        };
        for (k, &(_, span)) in i.answers.iter().enumerate().filter(|(_, a)| verb_forms::has_verb(a.1.of(text)) && !a.1.of(text).ends_with('?') && !quoted(a.1)) {
            claims.push(make_claim(&doc, span, ClaimKind::Quote, i.labelled.get(k).unwrap_or(&who), None, i.rule));
        }
    }
    // an embedded post is its signer's quotation, no fact of the outlet's
    for (span, l) in posts::posts(&doc) {
        claims.retain(|c| c.kind != ClaimKind::Factual || !c.span.overlaps(span));
        claims.push(make_claim(&doc, span, ClaimKind::Quote, &Who::Entities(vec![l]), None, "social_post"));
    }
    crate::sort::sort_by_key(&mut claims, |c| (c.span.start, std::cmp::Reverse(c.span.end)));
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = i;
    }
    claims
}

/// The words that open a question ("Why should …?", "Is it …?").
const QUESTION_WORDS: &[&str] = &[
    "what", "why", "how", "who", "whom", "whose", "where", "when", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could", "will",
    "would", "should", "shall", "may", "might", "must", "have", "has", "had", "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "can't",
];

/// Who said quote `qi`, seen from one sentence it overlaps: the innermost
/// attribution there whose content holds it; else (first time only) the
/// attributed quote before it in its paragraph or the quote it continues; else
/// the speaker the text is about, with no cue.
#[inline(never)]
fn attribute_quote(doc: &Doc, qi: usize, atts: &[Attribution], quote_who: &mut [QuoteWho], sal: &Salience, colon: Option<&(Who, Span, usize)>) {
    if quote_who[qi].as_ref().is_some_and(|w| w.2) {
        return;
    }
    let q = doc.quotes[qi];
    let mut best: Option<&Attribution> = None;
    // only the cues nearest the quote can hold it (keeps many quotes × many cues linear)
    let near = atts.partition_point(|a| a.cue.end <= q.outer.start);
    for a in &atts[near.saturating_sub(8)..(near + 8).min(atts.len())] {
        let holds = a.pure_quote == Some(qi) || a.content.is_some_and(|c| c.contains(q.inner));
        // (the innermost, unless it has no source: "Johnson said the vote showed that “…”" is Johnson's quotation)
        let finding = |w: &str| lexicon::LEXICON.cues.get(w).is_some_and(|c| c.iter().all(|k| k.1 == lexicon::CueRole::Finding));
        let sourceless = |x: &Attribution| !x.who.known() && x.cue.of(doc.text).split(' ').next().is_some_and(|w| lexicon::with_lowercase(w, finding));
        let size = |x: &Attribution| (sourceless(x), x.content.map_or(usize::MAX, |c| c.len()));
        if holds && best.is_none_or(|b| size(a) < size(b)) {
            best = Some(a);
        }
    }
    // ("said he had met the minister, Anna Reyes, who promised: “…”": the person the relative clause is about)
    if let Some((l, verb)) = best.and_then(|_| who_colon(doc, q.outer.start)) {
        quote_who[qi] = Some((Who::Entities(vec![l]), Some(verb), true));
        return;
    }
    if let Some(a) = best {
        quote_who[qi] = Some((a.who.clone(), Some(a.cue), true));
        return;
    }
    if quote_who[qi].is_some() {
        return;
    }
    if let Some((l, _)) = signature(doc, qi) {
        quote_who[qi] = Some((Who::Entities(vec![l]), None, true));
        return;
    }
    if let Some((who, verb)) = named_by_subject(doc, qi, sal) {
        quote_who[qi] = Some((who, Some(verb), true));
        return;
    }
    // a quotation opening the paragraph after "… said:" is the speaker's, with that cue
    if let Some((who, cue, _)) = colon.filter(|c| c.2 + 1 == q.paragraph && doc.seg.paragraphs[q.paragraph].span.start == q.outer.start) {
        quote_who[qi] = Some((who.clone(), Some(*cue), true));
        return;
    }
    let previous = (qi > 0).then(|| (doc.quotes[qi - 1], quote_who[qi - 1].clone()));
    quote_who[qi] = match previous {
        Some((p, Some(w))) if p.paragraph == q.paragraph || q.continues => Some((w.0, w.1, false)),
        _ => Some((sal.current_speaker(), None, false)),
    };
}

/// "NAME, who VERB[ her/him/them]: “…”": NAME's linked entity (a person) and the verb, for the quote opening at `open`.
fn who_colon(doc: &Doc, open: usize) -> Option<(usize, Span)> {
    let t = doc.seg.tokens.partition_point(|k| k.span.start < open);
    if t < 6 || doc.tok(t - 1) != ":" {
        return None;
    }
    let v = t - 2 - matches!(doc.low(t - 2), "her" | "him" | "them" | "us" | "me") as usize;
    let e = doc.entity(v - 3).filter(|&e| doc.entities[e].label == Label::Person && doc.is_comma(v - 2) && doc.low(v - 1) == "who")?;
    (doc.is_word(v) && doc.entity(v).is_none()).then(|| (doc.entities[e].linked, doc.seg.tokens[v].span))
}

/// "heard from NAME": the person the listeners heard (a witness), if the cue is "heard" or "hears".
#[inline(never)]
fn heard_from(doc: &Doc, cue: Span) -> Option<usize> {
    let t = doc.seg.tokens.partition_point(|k| k.span.start < cue.start);
    if t + 2 >= doc.seg.tokens.len() || !matches!(doc.low(t), "heard" | "hears") || doc.low(t + 1) != "from" {
        return None;
    }
    doc.entity(t + 2).map(|e| doc.entities[e].linked).filter(|&l| doc.linked[l].label == Label::Person)
}

/// Does the sentence `range` end with a colon a few words after the cue `cue` ("said:", "told the BBC:")?
fn colon_ends(doc: &Doc, cue: Span, range: &std::ops::Range<usize>) -> bool {
    let last = range.end.saturating_sub(1);
    let after = range.start + doc.seg.tokens[range.clone()].partition_point(|t| t.span.start < cue.end);
    range.end > range.start && doc.tok(last) == ":" && after <= last && last - after <= 6 && (after..last).all(|t| doc.is_word(t))
}

/// Verbs that put quoted words in their subject's mouth: "the family described him as “…”".
const NAMING_VERBS: &[&str] = &["described", "describes", "called", "calls", "branded", "brands", "dubbed", "labelled", "labeled", "hailed", "termed"];
/// Verbs of a crowd's words, right before its quotation: "chanting “Ruto must go”".
const CHANTING_VERBS: &[&str] = &["chanted", "chanting", "chants", "sang", "shouted", "shouting", "singing", "yelled", "yelling"];
/// Speech acts whose quoted infinitive is their subject's words: "has promised to “fix the foundations”".
const PROMISING_VERBS: &[&str] = &["promised", "promises", "promising", "pledged", "pledges", "pledging", "vowed", "vows", "vowing", "urged", "urges", "urging"];

/// "Jamal's family described him as “a kind, funny boy who lit up every room”": the subject of the
/// sentence speaks a quote that follows a naming verb (and its object) in the same sentence; the verb is the cue.
fn named_by_subject(doc: &Doc, qi: usize, sal: &Salience) -> Option<(Who, Span)> {
    let open = doc.quotes[qi].outer.start;
    let t = doc.seg.tokens.partition_point(|x| x.span.start < open);
    let s = doc.seg.sentences.partition_point(|x| x.span.end <= open);
    let range = doc.seg.sentence_tokens.get(s)?.clone();
    if !range.contains(&t) {
        return None;
    }
    let v = (range.start.max(t.saturating_sub(5))..t).rev().find(|&u| NAMING_VERBS.contains(&doc.low(u)) || PROMISING_VERBS.contains(&doc.low(u)) || CHANTING_VERBS.contains(&doc.low(u)))?;
    // "marched to parliament chanting “Ruto must go”": the crowd's words, whoever the subject is (unnamed if none is found)
    let chant = CHANTING_VERBS.contains(&doc.low(v));
    if chant && t != v + 1 {
        return None;
    }
    // only an object between the verb and the quotation, and "as" right before it unless the verb is "called"/"dubbed"
    // ("has promised to “fix the foundations”": "to" after a verb of promising or urging)
    // (or a colon right after a verb of promising: "Reyes promised: “…”")
    let promising = PROMISING_VERBS.contains(&doc.low(v));
    let colon = promising && t == v + 2 && doc.tok(v + 1) == ":";
    let as_before = t > v + 1 && doc.low(t - 1) == if promising { "to" } else { "as" };
    if !colon && (v + 1..t).any(|u| !doc.is_word(u) && !speakers::possessive(doc, u)) || !(as_before || colon || chant || matches!(doc.low(v), "called" | "calls" | "dubbed")) {
        return None;
    }
    // the subject right before the verb, opening the sentence or its main clause, or before an appositive
    // ("Sen. Rand Paul, R-Ky., who voted against the bill, called it “…”")
    // (past auxiliaries: "has promised to"; a participle after the subject's comma: "Johnson, pledging to")
    let mut w = v;
    while w > range.start && doc.is(w - 1, words::SKIP_BEFORE) {
        w -= 1;
    }
    // (or a name as the appositive: "The minister, Anna Reyes, vowed: “…”")
    let np = match w > range.start && doc.is_comma(w - 1) {
        true => appositive::appositive_subject(doc, range.start, w - 1).or_else(|| {
            speakers::np_before(doc, range.start, w - 1).filter(|np| np.start == range.start && doc.low(v).ends_with("ing") || matches!(np.head, speakers::Head::Entities(_)) && np.start > range.start && doc.is_comma(np.start - 1))
        }),
        false => speakers::np_before(doc, range.start, w).filter(|np| np.start == range.start || doc.is_comma(np.start - 1)),
    };
    let Some(np) = np else { return chant.then(|| (Who::Anonymous, doc.span(v, v + 1))) };
    let who = sal.resolve(doc, &np, &[]);
    (who.known() || who.is_anonymous()).then(|| (who, doc.span(v, v + 1)))
}

/// The person or organisation that signs quote `qi` after a dash ("“We are ready to talk” — Volodymyr
/// Zelensky, speaking in Kyiv": rule `quote_signed`) or heads it with a colon at the start of a line
/// ("Jacinda Ardern: “…”": rule `quote_headed`), with the rule.
fn signature(doc: &Doc, qi: usize) -> Option<(usize, &'static str)> {
    let speaker = |e: usize| matches!(doc.entities[e].label, Label::Person | Label::Org).then(|| doc.entities[e].linked);
    // "Jacinda Ardern: “…”": a name opening its line, then a colon
    let open = doc.quotes[qi].outer.start;
    let t = doc.seg.tokens.partition_point(|t| t.span.start < open);
    if t >= 2 && doc.tok(t - 1) == ":" {
        if let Some(e) = doc.entity(t - 2) {
            let first = doc.seg.tokens.partition_point(|x| x.span.start < doc.entities[e].span.start);
            if first == 0 || doc.seg.tokens[first].newline_before || crate::segment::is_bullet(doc.tok(first - 1)) {
                return speaker(e).map(|l| (l, "quote_headed"));
            }
        }
    }
    let end = doc.quotes[qi].outer.end;
    let t = doc.seg.tokens.partition_point(|t| t.span.start < end);
    if !matches!(doc.seg.tokens.get(t).map(|x| x.text(doc.text)), Some("—" | "–" | "-")) || doc.seg.tokens[t].newline_before {
        return None;
    }
    let e = (t + 1 < doc.seg.tokens.len()).then(|| doc.entity(t + 1)).flatten()?;
    speaker(e).map(|l| (l, "quote_signed"))
}

fn make_claim(doc: &Doc, span: Span, kind: ClaimKind, who: &Who, cue: Option<Span>, rule: &'static str) -> Claim {
    let (speaker, speaker_entity) = speakers::name(doc, who);
    let mut flags = Vec::new();
    // (numbers or a document as the source name no one and hide no one: no flag)
    if cue.is_some() && speaker.is_none() && *who != Who::Evidence {
        flags.push(if who.is_anonymous() { Flag::AnonymousSource } else { Flag::Unattributed });
    }
    // (a belief or a feeling is hedged by its verb: "She thinks prices will fall")
    // (their first letters and lengths first: most cues are "said")
    let opinion = |w: &str| (4..=9).contains(&w.len()) && b"bfrstBFRST".contains(&w.as_bytes()[0]) && !w.starts_with("sa") && lexicon::with_lowercase(w, find_cues::opinion_verb);
    let believed = cue.is_some_and(|c| opinion(c.of(doc.text)));
    if believed || flags::hedged(doc, span) {
        flags.push(Flag::Hedged);
    }
    Claim {
        id: 0,
        span,
        kind,
        text: span.of(doc.text).to_string(),
        speaker,
        speaker_entity,
        cue: cue.map(|c| c.of(doc.text).to_string()),
        cue_span: cue,
        flags,
        reasons: Vec::new(),
        rule,
    }
}
