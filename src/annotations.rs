//! The output types of the pipeline: one serde struct tree, spans in UTF-8 bytes.
//!
//! Labels, kinds and flags serialise as stable strings (`"PERSON"`, `"quote"`,
//! `"unattributed"`); they are part of the public contract of the CLI and the
//! JavaScript API. [`Annotations::remap`] rewrites every offset into another
//! unit at the boundary.

use crate::short_list::ShortList;
use crate::short_text::ShortText;
use crate::span::{OffsetMap, OffsetUnit, Span};
use serde::Serialize;

/// The seven entity types of `GUIDELINES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Org,
    Place,
    Group,
    Event,
    Date,
    Number,
}

impl Label {
    pub const ALL: [Label; 7] =
        [Label::Person, Label::Org, Label::Place, Label::Group, Label::Event, Label::Date, Label::Number];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Group => "GROUP",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Number => "NUMBER",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What a paragraph (a line or block of the input) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Body,
    Headline,
    Caption,
    Byline,
    Boilerplate,
}

#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    #[serde(flatten)]
    pub span: Span,
    pub kind: ParagraphKind,
    /// Why the paragraph got its kind (a rule name; `"default"` for body text).
    pub rule: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Annotations::paragraphs`].
    pub paragraph: usize,
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub id: usize,
    #[serde(flatten)]
    pub span: Span,
    pub label: Label,
    pub text: ShortText,
    /// Index into [`Annotations::linked`].
    pub linked: usize,
    /// The rule that produced the mention.
    pub rule: &'static str,
}

/// All mentions of one thing ("Vladimir Putin", "Putin", "Mr Putin").
#[derive(Debug, Clone, Serialize)]
pub struct LinkedEntity {
    pub id: usize,
    pub label: Label,
    /// The fullest form in the document.
    pub name: ShortText,
    /// Indices into [`Annotations::entities`], in text order.
    pub mentions: ShortList,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Quote,
    Reported,
    Factual,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Factual => "factual",
        }
    }
}

/// Why a claim deserves a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// A cue with no recoverable source.
    Unattributed,
    /// "officials said", "a source close to …".
    AnonymousSource,
    /// "is expected to", "likely", "believed".
    Hedged,
}

/// Why a factual claim is checkable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    HasNumber,
    HasDate,
    Superlative,
    NamedActor,
    EventVerb,
    /// A named event ("the Cold War").
    NamedEvent,
}

#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: usize,
    #[serde(flatten)]
    pub span: Span,
    pub kind: ClaimKind,
    pub text: String,
    /// Canonical name of who the claim is attributed to.
    pub speaker: Option<String>,
    /// Index into [`Annotations::linked`] when the speaker is a linked entity.
    pub speaker_entity: Option<usize>,
    /// The attribution words as written ("said", "according to").
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    pub flags: Vec<Flag>,
    pub reasons: Vec<Reason>,
    /// The rule that produced the claim.
    pub rule: &'static str,
}

/// Everything the pipeline found in one text.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Annotations {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub linked: Vec<LinkedEntity>,
    pub claims: Vec<Claim>,
    /// Paywall, subscription and share blocks the page can dim.
    pub boilerplate: Vec<Span>,
}

impl Annotations {
    fn spans_mut(&mut self) -> impl Iterator<Item = &mut Span> {
        let p = self.paragraphs.iter_mut().map(|x| &mut x.span);
        let s = self.sentences.iter_mut().map(|x| &mut x.span);
        let e = self.entities.iter_mut().map(|x| &mut x.span);
        let c = self.claims.iter_mut().flat_map(|x| std::iter::once(&mut x.span).chain(x.cue_span.as_mut()));
        let b = self.boilerplate.iter_mut();
        p.chain(s).chain(e).chain(c).chain(b)
    }

    /// Rewrites every span from UTF-8 bytes of `text` into `unit`, in linear time.
    pub fn remap(mut self, text: &str, unit: OffsetUnit) -> Annotations {
        if unit == OffsetUnit::Utf8 {
            return self;
        }
        let map = OffsetMap::new(text, unit);
        for span in self.spans_mut() {
            *span = Span::new(map.get(span.start), map.get(span.end));
        }
        self
    }
}
