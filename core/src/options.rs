//! The embedding element's attributes. A value that is not allowed is reported to the web team
//! (as a warning) and the default is used: an attribute never stops the widget from rendering.

use crate::self_check::questionnaire::Mode;

/// Which parts of the widget a partner shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Framework,
    SelfCheck,
    Both,
}

/// Light by default; dark, or the visitor's own setting, only where the host page opts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    pub mode: Mode,
    /// Keep progress in the browser's storage (`persist="local"`), or in the page only (`"none"`).
    pub persist: bool,
    /// The level of the widget's top heading, 2 to 6.
    pub heading_level: u8,
    pub color_scheme: ColorScheme,
    /// Where the framework can be read on the partner's own site, offered when loading fails.
    pub fallback_href: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            view: View::Both,
            mode: Mode::Quick,
            persist: true,
            heading_level: 2,
            color_scheme: ColorScheme::Light,
            fallback_href: None,
        }
    }
}

/// Reads the options from attribute values (`get("mode")` → `Some("full")`), returning them with
/// one warning for each value that was not allowed.
pub fn parse_options(get: impl Fn(&str) -> Option<String>) -> (Options, Vec<String>) {
    use ColorScheme::{Auto, Dark, Light};
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let w = &mut warnings;
    let views = [("framework", View::Framework), ("self-check", View::SelfCheck), ("both", View::Both)];
    pick(&get, w, "view", &views, &mut o.view);
    pick(&get, w, "mode", &[("quick", Mode::Quick), ("full", Mode::Full)], &mut o.mode);
    pick(&get, w, "persist", &[("local", true), ("none", false)], &mut o.persist);
    pick(&get, w, "color-scheme", &[("light", Light), ("dark", Dark), ("auto", Auto)], &mut o.color_scheme);
    // The loader decides these two (www/loader/rules.js), since its own failure message needs
    // them when the Wasm cannot run; it passes only checked values.
    if let Some(level) = get("heading-level").and_then(|v| v.trim().parse().ok()) {
        o.heading_level = level;
    }
    o.fallback_href = get("fallback-href");
    (o, warnings)
}

/// Sets `option` from the attribute `name` when its value (surrounding spaces aside) is one of
/// the words in `choices`; otherwise leaves the default and says what is allowed.
fn pick<T: Copy + PartialEq>(
    get: &impl Fn(&str) -> Option<String>,
    warnings: &mut Vec<String>,
    name: &str,
    choices: &[(&str, T)],
    option: &mut T,
) {
    let Some(value) = get(name) else { return };
    match choices.iter().find(|(word, _)| *word == value.trim()) {
        Some(&(_, chosen)) => *option = chosen,
        None => {
            // One loop that writes the list, rather than collect and join: this is compiled
            // once per kind of option.
            let (mut allowed, mut default) = (String::from("one of "), "");
            for (i, &(word, v)) in choices.iter().enumerate() {
                if i > 0 {
                    allowed.push_str(", ");
                }
                allowed.push_str(word);
                if v == *option {
                    default = word;
                }
            }
            warn(warnings, name, &value, &allowed, default);
        }
    }
}

fn warn(warnings: &mut Vec<String>, name: &str, value: &str, allowed: &str, default: &str) {
    warnings.push(format!("{name}=\"{value}\" is not {allowed}; using the default, {default}."));
}
