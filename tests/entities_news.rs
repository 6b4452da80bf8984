//! Entity rules for names in news copy that no list holds, as a table: each
//! sentence and the name mentions (PERSON, ORG, PLACE, GROUP, EVENT) it must
//! yield, in order. Every name here is invented or generic, so a row passes
//! only by a rule: a company's trade word ("Vexon Pharma"), a description
//! ("Zentiva, the drugmaker"), a named weather process ("El Niño").

mod name_table;

use name_table::check;
use newslens::Label;

#[test]
fn companies_are_named_by_their_trade_and_description() {
    use Label::*;
    check(&[
        // a trade word ending a name
        ("Vexon Pharma shares rose after the trial.", &[("Vexon Pharma", Org)]),
        ("Doral Therapeutics and Kinmore Mining both fell.", &[("Doral Therapeutics", Org), ("Kinmore Mining", Org)]),
        ("Torvik Semiconductor rose and Helsby Architects won the contract.", &[("Torvik Semiconductor", Org), ("Helsby Architects", Org)]),
        // a research or polling firm: its name ends a person's before "of" ("Mark Dunleavy of Castlegate Research" was one ORG),
        // and "&" after it still joins the firm's other word
        ("Dorin Vell of Tarrow Research said so, and Kessho Research & Technologies agreed.", &[("Dorin Vell", Person), ("Tarrow Research", Org), ("Kessho Research & Technologies", Org)]),
        // a noun for a kind of company describing the name
        ("Zentiva, the drugmaker, said trials were promising.", &[("Zentiva", Org)]),
        ("Talks with the miner Barrowgate stalled, and Sorvik, a steelmaker, cut jobs.", &[("Barrowgate", Org), ("Sorvik", Org)]),
        ("Backed by the sovereign fund Varanel, the pollster Quodra and the online grocer Brindle grew.", &[("Varanel", Org), ("Quodra", Org), ("Brindle", Org)]),
        ("Writing on the messaging app Pelloq, the think tank Orvane said so.", &[("Pelloq", Org), ("Orvane", Org)]),
        // an everyday word opening the sentence before such a noun is no name of that kind
        ("Rival broadcaster Telvane agreed. Budget airline Skyrom said so.", &[("Telvane", Org), ("Skyrom", Org)]),
        // a guess joined by "and" to a name its kind's noun settles is of that kind
        ("The carmaker Varko and Brannix gained.", &[("Varko", Org), ("Brannix", Org)]),
        // one unknown word before "and" and a name ending in a firm's word is a firm of its own
        ("Kraken, Velmor and Tarvik Labs have also faced actions.", &[("Velmor", Org), ("Tarvik Labs", Org)]),
        // ... and so is a listed place before "and" (it gave ORG "London and Orvane Holdings")
        ("Its shares fell 1% in London and Orvane Holdings dropped 2%.", &[("London", Place), ("Orvane Holdings", Org)]),
        // a listed city that is the surname of a person named in full makes no place of the name beside it
        ("Lewis Hamilton was fourth and Tarvo Russell sixth. Hamilton and Russell struggled.",
            &[("Lewis Hamilton", Person), ("Tarvo Russell", Person), ("Hamilton", Person), ("Russell", Person)]),
        // two unknown words joined by "and" to a listed company are a company too (not a person with a listed surname)
        ("It is made by Valdheim Ostrava and Eli Lilly.", &[("Valdheim Ostrava", Org), ("Eli Lilly", Org)]),
        // a party or an alliance named in its own language, before the noun for its kind
        ("The opposition Varanta Nasional coalition and the Libertad Orvane party won.", &[("Varanta Nasional", Org), ("Libertad Orvane", Org)]),
        // a relative clause only a company takes
        ("Halvex, which makes hearing aids, said profits fell.", &[("Halvex", Org)]),
        // a coinage opening a centre's name is the body, not the place the centre serves
        ("The suit was brought by TrustNova. Its director runs the TrustNova Litigation Center.", &[("TrustNova", Org), ("TrustNova Litigation Center", Org)]),
        ("Norlaya, whose shares fell 4%, declined to comment.", &[("Norlaya", Org)]),
        // a place noun modifying a body's kind is no place ("the state grid operator"); one alone still is
        ("Dravenergo, the state grid operator, said Velmora, a port city, had no power.", &[("Dravenergo", Org), ("Velmora", Place)]),
        // ... and through "and" to the body's kind: "the state ports and rail company"
        ("Tarvonet, the state ports and rail company, has also struggled.", &[("Tarvonet", Org)]),
        // people at work "at" the name: brokers, directors, bankers
        ("The stocks that brokers at Kestrow flagged fell, said a director at Pellavan and a banker at Orlinde.",
            &[("Kestrow", Org), ("Pellavan", Org), ("Orlinde", Org)]),
        // its stock moving; a noun for its kind after it (outside the span)
        ("Trevalon shares jumped after the deal.", &[("Trevalon", Org)]),
        // its things after the possessive: a website, a chairman, employees; not a person's ("Marta Quintero's website")
        ("The notice was on Gassvik's website, and Vantrel's chairman quit.", &[("Gassvik", Org), ("Vantrel", Org)]),
        ("Marta Quintero's website crashed.", &[("Marta Quintero", Person)]),
        // ... nor two name words no list holds before what a person holds too (the model still reads "Sensor Tower" as a firm)
        ("Orlen Vasko's shares in Tesla fell, and Sensor Tower's shares rose.", &[("Orlen Vasko", Person), ("Tesla", Org), ("Sensor Tower", Org)]),
        // a business named by its owner after it
        ("Brindlemart owner Pellavan Group said it was reviewing options.", &[("Brindlemart", Org), ("Pellavan Group", Org)]),
        ("The Kalmora newspaper said the minister had resigned.", &[("Kalmora", Org)]),
        // ... or before it, capitalised because it opens the sentence
        ("Broadcaster Norvale Uno said so. Newspaper Tallero Hoy called it historic.", &[("Norvale Uno", Org), ("Tallero Hoy", Org)]),
        ("Junts, the party of the former leader, said it would vote no.", &[("Junts", Org)]),
        // a medicine or a maker's product is no name (its maker is a company: "which also makes")
        ("Doctors prescribed the drug Varexa. Norvik, which also makes Prolexa, said sales of Trelvia, its weight-loss drug, rose.", &[("Norvik", Org)]),
        ("Siri, Apple's voice assistant, will get an upgrade.", &[("Apple", Org)]),
        ("Anthropic, the maker of Claude, and the developer of Fortnite are rivals.", &[("Anthropic", Org)]),
        // a possessive that owns nothing is the company's own name
        ("Morvay's said it would close 20 stores. Analysts expect a bid for Morvay's.", &[("Morvay's", Org), ("Morvay's", Org)]),
        // ... before "in" after a preposition, and after "of" (both gave PLACE "Varnby")
        ("It sold at Varnby's in Paris, said Ana Lund, the chief executive of Varnby's.", &[("Varnby's", Org), ("Paris", Place), ("Ana Lund", Person), ("Varnby's", Org)]),
        ("Paris's mayor and John's brother spoke.", &[("Paris", Place), ("John", Person)]),
    ]);
}

