//! Accent folding: a word's Latin letters without their diacritics ("José" as "jose", "Zürich" as "zurich"), so
//! the lists need not hold each name both ways and linking compares "José" with "Jose".

use super::{Kind, Lexicon};

/// Latin letters with diacritics, from U+00E0 and from U+0100, as their plain letter
/// ('.': a letter of its own, kept as it is).
const PLAIN_LATIN1: &[u8; 32] = b"aaaaaa.ceeeeiiii.nooooo.ouuuuy.y";
const PLAIN_LATIN_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii.i..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// A lower-cased character without its diacritics ("é" as "e"), the curly apostrophe as the straight one.
pub(crate) fn plain(c: char) -> char {
    let from = |table: &[u8], at: u32| match table.get(at as usize) {
        Some(&b) if b != b'.' => b as char,
        _ => c,
    };
    match c as u32 {
        0x2019 => '\'',
        n @ 0xE0..=0xFF => from(PLAIN_LATIN1, n - 0xE0),
        n @ 0x100..=0x17F => from(PLAIN_LATIN_A, n - 0x100),
        _ => c,
    }
}

/// `w` lower-cased and folded into `buf`, if every character comes out ASCII and it fits: its length.
fn folded(w: &str, buf: &mut [u8; 32]) -> Option<usize> {
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase).map(plain) {
        *buf.get_mut(n)? = u8::try_from(c).ok().filter(u8::is_ascii)?;
        n += 1;
    }
    Some(n)
}

impl Lexicon {
    /// The index of the city an accented word no list holds as written names without its accents ("Almería",
    /// "Zürich": the city list holds each once, unaccented where GeoNames has both). Other words keep their
    /// own reading ("José" is no city, and "Jordán" is a surname, not the country); a word of a listed
    /// name that no list holds alone is found too ("Alcalá de Henares").
    #[inline(never)] // the rare path of a rare path
    pub(super) fn unaccented_city(&self, w: &str) -> Option<u32> {
        let at = self.unaccented_index(w)?;
        let info = &self.infos[at as usize];
        // (a word no list holds alone opens or continues a listed name: "Alcalá" of "Alcalá de Henares")
        (info.has(Kind::City) || info.entries().is_empty()).then_some(at)
    }
}

impl Lexicon {
    /// The index of `w` without its accents, if a list holds that.
    fn unaccented_index(&self, w: &str) -> Option<u32> {
        let mut buf = [0u8; 32];
        folded(w, &mut buf).and_then(|n| self.map.get(&buf[..n]))
    }

    /// Is `w` a listed given name once its accents go ("Tomás", "Zoë")? The lists hold most given names as the US
    /// census writes them; the tags keep an accented word's own reading ("Cristã" is no "Crista").
    pub fn accented_given_name(&self, w: &str) -> bool {
        !w.is_ascii() && self.unaccented(w).is_some_and(|i| i.has(Kind::GivenName))
    }

    /// What the lists say about `w` without its accents ("Ramón" as "Ramon"), if they hold that.
    pub fn unaccented(&self, w: &str) -> Option<&super::Info> {
        self.infos.get(self.unaccented_index(w)? as usize)
    }
}
