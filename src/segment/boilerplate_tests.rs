//! The paragraph kinds of [`super`] as tables: our own lines, one kind each.

use super::*;
use crate::segment::furniture::FURNITURE_LINES;
use crate::segment::segment;

fn kinds(text: &str) -> Vec<(&str, ParagraphKind)> {
    segment(text).paragraphs.iter().map(|p| (p.span.of(text), p.kind)).collect()
}

#[test]
fn classifies_paragraph_shapes() {
    use ParagraphKind::*;
    let cases: &[(&str, ParagraphKind)] = &[
        ("Leaders Meet For The First Time In Decades", Headline),
        ("Minister says budget will help small farms", Headline),
        ("Mayor to brief journalists", Headline),
        ("Acme to cut 1,200 jobs as sales slump", Headline),
        ("Sleep loss makes fear memories harder to forget, study finds", Headline),
        ("The talks would resume in March, reports", Body),
        ("Starmer: ‘We will not raise taxes on working people’", Headline),
        ("“We will not raise taxes on working people,” he said.", Body),
        ("The council met on Monday and approved the budget.", Body),
        ("The meeting was expected to focus on the", Body),
        ("Speaking after the vote, said he expects to win the", Body),
        ("The mayor walks through the market in Lyon, France, May 2, 2021. (Reuters Photo: A. Person)", Caption),
        ("Merkel and Macron shake hands outside the palace.", Caption),
        ("Merkel and Macron shake hands outside O’Brien’s.", Caption),
        ("Merkel and Macron shake hands in 2021.", Body),
        ("Merkel and Macron shake “hands” outside.", Body),
        ("Merkel and Macron shake hands, smiling.", Body),
        ("Merkel and Macron shake hands; smiling.", Body),
        ("Patients with PTSD often show similar patterns, the authors note.", Body),
        ("A woman walks through a street in Lyon, France, May 2, 2021. REUTERS/Jane Doe", Caption),
        ("Photo caption: The mayor visits the clinic in Lyon on May 2, 2021.", Caption),
        ("Caption: The ferry rests against the pier on Tuesday.", Caption),
        ("Subscribe now for unlimited access.", Boilerplate),
        ("Key events", Boilerplate),
        ("Show key events only", Boilerplate),
        ("Topics: Nigeria, Africa, Floods", Boilerplate),
        ("Related: Floods in Kenya", Boilerplate),
        ("Tue 10 Sep 2024 18.02 BST", Byline),
        ("Reporting from Nairobi, Kenya", Byline),
        ("Monday, 3 March 2025, 09:15", Byline),
        ("Sales rise 10 percent in March", Headline),
        ("Markets rally, GDP grows 2.5%", Headline),
        ("Correction: An earlier version of this article said the contest would close in October.", Boilerplate),
        ("This article was updated on 12 June to add comment from the ECB.", Boilerplate),
        ("This story originally appeared in the Los Angeles Times.", Boilerplate),
        ("Update: The death toll has risen to 12, officials said.", Body),
        ("Experts said the virus could spread more easily between people.", Body),
        ("The regulator said the advertisement had misled shoppers about the price.", Body),
        ("Sign up to our newsletter: it was the best thing we ever did, readers said.", Boilerplate),
        ("You have reached your limit of free articles this month. Subscribe now.", Boilerplate),
        ("Skip to main content", Boilerplate),
        ("Ad Feedback", Boilerplate),
        ("Supported by", Boilerplate),
        ("Please turn on JavaScript to use this feature", Boilerplate),
        ("Please enable JavaScript in your browser.", Boilerplate),
        ("Share", Boilerplate),
        ("Most viewed", Boilerplate),
        ("Share the wealth", Headline),
        ("- Unions say 200 jobs are at risk", Body),
        ("• Libraries will close on Mondays", Body),
        ("• This article was amended on 10 July to correct a figure.", Boilerplate),
        ("Listen to this article · 5:41 min Learn more", Boilerplate),
        ("Our Standards: The Thomson Reuters Trust Principles.", Boilerplate),
        ("Explore more on these topics", Boilerplate),
        ("By Jane Smith", Byline),
        ("By Jane Smith, BBC News, Hong Kong", Byline),
        ("(By Jane Smith and John Roe)", Byline),
        ("Jane Smith Chief political correspondent", Byline),
        ("Women's football reporter", Byline),
        ("BBC appoints new political editor", Headline),
        ("By Monday the talks had collapsed, officials said.", Body),
        ("Published 14 March 2026 · Updated 15 March 2026", Byline),
        ("Last updated 3 hours ago", Byline),
        ("Published Jan. 15, 2026 at 11:48 p.m. | Updated Jan. 16, 2026 at 8:05 a.m.", Byline),
        ("Posted at 9 p.m. the notice said 12 people had died.", Body),
        ("Updated figures show 12 people died.", Body),
        ("--AFP", Byline),
        ("(Reporting by Jane Doe; Editing by John Roe)", Byline),
        ("Associated Press writer Jane Doe contributed to this report.", Byline),
        ("— Staff writer Jane Doe contributed reporting.", Byline),
        ("Compiled by Jane Doe.", Byline),
        ("Sales rose 2.4%, according to data compiled by LSEG.", Body),
        ("Image caption, Thames Water serves 16 million customers across London", Caption),
        ("Image source, PA Media", Caption),
        ("abc", Byline),
        ("₹900", Boilerplate),
        ("REUTERS/Jane Doe", Byline),
        ("AP/Jane Doe", Byline),
    ];
    for (line, want) in cases {
        assert_eq!(kinds(line)[0].1, *want, "{line}");
    }
}

