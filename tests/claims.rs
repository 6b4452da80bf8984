//! Claim behaviour as tables: every quote style, every speaker pattern, flags,
//! factual reasons and the paragraphs that yield no claims. Sentences are our own.

use newslens::{annotate, Claim, ClaimKind, Flag, Reason};

fn claims(text: &str) -> Vec<Claim> {
    annotate(text).claims
}

fn find<'a>(cs: &'a [Claim], kind: ClaimKind, text: &str) -> Option<&'a Claim> {
    cs.iter().find(|c| c.kind == kind && c.text == text)
}

/// (name, article, kind, claim text, speaker, cue)
type Row = (&'static str, &'static str, ClaimKind, &'static str, Option<&'static str>, Option<&'static str>);

fn check(rows: &[Row]) {
    for (name, text, kind, want, speaker, cue) in rows {
        let cs = claims(text);
        let c = find(&cs, *kind, want).unwrap_or_else(|| panic!("{name}: no {kind:?} claim {want:?} in {cs:#?}"));
        let got = c.speaker.as_deref();
        assert!(
            match (got, speaker) {
                (Some(g), Some(s)) => g.ends_with(s),
                (g, s) => g == *s,
            },
            "{name}: speaker {got:?}, want {speaker:?}"
        );
        assert_eq!(c.cue.as_deref(), *cue, "{name}: cue");
    }
}

#[test]
fn quote_styles() {
    use ClaimKind::Quote;
    let rows: &[Row] = &[
        ("straight double", "Angela Merkel said: \"We will resume the talks in March.\"", Quote, "We will resume the talks in March.", Some("Merkel"), Some("said")),
        ("curly double", "“We will resume the talks,” Angela Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        ("british single", "‘We will resume the talks,’ Angela Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        ("guillemets", "« We will resume the talks », Angela Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        ("low-high", "„We will resume the talks“, Angela Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        ("low-high closing after the full stop, the text's only line", "Angela Merkel said: „We will resume the talks in March.“", Quote, "We will resume the talks in March.", Some("Merkel"), Some("said")),
        ("closing mark of another style", "“We will resume the talks,\" Angela Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        (
            "multi-paragraph quote",
            "Angela Merkel said: “We will resume the talks in March.\n“We will finish them before the summer,” she added.",
            Quote,
            "We will finish them before the summer",
            Some("Merkel"),
            Some("added"),
        ),
        (
            "multi-paragraph quote attributed in its last paragraph",
            "“We will resume the talks in March.\n“We will finish them before the summer,” Angela Merkel said.",
            Quote,
            "We will resume the talks in March.",
            Some("Merkel"),
            Some("said"),
        ),
        (
            "unclosed quote stays in its paragraph",
            "Angela Merkel said: “We will resume the talks in March.\nThe talks collapsed in Paris in 2019.",
            Quote,
            "We will resume the talks in March.",
            Some("Merkel"),
            Some("said"),
        ),
    ];
    check(rows);
    // the unclosed quote did not swallow the next paragraph, which is a fact of its own
    let cs = claims("Angela Merkel said: “We will resume the talks in March.\nThe talks collapsed in Paris in 2019.");
    assert!(find(&cs, ClaimKind::Factual, "The talks collapsed in Paris in 2019.").is_some(), "{cs:#?}");
}

#[test]
fn scare_quotes_are_not_claims() {
    for text in ["Angela Merkel called it a “beneficial meeting” on Monday.", "The law covers sites with material that is \"harmful to minors\" and fines them.", "The eyes of the world are “glued” to the talks, Merkel said."] {
        assert!(claims(text).iter().all(|c| c.kind != ClaimKind::Quote), "{text}");
    }
}

#[test]
fn a_list_s_items_are_claims() {
    // a bulleted line without a full stop is a list's item, not a headline; its claim starts after the bullet
    let text = "Council tax to rise\n\nKey points:\n- Northshire Council says bills will rise by 5% from April\n• Libraries will close on Mondays\n\nResidents will pay more, the council said.";
    check(&[
        ("- ORG says C (no full stop)", text, ClaimKind::Reported, "bills will rise by 5% from April", Some("Northshire Council"), Some("says")),
        ("• factual C (no full stop)", text, ClaimKind::Factual, "Libraries will close on Mondays", None, None),
    ]);
}

#[test]
fn speaker_patterns() {
    use ClaimKind::{Quote, Reported};
    let rows: &[Row] = &[
        ("X said", "Angela Merkel said the talks would resume in March.", Reported, "the talks would resume in March", Some("Angela Merkel"), Some("said")),
        ("said X", "The talks will resume in March, said Angela Merkel.", Reported, "The talks will resume in March", Some("Angela Merkel"), Some("said")),
        ("X told Y that", "Angela Merkel told Emmanuel Macron that the talks would resume.", Reported, "the talks would resume", Some("Angela Merkel"), Some("told")),
        ("according to X, C", "According to the Kremlin, the talks will resume in March.", Reported, "the talks will resume in March", Some("Kremlin"), Some("According to")),
        ("C, according to X", "The talks will resume in March, according to the Kremlin.", Reported, "The talks will resume in March", Some("Kremlin"), Some("according to")),
        ("quote then speaker", "“We will resume the talks,” Merkel said.", Quote, "We will resume the talks", Some("Merkel"), Some("said")),
        ("quote, title words before the name, told + listener", "“The numbers are disappointing,” finance minister Rachel Reeves told broadcasters.", Quote, "The numbers are disappointing", Some("Rachel Reeves"), Some("told")),
        ("quote, X said afterwards", "“He is a machine,” City manager Pep Guardiola said afterwards.", Quote, "He is a machine", Some("Pep Guardiola"), Some("said")),
        ("X told Dr. Y, 52, that C", "Judge Helen Carter told Dr. Amanda Price, 52, that she had betrayed her patients.", Reported, "she had betrayed her patients", Some("Helen Carter"), Some("told")),
        ("C, PLACE's air force said", "Russia launched 120 drones overnight, Ukraine’s air force said.", Reported, "Russia launched 120 drones overnight", Some("Ukraine"), Some("said")),
        ("…, X said, adding that C", "Russia launched drones, Ukraine’s air force said, adding that 98 had been shot down.", Reported, "98 had been shot down", Some("Ukraine"), Some("adding")),
        ("quote, she told a news conference", "Angela Merkel arrived. “We will help,” she told a news conference in Brussels.", Quote, "We will help", Some("Angela Merkel"), Some("told")),
        ("C, a spokesman for ORG said", "Aid will arrive within days, a spokesman for the European Commission said.", Reported, "Aid will arrive within days", Some("European Commission"), Some("said")),
        ("C, said a spokeswoman for ORG", "Aid will arrive within days, said a spokeswoman for the European Commission.", Reported, "Aid will arrive within days", Some("European Commission"), Some("said")),
        ("C, an official at ORG told", "The tanks were moved on Monday, an official at the Ministry of Defence told reporters.", Reported, "The tanks were moved on Monday", Some("Ministry of Defence"), Some("told")),
        ("the government: the country, not a city", "Floods hit Italy and reached Parma on Monday. The damage is large, according to the government.", Reported, "The damage is large", Some("Italy"), Some("according to")),
        (
            "pronoun: the salient subject, not the nearest name",
            "Angela Merkel met Emmanuel Macron in Paris on Monday. “We will resume the talks,” she said.",
            Quote,
            "We will resume the talks",
            Some("Angela Merkel"),
            Some("said"),
        ),
        (
            "quote paragraph with no cue continues the speaker",
            "“We will resume the talks,” Angela Merkel said.\n“We have waited for this moment for years.”",
            Quote,
            "We have waited for this moment for years.",
            Some("Angela Merkel"),
            None,
        ),
        (
            "setting before that",
            "Angela Merkel said in an interview with Der Spiegel that the talks would resume.",
            Reported,
            "the talks would resume",
            Some("Angela Merkel"),
            Some("said in an interview"),
        ),
        ("organisation", "The Kremlin said the talks would resume in March.", Reported, "the talks would resume in March", Some("Kremlin"), Some("said")),
        ("outlet after content", "The two leaders shook hands before the talks, CNN reported.", Reported, "The two leaders shook hands before the talks", Some("CNN"), Some("reported")),
        (
            "description resolved through a title",
            "Russian President Vladimir Putin arrived on Monday.\nRussia's president said the talks would resume in March.",
            Reported,
            "the talks would resume in March",
            Some("Vladimir Putin"),
            Some("said"),
        ),
        (
            "nested: inner speaker",
            "Angela Merkel said the talks would resume in March, reported Reuters.",
            Reported,
            "the talks would resume in March",
            Some("Angela Merkel"),
            Some("said"),
        ),
        (
            "nested: outer outlet",
            "Angela Merkel said the talks would resume in March, reported Reuters.",
            Reported,
            "Angela Merkel said the talks would resume in March",
            Some("Reuters"),
            Some("reported"),
        ),
        (
            "mixed quote: reported over the whole content",
            "Angela Merkel said the talks “will resume in the spring”.",
            Reported,
            "the talks “will resume in the spring”",
            Some("Angela Merkel"),
            Some("said"),
        ),
        ("mixed quote: nested quote", "Angela Merkel said the talks “will resume in the spring”.", Quote, "will resume in the spring", Some("Angela Merkel"), Some("said")),
        (
            "cue between two halves of a quote: first half",
            "‘Our plan is to grow the economy,’ Keir Starmer said, ‘and that is how we will pay for it.’",
            Quote,
            "Our plan is to grow the economy",
            Some("Keir Starmer"),
            Some("said"),
        ),
        (
            "cue between two halves of a quote: second half",
            "‘Our plan is to grow the economy,’ Keir Starmer said, ‘and that is how we will pay for it.’",
            Quote,
            "and that is how we will pay for it.",
            Some("Keir Starmer"),
            Some("said"),
        ),
        (
            "description with no title in the text: the person it is about",
            "Keir Starmer arrived in Leeds on Monday.\nThe Labour leader said the plan would work.",
            Reported,
            "the plan would work",
            Some("Keir Starmer"),
            Some("said"),
        ),
        ("said X of Y", "“This is a slap on the wrist,” said Tom Hale of the campaign group Privacy First.", Quote, "This is a slap on the wrist", Some("Tom Hale"), Some("said")),
        ("NAME of the unnamed body said: the person, not an anonymous source", "Tom Hale of the regional bank said spending rose.", Reported, "spending rose", Some("Tom Hale"), Some("said")),
        ("NAME of a body in PLACE said: the person, not the place", "Economist Tom Hale of Pellow bank in Philadelphia said spending rose.", Reported, "spending rose", Some("Tom Hale"), Some("said")),
        ("anonymous source", "Officials said the talks would resume in March.", Reported, "the talks would resume in March", None, Some("said")),
        ("an unnamed source in a place, not the place", "Officials in Kabul said at least 12 people were killed.", Reported, "at least 12 people were killed", None, Some("said")),
        ("residents of a place, not the place", "A drone struck the post. Residents of Varnoy said they had been woken by a loud explosion.", Reported, "they had been woken by a loud explosion", None, Some("said")),
        (
            "police: the force named with that word",
            "Greater Manchester Police opened an inquiry on Monday. Police said two men were arrested.",
            Reported,
            "two men were arrested",
            Some("Greater Manchester Police"),
            Some("said"),
        ),
        (
            "police in a place: only a force of that place",
            "The Los Angeles Police Department arrested a man on Monday. Police in New York said the cases were linked.",
            Reported,
            "the cases were linked",
            None,
            Some("said"),
        ),
        ("C, an ORG spokesperson said", "The rules will change in May, a Treasury spokesperson said.", Reported, "The rules will change in May", Some("Treasury"), Some("said")),
        ("quote, Sen. X of PLACE said on the floor", "“This bill is a disaster,” Sen. Rand Paul of Kentucky said on the floor.", Quote, "This bill is a disaster", Some("Rand Paul"), Some("said")),
        ("X posted on PLATFORM that C", "Elon Musk posted on X that the rocket would launch on Friday.", Reported, "the rocket would launch on Friday", Some("Elon Musk"), Some("posted")),
        ("the report found: no person", "Elon Musk spoke on Monday. The report, released on Tuesday, found that 40% of rivers were polluted.", Reported, "40% of rivers were polluted", None, Some("found")),
        ("is said to: no source, the whole clause", "The minister is said to be furious about the leak.", Reported, "The minister is said to be furious about the leak", None, Some("said")),
        ("X accused Y of … and said C: the accusation", "Angela Merkel accused the government of hiding the figures and said the budget was a fraud.", Reported, "the government of hiding the figures", Some("Angela Merkel"), Some("accused")),
        ("X accused Y of … and said C: the second cue's own claim", "Angela Merkel accused the government of hiding the figures and said the budget was a fraud.", Reported, "the budget was a fraud", Some("Angela Merkel"), Some("said")),
        ("C, the ORG-run ministry said: the organisation that runs it, as after \"according to\"", "At least 30 people were killed overnight, the Hamas-run health ministry said on Saturday.", Reported, "At least 30 people were killed overnight", Some("Hamas"), Some("said")),
        ("he: not the person an honorific calls a she", "Ms Kallas met Mr Rutte on Monday. He said the alliance was united.", Reported, "the alliance was united", Some("Rutte"), Some("said")),
        ("she: not the person an honorific calls a he", "Mr Rutte met Ms Kallas on Monday. She said the alliance was united.", Reported, "the alliance was united", Some("Kallas"), Some("said")),
        ("ORG sources said: unnamed, not the organisation", "The talks had stalled, Kremlin sources said.", Reported, "The talks had stalled", None, Some("said")),
        ("an institution no name fits: nobody", "The Metropolitan Police arrested a man. The ministry said prices would rise.", Reported, "prices would rise", None, Some("said")),
        ("the company: the organisation the text is about", "Shares in Tesco rose on Monday. The company said sales rose.", Reported, "sales rose", Some("Tesco"), Some("said")),
        ("dangling cue", "The talks would resume in March, reports", Reported, "The talks would resume in March", None, Some("reports")),
        ("quote, role noun before the name", "“We will rebuild every house,” spokeswoman Jane Doe said.", Quote, "We will rebuild every house", Some("Jane Doe"), Some("said")),
        ("quote, ORG role noun before the name", "“This is a tragedy for the region,” Kremlin spokesman Dmitry Peskov said.", Quote, "This is a tragedy for the region", Some("Dmitry Peskov"), Some("said")),
        ("quote, X, an appositive, said", "“Nobody expected the water to rise so fast,” Mary Clark, a spokeswoman for the governor, said.", Quote, "Nobody expected the water to rise so fast", Some("Mary Clark"), Some("said")),
        ("quote, X, AGE, said", "“We have lost everything,” Anna Lee, 54, said.", Quote, "We have lost everything", Some("Anna Lee"), Some("said")),
        ("X admitted C (no that)", "Mikel Arteta admitted his team had been too slow.", Reported, "his team had been too slow", Some("Mikel Arteta"), Some("admitted")),
        ("the judge ruled that C", "Judge Robert Pitman blocked the law. The judge ruled that it was unconstitutional.", Reported, "it was unconstitutional", Some("Robert Pitman"), Some("ruled")),
        ("they: the organisation that spoke last", "Analysts at Bernstein said the guidance was cautious. “We think the impact is manageable,” they wrote.", Quote, "We think the impact is manageable", Some("Bernstein"), Some("wrote")),
        ("she: not the man a given name says", "Nancy Northup met John Brown on Monday. She said the ruling was a win.", Reported, "the ruling was a win", Some("Nancy Northup"), Some("said")),
        ("the oil giant: a company's description, the organisation the sentence names", "Shell reported results on Thursday. Profits fell sharply, the oil giant said.", Reported, "Profits fell sharply", Some("Shell"), Some("said")),
        ("after X said, the software maker said: the organisation opening the sentence past an adverb, not the one the text is about", "Broadcom Inc beat forecasts. Broadcom shares rose. Separately, Oracle Corp shares jumped 11% after the software maker said its orders rose.", Reported, "its orders rose", Some("Oracle Corp"), Some("said")),
        ("the chipmaker: the organisation the text is about", "Shares in Nvidia fell. The chipmaker said sales would fall.", Reported, "sales would fall", Some("Nvidia"), Some("said")),
        ("X wrote in a hyphenated setting that C", "Judge Robert Pitman wrote in a 42-page ruling that the law was unconstitutional.", Reported, "the law was unconstitutional", Some("Robert Pitman"), Some("wrote")),
        ("quote, said Dr. X, an appositive", "“We were surprised by how consistent it was,” said Dr. Linda Van Horn, the study's senior author.", Quote, "We were surprised by how consistent it was", Some("Linda Van Horn"), Some("said")),
        ("One told: one of an unnamed group", "Several Labour MPs said they were uneasy. One told the BBC: “People are furious on the doorstep.”", Quote, "People are furious on the doorstep.", None, Some("told")),
        ("X, who …, said C", "Benjamin Netanyahu spoke first. US Secretary of State Antony Blinken, who arrived in Tel Aviv on Saturday, said a deal was within reach.", Reported, "a deal was within reach", Some("Antony Blinken"), Some("said")),
        ("quote, OUTLET quoted X as saying", "Boris Yeltsin left. “Lebed is now in Chechnya solving some problems,” Interfax quoted Viktor Chernomyrdin as saying.", Quote, "Lebed is now in Chechnya solving some problems", Some("Viktor Chernomyrdin"), Some("quoted Viktor Chernomyrdin as saying")),
        ("OUTLET quoted X as saying C", "Boris Yeltsin left. Interfax quoted Viktor Chernomyrdin as saying the plan had been agreed.", Reported, "the plan had been agreed", Some("Viktor Chernomyrdin"), Some("quoted Viktor Chernomyrdin as saying")),
        ("X described Y as “Q”: the subject's words", "Det Supt Claire Hanson said: “Our thoughts are with the family.” Jamal's family described him as “a kind, funny boy who lit up every room”.", Quote, "a kind, funny boy who lit up every room", Some("Jamal's family"), Some("described")),
        ("a person's family is not the person, but a named source", "Jamal Hussain died on Saturday. Jamal's family said the police had been slow.", Reported, "the police had been slow", Some("Jamal's family"), Some("said")),
        ("Ms X's family said: the whole phrase, title kept", "Aisha Mahmood died on Tuesday. Ms Mahmood's family said she was “the heart of everything we did”.", Quote, "the heart of everything we did", Some("Ms Mahmood's family"), Some("said")),
        ("X's lawyers said", "Boris Johnson gave evidence. Boris Johnson's lawyers said the inquiry was unfair.", Reported, "the inquiry was unfair", Some("Boris Johnson's lawyers"), Some("said")),
        ("a statement from his family said: the family of the person the pronoun names, a named source", "Colin Darrow was jailed on Monday. A statement from his family said they were relieved the case was over.", Reported, "they were relieved the case was over", Some("Colin Darrow's family"), Some("said")),
        ("her lawyer said: the lawyer of the person the pronoun names", "Mary Kesh was convicted. Her lawyer said she would appeal.", Reported, "she would appeal", Some("Mary Kesh's lawyer"), Some("said")),
        ("quote, they said after X's family said: the family", "Jamal Hussain died. Jamal's family said the police had been slow. “He was our whole world,” they said.", Quote, "He was our whole world", Some("Jamal's family"), Some("said")),
        ("quote, she said after 'A spokeswoman said' for an organisation: the organisation", "Power cuts hit 43,000 homes, SSEN said. A spokeswoman said engineers were on standby in Shetland. “The safety of our teams has to come first,” she said.", Quote, "The safety of our teams has to come first", Some("SSEN"), Some("said")),
        ("he said after 'a Treasury spokesman said', a person named before: the organisation", "Rachel Reeves spoke in Leeds. A Treasury spokesman said the plan was costed. “Every penny is accounted for,” he said.", Quote, "Every penny is accounted for", Some("Treasury"), Some("said")),
        ("C, according to figures from the BODY: the body named before", "The Independent National Electoral Commission postponed the vote on Saturday. Turnout was about 22%, according to figures from the commission.", Reported, "Turnout was about 22%", Some("Independent National Electoral Commission"), Some("according to")),
        ("Figures from the BODY showed C: the body named before", "The Independent National Electoral Commission postponed the vote on Saturday. Figures from the commission showed turnout was about 22%.", Reported, "turnout was about 22%", Some("Independent National Electoral Commission"), Some("showed")),
        ("quote right after 'chanting': the crowd's, unnamed, not the person who spoke before", "Kipchumba Murkomen said officers acted with restraint. Protesters, most of them in their twenties, marched towards parliament chanting “Ruto must go”.", Quote, "Ruto must go", None, Some("chanting")),
        ("a person's spokesman speaks for the person", "Boris Johnson gave evidence. Mr Johnson's spokesman said he had done nothing wrong.", Reported, "he had done nothing wrong", Some("Boris Johnson"), Some("said")),
        ("a person's office speaks for the person", "Greg Abbott signed the bill. Abbott's office said it would appeal.", Reported, "it would appeal", Some("Greg Abbott"), Some("said")),
        ("quote, PLACE-of title before the name", "“Google has deceived consumers,” District of Columbia Attorney General Karl Racine said in a statement.", Quote, "Google has deceived consumers", Some("Karl Racine"), Some("said in a statement")),
        ("X, a role of ORG, said: the person", "Alan Butler, executive director of the Electronic Privacy Information Center, said the case was important.", Reported, "the case was important", Some("Alan Butler"), Some("said")),
        ("X, a role at ORG, PLACE, told: the person", "Prof Ian Crawford, a planetary scientist at Birkbeck, University of London, told the BBC the findings were intriguing.", Reported, "the findings were intriguing", Some("Ian Crawford"), Some("told")),
        ("ORG's hyphenated-compound body said: the organisation", "Jerome Powell spoke first. In a statement, the Federal Reserve's rate-setting committee said rates would stay high.", Reported, "rates would stay high", Some("Federal Reserve"), Some("said")),
        ("According to ORG, an appositive, C: the appositive is the source's", "According to the Halden Institute, a Paris-based think tank, rents have risen by 9%.", Reported, "rents have risen by 9%", Some("Halden Institute"), Some("According to")),
        ("According to SOURCE familiar with …, C: the source runs to its comma", "According to people familiar with the talks, several officials had argued for keeping two cuts.", Reported, "several officials had argued for keeping two cuts", None, Some("According to")),
        ("quote, X told LISTENERS at a place: the quote's cue", "“The people have placed their faith in us,” Narendra Modi told cheering supporters at the party's headquarters in New Delhi.", Quote, "The people have placed their faith in us", Some("Narendra Modi"), Some("told")),
        ("C, the ROLE, NAME, said: the role is the speaker's, no content", "Three people were killed in Kherson on Thursday, the regional governor, Oleksandr Prokudin, said on Telegram.", Reported, "Three people were killed in Kherson on Thursday", Some("Oleksandr Prokudin"), Some("said")),
        ("quote, X told the OWNER's LISTENER: the listener, no content", "“I am very happy to be here. It is a massive club,” Pedro Neto told the club's website.", Quote, "I am very happy to be here. It is a massive club", Some("Pedro Neto"), Some("told")),
        ("quote, X told reporters at her home", "“The authorities are misusing the law,” Aung San Suu Kyi told reporters at her home.", Quote, "The authorities are misusing the law", Some("Aung San Suu Kyi"), Some("told")),
        ("X claim NAME verbed: a clause", "The lawsuits claim Google continued to collect location data.", Reported, "Google continued to collect location data", None, Some("claim")),
        ("he: the subject ORG role NAME of the sentence before", "Mikel Arteta was furious. “I do not understand it,” Arteta said.\n\nLeicester boss Steve Cooper praised his side. “The players were brilliant,” he said.", Quote, "The players were brilliant", Some("Steve Cooper"), Some("said")),
        ("The NAME party said: the party named in the phrase, not the country its first word names", "Kelvar met Drosk in Pakistan. The Pakistan Tehreek-e-Insaf party said its leader remained in jail.", Reported, "its leader remained in jail", Some("Pakistan Tehreek-e-Insaf"), Some("said")),
        ("quote, the NATIONALITY told: the person named before, not the next sentence's", "Spurs boss Tarvo Kesmar said his team had been poor. “We didn't turn up,” the Australian told Sky Sports.\n\nDario Velk had the best chance but shot wide.", Quote, "We didn't turn up", Some("Tarvo Kesmar"), Some("told")),
        ("his party: not the last party named", "Chandrababu Naidu, whose Telugu Desam Party won 16 seats, backed the alliance. Nitish Kumar also pledged his backing, his party said.", Reported, "Nitish Kumar also pledged his backing", None, Some("said")),
        ("his office: the person's own", "Greg Abbott signed the bill. His office said it would appeal.", Reported, "it would appeal", Some("Greg Abbott"), Some("said")),
        ("the TITLE's office: the organisation named after it", "Deputy Kel Marn works for the Harlow County Sheriff's Office. The sheriff's office said he was on leave.", Reported, "he was on leave", Some("Harlow County Sheriff's Office"), Some("said")),
        ("the TITLE's office: else the office's holder", "Mayor Dena Probst opened the bridge. The mayor's office told reporters that it had cost less than planned.", Reported, "it had cost less than planned", Some("Dena Probst"), Some("told")),
        ("the treasurer: the one so titled", "Treasurer Colm Averill spoke first. The treasurer told parliament that the deficit would fall.", Reported, "the deficit would fall", Some("Colm Averill"), Some("told")),
        ("a whistleblower: an unnamed source, not the person named before", "Dorran Pike runs the plant. A whistleblower who worked there for six years told the paper that checks were skipped.", Reported, "checks were skipped", None, Some("told")),
        ("the coroner: no one else, if no coroner is named", "Elsie Varga, 81, died at home in May. The coroner said her death was accidental.", Reported, "her death was accidental", None, Some("said")),
        ("The source, who …, said C: the unnamed source, not a name in C", "A diplomatic source said on Friday the talks were stuck. The source, who spoke on condition of anonymity, said Vafa Gulizade and Zhirayr Liparityan had met on Wednesday.", Reported, "Vafa Gulizade and Zhirayr Liparityan had met on Wednesday", None, Some("said")),
        ("The documents, filed by …, claim C", "The lawsuits, filed separately by the attorneys general of Texas and Indiana, claim Google continued to collect data.", Reported, "Google continued to collect data", None, Some("claim")),
        ("COUNTRY's ministry: the country", "Moscow said nothing. Russia's defence ministry says its forces have taken the village.", Reported, "its forces have taken the village", Some("Russia"), Some("says")),
        ("plural unnamed groups: not the organisation the text is about", "Shares in Tesco rose. Consumer groups warned that prices were rising.", Reported, "prices were rising", None, Some("warned")),
        ("told X that “Q” had been made: a clause with a quoted subject", "An Israeli official told Reuters that “significant progress” had been made.", Reported, "“significant progress” had been made", None, Some("told")),
        ("the planemaker: the organisation the text is about", "Boeing will cut 17,000 jobs. The planemaker also said it expected a loss.", Reported, "it expected a loss", Some("Boeing"), Some("said")),
        ("quote, a lawyer for the family said: unnamed", "“We will appeal,” a lawyer for the family said.", Quote, "We will appeal", None, Some("said")),
        ("C, a lawyer for the family said: ('family' is no -ly adverb)", "The verdict was wrong, a lawyer for the family said.", Reported, "The verdict was wrong", None, Some("said")),
        ("quote, the owner of the home told", "“It is over,” the owner of the home told reporters.", Quote, "It is over", None, Some("told")),
        ("quote, the 45-year-old said: the person the text is about", "John Smith was charged on Monday. “We are not going anywhere,” the 45-year-old said.", Quote, "We are not going anywhere", Some("John Smith"), Some("said")),
        ("quote, X, who …, told the inquiry", "“It was a mistake,” Boris Johnson, who resigned in 2022, told the inquiry.", Quote, "It was a mistake", Some("Boris Johnson"), Some("told")),
        ("It is believed that C: no source, not the organisation before", "Shares in Tesco fell. It is believed that the chief executive will resign.", Reported, "the chief executive will resign", None, Some("believed")),
        ("It is understood that C", "It is understood that the prime minister will announce the plan on Monday.", Reported, "the prime minister will announce the plan on Monday", None, Some("understood")),
        ("X is understood to …: the whole clause", "The prime minister is understood to be furious.", Reported, "The prime minister is understood to be furious", None, Some("understood")),
        ("X suspected that C", "Scientists have long suspected that the virus jumped from animals to humans.", Reported, "the virus jumped from animals to humans", None, Some("suspected")),
        ("According to X, who …, C: the content after the relative clause", "According to John Smith, who led the inquiry, the errors were systemic.", Reported, "the errors were systemic", Some("John Smith"), Some("According to")),
        ("C, the state weather agency NAME said: modifiers before a description noun", "Spain recorded its hottest June day on Saturday, the state weather agency Aemet said.", Reported, "Spain recorded its hottest June day on Saturday", Some("Aemet"), Some("said")),
        ("C, state media said: unnamed, and 'said' after 'media' is a verb", "The plant was hit overnight, state media said.", Reported, "The plant was hit overnight", None, Some("said")),
        ("C, Spanish media reported", "At least two deaths have been linked to the heat, Spanish media reported.", Reported, "At least two deaths have been linked to the heat", None, Some("reported")),
        ("ORG's role, Dr NAME of ORG, said: the person (an honorific with no period)", "The study's lead author, Dr Maria Chen of Stanford University, said the results were surprising.", Reported, "the results were surprising", Some("Maria Chen"), Some("said")),
        ("X said C, citing …: C stops at the source's source", "The army said 12 soldiers had died, citing preliminary figures.", Reported, "12 soldiers had died", None, Some("said")),
        ("X called Y “Q”", "Kemi Badenoch spoke. Critics called the plan “a betrayal of everyone who voted for us”.", Quote, "a betrayal of everyone who voted for us", None, Some("called")),
        ("X in PLACE accused: X, not the place", "Shareholders led by the Norfolk Pension Fund in England accused Apple of hiding the figures.", Reported, "Apple of hiding the figures", Some("Norfolk Pension Fund"), Some("accused")),
        ("C, official data showed: a source with no person", "The economy grew by 2% last year, official data showed.", Reported, "The economy grew by 2% last year", None, Some("showed")),
        ("C1, X said, C2: the whole sentence", "Sarah Jones farms by the Wye. Now, she says, the river that runs through her land is dying.", Reported, "Now, she says, the river that runs through her land is dying", Some("Sarah Jones"), Some("says")),
        ("OUTLET news agency said", "Three soldiers were killed on Saturday, Interfax news agency said.", Reported, "Three soldiers were killed on Saturday", Some("Interfax"), Some("said")),
        ("people at ORG group said", "Climate scientists at the World Weather Attribution group said rainfall was heavier.", Reported, "rainfall was heavier", Some("World Weather Attribution"), Some("said")),
        ("ORG think-tank said", "Economists at the Resolution Foundation think-tank said wages fell.", Reported, "wages fell", Some("Resolution Foundation"), Some("said")),
        ("quote, said the role, NAME: the name set off after the role", "“Seven thousand is a realistic goal,” said the lead author, Dr Melody Ding.", Quote, "Seven thousand is a realistic goal", Some("Melody Ding"), Some("said")),
        ("ORG plc announced: a legal suffix the name leaves out is no speaker", "Kelmoor Energy plc announced that its profits rose.", Reported, "its profits rose", Some("Kelmoor Energy"), Some("announced")),
        ("ORG plc (LSE: X), a ..., today announced: past the suffix, the ticker and the appositive", "Kelmoor Energy plc (LSE: KEN), a renewable energy company, today announced that its wind farms set a record.", Reported, "its wind farms set a record", Some("Kelmoor Energy"), Some("announced")),
        ("NAME KC said: the letters after a name are no speaker", "Prosecutor James Okoro KC said Ashcroft had spent the money on a villa.", Reported, "Ashcroft had spent the money on a villa", Some("James Okoro"), Some("said")),
        ("C, according to a review published in JOURNAL", "Walking cuts the risk of dementia, according to a review of evidence published in The Lancet Public Health.", Reported, "Walking cuts the risk of dementia", Some("The Lancet Public Health"), Some("according to")),
        ("she after 'Born in …, SURNAME': the subject, not her daughter", "Maggie Lindqvist dies at 91\n\nMaggie Lindqvist, the photographer, has died. Her daughter, Anna Lindqvist, said she died on Sunday. Born in Gothenburg in 1933, Lindqvist taught herself photography. She later said she had taken it without thinking.", Reported, "she had taken it without thinking", Some("Maggie Lindqvist"), Some("said")),
        ("a participle between commas is no cue of its own", "Its Apple Intelligence features, announced last year, have been delayed several times, analysts said.", Reported, "Its Apple Intelligence features, announced last year, have been delayed several times", None, Some("said")),
        ("quote, the Dutchman said: the person the text is about", "Liverpool head coach Arne Slot refused to blame the referee. “We lost the game because we stopped playing,” the Dutchman said.", Quote, "We lost the game because we stopped playing", Some("Arne Slot"), Some("said")),
        ("the agency said: the organisation introduced as one", "Spain's weather agency Aemet put seven regions on alert. The agency said the heat would peak on Thursday.", Reported, "the heat would peak on Thursday", Some("Aemet"), Some("said")),
        ("claims + a negated auxiliary: a clause", "Acme Corp claims it cannot afford the pay rise.", Reported, "it cannot afford the pay rise", Some("Acme Corp"), Some("claims")),
        ("told LISTENER at the SETTING C: the setting is no content", "Putin told reporters at the summit the deal was done.", Reported, "the deal was done", Some("Putin"), Some("told")),
        ("quote, the spokesperson said: the organisation a spokesperson spoke for before", "A Meta spokesperson said the company had settled. Asked whether it would change, the spokesperson said: “We have revamped our approach to privacy.”", Quote, "We have revamped our approach to privacy.", Some("Meta"), Some("said")),
        ("quote, the Italian said: a nationality for the person the text is about", "Chelsea head coach Enzo Maresca spoke on Friday. “He is a fantastic player, but I cannot talk about him,” the Italian said.", Quote, "He is a fantastic player, but I cannot talk about him", Some("Enzo Maresca"), Some("said")),
        ("sources close to NAME said: unnamed sources", "Al-Ahli wanted Osimhen, but sources close to Osimhen said he wanted to stay in Europe.", Reported, "he wanted to stay in Europe", None, Some("said")),
        ("he after 'Shadow health secretary NAME described': the subject", "“Money alone won't fix this,” said Tim Mitchell. Shadow health secretary Edward Argar described the plan as “a reheated announcement”. He claimed that waiting lists had risen.", Reported, "waiting lists had risen", Some("Edward Argar"), Some("claimed")),
        ("quote, NAME, PARTY-STATE, said", "“This is a good outcome for the American people,” Senate Majority Leader Chuck Schumer, D-N.Y., said on the Senate floor.", Quote, "This is a good outcome for the American people", Some("Chuck Schumer"), Some("said")),
        ("NAME, PARTY-STATE, who …, called it “…”: the name", "Chuck Schumer spoke first. Sen. Rand Paul, R-Ky., who voted against the bill, called it “another kick of the can that will fail”.", Quote, "another kick of the can that will fail", Some("Rand Paul"), Some("called")),
        ("Allies of NAME say: unnamed people around a person", "Kemi Badenoch is expected to stand. Allies of Ms Badenoch say she has the support of 20 MPs.", Reported, "she has the support of 20 MPs", None, Some("say")),
        ("quote, said study co-author NAME: a hyphenated role", "“It's a striking result,” said study co-author Prof Mark Thomas of University College London.", Quote, "It's a striking result", Some("Mark Thomas"), Some("said")),
        ("a quote paragraph after 'X said:' ending the paragraph before", "The fine was a record.\n\nEmma Howard Boyd, the agency's chair, said:\n\n“This record fine is a clear message to water companies.”", Quote, "This record fine is a clear message to water companies.", Some("Emma Howard Boyd"), Some("said")),
        ("C, the OUTLET understands", "Ministers have discussed concessions, the Guardian understands.", Reported, "Ministers have discussed concessions", Some("Guardian"), Some("understands")),
        ("quote, ROLE NAME told jurors in …: jurors are the listeners", "“He made a choice,” special prosecutor Tim Merkle told jurors in closing arguments.", Quote, "He made a choice", Some("Tim Merkle"), Some("told")),
        ("X said C but warned that D: the first content ends at 'but'", "Analysts at Jefferies said the results were solid but warned that competition remained fierce.", Reported, "the results were solid", Some("Jefferies"), Some("said")),
        ("X said C but warned that D: the subject warns", "Analysts at Jefferies said the results were solid but warned that competition remained fierce.", Reported, "competition remained fierce", Some("Jefferies"), Some("warned")),
        ("he after 'The ROLE, NAME, described': the name in apposition is the subject", "Prof Tim Key said the study was small. The chief clinician, Prof Charles Swanton, described the results as encouraging. He added that fibre helped.", Reported, "fibre helped", Some("Charles Swanton"), Some("added")),
        ("the ORG-FORM's body said: the organisation by any of its forms", "The Federal Reserve held rates. The Fed's rate-setting committee said inflation had eased.", Reported, "inflation had eased", Some("Federal Reserve"), Some("said")),
        ("the INSTITUTION said: the organisation named with that word", "The European Commission fined Apple. The commission said the fine was fair.", Reported, "the fine was fair", Some("European Commission"), Some("said")),
        ("quote, the TEAM captain told: not a former captain named later", "Ben Stokes said he had never played better. “I just kept telling myself to stay there,” the England captain told Sky Sports. Former England captain Michael Vaughan described the win as “one of the greatest chases”.", Quote, "I just kept telling myself to stay there", Some("Ben Stokes"), Some("told")),
        ("the KIND has said: the one organisation the sentence before named", "Apple unveiled a new phone with its own modem. Qualcomm's shares fell 4% after the announcement. The chipmaker has said it expects Apple to stop buying its modems by 2027.", Reported, "it expects Apple to stop buying its modems by 2027", Some("Qualcomm"), Some("said")),
        ("C, the PARTICIPLE firm said: a participle modifies the description", "Turnout stood at 77.7% at 9pm, the polling firm said.", Reported, "Turnout stood at 77.7% at 9pm", None, Some("said")),
        ("C, the head of the ORG has said, as D: the content is before the cue", "Teachers are at breaking point over pay, the head of the country's largest education union has said, as members prepare to vote.", Reported, "Teachers are at breaking point over pay", None, Some("said")),
        ("quote whose full stop became a comma before its cue: a sentence", "Tom Brennan spoke on Sunday. “Nobody wins from strikes,” he told the BBC.", Quote, "Nobody wins from strikes", Some("Tom Brennan"), Some("told")),
        ("quote, ORG's ROLE, NAME, wrote: the role is the speaker's, the quote a quote only", "“Today we're officially part of Xbox,” Activision's chief executive, Bobby Kotick, wrote in a memo to staff.", Quote, "Today we're officially part of Xbox", Some("Bobby Kotick"), Some("wrote")),
        ("the agency said: an administration is an agency", "The National Highway Traffic Safety Administration opened an inquiry in 2021. The agency said the system was inadequate.", Reported, "the system was inadequate", Some("National Highway Traffic Safety Administration"), Some("said")),
        ("OUTLET has learned that C", "BBC News has learned that ministers are considering a one-off payment.", Reported, "ministers are considering a one-off payment", Some("BBC News"), Some("learned")),
        ("ORG said C. 'Q,' a spokesperson said: the body that just spoke", "The Department for Education said the offer was fair. ‘Teachers deserve a pay rise, and this award delivers one,’ a spokesperson said.", Quote, "Teachers deserve a pay rise, and this award delivers one", Some("Department for Education"), Some("said")),
        ("'Q1. Q2,' the NATIONALITY told X: no one the quote names, though named in its first sentence", "Jannik Sinner won. Carlos Alcaraz, 22, had been bidding for a third title. “Jannik was better today. He deserved it,” the Spaniard told BBC Sport.", Quote, "Jannik was better today. He deserved it", Some("Carlos Alcaraz"), Some("told")),
        ("C, the NATIONALITY INSTITUTION said, in what D: the institution by its nationality, no unnamed source", "About 19,000 people were moved by land and sea, the Greek fire service said, in what officials described as the largest evacuation.", Reported, "About 19,000 people were moved by land and sea", Some("Greek fire service"), Some("said")),
        ("the NATIONALITY military said C, before the country is named", "The Israeli military said it had struck 40 targets. Israel denied it.", Reported, "it had struck 40 targets", Some("Israeli military"), Some("said")),
        ("NAME said DOC showed C but admitted D: the outer cue's speaker, not the document inside its content", "Health Secretary Wes Streeting said the figures showed real progress but admitted there was more to do.", Reported, "there was more to do", Some("Wes Streeting"), Some("admitted")),
        ("a council spokesperson said C: the council the text named, though another sentence came between", "The crossing has seen three collisions, according to figures from Wexbury Borough Council. Campaigners want a cycle lane. A council spokesperson said it would consider any findings.", Reported, "it would consider any findings", Some("Wexbury Borough Council"), Some("said")),
        ("ORG said C. A department spokesman said D: the department that spoke", "The Department for Rural Affairs said the scheme would reopen. A department spokesman said farmers deserved better.", Reported, "farmers deserved better", Some("Department for Rural Affairs"), Some("said")),
        ("ORG did C, a spokesperson said: the body its own sentence opens with", "Network Rail has closed the line after a tree fell, a spokesperson said.", Reported, "Network Rail has closed the line after a tree fell", Some("Network Rail"), Some("said")),
        ("... 'Q,' the spokesperson added: the same spokesperson's body", "Network Rail has closed the line after a tree fell, a spokesperson said. “Our teams are on site,” the spokesperson added.", Quote, "Our teams are on site", Some("Network Rail"), Some("added")),
        ("DATELINE (AGENCY) - C, the KIND said: the organisation the sentence named, not the agency", "MUNICH (Reuters) - Siemens will cut about 1,200 jobs, the German company said on Tuesday.", Reported, "Siemens will cut about 1,200 jobs", Some("Siemens"), Some("said")),
        ("quote, NAME said outside PLACE: a setting, not content", "Ruiz's lawyer spoke. “The verdict rests on the word of men who had every reason to lie,” Mark Feldman said outside the federal courthouse.", Quote, "The verdict rests on the word of men who had every reason to lie", Some("Mark Feldman"), Some("said")),
        ("NAME has confirmed NP-with-a-long-subject will …", "Jeremy Hunt has confirmed the freeze on income tax thresholds will be extended to 2028.", Reported, "the freeze on income tax thresholds will be extended to 2028", Some("Jeremy Hunt"), Some("confirmed")),
        ("X warned that C, and Y said D: C ends before Y", "Hershey has warned that it will raise prices, and Nestle said last month that cocoa costs would weigh on profits.", Reported, "it will raise prices", Some("Hershey"), Some("warned")),
        ("X warned that C, and Y said D: Y says D", "Hershey has warned that it will raise prices, and Nestle said last month that cocoa costs would weigh on profits.", Reported, "cocoa costs would weigh on profits", Some("Nestle"), Some("said")),
        ("C, COUNTRY's BODY said, AFTERTHOUGHT: the afterthought is no content", "North Korea fired a missile into the sea on Sunday, South Korea's military said, the first such launch this year.", Reported, "North Korea fired a missile into the sea on Sunday", Some("South Korea"), Some("said")),
        ("C, she says, CLAUSE: a parenthetical cue", "Sarah Jones farms near the Wye. Now, she says, the river that runs through her land is dying.", Reported, "Now, she says, the river that runs through her land is dying", Some("Sarah Jones"), Some("says")),
        ("C, according to X and Y: joint speakers", "Cases tripled to 127,000, according to the World Health Organization and UNICEF.", Reported, "Cases tripled to 127,000", Some("World Health Organization; UNICEF"), Some("according to")),
        ("the AGENCIES said after joint speakers: the same speakers", "Cases tripled, the World Health Organization and UNICEF said. Rates fell to 93%, the agencies said.", Reported, "Rates fell to 93%", Some("World Health Organization; UNICEF"), Some("said")),
        ("C about an ORG object, the club confirmed: the organisation the text is about", "Arsenal won again on Sunday. Martinelli will miss the game against Chelsea through suspension, the club confirmed.", Reported, "Martinelli will miss the game against Chelsea through suspension", Some("Arsenal"), Some("confirmed")),
        ("NAME, PARTY-STATE named as a place, who …, said", "Sen. Ted Cruz, R-Texas, who voted against the measure, said Congress was wrong.", Reported, "Congress was wrong", Some("Ted Cruz"), Some("said")),
        ("quote, said a PLACE-based ROLE: an unnamed source, not the place", "“Lower output will keep sugar prices firm,” said a Mumbai-based dealer with a global trading firm.", Quote, "Lower output will keep sugar prices firm", None, Some("said")),
        ("C, according to the REGION ORG for X and Y: one organisation, no joint speakers", "Cases rose 160%, according to the Africa Centres for Disease Control and Prevention.", Reported, "Cases rose 160%", Some("Africa Centres for Disease Control and Prevention"), Some("according to")),
        ("C, according to the OWNER-run ministry: the owner", "More than 300 people have been killed, according to the Hamas-run health ministry.", Reported, "More than 300 people have been killed", Some("Hamas"), Some("according to")),
        ("C, UNNAMED and UNNAMED said, as D: joint unnamed sources before the cue", "The death toll rose above 11,000 on Wednesday, officials and medics said, as rescuers battled the cold.", Reported, "The death toll rose above 11,000 on Wednesday", None, Some("said")),
        ("C, OUTLET-KIND NAME projected, AFTERTHOUGHT", "Japan's ruling coalition lost its majority, public broadcaster NHK projected, a blow to the prime minister.", Reported, "Japan's ruling coalition lost its majority", Some("NHK"), Some("projected")),
        ("PEOPLE who said C: unnamed people", "The team used trackers to monitor 25,000 adults in Britain who said they did no exercise.", Reported, "they did no exercise", None, Some("said")),
        ("quote, she said after 'A woman … said': the unnamed woman, not the person named before", "Recep Tayyip Erdogan visited Hatay. A woman in Antakya said her family had waited for two days. “Nobody came. We dug with our hands,” she said.", Quote, "Nobody came. We dug with our hands", None, Some("said")),
        ("quote, she said after 'A man … said': the person named before", "Angela Merkel spoke first. A man in the crowd said the plan would fail. “It will work,” she said.", Quote, "It will work", Some("Angela Merkel"), Some("said")),
        ("C, the REGULATOR said, with no regulator named yet: not the company the sentence is about", "Tesla is recalling 2 million vehicles, the country's top auto safety regulator said on Wednesday.", Reported, "Tesla is recalling 2 million vehicles", None, Some("said")),
        ("C, the regulator said, C's subject a company acting: not the company", "Volvo is recalling 2 million cars, the regulator said on Friday.", Reported, "Volvo is recalling 2 million cars", None, Some("said")),
        ("the REGULATOR said: an authority named before", "The Financial Conduct Authority fined Barclays. The regulator said the bank had failed customers.", Reported, "the bank had failed customers", Some("Financial Conduct Authority"), Some("said")),
        ("the UNION said: an association named before", "Doctors will strike, the British Medical Association has announced. The union said the offer was poor.", Reported, "the offer was poor", Some("British Medical Association"), Some("said")),
        ("NAME added THAT-less clause: a report", "Salah added the referee had been wrong.", Reported, "the referee had been wrong", Some("Salah"), Some("added")),
        ("A, B and C said: three joint speakers", "Microsoft, Meta Platforms and Alphabet said they will raise spending.", Reported, "they will raise spending", Some("Microsoft; Meta Platforms; Alphabet"), Some("said")),
        ("A and B have all said: a quantifier after the subject", "Pfizer and Moderna have all said the shots are safe.", Reported, "the shots are safe", Some("Pfizer; Moderna"), Some("said")),
        ("In PLACE, PLACE said: a comma alone joins no speakers", "In Paris, France said it would act.", Reported, "it would act", Some("France"), Some("said")),
        ("ROLE, HON NAME and HON NAME, said: joint speakers with honorifics", "Its co-chairs, Dr Robert Laurenson and Dr Vivek Trivedi, said members had been left with no choice.", Reported, "members had been left with no choice", Some("Robert Laurenson; Vivek Trivedi"), Some("said")),
        ("C, her sons NAME and NAME said: kin before names", "She died on Friday morning, her sons Chris Larkin and Toby Stephens said.", Reported, "She died on Friday morning", Some("Chris Larkin; Toby Stephens"), Some("said")),
        ("Safety advocates have argued that C: unnamed sources", "Safety advocates have long argued that Autopilot encourages drivers to look away.", Reported, "Autopilot encourages drivers to look away", None, Some("argued")),
        ("ORG said in a report … C, the report said: the organisation's report", "The European Environment Agency said in a report on Monday that air pollution kills 1,200 children a year. Poland had the highest levels, the report said.", Reported, "Poland had the highest levels", Some("European Environment Agency"), Some("said")),
        ("UNNAMED from both sides said C at the sentence's start: unnamed sources", "Officials from both sides said no joint statement was planned.", Reported, "no joint statement was planned", None, Some("said")),
        ("the study found after an organisation spoke of none: no source", "Analysts at Bernstein said the guidance was conservative. The study, published in the journal Nature, found that the drug cut deaths by 20%.", Reported, "the drug cut deaths by 20%", None, Some("found")),
        ("X said C, adding that D: C ends at the participle", "Angela Rayner has said she will not resign, adding that she has nothing to hide.", Reported, "she will not resign", Some("Angela Rayner"), Some("said")),
        ("X said C, insisting D: the participle's own claim", "Angela Rayner has said she will not resign, insisting she has nothing to hide.", Reported, "she has nothing to hide", Some("Angela Rayner"), Some("insisting")),
        ("UNNAMED in St. PLACE said: unnamed sources, not the place", "Officials in St. Lucie County said several people had been killed.", Reported, "several people had been killed", None, Some("said")),
        ("DATELINE (Agency) - said C: the subject was deleted upstream, no source", "BERLIN (Reuters) -  said on Tuesday it would cut 4,000 jobs.", Reported, "it would cut 4,000 jobs", None, Some("said")),
        ("NAME arrived.  said C: a deleted subject after a full stop, not the person before", "Putin arrived in Vladivostok.  said the talks were useful.", Reported, "the talks were useful", None, Some("said")),
        ("in a move that ORG watchers said …: unnamed watchers, not the sentence's subject", "Pope Leo named 21 cardinals, in a move that Vatican watchers said would shape the church.", Reported, "would shape the church", None, Some("said")),
        ("ORG said a NP in … died: a short past tense makes the clause", "The Gardaí said a man in his 40s died in Letterkenny.", Reported, "a man in his 40s died in Letterkenny", Some("Gardaí"), Some("said")),
        ("the NATIONALITY government after another country: that nationality's country", "Prices fell in Britain. The plan failed, the French government said. France will try again.", Reported, "The plan failed", Some("French government"), Some("said")),
        ("the NATIONALITY government with its country named: the country", "Talks in France went on. The French government said the plan had failed.", Reported, "the plan had failed", Some("France"), Some("said")),
        ("the British government: the United Kingdom by its nationality", "Prices fell in Britain. Ireland waited. The plan failed, the British government said.", Reported, "The plan failed", Some("United Kingdom"), Some("said")),
        ("COUNTRY's biggest COMPANY: a company, not the country", "Britain's biggest lender said on Monday that profits fell.", Reported, "profits fell", None, Some("said")),
        ("COUNTRY's biggest INSTITUTION: ranked, so not the country", "Britain's biggest building society said prices rose 0.1%.", Reported, "prices rose 0.1%", None, Some("said")),
        ("C, according to the NATIONALITY health ministry: the country", "More than 3,800 people have been killed in Lebanon, according to the Lebanese health ministry.", Reported, "More than 3,800 people have been killed in Lebanon", Some("Lebanon"), Some("according to")),
        ("ORG did X, saying HYPHENATED-subject C: the participle's clause", "Nestlé cut its sales forecast on Thursday, saying price-conscious shoppers were switching to own-label products.", Reported, "price-conscious shoppers were switching to own-label products", Some("Nestlé"), Some("saying")),
        ("a lawsuit accusing X of …: the charge", "Shareholders filed a lawsuit on Friday accusing Apple of concealing falling demand for iPhones.", Reported, "Apple of concealing falling demand for iPhones", None, Some("accusing")),
        ("quote, BODY NUMBER ROLE NAME told: a number inside the role", "“Our members can hold their heads high,” IAM District 751 president Jon Holden told reporters.", Quote, "Our members can hold their heads high", Some("Jon Holden"), Some("told")),
        ("NAME told LISTENERS he …: the listeners are no content", "Popescu told investigators he did not know the drugs were there.", Reported, "he did not know the drugs were there", Some("Popescu"), Some("told")),
        ("quote, she said after 'One fan, who had flown in for the first PLACE show, told': the unnamed fan (a place's show is no cue)", "Her bandmate, Ana Prado, said she was proud. One fan, who had flown in for the first London show, told the BBC she had spent £600. “I feel terrible for her,” she said.", Quote, "I feel terrible for her", None, Some("said")),
        ("quote, she said after 'One woman in the village of PLACE said': the unnamed woman", "Vassilios Vathrakoyannis spoke to ERT. One woman in the village of Grammatiko said she had lost everything. “We left with only the clothes we were wearing,” she said.", Quote, "We left with only the clothes we were wearing", None, Some("said")),
        ("NAME said hours later that C: a time is no content", "Greg Brockman said hours later that he was quitting.", Reported, "he was quitting", Some("Greg Brockman"), Some("said")),
        ("quote, a spokesman with ORG told X by telephone, adding that C: the same speaker", "“These are powerful weapons,” a spokesman with the Municipal Police told Reuters by telephone, adding that police had not ruled out an attack.", Reported, "police had not ruled out an attack", Some("Municipal Police"), Some("adding")),
        ("PLACE state TITLE NAME, who …, said: the name, not the place", "Utah state Sen. Todd Weiler, who sponsored his state's version, said the laws were working.", Reported, "the laws were working", Some("Todd Weiler"), Some("said")),
        ("a study published in the journal NAME found: no author named, not the journal", "A study published in the journal Nature last month found that the ocean had absorbed more heat.", Reported, "the ocean had absorbed more heat", None, Some("found")),
        ("NAME said C, but that D: one content", "Dr Caroline Holmes said it was too early to say whether the decline would continue, but that the signs were worrying.", Reported, "it was too early to say whether the decline would continue, but that the signs were worrying", Some("Caroline Holmes"), Some("said")),
        ("C, the ACRONYM said: the organisation, though its lower case is 'who'", "Cases are rising, the WHO said.", Reported, "Cases are rising", Some("WHO"), Some("said")),
        ("NAME warned LISTENER that C: the listener is no content", "Mr Lee warned them that the storm was coming.", Reported, "the storm was coming", Some("Lee"), Some("warned")),
        ("NAME reminded LISTENER that C", "Ms Cole reminded voters that the law had changed.", Reported, "the law had changed", Some("Cole"), Some("reminded")),
        ("NAME, who said C, VERB …: C ends with the relative clause", "Mr Biden, who said last week that the plan, which cost $5m, would work, will travel to Paris.", Reported, "the plan, which cost $5m, would work", Some("Biden"), Some("said")),
        ("NAME, who said C, told …: C ends at the comma before the second cue", "Jo Rennick, who said she had lived in the street for 31 years, told the committee she feared for her children.", Reported, "she had lived in the street for 31 years", Some("Jo Rennick"), Some("said")),
        ("Figures from ORG showed X rose to …: a clause without 'that'", "Figures from the ONS showed inflation rose to 3.2% in March.", Reported, "inflation rose to 3.2% in March", Some("ONS"), Some("showed")),
        ("But NAME did X, saying C: the subject after the conjunction", "But Suu Kyi disagreed with the methods, saying officials often arrested supporters at night.", Reported, "officials often arrested supporters at night", Some("Suu Kyi"), Some("saying")),
        ("data submitted to ORG shows C: the receiver is no source", "The commission said new data the group submitted to the Agriculture Department last spring shows the department underestimated the problem.", Reported, "the department underestimated the problem", None, Some("shows")),
        ("the NATIONALITY military said: the country", "Israel struck Gaza again. The Israeli military said it had targeted militants.", Reported, "it had targeted militants", Some("Israel"), Some("said")),
        ("the ORG-run agency said: the organisation that runs it", "Hamas fought on. The Hamas-run civil defence agency said 30 people were killed.", Reported, "30 people were killed", Some("Hamas"), Some("said")),
        ("the court heard that C: a finding cue of court reports", "The court heard that Harwood transferred money to his own account.", Reported, "Harwood transferred money to his own account", None, Some("heard")),
        ("C, it said: the organisation or country that spoke last, not the last place named", "Ukraine's air force said Russia fired 145 drones. Most were shot down, it said.", Reported, "Most were shot down", Some("Ukraine"), Some("said")),
        ("C, according to estimates by ORG: the organisation, though 'estimates' is a cue word", "The strike cost Boeing about $100m a day, according to estimates by Anderson Economic Group, a consultancy.", Reported, "The strike cost Boeing about $100m a day", Some("Anderson Economic Group"), Some("according to")),
        ("ORG, OWNER's role, said C: the name before the appositive, not its owner", "Microsoft, OpenAI's largest backer, said it would invest more.", Reported, "it would invest more", Some("Microsoft"), Some("said")),
        ("C, the company said, although D: C ends at the cue", "Boeing lost $6bn. Workers will return by 12 November, the company said, although it could take weeks to restart production.", Reported, "Workers will return by 12 November", Some("Boeing"), Some("said")),
        ("NAME …, saying only: quote: the participle's speaker", "Enzo Maresca refused to discuss the speculation, saying only: “I am happy with the squad we have.”", Quote, "I am happy with the squad we have.", Some("Enzo Maresca"), Some("saying")),
        ("quote of two sentences, they said, after an unnamed source spoke: the unnamed source", "A man was arrested, Avon and Somerset Police said.\n\nHis family described him as “a loving father who would do anything for anyone”.\n\n“We are heartbroken. Liam was taken from us far too soon,” they said.", Quote, "We are heartbroken. Liam was taken from us far too soon", None, Some("said")),
        ("NAME said in a video posted on … that C: one cue, the participle is the setting's", "Linda Yaccarino said in a video posted on the platform that the boycott had cost billions.", Reported, "the boycott had cost billions", Some("Linda Yaccarino"), Some("said")),
        ("NAME … The prime minister said C: 'prime' is no portfolio, the person the text is about", "Anthony Albanese announced a housing fund. The prime minister said the money would be spent within two years.", Reported, "the money would be spent within two years", Some("Anthony Albanese"), Some("said")),
        ("NAME said she accepted …: the pronoun inside the content is the speaker, who stays the subject", "Margaret Osei runs the trust. Her deputy, Kwame Mensah, said Osei had a habit of turning up unannounced. “She was right,” he said. Osei said she accepted some of the criticism. She believes the trust should have pushed harder.", Reported, "the trust should have pushed harder", Some("Margaret Osei"), Some("believes")),
        ("C, ORG said, an afterthought with an infinitive: C ends before the cue", "A magnitude 7.4 earthquake struck off the coast on Wednesday, the weather agency said, the strongest to hit the island in 25 years.", Reported, "A magnitude 7.4 earthquake struck off the coast on Wednesday", None, Some("said")),
        ("NAME, whose …, accused X of “Q”: the name heads its relative clause", "Dana Levi, whose son Omer is held in Gaza, accused Netanyahu of “sacrificing the hostages”.", Quote, "sacrificing the hostages", Some("Dana Levi"), Some("accused")),
        ("GROUP and GROUP nouns said C: unnamed, not the last person named", "Netanyahu spoke on Friday. Meanwhile, Egyptian and Qatari mediators said talks would resume.", Reported, "talks would resume", None, Some("said")),
        ("GROUP nouns said C at the sentence's start: unnamed", "Netanyahu spoke on Friday. Egyptian mediators said talks would resume.", Reported, "talks would resume", None, Some("said")),
        ("“Q,” ORG said in a statement carried by …: the document's setting is no content", "“This is a precautionary measure,” the ministry said in a statement carried by the state news agency.", Quote, "This is a precautionary measure", None, Some("said in a statement")),
        ("“Q,” ORG said in a statement posted on …: a phrase cue before a cue word is no noun", "“This is a precautionary measure,” the ministry said in a statement posted on its website.", Quote, "This is a precautionary measure", None, Some("said in a statement")),
        ("X said in a statement read outside court that C: an irregular participle's setting is no content", "Sami Rahman died in March. Mr Rahman's family said in a statement read outside court that he was a kind man.", Reported, "he was a kind man", Some("Mr Rahman's family"), Some("said in a statement")),
        ("ORG said in a statement released on DAY that C: the setting is no content", "Nestlé cut jobs. The company said in a statement released on Tuesday that 40 stores would close.", Reported, "40 stores would close", Some("Nestlé"), Some("said in a statement")),
        ("ORG reported, citing SOURCES, that C: the source's source is no content", "ESPN reported last week, citing league sources, that the Lakers are exploring trades.", Reported, "the Lakers are exploring trades", Some("ESPN"), Some("reported")),
        ("quote 'It VERBs, …', NAME said: a pronoun and a verb in -s make a clause", "“It sucks, man,” Reaves said after the game.", Quote, "It sucks, man", Some("Reaves"), Some("said")),
        ("NAME has promised to “…”: the quoted infinitive is the promiser's", "Sir Keir Starmer has promised to “fix the foundations” of the economy.", Quote, "fix the foundations", Some("Keir Starmer"), Some("promised")),
        ("NAME, pledging to “…”, VERB: the participle's subject", "Boris Johnson, pledging to “get Brexit done”, won a majority.", Quote, "get Brexit done", Some("Boris Johnson"), Some("pledging")),
        ("C, the ORG figures showed: the organisation's numbers", "Services inflation rose to 5%, the ONS figures showed.", Reported, "Services inflation rose to 5%", Some("ONS"), Some("showed")),
        ("the officer said right after a named officer spoke: that officer", "Det Supt James Conway said the case was harrowing. The officer said the community had helped police.", Reported, "the community had helped police", Some("James Conway"), Some("said")),
        ("the officer said with no officer speaking before: unnamed", "Police arrested a man. The officer said he was calm.", Reported, "he was calm", None, Some("said")),
        ("C according to ORG, D with no comma before the cue: C is the source's", "Reform UK is polling at 11% according to a YouGov survey for The Times, ahead of the Lib Dems on 9%.", Reported, "Reform UK is polling at 11%", Some("YouGov"), Some("according to")),
        ("The King said C with no king named: unnamed, not the person the text is about", "Maggie Smith has died aged 89. The King said he was deeply saddened by the news.", Reported, "he was deeply saddened by the news", None, Some("said")),
        ("ORG VERB on DAY that C with a cue that takes an object: the clause after 'that' is reported", "Acme Corp announced on Monday that it would build a plant in Ohio.", Reported, "it would build a plant in Ohio", Some("Acme Corp"), Some("announced")),
        ("NAME found last year that C: a date between the finding cue and 'that'", "A study by the Grantham Institute found last year that the heatwave was made likelier by warming.", Reported, "the heatwave was made likelier by warming", Some("Grantham Institute"), Some("found")),
        ("quote, she said after 'A spokesperson for ORG said': the organisation", "Around 150,000 homes are without power, according to the grid operator Veltrane.\n\nA spokesperson for Veltrane said engineers would work through the night. “Our teams are out in force,” she said.\n\nMinister Marie Roux said one person had died.", Quote, "Our teams are out in force", Some("Veltrane"), Some("said")),
        ("quote, he said after a spokesperson, then a named person: the person", "A spokesperson for Veltrane said the convoy had left. Omar Haddad criticised Veltrane for the delay. “The aid is too late,” he said.", Quote, "The aid is too late", Some("Omar Haddad"), Some("said")),
        ("quote, said UNNAMED working in PLACE, who …: the unnamed source, and no content after the cue", "Cases rose in Kivu. “We are almost certainly missing most cases,” said one doctor working in Bukavu, who asked not to be named.", Quote, "We are almost certainly missing most cases", None, Some("said")),
        ("NAME's group found: the person's own group, not the last organisation", "Marta Lindqvist works at the Halvard Institute. Lindqvist's group found that the floods would have been far rarer.", Reported, "the floods would have been far rarer", Some("Marta Lindqvist"), Some("found")),
        ("NAME told the inquiry into the X C: the listener and its subject are no content", "Dana Whitlock told the inquiry into the Grenmoor fire she had trusted her staff.", Reported, "she had trusted her staff", Some("Dana Whitlock"), Some("told")),
        ("NAME told the inquiry into the X she “…”: a mixed quote after the listener", "Dana Whitlock has told the inquiry into the Grenmoor fire she \"was too trusting\" as she gave evidence.", Reported, "she \"was too trusting\" as she gave evidence", Some("Dana Whitlock"), Some("told")),
        ("C, it was reported, after an organisation spoke: no one named", "The Halvard Survey said the quake struck at a depth of 18 km. Thousands of people slept in their cars, it was reported.", Reported, "Thousands of people slept in their cars", None, Some("reported")),
        ("NAME wrote for the majority that C: the setting is no object", "Chief Justice Ellen Marsh wrote for the majority that the programs lacked \"measurable objectives\" and relied on stereotypes.", Reported, "the programs lacked \"measurable objectives\" and relied on stereotypes", Some("Ellen Marsh"), Some("wrote")),
        ("C, according to COUNTRY's ROLE, NAME: the named person, not the country", "Drones hit Kyiv overnight. At least 12 people were killed, according to Ukraine's interior minister, Ihor Klymenko.", Reported, "At least 12 people were killed", Some("Ihor Klymenko"), Some("according to")),
        ("According to ORG's ROLE, NAME, C: the named person", "According to Veltrane's chief executive, Marta Lindqvist, sales fell by a third.", Reported, "sales fell by a third", Some("Marta Lindqvist"), Some("According to")),
        ("UNNAMED who sued ORG said: the unnamed source, not the relative clause's object", "Veltrane lost the case. A lawyer for the students who sued Corvan College said the families were overjoyed.", Reported, "the families were overjoyed", None, Some("said")),
        ("Ms X …. NAME said …. She replied: the titled woman, not the last person of unknown sex", "The inquiry questioned Ms Orla Brandt. Kit Morrow, a former clerk, said the system had failed. She replied that she could not recall the emails.", Reported, "she could not recall the emails", Some("Orla Brandt"), Some("replied")),
        ("NAME was hurt. His father said C: the father of the person the pronoun names", "Dara Quill, 19, was injured in the crash on Friday. His father said the boy was recovering.", Reported, "the boy was recovering", Some("Dara Quill's father"), Some("said")),
        ("NAME told the jury NAME's N was …: the possessive name after the audience opens the content", "Peter Lyle defended Daniel Hart. He told the jury Hart's mother was gravely ill.", Reported, "Hart's mother was gravely ill", Some("Peter Lyle"), Some("told")),
        ("NAME told the court NAME had …: the name after the audience opens the content", "Peter Lyle defended Daniel Hart. He told the court Hart had stopped taking his medication.", Reported, "Hart had stopped taking his medication", Some("Peter Lyle"), Some("told")),
        ("a lawyer for ORG said: someone unnamed, as a lawyer for a person is", "Corvan College lost the case. A lawyer for Corvan College said the ruling would be appealed.", Reported, "the ruling would be appealed", None, Some("said")),
        ("the family of NAME said: the family, not the person", "Alice Brandt died on Monday. The family of Alice Brandt said she was kind to everyone.", Reported, "she was kind to everyone", None, Some("said")),
        ("NAME said C and blamed …: the speaker's second verb is no content", "The council leader, Peter Voss, said it had been a difficult night and blamed national issues.", Reported, "it had been a difficult night", Some("Peter Voss"), Some("said")),
        ("UNNAMED said C and urged …: the speaker's second verb is no content", "Police in Tarnby said two roads were blocked by fallen trees and urged people not to drive.", Reported, "two roads were blocked by fallen trees", None, Some("said")),
        ("NAME said afterwards that C: the adverb is no content", "Duncan Reid said afterwards that he had swum his best race.", Reported, "he had swum his best race", Some("Duncan Reid"), Some("said")),
        ("NAME has said repeatedly that C: the adverb is no content", "Mick Lynch has said repeatedly that he does not want a strike.", Reported, "he does not want a strike", Some("Mick Lynch"), Some("said")),
        ("The PORTFOLIO Secretary said C with no one so titled: the office, not the person who spoke before", "Mick Lynch said members were angry. The Transport Secretary said strikes would be damaging.", Reported, "strikes would be damaging", Some("Transport Secretary"), Some("said")),
        ("The Prime Minister said C with no one so titled, several named: the office, not the last person", "Chancellor Rachel Reeves unveiled the budget. Health Secretary Wes Streeting told the BBC the NHS would get £22bn. The Prime Minister said the budget would fix the foundations.", Reported, "the budget would fix the foundations", Some("Prime Minister"), Some("said")),
        ("the chancellor says: the one introduced as 'the chancellor, X', not the last speaker", "The chancellor, Rachel Reeves, spoke on Monday. Wes Streeting said the NHS was broken. The chancellor says there is no more money.", Reported, "there is no more money", Some("Rachel Reeves"), Some("says")),
        ("the chancellor said: the one introduced as 'X, the chancellor,', not the last speaker", "Rachel Reeves, the chancellor, met bankers. Andrew Bailey said rates would fall. The chancellor said growth was coming.", Reported, "growth was coming", Some("Rachel Reeves"), Some("said")),
        ("the prime minister replied: the one introduced as 'the prime minister, X', not the last speaker", "Foreign Secretary David Lammy flew to Washington after the prime minister, Keir Starmer, spoke to Donald Trump. Mr Trump told Fox News that Britain had to spend more. The prime minister replied that the UK had already raised spending.", Reported, "the UK had already raised spending", Some("Keir Starmer"), Some("replied")),
        ("the prime minister with several named: the lead person, given no title, not the last named", "Keir Starmer is facing a rebellion after Meg Hillier tabled an amendment. Ms Hillier said ministers had not done the work. The prime minister insisted the reforms were right.", Reported, "the reforms were right", Some("Keir Starmer"), Some("insisted")),
        ("the chief minister: the one introduced as Chief Minister, not the Deputy Chief Minister named since", "Chief Minister Devendra Fadnavis announced the package. Deputy Chief Minister Ajit Pawar said the state would borrow more. The chief minister said no farmer would be left behind.", Reported, "no farmer would be left behind", Some("Devendra Fadnavis"), Some("said")),
        ("the home secretary said: not one introduced with another office", "Foreign Secretary David Lammy met Yvette Cooper, the home secretary, on Monday. Mr Lammy said the talks went well. The home secretary said the border plan was ready.", Reported, "the border plan was ready", Some("Yvette Cooper"), Some("said")),
        ("the Prime Minister said after a Deputy Prime Minister: not the deputy", "Deputy Prime Minister Angela Rayner visited Leeds on Monday. Ms Rayner said the homes would be built. The Prime Minister said the target would be met.", Reported, "the target would be met", Some("Prime Minister"), Some("said")),
        ("the head coach said after a named manager: a rank word is no portfolio, the manager", "Luis Mendez said they would fight. The head coach added that Harris was injured.", Reported, "Harris was injured", Some("Luis Mendez"), Some("added")),
        ("the transition team announced C after a company spoke: a team with a task is unnamed, not the company", "Greenfield Energy said it would build a plant. The transition team announced that Delgado will step down.", Reported, "Delgado will step down", None, Some("announced")),
        ("according to the association after an association spoke: the one named with that word", "The Local Government Association said it backed the plan. According to the association, one in four planning posts is vacant.", Reported, "one in four planning posts is vacant", Some("Local Government Association"), Some("According to")),
        ("She'd VERB that C: a pronoun with a contracted auxiliary is the pronoun, not a name", "Anna Reyes said the plan was sound. She'd warned in March that the budget was tight.", Reported, "the budget was tight", Some("Anna Reyes"), Some("warned")),
        ("…, ORG, which said C: the body the relative clause is about, not the last person", "Mike DeWine said the plant was welcome. The announcement follows a move by rival Voltaic Systems, which said in March that it would open a plant in Georgia.", Reported, "it would open a plant in Georgia", Some("Voltaic Systems"), Some("said")),
        ("quote, she said over coffee: a setting after the cue is no content, the quote is hers", "Margaret Osei runs the trust. “It was never my project,” she said over coffee at the market.", Quote, "It was never my project", Some("Margaret Osei"), Some("said")),
        ("NAME said over NUMBER …: an approximator still opens the content", "Police Scotland said over 100 homes were without power.", Reported, "over 100 homes were without power", Some("Police Scotland"), Some("said")),
        ("NAME recalled that C: a finding cue", "Kwame Mensah joined in 2015. He recalled that Osei once stopped a contractor.", Reported, "Osei once stopped a contractor", Some("Kwame Mensah"), Some("recalled")),
        ("The ROLE of PLACE, NAME, told Y that C: the role before the name is no content", "The mayor of Marathon, Stergios Tsirkas, told Skai TV that at least ten homes had burned.", Reported, "at least ten homes had burned", Some("Stergios Tsirkas"), Some("told")),
        ("NAME VERBED …, his office said, after another speaker: the office is the content's subject's", "Stergios Tsirkas said ten homes burned. Prime Minister Kyriakos Mitsotakis cut short a trip abroad, his office said.", Reported, "Prime Minister Kyriakos Mitsotakis cut short a trip abroad", Some("Kyriakos Mitsotakis"), Some("said")),
        ("A NOUN in PLACE found that C: something unnamed in the place, not the place", "A 2021 trial in California found that coffee increased extra heartbeats.", Reported, "coffee increased extra heartbeats", None, Some("found")),
        ("Asked …, NAME laughed. quote, she said: the one asked, not a woman named before", "Fiona Clarke declined to comment. Asked what she would say to voters, Amira Haddad laughed. “Tell them to look at the polls,” she said.", Quote, "Tell them to look at the polls", Some("Amira Haddad"), Some("said")),
        ("Two of them said C: some of a group, unnamed, not the person the text is about", "Joe Biden picked Antony Blinken, according to people familiar with the process. Two of them said the president-elect had decided over the weekend.", Reported, "the president-elect had decided over the weekend", None, Some("said")),
        ("a spokeswoman said C after a sentence naming one organisation: that organisation", "Tesco shares rose 4% on Monday. A spokeswoman said the board had approved the deal.", Reported, "the board had approved the deal", Some("Tesco"), Some("said")),
        ("the union said after 'The ORG union said': the organisation introduced with that kind after its name", "The United Auto Workers union said it would organise workers. “We expect Greenfield to remain neutral,” the union said in a statement.", Quote, "We expect Greenfield to remain neutral", Some("United Auto Workers"), Some("said in a statement")),
        ("NOUN, which ORG said C, VERB …: the content ends with the relative clause", "Acme Corp will build a plant. The plant, which the company said will be its largest, is due to open in 2027.", Reported, "will be its largest", Some("Acme Corp"), Some("said")),
        ("quote, he said after 'The King said': the unnamed king", "Maggie Smith has died aged 89. The King said he was saddened. “She was a national treasure,” he said.", Quote, "She was a national treasure", None, Some("said")),
        ("C, according to a draft seen by OUTLET: the outlet only saw it, the source is unnamed", "EU leaders met on Friday. The deal will create return hubs, according to a draft seen by Reuters.", Reported, "The deal will create return hubs", None, Some("according to")),
        ("The court heard that C: the court listened, the source is unnamed", "Daniel Marsh admitted manslaughter at Bristol Crown Court. The court heard that Marsh had poured petrol through the letterbox.", Reported, "Marsh had poured petrol through the letterbox", None, Some("heard")),
        ("Analysts at ORG raised …, saying that C: the body the sentence opens with", "Analysts at Harlow Partners raised their forecast on Tuesday, saying that supply would tighten.", Reported, "supply would tighten", Some("Harlow Partners"), Some("saying")),
        ("ORG analysts said C: the bank's own", "Harlow Partners analysts said in a note that supply would tighten.", Reported, "supply would tighten", Some("Harlow Partners"), Some("said in a note")),
        ("ORG's analysts wrote in a note to clients that C: a market note is the cue's setting", "Analysts at Harlow Partners wrote in a note to clients that supply would tighten.", Reported, "supply would tighten", Some("Harlow Partners"), Some("wrote in a note")),
        ("ORG was warned that C: the one warned is no speaker either", "Managers at Volvo were warned three times that a works was leaking.", Reported, "a works was leaking", None, Some("warned")),
        ("NAME was told C: the one told is no speaker, the teller is not named", "Jordan Hale, 24, of Leeds, was told he must serve at least 21 years.", Reported, "he must serve at least 21 years", None, Some("told")),
        ("X were told by ORG that C: in the passive, the agent after 'by' speaks, not the one told", "Tom Hale lives in Reading. Residents were told by Thames Water that supplies would return on Friday.", Reported, "supplies would return on Friday", Some("Thames Water"), Some("told")),
        ("PARTY-PEOPLE, meanwhile, said C: people named by party, unnamed, not the person who spoke before", "Rep. Chip Roy said the deal was bad. Democrats, meanwhile, said they were relieved.", Reported, "they were relieved", None, Some("said")),
        ("NAME said the vote showed that “Q”: the quotation is the speaker's, not the finding's", "Mike Johnson said the vote showed that “divided government can still work.”", Quote, "divided government can still work.", Some("Mike Johnson"), Some("said")),
        ("According to X, PARTICIPLE in DATE, C: the participle's setting is no content", "According to the latest ONS figures, published in October, there were 9.4 million incidents of crime.", Reported, "there were 9.4 million incidents of crime", Some("ONS"), Some("According to")),
        ("the force said after a police force spoke: the police named before", "West Yorkshire Police said two boys had been arrested. The force said the investigation was at an early stage.", Reported, "the investigation was at an early stage", Some("West Yorkshire Police"), Some("said")),
        ("a spokesperson for the service said: the service named before", "Greater Manchester Fire and Rescue Service said crews were there. A spokesperson for the service said the cause was not yet known.", Reported, "the cause was not yet known", Some("Greater Manchester Fire and Rescue Service"), Some("said")),
        ("That VERB …, ORG said: a 'that' before a finite verb is the content's subject, not a complementizer", "There were 9.4 million incidents. That was not significantly different from the previous year, the ONS said.", Reported, "That was not significantly different from the previous year", Some("ONS"), Some("said")),
        ("The TITLE told Y that C. NAME said …: the person first named at the next sentence's opening", "Kemi Badenoch said the bill was flawed. The shadow chancellor told the BBC that the government was in chaos. Mel Stride said Labour had no plan.", Reported, "the government was in chaos", Some("Mel Stride"), Some("told")),
        ("The PARTY leader told Y that C among several people, none named beside the party: unnamed", "Keir Starmer said the vote would pass. Sir Jim Mackey said waiting lists had fallen. The Labour leader told reporters that the NHS was turning a corner.", Reported, "the NHS was turning a corner", None, Some("told")),
        ("The PARTY leader told Y that C after the text's first-named person: whom the text is about", "Kemi Badenoch accused Keir Starmer of failing. The Conservative leader told MPs that crossings had risen.", Reported, "crossings had risen", Some("Kemi Badenoch"), Some("told")),
        ("“W!” NAME wrote on X. “Q”: a one-word quotation is the speaker's, and so is the quote after it", "“Done!” Commissioner Ada Velmora wrote on X. “The union is the first to set such rules.”", Quote, "The union is the first to set such rules.", Some("Ada Velmora"), Some("wrote")),
        ("The NOUN of X, who did not want to be named, told …. He said C: the unnamed person, not the officer named before", "Ch Supt Dean Harrow said extra patrols would run. The owner of the bar, who did not want to be named, told the Echo that staff had called an ambulance. He said the venue had co-operated with police.", Reported, "the venue had co-operated with police", None, Some("said")),
        ("A NOUN said she had heard …. “Q,” she said: the unnamed speaker, whom her own 'she' keeps", "Det Insp Ruth Calder said a man was arrested. A neighbour said she had heard shouting. “I saw people running,” she said.", Quote, "I saw people running", None, Some("said")),
        ("A spokesperson said C. NAME (a she by name) was asked …. In a reply, she wrote: “Q”: the named woman, not the spokesperson", "A spokesperson for the ministry said the case was under review. Helen Varga, the permanent secretary, was asked about the delay. In a reply to the committee, she wrote: “We accept that it took too long.”", Quote, "We accept that it took too long.", Some("Helen Varga"), Some("wrote")),
        ("A woman said C. NAME (a he by name) disputed it. She added: “Q”: still the unnamed woman", "A woman, who asked not to be named, said the rent had doubled. Her landlord, Mark Orwin, disputed this. She added: “We cannot pay.”", Quote, "We cannot pay.", None, Some("added")),
        ("ORG was fined. The company said C. According to the campaign group, D: an unnamed group, not the company", "Northbrook Water has been fined £3m. The company said it regretted the spills. According to the campaign group, the river suffered 400 spills this year.", Reported, "the river suffered 400 spills this year", None, Some("According to")),
        ("ORG was fined. ORG2 said C. The campaign group said D: the organisation that spoke, not the one the text is about", "Northbrook Water has been fined £3m. The Wenlow Rivers Trust said the fine was too small. The campaign group said the river was dying.", Reported, "the river was dying", Some("Wenlow Rivers Trust"), Some("said")),
        ("ORG said C. The rights group said D: the organisation with the cause in its name", "Acme Mining denied the claims. Rights Action Kenya said 40 people were held. Acme Mining said it would investigate. The rights group said the detainees were beaten.", Reported, "the detainees were beaten", Some("Rights Action Kenya"), Some("said")),
        ("ORG said C. The think-tank also said D: a think tank is an organisation's description, the one that spoke", "The Halden Institute said taxes would rise. The think-tank also said spending would fall.", Reported, "spending would fall", Some("Halden Institute"), Some("said")),
        ("An UNNAMED, who … (a long relative clause with a he), said C: the unnamed source, not the man who spoke before", "Omar Haddad, the minister, said the schools would reopen in May. A district education officer, who asked not to be named because he was not authorised to speak to the media, said many schools would need to be demolished.", Reported, "many schools would need to be demolished", None, Some("said")),
        ("… by the ROLE, who said: “Q”: the person so titled, not the one who spoke before", "The chancellor, Rachel Reeves, arrived late. Keir Starmer said the budget was fair. He was joined on stage by the chancellor, who said: “We have fixed the foundations.”", Quote, "We have fixed the foundations.", Some("Rachel Reeves"), Some("said")),
        ("C, according to an UNNAMED familiar with …, who said D: the unnamed source, not the sentence's subject", "Norway and Canada met on Tuesday. The two sides did not agree on fishing quotas, according to a diplomat familiar with the talks, who said the issue had been parked.", Reported, "the issue had been parked", None, Some("said")),
        ("The witness was NAME, ROLE, who told …: the name before the appositive", "Mark Cohen said his client was innocent. The star witness was Clara Vinson, the firm's former chief executive, who told jurors he had directed the fraud.", Reported, "he had directed the fraud", Some("Clara Vinson"), Some("told")),
        ("The BODY's ROLE said C with no one so titled: an unnamed officer, not a possessive office nor the person the text is about", "Greens won four seats. The party's co-leader, Tom Rennie, said the Greens were now the main challengers. Reform UK won its first seat. The party's chairman said it was the start of something big.", Reported, "it was the start of something big", None, Some("said")),
        ("COURT ruled that C. The judgment said D: the court that spoke", "The High Court ruled on Monday that the ban was lawful. Ada Brill said she would appeal. The judgment said the company had acted unlawfully.", Reported, "the company had acted unlawfully", Some("High Court"), Some("said")),
        ("ORG …. PERSON said C. The company, which owns A and B, …. It has said D: the organisation the text is about, not the last one listed", "Northwind Foods will cut 300 jobs, the company told staff on Monday. Chief executive Ada Brill said the cuts were painful. The Leeds-based company, which owns Harbin Mills Ltd and Kessel Dairies Ltd, employed 4,000 people last year. It has said it expects sales to fall this year.", Reported, "it expects sales to fall this year", Some("Northwind Foods"), Some("said")),
        ("ORG …. It was later explained that C: an impersonal passive past an adverb, no source", "Harbor Records released the single in 1990. It was later explained that the song was about a drug.", Reported, "the song was about a drug", None, Some("explained")),
        ("COURT upheld …. According to the ruling, C: the court's document, as \"the ruling said\"", "The Court of Appeal upheld the ban on Monday. According to the ruling, the rider had failed to explain the result.", Reported, "the rider had failed to explain the result", Some("Court of Appeal"), Some("According to")),
        ("NAME told a long listener with a number and a possessive that C: the content after \"that\"", "Bishop Amara Leone told the crowd of about 40,000 in St Michael's Square that peace was possible.", Reported, "peace was possible", Some("Amara Leone"), Some("told")),
        ("NAME told reporters at PLACE, an appositive, that C: the content after \"that\"", "Prime Minister Dirk Hoorn told reporters at the Catshuis, his official residence, that he would resign.", Reported, "he would resign", Some("Dirk Hoorn"), Some("told")),
        ("COURT ruled that C. The ruling said D: a document's noun in -ing, the court that spoke", "The Supreme Court ruled on Tuesday that the fee was lawful. The ruling said the statute had been applied correctly.", Reported, "the statute had been applied correctly", Some("Supreme Court"), Some("said")),
        ("In a judgment, COURT said C. The judgment said D: the court whose judgment it is", "Mr Justice Harlow dismissed the claim. In a 40-page judgment, the Court of Appeal said the fees were fair. Mr Harlow spoke later. The judgment said the council had followed the law.", Reported, "the council had followed the law", Some("Court of Appeal"), Some("said")),
        ("The jury heard from NAME, …. She told the court C: the witness heard, not the counsel who spoke before", "Opening the case, Ruth Ashdown KC told the court that the man had lied. The jury heard from Alice Penrose, 64, a retired nurse from Leeds. She told the court she had met him twice.", Reported, "she had met him twice", Some("Alice Penrose"), Some("told")),
        ("Former ROLE NAME, who …, said C: the name after a lower-case role, not the person who spoke before", "Edith Marlow has died. Her son Peter said she died peacefully. Former colleague Dr Owen Tasker, who trained under her in the 1980s, said she was a demanding teacher.", Reported, "she was a demanding teacher", Some("Owen Tasker"), Some("said")),
        ("The TITLE of a long BODY, NAME, VERBED …, saying C: the name in apposition, not the person the text is about", "Edith Marlow has died. The president of the Royal College of Surgeons of Edinburgh, Professor Ian Carrow, paid tribute to her, saying she had been an inspiration.", Reported, "she had been an inspiration", Some("Ian Carrow"), Some("saying")),
        ("The First Minister wrote C with no first minister named: the office, not the person who spoke before", "Edith Marlow has died. The president of the college, Professor Ian Carrow, paid tribute to her. The First Minister wrote on social media that Scotland had lost a great pioneer.", Reported, "Scotland had lost a great pioneer", Some("First Minister"), Some("wrote")),
        ("X said C according to the NOUN with no source in it: a manner inside C, no attribution", "The contractor, Harlan Build, said it had built the bridge according to the specification agreed with the council.", Reported, "it had built the bridge according to the specification agreed with the council", Some("Harlan Build"), Some("said")),
        ("A poll by ORG, published on DAY, found C: the pollster, past the dating participle between commas", "Voters are split. A poll by Pollwise, published on Thursday, found that 52% of employers opposed the plan.", Reported, "52% of employers opposed the plan", Some("Pollwise"), Some("found")),
        ("The ORG survey of N adults found C: the pollster, not its sample", "Voters are split. The Ipsos survey of 1,012 adults found that 58% supported a trial.", Reported, "58% supported a trial", Some("Ipsos"), Some("found")),
        ("NAME's family said in a statement …. “Q,” the statement said: the family's statement", "Jordan Vell died on Sunday. Mr Vell's family said in a statement that they were devastated. “Jordan lit up every room,” the statement said.", Quote, "Jordan lit up every room", Some("Mr Vell's family"), Some("said")),
        ("ORG are also said to VERB: a passive report past an adverb, no speaker", "Ashgrove United drew 1-1 on Saturday. Ashgrove United are also said to be monitoring the midfielder.", Reported, "Ashgrove United are also said to be monitoring the midfielder", None, Some("said")),
        ("Ms X said …. Dr HER-NAME Y said …. She told us C: the she who spoke last, not the one titled Ms before", "The mayor, Ms Dana Croft, said crime fell by 30%. Dr Helen Pask, a criminologist, said the change made comparisons difficult. She told us the survey was more reliable.", Reported, "the survey was more reliable", Some("Helen Pask"), Some("told")),
        ("HEADLINE TITLE … BYLINE, then “Q,” she said: the person named in the body, not the writer under the headline", "Minister grilled over council budget\n\nBy Harriet Velloway, Political Correspondent\n\nOpening the debate, the councillor for Westmere, Imogen Tarrow, asked the leader about the cuts.\n\n“My residents are being asked to pay more for less,” she said.", Quote, "My residents are being asked to pay more for less", Some("Imogen Tarrow"), Some("said")),
        ("The housing secretary says C: a portfolio in -ing, the office, not the person who spoke before", "Janet Crowley said the plan was vague. The housing secretary says the new rules will unlock homes.", Reported, "the new rules will unlock homes", Some("housing secretary"), Some("says")),
        ("ORG said C. “Q,” a company spokesman said: the organisation that just spoke", "Storm warning\n\nFenwick Power said it had 200 engineers on standby. \"We will be ready for the storm,\" a company spokesman said.", Quote, "We will be ready for the storm", Some("Fenwick Power"), Some("said")),
        ("ORG issued a warning. The forecaster said C: the weather service the text is about", "Storm warning\n\nThe Norland Weather Service issued an amber warning for wind on Monday. The forecaster said rivers could burst their banks.", Reported, "rivers could burst their banks", Some("Norland Weather Service"), Some("said")),
        ("NAME said C. The NOUN, now …, said C: an appositive opened by an adverb of time, an unnamed subject, not the person named before", "Colin Marsh said the offer was fair. The old miner, now in his eighties, said the offer was an insult.", Reported, "the offer was an insult", None, Some("said")),
        ("X said he had spoken to the ROLE, NAME, who pledged: “Q”: the person of the relative clause, with its verb", "Mr Hallam said he had spoken to the minister, Greta Vosk, who pledged: “We will fix this.”", Quote, "We will fix this.", Some("Greta Vosk"), Some("pledged")),
        ("X said she had called NAME, who promised her: “Q”: the person of the relative clause", "Ms Trenby said she had called Ivo Dunmore, who promised her: “The road will open in May.”", Quote, "The road will open in May.", Some("Ivo Dunmore"), Some("promised")),
        ("ORG's C, the regulator said: the one-word organisation the sentence opens with, not an unnamed source", "The FWRA's price cap will rise by 10% in January, the regulator said.", Reported, "The FWRA's price cap will rise by 10% in January", Some("FWRA"), Some("said")),
        ("NAME-WORDS ORG C, the ministry said: a company of several words is no ministry, an unnamed source", "Brenmoor Holdings will cut 300 jobs, the ministry said.", Reported, "Brenmoor Holdings will cut 300 jobs", None, Some("said")),
    ];
    check(rows);
}

#[test]
fn flags() {
    let cases: &[(&str, &str, Flag)] = &[
        ("Officials said the talks would resume in March.", "the talks would resume in March", Flag::AnonymousSource),
        ("The talks would resume in March, reports", "The talks would resume in March", Flag::Unattributed),
        ("Police in Manchester said the man was arrested.", "the man was arrested", Flag::AnonymousSource),
        ("Traders said the dollar rose.", "the dollar rose", Flag::AnonymousSource),
        ("Angela Merkel said the talks are likely to resume.", "the talks are likely to resume", Flag::Hedged),
        (
            "The order covers 10 medicines, according to two people familiar with the matter.",
            "The order covers 10 medicines",
            Flag::AnonymousSource,
        ),
        ("The lawsuits, filed by three states, claim Google continued to collect data.", "Google continued to collect data", Flag::AnonymousSource),
        ("Critics say the results cannot be applied widely. They point out that the firms volunteered.", "the firms volunteered", Flag::AnonymousSource),
        ("The man allegedly sold the skeleton online for £4,000.", "The man allegedly sold the skeleton online for £4,000", Flag::Unattributed),
        ("Israel and Hamas are closer to a deal, officials from both sides and from the mediating countries said on Tuesday.", "Israel and Hamas are closer to a deal", Flag::AnonymousSource),
        // an unnamed role or body is an unnamed source, not a missing one
        ("The mayor told residents the water was safe.", "the water was safe", Flag::AnonymousSource),
        // (a role an indefinite appositive describes instead of naming: not the only person named, nor the next)
        ("Flight 2201 landed hard, said Kari Lund of the safety board. The captain, a 52-year-old with 14,000 flying hours, told investigators that the autopilot had failed. Pierre Vidal, the airline's safety chief, said the crew had acted correctly.", "the autopilot had failed", Flag::AnonymousSource),
        ("Turnout was about 61 percent, according to the national vote-counting commission.", "Turnout was about 61 percent", Flag::AnonymousSource),
        ("Posts shared thousands of times on Facebook and X say that the rule bans cash.", "the rule bans cash", Flag::AnonymousSource),
        ("Keir Starmer said the vote was welcome. One minister told the BBC they had been given no warning.", "they had been given no warning", Flag::AnonymousSource),
        ("Jersey recorded gusts of 164km/h (102mph), the island's weather service said.", "Jersey recorded gusts of 164km/h (102mph)", Flag::AnonymousSource),
        ("One senior Tory told the BBC the result was a disaster.", "the result was a disaster", Flag::AnonymousSource),
        // (a nationality before a faith names one unnamed person, not the last person named)
        ("Imam Tariq Osei led the prayers on Friday. A British Muslim said the mosque had been attacked twice.", "the mosque had been attacked twice", Flag::AnonymousSource),
        // some of those polled, not the last speaker nor no one
        ("In a poll of 1,500 workers, 64% said they would back a strike.", "they would back a strike", Flag::AnonymousSource),
        ("A survey was taken and 21 per cent said they would not strike.", "they would not strike", Flag::AnonymousSource),
        // a count of people, not the last named speaker
        ("Marla Quint backs the bill. About 1 in 3 teenagers say they use apps constantly.", "they use apps constantly", Flag::AnonymousSource),
        ("Marla Quint backs the bill. Six teenagers said they had been bullied.", "they had been bullied", Flag::AnonymousSource),
        ("Jurors heard that the pair had met in 2019.", "the pair had met in 2019", Flag::AnonymousSource),
        ("Forecasters say travel disruption is likely.", "travel disruption is likely", Flag::AnonymousSource),
        ("Joe Biden spoke. Several Republicans said they feared a shutdown.", "they feared a shutdown", Flag::AnonymousSource),
        ("More than 3,000 homes lost power, according to the electricity network operator.", "More than 3,000 homes lost power", Flag::AnonymousSource),
        // a person who knows the documents is a person, not the documents
        ("A person familiar with the company's maintenance records said the problems had been logged six times.", "the problems had been logged six times", Flag::AnonymousSource),
        // a quantified group opening the sentence after "But" is the participle's subject, not the last speaker
        ("Hakeem Jeffries said Republicans had caved. But most Democrats backed the bill, saying a shutdown would hurt workers.", "a shutdown would hurt workers", Flag::AnonymousSource),
        // a body named by its members ("board of supervisors") is that body, not the person the text is about
        ("Judge Peter Alvarez thanked the jurors. The county board of supervisors said that it had tightened controls.", "it had tightened controls", Flag::AnonymousSource),
    ];
    for (text, want, flag) in cases {
        let cs = claims(text);
        let c = find(&cs, ClaimKind::Reported, want).unwrap_or_else(|| panic!("{text}: {cs:#?}"));
        assert!(c.flags.contains(flag), "{text}: {:?}", c.flags);
    }
    // the month is no hedge
    let cs = claims("Inflation rose to 3.4% in May, according to the Office for National Statistics.");
    let c = find(&cs, ClaimKind::Reported, "Inflation rose to 3.4% in May").unwrap_or_else(|| panic!("{cs:#?}"));
    assert!(!c.flags.contains(&Flag::Hedged), "{:?}", c.flags);
}

#[test]
fn numbers_and_documents_are_no_unnamed_source() {
    // the evidence is the source: a reported claim with no speaker and no anonymous or unattributed flag
    let cases: &[(&str, &str, &str)] = &[
        ("Election results showed Labour won 412 seats.", "Labour won 412 seats", "showed"),
        ("Official figures show inflation rose.", "inflation rose", "show"),
        ("The study found that coffee drinkers live longer.", "coffee drinkers live longer", "found"),
        ("Taking a daily aspirin could reduce the risk, according to a major new study.", "Taking a daily aspirin could reduce the risk", "according to"),
        ("About 1,200 people were killed, according to Israeli tallies.", "About 1,200 people were killed", "according to"),
        ("Police data revealed that knife crime rose by 7%.", "knife crime rose by 7%", "revealed"),
        ("The council's own report said traffic would rise by 18%.", "traffic would rise by 18%", "said"),
        // a document an outlet saw, or a body's word before the document, is still the document
        ("Agencies were told to prepare for furloughs, according to a memo obtained by NBC News.", "Agencies were told to prepare for furloughs", "according to"),
        ("The plan was dropped, according to documents seen by the BBC.", "The plan was dropped", "according to"),
        ("The firm paid $2m, according to court filings.", "The firm paid $2m", "according to"),
        ("A leaked memo says the system failed four of seven tests.", "the system failed four of seven tests", "says"),
        // (a noun after a possessive is no cue: "an auditor's report" is the source, not "an auditor" reporting)
        ("Richard Eddy spoke. An auditor's report last year warned that the reserves could run out.", "the reserves could run out", "warned"),
        ("One employee wrote that the system was confusing, according to the filing.", "One employee wrote that the system was confusing", "according to"),
        // a charge sheet, a court paper, a study's paper or a call's readout speaks for itself too
        ("The firm hid the defect, according to an indictment unsealed on Friday.", "The firm hid the defect", "according to"),
        ("According to the lawsuit, the company hid the defect for years.", "the company hid the defect for years", "According to"),
        ("The paper concludes that a target of 7,000 steps is realistic.", "a target of 7,000 steps is realistic", "concludes"),
        ("The two leaders spoke for two hours, the readout said.", "The two leaders spoke for two hours", "said"),
        // an unnamed body's numbers are evidence too, as "official data" are
        ("Data from the statistics office show that prices rose 3% in May.", "prices rose 3% in May", "show"),
        ("Figures from the health ministry show that cases fell.", "cases fell", "show"),
        // a thing that shows or suggests is evidence, as a document is
        ("The firm's previous convictions showed that it had not changed.", "it had not changed", "showed"),
        ("Satellite images show the runway was hit twice.", "the runway was hit twice", "show"),
        ("Dara Obi said the result showed that voters wanted change.", "voters wanted change", "showed"),
    ];
    for (text, want, cue) in cases {
        let cs = claims(text);
        let c = find(&cs, ClaimKind::Reported, want).unwrap_or_else(|| panic!("{text}: {cs:#?}"));
        assert_eq!((c.speaker.as_deref(), c.cue.as_deref()), (None, Some(*cue)), "{text}");
        assert!(!c.flags.contains(&Flag::AnonymousSource) && !c.flags.contains(&Flag::Unattributed), "{text}: {:?}", c.flags);
    }
    // people are still unnamed sources, and "they" after a study is its unnamed authors
    let cs = claims("Officials said the talks would resume.");
    assert!(find(&cs, ClaimKind::Reported, "the talks would resume").is_some_and(|c| c.flags.contains(&Flag::AnonymousSource)), "{cs:#?}");
    let cs = claims("A neighbour revealed that the family had left.");
    assert!(find(&cs, ClaimKind::Reported, "the family had left").is_some_and(|c| c.flags.contains(&Flag::AnonymousSource)), "{cs:#?}");
    let cs = claims("The deal is close, according to people familiar with the report.");
    assert!(find(&cs, ClaimKind::Reported, "The deal is close").is_some_and(|c| c.flags.contains(&Flag::AnonymousSource)), "{cs:#?}");
    // "it" after a document that spoke is the document, not the last organisation named
    let cs = claims("Network Rail won the contract. A memo says the system failed four of seven tests. It notes that no backup had been bought.");
    assert!(find(&cs, ClaimKind::Reported, "no backup had been bought").is_some_and(|c| c.speaker.is_none()), "{cs:#?}");
    let cs = claims("Drinking may raise the risk of cancer, according to a new study. They found that drinkers had a higher risk.");
    assert!(find(&cs, ClaimKind::Reported, "drinkers had a higher risk").is_some_and(|c| c.flags.contains(&Flag::AnonymousSource)), "{cs:#?}");
}

#[test]
fn beliefs_and_feelings_are_reported_and_hedged() {
    use ClaimKind::Reported;
    let rows: &[Row] = &[
        ("ORG felt C", "Acme Corp agreed to buy Bolt Ltd on Monday. The company felt the deal was fair.", Reported, "the deal was fair", Some("Acme Corp"), Some("felt")),
        ("NAME thinks C", "Maria Lopez runs the bakery. She thinks prices will fall.", Reported, "prices will fall", Some("Maria Lopez"), Some("thinks")),
        ("unnamed believe C", "Officials believe the fire was started deliberately.", Reported, "the fire was started deliberately", None, Some("believe")),
        ("NAME reckons that C", "Tom Hale reckons that the club will be relegated.", Reported, "the club will be relegated", Some("Tom Hale"), Some("reckons")),
        // a vow is no reported claim (GUIDELINES), but the quotation after its colon is the subject's
        ("NAME vowed: “Q”", "Anna Reyes vowed: “We will not back down.”", ClaimKind::Quote, "We will not back down.", Some("Anna Reyes"), Some("vowed")),
        ("The ROLE, NAME, vowed: “Q”: the name in apposition", "Lena Ortiz spoke first. The minister, Tomas Varga, vowed: “We will not back down.”", ClaimKind::Quote, "We will not back down.", Some("Tomas Varga"), Some("vowed")),
        ("plural professionals think C, C's verb in -s and no auxiliary", "Doctors think the drug works by improving blood flow.", Reported, "the drug works by improving blood flow", None, Some("think")),
        ("figures from ORG show C, C's subject of three words with an -ly adjective", "Figures from the Weather Bureau show the average monthly rainfall reached 140mm in July.", Reported, "the average monthly rainfall reached 140mm in July", Some("Weather Bureau"), Some("show")),
        ("figures show C, C's verb in -s", "The figures show the new scheme helps older patients.", Reported, "the new scheme helps older patients", None, Some("show")),
    ];
    check(rows);
    let cs = claims("Tom Hale reckons that the club is in trouble.");
    assert!(find(&cs, Reported, "the club is in trouble").is_some_and(|c| c.flags.contains(&Flag::Hedged)), "{cs:#?}");
    // a feeling of something, the writer's own view and a think tank report nothing
    for text in ["He felt tired after the match.", "Residents felt the tremor at 3am.", "I think the minister is wrong.", "Economists at the Resolution think tank said the cuts would hurt.", "Officials said that if experts think the data is significant, the agency could reopen its study."] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.cue.as_deref().is_none_or(|q| !matches!(q, "felt" | "think"))), "{text}: {cs:#?}");
    }
    // an impersonal passive has no source, not the last name before it
    let cs = claims("The United States agreed. She held on until the 28th week, when it was thought the baby would have a better chance.");
    let c = find(&cs, ClaimKind::Reported, "the baby would have a better chance").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((c.speaker.as_deref(), c.cue.as_deref()), (None, Some("thought")), "{cs:#?}");
}

