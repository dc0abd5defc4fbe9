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
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let mut check = |name: &str, allowed: &str, ok: bool, value: &str, default: &str| {
        if !ok {
            warnings.push(format!("{name}=\"{value}\" is not {allowed}; using the default, {default}."));
        }
    };
    if let Some(v) = get("view") {
        let parsed = match v.trim() {
            "framework" => Some(View::Framework),
            "self-check" => Some(View::SelfCheck),
            "both" => Some(View::Both),
            _ => None,
        };
        check("view", "one of framework, self-check, both", parsed.is_some(), &v, "both");
        o.view = parsed.unwrap_or(o.view);
    }
    if let Some(v) = get("mode") {
        let parsed = Mode::parse(v.trim());
        check("mode", "one of quick, full", parsed.is_some(), &v, "quick");
        o.mode = parsed.unwrap_or(o.mode);
    }
    if let Some(v) = get("persist") {
        let parsed = match v.trim() {
            "local" => Some(true),
            "none" => Some(false),
            _ => None,
        };
        check("persist", "one of local, none", parsed.is_some(), &v, "local");
        o.persist = parsed.unwrap_or(o.persist);
    }
    if let Some(v) = get("heading-level") {
        let parsed = v.trim().parse::<u8>().ok().filter(|l| (2..=6).contains(l));
        check("heading-level", "one of 2, 3, 4, 5, 6", parsed.is_some(), &v, "2");
        o.heading_level = parsed.unwrap_or(o.heading_level);
    }
    if let Some(v) = get("color-scheme") {
        let parsed = match v.trim() {
            "light" => Some(ColorScheme::Light),
            "dark" => Some(ColorScheme::Dark),
            "auto" => Some(ColorScheme::Auto),
            _ => None,
        };
        check("color-scheme", "one of light, dark, auto", parsed.is_some(), &v, "light");
        o.color_scheme = parsed.unwrap_or(o.color_scheme);
    }
    if let Some(v) = get("fallback-href") {
        let safe = is_web_link(&v);
        check("fallback-href", "a web address (http, https or relative)", safe, &v, "no link");
        o.fallback_href = safe.then(|| v.trim().to_string());
    }
    (o, warnings)
}

/// Whether `href` can only lead to a web page: a relative address, or an absolute one with the
/// http or https scheme. Anything else (`javascript:`, `data:`…) could run script when clicked.
/// Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any control or space
/// character inside the address disqualifies it rather than being guessed about.
pub fn is_web_link(href: &str) -> bool {
    let href = href.trim();
    if href.is_empty() || href.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let scheme_end = href.find(':');
    let path_start = href.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(path)) if path < colon => true,
        (Some(colon), _) => {
            let scheme = href.get(..colon).unwrap_or_default();
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
        (None, _) => true,
    }
}
