//! The options the widget reads, as the loader hands them over: checked against the option table
//! (`option-table.json`) by `www/loader/options.js`, typed (a heading level is a number), each
//! option with a default present, under its property name (`headingLevel`). The widget
//! deserialises them as they are; it has no second parser and reports nothing itself.
//! `tests/options.rs` holds these types to the table.

use serde::{Deserialize, Deserializer};

use crate::self_check::questionnaire::Mode;

/// Which parts of the widget a partner shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    Framework,
    SelfCheck,
    Both,
}

/// Light by default; dark, or the visitor's own setting, only where the host page opts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorScheme {
    Light,
    Dark,
    Auto,
}

impl ColorScheme {
    /// The value of the root's `data-scheme` attribute, which the stylesheet's palettes key on.
    pub fn name(self) -> &'static str {
        match self {
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
            ColorScheme::Auto => "auto",
        }
    }
}

/// The options of the table that the widget reads (`"widget": true`); the loader reads the others.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    pub view: View,
    pub mode: Mode,
    /// Keep progress in the browser's storage (`persist="local"`), or in the page only (`"none"`).
    #[serde(deserialize_with = "local")]
    pub persist: bool,
    /// The level of the widget's top heading, 2 to 6.
    pub heading_level: u8,
    pub color_scheme: ColorScheme,
    /// Where the framework can be read on the partner's own site, offered when loading fails.
    #[serde(default)]
    pub fallback_href: Option<String>,
}

/// `persist`: `"local"` is true, `"none"` false.
fn local<'de, D: Deserializer<'de>>(value: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Persist {
        Local,
        None,
    }
    Ok(matches!(Persist::deserialize(value)?, Persist::Local))
}
