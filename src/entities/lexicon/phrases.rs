//! Phrase look-ups in the [`Lexicon`]: the listed phrase of some kinds that
//! starts at a token, and the extra field of exactly a run of tokens.
//!
//! Input: tokens tagged by the segmenter ([`Token::lex`]). Output: token counts,
//! kinds and extras. A phrase is followed word by word in the trie of word
//! indices, so no key is built; the common misses return before any walk.

use super::{bit, edge, Info, Kind, Lexicon, UNLISTED};
use crate::segment::{Token, TokenKind};

impl Lexicon {
    /// The trie node of the phrase `from` followed by token `t`, if any listed phrase starts so.
    fn follow(&self, from: u32, text: &str, t: &Token) -> Option<u32> {
        let word = self.index(text, t);
        if word == UNLISTED {
            return None;
        }
        self.next.get_short(edge(from, word), 8)
    }

    /// The second field of the `kind` entry for exactly the phrase `tokens`; the
    /// trie is walked only when its first word starts a phrase that long.
    pub fn phrase_extra(&self, text: &str, tokens: &[Token], kind: Kind) -> Option<&'static str> {
        let at = self.index(text, tokens.first()?);
        let first = self.infos.get(at as usize)?;
        match tokens.len() {
            1 => first.extra(kind),
            n if n <= first.longest as usize => self.phrase_node_extra(text, at, &tokens[1..], kind),
            _ => None,
        }
    }

    /// The `kind` extra of the phrase that continues the trie node `at` with `rest`, if listed.
    #[inline(never)]
    fn phrase_node_extra(&self, text: &str, at: u32, rest: &[Token], kind: Kind) -> Option<&'static str> {
        let at = rest.iter().try_fold(at, |at, t| self.follow(at, text, t))?;
        self.infos[at as usize].extra(kind)
    }

    /// The longest phrase of `kind` starting at `tokens[0]`, as a token count.
    pub fn longest(&self, text: &str, tokens: &[Token], kind: Kind) -> Option<usize> {
        self.longest_among(text, tokens, &[kind]).map(|(n, _)| n)
    }

    /// The longest phrase of any of `kinds` starting at `tokens[0]`: its token
    /// count and kind (on a tie, the kind listed first). The trie is walked only
    /// when the first word starts a phrase of several words.
    pub fn longest_among(&self, text: &str, tokens: &[Token], kinds: &[Kind]) -> Option<(usize, Kind)> {
        // a phrase never starts with punctuation and never crosses a line break
        let first = tokens.first().filter(|t| t.kind != TokenKind::Punct)?;
        let at = self.index(text, first);
        let info = self.infos.get(at as usize)?;
        let wanted = kinds.iter().fold(0, |m, &k| m | bit(k));
        if info.longest >= 2 && tokens.len() >= 2 {
            if let Some(found) = self.longest_phrase(text, tokens, kinds, wanted, at, info.longest as usize) {
                return Some(found);
            }
        }
        Self::pick(text, tokens, kinds, wanted, info, 1)
    }

    /// [`Self::longest_among`] for phrases of 2 to `longest` tokens, the first of which has index `at`.
    #[inline(never)]
    fn longest_phrase(&self, text: &str, tokens: &[Token], kinds: &[Kind], wanted: u32, at: u32, longest: usize) -> Option<(usize, Kind)> {
        let most = longest.min(tokens.len());
        let limit = tokens[1..most].iter().position(|t| t.newline_before).map_or(most, |p| p + 1);
        if limit < 2 {
            return None;
        }
        // the trie nodes of the first 2, 3, … tokens, as far as a listed phrase goes
        let mut nodes = [0u32; 16];
        let limit = limit.min(nodes.len());
        let mut reached = 1;
        let mut node = at;
        for t in &tokens[1..limit] {
            let Some(next) = self.follow(node, text, t) else { break };
            node = next;
            nodes[reached] = next;
            reached += 1;
        }
        (2..=reached).rev().find_map(|n| Self::pick(text, tokens, kinds, wanted, &self.infos[nodes[n - 1] as usize], n))
    }

    /// The first of `kinds` (whose bits are `wanted`) that `info`, the key of `tokens[..n]`, is listed as;
    /// an entry in capitals only if those tokens are.
    #[inline(always)]
    fn pick(text: &str, tokens: &[Token], kinds: &[Kind], wanted: u32, info: &Info, n: usize) -> Option<(usize, Kind)> {
        if info.kinds & wanted == 0 {
            return None;
        }
        Self::pick_listed(text, tokens, kinds, info, n)
    }

    /// [`Self::pick`] once `info` is listed as one of `kinds`: out of line, the common miss stays small.
    #[inline(never)]
    fn pick_listed(text: &str, tokens: &[Token], kinds: &[Kind], info: &Info, n: usize) -> Option<(usize, Kind)> {
        let shouted_ok = || !tokens[..n].iter().any(|t| t.text(text).chars().any(char::is_lowercase));
        kinds.iter().copied().find(|&k| info.has(k) && (info.caps & bit(k) == 0 || shouted_ok())).map(|k| (n, k))
    }
}
