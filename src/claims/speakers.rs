//! Speakers: the noun phrase next to a cue, and who it refers to.
//!
//! Input: the document tables and a token position. Output: [`Who`] — linked
//! entities (one, or several for "Kim and Putin"), a bare name, an anonymous
//! source, or nobody. Pronouns and descriptions ("he", "Russia's president",
//! "the two leaders", "the company") resolve against [`Salience`]: the people
//! who were recently the subject or the speaker of a sentence, then everybody
//! recently mentioned, skipping people named elsewhere in the same sentence
//! ("he thanked Putin and added" is not Putin). Lists are capped, so each
//! lookup is constant time.

use super::lexicon::LEXICON;
use super::Doc;
use crate::annotations::Label;
use crate::span::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// Linked entities, in order of mention (several for a joint speaker).
    Entities(Vec<usize>),
    /// A name the entity stage did not find.
    Name(Span),
    /// "officials said", "observers believe".
    Anonymous,
    /// No recoverable source.
    Unknown,
}

impl Who {
    pub fn is_anonymous(&self) -> bool {
        *self == Who::Anonymous
    }

    pub fn known(&self) -> bool {
        matches!(self, Who::Entities(_) | Who::Name(_))
    }

    /// The single person this speaker is, if it is one.
    pub fn person(&self, doc: &Doc) -> Option<usize> {
        match self {
            Who::Entities(ls) if ls.len() == 1 && doc.linked[ls[0]].label == Label::Person => Some(ls[0]),
            _ => None,
        }
    }
}

/// The canonical name and linked id of a speaker.
pub fn name(doc: &Doc, who: &Who) -> (Option<String>, Option<usize>) {
    match who {
        Who::Entities(ls) => {
            let names: Vec<String> = ls.iter().map(|&l| canonical(doc, l)).collect();
            (Some(names.join("; ")), (ls.len() == 1).then(|| ls[0]))
        }
        Who::Name(span) => (Some(span.of(doc.text).to_string()), None),
        _ => (None, None),
    }
}

fn canonical(doc: &Doc, l: usize) -> String {
    let name = doc.linked[l].name.as_str();
    match LEXICON.aliases.get(name) {
        Some(full) if doc.linked[l].label == Label::Place => full.to_string(),
        _ => name.to_string(),
    }
}

/// What heads a speaker noun phrase.
#[derive(Debug, Clone)]
pub enum Head {
    Entities(Vec<usize>),
    Pronoun(String),
    Description { noun: String, kind: &'static str, plural: bool, modifier: Option<String> },
    Anonymous,
    Name(Span),
}

#[derive(Debug, Clone)]
pub struct Np {
    pub start: usize,
    pub end: usize,
    pub head: Head,
}

const DETERMINERS: &[&str] = &["the", "a", "an", "both", "two", "all", "his", "her", "its", "their", "our", "some", "several", "many", "three", "top", "senior"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];
/// Generic nouns after an outlet's name ("Efe news", "news agency Reuters").
const OUTLET_NOUNS: &[&str] = &["news", "agency", "newspaper", "website", "broadcaster", "channel", "outlet", "daily", "television", "tv", "radio", "media"];

fn description(word: &str) -> Option<(&'static str, bool)> {
    if let Some(kind) = LEXICON.descriptions.get(word) {
        return Some((kind, false));
    }
    let singular = word.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| word.strip_suffix('s').map(str::to_string))?;
    LEXICON.descriptions.get(singular.as_str()).map(|k| (*k, true))
}

fn speaker_label(l: Option<Label>) -> bool {
    matches!(l, Some(Label::Person | Label::Org | Label::Place))
}

fn possessive(doc: &Doc, t: usize) -> bool {
    matches!(doc.low(t), "'s" | "'")
}

