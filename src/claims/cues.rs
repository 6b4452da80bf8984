//! Attribution cues and the content they attribute, one sentence at a time.
//!
//! Input: the document tables, one body sentence (a token range) and the
//! salience so far. Output: one [`Attribution`] per cue outside quotation
//! marks: the cue span, the speaker, and the content clause when there is one
//! ("X said (that) C", "C, X said", "C, said X", "according to X, C",
//! "C, according to X", "X told Y that C", "X was quoted as saying (by Y), C").
//! A content that is exactly a direct quote is not a reported claim; it tells the quote its speaker. Every cue
//! makes its own attribution, so "X said C, reported Y" gives two, nested; a cue inside the content of the same
//! speaker ("Putin said he believed …") adds nothing.

use super::lexicon::CueRole;
use super::salience::Salience;
use super::appositive::{appositive_subject, named_after, source_comma, source_phrase};
use super::listener::skip_listener;
use super::clause::{at_work, clause_follows, directive, is_main, no_clause_in, object_after, participle_of_noun, received, warning_about, date_at, impersonal_passive, passive, passive_past_adverb, is_terminal, relative_end, setting_participle, skip_after, subject_before, skip_setting, source_of_document, trim, withheld};
use super::speakers::{np_after, np_before, Head, Np, Who};
use super::words::{AND, CUE, DETERMINER, INTRODUCTORY, NON_CLAUSE as NON_CLAUSE_WORD};
use super::cue_who::{subject_end, owned_by_speaker, owner_in_content, passive_agent, person_np, role_before, who_of, PERSONS_CAP};
use super::find_cues::find_cues;
use super::Doc;
use crate::annotations::Label;
use crate::segment::TokenKind;
use crate::span::Span;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Attribution {
    pub cue: Span,
    pub who: Who,
    /// The attributed content (trimmed), when the cue has one.
    pub content: Option<Span>,
    /// The content is exactly this quote (index into `Doc::quotes`).
    pub pure_quote: Option<usize>,
    /// The cue is the sentence's main verb (the sentence is then no factual claim).
    pub main: bool,
    pub rule: &'static str,
}

/// Words between a subject and its cue ("Kim had also said", "Ushakov meanwhile said").
pub(super) const SKIP_BEFORE: &[&str] = &[
    "had", "has", "have", "was", "is", "were", "are", "also", "meanwhile", "later", "then", "previously", "earlier", "again",
    "further", "once", "already", "just", "would", "will", "did", "does", "do", "not", "never", "still", "too", "himself",
    "herself", "has", "been", "on",
];
/// Words that open a non-clausal phrase after a cue ("Kim said while meeting …", "told Putin at the start").
pub(super) const NON_CLAUSE: &[&str] = &[
    "while", "as", "at", "in", "on", "after", "before", "during", "when", "following", "upon", "from", "with", "without",
    "ahead", "adding", "of", "for", "by", "via", "through", "to", "last", "this", "earlier", "later", "late", "early",
    "recently", ",", "and", "but", "yesterday", "today", "tonight", "outside", "inside", "near", "behind", "beside", "alongside",
    "over", "amid", "despite", "across", "around", "under",
];
pub(super) const NOUN_MARKERS: &[&str] = &["the", "a", "an", "these", "those", "this", "such", "his", "her", "their", "its", "our", "new", "latest", "media", "news", "press", "less", "more"];

/// Does token `t` open a non-clausal phrase ([`NON_CLAUSE`]: a comma, or a word of its class)?
fn non_clause(doc: &Doc, t: usize) -> bool {
    doc.is_comma(t) || doc.is(t, NON_CLAUSE_WORD)
}

/// Finding cues whose passive with "to" reports like "is said to" ("is understood to be furious"); the others do not ("was signalled to stop", "is reported to have replied").
const PASSIVE_FINDINGS: &[&str] = &["understood", "suspected", "reported", "thought"];

/// Words opening an adjunct of the cue after a quotation ("said “…” on Thursday").
const ADJUNCT: &[&str] = &["on", "in", "at", "during", "after", "before", "to", "while", "when", "as", "last", "this", "earlier", "later"];

