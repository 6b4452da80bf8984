//! PERSON, ORG, PLACE, GROUP and EVENT mentions from capitalised sequences.
//!
//! A candidate is a run of capitalised words, allowing lower-case connectors
//! inside ("Bank of England"). Titles split a run and mark what follows as a
//! person ("US President Donald Trump" gives `US` and `Donald Trump`). A run is
//! labelled by the word lists (longest match first, which may run on into a
//! lower-case head: "Korean peninsula"), then by organisation keywords and
//! titles, then by the learned span model ([`super::model`]), whose guess the
//! words around the piece may overrule ([`context`]: "the band X" is an ORG, "the village of X"
//! a PLACE; `labels.rs` holds the labelling). Function words never start a name ("Besides Putin"
//! gives `Putin`). In an all-caps line (a wire headline) every word is judged on its own. Pieces
//! nobody labels are kept as `unlabelled` so the document pass can still label them. Where a
//! run ends is `run.rs`; names joined from a known name and a word ("Welsh Water", "Age UK") are `compound.rs`; US states by abbreviation `states.rs`.

mod byline; mod company; mod compound; mod context; mod edges;
mod headline; mod keywords; mod labels; mod person_ends; mod portfolio; mod run; mod shape; mod states;

use super::{lexicon::{Kind, LEXICON}, Mention};
use {company::{acronym_bloc, company_cue, one_of}, states::state_abbreviation};
use {context::*, labels::*, shape::*};
pub use {edges::name_particle, headline::set_aside, shape::shouting_lines}; pub(crate) use {edges::{OPERATOR, POSTNOMINALS}, labels::HYPHENATED, shape::is_coinage};
use {byline::{credited, desk_after, stamp_word}, edges::{common_before_common, hometown_before_party, kin_before, left_edge, letter_label, owned_person, plural_opener, right_edge, MEMBER_OF}};
use crate::{annotations::Label, segment::{Token, TokenKind}};

/// The rule of a name in a credit line ("By Priya Raman"), which the next credited name after "and" follows.
pub const BYLINE: &str = "byline";
/// The rule of a piece that no rule or model labelled.
pub const UNLABELLED: &str = "unlabelled";
/// The rule of a piece handed to the trainer instead of the model (training mode).
pub const CANDIDATE: &str = "candidate";
/// The rule of a piece that names a product ("its Blackwell chips") or a disease by its eponym ("Parkinson's disease"): no entity, and the document pass drops the
/// guesses of the same string elsewhere ("Blackwell production").
pub const PRODUCT: &str = "product_name";

/// Finds name mentions in one sentence's tokens; `taken` marks tokens already in a mention.
/// With `train`, pieces for the model are emitted with rule [`CANDIDATE`] instead of being judged. Says if a railway acts ([`OPERATOR`]).
#[inline(never)] // a stage of its own in profiles
pub fn find(text: &str, tokens: &[Token], shouting: &[bool], taken: &[bool], train: bool, out: &mut Vec<Mention>) -> bool {
    let (n, mut i, mut operator) = (tokens.len(), 0, false);
    while i < n {
        if taken[i] || !is_cap(text, &tokens[i]) || tokens[i].span.len() == 1 && states::party_letter(text, tokens, i) {
            i += 1;
            continue;
        }
        i = run::article_start(text, tokens, shouting, taken, i);
        let mut j = run::extend_run(text, tokens, shouting, taken, i);
        let inter = i >= 2 && tokens[i - 1].text(text) == "-" && !tokens[i].space_before && tokens[i - 2].text(text).eq_ignore_ascii_case("inter"); // "inter-Korean": a prefix, no nationality
        // a title-case phrase in quotation marks is the title of a work: "A Beautiful Lie"
        let quoted = j >= i + 2 && i > 0 && j < n && !tokens[i].space_before && !tokens[j].space_before
            && is_quote(text, &tokens[i - 1]) && is_quote(text, &tokens[j]) || i > 1 && j < n && !tokens[j].space_before && matches!(text.as_bytes()[tokens[j].span.start], b')' | b'"' | b'\'' | 0xE2) && title_tail(text, tokens, i, j);
        // a lone function word ("The", "But" opening a sentence) is skipped by `classify_run` without a mention: most runs are one
        let lone_function_word = j == i + 1 && is_function_word(text, &tokens[i], shouting[i]) && !is_initial_dot(text, tokens, i) || j <= i + 3 && letter_label(text, tokens, i) || j == i + 1 && stamp_word(text, tokens, taken, i);
        if j >= i + 5 && j <= i + 6 && is_quote(text, &tokens[i + 1]) && is_quote(text, &tokens[i + 3]) {
            out.push(Mention { span: span(tokens, i, j), label: Label::Person, rule: "nickname" }); // Ricardo "Ricky" Salinas (run.rs)
        } else if j == i + 1 && web_name(text, tokens, j) {
            out.push(Mention { span: span(tokens, i, j + 2), label: Label::Org, rule: "web_name" }); // "Chess.com", "Booking.com"
            j += 2;
        } else if let Some(s) = (j >= i + 3 && !shouting[i]).then(|| compound::against_name(text, tokens, i, j)).flatten() {
            out.push(Mention { span: span(tokens, s, j), label: Label::Org, rule: "against_name" }); // "Surfers Against Sewage"
        } else if !inter && !quoted && !lone_function_word {
            let before = out.len();
            j = classify_run(text, tokens, i, j, shouting[i], train, out);
            left_edge(text, tokens, taken, i, out.get_mut(before));
            operator |= right_edge(text, tokens, j, out, before);
        }
        i = j.max(i + 1);
    }
    operator
}

