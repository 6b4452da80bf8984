//! The token tables of [`super`] on one text read twice (the classes a first document leaves by lexicon index).

use super::*;

#[test]
fn token_classes_are_those_of_the_lower_cased_word_on_every_run() {
    // the same words in several forms (case, curly apostrophe), twice: the second
    // document reads the classes the first one left by lexicon index
    let text = "Officials said the company’s O'Neill signed it. OFFICIALS SAID THE COMPANY'S O’NEILL SIGNED 21st deals; Über said so. It cost 3.5 million, 10,000 more than 1996's 2nd.";
    let seg = crate::segment::segment(text);
    for _ in 0..2 {
        let doc = Doc::new(text, &seg, &[], &[]);
        for (t, tok) in seg.tokens.iter().enumerate() {
            let want = if tok.kind == TokenKind::Punct { 0 } else { words::classes(doc.low(t)) };
            assert_eq!(doc.tokens[t].classes & !(COMMA | CAPITALISED | QUOTE_MARK | APOSTROPHE), want, "{}", doc.tok(t));
            assert_eq!(doc.is_apostrophe(t), matches!(doc.low(t), "'" | "'s"), "{}", doc.tok(t));
        }
    }
}