/// All attributions of one sentence.
pub fn attributions(doc: &Doc, range: Range<usize>, sal: &mut Salience) -> Vec<Attribution> {
    let a = range.start;
    let b = range.end;
    let cues = find_cues(doc, &range);
    if cues.is_empty() {
        return Vec::new();
    }
    // the people named in the sentence (last mention of each, at most 16), and where its clauses break
    let mut persons: Vec<(usize, usize)> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new();
    for (t, (info, tok)) in range.clone().zip(doc.infos(range.clone()).iter().zip(&doc.seg.tokens[range.clone()])) {
        if let Some(e) = info.entity().filter(|&e| doc.entities[e].label == Label::Person) {
            let l = doc.entities[e].linked;
            persons.retain(|&(_, x)| x != l);
            persons.push((t, l));
            if persons.len() > PERSONS_CAP {
                persons.remove(0);
            }
        }
        // (", citing preliminary figures": the source's own source, not what it said; ", but that D" is a
        // second content of the same cue: "said it was too early to say, but that the signs were worrying")
        let but_that = || doc.low(t + 1) == "but" && t + 2 < b && doc.low(t + 2) == "that";
        if tok.kind == TokenKind::Punct && !info.quoted() && (tok.text(doc.text) == ";" || (info.is_comma() && t + 1 < b && matches!(doc.low(t + 1), "but" | "citing" | "quoting") && !but_that())) {
            breaks.push(t);
        }
    }
    let mut b_trim = b;
    while b_trim > a && is_terminal(doc, b_trim - 1) {
        b_trim -= 1;
    }
    b_trim = super::edges::before_aside(doc, a, b_trim);
    let asked = super::clause::direct_question(doc, a, b);
    let mut out = Vec::with_capacity(cues.len());
    // (attribution index, token where its content must stop) for forward contents
    let mut forward: Vec<(usize, usize)> = Vec::new();
    let mut boundaries: Vec<usize> = Vec::new();
    let mut lo = a;
    // where a content before a cue may start: after "According to X," once that phrase is read
    let mut floor = a;
    let mut seen = a;
    for c in &cues {
        sal.mentions(doc, seen..c.start.max(seen));
        seen = seen.max(c.start);
        let cue = doc.span(c.start, c.end);
        let mut content = None;
        let who;
        let mut rule;
        let mut boundary = None;
        let mut second: Option<Attribution> = None;
        match c.role {
            CueRole::According => {
                // "according to a report by X": the named source behind an unnamed one, else the unnamed one
                let np = match np_after(doc, c.end, b_trim) {
                    Some(n) if !matches!(n.head, Head::Anonymous) => Some(named_after(doc, n, b_trim)),
                    anonymous => source_of_document(doc, c.end, b_trim).or(anonymous),
                };
                who = np.as_ref().map_or(Who::Unknown, |n| sal.resolve(doc, n, &[]));
                // ("C according to X, D" with no comma: C is X's, unless only a conjunction opens the sentence)
                let mid = c.start > a + 2 && !doc.is(a, INTRODUCTORY) && !matches!(doc.tok(c.start - 1), "," | ":" | ";" | "(" | "—" | "–" | "-") && !doc.is_quote_mark(c.start - 1);
                if mid && np.is_none() { continue; } // (a manner, no source: "delivered it according to the specification")
                if c.start > a && doc.tok(c.start - 1) == "," || mid {
                    let end = if mid { c.start } else { c.start - 1 };
                    content = trim(doc, a, end);
                    boundary = Some(end);
                    rule = "according_to_after";
                } else {
                    let from = np.as_ref().map_or(c.end, |n| n.end);
                    // "According to people familiar with the matter, C": the source phrase runs to its comma
                    let from = source_comma(doc, from, b_trim).map_or(from, |k| k + 1);
                    floor = from;
                    content = trim(doc, from, b_trim).map(|(x, _)| (x, b_trim));
                    rule = "according_to_before";
                }
            }
            CueRole::Adverb => {
                who = Who::Unknown;
                content = trim(doc, a, b_trim);
                rule = "reportedly";
            }
            // "The minister is said to be furious": no source, like "reportedly": the whole clause
            CueRole::Say | CueRole::Finding if (c.role == CueRole::Say || PASSIVE_FINDINGS.contains(&doc.low(c.start))) && c.end < b_trim && doc.low(c.end) == "to" && passive_past_adverb(doc, a, c.start) => {
                who = Who::Unknown;
                // (after an earlier cue, from its end: "Smith said the minister is said to …")
                content = trim(doc, lo, b_trim);
                rule = "passive_report";
            }
            // "drones believed to have been jammed", "said in a video posted on the platform that …": a participle
            // modifying a noun is no cue
            CueRole::Say | CueRole::Finding if participle_of_noun(doc, a, c.start, c.end, b_trim) => {
                who = Who::Unknown;
                rule = "cue_without_content";
            }
            // "It is understood that C", "It is believed that C", "when it was thought C": no source, the clause after
            CueRole::Say | CueRole::Finding if impersonal_passive(doc, a, lo, c.start) && c.end + 1 < b_trim && (doc.low(c.end) == "that" || super::find_cues::opinion_verb(doc.low(c.start))) => {
                who = Who::Unknown;
                content = trim(doc, c.end + (doc.low(c.end) == "that") as usize, b_trim).map(|(x, _)| (x, b_trim));
                rule = "passive_report";
            }
            CueRole::Say | CueRole::Tell | CueRole::Quoted | CueRole::Finding | CueRole::Adds => {
                let s = subject_end(doc, lo, c.start);
                let mut left = np_before(doc, lo, s);
                // "Interfax quoted Chernomyrdin as saying": the person quoted speaks
                // (someone unnamed when no speaker phrase is found there: "quoted the unnamed corporal as saying")
                let quoted = c.quoted.map(|k| np_before(doc, c.start + 1, k).unwrap_or(Np { start: c.start + 1, end: k, head: Head::Anonymous }));
                let relative = s >= lo + 2 && doc.low(s - 1) == "who" && doc.entity(s - 1).is_none(); // (not "the WHO said")
                // "rival Voltaic Systems, which said …": a body's relative clause speaks for it
                let body = (s >= lo + 3 && doc.low(s - 1) == "which" && doc.is_comma(s - 2)).then(|| np_before(doc, lo, s - 2)).flatten().filter(|n| matches!(&n.head, Head::Entities(es) if es.iter().all(|&e| matches!(doc.entities[e].label, Label::Org | Label::Place))));
                let in_relative = relative && s >= lo + 3 && doc.is_comma(s - 2) || body.is_some();
                if body.is_some() {
                    left = body;
                } else if in_relative {
                    // "President Joe Biden, who said …", "the chancellor, who said"
                    left = Some(super::appositive::before_who(doc, lo, s - 2));
                } else if relative {
                    // "25,000 adults in the UK who said …": the people the relative clause is about, unnamed unless a person
                    left = Some(np_before(doc, lo, s - 1).filter(|n| person_np(doc, n)).unwrap_or(Np { start: s - 1, end: s, head: Head::Anonymous }));
                }
                if left.is_none() && s >= lo + 2 && doc.is_comma(s - 1) {
                    // the name before an appositive ("Alan Butler, executive director of EPIC, said"),
                    // else a name as the appositive ("adviser, Yuri Ushakov, said")
                    let apposed = appositive_subject(doc, lo, s - 1);
                    left = apposed.clone().filter(|n| person_np(doc, n)).or_else(|| {
                        np_before(doc, lo, s - 1).filter(|n| matches!(n.head, Head::Entities(_)) && n.start > lo && doc.tok(n.start - 1) == "," && !(n.start..s - 1).any(|t| super::speakers::possessive(doc, t)))
                    });
                    left = left.or(apposed);
                }
                // "Posts shared thousands of times on Facebook and X say": where a post was shared is not who wrote it
                if let Some(n) = left.as_mut().filter(|n| n.start > lo && matches!(doc.low(n.start - 1), "on" | "via" | "across") && matches!(n.head, Head::Entities(_))) {
                    n.head = Head::Anonymous;
                }
                if left.as_ref().is_none_or(|n| n.start > lo && !doc.is_comma(n.start - 1) && !doc.is_quote_mark(n.start - 1)) {
                    // "…, officials from both sides and from the mediating countries said": a source phrase after the comma
                    left = source_phrase(doc, lo, s).or(left);
                }
                let participle = doc.low(c.start).ends_with("ing");
                // "X said C, adding that D": a participle cue after a comma ends the earlier content (every cue
                // makes its own claim)
                if c.start > lo + 1 && doc.is_comma(c.start - 1) && participle {
                    boundaries.push(c.start - 1);
                }
                // "X warned that C, and Y said …": an earlier content ends before the new subject
                // (or with no comma, before a name: "The CBI said C and the British Chambers of Commerce warned D")
                let named = |n: &Np| matches!(n.head, Head::Entities(_)) && !super::find_cues::opinion_verb(doc.low(c.start));
                if let Some(n) = left.as_ref().filter(|n| c.role != CueRole::Finding && n.start >= lo + 2 && matches!(doc.low(n.start - 1), "and" | "but") && (doc.is_comma(n.start - 2) || named(n))) {
                    boundaries.push(n.start - 1 - doc.is_comma(n.start - 2) as usize);
                }
                // "Putin said he believed …": a pronoun inside a content refers to its speaker
                let enclosing = out.iter().rev().take(4).find(|x: &&Attribution| x.content.is_some_and(|k| k.contains(cue)) && x.who.known()).map(|x| x.who.clone());
                // ("The agency said its two-year investigation had found …": what its speaker owns speaks for it)
                let pronoun_inside = (matches!(&left, Some(Np { head: Head::Pronoun(p), .. }) if *p == "he" || *p == "she") || owned_by_speaker(doc, lo, s)) && enclosing.is_some();
                let mut left_start = left.as_ref().map_or(s, |n| n.start);
                // "“…,” Activision's chief executive, Bobby Kotick, wrote": the role before the name is part of
                // the speaker phrase, not of the content
                if let Some(p) = left.as_ref().filter(|n| person_np(doc, n) && left_start > lo + 1 && doc.is_comma(left_start - 1)).and_then(|_| role_before(doc, lo, left_start - 1)) {
                    left_start = p + 1;
                }
                let before = (left_start > a).then(|| left_start - 1);
                // ("The mayor of Marathon, Stergios Tsirkas, told Skai TV that C": a role with no verb before the name
                // is no content when "that" follows the cue)
                let listened = if c.role == CueRole::Tell { skip_listener(doc, c.end, b_trim) } else { c.end };
                let that_after = c.end < b_trim && doc.low(c.end) == "that" || listened > c.end && doc.low(listened - 1) == "that";
                // ("In Brechin, residents were told to leave.": an instruction; what comes before it is no content)
                let has_left_content = !(c.role == CueRole::Tell && directive(doc, listened, b_trim)) && before.is_some_and(|p| {
                    p > floor && (matches!(doc.tok(p), "," | ":" | "—" | "–") && !(doc.is_comma(p) && subject_before(doc, floor..p, c.end, listened, b_trim, that_after)) || (doc.is_quote_mark(p) && doc.quote(p).is_some_and(|q| doc.quotes[q].outer.end == doc.seg.tokens[p].span.end)))
                });
                let mut r = listened;
                if c.role == CueRole::Quoted && r < b_trim && doc.low(r) == "by" {
                    r = np_after(doc, r + 1, b_trim).map_or(r + 1, |n| n.end);
                }
                r = skip_after(doc, r, b_trim);
                r = skip_setting(doc, r, b_trim);
                // a speaker after the cue is followed by the end, a comma or a non-clausal phrase ("said Tom Hale of …")
                // (never after a participle: "…, adding a food court" names no speaker)
                let right_np = np_after(doc, r, b_trim).filter(|_| !participle).filter(|n| n.end >= b_trim || matches!(doc.tok(n.end), "," | "(") || non_clause(doc, n.end) || doc.low(n.end) == "who" || at_work(doc, n.end, b_trim));
                // ("…," the ministry said in a statement carried by the state news agency.": the document's setting, no clause)
                let non_clause = r >= b_trim || non_clause(doc, r) || r > c.start + 1 && setting_participle(doc, r, b_trim);
                let after_quote = before.is_some_and(|p| doc.is_quote_mark(p));
                let quote_follows = r < b_trim && doc.is_quote_mark(r) && doc.quote(r).is_some();
                // with no speaker anywhere, only a cue ending the sentence reports ("…, reports."): "Its features,
                // announced last year, have been delayed" is a participle phrase
                let speakerless_inside = left.is_none() && right_np.is_none() && quoted.is_none() && r < b_trim;
                if has_left_content && !speakerless_inside && (non_clause || (left.is_none() && right_np.is_some()) || (after_quote && quote_follows)) {
                    let speaker_np = quoted.as_ref().or(left.as_ref()).or(right_np.as_ref());
                    let p = before.unwrap_or(a);
                    who = owner_in_content(doc, sal, speaker_np, floor, p).unwrap_or_else(|| who_of(doc, sal, speaker_np, &range, c.start, &persons).pick(speaker_np.is_some()));
                    let end = if doc.is_quote_mark(p) { p + 1 } else { p };
                    content = trim(doc, floor, end).map(|(x, y)| (x, if doc.is_quote_mark(p) { end } else { y })).or_else(|| super::clause::lone_quote(doc, floor, p));
                    boundary = Some(p);
                    rule = "cue_after_content";
                    // "The plan, he said, was a failure": the cue interrupts its content, which is the whole sentence
                    let go_on = c.end + 1;
                    // (not before an afterthought with no verb: "…, the military said, the first such launch this year")
                    let afterthought = || doc.is(go_on, DETERMINER) && no_clause_in(doc, go_on, b_trim);
                    // (nor before a subordinate clause of its own: "…, the company said, although it could take weeks")
                    let subordinate = || matches!(doc.low(go_on), "although" | "though" | "because" | "whereas" | "meaning");
                    if !after_quote && go_on < b_trim && doc.is_comma(c.end) && doc.is_word(go_on) && !doc.is(go_on, CUE | NON_CLAUSE_WORD) && !doc.low(go_on).ends_with("ing") && !afterthought() && !subordinate() {
                        if let Some(whole) = trim(doc, a, b_trim) {
                            (content, rule, boundary) = (Some(whole), "cue_parenthetical", None);
                        }
                    }
                    if after_quote && quote_follows {
                        // "‘…,’ he said, ‘and …’": the cue sits inside one quotation and speaks for both halves
                        if let Some((x, y)) = trim(doc, r, b_trim) {
                            second = Some(Attribution { cue, who: who.clone(), content: Some(doc.span(x, y)), pure_quote: None, main: true, rule: "cue_between_quotes" });
                        }
                    }
                } else if r < b_trim && !(left.is_none() && right_np.is_some() && !has_left_content && r == c.end) && (c.role != CueRole::Finding || doc.low(c.end) == "that" || (c.end..b_trim.min(c.end + 5)).any(|u| doc.tok(u) == ":" && u + 1 < b && doc.is_quote_mark(u + 1)) || (r > c.end && (doc.low(r - 1) == "that" || doc.low(r) == "that") && !passive(doc, a, c.start)) || (r == c.end && clause_follows(doc, r, b_trim)))
                    // "added 50,000 jobs", "Salah added a second", "added her voice to": an object, no clause
                    // ("wrote the majority opinion", "wrote a letter to the council": a text written, no clause)
                    && !((c.role == CueRole::Adds || matches!(doc.low(c.start), "wrote" | "writes")) && r == c.end && (doc.label(r) == Some(Label::Number) || doc.is_word(r) && doc.low(r) != "that" && !clause_follows(doc, r, b_trim))) && !object_after(doc, c.end, r, b_trim)
                    // "had informed the King earlier in the day": after the listener, a setting and no clause
                    && !(c.role == CueRole::Tell && r > c.end && doc.is(r, NON_CLAUSE_WORD) && doc.low(r) != "to" && !doc.is_comma(r) && no_clause_in(doc, r, b_trim))
                    // "told his players to expect a hard game", "warned parents about the dangers that …": no report
                    && !(c.role == CueRole::Tell && (directive(doc, c.end, b_trim) || warning_about(doc, c.end, r, b_trim)))
                    // "the mall expanded, adding a food court": an object, not a clause
                    // ("…, explaining the aims of the operation": no clause after a participle)
                    // ("accusing X of …" reports its charge)
                    && !(participle && r == c.end && doc.is_word(r) && doc.low(r) != "that" && doc.low(c.start) != "accusing" && !clause_follows(doc, r, b_trim))
                    // (a finding's content is a clause after "that", or a quotation after a colon: "posted on X: “…”")
                    // "argued for …", "warned against …", "said of the victory", "the same was said about the weekend": no clause
                    // ("believed in survival": a faith, no clause)
                    // ("wrote to MPs on Tuesday promising …": a letter's addressee, no clause; "added to the misery": an increase)
                    // ("adding to fears that C": an increase of the fears, whatever clause they have)
                    && !(doc.low(c.start).starts_with("add") && c.end + 2 < b_trim && doc.low(c.end) == "to" && crate::one_of(doc.low(c.end + 1 + (doc.low(c.end + 1) == "the") as usize), &["concerns", "doubts", "evidence", "expectations", "fears", "hopes", "pressure", "signs", "speculation", "uncertainty", "worries"]))
                    && !(r == c.end && (matches!(doc.low(r), "for" | "against" | "of" | "with") || doc.low(r) == "to" && (doc.low(c.start) == "wrote" || c.role == CueRole::Adds) || doc.low(r) == "about" && doc.label(r + 1) != Some(Label::Number) || doc.low(r) == "in" && doc.low(c.start).starts_with("believ")))
                {
                    // "…, the air force said, adding that C": a participle after a comma goes on with the last speaker
                    let goes_on = left.is_none() && c.start > a && doc.tok(c.start - 1) == "," && participle;
                    // (also after the last cue's listener and setting: "told Reuters by telephone, adding that C")
                    let comma = doc.seg.tokens[c.start.saturating_sub(1)].span.start;
                    let cue_end = |x: &Attribution| a + doc.seg.tokens[a..c.start].partition_point(|t| t.span.end <= x.cue.end);
                    let adjoins = |x: &Attribution| x.cue.end == comma || (x.who.known() && no_clause_in(doc, cue_end(x), c.start - 1));
                    let previous = out.last().filter(|x: &&Attribution| goes_on && adjoins(x)).map(|x| x.who.clone());
                    // "X accused Y of … and said C": the subject of the first cue says C, and the first content ends at "and"
                    // ("… were solid but warned that C": or at "but")
                    let coordinated = left.is_none() && c.start > lo && (doc.is(c.start - 1, AND) || doc.low(c.start - 1) == "but");
                    // (the last cue not inside another's content: "X said the figures showed C but admitted D" is X's)
                    let inside = |x: &Attribution| out.iter().any(|y| y.content.is_some_and(|s| s.start <= x.cue.start && x.cue.end <= s.end));
                    let previous = previous.or_else(|| coordinated.then(|| out.iter().rev().find(|x| !inside(x))).flatten().map(|x| x.who.clone()));
                    if coordinated && previous.is_some() {
                        boundary = Some(c.start - 1);
                    }
                    who = if pronoun_inside {
                        enclosing.unwrap_or(Who::Unknown)
                    } else if let Some(w) = previous {
                        w
                    } else if c.role == CueRole::Finding && (left.is_none() || left.as_ref().is_some_and(|n| received(doc, lo, n))) && !coordinated {
                        super::who::unnamed_finding(doc, a, c.start) // "Post-mortem examinations showed …": no source named
                    } else {
                        passive_agent(doc, sal, a, c.start, c.end, b_trim).unwrap_or_else(|| who_of(doc, sal, quoted.as_ref().or(left.as_ref()), &range, c.start, &persons))
                    };
                    // ("Mr Biden, who said C, left": C ends where the relative clause does)
                    // (and "The plant, which the company said will be its largest, is …": the relative clause's end)
                    let which = left_start > lo + 1 && doc.low(left_start - 1) == "which" && doc.is_comma(left_start - 2);
                    let end = if in_relative || which { relative_end(doc, r, b_trim).unwrap_or(b_trim) } else { super::edges::speech_act_end(doc, r, super::edges::opening_clause_end(doc, a, c.start, r, b_trim)) };
                    content = trim(doc, r, end).map(|(x, _)| (x, end));
                    rule = "cue_before_content";
                    if content.is_some() {
                        forward.push((out.len(), end));
                    }
                } else {
                    // ("Osei said she accepted some of the criticism": inside the content, "she" is still Osei)
                    who = if pronoun_inside { enclosing.unwrap_or(Who::Unknown) } else { who_of(doc, sal, left.as_ref().or(right_np.as_ref()), &range, c.start, &persons) };
                    rule = "cue_without_content";
                }
                // "A woman in Antakya said …": a "she" soon after is her
                if who.is_anonymous() && !matches!(doc.low(c.start), "heard" | "hears") { // (not listeners: "The jury heard from")
                    sal.unnamed_speaker(doc, left.as_ref().or(right_np.as_ref()));
                } else {
                    sal.voice_speaker(doc, left.as_ref().or(right_np.as_ref()), &who);
                }
            }
        }
        // a cue with nothing attributed ("announced the plan in 2021") leaves the sentence a fact; one that
        // withholds it ("declined to say whether …"), or a passive one's ("accused by staff of …", not "said that by 2030 …"), leaves no claim at all
        let main = content.is_some() && is_main(doc, a, c, content.is_some_and(|(x, _)| x < c.start));
        if content.is_some_and(|(x, _)| doc.low(x) == "by" && x > c.start && doc.low(x - 1) != "that") || content.is_some() && c.role != CueRole::According && (asked || withheld(doc, lo, c.start, c.end, b_trim)) {
            (content, rule) = (None, "cue_without_content");
            forward.retain(|&(i, _)| i != out.len());
        }
        if let Some(p) = boundary {
            boundaries.push(p);
        }
        out.push(Attribution { cue, who, content: content.map(|(x, y)| doc.span(x, y)), pure_quote: None, main, rule });
        out.extend(second.take());
        let _ = content;
        lo = c.end;
    }
    // a forward content stops where a later "…, reported Y" or ", but" begins
    for (i, stop) in forward {
        let start_tok = a + doc.seg.tokens[a..b].partition_point(|t| t.span.start < out[i].content.unwrap().start);
        let mut end = stop;
        crate::sort::sort(&mut boundaries);
        for list in [&boundaries, &breaks] {
            let i = list.partition_point(|&p| p <= start_tok);
            if let Some(&p) = list.get(i) {
                end = end.min(p);
            }
        }
        out[i].content = trim(doc, start_tok, end).map(|(x, y)| doc.span(x, y));
    }
    // pure quotes, and cues nested in the content of the same speaker
    for att in &mut out {
        let Some(c) = att.content else { continue };
        // contents lie inside the sentence: its tokens are searched, not the text's
        let first = a + doc.seg.tokens[a..b].partition_point(|t| t.span.start < c.start);
        let last = a + doc.seg.tokens[a..b].partition_point(|t| t.span.end < c.end);
        let q1 = (first < doc.seg.tokens.len()).then(|| doc.quote(first)).flatten();
        let q2 = (last < doc.seg.tokens.len()).then(|| doc.quote(last)).flatten();
        // exactly a quote, or a quote followed by an adjunct of the cue ("said “…” on Thursday")
        // (not a quoted subject of a clause: 'that "significant progress" had been made')
        let opens_with_quote = q1.is_some_and(|q| {
            let quote = &doc.quotes[q];
            let after = first + doc.seg.tokens[first..b].partition_point(|t| t.span.start < quote.outer.end);
            quote.outer.start == doc.seg.tokens[first].span.start && quote.closed && (after >= last || !doc.is_word(after) || date_at(doc, after) || ADJUNCT.contains(&doc.low(after)))
        });
        if q1.is_some() && (q1 == q2 || opens_with_quote) {
            att.pure_quote = q1;
        }
    }
    if out.len() < 2 {
        return out; // a lone cue is nested in nothing
    }
    let nested: Vec<bool> = (0..out.len())
        .map(|i| {
            let x = &out[i];
            let window = i.saturating_sub(4)..(i + 5).min(out.len());
            x.who.known() && window.into_iter().any(|j| j != i && out[j].content.is_some_and(|c| c.contains(x.cue)) && out[j].who == x.who)
        })
        .collect();
    let mut keep = nested.iter().map(|n| !n);
    out.retain(|_| keep.next().unwrap_or(true));
    out
}
