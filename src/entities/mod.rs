//! Stage 2: entity mentions and linked entities.
//!
//! Input: the text and its [`Segments`]. Output: non-overlapping mentions
//! sorted by position, each with a label and the rule that produced it, and
//! the linked entities that group them. Dates and numbers come from patterns
//! first; names from capitalised sequences and word lists after; then a
//! document-level pass makes one string carry one label throughout.

pub mod lexicon;
pub(crate) mod linking;
pub mod model;
mod coordination;
mod credits;
mod datelines;
mod defined;
mod entrants;
mod lower_case;
mod names;
pub(crate) use names::POSTNOMINALS;
mod numbers;
mod owned_country;
mod teams;
mod training;
mod votes;
use votes::{each_word, lone_hyphenated, Votes};
pub use training::{training_candidates, TrainingSentence};

pub use lexicon::{parse_list, Kind, Lexicon, LEXICON};

use crate::annotations::{Entity, Label, LinkedEntity};
use crate::segment::{Segments, Token};
use crate::span::Span;

/// The entries of a data file as a set. One out-of-line copy for the ten word lists' `LazyLock`s, which
/// each had their own copy of this loop in the .wasm.
#[inline(never)]
pub fn word_set(data: &'static str) -> crate::hash::WordSet<&'static str> {
    parse_list(data).map(|(w, _)| w).collect()
}

/// A mention before it is numbered and linked.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    pub rule: &'static str,
}

/// Finds every entity mention and links mentions of the same thing.
pub fn find_entities(text: &str, seg: &Segments) -> (Vec<Entity>, Vec<LinkedEntity>) {
    let (mut mentions, operators) = raw_mentions(text, seg, false);
    coordination::relabel(text, &mut mentions);
    if operators {
        coordination::operators(text, &mut mentions);
    }
    coordination::lineups(text, &mut mentions);
    owned_country::join(text, &mut mentions);
    defined::label(text, &mut mentions);
    credits::relabel(text, &seg.paragraphs, &mut mentions);
    make_consistent(text, &seg.tokens, &mut mentions);
    lower_case::unlabel(text, &seg.tokens, &mut mentions);
    datelines::relabel(text, &seg.sentences, &mut mentions);
    mentions.retain(|m| m.rule != names::UNLABELLED && m.rule != names::PRODUCT);
    let mut entities: Vec<Entity> = mentions
        .into_iter()
        .enumerate()
        .map(|(id, m)| Entity { id, span: m.span, label: m.label, text: m.span.of(text).into(), linked: 0, rule: m.rule })
        .collect();
    let linked = linking::link(text, &mut entities, &seg.sentences);
    (entities, linked)
}

/// Mentions of every sentence, sorted, without overlaps; with `train`, the
/// pieces the span model would judge carry the rule `candidate`; and whether a railway acts as an operator.
#[inline(never)] // a stage of its own in profiles
fn raw_mentions(text: &str, seg: &Segments, train: bool) -> (Vec<Mention>, bool) {
    // about one mention in four tokens: room for most documents without regrowing
    let mut mentions = Vec::with_capacity(seg.tokens.len() / 4);
    let mut teams = Vec::new();
    let (mut witnesses, mut operators) = (0, false);
    let shouting = names::shouting_lines(text, &seg.tokens);
    let set_aside = names::set_aside(text, seg, &shouting); // a title-case headline's ordinary words (taken below)
    // room for the longest sentence's tokens, so the per-sentence reset never regrows it
    let longest = seg.sentence_tokens.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut taken = Vec::with_capacity(longest);
    let by_position = |m: &Mention| (m.span.start, std::cmp::Reverse(m.span.end));
    for s in 0..seg.sentences.len() {
        let tokens = seg.tokens_of(s);
        let start = mentions.len();
        numbers::find(text, &seg.lower, tokens, &mut mentions);
        taken.clear();
        match set_aside.get(seg.sentence_tokens[s].clone()) { Some(aside) => taken.extend_from_slice(aside), None => taken.resize(tokens.len(), false) }
        let mut t = 0;
        for m in &mentions[start..] {
            // "Erik ten Hag": a particle is no number; left free, it joins the name, which outlasts the number in the
            // final overlap pass (a rare word: a byte test spares the others the look-up)
            if m.span.len() == 3 && text.as_bytes().get(m.span.start + 1..m.span.end) == Some(b"en") && names::name_particle(text, tokens, m) {
                continue;
            }
            // mentions come in token order and cover whole tokens: a binary search from the last
            // one's end finds each one's first token, and its tokens are marked from there
            t += tokens[t..].partition_point(|x| x.span.start < m.span.start);
            while t < tokens.len() && m.span.contains(tokens[t].span) {
                taken[t] = true;
                t += 1;
            }
        }
        let names_start = mentions.len();
        operators |= names::find(text, tokens, &shouting[seg.sentence_tokens[s].clone()], &taken, train, &mut mentions);
        teams::collect(text, tokens, &mut mentions[names_start..], &mut teams, &mut witnesses);
        // a sentence's mentions come after the previous sentence's: sorting each sentence's few
        // mentions leaves the final sort a single pass over sorted input
        crate::sort::sort_by_key(&mut mentions[start..], by_position);
    }
    if !train {
        teams::relabel(text, &teams, witnesses, &mut mentions);
    }
    crate::sort::sort_by_key(&mut mentions, by_position);
    mentions.dedup_by(|b, a| b.span.start < a.span.end); // keep the first (longest) of overlapping mentions
    (mentions, operators)
}

