//! Salience: who the text is about at the current sentence.
//!
//! Input: each sentence's mentions and subject, in order. Output: the person a
//! pronoun or description refers to. Persons who were recently a subject or a
//! speaker come first, then everybody recently mentioned; people named
//! elsewhere in the same sentence are skipped ("he thanked Putin and added" is
//! not Putin). Titles seen before names ("Russian President Vladimir Putin")
//! resolve descriptions ("Russia's president"). Lists are capped, so each
//! lookup is constant time.

use super::speakers::{spokesperson, Head, Np, Who};

mod about;
mod titled;
mod unnamed;
use super::subject::person_subject_np;
use super::titles::{titles, Title, DEMOTED};
use super::lexicon::LEXICON;
use super::Doc;
use super::sexes::{of_noun, sexes, Sex};
use super::fits::{cause, country_of, org_before_noun, is_country, named_beside, named_next, national, ranked, named_with, office, office_qualified, other_office, same_stem, subject_org, ALIASES};
use std::cell::OnceCell;
use crate::annotations::Label;

/// Documents an organisation publishes: "the report said" is its author's.
pub(super) const DOCUMENTS: &[&str] = &["report", "study", "survey", "analysis", "review", "audit", "statement", "filing", "judgment", "ruling"];

const CAP: usize = 12;

fn touch(list: &mut Vec<usize>, x: usize) {
    if list.last() == Some(&x) {
        return; // already the most recent (a name repeated in a sentence or the next)
    }
    if let Some(i) = list.iter().position(|&y| y == x) {
        list.remove(i);
    }
    list.push(x);
    if list.len() > CAP {
        list.remove(0);
    }
}

/// Who the text is about at the current sentence.
#[derive(Default)]
pub struct Salience {
    /// Persons who were recently a subject or speaker (linked ids, most recent last).
    subjects: Vec<usize>,
    /// Every recently mentioned person / organisation / place.
    persons: Vec<usize>,
    orgs: Vec<usize>,
    places: Vec<usize>,
    last_speaker: Option<Who>,
    /// The document noun of the last sentence where an organisation spoke of one, and that organisation.
    last_document: Option<(&'static str, Who)>,
    /// The one organisation the last sentence mentioned, if it mentioned exactly one.
    last_sentence_org: Option<usize>,
    /// The organisations this sentence has mentioned so far: none, one, or several (`Err`).
    sentence_orgs: Option<Result<usize, ()>>,
    /// The last claim with a source had unnamed sources ("Critics say …"): a "they" after it is them.
    last_anonymous: bool,
    /// The last claim with a source had a document or numbers as its source: an "it" after it is that document.
    last_evidence: bool,
    /// An unnamed speaker whose phrase gave a sex, and the sentence it spoke in.
    unnamed: Option<(Sex, usize)>,
    /// An organisation that spoke through "a spokeswoman" (the sex, the sentence): a "she" soon after is it.
    voice: Option<(Sex, usize, Who)>,
    /// How many sentences were observed.
    sentence: usize,
    /// The last speaker that was one named person or body, and the sentence it spoke in.
    last_named: Option<(usize, usize)>,
    /// (linked person, title noun, modifier) from "Russian President Vladimir Putin":
    /// read off the whole text the first time a description needs them.
    titles: OnceCell<Vec<Title>>,
    /// What the honorifics before each person say ([`sexes`]), by linked id: read the first time
    /// "he" or "she" needs them.
    sexes: OnceCell<Vec<Sex>>,
}

impl Salience {
    /// No one salient yet; the lists have room for their cap up front (`touch` may hold one more for a moment).
    pub fn new() -> Salience {
        let list = || Vec::with_capacity(CAP + 1);
        Salience { subjects: list(), persons: list(), orgs: list(), places: list(), ..Salience::default() }
    }