#[test]
fn accented_given_names_read_as_the_listed_names() {
    use Label::*;
    check(&[
        // "Ramón" is read as the listed "Ramon"; a letter with no plain form ("Frøslev") is left as written
        ("Ramón Quelvares, a former minister, said so.", &[("Ramón Quelvares", Person)]),
        ("José Jordán said so. Joaquín Pérez spoke.", &[("José Jordán", Person), ("Joaquín Pérez", Person)]),
    ]);
}

#[test]
fn south_asian_and_african_given_names_open_people_s_names() {
    use Label::*;
    check(&[
        ("Student leaders including Nahid Karimul pushed for reforms. Analysts such as Deepak Varghanti agreed.", &[("Nahid Karimul", Person), ("Deepak Varghanti", Person)]),
    ]);
}

#[test]
fn hyphenated_names_are_one_person() {
    use Label::*;
    check(&[
        ("The regional president, Emiliano García-Page, criticised the deal. García-Page said it was unfair.", &[("Emiliano García-Page", Person), ("García-Page", Person)]),
        // ... and after an unlisted given name right after a title (it gave "Władek Halvaro" alone)
        ("Deputy Prime Minister Władek Halvaro-Kestin said the parties agreed.", &[("Władek Halvaro-Kestin", Person)]),
        ("Jean-Luc Mélenchon said the vote was rigged.", &[("Jean-Luc Mélenchon", Person)]),
        // an unlisted first half before a listed given name, then a surname or after a title (it gave "Ysvar" apart, and
        // "Daniel Brekkan"); an accented listed first half before an unlisted one ("François" apart)
        ("Bloc leader Ysvar-Daniel Brekkan said so, and King Tarvo-Daniel agreed.", &[("Ysvar-Daniel Brekkan", Person), ("Tarvo-Daniel", Person)]),
        ("Finance Minister François-Tarvel Oskin tabled the budget.", &[("François-Tarvel Oskin", Person)]),
        ("Asked again, Mr Arrieta-Gomez declined.", &[("Arrieta-Gomez", Person)]),
        // a place's keyword after the hyphen is the second surname's ("Park", "Hill"), no place
        ("Dr. Gloria Tarvez-Park told the board, and Ana Orvell-Hill agreed.", &[("Gloria Tarvez-Park", Person), ("Ana Orvell-Hill", Person)]),
        // a romanised given name with a lower-case second syllable
        ("President Tsai Ing-wen said the island would help.", &[("Tsai Ing-wen", Person)]),
        // a participle after the hyphen makes an adjective of a name, no syllable of it (the name before it is not
        // read yet: a guess before a hyphen is dropped; it was ORG "Taylor Swift-themed")
        ("Fans flocked to a Taylor Swift-themed party.", &[]),
        ("“It was violent,” said Chen Mei-ling, 62, who runs a shop.", &[("Chen Mei-ling", Person)]),
        // ... even a short syllable that is also an English word, after a surname
        ("“We are here,” said Park Ji-won, a student, and Kim Hye-won agreed.", &[("Park Ji-won", Person), ("Kim Hye-won", Person)]),
        // (guards: a common word after a hyphen is no syllable of a name)
        ("The New York-based group met Paris-born artists.", &[("New York", Place), ("Paris", Place)]),
        // (a guard: two names before a noun stay two)
        ("The Kim-Putin summit ended.", &[("Kim", Person), ("Putin", Person)]),
    ]);
}

#[test]
fn a_trade_opening_the_sentence_is_no_part_of_the_name() {
    use Label::*;
    check(&[
        ("Archaeologist Julian Thomas said the site was older than thought.", &[("Julian Thomas", Person)]),
        ("Physician Laura Brennan treated him.", &[("Laura Brennan", Person)]),
        // ... in "-ian" too, and before "of" and an institution, whose keyword names no one of the person's name
        ("Historian Julian Thomas of Cardiff University said so.", &[("Julian Thomas", Person), ("Cardiff University", Org)]),
        // ... even where no list knows the given name, the model reading the two words as a person's
        ("Political analyst Berk Tamsel of Halvaris University said the result was clear.", &[("Berk Tamsel", Person), ("Halvaris University", Org)]),
    ]);
}

#[test]
fn a_capitalised_function_word_inside_a_sentence_may_open_an_organisation_s_name() {
    use Label::*;
    check(&[
        ("Members of Just Stop Oil sat on the road, said a spokesman for Just Stop Oil.", &[("Just Stop Oil", Org), ("Just Stop Oil", Org)]),
    ]);
}

#[test]
fn named_weather_processes_are_events() {
    use Label::*;
    check(&[
        ("Forecasters say El Niño could return this winter, bringing floods to Peru.", &[("El Niño", Event), ("Peru", Place)]),
        ("A strong La Nina usually means a dry winter.", &[("La Nina", Event)]),
    ]);
}

#[test]
fn an_institution_is_one_name() {
    use Label::*;
    check(&[
        // a country opening an agency's name does not cut it at "and"
        ("The US Centers for Disease Control and Prevention said cases rose.", &[("US Centers for Disease Control and Prevention", Org)]),
        // a person's full name and a possessive own the body after them, no part of its name
        ("She joined Laurence Kesmar's National Theatre company.", &[("Laurence Kesmar", Person), ("National Theatre", Place)]),
        // nor does a body's own name before a keyword and "of": "<University> Department of X and Y"
        ("The Kelvorn University Department of Physics and Astronomy hired her.", &[("Kelvorn University Department of Physics and Astronomy", Org)]),
        // a place and a lower-case "university" is the place's university (not some university there)
        ("Scientists at Leeds university disagreed, as did a London university.", &[("Leeds university", Org), ("London", Place)]),
        // a US school named without "School" after its grade
        ("Pupils from Norwood Elementary will move to Kelvin Elementary.", &[("Norwood Elementary", Org), ("Kelvin Elementary", Org)]),
    ]);
}

