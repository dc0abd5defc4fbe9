//! The typed model of a framework document (see `docs/framework-schema.md`): serde reads it,
//! `load::validate` checks the rules a type cannot express, and in native builds schemars
//! generates `docs/framework.schema.json` from these same types.
//!
//! Every string is content shown to visitors exactly as written: the view layer renders it as
//! text, never as markup, so a document cannot inject HTML or script into a partner's page.

use serde::{Deserialize, Serialize};

/// What the schema says of ids and texts; `load::validate` checks the same and more.
#[cfg(not(target_arch = "wasm32"))]
const ID: &str = "^[a-z0-9-]{1,64}$";
#[cfg(not(target_arch = "wasm32"))]
const TEXT: &str = "\\S";
#[cfg(not(target_arch = "wasm32"))]
const NAMED: &str = "\\{name\\}";
#[cfg(not(target_arch = "wasm32"))]
const LANGUAGE: &str = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

/// A whole framework document; `load::validate` checks the rules between its parts.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// The version of this format; this build reads 1 (`error::SCHEMA_VERSION`).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 1)))]
    pub schema_version: u64,
    /// Stable id; part of saved-state keys, so it must not change between releases.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID)))]
    pub id: String,
    /// The language of the document's text, a BCP 47 tag such as `en-GB`: the widget's `lang`,
    /// whatever the page's, so that screen readers speak it right. Absent: `en-GB`.
    #[serde(default = "default_language")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(LANGUAGE)))]
    pub language: String,
    /// The direction the document's text is written in: the widget's `dir`, whatever the page's.
    #[serde(default)]
    pub direction: Direction,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub title: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub date: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1), inner(pattern(TEXT))))]
    pub publishers: Vec<String>,
    /// The framework's own opening paragraph.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub summary: String,
    pub about: Vec<AboutSection>,
    /// Who developed the framework, on whose behalf: shown as the visible credit.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub attribution: String,
    /// Where the source's evidence can be found; shown as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub source_note: Option<String>,
    pub linked_frameworks: Vec<LinkedFramework>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub themes: Vec<Theme>,
    pub self_check: SelfCheckSpec,
}

fn default_language() -> String {
    "en-GB".to_string()
}

/// Left to right (the default) or right to left.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AboutSection {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub heading: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1), inner(pattern(TEXT))))]
    pub paragraphs: Vec<String>,
}

/// Another leadership framework that themes are mapped onto (e.g. the NHS Leadership Framework).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LinkedFramework {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID)))]
    pub id: String,
    /// Short name, used in pickers and results.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub name: String,
    /// The source's own heading for this column, e.g. "Links with NHS Leadership Framework".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub heading: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID)))]
    pub id: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub title: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub tagline: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub description: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1)))]
    pub behaviours: Vec<Behaviour>,
    pub links: Vec<Link>,
}

/// One key behaviour: the unit a visitor rates in the self-check.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Behaviour {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID)))]
    pub id: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub text: String,
    /// Set for behaviours that only apply in some organisations (e.g. "provider organisations"):
    /// the self-check offers "does not apply to my role" for these.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub applies_to: Option<String>,
}

/// A theme's link to a heading of another framework, with the source's quotes from it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The `id` of one of the document's `linked_frameworks`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(ID)))]
    pub framework: String,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub heading: String,
    /// May be empty: the source names some headings without quoting them.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(pattern(TEXT))))]
    pub quotes: Vec<String>,
}

/// The self-check's wording, answer scale and quick selection.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SelfCheckSpec {
    /// The question shown above every statement.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub question: String,
    /// Answer labels from least to most; a label's position is its value.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 2, max = 10), inner(pattern(TEXT))))]
    pub scale: Vec<String>,
    /// Label of the extra answer offered for behaviours with `applies_to`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub not_applicable: String,
    /// Behaviour ids that make up the quick check, in the order they are asked within a theme.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(inner(pattern(ID))))]
    pub quick: Vec<String>,
    /// The wording for colleagues asked about the visitor. Absent: no invitations are offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colleagues: Option<ColleagueWording>,
}

/// How the self-check is put to a colleague who gives their view of the visitor.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ColleagueWording {
    /// The question about the named visitor; `{name}` stands for their first name, once.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(NAMED)))]
    pub question: String,
    /// The question when the visitor gave no name; no `{name}`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub question_unnamed: String,
    /// The label of the extra answer for behaviours with `applies_to`, asked of a colleague.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(pattern(TEXT)))]
    pub not_applicable: String,
}

/// Where a colleague question puts the visitor's name.
pub const NAME_PLACEHOLDER: &str = "{name}";

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