    /// Takes in a sentence's mentions, and its subject (the speaker, or the person it opens with).
    pub fn observe(&mut self, doc: &Doc, range: std::ops::Range<usize>, speaker: Option<usize>) {
        self.sentence += 1;
        // "OSLO (Reuters) -": a dateline's agency wrote the story; it is not what "the company" of the next
        // sentence is
        let dateline = range.end > range.start && doc.seg.tokens[range.end - 1].span.len() <= 3 && matches!(doc.tok(range.end - 1), "-" | "—" | "–");
        if dateline {
            self.sentence_orgs = None;
            self.last_sentence_org = None;
            return;
        }
        self.mentions(doc, range.clone());
        // "Researchers at X analysed …. They found …": plural unnamed people opening a sentence are whom "they" means next
        self.last_anonymous |= range.end > range.start + 1 && doc.is(range.start, super::words::ANONYMOUS) && doc.low(range.start).ends_with('s');
        self.last_sentence_org = self.sentence_orgs.take().and_then(Result::ok);
        let subject = speaker.or_else(|| {
            // a subject is a linked person: a text that names none has no subject to find
            if !doc.names_a_person() {
                return None;
            }
            let np = person_subject_np(doc, range.start, range.end)?;
            match self.resolve(doc, &np, &[]) {
                w @ Who::Entities(_) => w.person(doc),
                _ => None,
            }
        });
        if let Some(p) = subject {
            touch(&mut self.subjects, p); // (and now "he" or "she" is this person, not a spokesperson before)
            self.subject_seen(doc, p);
        }
    }

    /// Takes in the mentions of tokens `range`.
    pub fn mentions(&mut self, doc: &Doc, range: std::ops::Range<usize>) {
        for e in doc.mentions_in(range) {
            let l = doc.entities[e].linked;
            match doc.entities[e].label {
                Label::Person => touch(&mut self.persons, l),
                Label::Org => {
                    touch(&mut self.orgs, l);
                    self.sentence_orgs = match self.sentence_orgs {
                        None => Some(Ok(l)),
                        Some(Ok(m)) if m == l => Some(Ok(l)),
                        _ => Some(Err(())),
                    };
                }
                Label::Place => touch(&mut self.places, l),
                _ => {}
            }
        }
    }

    /// Notes the organisation that speaks in a sentence naming a document ("The EEA said in a report …"), or a named
    /// speaker whose cue names one ("Ms Roe's family said in a statement …": "the statement said" next is theirs).
    #[inline(never)]
    pub fn published(&mut self, doc: &Doc, range: std::ops::Range<usize>, atts: &[super::cues::Attribution]) {
        let org = atts.iter().find(|a| matches!(&a.who, Who::Entities(ls) if ls.iter().all(|&l| doc.linked[l].label == Label::Org)));
        if let Some(a) = org {
            // (each token lower-cased once, not once per document noun)
            if let Some(&noun) = range.map(|t| doc.low(t)).filter_map(|w| DOCUMENTS.iter().find(|&&d| d == w)).next() {
                self.last_document = Some((noun, a.who.clone()));
            }
            return;
        }
        for a in atts.iter().filter(|a| a.who.known() && a.cue.len() > 12) { // (the cue's own last word: no scan of the sentence)
            if let Some(&noun) = a.cue.of(doc.text).rsplit(' ').next().and_then(|w| DOCUMENTS.iter().find(|&&d| d == w)) {
                self.last_document = Some((noun, a.who.clone()));
                return;
            }
        }
    }

    pub fn spoke(&mut self, who: &Who) {
        if let Who::Entities(ls) = who {
            self.last_named = (ls.len() == 1).then(|| (ls[0], self.sentence));
        }
        if who.known() {
            if self.last_speaker.as_ref() != Some(who) {
                self.last_speaker = Some(who.clone()); // (not when the same speaker speaks again, often: no clone and free)
            }
            self.unnamed = None;
            if self.voice.as_ref().is_some_and(|v| v.2 != *who) {
                self.voice = None;
            }
        }
        // (numbers or a document count as unnamed sources for a "they" after them: "The study found … They said")
        if who.known() || who.is_anonymous() || *who == Who::Evidence {
            self.last_anonymous = !who.known();
            self.last_evidence = *who == Who::Evidence;
        }
    }

    /// The speaker of the last attributed claim (for a quote paragraph with no cue).
    pub fn current_speaker(&self) -> Who {
        // (an unnamed source spoke last: "his family described him as …" before their own quotation)
        if self.last_anonymous {
            return Who::Anonymous;
        }
        self.last_speaker.clone().unwrap_or(Who::Unknown)
    }