#[test]
fn a_time_zone_is_no_organisation() {
    check(&[("Markets in London close at noon GMT, and Tokyo opens at 9am JST.", &[("London", Label::Place), ("Tokyo", Label::Place)])]);
}

#[test]
fn a_road_s_number_with_its_road_word_is_the_road() {
    check(&[("Traffic on Interstate 95 and Route 66 slowed.", &[("Interstate 95", Label::Place), ("Route 66", Label::Place)])]);
}

#[test]
fn an_organisation_and_where_it_is_from_are_two_names() {
    use Label::*;
    check(&[
        ("The deal with Halvorsen Foods Inc of Norway closed on Monday.", &[("Halvorsen Foods Inc", Org), ("Norway", Place)]),
        ("Tarvela of Italy beat Kosmar of Spain in the final.", &[("Tarvela", Org), ("Italy", Place), ("Kosmar", Org), ("Spain", Place)]),
        // (a guard: a keyword or a plural of members makes the place part of the name)
        ("The Bank of England and the Boy Scouts of America agreed.", &[("Bank of England", Org), ("Boy Scouts of America", Org)]),
    ]);
}

#[test]
fn a_body_named_after_the_country_it_works_in_is_one_name() {
    use Label::*;
    check(&[
        // nouns whose ends look like an adjective's or a verb's: "-gy", "-iry", "-ies"
        ("The trade body Poultry UK and Geology Canada objected.", &[("Poultry UK", Org), ("Geology Canada", Org)]),
        ("Universities Scotland, which speaks for the sector, said fees were frozen.", &[("Universities Scotland", Org)]),
        // a name with its keyword before the country; two words opening the sentence
        ("Heritage Council Ireland and Crafts Council Wales will share the grant.", &[("Heritage Council Ireland", Org), ("Crafts Council Wales", Org)]),
        ("Lung Health UK said waiting times were rising.", &[("Lung Health UK", Org)]),
        // a listed name that runs past its capitalised words ("of the") takes the country after it too
        ("Friends of the Earth Scotland said the permit was unlawful.", &[("Friends of the Earth Scotland", Org)]),
        // an adjective, a verb or an ordinary noun phrase before a country stays no name
        ("The trip showed Hungry Britain and Sunny Spain at their best.", &[("Britain", Place), ("Spain", Place)]),
        ("He said Holy Russia and Early England were myths.", &[("Russia", Place), ("England", Place)]),
        ("Hits UK was the headline.", &[("UK", Place)]),
        // ... but a word with an adjective's end is a body's name as the subject of a verb of saying (not an adverb)
        ("The road is closed, Traffic Scotland said, and Historic England warned of damage. Initially Poland offered 75%.",
            &[("Traffic Scotland", Org), ("Historic England", Org), ("Poland", Place)]),
        // ... or "has" and such a verb: "Natural Resources Wales has issued" (it gave PLACE "Wales" alone)
        ("Natural Waterways Wales has issued a flood alert.", &[("Natural Waterways Wales", Org)]),
        // ... but not a verb telling the reader to look at a country, nor the pronoun ending a sentence
        ("Consider France, which burns no coal. I was wrong, and so have I.", &[("France", Place)]),
    ]);
}

#[test]
fn two_bodies_joined_by_and_are_two_names() {
    use Label::*;
    check(&[
        // a name ending in "for"/"of" and a place is whole: a name with its own keyword after "and" is another body
        ("Fares set by Transport for London and Network Rail will rise.", &[("Transport for London", Org), ("Network Rail", Org)]),
        // ... also opening a sentence before a verb (a noun phrase with "for" and a place stays no name)
        ("Transport for Wales announced cuts. Demand for London homes rose.", &[("Transport for Wales", Org), ("London", Place)]),
        ("The University of Leeds and Leeds Trinity University merged.", &[("University of Leeds", Org), ("Leeds Trinity University", Org)]),
        // ... and so is a name ending in the country it works in
        ("Energy UK and Thames Water objected.", &[("Energy UK", Org), ("Thames Water", Org)]),
        // a body's keyword and its city end a whole name
        ("Students at University College Cork and Varden College Dublin protested.", &[("University College Cork", Org), ("Varden College Dublin", Org)]),
        // ... and so is a listed firm's name before "and" and a name with its own keyword
        ("Morgan Stanley and Kirkland Partners advised the buyer.", &[("Morgan Stanley", Org), ("Kirkland Partners", Org)]),
        ("The England and Wales Cricket Board objected.", &[("England and Wales Cricket Board", Org)]),
        // one body whose name joins two fields or two places with "and"
        ("The Department of Health and Social Care and the Food and Drug Administration agreed.", &[("Department of Health and Social Care", Org), ("Food and Drug Administration", Org)]),
        ("The Port Authority of New York and New Jersey objected.", &[("Port Authority of New York and New Jersey", Org)]),
        // a survey body, even after nationality words ("British Antarctic Survey")
        ("Researchers at the British Antarctic Survey and the Varnia Geological Survey agreed.", &[("British Antarctic Survey", Org), ("Varnia Geological Survey", Org)]),
    ]);
}

#[test]
fn a_hyphenated_word_inside_a_name_is_part_of_it() {
    use Label::*;
    check(&[
        // after a connector of a longer name, before an organisation's or a place's keyword
        ("The Institute for Health and Well-Being and the Centre for Well-Being published the survey.", &[("Institute for Health and Well-Being", Org), ("Centre for Well-Being", Org)]),
        ("The National Anti-Fraud Bureau opened a case.", &[("National Anti-Fraud Bureau", Org)]),
        ("Floods hit Dravik-Lenno County on Monday.", &[("Dravik-Lenno County", Place)]),
        // two names side by side, a title, a former one's prefix: not one word
        ("The Kim-Putin summit followed US-China talks.", &[("Kim", Person), ("Putin", Person), ("US", Place), ("China", Place)]),
        ("Lieutenant-Colonel Ann Ross spoke.", &[("Ann Ross", Person)]),
    ]);
}