/// The speaker phrase ending just before token `end` (not reaching before `lo`).
pub fn np_before(doc: &Doc, lo: usize, end: usize) -> Option<Np> {
    if end <= lo {
        return None;
    }
    let h = end - 1;
    let low = doc.low(h);
    if PRONOUNS.contains(&low) {
        return Some(Np { start: h, end, head: Head::Pronoun(low.to_string()) });
    }
    let head;
    let mut t = h;
    if speaker_label(doc.label(h)) {
        // the entity, and "X and Y" joint speakers before it
        let mut ents = Vec::new();
        loop {
            let e = doc.token_entity[t]?;
            while t > lo && doc.token_entity[t - 1] == Some(e) {
                t -= 1;
            }
            ents.push(e);
            if t >= lo + 2 && doc.low(t - 1) == "and" && speaker_label(doc.label(t - 2)) && doc.label(t - 2) == doc.label(h) {
                t -= 2;
            } else {
                break;
            }
        }
        ents.reverse();
        head = Head::Entities(ents);
    } else if let Some((kind, plural)) = description(low) {
        head = Head::Description { noun: low.trim_end_matches('s').to_string(), kind, plural, modifier: None };
    } else if LEXICON.anonymous.contains(low) {
        head = Head::Anonymous;
    } else if doc.capitalised(h) && doc.token_entity[h].is_none() && !DETERMINERS.contains(&low) {
        while t > lo && doc.capitalised(t - 1) && doc.token_entity[t - 1].is_none() {
            t -= 1;
        }
        head = Head::Name(doc.span(t, end));
    } else if doc.is_word(h) && doc.tok(h).chars().all(char::is_lowercase) && h > lo && DETERMINERS.contains(&doc.low(h - 1)) {
        // "the owner of the home told": an unnamed person
        return Some(Np { start: h - 1, end, head: Head::Anonymous });
    } else {
        return None;
    }
    // modifiers before the head: determiners, possessives, names, a few adjectives
    let mut modifier = None;
    let mut loose = 0;
    while t > lo {
        let p = t - 1;
        let lw = doc.low(p);
        if possessive(doc, p) || DETERMINERS.contains(&lw) || doc.capitalised(p) {
            if modifier.is_none() && doc.token_entity[p].is_some() {
                modifier = Some(doc.entities[doc.token_entity[p].unwrap()].text.to_lowercase());
            }
            t = p;
        } else if description(lw).is_some() || (doc.is_word(p) && loose < 3 && !matches!(head, Head::Entities(_) | Head::Name(_)) && !is_function_word(lw)) {
            loose += 1;
            t = p;
        } else {
            break;
        }
    }
    let head = match head {
        Head::Description { noun, kind, plural, .. } => Head::Description { noun, kind, plural, modifier },
        h => h,
    };
    Some(Np { start: t, end, head })
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and" | "or" | "but" | "of" | "to" | "in" | "on" | "at" | "for" | "with" | "by" | "from" | "that" | "which" | "who"
            | "as" | "while" | "after" | "before" | "when" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "also"
            | "not" | "this" | "these" | "those" | "there"
    ) || w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")
}