/// A keyword of organisation names that is also an everyday word ("Police", "Group", "Office"): alone, at the
/// start of a sentence, it names nothing, even when a name with it ("Greater Manchester Police") is in the text.
fn generic_keyword(w: &str) -> bool {
    LEXICON.word(w).is_some_and(|i| i.has(Kind::OrgKeyword) && i.has(Kind::CommonWord))
}

/// One string, one label: a weakly guessed mention takes the label that the
/// mentions of the same string, or of a longer person's name containing it,
/// vote for; a confident rule's vote outweighs a long text's model guesses, and a word of a confidently known
/// organisation's name votes for it ("Manchester City ... City", "Aston Villa ... Villa are fourth"). A lone
/// word from a city list that is also part of a person's name in the document
/// is that person ("Manuel Belgrano ... Belgrano's army"); the last word of a
/// team's name votes for the team ("Boston Bruins ... the Bruins").
///
/// Only the strings of weak mentions (whose label the vote may change) and of
/// city-list mentions (which may be a surname) are ever read, so only they get
/// a slot; a vote for any other string is dropped, most of them after a
/// one-bit test, without hashing the string.
#[inline(never)] // a stage of its own in profiles
fn make_consistent(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    // each mention's rule as the vote reads it (its string compared once, the slots counted from it), and its slot
    // (NO_SLOT: a confident mention, nothing to read)
    let mut own: Vec<(Voter, u32)> = mentions.iter().map(|m| (voter(m.rule), NO_SLOT)).collect();
    let mut slots = Votes::with_capacity(own.iter().filter(|(v, _)| v.is_read()).count());
    let mut products: Vec<&str> = Vec::new();
    for (m, (v, slot)) in mentions.iter().zip(own.iter_mut()) {
        if v.is_read() {
            *slot = slots.slot(m.span.of(text));
        }
    }
    for (m, &(voter, slot)) in mentions.iter().zip(&own) {
        // the rules whose label is a guess that a more confident mention of the same string overrides
        // ("capitalised_word", "capitalised_pair", "span_model", "unlabelled")
        let weight = match voter {
            Voter::Unlabelled | Voter::Word => continue, // no vote
            Voter::Product => {
                products.push(m.span.of(text));
                continue;
            }
            Voter::Guess => GUESS,
            _ => SURE,
        };
        if slot != NO_SLOT {
            slots.slots[slot as usize].votes[m.label as usize] += weight;
        } else if slots.may_hold(text.as_bytes().get(m.span.start..m.span.end).unwrap_or_default()) {
            slots.add(m.span.of(text), m.label, weight);
        }
        // only names vote for their words: most mentions need not be sliced at all
        if !(m.label == Label::Person || m.label == Label::Org || voter == Voter::PlaceTeam || m.label == Label::Event) {
            continue;
        }
        let s = m.span.of(text);
        if voter == Voter::PlaceTeam || m.label == Label::Event && votes::named_storm(s) {
            // "Boston Bruins ... the Bruins", "Hurricane Milton ... Milton arrived"
            if let Some(last) = s.rsplit(' ').next().filter(|w| *w != s) {
                slots.add(last, if m.label == Label::Event { Label::Event } else { Label::Org }, SURE);
            }
        }
        if m.label == Label::Org && weight == SURE {
            // "Halvorsen Foods Inc ... Halvorsen Foods": the name without its legal suffix is the company
            // (the last byte first: most names end in none of the suffixes' last letters)
            let legal_end = s.as_bytes().last().is_some_and(|b| b".cdopACGHV".contains(b));
            if let Some((name, _)) = legal_end.then(|| s.rsplit_once(' ')).flatten().filter(|(_, last)| crate::one_of(last, LEGAL_SUFFIXES)) {
                slots.add(name, Label::Org, SURE);
            }
            // "Manchester City ... City manager Pep Guardiola": a word of a known organisation's name, alone, is it;
            // the first word of an institution's or a club's name weighs less, since it is often the place it is
            // named after ("Burnley Borough Council ... in Burnley"; not "Pirelli SpA ... Pirelli")
            // ("Kent Police ... a school in Kent", "Woking Leisure Centre ... in Woking": the first word of a public
            // body's or a building's name is the place it serves, and votes for that as two guesses would)
            let last = s.rsplit(' ').next().unwrap_or_default();
            let mut weak_first = PLACE_NAMED.contains(&last);
            let mut skip_first = SERVES_PLACE.contains(&last);
            // (looked up once, and only for a word some mention has: the filter turns most words away unhashed)
            let (place_named, mut club) = (weak_first, None);
            each_word(s, |w| {
                let upper = match w.as_bytes()[0] {
                    b if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => w.starts_with(|c: char| c.is_uppercase()),
                };
                if std::mem::take(&mut skip_first) {
                    weak_first = false;
                    // (a coinage is the body's own name, no place: "NetChoice Litigation Center")
                    if upper && w != s && !names::is_coinage(w) {
                        slots.add(w, Label::Place, FIRST_ORG_WORD);
                    }
                    return;
                }
                if w.len() > 2 && w != s && upper && w != "The" && slots.may_hold(w.as_bytes()) && !generic_keyword(w) {
                    let club = *club.get_or_insert_with(|| place_named || !word_is(last, Kind::OrgKeyword));
                    slots.add_org_word(w, if weak_first { FIRST_ORG_WORD } else { ORG_WORD }, club);
                }
                weak_first = false;
            });
        }
        if m.label == Label::Person {
            let (mut first, mut last, mut count) = ("", "", 0);
            each_word(s, |w| {
                if count == 0 {
                    first = w;
                }
                last = w;
                count += 1;
                if w.len() > 1 && w != s {
                    // a surname after the full name is the person, whatever the model guesses alone
                    slots.add(w, Label::Person, SURE);
                }
            });
            // the last word of a person's name opened by a known given name ("Manuel Belgrano", not "Rotor Volgograd"),
            // or of one a confident rule found ("Attorney General Merrick Garland ... Garland said")
            if count >= 2 && slots.find(last).is_some() && (weight == SURE || first_word_is(text, tokens, m.span.start, first, Kind::GivenName) || LEXICON.accented_given_name(first)) {
                slots.mark_surname(last);
            }
            if count == 2 { slots.mark_family_name(first, last); }
        }
    }
    for (m, &(voter, slot)) in mentions.iter_mut().zip(&own) {
        if slot == NO_SLOT {
            continue;
        }
        // a guess at a string the text names as a product elsewhere is that product: no entity (unless a
        // confident mention says otherwise: "Paul Drazek ... the Agriculture Department's Drazek")
        if !products.is_empty() && matches!(voter, Voter::Word | Voter::Guess | Voter::Unlabelled)
            && slots.slots[slot as usize].votes.iter().all(|&v| v < ORG_WORD) && products.contains(&m.span.of(text))
        {
            m.rule = names::UNLABELLED;
            continue;
        }
        match voter {
            // (a country or region after a place's preposition stays one: "Michael Jordan … met in Jordan")
            Voter::CityList if slots.slots[slot as usize].surname && !(matches!(m.rule, "country_list" | "region_list") && after_place_word(text, m.span.start)) => {
                m.label = Label::Person;
                m.rule = "document_consistency";
                continue;
            }
            Voter::Word | Voter::Guess | Voter::Unlabelled => {}
            // a product's name that is also a person's confidently named: "Paul Drazek ... the Department's Drazek"
            Voter::Product if slots.slots[slot as usize].votes.iter().any(|&v| v >= ORG_WORD) => {}
            _ => continue, // a confident rule keeps its label
        }
        // a guessed organisation or place of several words whose last word the text confidently names as a person alone is that
        // person's full name: "the government of Macky Sall ... Sall, who left office", "Howie Payne ... Payne said"
        if voter == Voter::Guess && matches!(m.label, Label::Org | Label::Place) {
            let s = m.span.of(text);
            let person = |v: [u32; 7]| v[Label::Person as usize] >= SURE && v.iter().all(|&x| x <= v[Label::Person as usize]);
            // (two plain words, the first no common word nor a keyword, the last no place: not "Casa Irmãos Caloi",
            // "House of X", "Dynamo Moscow"; the bytes and the ballot first, the word lists last)
            let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic() || b >= 0x80);
            let (first, last) = s.split_once(' ').unwrap_or_default();
            if plain(first) && plain(last) && slots.find(last).is_some_and(|w| person(slots.slots[w as usize].votes))
                && LEXICON.word(first).is_none_or(|i| !i.any(&[Kind::CommonWord, Kind::OrgKeyword, Kind::NameKeyword, Kind::Title]))
                && LEXICON.word(last).is_none_or(|i| !i.any(&[Kind::City, Kind::Country, Kind::Region]))
            {
                (m.label, m.rule) = (Label::Person, "document_consistency");
                continue;
            }
        }
        let v = &slots.slots[slot as usize].votes;
        // a hyphenated guess at a person alone, whom no full name in the text gave, is a firm: "Rolls-Royce said",
        // "Harley-Davidson" (a person's first mention has a given name: "Alexandria Ocasio-Cortez … Ocasio-Cortez")
        // (before a lower-case word or a possessive, not in a list of players' surnames: "Alisson; Alexander-Arnold, Konate")
        if voter == Voter::Guess && m.label == Label::Person && v[Label::Person as usize] < SURE && lone_hyphenated(m.span.of(text))
            && (text[m.span.end..].starts_with(['\'', '’']) || text[m.span.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase())))
        {
            (m.label, m.rule) = (Label::Org, names::HYPHENATED);
            continue;
        }
        let best = (0..7).max_by_key(|&l| (v[l], l == m.label as usize)).unwrap_or(0);
        // an ordinary word opening a sentence before a lower-case word takes no organisation's label from the words of
        // names ending in a keyword alone: "Cocoa prices fall" beside "International Cocoa Organization" (a club's word
        // does: "Real Madrid ... Real looked tired")
        let own = &slots.slots[slot as usize];
        if Label::ALL[best] == Label::Org && v[best] == own.word_votes && !own.club_word && common_opener(text, tokens, m.span.start, m.span.end) {
            continue;
        }
        // (nor a date's or number's label: a word its pattern refused is none, "Radio 4's Today programme ... today")
        if v[best] > 0 && (Label::ALL[best] != m.label || matches!(voter, Voter::Unlabelled | Voter::Product)) && !matches!(Label::ALL[best], Label::Date | Label::Number) {
            m.label = Label::ALL[best];
            m.rule = "document_consistency";
        }
    }
}