#[test]
fn a_name_based_in_a_place_is_a_company() {
    use Label::*;
    check(&[
        ("Shares in London-based Trevanto fell, while Seattle-based Orlix rose.", &[("London", Place), ("Trevanto", Org), ("Seattle", Place), ("Orlix", Org)]),
        ("The Ohio-headquartered Veltramax cut jobs.", &[("Ohio", Place), ("Veltramax", Org)]),
        // a person after "-based" is opened by a given name
        ("The Oslo-based Anna Lund spoke.", &[("Oslo", Place), ("Anna Lund", Person)]),
    ]);
    // a compass district is part of the place after "of", not a body from it
    let got = name_table::names("A federal judge in the Southern District of New York ruled on Monday.");
    assert!(got.iter().any(|(s, _)| s == "Southern District of New York"), "{got:?}");
}

#[test]
fn a_station_s_number_is_part_of_its_name() {
    use Label::*;
    check(&[
        ("Kestrel Radio 2 and Norvale TV 7 carried the interview.", &[("Kestrel Radio 2", Org), ("Norvale TV 7", Org)]),
        // a score after a name is no station's number
        ("Norvale Channel 4-3 was the score.", &[("Norvale Channel", Org)]),
    ]);
}

#[test]
fn a_society_for_the_cause_is_one_name() {
    use Label::*;
    check(&[
        ("The Royal Society for the Protection of Hedgehogs objected.", &[("Royal Society for the Protection of Hedgehogs", Org)]),
        // ... also an institute's or an office's word, and through "of the" after "for the"
        ("The Brisk Institute for the Rural Economy and the Federal Office for the Protection of the Coastline objected.",
            &[("Brisk Institute for the Rural Economy", Org), ("Federal Office for the Protection of the Coastline", Org)]),
        // a compass word and a country after "of" are a place inside the name, not where it is cut
        ("Researchers at the University of Eastern Norway and the Kestrel Bank of Southern Italy agreed.",
            &[("University of Eastern Norway", Org), ("Kestrel Bank of Southern Italy", Org)]),
        ("Donors to the Kestrel Foundation for the Blind gave more.", &[("Kestrel Foundation for the Blind", Org)]),
        // a league is named on its own before a club it plays for
        ("The Western Hockey League for the Ridgeford Hawks was cancelled.", &[("Western Hockey League", Org), ("Ridgeford Hawks", Org)]),
        // a body named for what it stands against or does without, its acronym after it ("Bolt" and "Waste" were dropped)
        ("He joined Anglers Against Sludge in 2019, and the co-founder of Bolt Against Waste (BAW), Ada Brill, spoke.",
            &[("Anglers Against Sludge", Org), ("Bolt Against Waste", Org), ("BAW", Org), ("Ada Brill", Person)]),
        ("Plumbers Without Frontiers sent a team.", &[("Plumbers Without Frontiers", Org)]),
    ]);
}

#[test]
fn an_analyst_of_a_firm_is_a_person_and_a_firm() {
    use Label::*;
    check(&[
        // a given name that is also an ordinary word opens the person's name before "of" and a firm with its keyword
        ("\u{201c}It is fair,\u{201d} said Rich Dorrance of Kestrel Partners.", &[("Rich Dorrance", Person), ("Kestrel Partners", Org)]),
        ("Mark Tolliver of Bank of America agreed.", &[("Mark Tolliver", Person), ("Bank of America", Org)]),
        // ... and so does a possessive that owns a firm named after it, after a given name or a title
        ("Critics of Rupert Hallworth's Kestrel Partners and of Mr Dovey's Harrow Party spoke.",
            &[("Rupert Hallworth", Person), ("Kestrel Partners", Org), ("Dovey", Person), ("Harrow Party", Org)]),
        // a name is never cut to end on a possessive before a listed one
        ("Varun Kothapalli's Reliance Industries was little changed.", &[("Varun Kothapalli", Person), ("Reliance Industries", Org)]),
        // (a guard: a possessive inside an institution's own name stays)
        ("He studied at King's College London.", &[("King's College London", Org)]),
    ]);
}

#[test]
fn an_ordinary_word_opening_a_line_is_no_word_of_a_name_in_the_text() {
    use Label::*;
    check(&[
        // a headline's or a story's first word before a lower-case word, also a word of a body's name further on
        ("Cocoa prices fall as harvest improves\nLONDON - Cocoa futures fell on Tuesday. The Kestrel Cocoa Board said supplies were ample.",
            &[("LONDON", Place), ("Kestrel Cocoa Board", Org)]),
        // (a guard: a word of a club's name, which ends in no keyword, is the club alone)
        ("Real Madrid drew on Sunday. Real looked tired.", &[("Real Madrid", Org), ("Real", Org)]),
    ]);
}

#[test]
fn a_title_opening_a_firm_and_a_reporter_s_desk() {
    use Label::*;
    check(&[
        // a one-word title opening a firm's name with its keyword is part of it
        ("Premier Foods and President Energy reported losses.", &[("Premier Foods", Org), ("President Energy", Org)]),
        // a desk before a reporter's title in a credit line is no name, even beside a body with the word
        ("By Amanda Reyes, Health Reporter\nThe Kestrel Health Trust said the wing would open.",
            &[("Amanda Reyes", Person), ("Kestrel Health Trust", Org)]),
        // ... and a field before a lower-case "correspondent" ending the credit line
        ("By Sarah Whitfield, Economics correspondent\n\nInflation fell.", &[("Sarah Whitfield", Person)]),
        // ... or "reporter": a desk the span model took for a body ("Courts", "Entertainment")
        ("By Helen Carraway, Courts reporter\n\nA jury heard the case.", &[("Helen Carraway", Person)]),
        ("By Lizzie Corrigan, Entertainment reporter\n\nThe show ended.", &[("Lizzie Corrigan", Person)]),
        // a given name that is also a month's short form, after the credit line's "By" (it was DATE "Jan")
        ("By Jan Hollerby\n\nPrices fell by Jan 2025.", &[("Jan Hollerby", Person)]),
        // the page's time stamp after the credit names nothing: no ORG "Updated"
        ("By Ros Tanley\nHerald Staff, Updated April 27, 2025, 11:48 p.m.\n\nUpdated 28 April 2025\n\nPrices fell.", &[("Ros Tanley", Person)]),
        ("Reporting by Tove Amdal in Oslo; Editing by Jan Vellacott", &[("Tove Amdal", Person), ("Oslo", Place), ("Jan Vellacott", Person)]),
        // a person's two-word name joined by "and" to a firm with a keyword is no part of it
        ("The takeover by Todd Boehly and Clearlake Capital cost £1bn.", &[("Todd Boehly", Person), ("Clearlake Capital", Org)]),
        // a local government's titles are no part of the name, and no place; a county before its attorney still is
        ("Assistant County Attorney Jennifer Huang and Supervisor Thomas Galvin met Varlow County Attorney Ana Ruiz.",
            &[("Jennifer Huang", Person), ("Thomas Galvin", Person), ("Varlow County", Place), ("Ana Ruiz", Person)]),
        // heads of government and local offices written as titles: Irish, Australian, US state and city ones
        ("Taoiseach Micheál Martin met Governor-General Sam Mostyn, Assemblyman Tom Lackey and Alderman Brian Hopkins.",
            &[("Micheál Martin", Person), ("Sam Mostyn", Person), ("Tom Lackey", Person), ("Brian Hopkins", Person)]),
        // a US agency's head: "FAA Administrator Mike Whitaker" was one ORG
        ("The FAA's chief, FAA Administrator Tomas Varga, said so.", &[("FAA", Org), ("FAA", Org), ("Tomas Varga", Person)]),
        // a minister for the public purse: "Treasurer Jim Chalmers" was one ORG and the speaker
        ("Treasurer Halvard Brennick said the budget was tight, and Comptroller Anya Vorsel agreed.", &[("Halvard Brennick", Person), ("Anya Vorsel", Person)]),
    ]);
}