#[test]
fn unseen_style_attributions() {
    use ClaimKind::{Quote, Reported};
    let rows: &[Row] = &[
        // bare plural office: unnamed people, not the two people named before
        ("Ministers said C after two named people", "Keir Starmer met Emmanuel Macron in Paris. Ministers said the deal would be signed in May.", Reported, "the deal would be signed in May", None, Some("said")),
        ("X died, her family said: the family of the person the content names", "Ada Okoro died on Friday, her family said.", Reported, "Ada Okoro died on Friday", Some("Ada Okoro's family"), Some("said")),
        ("C, figures published on DATE showed: a participle dating the subject is no content", "Wages grew by 5.2% in the year to October, figures published on Tuesday showed.", Reported, "Wages grew by 5.2% in the year to October", None, Some("showed")),
        ("the crown prince: the one introduced so", "Saudi Crown Prince Mohammed bin Salman spoke on Monday. \u{201c}The kingdom renews its rejection,\u{201d} the crown prince said.", ClaimKind::Quote, "The kingdom renews its rejection", Some("Mohammed bin Salman"), Some("said")),
        ("the emir: the one introduced so", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, spoke. The emir said talks would go on.", Reported, "talks would go on", Some("Tamim bin Hamad Al Thani"), Some("said")),
        ("the authors: the one the text titled so, not the two it is about", "Caroline Holmes, the lead author, said it was new. Ted Scambos, who was not involved, was cautious. The ice could melt faster, the authors warned.", Reported, "The ice could melt faster", Some("Caroline Holmes"), Some("warned")),
        ("the two leaders: two, though one alone was titled leader", "Russian President Vladimir Putin met North Korean leader Kim Jong Un. The two leaders said the talks went well.", Reported, "the talks went well", Some("Vladimir Putin; Kim Jong Un"), Some("said")),
        ("The two leaders said C: still the two named", "Keir Starmer met Emmanuel Macron in Paris. The two leaders said the deal would be signed in May.", Reported, "the deal would be signed in May", Some("Keir Starmer; Emmanuel Macron"), Some("said")),
        // a finding whose clause opens with a count
        ("figures show N people have died", "Figures from the interior ministry show 19 people have died on the mountain since June.", Reported, "19 people have died on the mountain since June", None, Some("show")),
        // the passive agent of "quoted" relays; the subject speaks (hyphens before "as saying")
        (
            "X was quoted by AGENCY as saying C",
            "Mohammad Bagher Ghalibaf was quoted by the semi-official Tasnim news agency as saying that Iran would reconsider its cooperation.",
            Reported,
            "Iran would reconsider its cooperation",
            Some("Mohammad Bagher Ghalibaf"),
            Some("was quoted by the semi-official Tasnim news agency as saying"),
        ),
        // an agency's head by title after the quotation: "acting administrator", "police commissioner"
        ("QUOTE, ORG acting administrator NAME said", "\"It was a beautiful launch,\" Nasa acting administrator Jane Petrov said.", Quote, "It was a beautiful launch", Some("Jane Petrov"), Some("said")),
        ("QUOTE, commissioner NAME said", "\"We will find them,\" police commissioner Dan Okafor said.", Quote, "We will find them", Some("Dan Okafor"), Some("said")),
        // "the company" after "Shares in X fell": X, not the organisation named most before
        (
            "Shares in X fell after the company said C",
            "The Zentex 40 index fell. Zentex traders were busy at Zentex. Shares in Korvana fell 3% after the company said output would be lower.",
            Reported,
            "output would be lower",
            Some("Korvana"),
            Some("said"),
        ),
        // the body before an appositive giving its other name; a sentence with "compiled by" inside is no credit line
        ("C, BODY, known as ALIAS, said", "The fire had burned 3,000 acres, the Vessia Department of Forestry, known as Vess Fire, said.", Reported, "The fire had burned 3,000 acres", Some("Vessia Department of Forestry"), Some("said")),
        // a party alliance speaks for itself, not the organisation named most before it
        (
            "The Coalition disputes X and says C",
            "The Senate will vote. The Senate sits on Monday. The Coalition disputes the figure and says its own costings put the bill at $116 billion.",
            Reported,
            "its own costings put the bill at $116 billion",
            Some("Coalition"),
            Some("says"),
        ),
        // "they" after a sentence opened by plural unnamed people is them, not the source that spoke last
        (
            "Researchers at X analysed …. They found C",
            "Walking cuts risk of early death, according to a review published in the Varden Medical Journal. Researchers at Harwick University analysed data from 57 studies. They found that the benefits levelled off above 7,000 steps.",
            Reported,
            "the benefits levelled off above 7,000 steps",
            None,
            Some("found"),
        ),
        // "X said C and Y warned D" with no comma: two contents; a modal after the listener makes a clause, no directive
        ("X said C and Y warned D: C", "The Varden Chamber said the increase would hit firms hard and the Harwick Business Council warned it could lead to fewer jobs.", Reported, "the increase would hit firms hard", Some("Varden Chamber"), Some("said")),
        ("X said C and Y warned D: D", "The Varden Chamber said the increase would hit firms hard and the Harwick Business Council warned it could lead to fewer jobs.", Reported, "it could lead to fewer jobs", Some("Harwick Business Council"), Some("warned")),
        ("C, according to data compiled by X", "Sales rose 2.4%, according to data compiled by Korvana Analytics.", Reported, "Sales rose 2.4%", Some("Korvana Analytics"), Some("according to")),
    ];
    check(rows);
    // numbers opening the sentence, with a participle before the cue: no unattributed flag
    let cs = claims("Official figures published last week showed 36,816 people crossed the Channel in 2024.");
    let c = find(&cs, Reported, "36,816 people crossed the Channel in 2024").unwrap_or_else(|| panic!("{cs:#?}"));
    assert!(c.flags.is_empty(), "{:?}", c.flags);
    // "added to" is an increase, and the writer's own suspicion is no one's report
    for (text, cue) in [("The storm added to the misery of residents, officials said.", "added"), ("Costs rose 3%, data showed, adding to fears that rates will stay high.", "adding"), ("I suspect voters will decide the question for them.", "suspect")] {
        assert!(claims(text).iter().all(|c| c.cue.as_deref() != Some(cue)), "{text}: {:#?}", claims(text));
    }
    let cs = claims("Police suspect the fire was started deliberately.");
    assert!(find(&cs, Reported, "the fire was started deliberately").is_some_and(|c| c.flags.contains(&Flag::Hedged)), "{cs:#?}");
}

#[test]
fn asides_subordinate_clauses_and_unnamed_pronouns() {
    use ClaimKind::{Quote, Reported};
    let rows: &[Row] = &[
        // an unnamed speaker's phrase with no sex still takes the "he" right after it
        (
            "another objector said C. “Q,” he said",
            "Jean Whitmore said the roads were full. Another objector said the centre would never be staffed. “They promised us a surgery,” he said.",
            Quote,
            "They promised us a surgery",
            None,
            Some("said"),
        ),
        // a bracketed aside opening the content, and one after the cue
        ("told Y (translated from Spanish) that C", "Juan Ramón de la Fuente told the newspaper El Universal (translated from Spanish) that Mexico had nothing to hide.", Reported, "Mexico had nothing to hide", Some("Juan Ramón de la Fuente"), Some("told")),
        ("“Q,” NAME told Y (translated).", "“The mountain is changing faster than our habits,” Éric Fournier told France Bleu radio (translated).", Quote, "The mountain is changing faster than our habits", Some("Éric Fournier"), Some("told")),
        // a cue in the subordinate clause that opens the sentence: its content ends before the main clause
        ("After X said C, MAIN", "After police said the man had fled, residents locked their doors.", Reported, "the man had fled", None, Some("said")),
    ];
    check(rows);
    // a finding cue's quotation after a colon ("posted on X: “…”")
    check(&[("NAME posted on X: “Q”", "Torsten Bell posted on X: “Threshold freezes are tax rises by another name.”", Quote, "Threshold freezes are tax rises by another name.", Some("Torsten Bell"), Some("posted"))]);
    // a finding with an object and a coordinated verb reports nothing: "showed an association and could not prove …"
    let cs = claims("Michael Lipton said the study showed an association and could not prove that heading caused the damage.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("showed")), "{cs:#?}");
    // a wire dateline opening the sentence is no part of its content nor of its fact
    let text = "OSLO, Norway, June 12, 2026 (GLOBE NEWSWIRE) -- Bluefin Energy on Thursday signed a supply deal, the company announced.";
    assert!(find(&claims(text), Reported, "Bluefin Energy on Thursday signed a supply deal").is_some(), "{:#?}", claims(text));
    let text = "New Delhi, June 4 (Reuters) - Narendra Modi won a third term on Tuesday.";
    assert!(find(&claims(text), ClaimKind::Factual, "Narendra Modi won a third term on Tuesday.").is_some(), "{:#?}", claims(text));
    // "in its last quarterly report that": a noun, no second claim
    let cs = claims("The IAEA said in its last quarterly report that Iran's stockpile had grown to 275 kg.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("report")), "{cs:#?}");
}

#[test]
fn a_setting_before_a_colon_is_no_content() {
    // "wrote on X:" is "wrote:", and the title before an appositive name is no content either
    let text = "The Spanish Prime Minister, Pedro Sánchez, wrote on X: “All our resources are at the disposal of the affected areas.”";
    let cs = claims(text);
    let q = find(&cs, ClaimKind::Quote, "All our resources are at the disposal of the affected areas.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Pedro Sánchez"), Some("wrote")));
    // a setting after the cue and no clause is no content either
    let cs = claims("“This decision is flawed,” Nick Clegg, its president, and Jennifer Newstead, its chief legal officer, said in a blog post.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
}

#[test]
fn a_place_before_a_colon_is_no_content() {
    let text = "One victim, a retired nurse, said outside court: “He took everything we had.”";
    let cs = claims(text);
    let q = find(&cs, ClaimKind::Quote, "He took everything we had.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
}

#[test]
fn an_interview_s_answers_are_the_interviewee_s() {
    let text = "Ruth Okafor has measured ice in the Alps for twenty years. She spoke to Hannah Weiss.\n\nQ: How fast are the glaciers shrinking?\n\nA: Swiss glaciers lost 10% of their volume in two years. Okafor's data are not in dispute.\n\nQ: Is there hope?\n\nA: Yes.";
    let cs = claims(text);
    let a = find(&cs, ClaimKind::Quote, "Swiss glaciers lost 10% of their volume in two years. Okafor's data are not in dispute.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((a.speaker.as_deref(), a.cue.as_deref(), a.rule), (Some("Ruth Okafor"), None, "interview_answer"));
    // the answer's sentences are not the writer's facts, and a one-word answer is no claim
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual || !c.text.contains("Swiss")), "{cs:#?}");
    assert!(cs.iter().all(|c| c.text != "Yes."), "{cs:#?}");
    // the writer named in the byline is no interviewee
    let text = "Chief warns of cuts\n\nBy Owen Pritchard\n\nChief Constable Angela Morrow spoke on Monday.\n\nQ: Will you resign?\n\nA: No. My job is to find out what happened.";
    let cs = claims(text);
    let a = find(&cs, ClaimKind::Quote, "No. My job is to find out what happened.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(a.speaker.as_deref(), Some("Angela Morrow"));
    // without questions, "A:" is no answer
    let cs = claims("A: Swiss glaciers lost 10% of their volume in two years.");
    assert!(cs.iter().all(|c| c.rule != "interview_answer"), "{cs:#?}");
    // questions standing as paragraphs with no "Q:", answered in the first person: an interview too
    let text = "Anna Reyes became transport commissioner in January.\n\nWhy did you take the job?\n\nBecause buses here are slower than they were in 1990. I want to fix that.\n\nYour critics say you want to punish drivers.\n\nThat is not true. We will add 20 miles of bus lanes next year.\n\nWhat comes next?\n\nMore trams.";
    let cs = claims(text);
    let a = find(&cs, ClaimKind::Quote, "That is not true. We will add 20 miles of bus lanes next year.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((a.speaker.as_deref(), a.rule), (Some("Anna Reyes"), "interview_answer"));
    assert!(cs.iter().all(|c| !(c.rule == "interview_answer" && c.text.contains("critics"))), "{cs:#?}");
    // the story going on after the last answer is the writer's again, and does not count against the answers
    let text = "Anna Reyes became transport commissioner in January.\n\nWhy take the job?\n\nBecause buses here are slower than they were in 1990. I want to fix that.\n\nCritics say the levy will hurt small shops.\n\nWe looked at that, and footfall rose.\n\nWhere will the money come from?\n\nFrom the parking levy, which the city already collects.\n\nWhat comes next?\n\nI'd say more trams, and we have costed them.\n\nReyes faces a budget vote on May 2.\n\nCouncil leader Tom Hale backed the plan in March.\n\nThe council meets on Friday.";
    let cs = claims(text);
    let a = find(&cs, ClaimKind::Quote, "From the parking levy, which the city already collects.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((a.speaker.as_deref(), a.rule), (Some("Anna Reyes"), "interview_answer"));
    assert!(cs.iter().all(|c| !(c.rule == "interview_answer" && c.text.contains("budget vote"))), "{cs:#?}");
    // (a prompt with no "you" between two answers, restating what others say: no answer)
    assert!(cs.iter().all(|c| !(c.rule == "interview_answer" && c.text.contains("Critics"))), "{cs:#?}");
    // (one sentence of the interviewer's with no "you" between answers in the first person: a prompt, no answer)
    let text = "Ruth Adeyemi won the prize on Tuesday.\n\nDid you think you had a chance?\n\nHonestly, no. I had written my speech for losing.\n\nThe judges called it a book about inheritance.\n\nI think that's right. My mother left Lagos in 1974.\n\nWhat next?\n\nA novel. I have 40,000 words.";
    let cs = claims(text);
    assert!(find(&cs, ClaimKind::Quote, "I think that's right. My mother left Lagos in 1974.").is_some(), "{cs:#?}");
    assert!(cs.iter().all(|c| !(c.rule == "interview_answer" && c.text.contains("judges"))), "{cs:#?}");
    // an answer that is one quotation is one quote claim, without its marks
    let text = "Mikel Arteta spoke on Friday.\n\nQ: Is Martin Odegaard ready?\n\nA: \"Martin is fine. He's had a full week and he's ready.\"";
    let cs = claims(text);
    assert_eq!(cs.iter().filter(|c| c.kind == ClaimKind::Quote).count(), 1, "{cs:#?}");
    assert!(find(&cs, ClaimKind::Quote, "Martin is fine. He's had a full week and he's ready.").is_some(), "{cs:#?}");
    // an explainer's answers, in the third person, are the writer's own
    let text = "MPs will vote on Friday.\n\nWhat does the bill propose?\n\nThe bill would let adults end their lives from 2026.\n\nWho is behind it?\n\nIt was introduced by Kim Leadbeater in October.";
    assert!(claims(text).iter().all(|c| c.rule != "interview_answer"), "{:#?}", claims(text));
    // one question heading an explainer box is no interview, though a reported line later sits between quotations
    let text = "Dr Ines Moll checked the data.\n\nWhat is a retraction?\n\nA journal retracts a paper when its findings are found to be unreliable.\n\n\u{201c}The numbers did not add up,\u{201d} Dr Moll said.\n\nDr Moll said she had spent about 200 hours on it.\n\n\u{201c}Nobody pays you to do this,\u{201d} she said. \u{201c}But we must check each other's work.\u{201d}";
    assert!(claims(text).iter().all(|c| c.rule != "interview_answer"), "{:#?}", claims(text));
}

#[test]
fn a_transcript_s_lines_are_their_speakers_quotes() {
    let text = "Secretary Halvorsen spoke to Jane Doe on Sunday.\n\nDOE: Is a ceasefire still possible?\n\n\
                HALVORSEN: I think it is. We are working with Egypt to close the gaps.\n\nDOE: And if it fails?\n\n\
                HALVORSEN: Then the responsibility lies with Hamas.";
    let cs = claims(text);
    let q = find(&cs, ClaimKind::Quote, "I think it is. We are working with Egypt to close the gaps.");
    assert!(q.is_some_and(|c| c.speaker.as_deref() == Some("Halvorsen") && c.rule == "transcript_line"), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Quote, "Then the responsibility lies with Hamas.").is_some(), "{cs:#?}");
    // questions assert nothing, and the writer's sentences about the speakers stay the writer's
    assert!(cs.iter().all(|c| !c.text.ends_with('?')), "{cs:#?}");
    // labels of a live blog are no speakers
    let cs = claims("UPDATE: The bridge has reopened, police said.\n\nUPDATE: Two lanes are closed.\n\nBREAKING: Trains have stopped.");
    assert!(cs.iter().all(|c| c.rule != "transcript_line"), "{cs:#?}");
}

#[test]
fn a_quote_signed_after_a_dash_is_the_signer_s() {
    let text = "Angela Merkel spoke first.\n\n“We are ready to talk, but not at any price” — Emmanuel Macron, speaking in Paris.";
    let cs = claims(text);
    let q = find(&cs, ClaimKind::Quote, "We are ready to talk, but not at any price").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref(), q.rule), (Some("Emmanuel Macron"), None, "quote_signed"));
}

#[test]
fn an_embedded_post_is_its_signer_s_quote() {
    // the signature on the next line, or after the words on the same line (a trailing link dropped)
    for text in [
        "Elon Musk played down the failure.\n\nSuccess is uncertain, but entertainment is guaranteed!\n— Elon Musk (@elonmusk) January 16, 2025",
        "Elon Musk played down the failure.\n\nSuccess is uncertain, but entertainment is guaranteed! pic.twitter.com/x2 — Elon Musk (@elonmusk) January 16, 2025",
    ] {
        let cs = claims(text);
        let q = find(&cs, ClaimKind::Quote, "Success is uncertain, but entertainment is guaranteed!").unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!((q.speaker.as_deref(), q.cue.as_deref(), q.rule), (Some("Elon Musk"), None, "social_post"));
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual || !c.text.starts_with("Success")), "{cs:#?}");
    }
}

#[test]
fn a_name_and_its_appositive_before_the_cue_is_no_content() {
    // a ticker in parentheses, a press release's dateline before the name: the subject, not what was announced
    for text in [
        "Acme Robotics Inc. (NASDAQ: ACME), a leader in warehouse automation, today announced results for the third quarter.",
        "SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme Robotics Inc., a leader in warehouse automation, today announced results for the quarter.",
        // after a quotation, a role opened by a determiner or possessive before the name: the speaker phrase
        "\u{201c}The claims are false,\u{201d} her lawyer, Dana Wilks, said in a statement.",
        "\u{201c}Our reporter is not a spy,\u{201d} the paper's editor-in-chief, Ola Brenn, said.",
    ] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{text}: {cs:#?}");
    }
}

#[test]
fn added_a_quantity_is_no_report() {
    let cs = claims("Danny Tartabull added two hits as the Sox won. He added the plan would take years.");
    assert!(cs.iter().all(|c| !c.text.starts_with("two hits")), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Reported, "the plan would take years").is_some(), "{cs:#?}");
    // a goal, a signing, "added time": objects, no clause
    let cs = claims("Watkins scored and Duran added a late second. Atletico added Raspadori from Napoli. He won it in added time, turning in a low ball.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    // "conceded defeat": an object, not a clause
    let text = "Mr. Ba conceded defeat on Monday and congratulated Mr. Faye.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    assert!(find(&claims("Mr. Ba conceded the process had been slow."), ClaimKind::Reported, "the process had been slow").is_some());
    // "informed the King earlier in the day": a listener and a setting, no content
    let cs = claims("A Downing Street spokesman said the prime minister had informed the King earlier in the day.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("informed")), "{cs:#?}");
    // "its investigation had found": the speaker's own finding, no source-less claim; "his doctors" are others
    let cs = claims("NHTSA said its two-year investigation had found that the system was inadequate.");
    assert!(cs.iter().all(|c| !c.flags.contains(&Flag::Unattributed) && !c.flags.contains(&Flag::AnonymousSource)), "{cs:#?}");
    let cs = claims("He said his doctors have told him there was only a slim chance.");
    assert!(find(&cs, ClaimKind::Reported, "there was only a slim chance").is_some_and(|c| c.cue.as_deref() == Some("told")), "{cs:#?}");
    let cs = claims("“Today we're officially part of Xbox,” Activision's chief executive, Bobby Kotick, wrote in a memo to staff.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    // "adding a food court": an object after a participle, and no speaker after it
    let text = "In 1991, the mall expanded, adding a food court and three new anchors.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Factual, text).is_some(), "{cs:#?}");
}

#[test]
fn a_short_phrase_ending_the_sentence_after_told_is_the_listener() {
    for text in [
        "\u{201c}The state has deliberately structured this law,\u{201d} she told the justices.",
        "\u{201c}We were ready,\u{201d} he told his assembled supporters.",
        // an audience after a possessive and its modifiers, before an aside
        "\u{201c}We cooperate,\u{201d} she told her daily morning news conference, known as the ma\u{f1}anera.",
        // an outlet's programme
        "\u{201c}It is the worst crisis in its history,\u{201d} he told the BBC's Today programme.",
        // a place whose name has a hyphen
        "\u{201c}We have voted for our values,\u{201d} Marsden told supporters at Canterbury-Westley Park bowls club in Leeds.",
        // a broadcast's presenter or host, named
        "\u{201c}I'm not going to pretend this is easy,\u{201d} he told presenter Jo Marks.",
    ] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind == ClaimKind::Quote), "{text}: {cs:#?}");
        assert!(cs.iter().any(|c| c.cue.as_deref() == Some("told")), "{text}: {cs:#?}");
    }
    // (a verb makes it a clause: content)
    assert!(find(&claims("He told the court prices rose."), ClaimKind::Reported, "prices rose").is_some());
    // (a council, a board or a congregation is told as a court is)
    assert!(find(&claims("Jo Rennick told the council she feared for her children."), ClaimKind::Reported, "she feared for her children").is_some());
    // (a pronoun was told; the noun phrase after it opens the content)
    assert!(find(&claims("She told her the meeting was cancelled."), ClaimKind::Reported, "the meeting was cancelled").is_some());
    assert!(find(&claims("The report states that unemployment rose."), ClaimKind::Reported, "unemployment rose").is_some());
}

#[test]
fn an_instruction_after_told_is_no_report() {
    // "told X to V", "was told to V": an instruction, not an asserted proposition
    for text in ["The coach told his players to expect a hard game.", "Residents were told to leave their homes by police.", "In Brechin, residents of 400 properties were told to leave.", "Reporters say the Treasury has been told to expect trouble from backbenchers."] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.cue.as_deref() != Some("told")), "{text}: {cs:#?}");
    }
    assert!(find(&claims("The coach told his players the game would be hard."), ClaimKind::Reported, "the game would be hard").is_some());
    // a participle or a pronoun ends the subject a clause after a cue would need
    let cs = claims("The men have claimed political asylum in Britain saying they were persecuted while in Iraq.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("claimed")), "{cs:#?}");
    // "warned X against V-ing": a warning to a listener, no clause (the participle after it still reports)
    let cs = claims("Some senators have warned the central bank against cutting rates, saying it would look political.");
    assert!(cs.iter().all(|c| c.cue.as_deref() != Some("warned")), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Reported, "it would look political").is_some(), "{cs:#?}");
    // "need to show that C", "will have to show that C": a duty to show, no finding reported
    for text in ["The tribunal said the tenants did not need to show that the flat had been damp for years.", "Claimants will have to show that the ladder was faulty."] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.cue.as_deref() != Some("show")), "{text}: {cs:#?}");
    }
}

