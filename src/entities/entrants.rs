//! People named with the country they compete or stand for.
//!
//! A results list names each entrant with a country in brackets: "Odile Varnet (France) beat Ines Calloway
//! (Argentina) 6-4 6-1", "2. Trine Vasko (Norway) 65.12". Where a text names at least two entrants so and, among
//! them, people known by a confident rule outnumber names of other kinds known so, each guessed or unlabelled
//! entrant is a person too (rule "entrant"): the model's guess for an unknown foreign name is as often a place or an
//! organisation. Companies listed with their countries ("Rosneft (Russia), Petrobras (Brazil)") have no person
//! among them and keep their labels. And a country's possessive before two unlisted words makes them a person, where
//! the model guessed a place: "Britain's Naseem Vardosk" (rule "country_possessive").
//!
//! Input: the text and its mentions, sorted, without overlaps. Output: the same mentions, relabelled. No pass of its
//! own: coordination's walk over neighbouring mentions shows [`Entrants::see`] each gap of two to six bytes, and a
//! second walk relabels entrants only where a text has a results list.

use super::{voter, word_is, Kind, Mention, Voter};
use crate::annotations::Label;

/// The rule of a name in a results list that the list's other names make a person.
pub(super) const ENTRANT: &str = "entrant";

/// Is mention `i` a name followed by a listed country in brackets ("Trine Vasko (Norway)")?
#[inline]
fn is_entrant(text: &str, mentions: &[Mention], i: usize) -> bool {
    let bytes = text.as_bytes();
    let (m, Some(c)) = (mentions[i], mentions.get(i + 1)) else {
        return false;
    };
    // (the bracket first: most gaps that open with a space are " and " or the like)
    bytes.get(m.span.end..m.span.end + 2) == Some(b" (")
        && c.span.start == m.span.end + 2
        && bytes.get(c.span.end) == Some(&b')')
        && c.rule == "country_list"
        && !matches!(m.label, Label::Date | Label::Number)
}

/// The entrants a text names, and how many of them confident rules call people and how many other things.
#[derive(Default)]
pub(super) struct Entrants {
    count: u32,
    people: u32,
    others: u32,
}

impl Entrants {
    /// Reads the gap before mention `i` (`i` ≥ 1, two to six bytes long): counts an entrant before a bracketed
    /// country, and makes a person of a name after a country's possessive.
    #[inline]
    pub(super) fn see(&mut self, text: &str, mentions: &mut [Mention], i: usize) {
        match text.as_bytes()[mentions[i - 1].span.end] {
            b' ' if is_entrant(text, mentions, i - 1) => {
                self.count += 1;
                match (voter(mentions[i - 1].rule), mentions[i - 1].label) {
                    (Voter::Sure | Voter::CityList, Label::Person) => self.people += 1,
                    (Voter::Sure | Voter::CityList, _) => self.others += 1,
                    _ => {}
                }
            }
            b'\'' | 0xE2 => after_country_possessive(text, mentions, i),
            _ => {}
        }
    }

    /// Makes a person of each guessed or unlabelled entrant, where two or more entrants were seen and people
    /// outnumber other kinds among those confidently known.
    pub(super) fn relabel(self, text: &str, mentions: &mut [Mention]) {
        if self.count < 2 || self.people == 0 || self.people <= self.others {
            return;
        }
        for i in 0..mentions.len() {
            let guess = matches!(voter(mentions[i].rule), Voter::Guess | Voter::Word | Voter::Unlabelled);
            if guess && (mentions[i].label != Label::Person || mentions[i].rule == super::names::UNLABELLED) && is_entrant(text, mentions, i) {
                mentions[i].label = Label::Person;
                mentions[i].rule = ENTRANT;
            }
        }
    }
}

/// The rule of a person's name the model took for a place, right after a country's possessive.
pub(super) const COUNTRY_POSSESSIVE: &str = "country_possessive";

/// After a country's possessive, a name of two words, neither an everyday word, that the model guessed a place is a
/// person: "Britain's Naseem Vardy won", "India's Leander Kesh" (the places named so are listed, "India's Kerala", or
/// have a keyword, "China's Hunan province"; everyday words make other things' names, "Japan's Studio Ghibli",
/// "Russia's Black Sea Fleet").
fn after_country_possessive(text: &str, mentions: &mut [Mention], i: usize) {
    let (c, m) = (mentions[i - 1], mentions[i]);
    if super::owned_country::possessive_between(text, c, m)
        && c.rule == "country_list"
        && m.label == Label::Place
        && voter(m.rule) == Voter::Guess
        && m.span.of(text).split_once(' ').is_some_and(|(a, b)| !b.contains(' ') && !word_is(a, Kind::CommonWord) && !word_is(b, Kind::CommonWord))
    {
        mentions[i].label = Label::Person;
        mentions[i].rule = COUNTRY_POSSESSIVE;
    }
}