    fn person(&self, exclude: &[usize]) -> Option<usize> {
        self.subjects.iter().rev().chain(self.persons.iter().rev()).copied().find(|p| !exclude.contains(p))
    }

    /// [`Self::person`] for "he" or "she": skipping people whose honorific says otherwise; "she" is one of the last few titled a she before one of unknown sex, most often a he ("Ms Vennells …. Lee Castleton said …. She replied").
    /// (For "his lawyer", "her family": `kin_at`, the phrase's byte: of those, the one named most so far, of
    /// two as often the most recent: "Callum MacLeod … Coastguard officer Duncan Campbell said ….\n\nHis lawyer said")
    fn person_for(&self, doc: &Doc, pronoun: &str, exclude: &[usize], kin_at: Option<usize>) -> Option<usize> {
        let want = match pronoun {
            "he" => Sex::He,
            "she" => Sex::She,
            _ => return self.person(exclude),
        };
        let sexes = self.sexes.get_or_init(|| sexes(doc));
        let fits = |p: usize| matches!(sexes.get(p).copied().unwrap_or_default(), Sex::Unknown | Sex::Both) || sexes[p] == want;
        let recent = || self.subjects.iter().rev().chain(self.persons.iter().rev()).copied().filter(|&p| !exclude.contains(&p) && fits(p));
        // (unless the most recent is a she by her name: "Ms Croft …. Dr Helen Pask said …. She told us" is Dr Pask)
        let named_she = |p: &usize| want == Sex::She && sexes[*p] == Sex::She;
        let Some(here) = kin_at else { return recent().next().filter(named_she).or_else(|| recent().take(4).find(|&p| want == Sex::She && super::sexes::titled_she(doc, p))).or_else(|| recent().next()) };
        // (a subject named earlier in the paragraph first: "Marcus Arduini Monzo was convicted of Daniel's murder. His
        // lawyer said"; not "She is survived by her husband, Chike. A statement from her family said")
        let para = doc.seg.sentence_at(here).map_or(here, |s| doc.seg.paragraphs[doc.seg.sentences[s].paragraph].span.start);
        let named = |p: usize, from: usize| doc.linked[p].mentions.iter().filter(|&&m| (from..here).contains(&doc.entities[m].span.start)).count();
        let most = || recent().fold(None, |best: Option<(usize, usize)>, p| if best.is_some_and(|(_, n)| n >= named(p, 0)) { best } else { Some((p, named(p, 0))) });
        let subject = self.subjects.iter().rev().copied().find(|&p| !exclude.contains(&p) && fits(p) && named(p, para) > 0);
        subject.or_else(|| most().map(|(p, _)| p))
    }

