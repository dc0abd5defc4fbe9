//! The embedding element's attributes. A value that is not allowed is reported to the web team
//! (as a warning) and the default is used: an attribute never stops the widget from rendering.

use super::questionnaire::Mode;

/// Which parts of the widget a partner shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Framework,
    SelfCheck,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    pub mode: Mode,
    /// Keep progress in the browser's storage (`persist="local"`), or in the page only (`"none"`).
    pub persist: bool,
    /// The level of the widget's top heading, 2 to 6.
    pub heading_level: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options { view: View::Both, mode: Mode::Quick, persist: true, heading_level: 2 }
    }
}

/// Reads the options from attribute values (`get("mode")` → `Some("full")`), returning them with
/// one warning for each value that was not allowed.
pub fn parse_options(get: impl Fn(&str) -> Option<String>) -> (Options, Vec<String>) {
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let mut check = |name: &str, allowed: &str, ok: bool, value: &str, default: &str| {
        if !ok {
            warnings
                .push(format!("{name}=\"{value}\" is not one of {allowed}; using the default, {default}."));
        }
    };
    if let Some(v) = get("view") {
        let parsed = match v.trim() {
            "framework" => Some(View::Framework),
            "self-check" => Some(View::SelfCheck),
            "both" => Some(View::Both),
            _ => None,
        };
        check("view", "framework, self-check, both", parsed.is_some(), &v, "both");
        o.view = parsed.unwrap_or(o.view);
    }
    if let Some(v) = get("mode") {
        let parsed = Mode::parse(v.trim());
        check("mode", "quick, full", parsed.is_some(), &v, "quick");
        o.mode = parsed.unwrap_or(o.mode);
    }
    if let Some(v) = get("persist") {
        let parsed = match v.trim() {
            "local" => Some(true),
            "none" => Some(false),
            _ => None,
        };
        check("persist", "local, none", parsed.is_some(), &v, "local");
        o.persist = parsed.unwrap_or(o.persist);
    }
    if let Some(v) = get("heading-level") {
        let parsed = v.trim().parse::<u8>().ok().filter(|l| (2..=6).contains(l));
        check("heading-level", "2, 3, 4, 5, 6", parsed.is_some(), &v, "2");
        o.heading_level = parsed.unwrap_or(o.heading_level);
    }
    (o, warnings)
}