#[test]
fn the_one_name_before_administration_is_its_leader() {
    use Label::*;
    check(&[
        ("The judge gave the Velmora administration time to appeal.", &[("Velmora", Person)]),
        ("Officials in the Obregon administration and the Marwick administration disagreed.", &[("Obregon", Person), ("Marwick", Person)]),
    ]);
}

#[test]
fn a_guessed_word_the_text_also_writes_in_lower_case_is_no_name() {
    use Label::*;
    check(&[
        ("Doctors prescribe velorexin widely.\n\nVelorexin was approved by regulators.", &[]),
        // a confident rule keeps its name ("Kestrel shares")
        ("Kestrel shares fell. The kestrel is a bird.", &[("Kestrel", Org)]),
    ]);
}

#[test]
fn an_office_named_by_its_holder_s_title_is_one_body() {
    use Label::*;
    check(&[
        ("The Prime Minister's Office said the visit would go ahead.", &[("Prime Minister's Office", Org)]),
        ("A spokesperson for the Information Commissioner's Office and the Attorney General's Office declined to comment.",
            &[("Information Commissioner's Office", Org), ("Attorney General's Office", Org)]),
        // an office named by its portfolio alone is no name
        ("The Information Commissioner said the fine was fair, and the Chief Medical Officer agreed.", &[]),
        // ... even of two words, one of them a body's keyword
        ("Emergency Management Minister Orla Venn and the Climate Crisis Minister met.", &[("Orla Venn", Person)]),
    ]);
}

#[test]
fn a_disease_named_after_someone_is_no_entity() {
    check(&[
        ("Velmora's disease affects millions of people, and Halvorsen's syndrome is rarer.", &[]),
        // (even after a preposition, where a place would stand: "the progress of Alzheimer's disease")
        ("The drug may slow the progress of Alzheimer's disease and the spread of Velmora's syndrome.", &[]),
    ]);
}

#[test]
fn a_team_s_line_up_is_a_list_of_people() {
    use Label::*;
    check(&[
        // names joined by a comma or a semicolon alone, mostly people, are all people (even a city's name)
        ("Kestrel Rovers: Harbin; Molvane, Tercet, Pinnock, Ushaw; Dravik, Oyelaran, Castleby; Venturo, Zinkov, Marlowe (capt).",
            &[("Kestrel Rovers", Org), ("Harbin", Person), ("Molvane", Person), ("Tercet", Person), ("Pinnock", Person), ("Ushaw", Person), ("Dravik", Person),
              ("Oyelaran", Person), ("Castleby", Person), ("Venturo", Person), ("Zinkov", Person), ("Marlowe", Person)]),
        // a list of places stays places
        ("Lyon, Marseille, Toulouse, Nantes and Lille were hit.", &[("Lyon", Place), ("Marseille", Place), ("Toulouse", Place), ("Nantes", Place), ("Lille", Place)]),
    ]);
}

#[test]
fn a_verb_in_a_title_case_headline_ends_the_name() {
    use Label::*;
    check(&[
        ("Norvane Holdings Announces Record Quarter, Raises Full-Year Outlook", &[("Norvane Holdings", Org)]),
    ]);
}

#[test]
fn what_follows_a_name_can_make_it_a_person_and_a_place() {
    use Label::*;
    check(&[
        // "who" (a body takes "which"), an age, a noun for a person by office or work after a comma
        ("After the impeachment of Ruvanga Kimathe, who had fallen out with the president, the party split.", &[("Ruvanga Kimathe", Person)]),
        // where someone named with an age lives
        ("Kamal Hosseini, 24, of Carrow Rise, was jailed.", &[("Kamal Hosseini", Person), ("Carrow Rise", Place)]),
        // the subject of a verb that floods, shells or empties a place, with no given name, is the place (a person named
        // in full elsewhere stays a person)
        ("Lokoja was flooded on Saturday. Dorvani was shelled again, and Fort Tarvish has been evacuated.",
            &[("Lokoja", Place), ("Dorvani", Place), ("Fort Tarvish", Place)]),
        ("Smith was evacuated from the hospital, John Smith said.", &[("Smith", Person), ("John Smith", Person)]),
        // a name set off by commas after a possessive and a word for kin is a person
        ("She is survived by her husband, Chike, and three children. Her husband, Dafydd, died in 2015.", &[("Chike", Person), ("Dafydd", Person)]),
        // and so after a possessive and a word for an office or a job, whatever the model guessed ("Sisodia" reads as a body)
        ("Kejriwal conceded. His deputy, Manish Sisodia, also lost his seat in Jangpura.", &[("Kejriwal", Person), ("Manish Sisodia", Person), ("Jangpura", Place)]),
        ("Outside court, Mr Rashid’s widow, Samina, read a statement.", &[("Rashid", Person), ("Samina", Person)]),
        // two unlisted name words after an organisation's possessive are one of its people, ending their phrase; not
        // the body's product, nor a title before a noun
        ("Kejriwal lost to the BJP’s Parvesh Verma by 4,000 votes. Microsoft's Satya Nadella said so.",
            &[("Kejriwal", Person), ("BJP", Org), ("Parvesh Verma", Person), ("Microsoft", Org), ("Satya Nadella", Person)]),
        // ... also three words, or before a verb, or where the model guessed an organisation
        ("The TDP's Chandru Vemana Kolluri is expected to join, and the BJP's Anuj Thakral won his seat.",
            &[("TDP", Org), ("Chandru Vemana Kolluri", Person), ("BJP", Org), ("Anuj Thakral", Person)]),
        ("Sign up for CNN's Wonder Theory science newsletter. Apple's Vision Pro sold well.", &[("CNN", Org), ("Apple", Org)]),
        // a road or a walk goes only through a place, whatever the surname its second word also is
        ("The A82 through Glen Coe has been closed.", &[("Glen Coe", Place)]),
    ]);
}

