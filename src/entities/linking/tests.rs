//! Linking as the whole pipeline does it: our own sentences, each mention's
//! linked entity checked by its canonical name, and pairs of mentions that must
//! (or must not) name the same thing.

use crate::annotations::Annotations;

/// The mention written `text`, the `nth` so written (0 the first).
fn mention(a: &Annotations, text: &str, nth: usize, doc: &str) -> usize {
    let found = a.entities.iter().filter(|e| e.text == text).nth(nth);
    found.unwrap_or_else(|| panic!("no mention {text:?} #{nth} in {doc:?}: {:?}", a.entities)).id
}

/// A mention's form, which one of that form, and the canonical name of its linked entity.
type Want = (&'static str, usize, &'static str);

#[test]
fn mentions_link_to_the_full_name_the_context_means() {
    let cases: &[(&str, &[Want])] = &[
        (
            "Russian President Vladimir Putin met reporters. Mr Putin said Putin would stay.",
            &[("Putin", 0, "Vladimir Putin"), ("Putin", 1, "Vladimir Putin")],
        ),
        ("Kim Jong-un arrived. Kim Jong Un then left.", &[("Kim Jong Un", 0, "Kim Jong-un")]),
        (
            "Kim Jong Il ruled until 2011. His son Kim Jong Un took over. Kim said he would talk.",
            &[("Kim", 0, "Kim Jong Un"), ("Kim Jong Il", 0, "Kim Jong Il")],
        ),
        ("The United Nations met on Monday. The UN said it would help.", &[("UN", 0, "United Nations")]),
        // a bare name is the namesake without a generation; an abbreviation defined in parentheses drops an initial
        (
            "Donald Trump and his son Donald Trump Jr. rallied in Ohio. Mr Trump told the crowd he would win. Trump Jr. agreed.",
            &[("Trump", 0, "Donald Trump"), ("Trump Jr.", 0, "Donald Trump Jr.")],
        ),
        (
            "The U.S. Centers for Disease Control and Prevention (CDC) agreed, and the CDC said it was ready.",
            &[("CDC", 0, "U.S. Centers for Disease Control and Prevention"), ("CDC", 1, "U.S. Centers for Disease Control and Prevention")],
        ),
        // an organisation's clipped name, and a politician's surname after the full name with a courtesy title
        ("The Federal Reserve held rates. The Fed said inflation eased.", &[("Fed", 0, "Federal Reserve")]),
        ("Prime Minister Narendra Modi's party won. Mr Modi thanked voters.", &[("Modi", 0, "Narendra Modi")]),
        // name particles in any case
        (
            "Ursula von der Leyen spoke in Brussels. Von der Leyen said the plan would work.",
            &[("Von der Leyen", 0, "Ursula von der Leyen")],
        ),
        (
            "Joost van der Westhuizen played scrum-half for years. Van der Westhuizen later coached.",
            &[("Van der Westhuizen", 0, "Joost van der Westhuizen")],
        ),
        // an abbreviation: the name it spells, one written the same way, never a name it begins
        (
            "U.N. officials said the U.N. High Commissioner for Refugees would send staff. The UNHCR said it had trucks.",
            &[("U.N.", 0, "U.N."), ("UNHCR", 0, "U.N. High Commissioner for Refugees")],
        ),
        (
            "The U.N. said on Monday that aid had arrived. A UN spokesman said more was coming.",
            &[("UN", 0, "U.N.")],
        ),
        (
            "U.N. officials said the U.N. Security Council would vote. The United Nations met in Geneva.",
            &[("U.N.", 0, "United Nations"), ("U.N. Security Council", 0, "U.N. Security Council")],
        ),
        (
            "The World Health Organization warned of a new strain. WHO officials said the risk was low.",
            &[("WHO", 0, "World Health Organization")],
        ),
        // a relative introduced as one is not whom the bare surname means
        (
            "Maggie Lindqvist dies at 91. Maggie Lindqvist, the photographer, has died. Her daughter, Anna Lindqvist, said she died on Sunday. Born in 1933, Lindqvist taught herself.",
            &[("Lindqvist", 0, "Maggie Lindqvist")],
        ),
        // namesakes: a generation, a middle initial named later, a wife's given name
        (
            "Donald Trump Jr. spoke at the rally. Donald Trump arrived later and said the crowd was big.",
            &[("Donald Trump", 0, "Donald Trump"), ("Donald Trump Jr.", 0, "Donald Trump Jr.")],
        ),
        (
            "George Bush was president from 1989. His son George W. Bush won in 2000. George W. Bush said Bush was proud.",
            &[("George Bush", 0, "George Bush"), ("Bush", 0, "George W. Bush")],
        ),
        (
            "George H. W. Bush left office in 1993. George W. Bush took office in 2001.",
            &[("George W. Bush", 0, "George W. Bush")],
        ),
        (
            "Edward J. Morgan founded the firm in 1901. Edward Morgan later sold it, and Morgan retired.",
            &[("Edward Morgan", 0, "Edward J. Morgan"), ("Morgan", 0, "Edward J. Morgan")],
        ),
        (
            "Ronald Reagan's wife, Nancy, said she missed him. Nancy Reagan died in 2016.",
            &[("Nancy", 0, "Nancy Reagan"), ("Ronald Reagan", 0, "Ronald Reagan")],
        ),
        // a surname two people share: the one named last before, unless both were just named
        (
            "Hillary Clinton spoke first. Bill Clinton followed her. On Tuesday Clinton said he was proud.",
            &[("Clinton", 0, "Bill Clinton")],
        ),
        (
            "Bill Clinton and Hillary Clinton arrived. Clinton said it was late. Aides said Clinton was tired.",
            &[("Clinton", 0, "Clinton"), ("Clinton", 1, "Clinton"), ("Bill Clinton", 0, "Bill Clinton")],
        ),
        // a courtesy title tells a husband from a wife
        (
            "Bill Clinton and Hillary Clinton arrived. Mrs Clinton said she was tired. Mr. Clinton smiled.",
            &[("Clinton", 0, "Hillary Clinton"), ("Clinton", 1, "Bill Clinton")],
        ),
        // ... and a bare surname is not the namesake the writer calls "Mrs"
        (
            "Barack Obama spoke. Mrs Obama and Michelle Obama arrived. Obama said it was fine.",
            &[("Obama", 0, "Michelle Obama"), ("Obama", 1, "Barack Obama")],
        ),
        (
            "Hillary Clinton toured the plant on Monday. Mr Clinton stayed in New York.",
            &[("Clinton", 0, "Clinton")],
        ),
        (
            "Bill Clinton toured the plant on Monday. Mrs Clinton stayed in New York.",
            &[("Clinton", 0, "Clinton")],
        ),
        // ... the given name a title is checked against is the one the mention leaves out, not "Kim"
        ("Kim Jong Un met envoys on Monday. Mr Kim said talks would go on.", &[("Kim", 0, "Kim Jong Un")]),
        (
            "Kim Jong Un flew to Moscow. Kim Jong Un met Putin. Kim, like his late father Kim Jong Il, came by train. \
             Kim said the talks went well.",
            &[("Kim", 0, "Kim Jong Un"), ("Kim", 1, "Kim Jong Un")],
        ),
        // ... and a surname the text already gave one of them stays his
        (
            "President Ivan Petrov visited the hospital on Friday. Petrov said the staff were kind. \
             His wife, Anna Petrov, had surgery last week. Petrov said she was recovering.",
            &[("Petrov", 0, "Ivan Petrov"), ("Petrov", 1, "Ivan Petrov"), ("Anna Petrov", 0, "Anna Petrov")],
        ),
        // a headline's surname goes to the first of the namesakes the story then names
        (
            "Yeltsin visits wife in hospital. Russian President Boris Yeltsin went to the clinic on Friday. His wife, Naina Yeltsin, had surgery.",
            &[("Yeltsin", 0, "Boris Yeltsin")],
        ),
        // a name written with and without its accents
        (
            "José Manuel Barroso arrived in Lisbon. Jose Manuel Barroso said Barroso would stay.",
            &[("Jose Manuel Barroso", 0, "José Manuel Barroso"), ("Barroso", 0, "José Manuel Barroso")],
        ),
        // a short given name for the formal one
        (
            "William Jefferson Clinton was sworn in on Wednesday. Bill Clinton promised change.",
            &[("Bill Clinton", 0, "William Jefferson Clinton")],
        ),
        (
            "Joseph Robinette Biden spoke in Delaware. Joe Biden said Biden would win.",
            &[("Joe Biden", 0, "Joseph Robinette Biden"), ("Biden", 0, "Joseph Robinette Biden")],
        ),
        ("Tom Hanks won an Oscar in 1994. Tom said he was grateful.", &[("Tom", 0, "Tom Hanks")]),
        // organisations and their short forms
        ("Apple Inc. reported profits on Tuesday. Apple said sales of phones rose.", &[("Apple", 0, "Apple Inc.")]),
        ("The Bank of England raised rates. The Bank said inflation was too high.", &[("Bank", 0, "Bank of England")]),
        ("Manchester United beat Chelsea 2-0. United are now third.", &[("United", 0, "Manchester United")]),
        // a seat of power named by its building is another body than the bare building word; a name's first word is it
        ("The White House said no. House Speaker Mike Johnson disagreed.", &[("White House", 0, "White House"), ("House", 0, "House")]),
        ("The House of Commons met, and the House voted.", &[("House", 0, "House of Commons")]),
        (
            "The European Commission proposed a law. The Commission said it would act.",
            &[("Commission", 0, "European Commission")],
        ),
        // titles
        (
            "President Biden met Joe Biden's advisers. Mr Biden said Biden would run.",
            &[("Biden", 0, "Joe Biden"), ("Biden", 2, "Joe Biden")],
        ),
        ("Dr. Anna Kowalski led the study. Kowalski said the results were clear.", &[("Kowalski", 0, "Anna Kowalski")]),
        // a shouted headline: its span takes no mention in ordinary case, and the name is in ordinary case
        (
            "SURREY CLINCH TITLE AFTER LATE RALLY.\nLONDON 1996-08-30\nSurrey beat Kent by six wickets on Friday in London.",
            &[("Surrey", 0, "Surrey"), ("LONDON", 0, "London")],
        ),
    ];
    for (text, want) in cases {
        let a = crate::annotate(text);
        for &(form, nth, name) in *want {
            let e = &a.entities[mention(&a, form, nth, text)];
            assert_eq!(a.linked[e.linked].name, name, "{form:?} #{nth} in {text:?}");
            assert!(a.linked[e.linked].mentions.contains(&e.id), "{text}");
        }
    }
}

