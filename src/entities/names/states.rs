//! US states by their abbreviations beside a place or a lawmaker's party: "Stamford, Conn., with", "Albany, N.Y.,",
//! "Sen. Chris Murphy, D-Conn., said".

use super::shape::is_cap;
use crate::segment::Token;

/// Is the one word `[k, m)` a US state's abbreviation after a place and a comma, "SANTA CLARA, Calif. —", "Stamford, Conn., with",
/// "Albany, N.Y.,", or after a party's letter, "D-Conn.", "D-N.J."?
/// Returns the end of the mention: past its period unless the period ends the sentence.
pub(super) fn state_abbreviation(text: &str, tokens: &[Token], k: usize, m: usize) -> Option<usize> {
    // (a state of two initials is one token with its periods: "Albany, N.Y., said", "Rep. Jo Mack, D-N.J.")
    let period = tokens.get(m).is_some_and(|t| t.text(text) == "." && !t.space_before);
    let dotted = !period && m == k + 1 && dotted_state(text, &tokens[k]);
    if !period && !dotted {
        return None;
    }
    // (or after a party's letter: "Sen. Chris Murphy, D-Conn., said")
    let party = || party_letter(text, tokens, k - 2);
    (m == k + 1 && k >= 2 && (tokens[k - 1].text(text) == "," && is_cap(text, &tokens[k - 2]) || party()) && (dotted || crate::one_of(tokens[k].text(text), STATES))).then(|| {
        // (a period before a capital or a line's end also ends the sentence: "Jacksonville, Fla. The"; one glued to what follows
        // is no abbreviation's own: "Kansas City, Mo.-based", "Mich..")
        let ends = dotted || tokens.get(m + 1).is_none_or(|t| t.newline_before || is_cap(text, t) || !t.space_before && !matches!(t.text(text), "," | ")" | ";" | ":"));
        if ends { m } else { m + 1 }
    })
}

const STATES: &[&str] = &["Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
    "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo"];
const DOTTED_STATES: &[&str] = &["N.Y.", "N.J.", "N.C.", "N.D.", "N.H.", "N.M.", "S.C.", "S.D.", "R.I.", "D.C."];

/// Is the token at `p` a party's letter glued by a hyphen to a state's abbreviation after a lawmaker's name: the "D" of
/// "D-Conn." or "D-N.Y." (no name of its own: the state after it is named alone)?
pub(super) fn party_letter(text: &str, tokens: &[Token], p: usize) -> bool {
    matches!(tokens[p].text(text), "D" | "R" | "I")
        && tokens.get(p + 1).is_some_and(|t| t.text(text) == "-" && !t.space_before)
        && tokens.get(p + 2).is_some_and(|t| !t.space_before && (dotted_state(text, t) || crate::one_of(t.text(text), STATES)))
}

/// Is token `t` a state of two initials, periods included ("N.Y.")? Two byte tests spare most tokens the list.
fn dotted_state(text: &str, t: &Token) -> bool {
    let b = text.as_bytes();
    t.span.len() == 4 && b[t.span.start + 1] == b'.' && b[t.span.start + 3] == b'.' && crate::one_of(t.text(text), DOTTED_STATES)
}