/// Labels tokens `[i, j)`, splitting at titles, function words and known names; returns where it stopped.
fn classify_run(text: &str, tokens: &[Token], i: usize, mut j: usize, shouting: bool, train: bool, out: &mut Vec<Mention>) -> usize {
    let mut k = i;
    // does a title come right before the piece at `k`? For the run's start it is looked up only when asked
    // (None: not yet), since most pieces are settled by a list or a keyword first
    let mut after_title: Option<bool> = None;
    let title_before = |after_title: &mut Option<bool>| *after_title.get_or_insert_with(|| i > 0 && is_title_before(text, tokens, i));
    let mut official_the = None;
    j = compound::title_cut(text, tokens, i, j, shouting);
    while k < j {
        // a title inside the run: "US President Donald Trump", "Prime Minister Lee Hsien Loong"
        // (only with a name after it: never at the run's last word, which is not looked up)
        if let Some(len) = (k + 1 < j).then(|| LEXICON.longest(text, &tokens[k..j], Kind::Title).or_else(|| compound::plural_title(text, tokens, k))).flatten() {
            // "MS Windows" is no "Ms": a title in capitals counts only in an all-caps line;
            // nor is a title that owns the name after it: "King's College London"
            // (a one-word title or "St." opening a place's name with its keyword is part of it: "King Power Stadium", "St. Lucie County")
            let venue = k == i && (len == 1 || tokens[k].text(text) == "St") && compound::title_opens_venue(text, tokens, k, j);
            if k + len < j && !venue && !compound::title_opens_firm(text, tokens, k, len, j) && !compound::no_rank(text, tokens, k, len) && !is_listed_at(text, tokens, k, j) && !matches!(tokens[k + len].text(text), "'s" | "’s") {
                k += len + if matches!(tokens[k + len - 1].text(text), "of" | "for") { portfolio::portfolio(text, tokens, k + len, j) } else { 0 }; // "Minister of Finance"
                after_title = Some(true);
                continue;
            }
            // a title of several words that ends the run names nobody: "the British Prime Minister said"
            if k + len == j && len > 1 && !is_listed_at(text, tokens, k, j) {
                k = j;
                continue;
            }
        }
        // an office named by its portfolio is no name, nor the start of one: "the Information Commissioner said"
        if let Some(n) = (!shouting).then(|| portfolio::portfolio_office(text, tokens, k, j)).flatten() {
            k += n;
            after_title = Some(true);
            continue;
        }
        if k + 1 == j && (k > i && POSTNOMINALS.contains(&tokens[k].text(text)) || title_half(text, tokens, k)) {
            break; // letters after a name end the run, no name of their own: "Richard Lowe KC"; so does a hyphenated title's first half: "The Vice-President" (no magazine "Vice")
        }
        if is_possessive(text, &tokens[k]) {
            k += 1; // the possessive after a place that owns the rest: "the UK's National Institute for Health"
            after_title = Some(false);
            continue;
        }
        if is_connector(text, &tokens[k]) && !joined_article(text, tokens, k) || tokens[k].span.len() == 1 && text.as_bytes()[tokens[k].span.start] == b',' {
            k += 1; // a connector or a list's comma left over after a split: "of", "and", "&", "Levelling Up, Housing"
            if matches!(tokens[k - 1].text(text), "of" | "for") { // "Secretary of State for Health" names no one; "Mayor of Labasa" is a place
                match if after_title == Some(true) && tokens[k - 2].text(text) != "'s" { portfolio::portfolio(text, tokens, k, j) } else { 0 } { 0 => after_title = Some(false), p => k += p }
            }
            continue;
        }
        let initial = is_initial(text, &tokens[k]) && tokens.get(k + 1).is_some_and(|t| t.text(text) == "." && !t.space_before);
        if labour_noun(text, tokens, k) || is_function_word(text, &tokens[k], shouting) && !initial && !is_listed_at(text, tokens, k, j) && !compound::function_word_opens_org(text, tokens, k, j) {
            if given_name_not_modal(text, tokens, k, j) { out.push(Mention { span: span(tokens, k, k + 2), label: Label::Person, rule: "given_name" }); k += 2; continue; }
            // a capital "The" inside a sentence belongs to the name after it: "supporting The Used"
            official_the = (tokens[k].text(text) == "The" && k > 0 && !tokens[k].newline_before && !shouting
                && tokens[k - 1].kind == TokenKind::Word && k + 1 < j)
                .then_some(k);
            k += 1;
            continue;
        }
        // the longest list name from here, looked up once: a match that fits inside the run is also the run's own
        // (a shorter match is found only when no longer one exists), so the run is searched again only past its end
        let from_here = place_after_the(text, tokens, k, LEXICON.longest_among(text, &tokens[k..], LIST_KINDS));
        let in_run = || match from_here {
            Some((len, _)) if k + len > j => LEXICON.longest_among(text, &tokens[k..j], LIST_KINDS),
            found => found,
        };
        if k + 1 < j && from_here.is_some_and(|(len, kind)| len == 1 && kind == Kind::Org) && job_before_name(text, tokens, k) {
            (k, after_title) = (k + 1, Some(true)); // a job before a name, not the listed body: "Economist Joel Naroff"
            continue;
        }
        // a name ending in a keyword, with known names inside: "Bulgarian Academy of Sciences", "West Virginia Normal School"
        if k + 1 < j && !shouting && in_run().is_some_and(|(len, kind)| k + len < j && !compound::two_firms(text, tokens, k + len, j, list_label(kind).0)) && !product_model(text, tokens, j - 1, j) {
            // (a firm's legal name before "of" and its country ends there: "Kia Motor Corp of South Korea")
            let e = compound::org_of_place(text, tokens, k, j, "org_keyword").unwrap_or(j);
            if let Some((label, rule)) = keyword_label(text, &tokens[k..e]).or_else(|| inner_org_head(text, &tokens[k..e])) {
                if let Some(label) = label {
                    out.push(Mention { span: span(tokens, k, e), label, rule });
                }
                k = e;
                continue;
            }
        }
        // a capitalised compass word before a known place is part of its name: "West Jersey", "Northern Cape"
        if k + 1 < j && is_compass(tokens[k].text(text)) {
            let place = LEXICON.longest_among(text, &tokens[k + 1..j], &[Kind::Country, Kind::Region, Kind::City]).map(|(n, _)| n);
            // (not before an unknown name, part of a longer one: "Southern California Edison")
            // (a keyword ending the run is handled below: "West Jersey Railroad")
            let unknown_after = |len: usize| k + 1 + len < j && !shouting && is_unknown_name_at(text, tokens, k + 1 + len, j)
                && keyword_label(text, &tokens[k..j]).is_none();
            if let Some(len) = place.filter(|&len| LEXICON.longest(text, &tokens[k..j], Kind::Country).is_none() && !unknown_after(len)) {
                // ... unless a keyword ends the run: "Greater Manchester Police", "North Yorkshire County Council"
                if let Some((label, rule)) = (k + 1 + len < j).then(|| keyword_label(text, &tokens[k..j])).flatten() {
                    if let Some(label) = label {
                        out.push(Mention { span: span(tokens, k, j), label, rule });
                    }
                    k = j;
                    continue;
                }
                out.push(Mention { span: span(tokens, k, k + 1 + len), label: Label::Place, rule: "compass_place" });
                k += 1 + len;
                after_title = Some(false);
                continue;
            }
        }
        let found = from_here.map(|(len, kind)| match list_label(kind) {
            (Label::Org, _) if len == 1 && !shouting && compound::honoured(text, tokens, k) => (len, Label::Person, "after_title"), // "Mr Adani"
            (Label::Place, _) if len == 1 && !shouting && acronym_bloc(text, tokens, k) => (len, Label::Org, "acronym"), // "the INDIA bloc"
            (Label::Org, rule) if k + len > j && ORG_NOUNS.contains(tokens[k + len - 1].text(text)) => (j - k, Label::Org, rule), // "the Xinhua news agency"
            (Label::Group, _) if LEXICON.extra_of(text, &tokens[k], Kind::Group) == Some("religion") => (len, Label::Group, PRODUCT), // a religion names nothing: "Islam"
            (label, rule) => (len, label, rule),
        });
        let mut known_head = 1; // the words of a known name the name from `k` starts with: one, or a place's ("New England Journal of Medicine")
        if let Some((len, label, rule)) = found {
            // a place name before an unknown name is part of a longer one: "Vladimir Putin", "Perth Glory", "Russia Today"
            // (so is a group's word that is also a given name before a rare word: "Christian Horner", not "Christian Aid")
            let given_group = || label == Label::Group && len == 1 && LEXICON.is(text, &tokens[k], Kind::GivenName) && LEXICON.info(text, &tokens[k + 1]).is_none_or(|i| !i.any(&[Kind::CommonWord, Kind::OrgKeyword]));
            // (and a city that is a given name before an honorific inside a name: "Hassan Sheikh Mohamud")
            let place_tail = k + len < j && (label == Label::Place || given_group()) && !shouting && (is_unknown_name_at(text, tokens, k + len, j) || compound::honorific_inside(text, tokens, k, k + len, j));
            if place_tail && !is_function_word(text, &tokens[k], shouting) {
                known_head = len; // (not "The Netherlands East Indies": the function word is left out below)
            }
            // a known name inside a longer one with a keyword: "Bank of England", "West Virginia Intercollegiate Athletic Conference"
            let tail = if k + len < j && !compound::two_firms(text, tokens, k + len, j, label) && !compound::owns_named_body(text, tokens, k + len, j) { keyword_label(text, &tokens[k..j]) } else { None };
            if let Some((label, rule)) = tail.filter(|_| !product_model(text, tokens, j - 1, j)) {
                if let Some(label) = label {
                    out.push(Mention { span: span(tokens, k, j), label, rule });
                }
                k = j;
                continue;
            }
            // a demonym or an organisation opening a longer organisation's name: "Welsh Water", "Save the Children UK"
            if let Some(end) = (!shouting).then(|| compound::after_list_name(text, tokens, k, len, label, rule, j)).flatten() {
                out.push(Mention { span: span(tokens, k, end), label: Label::Org, rule: "name_compound" });
                (k, j, after_title) = (end, j.max(end), Some(false));
                continue;
            }
            // a place and a plural name is a team: "Boston Bruins", "St. Louis Eagles"
            let tail_ends = || k + len + 1 == j || !is_unknown_name_at(text, tokens, k + len + 1, j);
            // (not a given name and a surname: "Victoria Atkins")
            let person = || len == 1 && LEXICON.is(text, &tokens[k], Kind::GivenName) && LEXICON.is(text, &tokens[k + 1], Kind::Surname);
            if place_tail && is_plural_name(text, &tokens[k + len]) && tail_ends() && !person() {
                out.push(Mention { span: span(tokens, k, k + len + 1), label: Label::Org, rule: "place_team" });
                k += len + 1;
                after_title = Some(false);
                continue;
            }
            if (label != Label::Place || len == j - k || !title_before(&mut after_title)) && !place_tail {
                out.push(Mention { span: span(tokens, k, k + len), label, rule: if len == 1 && quantity_opener(text, tokens, k) { UNLABELLED } else { rule } });
                k += len;
                j = j.max(k);
                after_title = Some(false);
                continue;
            }
        }
        // the remainder up to the next title, function word or known word (not after a hyphen: "al-Houthi") is one name
        let mut m = k + known_head;
        while m < j && !shouting
            && (matches!(tokens[m - 1].text(text), "-") || is_connector_word(tokens[m - 1].text(text)) || !starts_known(text, &tokens[m..j]) || compound::name_goes_on(text, tokens, k, m, j))
            // (a function word glued to a hyphen is a word of the name: "Health and Well-Being")
            && !(is_cap(text, &tokens[m]) && is_function_word(text, &tokens[m], shouting) && !(is_initial_dot(text, tokens, m) || glued_after_hyphen(text, tokens, m)))
            && !(m + 1 == j && POSTNOMINALS.contains(&tokens[m].text(text))) && !compound::venue_and_firm(text, tokens, m, j)
        {
            m += 1;
        }
        while m > k + 1 && (is_connector(text, &tokens[m - 1]) || is_possessive(text, &tokens[m - 1])) {
            m -= 1; // never end on a connector, nor on a possessive owning the known name after it: "Mukesh Ambani's Reliance"
        }
        // plain words before the country that ends the run name an organisation working there: "Age UK", "Statistics Canada"
        if let Some((label, rule)) = (!shouting && m < j).then(|| compound::before_country(text, tokens, k, m, j)).flatten() {
            out.push(Mention { span: span(tokens, k, j), label, rule });
            return j; // (the country ends the run)
        }
        // an ordinary word capitalised only because it opens the sentence is no part of the name after it: "Apparently Hitzig"
        // ... even before an organisation's name: "Shares of Nvidia Corp", "Rivals Advanced Micro Devices", "Historian Ana Ruiz of X University"
        if m > k + 1 && !train && sentence_opener(text, tokens, k) && (is_plain_common_word(text, &tokens[k]) || is_staff_noun(text, &tokens[k]) || role_before_name(text, tokens, k))
            && (keyword_label(text, &tokens[k..m]).is_none() || opens_before_name(text, tokens, k) || role_before_name(text, tokens, k))
            // (a compass word before a known place opens the name: "Southern California Edison cut power"; so does a word before
            // "for" and a place that a verb follows: "Transport for London said")
            && !(is_compass(tokens[k].text(text)) && LEXICON.longest_among(text, &tokens[k + 1..m], &[Kind::Country, Kind::Region, Kind::City]).is_some())
            && !compound::body_for_place(text, tokens, k, m)
        {
            k += 1;
            continue;
        }
        // an abbreviation of an ordinary noun alone names nothing: "the AI boom", "3% of GDP", "its CEO";
        // nor does the first word of a title in sentence case opening a line, "Prime minister chairs …", nor a portfolio
        let title_opener = || sentence_opener(text, tokens, k) && LEXICON.longest(text, &tokens[k..tokens.len().min(k + 4)], Kind::Title).is_some_and(|n| n > 1);
        if m == k + 1 && !shouting && (is_common_abbreviation(text, &tokens[k]) || title_opener() || portfolio_before_title(text, tokens, k)) {
            k += 1;
            continue;
        }
        // "Claire Walsh of Lancashire Police", "Rupert Murdoch's News Corp": a person's name ends before "of" or a possessive (a home before a party)
        let m = person_ends::person_before_of(text, tokens, k, m).or_else(|| hometown_before_party(text, tokens, k, m)).or_else(|| person_ends::person_before_possessive(text, tokens, k, m, title_before(&mut after_title))).unwrap_or(m);
        let (label, rule) = match ruled(text, &tokens[k..m], || title_before(&mut after_title)) {
            Some((None, _)) => {
                k = m; // an award or a law: no entity, and none inside it
                after_title = Some(false);
                continue;
            }
            Some(r) => r,
            None if train => (Some(Label::Person), CANDIDATE),
            None => judge(text, tokens, k, m, shouting),
        };
        // a name behind a capital "The" inside a sentence is no person: "supporting The Mission", "bands like The Stooges"
        let the_before = official_the.is_some_and(|t| t + 1 == k);
        // ... and so is a name right after a noun for a kind of organisation: "the band Gigi", "news agency Efe"
        // the word before the piece on its line, sliced once; the tests below run only where a match arm asks
        let before = (k > 0 && !tokens[k].newline_before).then(|| tokens[k - 1].text(text));
        let noun_before = || before.is_some_and(|w| ORG_NOUNS.contains(w) || opening_org_noun(text, tokens, k))
            && !tokens.get(m).is_some_and(|t| t.text(text) == "-" && !t.space_before); // "second-team All-American"
        // a name right after a word for a kind of work is its title, no entity: "the album Nusa", "the film Barbie"
        // (also after a comma, "another asteroid, Psyche", and a second name, "the asteroids Iris and Massalia")
        let work_before = || before.is_some_and(|w| WORK_NOUNS.contains(w))
            || k >= 2 && matches!(before, Some(",")) && WORK_NOUNS.contains(tokens[k - 2].text(text))
            || k >= 3 && matches!(before, Some("and")) && is_cap(text, &tokens[k - 2]) && WORK_NOUNS.contains(tokens[k - 3].text(text));
        // a name right before a word for a kind of product names the product, no person or place: "its Blackwell chips";
        // and so does a name an organisation owns where the model guesses a place: "NASA's Europa Clipper", "Apple's Vision Pro"
        let product_after = || tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && !is_cap(text, t) && PRODUCT_NOUNS.contains(t.text(text)));
        let org_owned = || k >= 2 && matches!(before, Some("'s" | "’s")) && out.last().is_some_and(|p| p.label == Label::Org && p.span.end == tokens[k - 2].span.end);
        // a place or organisation keyword alone opening the sentence before a lower-case word is an ordinary word:
        // "City council member X", "Council votes to close libraries"
        let keyword_opener = || m == k + 1 && sentence_opener(text, tokens, k)
            && (matches!(LEXICON.extra_of(text, &tokens[k], Kind::NameKeyword), Some("place-suffix" | "both-place")) || LEXICON.is(text, &tokens[k], Kind::OrgKeyword))
            && tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && t.text(text).starts_with(|c: char| c.is_lowercase()));
        // the rarer cases first, each tested on the tokens before its rule is compared (most pieces fail the first test)
        let guess = |r: &str| matches!(r, "" | "span_model" | "name_shape" | "coined_name");
        // (an institution's keyword gives no mention at all, which the document pass would label after the name it ends: "Council
        // votes ..." beside "Rotherham Borough Council"; a place's keyword or a club's may be a club's or a person's name, which the
        // document pass still finds: "Manchester City ... City fans", "United are third", "Traci Park ... Park added")
        // (so is one alone in a line in capitals, where every word is judged alone: "MAJOR LEAGUE STANDINGS")
        let keyword_mention = m == k + 1 && (keyword_opener() || shouting && LEXICON.is(text, &tokens[k], Kind::OrgKeyword)) && matches!(rule, "span_model" | "name_shape");
        if keyword_mention && matches!(LEXICON.extra_of(text, &tokens[k], Kind::OrgKeyword), Some("head" | "both")) {
            (k, after_title) = (m, Some(false));
            continue;
        }
        let early = if product_model(text, tokens, k, m) && (guess(rule) || matches!(rule, "event_keyword" | "given_name")) {
            Some((None, PRODUCT))
        // a credit line's names are people: "By Priya Raman", "(Reporting by Tom Whitcombe in New York; Editing by Sriraj Kalluvila", "and Emily Park"
        } else if m >= k + 2 && credited(text, tokens, k, out) && (guess(rule) || rule == "place_keyword" && (m == k + 2 && is_given_name(text, &tokens[k]) || LEXICON.is(text, &tokens[m - 1], Kind::Surname))) && !matches!(label, Some(Label::Group | Label::Event))
            && !tokens.get(m).is_some_and(|t| is_cap(text, t) && LEXICON.is(text, t, Kind::Title))
        {
            Some((Some(Label::Person), BYLINE))
        // a given name and a place word is a person where a title stands before it or a verb of saying after it:
        // "Councilmember Traci Park said" (a park says nothing; "Stanley Park" alone stays a place)
        } else if m == k + 2 && label == Some(Label::Place) && LEXICON.is(text, &tokens[k], Kind::GivenName) && rule == "place_keyword" && !one_of(tokens[k + 1].text(text), AREAS)
            && (k > 0 && LEXICON.is(text, &tokens[k - 1], Kind::Title)
                || tokens.get(m).is_some_and(|t| !t.newline_before && crate::one_of(t.text(text), &["said", "says", "told", "added", "wrote", "argued"])))
        {
            Some((Some(Label::Person), "given_name"))
        } else {
            None
        };
        let (label, rule) = match (label, rule) {
            _ if early.is_some() => early.unwrap_or((label, rule)),
            _ if keyword_mention => (None, "span_model"),
            (Some(_), "span_model" | "name_shape" | "acronym" | "given_name") if work_before() => (None, "span_model"),
            (Some(_), "span_model" | "name_shape") if disease_eponym(text, tokens, k, m) => (None, PRODUCT),
            (Some(Label::Person | Label::Place), "span_model" | "name_shape") | (Some(Label::Org), "span_model" | "coined_name") | (Some(Label::Event), "event_keyword") if product_after() => (None, if tokens[m].text(text) == "system" { "span_model" } else { PRODUCT }),
            (Some(Label::Place | Label::Org), "span_model") if org_owned() && (label == Some(Label::Place) || owned_person(text, tokens, k, m)) => if owned_person(text, tokens, k, m) { (Some(Label::Person), MEMBER_OF) } else { (None, PRODUCT) },
            // (the cue also makes the model's own guess confident, so the document vote keeps it)
            (None | Some(Label::Person | Label::Org | Label::Place), "" | "span_model" | "name_shape") if place_context(text, tokens, k, m) => (Some(Label::Place), "place_noun"),
            (Some(Label::Place), "span_model") if person_verb_after(text, tokens, k, m) => (Some(Label::Person), "person_verb"),
            (None | Some(Label::Org | Label::Place), "span_model") if kin_before(text, tokens, k, m).is_some() => (Some(Label::Person), kin_before(text, tokens, k, m).unwrap_or(rule)),
            (Some(Label::Person), "span_model") if place_verb_after(text, tokens, k, m) => (Some(Label::Place), "place_verb_subject"),
            (Some(Label::Person), "span_model") if place_beside_place(text, tokens, k, m, out.last()) => (Some(Label::Place), "place_beside_place"),
            (_, "span_model" | "name_shape" | "") if state_abbreviation(text, tokens, k, m).is_some() => (Some(Label::Place), "state_abbreviation"),
            (None | Some(Label::Person | Label::Org), "" | "span_model") if the_before => if m == k + 1 && LEXICON.extra_of(text, &tokens[k], Kind::NameKeyword) == Some("place-suffix") { (Some(Label::Place), "place_keyword") } else { (Some(Label::Org), "the_name") },
            (None | Some(Label::Person | Label::Place | Label::Org), "" | "span_model" | "name_shape") if noun_before() || appositive_noun(text, tokens, k, m) => (Some(Label::Org), "org_noun"),
            // a product by its maker's words, a company by its own (one call out of line: rare, and the .wasm's size)
            (None | Some(Label::Person | Label::Place | Label::Org), "" | "span_model" | "name_shape") if company_cue(text, tokens, k, m).is_some() => company_cue(text, tokens, k, m).unwrap_or((label, rule)),
            (None | Some(Label::Person | Label::Place | Label::Org), "" | "span_model" | "name_shape") if workplace_before(text, tokens, k) => (Some(Label::Org), "workplace"),
            (None | Some(Label::Person), "span_model") if label.is_none() && staff_after(text, tokens, k, m) || label.is_some() && club_before_player(text, tokens, k, m) => (Some(Label::Org), "workplace"),
            (Some(Label::Person), "span_model") if m == k + 1 && territory_office_after(text, tokens, m) => (Some(Label::Place), "territory_office"),
            (None | Some(Label::Person | Label::Place), "" | "span_model" | "name_shape" | "given_name") if tokens[k + 1..m].iter().any(|t| t.text(text) == "&" && t.space_before) => (Some(Label::Org), "ampersand_name"),
            (None | Some(Label::Person | Label::Place), "span_model" | "name_shape") if band_member_after(text, tokens, k, m) => (Some(Label::Org), "org_noun"),
            (Some(Label::Org | Label::Place), "span_model" | "name_shape") if person_described(text, tokens, k, m) => (Some(Label::Person), "apposition"),
            // "X, a company" or "X is a band" (a person is described with a comma too, "Smith, a developer": not after a person guess)
            (None | Some(Label::Place | Label::Org), "" | "span_model" | "name_shape") if described_as(text, tokens, m, &ORG_NOUNS, false) => (Some(Label::Org), "org_noun"),
            // (after a comma, only a noun no person is, or any after "the" and a modifier, ending the phrase: "Smith, a developer
            // at the firm" and "Jones, a company director" are people; "Kpler, a ship-tracking firm", "Ukrenergo, the grid operator" not)
            (Some(Label::Person), "span_model" | "name_shape") if description(text, tokens, m, &ORG_NOUNS, false).is_some_and(|(at, comma)| {
                !comma || (at > m + 2 && tokens[m + 1].text(text) == "the" || !crate::one_of(tokens[at].text(text), &["developer", "operator", "distributor", "maker", "giant", "publisher"]))
                    && tokens.get(at + 1).is_none_or(|t| t.kind != TokenKind::Word || is_function_word(text, t, false))
            }) => (Some(Label::Org), "org_noun"),
            // a name the model leaves open that ends with "for" or "of" and a place is a body's: "Transport for London"
            (None, "" | "span_model") if run::ends_with_place_of(text, tokens, k, m) && !LEXICON.is(text, &tokens[k], Kind::GivenName) => (Some(Label::Org), "name_of_place"),
            other => other,
        };
        let field_noun = |p: usize| tokens.get(p).is_some_and(|t| !t.newline_before && FIELD_NOUNS.contains(t.text(text)));
        // an unknown word opening the sentence before a lower-case noun for people by the field they cover is that field,
        // no name: "Science correspondent Pallab Ghosh", "Privacy advocates warned" (even beside a "Science Museum"; an ordinary word, whatever the guess: "Market analysts");
        // so is one before a reporter's desk title: "By Amanda Reyes, Health Reporter" (even beside "Premier Health", or after "Chief"),
        // or after a comma before a field noun that ends its line: "By Sarah Whitfield, Economics correspondent"
        let desk_line = || k > 0 && tokens[k - 1].text(text) == "," && field_noun(m) && tokens.get(m + 1).is_none_or(|t| t.newline_before);
        if m == k + 1 && !shouting && (tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before && !is_cap(text, t)) && sentence_opener(text, tokens, k) && (label.is_none() || guess(rule) && is_plain_common_word(text, &tokens[k])) && (field_noun(m) || is_staff_noun(text, &tokens[m])) || (guess(rule) || rule == "after_title") && (desk_after(text, tokens, m) || desk_line())) {
            (k, after_title) = (m, Some(false));
            continue;
        }
        // a common plural noun opening the sentence before a lower-case word is no name: "Neighbours said they had
        // heard shouting" (a plural surname is listed: "Burns said"); nor is an ordinary word before an ordinary lower-case one ("Civil rights groups")
        if m == k + 1 && rule == "span_model" && !shouting && (label == Some(Label::Person) && plural_opener(text, tokens, k) || common_before_common(text, tokens, k)) {
            (k, after_title) = (m, Some(false));
            continue;
        }
        let (label, rule) = match (label, rule) { (None | Some(Label::Org | Label::Place), "span_model") => compound::person_of(text, tokens, k, m).map_or((label, rule), |r| (Some(Label::Person), r)), other => other };
        // "Neil Ferguson of Imperial College London": a person's name ends before "of"; the rest is named on its own
        let m = match label {
            // (and before a possessive: "Prime Minister Narendra Modi's Bharatiya Janata Party")
            Some(Label::Person) => (k + 1..m).find(|&p| tokens[p].text(text) == "of" && p + 1 < m || is_possessive(text, &tokens[p])).unwrap_or(m),
            // "Benetton of Italy": an organisation and where it is from
            Some(Label::Org) => compound::org_of_place(text, tokens, k, m, rule).unwrap_or(m),
            Some(Label::Place) if rule == "place_noun" => seat_end(text, tokens, k, m),
            _ => m,
        };
        let rule = if label == Some(Label::Org) && tokens.get(m).is_some_and(|t| t.text(text) == "of") && matches!(rule, "span_model" | "org_keyword") { "org_of_place" } else { rule };
        let m = if rule == "possessive_name" { m + 1 } else if rule == "state_abbreviation" { state_abbreviation(text, tokens, k, m).unwrap_or(m) } else { m }; // the possessive is part of the name, and a state's period
        let lone_title = m == k + 1 && LEXICON.is(text, &tokens[k], Kind::Title) && !(compound::honoured(text, tokens, k) && LEXICON.is(text, &tokens[k], Kind::Surname));
        if !lone_title {
            let from = match official_the {
                Some(t) if t + 1 == k && matches!(label, Some(Label::Org | Label::Place)) => t,
                _ => k,
            };
            out.push(Mention { span: span(tokens, from, m), label: label.unwrap_or(Label::Person), rule: if label.is_some() || rule == PRODUCT { rule } else { UNLABELLED } });
        }
        official_the = None;
        after_title = Some(false);
        k = m;
    }
    j
}