/// The speaker phrase starting at token `start` ("said Efe news", "according to the Kremlin"),
/// with where it ends (before `hi`).
pub fn np_after(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    let mut t = start;
    while t < hi && DETERMINERS.contains(&doc.low(t)) {
        t += 1;
    }
    let first = t;
    let mut last_entity: Option<(usize, u8)> = None; // entity, rank (person/org over place)
    let mut desc: Option<(String, &'static str, bool)> = None;
    let mut anonymous = false;
    let mut name_end = None;
    while t < hi {
        let lw = doc.low(t);
        if let Some(e) = doc.token_entity[t] {
            let rank = match doc.entities[e].label {
                Label::Person | Label::Org => 2,
                Label::Place => 1,
                _ => 0,
            };
            if rank > 0 && last_entity.is_none_or(|(_, r)| rank >= r) {
                last_entity = Some((e, rank));
            }
        } else if possessive(doc, t) || OUTLET_NOUNS.contains(&lw) {
        } else if let Some((kind, plural)) = description(lw) {
            desc = Some((lw.trim_end_matches('s').to_string(), kind, plural));
        } else if LEXICON.anonymous.contains(lw) {
            anonymous = true;
        } else if doc.capitalised(t) {
            if name_end.is_none_or(|e| e == t) {
                name_end = Some(t + 1);
            }
        } else {
            break;
        }
        t += 1;
    }
    if t == first {
        return None;
    }
    let head = if let Some((e, _)) = last_entity {
        Head::Entities(vec![e])
    } else if let Some(end) = name_end {
        Head::Name(doc.span(first, end))
    } else if let Some((noun, kind, plural)) = desc {
        Head::Description { noun, kind, plural, modifier: None }
    } else if anonymous {
        Head::Anonymous
    } else {
        return None;
    };
    Some(Np { start, end: t, head })
}

const CAP: usize = 12;

fn touch(list: &mut Vec<usize>, x: usize) {
    if let Some(i) = list.iter().position(|&y| y == x) {
        list.remove(i);
    }
    list.push(x);
    if list.len() > CAP {
        list.remove(0);
    }
}

/// Who the text is about at the current sentence.
pub struct Salience {
    /// Persons who were recently a subject or speaker (linked ids, most recent last).
    subjects: Vec<usize>,
    /// Every recently mentioned person / organisation / place.
    persons: Vec<usize>,
    orgs: Vec<usize>,
    places: Vec<usize>,
    last_speaker: Option<Who>,
    /// (linked person, title noun, modifier) from "Russian President Vladimir Putin".
    titles: Vec<(usize, String, Option<String>)>,
}

impl Salience {
    pub fn new(doc: &Doc) -> Salience {
        let mut titles = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for e in doc.entities.iter().filter(|e| e.label == Label::Person) {
            // title words inside the mention ("President Vladimir Putin") and just before it
            let first_tok = doc.seg.tokens.partition_point(|t| t.span.end <= e.span.start);
            let mut words: Vec<String> = e.text.split_whitespace().map(str::to_lowercase).collect();
            let mut modifier = None;
            let mut t = first_tok;
            while t > 0 && first_tok - t < 3 {
                let p = t - 1;
                if let Some(me) = doc.token_entity[p] {
                    if doc.entities[me].label != Label::Person {
                        modifier = Some(doc.entities[me].text.to_lowercase());
                    }
                    break;
                }
                if !doc.is_word(p) || possessive(doc, p) {
                    if possessive(doc, p) {
                        t = p;
                        continue;
                    }
                    break;
                }
                words.push(doc.low(p).to_string());
                t = p;
            }
            for w in words {
                if description(&w).is_some_and(|(k, _)| k == "person") && seen.insert((e.linked, w.clone(), modifier.clone())) {
                    titles.push((e.linked, w, modifier.clone()));
                }
            }
        }
        Salience { subjects: Vec::new(), persons: Vec::new(), orgs: Vec::new(), places: Vec::new(), last_speaker: None, titles }
    }

    /// Takes in a sentence's mentions, and its subject (the speaker, or the person it opens with).
    pub fn observe(&mut self, doc: &Doc, range: std::ops::Range<usize>, speaker: Option<usize>) {
        self.mentions(doc, range.clone());
        let subject = speaker.or_else(|| {
            let np = subject_np(doc, range.start, range.end)?;
            match self.resolve(doc, &np, &[]) {
                w @ Who::Entities(_) => w.person(doc),
                _ => None,
            }
        });
        if let Some(p) = subject {
            touch(&mut self.subjects, p);
        }
    }

    /// Takes in the mentions of tokens `range`.
    pub fn mentions(&mut self, doc: &Doc, range: std::ops::Range<usize>) {
        let mut last = None;
        for t in range {
            let Some(e) = doc.token_entity[t] else { continue };
            if last == Some(e) {
                continue;
            }
            last = Some(e);
            let l = doc.entities[e].linked;
            match doc.entities[e].label {
                Label::Person => touch(&mut self.persons, l),
                Label::Org => touch(&mut self.orgs, l),
                Label::Place => touch(&mut self.places, l),
                _ => {}
            }
        }
    }

    pub fn spoke(&mut self, who: &Who) {
        if who.known() {
            self.last_speaker = Some(who.clone());
        }
    }

    /// The speaker of the last attributed claim (for a quote paragraph with no cue).
    pub fn current_speaker(&self) -> Who {
        self.last_speaker.clone().unwrap_or(Who::Unknown)
    }

    fn person(&self, exclude: &[usize]) -> Option<usize> {
        self.subjects.iter().rev().chain(self.persons.iter().rev()).copied().find(|p| !exclude.contains(p))
    }

    /// Two of the recently mentioned: the two most mentioned in the whole text, in order of recency.
    fn two(doc: &Doc, list: &[usize]) -> Option<Who> {
        if list.len() < 2 {
            return None;
        }
        let mut ranked: Vec<(usize, usize)> = list.iter().enumerate().map(|(i, &l)| (doc.linked[l].mentions.len(), i)).collect();
        ranked.sort_by(|x, y| y.cmp(x));
        let (i, j) = (ranked[0].1.min(ranked[1].1), ranked[0].1.max(ranked[1].1));
        Some(Who::Entities(vec![list[i], list[j]]))
    }

    /// Who a speaker phrase refers to; `exclude` holds people named elsewhere in the sentence.
    pub fn resolve(&self, doc: &Doc, np: &Np, exclude: &[usize]) -> Who {
        match &np.head {
            Head::Entities(es) => {
                let mut ls: Vec<usize> = Vec::new();
                for &e in es {
                    let l = doc.entities[e].linked;
                    if !ls.contains(&l) {
                        ls.push(l);
                    }
                }
                Who::Entities(ls)
            }
            Head::Name(s) => Who::Name(*s),
            Head::Anonymous => Who::Anonymous,
            Head::Pronoun(p) => match p.as_str() {
                "he" | "she" | "i" => self.person(exclude).map_or(Who::Unknown, |p| Who::Entities(vec![p])),
                "it" => self.orgs.last().or(self.places.last()).map_or(Who::Unknown, |&l| Who::Entities(vec![l])),
                _ => match &self.last_speaker {
                    Some(w @ Who::Entities(ls)) if ls.len() > 1 => w.clone(),
                    _ => Who::Unknown,
                },
            },
            Head::Description { noun, kind, plural, modifier } => match (*kind, *plural) {
                ("person", true) => Salience::two(doc, &self.persons).unwrap_or(Who::Unknown),
                ("person", false) => self.by_title(noun, modifier.as_deref()).map_or(Who::Unknown, |l| Who::Entities(vec![l])),
                ("org", _) => {
                    let named = self.orgs.iter().rev().find(|&&l| doc.linked[l].name.to_lowercase().contains(noun.as_str()));
                    named.or(self.orgs.last()).map_or(Who::Unknown, |&l| Who::Entities(vec![l]))
                }
                (_, true) => (self.places.len() >= 2).then(|| Who::Entities(self.places[self.places.len() - 2..].to_vec())).unwrap_or(Who::Unknown),
                _ => self.places.last().map_or(Who::Unknown, |&l| Who::Entities(vec![l])),
            },
        }
    }

    /// The person introduced with this title (and modifier: "Russia's" ~ "Russian"), most recently salient first.
    fn by_title(&self, noun: &str, modifier: Option<&str>) -> Option<usize> {
        let fits = |m: &Option<String>| match (modifier, m) {
            (None, _) => true,
            (Some(a), Some(b)) => same_stem(a, b),
            (Some(_), None) => false,
        };
        let candidates: Vec<usize> = self.titles.iter().filter(|(_, n, m)| n == noun && fits(m)).map(|(l, _, _)| *l).collect();
        let recent = self.subjects.iter().rev().chain(self.persons.iter().rev()).find(|l| candidates.contains(l));
        recent.copied().or(candidates.first().copied())
    }
}

/// "russia" ~ "russian", "north korea's" ~ "north korean".
fn same_stem(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches("'s").trim_end_matches("’s");
    let b = b.trim_end_matches("'s").trim_end_matches("’s");
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= a.chars().count().min(b.chars().count()).saturating_sub(2).max(3)
}

/// Words that open an introductory phrase before the subject ("Upon his arrival, Kim said").
const INTRODUCTORY: &[&str] = &[
    "ahead", "upon", "on", "in", "after", "before", "while", "during", "speaking", "as", "when", "although", "though",
    "besides", "like", "despite", "following", "last", "meanwhile", "earlier", "later", "but", "and", "however", "since",
];

/// The noun phrase a sentence opens with (after an introductory phrase), if any.
pub fn subject_np(doc: &Doc, a: usize, b: usize) -> Option<Np> {
    let mut start = a;
    while start < b && (doc.is_quote_mark(start) || !doc.is_word(start)) {
        start += 1;
    }
    if start < b && INTRODUCTORY.contains(&doc.low(start)) {
        let comma = (start..b.min(start + 20)).find(|&t| doc.tok(t) == ",")?;
        start = comma + 1;
    }
    // walk to the end of the opening phrase, then parse it backwards
    let mut t = start;
    while t < b && t < start + 10 {
        let lw = doc.low(t);
        let np_word = doc.token_entity[t].is_some()
            || doc.capitalised(t)
            || possessive(doc, t)
            || DETERMINERS.contains(&lw)
            || lw == "and"
            || description(lw).is_some()
            || LEXICON.anonymous.contains(lw)
            || (t == start && PRONOUNS.contains(&lw));
        if !np_word {
            break;
        }
        t += 1;
        if t == start + 1 && PRONOUNS.contains(&lw) {
            break;
        }
    }
    // the head is the last word of that opening phrase
    let np = np_before(doc, start, t)?;
    (np.start == start || doc.low(np.start) == "and").then_some(np)
}