/// The rules [`make_consistent`] tells apart, read off a mention's rule string once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Voter {
    /// "capitalised_word": a guess with no vote.
    Word,
    /// "capitalised_pair", "span_model", "coined_name", "person_verb", "place_verb_subject": a guess's vote.
    Guess,
    /// [`names::UNLABELLED`]: no vote.
    Unlabelled,
    /// [`names::PRODUCT`]: no vote; names a product.
    Product,
    /// "city_list", "group_list", "country_list", "region_list": a confident vote, and the mention may be a surname ("Mark
    /// Green … Green", "MaliVai Washington … Washington").
    CityList,
    /// "place_team": a confident vote, and one for the team's last word.
    PlaceTeam,
    /// Any other rule: a confident vote.
    Sure,
}

fn voter(rule: &str) -> Voter {
    match rule {
        "capitalised_word" => Voter::Word,
        // ("person_verb", "place_verb_subject": the model's guess turned by the verb after it, still a guess)
        "capitalised_pair" | "span_model" | "coined_name" | "person_verb" | "place_verb_subject" | names::HYPHENATED => Voter::Guess,
        names::UNLABELLED => Voter::Unlabelled,
        names::PRODUCT => Voter::Product,
        // ("Luis Montenegro … Montenegro told supporters": a country's name may be a surname too)
        "city_list" | "group_list" | "country_list" | "region_list" => Voter::CityList,
        "place_team" => Voter::PlaceTeam,
        _ => Voter::Sure,
    }
}