#[test]
fn a_body_named_with_a_possessive_and_its_country_is_one_name() {
    use Label::*;
    check(&[
        // joined where it is a verb's subject, then everywhere; a disease's eponym alone is no name; a firm's country is a place
        ("Halvorsen's UK welcomes funding\n\nHalvorsen's UK said the trial was promising. People with Parkinson's have waited too long.",
            &[("Halvorsen's UK", Org), ("Halvorsen's UK", Org)]),
        ("Kestrel Holdings said its UK sales rose.", &[("Kestrel Holdings", Org), ("UK", Place)]),
    ]);
}

#[test]
fn a_group_s_word_that_is_a_given_name_opens_a_person_s_name() {
    use Label::*;
    check(&[
        ("Team principal Christian Vollrath said the car was quick, and Christian Aid agreed.", &[("Christian Vollrath", Person), ("Christian", Group)]),
        // ... a demonym too ("Finn"); and Irish given names the census lists lack open a person's name, not a firm's
        ("Finn Varley kicked 15 points, Tadhg Corran won a turnover and Caoimhe Brennock scored. The Finn agreed.",
            &[("Finn Varley", Person), ("Tadhg Corran", Person), ("Caoimhe Brennock", Person), ("Finn", Group)]),
    ]);
}

#[test]
fn an_honorific_inside_a_name_is_part_of_it() {
    use Label::*;
    check(&[
        // "Sheikh", "Haji" between a given name and the next word of the name (even where the given name is also a city's)
        ("President Hassan Sheikh Tarvimo named a premier. Hassan Sheikh Tarvimo said so, and Abdullahi Haji Korvane agreed.",
            &[("Hassan Sheikh Tarvimo", Person), ("Hassan Sheikh Tarvimo", Person), ("Abdullahi Haji Korvane", Person)]),
        // opening the name it stays a title, no part of it
        ("Sheikh Tamim Korvane met them.", &[("Tamim Korvane", Person)]),
    ]);
}

#[test]
fn a_listed_name_that_is_an_adjective_or_a_product_s_maker_is_no_name_there() {
    use Label::*;
    check(&[
        // an adjective of quantity opening the sentence before a noun (the company still, before a verb)
        ("Total revenue rose 4% at Kelmoor Foods.", &[("Kelmoor Foods", Org)]),
        ("Total said profits rose.", &[("Total", Org)]),
        // a name before a noun for a kind of product names the product
        ("Mac computers sold well.", &[]),
    ]);
}

#[test]
fn an_arabic_article_in_capitals_joins_the_name() {
    use Label::*;
    check(&[
        ("Sheikh Rashed Al-Oubaid Al-Hamar arrived.", &[("Rashed Al-Oubaid Al-Hamar", Person)]),
    ]);
}

#[test]
fn two_initials_in_capitals_open_a_person_s_name() {
    use Label::*;
    check(&[
        ("RK Tanvekar wrote the report.", &[("RK Tanvekar", Person)]),
        ("JK Ormsby wrote it.", &[("JK Ormsby", Person)]),
    ]);
}

#[test]
fn a_middle_initial_between_two_names_makes_a_person() {
    use Label::*;
    check(&[
        // the model read both as bodies
        ("The gift from Delvin J. Marrowby was used to build the hall.", &[("Delvin J. Marrowby", Person)]),
        ("Marrowby Bank governor Tarek H. Ossel spoke.", &[("Marrowby Bank", Org), ("Tarek H. Ossel", Person)]),
    ]);
}

#[test]
fn a_one_word_place_guess_before_a_person_s_verb_is_a_person() {
    use Label::*;
    check(&[
        ("Kenya's Mbatha signs finance bill", &[("Kenya", Place), ("Mbatha", Person)]),
    ]);
}

#[test]
fn a_us_state_s_abbreviation_after_a_place_is_a_place() {
    use Label::*;
    check(&[
        ("She lives in Harwick, Conn., with her family.", &[("Harwick", Place), ("Conn.", Place)]),
        // (the unknown town opening the dateline is its place too: entities/datelines.rs)
        ("HARWICK, Mass. (AP) — A man was arrested.", &[("HARWICK", Place), ("Mass.", Place), ("AP", Org)]),
        // any region after a place a preposition opens, ending at a comma ("In Paris, Macron said" is no such)
        ("Born in Ilford, Essex, in 1934, she trained in Leeds.", &[("Ilford", Place), ("Essex", Place), ("Leeds", Place)]),
    ]);
}

#[test]
fn a_nickname_in_quotation_marks_is_part_of_the_name() {
    use Label::*;
    check(&[
        ("Ricardo \"Ricky\" Salvaterra, 61, pleaded guilty. Salvaterra will appeal.", &[("Ricardo \"Ricky\" Salvaterra", Person), ("Salvaterra", Person)]),
        ("It was Harold “Junior” Thibodeau who won.", &[("Harold “Junior” Thibodeau", Person)]),
    ]);
}

#[test]
fn restaurant_groups_are_named_by_their_trade_and_a_venue_and_a_firm_are_two_names() {
    use Label::*;
    check(&[
        ("Varro Restaurants, the owner of Juniper Garden and Bison Steakhouse, reported sales.", &[("Varro Restaurants", Org), ("Juniper Garden", Place), ("Bison Steakhouse", Org)]),
        ("The owner of Fenwick Square Garden and Vexon Foods reported sales.", &[("Fenwick Square Garden", Place), ("Vexon Foods", Org)]),
    ]);
}