    /// Who a speaker phrase refers to; `exclude` holds people named elsewhere in the sentence.
    pub fn resolve(&self, doc: &Doc, np: &Np, exclude: &[usize]) -> Who {
        match &np.head {
            Head::Entities(es) => {
                let mut ls: Vec<usize> = Vec::with_capacity(es.len());
                for &e in es {
                    let l = doc.entities[e].linked;
                    if !ls.contains(&l) {
                        ls.push(l);
                    }
                }
                Who::Entities(ls)
            }
            Head::Name(s) => Who::Name(*s),
            Head::Owned(e) => Who::Owned(doc.span(np.start, np.end), doc.entities[*e].linked),
            Head::Kin(p) => self.person_for(doc, p, exclude, Some(doc.seg.tokens[np.start].span.start)).map_or(Who::Anonymous, |l| Who::Kin(doc.span(np.end - 1, np.end), l)),
            // "The Department for Education said the offer was fair. '…,' a spokesperson said": the body that just spoke
            // (so does "a company spokesman")
            Head::Anonymous if np.end >= np.start + 2 && np.end <= np.start + 3 && matches!(doc.low(np.start), "a" | "an" | "the") && spokesperson(doc.low(np.end - 1)) => {
                self.body_voice(doc, np, exclude)
            }
            // "The EEA said in a report … the report said": the organisation that spoke of that document
            // (else the document itself: "The study found that C")
            Head::Anonymous if np.end == np.start + 2 && doc.low(np.start) == "the" && DOCUMENTS.contains(&doc.low(np.start + 1)) => match &self.last_document {
                Some((noun, who)) if *noun == doc.low(np.start + 1) => who.clone(),
                _ => self.document_alone(doc, doc.low(np.start + 1)),
            },
            // "Det Supt James Conway said …. The officer said": the person who spoke in the sentence before
            Head::Anonymous if np.end == np.start + 2 && doc.low(np.start) == "the" && crate::one_of(doc.low(np.start + 1), &["officer", "official", "detective", "inspector", "investigator"]) => {
                match self.last_named {
                    Some((l, s)) if s == self.sentence && doc.linked[l].label == Label::Person => Who::Entities(vec![l]),
                    _ => Who::Anonymous,
                }
            }
            // "Election results showed", "according to a new study": the numbers or the document, no unnamed person
            // (and "documents seen by the BBC", "court filings": a body's word before the document is no speaker)
            Head::Anonymous | Head::Description { .. } if super::who::evidence_np(doc, np) => Who::Evidence,
            Head::Anonymous => Who::Anonymous,
            Head::Pronoun(p) => match *p {
                // the unnamed speaker of this sentence or the two before, if the pronoun fits
                // (the organisation whose spokeswoman spoke: "A spokeswoman said … “…,” she said")
                "he" | "she" if self.voice.as_ref().is_some_and(|v| v.1 + 2 >= self.sentence && (v.0 == Sex::Both || v.0 == if *p == "he" { Sex::He } else { Sex::She })) => {
                    self.voice.as_ref().map_or(Who::Unknown, |v| v.2.clone())
                }
                "he" | "she" if self.unnamed.is_some_and(|(sex, s)| s + 2 >= self.sentence && (sex == Sex::Both || sex == if *p == "he" { Sex::He } else { Sex::She })) => Who::Anonymous,
                "he" | "she" | "i" => self.person_for(doc, p, exclude, None).map_or(Who::Unknown, |p| Who::Entities(vec![p])),
                // "it": the organisation or country that spoke last ("Ukraine's air force said Russia fired 145
                // drones. Most were shot down, it said"), else the last organisation or place
                // ("The memo says C. … It notes that D": the document that spoke last)
                "it" if self.last_evidence => Who::Evidence,
                // (else the one organisation the sentence before named, or the one named most: "The company, which owns
                // Facebook and WhatsApp, employed 72,000. It has said …" is not WhatsApp)
                "it" => match &self.last_speaker {
                    Some(w @ Who::Entities(ls)) if ls.len() == 1 && matches!(doc.linked[ls[0]].label, Label::Org | Label::Place) => w.clone(),
                    _ => self.last_sentence_org.or_else(|| self.main_org(doc, np)).or(self.places.last().copied()).map_or(Who::Unknown, |l| Who::Entities(vec![l])),
                },
                // "they": the last speakers if several, or an organisation ("Analysts at Bernstein said … they wrote")
                // "Critics say … They point out that …": the same unnamed sources
                _ if self.last_anonymous => Who::Anonymous,
                _ => match &self.last_speaker {
                    Some(w @ Who::Entities(ls)) if ls.len() > 1 || ls.first().is_some_and(|&l| doc.linked[l].label == Label::Org) => w.clone(),
                    // ("Ms Mahmood's family said … they said")
                    Some(w @ (Who::Owned(..) | Who::Kin(..))) => w.clone(),
                    _ => Who::Unknown,
                },
            },
            Head::Description { noun, kind, plural, modifier } => match (*kind, *plural) {
                // ("Ministers said", "Senior ministers feel": people of that office, unnamed; "the two leaders" are named)
                ("person", true) if !matches!(doc.low(np.start), "the" | "both" | "these" | "those") => Who::Anonymous,
                ("person", true) => super::fits::people(doc, np, noun, &self.persons, self.titles.get_or_init(|| titles(doc))),
                // "Russia's president": the person introduced with that title, else the person the text is about,
                // else an unnamed source ("The mayor told residents …" with no mayor named)
                // "One minister told the BBC", "a former colleague said": someone unnamed, not a person named before
                ("person", false) if matches!(doc.low(np.start), "a" | "an" | "one" | "another") => Who::Anonymous,
                ("person", false) => {
                    let recent = || self.subjects.iter().rev().chain(self.persons.iter().rev());
                    // "The Prime Minister replied", "the home secretary said": the one introduced with that office, else
                    // one introduced with the bare title but no other office ("Foreign Secretary David Lammy" is not
                    // "the Home Secretary"), else the office itself, not the last person named
                    let titles = self.titles.get_or_init(|| titles(doc));
                    // (a rank makes an office when the text gave someone that office: "the chief minister", "the head coach")
                    let ranked = |q: usize| q > np.start && doc.is_word(q) && doc.entity(q).is_none() && titles.iter().any(|t| t.1.strip_suffix(noun.as_str()).is_some_and(|r| r.strip_suffix(' ') == Some(doc.low(q))));
                    if let Some(q) = office(doc, np).or_else(|| np.end.checked_sub(2).filter(|&q| ranked(q))) {
                        // ("the deputy prime minister", "the former prime minister": another office)
                        let demoted = q > np.start && DEMOTED.contains(&doc.low(q - 1));
                        let office = match demoted {
                            true => format!("{} {} {noun}", doc.low(q - 1), doc.low(q)),
                            false => format!("{} {noun}", doc.low(q)),
                        };
                        let other = |l: usize| titles.iter().any(|(p, n, _, _)| *p == l && *n != office && n.strip_suffix(noun.as_str()).is_some_and(|r| r.ends_with(' ')));
                        // (the person the text opens with, given no title: "Anthony Albanese announced a fund. The prime minister said")
                        let lead = doc.entities.iter().find(|e| e.label == Label::Person).map(|e| e.linked).filter(|&l| doc.low(q) == "prime" && !demoted && !titles.iter().any(|t| t.0 == l));
                        let holder = self.by_title(doc, np, &office, modifier.as_deref(), recent())
                            .or_else(|| self.by_title(doc, np, noun, modifier.as_deref(), recent()).filter(|&l| !other(l)))
                            .or_else(|| named_next(doc, np, noun))
                            .or(lead);
                        return holder.map_or(Who::Name(doc.span(q, np.end)), |l| Who::Entities(vec![l]));
                    }
                    // (a monarch, a pope, a sheriff, a coroner, a portfolio's holder or a body's officer is the one so titled, never the person the
                    // text is about: "The King said", "The Transport Secretary said", "The party's chairman said")
                    let titled_only = crate::one_of(noun.as_str(), &["king", "queen", "pope", "prince", "princess", "monarch", "emperor", "sheriff", "coroner", "bishop", "archbishop", "cardinal"]) || office_qualified(doc, np) || (np.start..np.end).any(|t| super::speakers::possessive(doc, t));
                    let by_title = self.by_title(doc, np, noun, modifier.as_deref(), recent());
                    // (else the person named first at the opening of the next sentence; the person the text is about only
                    // if named beside the description's modifier or, after a quote, the speaker named just before, the only person named or the first, whom the text is
                    // about: "the Labour leader" is no one of several named only apart from Labour)
                    let first = || doc.entities.iter().find(|e| e.label == Label::Person).map(|e| e.linked);
                    let beside = |p: usize, m: &str| self.persons.len() == 1 || first() == Some(p) || np.start > 0 && doc.quote(np.start - 1).is_some() && self.last_named == Some((p, self.sentence)) || named_beside(doc, p, m, doc.seg.tokens[np.start].span.start);
                    let about = || self.person(exclude).filter(|&p| modifier.as_deref().is_none_or(|m| beside(p, m)) && !other_office(titles, p, noun));
                    // (neither when an indefinite appositive describes the one meant instead: "The captain, a 52-year-old pilot, told")
                    let described = np.end + 1 < doc.seg.tokens.len() && doc.is_comma(np.end) && matches!(doc.low(np.end + 1), "a" | "an");
                    by_title.or_else(|| named_next(doc, np, noun).filter(|_| !described)).or_else(|| if titled_only || described { None } else { about() }).map_or(Who::Anonymous, |l| Who::Entities(vec![l]))
                }
                // "The WHO and UNICEF said … the agencies said": the joint speakers before
                ("org", true) if doc.low(np.start) == "the" && self.last_speaker.as_ref().is_some_and(|w| matches!(w, Who::Entities(ls) if ls.len() > 1 && ls.iter().all(|&l| doc.linked[l].label == Label::Org))) => {
                    self.current_speaker()
                }
                ("org", plural) => {
                    // "the ministry", "New York police": an organisation with that word (and modifier) in its name;
                    // "the company": else the one the text is about; an institution no name fits is an unnamed source
                    // ("the rights group": one with its cause in its name, never the company the text is about)
                    let cause = cause(doc, np, noun);
                    let fits = |l: usize| {
                        let name = doc.linked[l].name.to_lowercase();
                        if let Some(c) = cause { return name.contains(c) }
                        // ("the agency": an administration, authority, service, office or bureau is one too; "the union":
                        // an association or a federation)
                        let alias = ALIASES.iter().any(|(n, words)| *n == noun.as_str() && words.iter().any(|w| name.contains(w)));
                        (name.contains(noun.as_str()) || alias) && modifier.as_deref().is_none_or(|m| named_with(&name, m))
                    };
                    // ("the agency": the one introduced as "the state weather agency Aemet")
                    let named = org_before_noun(doc, np).or_else(|| self.orgs.iter().rev().copied().find(|&l| fits(l))).or_else(|| (!plural).then(|| self.by_title(doc, np, noun, modifier.as_deref(), self.orgs.iter().rev())).flatten());
                    // ("the transition team": a team with a task is an unnamed body; "Britain's biggest building society": a company)
                    let generic = cause.is_none() && (ranked(doc, np) || LEXICON.descriptions.get(noun.as_str()) != Some(&"institution") && !(noun == "team" && office_qualified(doc, np)));
                    // "Russia's defence ministry": the country's own institution speaks for the country
                    // ("the Lebanese health ministry": an institution of the country of that nationality)
                    // (not a company: "Spain's biggest lender" speaks for itself)
                    let country = || modifier.as_deref().filter(|_| !generic).and_then(|m| country_of(doc, &self.places, m, false));
                    // "the Federal Reserve's rate-setting committee": a body of an organisation speaks for it
                    // (by any of its forms: "the Fed's rate-setting committee")
                    let written = |e: usize, m: &str| doc.entities[e].text.chars().flat_map(char::to_lowercase).eq(m.chars());
                    let owner = || modifier.as_deref().and_then(|m| self.orgs.iter().rev().copied().find(|&l| doc.linked[l].mentions.iter().any(|&e| written(e, m))));
                    // "environmental groups": several unnamed ones, not the organisation the text is about
                    let main = || self.main_org(doc, np).filter(|_| generic && !plural);
                    // "Qualcomm's shares fell 4%. The chipmaker has said …": the one organisation the sentence before named
                    let previous = || self.last_sentence_org.filter(|_| generic && !plural);
                    // "Siemens will cut 1,200 jobs, the German company said": the organisation the sentence opens with
                    // (not one named later in it: "… the game against Chelsea, the club confirmed"; "Ofgem's cap will rise, the regulator said": a bare institution too,
                    // of a one-word name and owning what the sentence is about, not acting in it: "Tesla is recalling cars, the regulator said")
                    let current = || subject_org(doc, np.start, !generic).filter(|&l| (generic || np.end == np.start + 2 && doc.low(np.start) == "the" && !doc.linked[l].name.contains(' ')) && !plural);
                    let other = || cause.and_then(|_| self.other_org(doc));
                    match named.or_else(country).or_else(owner).or_else(current).or_else(previous).or_else(main).or_else(other) {
                        Some(l) => Who::Entities(vec![l]),
                        None if !generic => super::fits::by_nationality(doc, np),
                        // an unnamed body is an unnamed source ("the firm said" where no firm is named)
                        None => Who::Anonymous,
                    }
                }
                // "the government", "the two countries": countries only, never a city or a region
                // ("the French government": France, if named, else the government so written, not the last country named)
                (_, false) if let Some(who) = modifier.as_deref().and_then(|m| national(doc, &self.places, np, m)) => who,
                (_, plural) => {
                    let countries: Vec<usize> = self.places.iter().rev().copied().filter(|&l| is_country(doc, l)).take(2).collect();
                    match (plural, countries.as_slice()) {
                        (true, [b, a]) => Who::Entities(vec![*a, *b]),
                        (false, [l, ..]) => Who::Entities(vec![*l]),
                        _ => Who::Unknown,
                    }
                }
            },
        }
    }
}