#[test]
fn furniture_lines_are_sorted_and_pass_the_quick_tests() {
    assert!(FURNITURE_LINES.windows(2).all(|w| w[0] < w[1]));
    for line in FURNITURE_LINES {
        assert!(furniture(line, line.split_whitespace().count(), line.chars().count()), "{line}");
    }
}

#[test]
fn repeated_lines_are_captions_and_paywall_tails_are_boilerplate() {
    let text = "Merkel with Macron in Paris.\nThe talks began on Monday.\nMerkel with Macron in Paris.\nThe summit ended.\n\
                Subscribe to read the full story\nPremium Plan\n3 Months\nArchives dating back to 1997\nAccess on every device";
    let k = kinds(text);
    assert_eq!(k[0].1, ParagraphKind::Caption);
    assert_eq!(k[1].1, ParagraphKind::Body);
    assert_eq!(k[2].1, ParagraphKind::Caption);
    assert!(k[4..].iter().all(|(_, kind)| *kind == ParagraphKind::Boilerplate), "{k:?}");
}

#[test]
fn a_text_pasted_twice_keeps_its_first_copy() {
    let article = "The talks began on Monday in Paris.
Merkel said the talks were useful.
The summit ended on Friday.";
    let twice = format!("{article}\n{article}");
    let k = kinds(&twice);
    let kinds: Vec<ParagraphKind> = k.iter().map(|(_, kind)| *kind).collect();
    use ParagraphKind::{Body, Boilerplate};
    assert_eq!(kinds, [Body, Body, Body, Boilerplate, Boilerplate, Boilerplate], "{k:?}");
}

#[test]
fn a_page_header_keeps_its_headline_byline_and_labelled_caption() {
    // menu lines and boilerplate around the headline, as a news page pastes
    let text = "Advertisement\nWorld\nEurope\nFarmers block motorways as nitrogen rules bite\nBy Jane Doe\nPublished\n3 hours ago\n\
                Image source, EPA\nImage caption,\nTractors lined the A12 near Utrecht on Tuesday morning\n\
                Thousands of farmers drove their tractors on to motorways on Tuesday.";
    let k = kinds(text);
    use ParagraphKind::*;
    assert_eq!(k[3].1, Headline, "{k:?}");
    assert_eq!(k[4].1, Byline, "{k:?}");
    assert_eq!(k[9].1, Caption, "{k:?}");
    assert_eq!(k[10].1, Body, "{k:?}");
}

#[test]
fn a_live_blog_s_time_stamps_are_named_so() {
    let text = "14:32 BST\n\nThe talks resumed.\n\n£4.50\n\n9.05am";
    let rules: Vec<_> = segment(text).paragraphs.iter().map(|p| (p.span.of(text), p.rule)).collect();
    assert_eq!(rules, [("14:32 BST", "time_stamp_line"), ("The talks resumed.", "default"), ("£4.50", "price_or_count_line"), ("9.05am", "time_stamp_line")]);
}

#[test]
fn opens_with_reads_whole_prefixes() {
    assert!(opens_with("image caption, a man", CAPTION_OPENERS));
    assert!(!opens_with("image of a man", CAPTION_OPENERS));
    assert!(!opens_with("", CAPTION_OPENERS));
    assert!(opens_with("last updated 3 hours ago", DATELINE_OPENERS));
    assert!(!opens_with("lastly", DATELINE_OPENERS));
}