#[test]
fn a_headline_in_title_case_names_only_what_a_list_or_the_story_names() {
    use Label::*;
    check(&[
        // the capitals of a title-case headline say nothing: ordinary words are no name ("Wave Pushes Texas Grid")
        ("Heat Wave Pushes Texas Grid to the Brink as Demand Hits Record\nDemand rose in Texas on Monday.", &[("Texas", Place), ("Texas", Place)]),
        ("Senator Hires Ana Ruiz After Board Ousts Him", &[("Ana Ruiz", Person)]),
        ("Police Arrest Suspect in Killing of Four Idaho Students", &[("Idaho", Place)]),
        ("Mayor Greets Crowds Outside Varlow Palace", &[("Varlow Palace", Place)]),
        // a name the story writes with capitals inside a sentence is a name in the headline too
        ("Regulators Block Brindle Foods Deal Over Price Fears\nThe regulator said the takeover of Brindle Foods would raise prices.",
            &[("Brindle Foods", Org), ("Brindle Foods", Org)]),
        // not a headline: a line of names and scores, a line with an ordinary lower-case word
        ("Fulham 1 Carlisle 0\nBrentford 2 Walsall 2", &[("Fulham", Org), ("Carlisle", Org), ("Brentford", Org), ("Walsall", Org)]),
        ("Marta Quintero (Spain) beat Ines Varga (Hungary) 6-3 6-4", &[("Marta Quintero", Person), ("Spain", Place), ("Ines Varga", Person), ("Hungary", Place)]),
    ]);
}

#[test]
fn a_possessive_before_a_named_body_is_its_owner() {
    use Label::*;
    check(&[
        // a leader's or a town's possessive before a body of two words or more ending in a keyword
        ("Analysts said Varandos's Liberal Party would gain seats.", &[("Varandos", Person), ("Liberal Party", Org)]),
        ("Supporters of Joseph Kemboi cheered as Kemboi's United Patriotic Alliance won.", &[("Joseph Kemboi", Person), ("Kemboi", Person), ("United Patriotic Alliance", Org)]),
        ("Pupils at Harwick's Trinity School were sent home.", &[("Harwick", Place), ("Trinity School", Org)]),
        // a brand's own possessive before one word or a plural stays in the name
        ("Customers of Pellick's Bank and Dorran's Investors Service were told.", &[("Pellick's Bank", Org), ("Dorran's Investors Service", Org)]),
    ]);
}

#[test]
fn a_news_outlet_s_desk_is_part_of_its_name() {
    use Label::*;
    check(&[
        ("The plan was approved on Tuesday, Fox News Digital has learned, and CNN Business reported it.", &[("Fox News Digital", Org), ("CNN Business", Org)]),
        // a channel and the place its station serves, listed or not
        ("She told BBC Radio Scotland on Monday that the ferry had failed, and later told BBC Radio Cornwall.", &[("BBC Radio Scotland", Org), ("BBC Radio Cornwall", Org)]),
    ]);
}

#[test]
fn a_seat_ends_before_its_holder_s_name() {
    use Label::*;
    check(&[
        // after a compass word, or before a listed given name, when no comma parts them
        ("Labour MP for Dunmere West Tarvo Hessing said so, and the Mayor of Kelsby Andy Torvane agreed.",
            &[("Labour", Org), ("Dunmere West", Place), ("Tarvo Hessing", Person), ("Kelsby", Place), ("Andy Torvane", Person)]),
    ]);
}

#[test]
fn a_saint_s_name_the_model_takes_for_a_person_is_a_place() {
    use Label::*;
    check(&[
        ("The Lib Dems gained St Varlow from the Conservatives. They won St Corrin and St Elvane. Ms St Carrow said so.",
            &[("Lib Dems", Org), ("St Varlow", Place), ("Conservatives", Group), ("St Corrin", Place), ("St Elvane", Place), ("St Carrow", Person)]),
        // ... and so is one with "St.", which is no title splitting off a person: not "Fort" and a person "Varrow"
        ("Fires burned near Fort St. Varrow, and tourists crowded St. Elvane.", &[("Fort St. Varrow", Place), ("St. Elvane", Place)]),
    ]);
}

#[test]
fn a_market_index_is_named_whole() {
    use Label::*;
    check(&[
        // (a listed maker opening the name held it alone)
        ("The Dow Jones Industrial Average lost 300 points, while the Nasdaq Composite slipped 0.8%.",
            &[("Dow Jones Industrial Average", Org), ("Nasdaq Composite", Org)]),
    ]);
}

#[test]
fn a_court_s_district_by_its_compass_point_is_one_name() {
    use Label::*;
    check(&[
        ("Prosecutors in the Eastern District of Virginia and a judge in the Northern District of Ohio agreed.",
            &[("Eastern District of Virginia", Org), ("Northern District of Ohio", Org)]),
    ]);
}

#[test]
fn co_before_a_hyphen_is_a_prefix_no_firm_s_co() {
    use Label::*;
    check(&[
        ("The Harwick Weavers Co-operative Society built the mill.", &[("Harwick Weavers Co-operative Society", Org)]),
        ("The Organisation for Pellan Co-operation and Development met.", &[("Organisation for Pellan Co-operation and Development", Org)]),
        ("Members of the Dunmore Valley Co-operative voted, and Harwick Mining Co fell.", &[("Dunmore Valley Co-operative", Org), ("Harwick Mining Co", Org)]),
    ]);
}

#[test]
fn a_noun_for_someone_s_part_in_a_story_opening_the_sentence_is_no_part_of_the_name() {
    use Label::*;
    check(&[
        ("Resident Aoife Brannock, 34, said she was woken at midnight.", &[("Aoife Brannock", Person)]),
        ("Parent Siobhan Kavell said families had two days' notice.", &[("Siobhan Kavell", Person)]),
        ("Shopper Mary Dellow said prices had risen.", &[("Mary Dellow", Person)]),
        // ... as is "Will" before a surname, a modal only in a question
        ("Will Bennett, who was banned, did not attend. The actor Will Bennett left. Will Labour win?",
            &[("Will Bennett", Person), ("Will Bennett", Person), ("Labour", Org)]),
        // one word with a capital inside after a lower-case stem is a firm's coinage, not a surname's prefix ("McDonald", "DeSantis");
        // still no firm before a word for its product
        ("BrightVane said on Monday it would cut jobs, and Tovan Pell joined KorvaCorp. Ron DeVarro bought the PlayVane console.",
            &[("BrightVane", Org), ("Tovan Pell", Person), ("KorvaCorp", Org), ("Ron DeVarro", Person)]),
        // a given name opening the sentence is the name's own
        ("Grace Harwood said the film was done.", &[("Grace Harwood", Person)]),
    ]);
}