#[test]
fn every_mention_is_in_the_linked_entity_it_points_to() {
    let texts = [
        "",
        "Clinton. Clinton. Bill Clinton and Hillary Clinton. Clinton. CLINTON.",
        "U.N. UN. U.N. UNHCR. U.N. High Commissioner for Refugees. United Nations.",
        "George W. Bush, George Bush, George H. W. Bush, Bush Jr., Bush.",
    ];
    for text in texts {
        let a = crate::annotate(text);
        let mut count = 0;
        for (l, le) in a.linked.iter().enumerate() {
            assert_eq!(le.id, l, "{text}");
            assert!(le.mentions.windows(2).all(|w| w[0] < w[1]), "{text}");
            for &m in &le.mentions {
                assert_eq!(a.entities[m].linked, l, "{text}");
                assert_eq!(a.entities[m].label, le.label, "{text}");
            }
            count += le.mentions.len();
        }
        assert_eq!(count, a.entities.len(), "{text}");
    }
}

#[test]
fn a_key_s_hash_reads_every_byte_and_its_label() {
    use crate::annotations::Label;
    let word = b"kim jong un of the workers party";
    for len in 0..=word.len() {
        let key = &word[..len];
        let h = super::key_hash(Label::Person, key);
        assert_eq!(h, super::key_hash(Label::Person, key));
        assert_ne!(h, super::key_hash(Label::Org, key), "{len}");
        for at in 0..len {
            let mut other = key.to_vec();
            other[at] ^= 0x20;
            assert_ne!(h, super::key_hash(Label::Person, &other), "byte {at} of {len}");
        }
    }
}
