//! Descriptions by title: "the agency", "Russia's president" as the person or organisation the text introduced with
//! that title or kind noun ("the state weather agency Aemet", "Russian President Vladimir Putin").
//!
//! Input: the title table of the text and the recent mentions. Output: one linked id.

use super::{same_stem, titles, Doc, Np, Salience};
use crate::annotations::Label;

impl Salience {
    /// The person or organisation introduced with this title or kind noun (and modifier: "Russia's" ~
    /// "Russian"), the most recent in `recent` first.
    #[inline(never)]
    pub(super) fn by_title<'s>(&self, doc: &Doc, np: &Np, noun: &str, modifier: Option<&str>, mut recent: impl Iterator<Item = &'s usize>) -> Option<usize> {
        let fits = |m: &Option<String>| match (modifier, m) {
            (None, _) => true,
            (Some(a), Some(b)) => same_stem(a, b),
            (Some(_), None) => false,
        };
        let titles = self.titles.get_or_init(|| titles(doc));
        let candidates: Vec<usize> = titles.iter().filter(|(_, n, m, _)| n == noun && fits(m)).map(|(l, _, _, _)| *l).collect();
        // a person not mentioned lately only if the text gave the title before this point ("the England captain"
        // is not the former captain introduced three paragraphs later)
        // (an organisation may be named after its description: "the national news agency reported … News Agency of Nigeria")
        let person = titles.iter().any(|(l, n, _, _)| n == noun && doc.linked[*l].label == Label::Person);
        let here = if person { doc.seg.tokens.get(np.start).map_or(usize::MAX, |t| t.span.start) } else { usize::MAX };
        let earlier = titles.iter().find(|(_, n, m, at)| n == noun && fits(m) && *at < here).map(|(l, _, _, _)| *l);
        recent.find(|l| candidates.contains(l)).copied().or(earlier)
    }
}