/// Does a preposition of place end right before byte `at` ("in", "to", "from", …)?
fn after_place_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word = &before[before.rfind(' ').map_or(0, |i| i + 1)..];
    crate::one_of(word, &["in", "to", "from", "across", "into", "visit", "visited", "near", "of"])
}

impl Voter {
    /// Does [`make_consistent`] read the string of a mention of this rule (a guess, a city-list name, a product)?
    fn is_read(self) -> bool {
        !matches!(self, Voter::PlaceTeam | Voter::Sure)
    }
}

const NO_SLOT: u32 = u32::MAX;
/// The last words of names of public bodies and buildings named after the place they serve, whose first word
/// alone is that place ("Essex Police", "Woking Borough Council", "Broomfield Hospital", "Chelmsford Civic Centre").
const SERVES_PLACE: &[&str] = &["Council", "Police", "Hospital", "Airport", "Centre", "Center"];
/// Legal forms ending a company's name, which its short name drops: "Halvorsen Foods Inc" is "Halvorsen Foods".
pub(crate) const LEGAL_SUFFIXES: &[&str] = &["Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "plc", "PLC", "LLC", "AG", "SA", "SpA", "NV", "GmbH", "Limited"];
/// The weight of a guess's vote ("span_model", "capitalised_pair") in [`make_consistent`].
const GUESS: u32 = 1;
/// The weight of a confident rule's vote, and of a word of a person's name: more than a long text's guesses.
const SURE: u32 = 16;
/// The weight of a later word of a confidently known organisation's name ("City" after "Manchester City",
/// "Villa" after "Aston Villa"): less than a confident mention of the word alone or a person's name, more than guesses.
const ORG_WORD: u32 = 8;
/// The weight of the first word of such a name when it ends in one of [`PLACE_NAMED`]: two guesses' worth.
const FIRST_ORG_WORD: u32 = 2;
/// The last words of names of institutions and clubs, which are usually named after a place.
const PLACE_NAMED: &[&str] = &["Council", "University", "College", "School", "Police", "Hospital", "Court", "Airport", "FC", "AFC", "Club", "United", "City", "Town", "Rovers", "Wanderers", "Athletic"];

/// Is `word`, the first word of a mention starting at byte `start`, listed as
/// `kind`? When the word is one token, its tag answers without a look-up.
fn first_word_is(text: &str, tokens: &[Token], start: usize, word: &str, kind: Kind) -> bool {
    let i = tokens.partition_point(|t| t.span.start < start);
    match tokens.get(i) {
        Some(t) if t.span.start == start && t.span.len() == word.len() => LEXICON.is(text, t, kind),
        _ => word_is(word, kind),
    }
}

/// Is the one-word mention `[start, end)` an ordinary word opening its line or sentence before a lower-case word?
fn common_opener(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let i = tokens.partition_point(|t| t.span.start < start);
    // (a spaced dash after a dateline opens the story: "LONDON (Reuters) - Cocoa futures fell")
    let opens = i == 0 || tokens[i].newline_before || match tokens[i - 1].text(text) {
        "." | "!" | "?" | ":" | "\u{201c}" | "\"" => true,
        "-" | "–" | "—" => tokens[i - 1].space_before && tokens[i].space_before,
        _ => false,
    };
    opens && tokens.get(i).is_some_and(|t| t.span.end == end) && tokens.get(i + 1).is_some_and(|t| !t.newline_before && t.text(text).starts_with(|c: char| c.is_lowercase()))
        && word_is(&text[start..end], Kind::CommonWord)
}

/// Is one word (any case) listed as `kind`?
fn word_is(w: &str, kind: Kind) -> bool {
    LEXICON.word(w).is_some_and(|i| i.has(kind))
}

