//! How a mention chooses among the names already linked: which names it may join
//! ([`may_join`]), which of several it means ([`fit`]), and an abbreviation defined
//! in parentheses ([`defined_by`]).

use super::forms::is_generation;
use super::index::Founded;
use super::{words_in, Seen};
use crate::annotations::{Entity, Label};

/// What a mention's words fit among the names already linked.
pub(super) enum Fit {
    None,
    One(usize),
    /// Several names, none of them the one the context means.
    Several,
}

/// May mention `i` (words `w`) join the name `f` whose words `key` hold all of its own?
/// Not an abbreviation that the name writes the same way ("U.N." in "U.N. Security
/// Council": the name begins with it, it is not the name), not an ordinary-case mention
/// into a name only ever shouted in capitals, and not a full name into a namesake with a
/// generation ("Jr.") or a middle initial it lacks, unless it has none of its own and that
/// namesake was named before it ("Edward D. Farr ... Edward Farr"); nor one word of an organisation's name
/// from its middle ("Congress" ↛ "Nationalist Congress Party") or the building ending it ("House" ↛ "White House").
pub(super) fn may_join(entities: &[Entity], seen: &[Seen], i: usize, w: &[u8], f: &Founded, key: &[u8]) -> bool {
    let s = &seen[i];
    if s.abbreviation && contains_word(&entities[f.founder].text, &entities[i].text) {
        return false;
    }
    if s.lower && !f.lower {
        return false;
    }
    // one word of an organisation's name that neither opens nor heads it is another body: "Congress" is not the
    // "Nationalist Congress Party" (but "City" is "Manchester City", "Goldman" is "Goldman Sachs")
    // nor the building that names a seat of power: "House" is not the "White House", "Street" not "Downing Street"
    // (but "House" is the "House of Commons")
    if s.count == 1 && entities[i].label == Label::Org && words_in(key).next() != Some(w)
        && (key.rsplit(|&b| b == b' ').next() != Some(w) || matches!(w, b"house" | b"palace" | b"street" | b"hall"))
    {
        return false;
    }
    if s.count < 2 || entities[i].label != Label::Person {
        return true;
    }
    let mut extra = words_in(key).filter(|x| !words_in(w).any(|y| y == *x));
    let initial = |x: &[u8]| x.len() == 1 && x[0].is_ascii_alphabetic();
    // a name with initials of its own is another person than one with more ("George W. Bush",
    // "George H. W. Bush")
    let own_initials = words_in(w).any(initial);
    extra.all(|x| !is_generation(x) && (!initial(x) || (!own_initials && f.last_before(i).is_some())))
}

/// Which of the names that hold mention `i`'s words it means. First the one the text has
/// already called so (`called`: how many shorter mentions with these words each name has;
/// a writer keeps the bare surname for one namesake, "Yeltsin" the president, "Naina
/// Yeltsin" his wife), when it has at least twice as many as each other. Else the one
/// mentioned last before it (entities are sorted and disjoint, so text order is index
/// order), or when none was, the one mentioned first after it (a headline's "Yeltsin"
/// before "President Boris Yeltsin"); several when another was mentioned in that same
/// sentence ("Bill Clinton and Hillary Clinton arrived. Clinton said"); `sentence_of(n)` is mention `n`'s sentence.
pub(super) fn fit(candidates: &[usize], founded: &[Founded], sentence_of: impl Fn(usize) -> usize, i: usize, called: impl Fn(usize) -> usize) -> Fit {
    let many = match candidates {
        [] => return Fit::None,
        [one] => return Fit::One(*one),
        many => many,
    };
    if let Some(l) = most(many.iter().map(|&l| (called(l), l))) {
        return Fit::One(l);
    }
    let before = many.iter().any(|&l| founded[l].last_before(i).is_some());
    // each name's nearest mention on the side looked at, and the nearest of all
    let at = |l: usize| if before { founded[l].last_before(i) } else { founded[l].first_after(i) };
    let nearest = many.iter().filter_map(|&l| at(l).map(|m| (m, l))).reduce(|a, b| if (a.0 < b.0) == before { b } else { a });
    let Some((m, l)) = nearest else { return Fit::Several };
    let sentence = sentence_of(m);
    let same_sentence = |k: usize| k != l && at(k).is_some_and(|n| sentence_of(n) == sentence);
    if many.iter().any(|&k| same_sentence(k)) {
        Fit::Several
    } else {
        Fit::One(l)
    }
}

/// Of some (count, name) pairs, the name with a count of at least one and at least twice
/// each other's.
fn most(counts: impl Iterator<Item = (usize, usize)>) -> Option<usize> {
    // the top count and its name, and the most of any other name
    let mut top = (0, usize::MAX);
    let mut next = 0;
    for (n, l) in counts {
        if n > top.0 {
            next = next.max(top.0);
            top = (n, l);
        } else {
            next = next.max(n);
        }
    }
    (top.0 > 0 && top.0 >= 2 * next).then_some(top.1)
}

/// The given name of a full name (its words `key`) that a mention (its words `w`) leaves
/// out: its first word not in the mention ("hillary" of "hillary clinton" for "clinton",
/// "jong" of "kim jong un" for "kim").
pub(super) fn given_name<'a>(w: &[u8], key: &'a [u8]) -> Option<&'a [u8]> {
    words_in(key).find(|x| !words_in(w).any(|y| y == *x))
}

/// Is abbreviation `abbr` written in parentheses right after `name`, its letters in order among the initials of the
/// name's words ("Centers for Disease Control and Prevention (CDC)"; not "Apple (UK)")?
pub(super) fn defined_by(text: &str, name: &Entity, abbr: &Entity) -> bool {
    let between = text.get(name.span.end..abbr.span.start);
    if between != Some(" (") || !text[abbr.span.end..].starts_with(')') {
        return false;
    }
    spells_initials(&name.text, &abbr.text)
}

/// Do the ASCII letters of `abbr` spell initials of `name`'s words (split at spaces and hyphens) in order ("UN" in
/// "United Nations", "Nema" in "National Emergency Management Agency")?
pub(crate) fn spells_initials(name: &str, abbr: &str) -> bool {
    let mut initials = name.split([' ', '-']).filter_map(|w| w.chars().next()).map(|c| c.to_ascii_lowercase());
    let mut letters = abbr.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase());
    letters.all(|c| initials.any(|i| i == c))
}

/// Does `text` hold `word` as a whole word, written the same way?
fn contains_word(text: &str, word: &str) -> bool {
    let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| edge(text[..at].chars().next_back()) && edge(text[at + word.len()..].chars().next()))
}
