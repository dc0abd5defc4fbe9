//! The typed model of a framework document (see `docs/framework-schema.md`); `load.rs` reads
//! it from JSON.
//!
//! Every string is content shown to visitors exactly as written: the view layer renders it as
//! text, never as markup, so a document cannot inject HTML or script into a partner's page.

/// A whole framework document, as validated by [`crate::core::load::load_framework`].
#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    /// Stable id; part of saved-state keys, so it must not change between releases.
    pub id: String,
    pub title: String,
    pub date: String,
    pub publishers: Vec<String>,
    /// The framework's own opening paragraph.
    pub summary: String,
    pub about: Vec<AboutSection>,
    /// Who developed the framework, on whose behalf: shown as the visible credit.
    pub attribution: String,
    /// Where the source's evidence can be found; shown as text.
    pub source_note: Option<String>,
    pub linked_frameworks: Vec<LinkedFramework>,
    pub themes: Vec<Theme>,
    pub self_check: SelfCheckSpec,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AboutSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// Another leadership framework that themes are mapped onto (e.g. the NHS Leadership Framework).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedFramework {
    pub id: String,
    /// Short name, used in pickers and results.
    pub name: String,
    /// The source's own heading for this column, e.g. "Links with NHS Leadership Framework".
    pub heading: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub title: String,
    pub tagline: String,
    pub description: String,
    pub behaviours: Vec<Behaviour>,
    pub links: Vec<Link>,
}

/// One key behaviour: the unit a visitor rates in the self-check.
#[derive(Debug, Clone, PartialEq)]
pub struct Behaviour {
    pub id: String,
    pub text: String,
    /// Set for behaviours that only apply in some organisations (e.g. "provider organisations"):
    /// the self-check offers "does not apply to my role" for these.
    pub applies_to: Option<String>,
}

/// A theme's link to a heading of another framework, with the source's quotes from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The `id` of one of the document's `linked_frameworks`.
    pub framework: String,
    pub heading: String,
    /// May be empty: the source names some headings without quoting them.
    pub quotes: Vec<String>,
}

/// The self-check's wording, answer scale and quick selection.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfCheckSpec {
    /// The question shown above every statement.
    pub question: String,
    /// Answer labels from least to most; a label's position is its value.
    pub scale: Vec<String>,
    /// Label of the extra answer offered for behaviours with `applies_to`.
    pub not_applicable: String,
    /// Behaviour ids that make up the quick check, in the order they are asked within a theme.
    pub quick: Vec<String>,
}

impl Framework {
    /// The linked framework with this id, if the document declares it.
    pub fn linked_framework(&self, id: &str) -> Option<&LinkedFramework> {
        self.linked_frameworks.iter().find(|f| f.id == id)
    }

    /// Every behaviour of every theme, in document order.
    pub fn behaviours(&self) -> impl Iterator<Item = &Behaviour> {
        self.themes.iter().flat_map(|t| t.behaviours.iter())
    }
}

impl SelfCheckSpec {
    /// The value of the scale's last (highest) label; the scale has 2 to 10 labels.
    pub fn top(&self) -> u8 {
        u8::try_from(self.scale.len().saturating_sub(1)).unwrap_or(u8::MAX)
    }
}

impl Theme {
    /// This theme's links to one linked framework, in document order.
    pub fn links_to<'a>(&'a self, framework: &'a str) -> impl Iterator<Item = &'a Link> {
        self.links.iter().filter(move |l| l.framework == framework)
    }
}