#[test]
fn withheld_statements_and_questions_are_no_claims() {
    // a denied or refused cue, or an indirect question, asserts nothing: no reported claim and no factual one
    for text in [
        "Officials have not said how many people were hurt.",
        "The company did not immediately say whether the plant would reopen.",
        "Police declined to say who was arrested on Monday.",
        "He didn't say that the deal was dead.",
        "Because it was observational, the study cannot show that the bursts caused the lower risk.",
        // a direct question asks; it reports nothing
        "Q: What would you say to the federal government?",
        "Did the minister say the plan would work?",
        "Why do officials say the bridge is safe?",
        // a cue asked about in an indirect question
        "The MP for Westmere asked the minister whether he accepted that waiting lists were growing.",
        // a passive cue's agent and charge are no content
        "Harbour Foods has been accused by former staff of cutting safety checks at its plant.",
    ] {
        assert!(claims(text).is_empty(), "{text}: {:#?}", claims(text));
    }
    // …while the plain statement is one
    assert!(find(&claims("Smith said the deal was dead."), ClaimKind::Reported, "the deal was dead").is_some());
    // a quoted question asserts nothing either; a statement ending in a quoted question still does
    let cs = claims("Stephen Flynn spoke next. “Why should Scottish households pay more for energy?” he asked.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Quote), "{cs:#?}");
    // (a tag question too)
    let cs = claims("The prosecutor, Ann Marr KC, spoke next. “You wrote that entry after he had died, didn't you?” she asked.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Quote), "{cs:#?}");
    let cs = claims("“It was more a question of how I was going to make ends meet?” Ben Player said.");
    assert!(cs.iter().any(|c| c.kind == ClaimKind::Quote), "{cs:#?}");
}

#[test]
fn a_phrase_ending_a_sentence_inside_quotation_marks_is_no_quote() {
    // 'called it "a vital win."': a noun phrase, even with the period inside the marks
    let cs = claims("Nancy Northup called the decision “a vital win for patients across Texas.”");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Quote), "{cs:#?}");
    let cs = claims("Nancy Northup spoke. “The court got it right.”");
    assert!(find(&cs, ClaimKind::Quote, "The court got it right.").is_some(), "{cs:#?}");
}

#[test]
fn speech_acts_are_not_reported() {
    for text in ["He was sent off after arguing with the referee.", "The police sought to calm the crowd by explaining the aims of the operation.", "Angela Merkel vowed to resume the talks.", "Angela Merkel urged Macron to resume the talks.", "Angela Merkel thanked Macron for the talks.", "Angela Merkel argued for a new treaty.", "Angela Merkel warned against complacency.", "Narendra Modi claimed victory in the election.", "The war claimed more than 125,000 lives.", "The WHO declared mpox a global emergency on Wednesday.", "The WHO ended an emergency declared in 2022, when the virus spread to 70 countries.", "An astrologer was asked to warn her against future threats.", "Officials will warn parents about the dangers that air bags pose to children.", "Most were lost, a term used for drones believed to have been jammed."] {
        assert!(claims(text).iter().all(|c| c.kind != ClaimKind::Reported), "{text}");
    }
}

#[test]
fn factual_sentences_and_reasons() {
    let cases: &[(&str, Option<&[Reason]>)] = &[
        ("The company sold 40,000 cars in 2019.", Some(&[Reason::HasNumber, Reason::HasDate])),
        ("Angela Merkel is the first chancellor to visit the plant.", Some(&[Reason::Superlative])),
        ("Angela Merkel greeted Emmanuel Macron at the palace.", Some(&[Reason::NamedActor, Reason::EventVerb])),
        ("Merkel is scheduled to leave Paris on Friday.", Some(&[Reason::HasDate])),
        ("The summit will also touch on trade between the two countries.", None),
        ("The talks are expected to focus on trade and security.", None),
        ("Germany has strongly opposed the new tariffs on steel.", None),
        // a withheld comment is no event
        ("Harbour Foods did not respond to a request for comment.", None),
        ("A spokesperson for Harbour Foods declined to comment.", None),
        ("Did the talks collapse in 2019?", None),
        // an apology is an expressive speech act, like thanks
        ("Chief executive Dana Whitfield apologised to customers.", None),
        // a police appeal addresses the reader
        ("Anyone with information is asked to call 101, quoting incident 412 of 3 May.", None),
        ("The workers are an important source of income for the region.", None),
        // a short duration modifying a noun is no date; an age (a number) or a term in years still counts
        ("That, more than any study, is why the four-day week is coming.", None),
        ("A 26-year-old man and an 18-year-old woman were killed.", Some(&[Reason::HasNumber])),
        ("He was jailed in a 10-year sentence review.", Some(&[Reason::HasDate])),
    ];
    for (text, want) in cases {
        let cs = claims(text);
        let f = cs.iter().find(|c| c.kind == ClaimKind::Factual);
        match want {
            None => assert!(f.is_none(), "{text}: {f:?}"),
            Some(reasons) => {
                let f = f.unwrap_or_else(|| panic!("{text}: no factual claim"));
                assert_eq!(f.text, *text);
                for r in *reasons {
                    assert!(f.reasons.contains(r), "{text}: {:?}", f.reasons);
                }
            }
        }
    }
}

#[test]
fn headlines_captions_and_boilerplate_yield_no_claims() {
    let text = "Leaders Meet For The First Time In Decades\n\
                Starmer: ‘We will not raise taxes on working people’\n\
                Merkel and Macron shake hands outside the palace.\n\
                The chancellor arrives in Paris. (AP Photo/Jane Doe, 2019)\n\
                Chart: Annual change in private rents, England, 2015-2024\n\
                Subscribe now: 3 months for ₹900, cancel anytime.\n\
                Angela Merkel said the talks would resume in March.";
    let a = annotate(text);
    assert!(a.claims.iter().all(|c| c.span.start >= text.rfind("Angela").unwrap()), "{:#?}", a.claims);
    assert_eq!(a.boilerplate.len(), 1);
}

#[test]
fn a_press_releases_closing_matter_yields_no_claims() {
    let body = "Acme Robotics said on Tuesday it had raised $40 million.\n\
                Acme shipped 1,200 robots in 2025, up from 480 a year earlier.\n\
                The company will open a factory in Reno in May, chief executive Dana Whitfield said.\n";
    // "About <Company>" as a heading, the disclaimer and the contact after it
    let text = format!(
        "{body}About Acme Robotics\n\
         Acme Robotics is a leading provider of picking systems. Founded in 2019, it employs more than 400 people.\n\
         Forward-Looking Statements\n\
         This press release contains forward-looking statements. Actual results may differ, and Acme undertakes no obligation to update them.\n\
         Media contact: Jordan Lee, +1 415 555 0134"
    );
    let a = annotate(&text);
    let end = text.find("About Acme").unwrap();
    assert!(a.claims.iter().all(|c| c.span.end <= end), "{:#?}", a.claims);
    assert!(find(&a.claims, ClaimKind::Factual, "Acme shipped 1,200 robots in 2025, up from 480 a year earlier.").is_some(), "{:#?}", a.claims);
    // "About <Company>: <Company> is …" on one line, and a disclaimer opening with its own words
    let text = format!(
        "{body}About Acme: Acme Robotics is a maker of warehouse robots with 400 staff in three countries.\n\
         Certain statements in this release are forward-looking statements that involve risks and uncertainties."
    );
    let a = annotate(&text);
    assert!(a.claims.iter().all(|c| c.span.end <= text.find("About Acme").unwrap()), "{:#?}", a.claims);
    // (a dash after the name: "About Acme — Acme Robotics is …")
    let text = format!("{body}About Acme — Acme Robotics is a maker of warehouse robots with 400 staff.");
    assert!(annotate(&text).claims.iter().all(|c| c.span.end <= text.find("About Acme").unwrap()));
    // "About 200 people …" is body text
    let text = format!("{body}About 200 people attended the opening in Reno on Friday.");
    assert!(find(&claims(&text), ClaimKind::Factual, "About 200 people attended the opening in Reno on Friday.").is_some());
}

#[test]
fn a_participle_cue_leaves_the_main_clause_a_fact() {
    // "a lawsuit accusing X of …": a reduced relative clause; the sentence's event is still a checkable fact
    let text = "Apple has agreed to pay $490 million to settle a lawsuit accusing Tim Cook of misleading shareholders.";
    let cs = claims(text);
    assert!(find(&cs, ClaimKind::Factual, text).is_some(), "{cs:#?}");
    // "was quoted as telling": the attribution is the sentence's main clause
    let cs = claims("Ingram was quoted as telling the newspaper he thought astrology was rubbish.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual), "{cs:#?}");
    // a cue after a subordinator that follows the main verb: the main clause is a fact, and the cue reports
    let text = "Shares in Acme fell 5% on Monday after the company warned that sales would fall.";
    let cs = claims(text);
    assert!(find(&cs, ClaimKind::Factual, text).is_some() && find(&cs, ClaimKind::Reported, "sales would fall").is_some(), "{cs:#?}");
    // ("has since stated": an adverb, no subordinator)
    let cs = claims("The doctor was not consulted; he has since stated that he would have refused.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual), "{cs:#?}");
    // a recording's "is heard saying", "was filmed saying": the attribution is the main clause
    for text in ["In the recording, Tom Reyes is also heard saying that the vote was rigged in 2024.", "Tom Reyes was filmed saying that the vote was rigged in 2024."] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual) && find(&cs, ClaimKind::Reported, "the vote was rigged in 2024").is_some(), "{text}: {cs:#?}");
    }
}

#[test]
fn a_cue_word_used_as_a_noun_is_no_cue() {
    for (text, word) in [
        ("Officers were called to New Street following reports that a boy had been injured.", "reports"),
        ("The minister resigned amid claims that he had lied to parliament.", "claims"),
        ("The bank has branches in nine states and $41 billion in assets.", "states"),
        ("Hamas official Basem Naim said in a post on Telegram that the group had shown “great flexibility” but accused Israel of adding new conditions.", "adding"),
        ("But the same was said about the weekend.", "said"),
        ("“I'll take it,” Edberg, who has announced that this will be his last event, said of the victory.", "said"),
        ("The claimed victory was hollow.", "claimed"),
        ("Investigators found that a severe weather warning (SIGMET) covering the approach had been issued.", "warning"),
        ("The agency issued an amber warning for the region on Tuesday.", "warning"),
        ("The yield on the benchmark 10-year note rose as high as 4.71%.", "note"),
        ("Stocks rallied, while the yield on two-year Treasury notes fell to 4.59%.", "notes"),
        ("The League was formed by a merger of leagues based in the Australian states.", "states"),
        ("Member states can set lower limits, and many already do.", "states"),
        ("Linda Yaccarino said in a video posted on the platform that the boycott had cost billions.", "posted"),
        ("The ministry said in a statement posted on its website that prices would rise.", "posted"),
        ("Most were lost, a term used for drones believed to have been jammed.", "believed"),
        ("The DNC launched an ad campaign in swing states including Arizona and Georgia.", "states"),
        ("Not the workers, who report less stress and fewer sick days.", "stress"),
        ("Asked whether she would say sorry, Amira Haddad laughed.", "say"),
        // a participle after a subordinator heads a reduced clause
        ("The title sounds like the name of a drug when said quickly.", "said"),
        ("The offer stands only if told to the bank in advance.", "told"),
        ("The dressing room believed in survival, Luis Mendez said.", "believed"),
        ("Daniel Marsh showed no emotion as the sentence was passed.", "showed"),
        ("Police recorded crime tells a different story.", "tells"),
        // a goal added, an amount said: an object and no clause
        ("Bukayo Saka added a third from the penalty spot in stoppage time.", "added"),
        ("Yet the plan published on Thursday says little about how.", "says"),
        ("The minister said nothing about the deal.", "said"),
        ("Her father wrote a book about the war, and she said a prayer for him.", "wrote"),
        ("Her father wrote a book about the war, and she said a prayer for him.", "said"),
        ("The boy's family has been informed and is being supported by specially trained officers.", "informed"),
        ("Tell us how many apprentices will be trained.", "Tell"),
        ("Floods submerged farmland in Kogi, Benue and Niger states, threatening the harvest.", "states"),
        ("The mechanism could be used by other states to restrict gun rights.", "states"),
        ("The group plans to open new clinics in states bordering those with bans.", "states"),
        // a participle set off by a comma or "but", or one before any infinitive, modifies a noun
        ("The video showed the murder of a western woman, believed to be the missing aid worker.", "believed"),
        ("The refugees came from a country that was never named but believed to be Laos.", "believed"),
        ("Workers began exhuming a mass grave believed to contain the bodies of 36 people.", "believed"),
    ] {
        assert!(claims(text).iter().all(|c| c.cue.as_deref() != Some(word)), "{text}: {:#?}", claims(text));
    }
}

#[test]
fn a_quote_headed_by_a_name_and_a_colon_is_the_name_s() {
    // "Jacinda Ardern: “…”" at the start of a line (live blogs, pull quotes): the name speaks, with no cue
    let cs = claims("Jacinda Ardern: “I knew I no longer had enough in the tank.”\n\nRishi Sunak: “We will stop the boats.”");
    let q = find(&cs, ClaimKind::Quote, "We will stop the boats.").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref(), q.rule), (Some("Rishi Sunak"), None, "quote_headed"));
    // a colon after a name inside a sentence is no heading
    let cs = claims("Angela Merkel spoke. The message from Paris: “We will not wait.”");
    assert!(cs.iter().all(|c| c.rule != "quote_headed"), "{cs:#?}");
}

#[test]
fn a_first_line_without_a_full_stop_is_a_headline() {
    // a wire headline with a comma and a long tail: no factual claim
    let text = "Fed holds rates steady, signals two cuts later this year\nThe Federal Reserve held interest rates steady on Wednesday.";
    let cs = claims(text);
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert!(cs[0].text.starts_with("The Federal Reserve"), "{cs:#?}");
    assert_eq!(annotate(text).paragraphs[0].rule, "first_line_headline");
    // a section label opens a headline even with full stops; a place before a colon opens a body paragraph
    let text = "Opinion: The four-day week is not a fantasy. It works.\nWhen 61 companies tried it in 2022, revenue held.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| !c.text.contains("fantasy")), "{cs:#?}");
    assert_eq!(annotate(text).paragraphs[0].rule, "section_label_headline");
    let text = "New Delhi: The government on Monday cut fuel taxes by 8%.\nThe cut takes effect at once.";
    assert!(claims(text).iter().any(|c| c.text.contains("fuel taxes")), "{:#?}", claims(text));
}

#[test]
fn hard_wrapped_lines_are_read_as_one_paragraph() {
    // text pasted from e-mail or a PDF: a sentence runs on over line breaks
    let text = "Angela Merkel met Emmanuel Macron in Paris on Monday, and the\ntwo leaders said the talks would resume in March, officials\nsaid.\n\nThe summit ended on Tuesday.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.cue.as_deref() == Some("said") && c.text.contains("resume")).unwrap_or_else(|| panic!("{cs:#?}"));
    assert!(c.text.contains("\n"), "{c:#?}");
    assert_eq!(annotate(text).paragraphs.len(), 2);
}

#[test]
fn a_dateline_is_no_claim_of_its_own() {
    for text in ["WASHINGTON, June 12 (Reuters) - The Federal Reserve held interest rates steady on Wednesday.", "CUPERTINO, California — The Federal Reserve held interest rates steady on Wednesday.", "14:05 — The Federal Reserve held interest rates steady on Wednesday.", "SEOUL, Jan 14 (Yonhap) -- The Federal Reserve held interest rates steady on Wednesday.", "NEW DELHI: The Federal Reserve held interest rates steady on Wednesday.", "NEW YORK — The Federal Reserve held interest rates steady on Wednesday."] {
        let cs = claims(text);
        assert_eq!(cs.len(), 1, "{text}: {cs:#?}");
        assert!(cs[0].text.starts_with("The Federal Reserve"), "{text}: {cs:#?}");
    }
    // a live blog's time stamp with no dash: its own segment, and it dates the sentence after it
    let cs = claims("02:40 Rishi Sunak holds his seat in Richmond.");
    assert_eq!(cs.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Rishi Sunak holds his seat in Richmond."], "{cs:#?}");
}

#[test]
fn hostile_inputs_give_claims_in_bounds() {
    let big_said = "Angela Merkel said ".repeat(20_000);
    let big_quotes = "“a ”b \"c ‘d ’e «f »g ".repeat(20_000);
    let inputs: Vec<String> = vec![
        String::new(),
        "\"".into(),
        "said".into(),
        "according to".into(),
        ", reports".into(),
        "“unclosed\r\n“still\r\n".into(),
        "彼は「勝つ」と言った。 \u{0}NUL “ \u{202E}RTL said he".into(),
        "He said he said he said he said.".into(),
        // a quotation, then a dash as the last token (a signature with no name after it)
        "“We will win” —".into(),
        // found by tests/props.rs: a quotation, a dash, the end
        format!("{}Vladimir Putin TheThe The 「The The The\t 」 -", "The The TheThe ".repeat(10)),
        "Sen. said. Police in said in".into(),
        big_said,
        big_quotes,
    ];
    for text in &inputs {
        let a = annotate(text);
        for c in &a.claims {
            assert!(c.span.start <= c.span.end && c.span.end <= text.len());
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }
}

#[test]
fn owned_speaker_names_its_owner() {
    // "Ms Mahmood's family said": the phrase speaks, its entity is the owner, and it is no anonymous source
    let a = newslens::annotate("Aisha Mahmood died on Tuesday. Ms Mahmood's family said she had been a nurse for 20 years.");
    let c = a.claims.iter().find(|c| c.text == "she had been a nurse for 20 years").expect("claim");
    assert_eq!(c.speaker.as_deref(), Some("Ms Mahmood's family"));
    let owner = c.speaker_entity.expect("speaker_entity");
    assert_eq!(a.linked[owner].name.as_str(), "Aisha Mahmood");
    assert!(!c.flags.contains(&Flag::AnonymousSource), "{:?}", c.flags);
}

#[test]
fn fact_check_labels() {
    use ClaimKind::Reported;
    let rows: &[Row] = &[
        ("'Claim:' line: what someone claimed, the label its cue, no source named", "Fact check: Has knife crime doubled?\n\nClaim: Knife crime in London has doubled since 2016.\n\nVerdict: Misleading.", Reported, "Knife crime in London has doubled since 2016", None, Some("Claim")),
        ("'The claim' heading, then the claim", "The claim\n\nVaccines caused 10,000 deaths in Scotland in 2022.\n\nRating: False", Reported, "Vaccines caused 10,000 deaths in Scotland in 2022", None, Some("The claim")),
        ("'Claim: C, according to X': the label is no part of C", "Claim: The government cut NHS funding by 20% last year, according to a post shared by Labour MP John Smith.", Reported, "The government cut NHS funding by 20% last year", Some("John Smith"), Some("according to")),
    ];
    check(rows);
    // a headline's question and a reader's invitation make no interview: the body is the writer's
    let text = "Fact check: Did immigration cost the UK £40bn last year?\n\nA claim that immigration cost taxpayers £40bn in 2024 has been shared more than 50,000 times on social media this week.\n\nThe figure was used by Reform UK deputy leader Richard Tice in a video posted on X on Sunday. \"Mass immigration cost every household in Britain £1,400 last year,\" he said in the clip.\n\nClaim: Immigration cost the UK £40bn in 2024.\n\nVerdict: Misleading. The figure comes from a think tank estimate of the gross cost of some public services and ignores taxes paid by migrants.\n\nThe £40bn figure appears in a report published in September by the Centre for Migration Control, a campaign group. Its director, Robert Bates, told us the number was \"conservative\".";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.rule != "interview_answer"), "{cs:#?}");
    // the checker's verdict is no factual claim of the outlet
    let cs = claims("Claim: The Bank of England raised rates 14 times in a row.\nVerdict: True. The Bank raised rates at 14 meetings between December 2021 and August 2023.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual), "{cs:#?}");
}

#[test]
fn a_subject_before_a_cue_is_no_content() {
    // "TITLE, NAME, wrote to …": the words before the comma are the subject, no content; "wrote to X" names an addressee
    let text = "The Work and Pensions Secretary, Liz Kendall, wrote to MPs on Tuesday promising £1bn of support.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Factual, text).is_some(), "{cs:#?}");
    // "NAME, speaking in PLACE, accused X of …": not "NAME, speaking in PLACE" reported by X
    let cs = claims("Opposition leader Uddhav Thackeray, speaking in Aurangabad, accused the BJP-led alliance of announcing relief only because of elections.");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported || !c.text.starts_with("Opposition leader Uddhav Thackeray, speaking")), "{cs:#?}");
}

#[test]
fn evidence_in_the_infinitive_reports_nothing() {
    // "had not done the work to show the cuts would …": a purpose, no finding reported
    let cs = claims("Meg Hillier told the BBC that ministers had not done the work to show the cuts would get people into jobs.");
    assert!(cs.iter().all(|c| c.text != "the cuts would get people into jobs"), "{cs:#?}");
    // a source's word in the infinitive still reports: "went on to claim C"
    let cs = claims("Donald Trump went on to claim the election had been rigged.");
    assert!(find(&cs, ClaimKind::Reported, "the election had been rigged").is_some(), "{cs:#?}");
}

#[test]
fn unseen_style_speakers_round_19() {
    use ClaimKind::Quote;
    let rows: &[Row] = &[
        // "on X." is no initial before an opening quote: the quote's sentence is its own, "she" the minister
        (
            "a one-letter name before a full stop and a quote",
            "Commuter Raj Patel said he had been stuck.\n\nHome Secretary Yvette Cooper condemned the protest on X. \"The police have my full backing,\" she wrote.",
            Quote,
            "The police have my full backing",
            Some("Yvette Cooper"),
            Some("wrote"),
        ),
        // a name opening quoted words is not the subject a description after them refers to
        (
            "the Spaniard said after a quote naming another",
            "Jannik Sinner won.\n\nCarlos Alcaraz said he had \"nothing to regret\". \"Jannik was better today. I have to accept it,\" the Spaniard said.",
            Quote,
            "Jannik was better today. I have to accept it",
            Some("Carlos Alcaraz"),
            Some("said"),
        ),
        // a compound's last word ends in -ed: still a modifier before the outlet, not the end of the phrase
        (
            "according to COUNTRY's state-affiliated OUTLET",
            "A convoy of 30 lorries reached northern Gaza on Tuesday, according to Egypt's state-affiliated Al-Qahera News.",
            ClaimKind::Reported,
            "A convoy of 30 lorries reached northern Gaza on Tuesday",
            Some("Al-Qahera News"),
            Some("according to"),
        ),
        // "office" describes a body: an organisation's own speaks for it, a person's for the person
        ("C, the ORG's humanitarian office said", "The lorries carried flour, medicine and fuel, the UN's humanitarian office said.", ClaimKind::Reported, "The lorries carried flour, medicine and fuel", Some("UN"), Some("said")),
        ("PERSON's office said C", "Texas Gov. Greg Abbott has called on Congress to act. Abbott's office said the operation had cost $11 billion.", ClaimKind::Reported, "the operation had cost $11 billion", Some("Greg Abbott"), Some("said")),
        // an office no one was introduced with: an unnamed source, not a holder of another office nor the next person named
        ("the chancellor says after a health secretary", "Health Secretary Wes Streeting said the service was on its knees. The chancellor says more money will follow in the spring.", ClaimKind::Reported, "more money will follow in the spring", None, Some("says")),
        (
            "the chancellor says before an economist",
            "Governor Andrew Bailey said rates would hold.\n\nThe chancellor says the decision was right.\n\nPaul Dales, chief UK economist at Capital Economics, said: \"The door to a cut is now wide open.\"",
            ClaimKind::Reported,
            "the decision was right",
            None,
            Some("says"),
        ),
        ("the chancellor says after an untitled name", "Rachel Reeves said the service was on its knees. The chancellor says more money will follow in the spring.", ClaimKind::Reported, "more money will follow in the spring", Some("Rachel Reeves"), Some("says")),
        // "his lawyer": the man named most so far, not the last man named in another paragraph; a subject earlier in the
        // paragraph first
        (
            "his lawyer in a paragraph of its own",
            "Callum MacLeod, 17, died in August after swimming at Ganavan Sands. Callum was a strong swimmer, the hearing was told.\n\nCoastguard officer Duncan Campbell said rescue teams were launched within minutes.\n\nHis lawyer said the family had accepted the findings.",
            ClaimKind::Reported,
            "the family had accepted the findings",
            Some("Callum MacLeod's lawyer"),
            Some("said"),
        ),
        (
            "his lawyer after the paragraph's subject",
            "Daniel Anjorin's mother said she would never recover. Daniel was killed in April.\n\nMarcus Monzo, 37, was convicted of Daniel's murder in June. His lawyer said he would appeal.",
            ClaimKind::Reported,
            "he would appeal",
            Some("Marcus Monzo's lawyer"),
            Some("said"),
        ),
    ];
    check(rows);
    // "the company" is the one named most so far, not the one named most in the whole text
    let text = "The Commission found that Apple had banned developers such as Spotify from informing iPhone users about cheaper options.\n\nApple said it would appeal against the decision. In a statement, the company said the ruling was wrong.\n\nThe company also accused Spotify of being the main beneficiary.\n\nSpotify chief executive Daniel Ek welcomed the fine. A Spotify spokesperson said the decision sent a message.";
    let cs = claims(text);
    let c = find(&cs, ClaimKind::Reported, "Spotify of being the main beneficiary").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(c.speaker.as_deref(), Some("Apple"));
}

#[test]
fn unseen_style_speakers_round_21() {
    use ClaimKind::{Factual, Quote, Reported};
    let rows: &[Row] = &[
        // a share of a people is polled people, no one named before
        ("N% of DEMONYMs said", "Taylor Fritz lost on Wednesday. About 78% of Americans said the economy was in poor shape.", Reported, "the economy was in poor shape", None, Some("said")),
        ("a majority of DEMONYMs said", "Taylor Fritz lost on Wednesday. A majority of Britons said the economy was poor.", Reported, "the economy was poor", None, Some("said")),
        // someone unnamed in a city and its state, not the state
        ("a nurse in CITY, STATE said", "John Riggi said attacks were rising. A nurse in Jacksonville, Florida, said staff were writing orders on paper.", Reported, "staff were writing orders on paper", None, Some("said")),
        // "nonprofit" describes the organisation the text is about, not the place it is based in
        ("the PLACE-based nonprofit said", "Ascension said on Thursday it had been hacked. The St. Louis-based nonprofit said it detected unusual activity.", Reported, "it detected unusual activity", Some("Ascension"), Some("said")),
        // a description with a team's name after a quote: the person who spoke just before
        (
            "QUOTE, the TEAM driver said",
            "Max Verstappen won. Lando Norris said he had made a mistake at the start. \"I messed up, simple as that,\" the McLaren driver said.",
            Quote,
            "I messed up, simple as that",
            Some("Lando Norris"),
            Some("said"),
        ),
        // a pronoun after the listener opens the content
        ("told the OUTLET her party had", "Kemi Badenoch told the BBC her party had a very difficult night.", Reported, "her party had a very difficult night", Some("Kemi Badenoch"), Some("told")),
        // "note" after a body's name and before a verb is a bond, no cue
        // a body named by its place, and the same body by a place noun's possessive after it
        ("PLACE's health ministry said", "Israel struck the city overnight. Gaza's health ministry said at least 40 people were killed.", Reported, "at least 40 people were killed", Some("Gaza's health ministry"), Some("said")),
        (
            "the territory's health ministry said after PLACE's",
            "Gaza's health ministry said at least 40 people were killed. Qatar's foreign ministry said talks would resume. The territory's health ministry said 17 of them were children.",
            Reported,
            "17 of them were children",
            Some("Gaza's health ministry"),
            Some("said"),
        ),
        // "wrote" and a written text, no clause: a fact, no report
        ("PERSON wrote the majority opinion", "Chief Justice John Roberts wrote the majority opinion, joined by five other justices.", Factual, "Chief Justice John Roberts wrote the majority opinion, joined by five other justices.", None, None),
        ("PERSON wrote that C", "Justice Sonia Sotomayor wrote that the ruling was a power grab.", Reported, "the ruling was a power grab", Some("Sonia Sotomayor"), Some("wrote")),
        // "you" names no speaker: an interviewer's "You've said" is no one called "You've"
        ("Q: You've said that C", "Katharine Hayhoe is a climate scientist.\n\nQ: You've said that the most important thing is to talk about it.", Reported, "the most important thing is to talk about it", None, Some("said")),
        // a company described after its name speaks, not the last person named
        ("ORG, the NATIONALITY company, said", "Taylor Fritz lost on Wednesday. Bavarian Nordic, the Danish company, said it would supply vaccines to Congo.", Reported, "it would supply vaccines to Congo", Some("Bavarian Nordic"), Some("said")),
        // a quoted fragment opened by an irregular past and its object has a verb: a quote of its own
        ("mixed quote opened by \"made\"", "Mel Stride said the Budget had \"made the Bank's job harder\".", Quote, "made the Bank's job harder", Some("Mel Stride"), Some("said")),
        // an interview's answers labelled with the interviewee's name after "Q:" questions are the interviewee's
        (
            "Q: … NAME: answer",
            "Katharine Hayhoe is a climate scientist. She spoke to Emily Atkin.\n\nQ: What gives you hope?\n\nHayhoe: Solar power is now the cheapest electricity in history.\n\nQ: And next?\n\nHayhoe: We will see more storage.",
            Quote,
            "Solar power is now the cheapest electricity in history.",
            Some("Katharine Hayhoe"),
            None,
        ),
        ("the Treasury note rose", "Stocks fell. The S&P 500 fell 0.3%, and the yield on the 10-year Treasury note rose to 3.7%.", Factual, "The S&P 500 fell 0.3%, and the yield on the 10-year Treasury note rose to 3.7%.", None, None),
    ];
    check(rows);
}

#[test]
fn unseen_style_speakers_round_22() {
    use ClaimKind::Reported;
    let rows: &[Row] = &[
        // a clause right after a plural audience is the content, not more of the listener
        ("told reporters the ORG was", "Lord Harlow told reporters the NHS was short of staff.", Reported, "the NHS was short of staff", Some("Harlow"), Some("told")),
        ("told reporters AUDIENCE had", "Dana Ruiz told reporters investigators had recovered the recorder.", Reported, "investigators had recovered the recorder", Some("Dana Ruiz"), Some("told")),
        // a listener right before a finite verb is the content's subject
        ("warned the AUDIENCE could", "Some analysts warned the rally could not last.", Reported, "the rally could not last", None, Some("warned")),
        // a date before a finite verb is the content's subject, not when the cue was said
        ("told reporters that YEAR could", "Carla Benz told reporters that 2031 could be even warmer.", Reported, "2031 could be even warmer", Some("Carla Benz"), Some("told")),
        // an office the text gave someone with a linking verb, not the next person named with a former office
        (
            "PLACE's prime minister said after 'NAME became PLACE's prime minister'",
            "Anna Kessel became Norway's prime minister on Friday.\n\nNorway's prime minister said her first task would be to restore trust.\n\nErik Lund, the outgoing prime minister, apologised.",
            Reported,
            "her first task would be to restore trust",
            Some("Anna Kessel"),
            Some("said"),
        ),
        // a source that asked not to be named is unnamed, whoever it works for
        ("A PARTY official, who spoke on condition of anonymity, said", "Labour won the vote. A senior Labour official, who spoke on condition of anonymity, said Ann Reed would be named chancellor.", Reported, "Ann Reed would be named chancellor", None, Some("said")),
        ("An ORG official, speaking on condition of anonymity, said", "The Pentagon confirmed the move. A Pentagon official, speaking on condition of anonymity, said the troops had left.", Reported, "the troops had left", None, Some("said")),
        // a sentence opening with a thing is no person's word, not the last speaker's
        ("The minutes of the meeting said", "Paul Dane said cuts would be slow. The minutes of the meeting said they were worried about prices.", Reported, "they were worried about prices", None, Some("said")),
        // "is reported to", "is thought to": no source, like "reportedly": the whole clause
        ("X are reported to be", "Officials in several countries are reported to be reviewing their plans.", Reported, "Officials in several countries are reported to be reviewing their plans", None, Some("reported")),
        ("X is thought to have", "The minister is thought to have resigned.", Reported, "The minister is thought to have resigned", None, Some("thought")),
        // a "she" in a relative clause on the person just named is that person, not the one the text is about
        (
            "said NAME, who …, where she believed C",
            "Tayyip Erdogan said the situation was under control. \"Where is the state?\" said Sabiha Alinak, who was standing near a building where she believed her relatives were trapped.",
            Reported,
            "her relatives were trapped",
            Some("Sabiha Alinak"),
            Some("believed"),
        ),
        // two sources joined by a slash are both the source phrase, which runs to its comma
        ("According to a ORG/ORG poll …, C", "According to a Reuters/Ipsos poll conducted last month, one in four Republicans would not vote for him.", Reported, "one in four Republicans would not vote for him", Some("Reuters"), Some("According to")),
        ("tells OUTLET AUDIENCE are", "Reporter Ann Kobe tells VOA national police are removing the debris.", Reported, "national police are removing the debris", Some("Ann Kobe"), Some("tells")),
    ];
    check(rows);
}

#[test]
fn fresh_kinds_of_news() {
    use ClaimKind::*;
    let rows: &[Row] = &[
        // a byline's writer is not whom "the authors" of a study or "her father" of a profile means
        (
            "By WRITER … the authors reported",
            "Sleep study finds link\n\nBy Mira Talbot, Science correspondent\n\nThe study, led by Dr Jonas Berg, tracked 900 adults.\n\nParticipants who slept more recovered faster, the authors reported.",
            Reported,
            "Participants who slept more recovered faster",
            None,
            Some("reported"),
        ),
        // an adverb ending the sentence after a quotation's cue: still the cue
        ("'…,' NAME said quietly.", "\"We will win the vote,\" Tom Reyes said quietly.", Quote, "We will win the vote", Some("Tom Reyes"), Some("said")),
        ("'…,' she says finally.", "Ruth Calder built the firm.\n\n\"Nobody has ever been laid off,\" she says finally.", Quote, "Nobody has ever been laid off", Some("Ruth Calder"), Some("says")),
        // a quotation inside a quotation: the comma before its closing mark goes too
        ("'He said, ‘…,’' she says", "“He told me, ‘Nobody will buy a table from you,’” Ruth Calder says.", Quote, "He told me, ‘Nobody will buy a table from you", Some("Ruth Calder"), Some("says")),
        ("\"They kept saying, '…,'\" said NAME", "\"They kept saying, 'We don't want you,'\" said Marta Ilves.", Quote, "They kept saying, 'We don't want you", Some("Marta Ilves"), Some("said")),
        // a bare "the ministry" is the one last written with that noun after a name
        (
            "PLACE's foreign ministry said …. The ministry warned that",
            "Norway's foreign ministry said on Monday that the talks had stalled.\n\nThe ministry warned that fuel prices would rise.",
            Reported,
            "fuel prices would rise",
            Some("Norway"),
            Some("warned"),
        ),
        ("the GROUP health ministry said …. The ministry said", "The Chilean health ministry said 40 people were hurt. The ministry said later that two had died.", Reported, "two had died", Some("Chilean health ministry"), Some("said")),
        ("PLACE, the ministry said …. the ministry said", "Ann Reed met the envoy for Chile, the ministry said. The ministry said that the talks went well.", Reported, "the talks went well", None, Some("said")),
        // the outlet's own reporter is unnamed, and so is the "she" after her
        (
            "Our correspondent in PLACE says …. She says",
            "Oleh Petrenko wrote on Telegram that two workers were hurt.\n\nOur correspondent in Kyiv says sirens sounded for three hours.\n\nShe says residents spent the night in metro stations.",
            Reported,
            "residents spent the night in metro stations",
            None,
            Some("says"),
        ),
        // a long setting before "that", with an abbreviation's period in a name
        (
            "said in an interview with the newspaper X de S.Paulo that",
            "Ana Lobo said in an interview with the newspaper Folha de S.Paulo that she would attend the summit.",
            Reported,
            "she would attend the summit",
            Some("Ana Lobo"),
            Some("said in an interview"),
        ),
        // present-tense and plural cues of documents and authors
        ("The documents reveal that …", "The documents reveal that the director was copied into the warnings.", Reported, "the director was copied into the warnings", None, Some("reveal")),
        ("The authors write that …", "The authors write that even modest increases were associated with better health.", Reported, "even modest increases were associated with better health", None, Some("write")),
        ("The paper concludes that …", "The paper concludes that a target of 7,000 steps is realistic.", Reported, "a target of 7,000 steps is realistic", None, Some("concludes")),
        ("said at the end of a visit to PLACE last week that", "Tom Reyes said at the end of a visit to Chile last week that the two governments had agreed a deal.", Reported, "the two governments had agreed a deal", Some("Tom Reyes"), Some("said")),
    ];
    check(rows);
}

#[test]
fn fresh_kinds_of_news_round_31() {
    use ClaimKind::*;
    let rows: &[Row] = &[
        // a time phrase with "by" opening the content is no passive agent
        ("said that by YEAR …", "Tom Reyes said that by 2030 a worker would pay £600 more.", Reported, "by 2030 a worker would pay £600 more", Some("Tom Reyes"), Some("said")),
        ("By YEAR …, NAME said.", "By 2030 a worker would pay £600 more, Tom Reyes said.", Reported, "By 2030 a worker would pay £600 more", Some("Tom Reyes"), Some("said")),
        // a forecaster's "forecast that" is its report
        ("ORG forecast that …", "The Fiscal Review Office forecast that the economy would grow by 1.1% this year.", Reported, "the economy would grow by 1.1% this year", Some("Fiscal Review Office"), Some("forecast")),
        // a role with its field between the organisation and the person: the person
        ("'…,' said ORG head of policy NAME.", "\"Drivers will be dismayed,\" said RAC head of policy Simon Williams.", Quote, "Drivers will be dismayed", Some("Simon Williams"), Some("said")),
        // a person's workplace after a comma, and a role's modifier before the name
        ("ROLE NAME, of ORG, said", "Tom Reyes spoke first.\n\nSafety expert Dr Ann Lowe, of Cranfield University, said the findings were worrying.", Reported, "the findings were worrying", Some("Ann Lowe"), Some("said")),
        ("Field safety expert NAME, of ORG, said", "Tom Reyes spoke first.\n\nAviation safety expert Ann Lowe, of Cranfield University, said the findings were worrying.", Reported, "the findings were worrying", Some("Ann Lowe"), Some("said")),
    ];
    check(rows);
    // a document's "said:" ending its paragraph gives the quotation after it its cue, and is no fact itself
    let cs = claims("Tom Reyes quit on Monday.\n\nThe letter, which was published on Tuesday, said:\n\n\"I have concluded that I must leave the government.\"");
    assert!(cs.iter().all(|c| c.kind != ClaimKind::Factual || c.text.starts_with("Tom")), "{cs:#?}");
    assert!(find(&cs, ClaimKind::Quote, "I have concluded that I must leave the government.").is_some_and(|c| c.cue.as_deref() == Some("said")), "{cs:#?}");
    // a listener before a colon and a quotation is no content, whatever its words
    for text in ["Ann Reed spoke on a podcast. She told the hosts: \"We will appeal.\""] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported) && find(&cs, ClaimKind::Quote, "We will appeal.").is_some_and(|c| c.cue.as_deref() == Some("told")), "{text}: {cs:#?}");
    }
}

/// Sentences whose cue takes an object, not a content clause: no reported claim.
#[test]
fn objects_after_a_cue_are_no_content() {
    for text in [
        // what was said before, then another clause
        "Tom Reyes opposed the bond. He said the same thing about the levy in 2019, and the city is still here.",
        "Tom Reyes opposed the bond. He said the same about the levy.",
        // a short noun phrase ending the sentence ("who argued the case.")
        "\"We will win the appeal,\" said Ann Reed, who argued the case.",
        // a writer's infinitive is a purpose ("to write a letter … suggesting that"), no report
        "Tom Reyes spoke. His offence was to write a public letter in May suggesting that the courts were corrupt.",
    ] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported), "{text}: {cs:#?}");
    }
    // a setting, a comma and a quotation: the quotation is what was said, as after a bare "said,"
    for text in ["Ann Reed said at the time, \"We will have shovels in the ground by spring.\"", "Tom Reyes said on the radio, \"We will win this vote.\""] {
        let cs = claims(text);
        assert!(cs.iter().all(|c| c.kind != ClaimKind::Reported) && cs.iter().any(|c| c.kind == ClaimKind::Quote && c.cue.as_deref() == Some("said")), "{text}: {cs:#?}");
    }
    // a clause whose subject is "the same" stays content
    let cs = claims("Tom Reyes said the same applies to the levy.");
    assert!(find(&cs, ClaimKind::Reported, "the same applies to the levy").is_some(), "{cs:#?}");
}
