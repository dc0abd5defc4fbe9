//! The embedding element's attributes: allowed values are used, anything else falls back to the
//! default with one warning for the web team.

use lsc_core::options::{parse_options, ColorScheme, Options, View};
use lsc_core::self_check::questionnaire::Mode;

/// Options from these attributes (name, value); attributes not listed are absent.
fn parse(attrs: &[(&str, &str)]) -> (Options, Vec<String>) {
    parse_options(|name| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()))
}

const DEFAULTS: Options = Options {
    view: View::Both,
    mode: Mode::Quick,
    persist: true,
    heading_level: 2,
    color_scheme: ColorScheme::Light,
    fallback_href: None,
};

#[test]
fn no_attributes_give_the_defaults_without_warnings() {
    let (o, warnings) = parse(&[]);
    assert_eq!(o, DEFAULTS);
    assert_eq!(Options::default(), DEFAULTS);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn unrelated_attributes_are_ignored() {
    let (o, warnings) = parse(&[("class", "wide"), ("lang", "en"), ("Mode", "full")]);
    assert_eq!(o, DEFAULTS);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn every_valid_view() {
    for (value, view) in
        [("framework", View::Framework), ("self-check", View::SelfCheck), ("both", View::Both)]
    {
        let (o, warnings) = parse(&[("view", value)]);
        assert_eq!(o, Options { view, ..DEFAULTS }, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
}

#[test]
fn every_valid_mode() {
    for (value, mode) in [("quick", Mode::Quick), ("full", Mode::Full)] {
        let (o, warnings) = parse(&[("mode", value)]);
        assert_eq!(o, Options { mode, ..DEFAULTS }, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
}

#[test]
fn every_valid_persist() {
    for (value, persist) in [("local", true), ("none", false)] {
        let (o, warnings) = parse(&[("persist", value)]);
        assert_eq!(o, Options { persist, ..DEFAULTS }, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
}

#[test]
fn every_valid_heading_level() {
    for (value, level) in [("2", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6)] {
        let (o, warnings) = parse(&[("heading-level", value)]);
        assert_eq!(o, Options { heading_level: level, ..DEFAULTS }, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
}

#[test]
fn all_attributes_together() {
    let (o, warnings) =
        parse(&[("view", "self-check"), ("mode", "full"), ("persist", "none"), ("heading-level", "4")]);
    assert_eq!(
        o,
        Options { view: View::SelfCheck, mode: Mode::Full, persist: false, heading_level: 4, ..DEFAULTS }
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn each_invalid_value_gives_the_default_and_one_warning_naming_it() {
    // heading-level and fallback-href are checked by the loader: tests/loader/rules.test.mjs.
    let cases: [(&str, &str); 9] = [
        ("mode", "long"),
        ("mode", "Full"),
        ("mode", ""),
        ("view", ""),
        ("view", "selfcheck"),
        ("view", "BOTH"),
        ("persist", "session"),
        ("persist", "true"),
        ("persist", ""),
    ];
    for (name, value) in cases {
        let (o, warnings) = parse(&[(name, value)]);
        assert_eq!(o, DEFAULTS, "{name}={value:?}");
        assert_eq!(warnings.len(), 1, "{name}={value:?}: {warnings:?}");
        let w = &warnings[0];
        assert!(w.contains(&format!("{name}=\"{value}\"")), "{name}={value:?}: {w}");
    }
}

#[test]
fn a_warning_says_what_is_allowed_and_what_is_used_instead() {
    let (_, warnings) = parse(&[("mode", "long")]);
    assert_eq!(warnings, ["mode=\"long\" is not one of quick, full; using the default, quick."]);
    let (_, warnings) = parse(&[("view", "")]);
    assert_eq!(warnings, ["view=\"\" is not one of framework, self-check, both; using the default, both."]);
    let (_, warnings) = parse(&[("persist", "session")]);
    assert_eq!(warnings, ["persist=\"session\" is not one of local, none; using the default, local."]);
}

#[test]
fn invalid_values_do_not_affect_the_valid_ones() {
    let (o, warnings) =
        parse(&[("view", "framework"), ("mode", "long"), ("persist", "none"), ("color-scheme", "dim")]);
    assert_eq!(o, Options { view: View::Framework, mode: Mode::Quick, persist: false, ..DEFAULTS });
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("mode=\"long\"")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("color-scheme=\"dim\"")), "{warnings:?}");
}

#[test]
fn surrounding_whitespace_is_accepted() {
    let (o, warnings) = parse(&[
        ("view", "  framework "),
        ("mode", "\tfull\n"),
        ("persist", " none"),
        ("heading-level", " 3 "),
    ]);
    assert_eq!(
        o,
        Options { view: View::Framework, mode: Mode::Full, persist: false, heading_level: 3, ..DEFAULTS }
    );
    assert!(warnings.is_empty(), "{warnings:?}");

    // Whitespace only is still not a value.
    let (o, warnings) = parse(&[("mode", "   ")]);
    assert_eq!(o, DEFAULTS);
    assert_eq!(warnings.len(), 1);
}

#[test]
fn every_valid_color_scheme() {
    for (value, color_scheme) in
        [("light", ColorScheme::Light), ("dark", ColorScheme::Dark), ("auto", ColorScheme::Auto)]
    {
        let (o, warnings) = parse(&[("color-scheme", value)]);
        assert_eq!(o, Options { color_scheme, ..DEFAULTS }, "{value}");
        assert_eq!(o.color_scheme.name(), value);
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
    let (o, warnings) = parse(&[("color-scheme", "Dark")]);
    assert_eq!(o, DEFAULTS);
    assert_eq!(
        warnings,
        ["color-scheme=\"Dark\" is not one of light, dark, auto; using the default, light."]
    );
}

#[test]
fn the_fallback_link_checked_by_the_loader_is_kept_as_given() {
    let (o, warnings) = parse(&[("fallback-href", "https://example.org/leadership")]);
    assert_eq!(o.fallback_href.as_deref(), Some("https://example.org/leadership"));
    assert!(warnings.is_empty(), "{warnings:?}");
}