#[test]
fn an_ordinary_word_before_a_noun_for_people_at_work_is_no_name() {
    use Label::*;
    check(&[
        ("Market analysts said the numbers were weak.", &[]),
        ("Energy economists warned, and Barrowgate analysts agreed.", &[("Barrowgate", Org)]),
        // a word opening the sentence before staff who work "at" a name is their field, not their employer
        ("Vorbex analysts at Halvard Bank said so.", &[("Halvard Bank", Org)]),
        // officials (plural) are named by the field they govern: "Health officials in Sweden said" gave the speaker "Health"
        ("Health officials in Norvania said the outbreak was over.", &[("Norvania", Place)]),
        // an ordinary word before an ordinary lower-case word it modifies: "Civil rights groups said" gave the speaker "Civil"
        ("Civil rights groups in Norvania said the law was unfair.", &[("Norvania", Place)]),
    ]);
}

#[test]
fn west_african_malaysian_and_french_honorifics_and_a_board_s_trustee_are_titles() {
    use Label::*;
    check(&[
        ("Alhaji Tanko Barumbe and Hajiya Zainab Korodo attended.", &[("Tanko Barumbe", Person), ("Zainab Korodo", Person)]),
        ("Engr. Musa Dalkoro was named, and Datuk Seri Halim Rozaidi agreed.", &[("Musa Dalkoro", Person), ("Halim Rozaidi", Person)]),
        ("Trustee Tamsin Verholt voted against, as did Trustee Verholt.", &[("Tamsin Verholt", Person), ("Verholt", Person)]),
        // the French courtesy titles
        ("Mme Varenne said so, and Mlle Odile Brassac agreed.", &[("Varenne", Person), ("Odile Brassac", Person)]),
    ]);
}

#[test]
fn an_invitational_is_an_event_and_properties_a_company() {
    use Label::*;
    check(&[
        ("Tarvo Brekke won the Halden Morrow Invitational.", &[("Tarvo Brekke", Person), ("Halden Morrow Invitational", Event)]),
        ("Developers such as Mei Hung Kai Properties fell.", &[("Mei Hung Kai Properties", Org)]),
    ]);
}

#[test]
fn a_country_before_a_body_s_two_fields_opens_one_name() {
    use Label::*;
    check(&[
        // one keyword after the country, and a plain word after "and": one body, not two firms
        ("The Kenya Securities and Exchange Board met.", &[("Kenya Securities and Exchange Board", Org)]),
        ("Kenya Steel and Tarvon Steel agreed.", &[("Kenya Steel", Org), ("Tarvon Steel", Org)]),
    ]);
}

#[test]
fn a_flight_s_number_is_no_part_of_its_airline() {
    use Label::*;
    check(&[
        ("Passengers on Tarvo Airways Flight 212 were unhurt.", &[("Tarvo Airways", Org)]),
        ("All 90 people on Velmora Airlines Flight 88 escaped.", &[("Velmora Airlines", Org)]),
    ]);
}

#[test]
fn an_arabic_article_s_hyphen_never_ends_a_name() {
    use Label::*;
    check(&[
        // the surname after "al-" is a listed name of its own; the person's name goes on through it
        ("The rebels, led by Nabil al-Houthi, said so.", &[("Nabil al-Houthi", Person)]),
    ]);
}

#[test]
fn a_platform_s_letter_ending_a_sentence_is_no_initial() {
    use Label::*;
    check(&[
        ("The minister wrote on X. Tarvo Brekke replied within minutes.", &[("X", Org), ("Tarvo Brekke", Person)]),
    ]);
}

#[test]
fn a_name_before_index_is_a_market_s_index_no_person() {
    use Label::*;
    check(&[
        ("The Tarvo Kessik index rose 2% in Norvania.", &[("Norvania", Place)]),
    ]);
}

#[test]
fn congress_opens_a_body_s_name_before_of() {
    use Label::*;
    check(&[
        ("The Congress of Tarvonian Trade Unions called a strike.", &[("Congress of Tarvonian Trade Unions", Org)]),
        ("The prime minister faced questions in the Congress of Deputies.", &[("Congress of Deputies", Org)]),
    ]);
}

#[test]
fn a_racecourse_or_a_speedway_is_a_place() {
    use Label::*;
    check(&[
        ("The Jockey Club, which owns Haldon Racecourse, said crowds rose at Brackley Speedway and the Orvane Velodrome.",
            &[("Jockey Club", Org), ("Haldon Racecourse", Place), ("Brackley Speedway", Place), ("Orvane Velodrome", Place)]),
    ]);
}

#[test]
fn a_portfolio_s_opening_words_before_its_listed_word_name_no_one() {
    use Label::*;
    check(&[
        ("Vice President for Strategic Affairs Halvar Benedek resigned, and Minister for Orvane Crown Relations Tavita Mauri spoke.",
            &[("Halvar Benedek", Person), ("Tavita Mauri", Person)]),
        // (a name after the listed word stays whole, and "and" opens no portfolio)
        ("The Minister for Health Simon Harris and Justice Minister Helen McEntee met.", &[("Simon Harris", Person), ("Helen McEntee", Person)]),
    ]);
}

#[test]
fn british_and_irish_given_names_open_a_person_whose_surname_is_a_town() {
    use Label::*;
    check(&[
        ("Ailsa Coventry won the vote. \"This is a great day,\" Coventry said, and Ruairi Hegarty agreed.",
            &[("Ailsa Coventry", Person), ("Coventry", Person), ("Ruairi Hegarty", Person)]),
    ]);
}

#[test]
fn a_company_named_by_its_web_address_is_one_name() {
    use Label::*;
    check(&[
        ("Viewers watched on Zentrovia.com and Booking.com on Friday.", &[("Zentrovia.com", Org), ("Booking.com", Org)]),
    ]);
}

#[test]
fn a_plural_in_initials_ends_the_name_before_it() {
    use Label::*;
    check(&[
        ("Orvane Party MPs were suspended, and Kelvane Ranu MEPs walked out.", &[("Orvane Party", Org), ("Kelvane Ranu", Org)]),
    ]);
}
