//! The options' one published description, `docs/options.json`, written from the core's
//! `OPTION_SPECS`: the table must agree with what the widget accepts, the committed file and the
//! README's options table must agree with the table, and the WordPress plugin (which ships and
//! reads options.json) must carry the widget's version.
//!
//! After changing an option: `LSC_WRITE_DOCS=1 cargo test --test options_doc` rewrites the file.

#![allow(clippy::panic, clippy::expect_used)] // test helpers: a panic is a failing test

use std::cell::RefCell;
use std::path::Path;

use lsc_core::options::{parse_options, Allowed, Options, OPTION_SPECS};
use serde_json::{json, Value};

const OPTIONS_JSON: &str = "docs/options.json";
const PLUGIN: &str = "integrations/wordpress/leadership-self-check";

fn read(path: &str) -> String {
    let full = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn parse_one(attribute: &str, value: &str) -> (Options, Vec<String>) {
    parse_options(|name| (name == attribute).then(|| value.to_string()))
}

/// The published form of the table: the shortcode's and block's attribute names use `_`.
fn options_json() -> String {
    let options: Vec<Value> = OPTION_SPECS
        .iter()
        .map(|spec| {
            let (key, allowed) = match spec.allowed {
                Allowed::OneOf(values) => ("values", json!(values)),
                Allowed::WebLink => ("format", json!("web-link")),
                Allowed::Url => ("format", json!("url")),
            };
            let mut o = serde_json::Map::new();
            o.insert("name".into(), json!(spec.attribute.replace('-', "_")));
            o.insert("attribute".into(), json!(spec.attribute));
            o.insert("default".into(), json!(spec.default));
            o.insert("description".into(), json!(spec.description));
            o.insert(key.into(), allowed);
            Value::Object(o)
        })
        .collect();
    let doc = json!({
        "about": "The widget's options, written from OPTION_SPECS in core/src/options.rs by tests/options_doc.rs. Do not edit.",
        "options": options,
    });
    serde_json::to_string_pretty(&doc).expect("serialisable") + "\n"
}

/// The options whose values the loader checks (`www/loader/rules.js`, `www/loader/options.js`):
/// the widget takes them as given, and `tests/loader/options-doc.test.mjs` holds them to the table.
const CHECKED_BY_THE_LOADER: &[&str] = &["heading-level", "fallback-href", "framework-src", "loading"];

/// The attributes the core's parser reads.
fn read_by_the_parser() -> Vec<String> {
    let asked = RefCell::new(Vec::new());
    parse_options(|name| {
        asked.borrow_mut().push(name.to_string());
        None
    });
    asked.into_inner()
}

#[test]
fn every_listed_value_is_accepted_and_any_other_gets_the_listed_default() {
    let parsed = read_by_the_parser();
    let checked_here = OPTION_SPECS
        .iter()
        .filter(|s| parsed.iter().any(|p| p == s.attribute) && !CHECKED_BY_THE_LOADER.contains(&s.attribute));
    for spec in checked_here {
        let name = spec.attribute;
        let Allowed::OneOf(values) = spec.allowed else {
            panic!("{name}: the widget checks only options with a list of values");
        };
        let mut seen = Vec::new();
        for value in values {
            let (o, warnings) = parse_one(name, value);
            assert!(warnings.is_empty(), "{name}={value}: {warnings:?}");
            assert!(!seen.contains(&o), "{name}={value} gives the same options as another value");
            seen.push(o.clone());
            if *value == spec.default {
                assert_eq!(o, Options::default(), "{name}: the listed default is the parser's");
            }
        }
        assert!(values.contains(&spec.default), "{name}: the default is one of its values");
        let (o, warnings) = parse_one(name, "not-a-value");
        assert_eq!(o, Options::default());
        let allowed = values.join(", ");
        let default = spec.default;
        assert_eq!(
            warnings,
            [format!("{name}=\"not-a-value\" is not one of {allowed}; using the default, {default}.")]
        );
    }
}

#[test]
fn the_table_lists_every_attribute_the_widget_reads() {
    for name in &read_by_the_parser() {
        assert!(OPTION_SPECS.iter().any(|s| s.attribute == name), "{name} is missing from OPTION_SPECS");
    }
    let names: Vec<&str> = OPTION_SPECS.iter().map(|s| s.attribute).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "an option is listed twice: {names:?}");
}

#[test]
fn docs_options_json_is_written_from_the_table() {
    let want = options_json();
    if std::env::var_os("LSC_WRITE_DOCS").is_some() {
        std::fs::write(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(OPTIONS_JSON), &want)
            .expect("writable");
    }
    assert!(
        read(OPTIONS_JSON) == want,
        "{OPTIONS_JSON} is out of date: run `LSC_WRITE_DOCS=1 cargo test --test options_doc` and commit it"
    );
}

#[test]
fn the_readme_options_table_has_one_row_per_option_with_its_values_and_default() {
    let readme = read("README.md");
    let section = readme.split("### Options").nth(1).expect("README has ### Options");
    let rows: Vec<&str> =
        section.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).collect();
    // A header row, its rule, then one row per option in the table's order.
    let body = rows.get(2..).unwrap_or_default();
    let attributes: Vec<String> = body
        .iter()
        .map(|row| row.split('|').nth(1).unwrap_or_default().trim().trim_matches('`').to_string())
        .collect();
    let want: Vec<&str> = OPTION_SPECS.iter().map(|s| s.attribute).collect();
    assert_eq!(attributes, want, "the README's options table lists the options of OPTION_SPECS, in order");
    for (row, spec) in body.iter().zip(OPTION_SPECS) {
        if let Allowed::OneOf(values) = spec.allowed {
            let (values_cell, default_cell) =
                (row.split('|').nth(2).unwrap_or_default(), row.split('|').nth(3).unwrap_or_default());
            // Numeric ranges are written "`2` to `6`".
            let listed = |v: &str| values_cell.contains(&format!("`{v}`"));
            let range = values.first().is_some_and(|f| listed(f))
                && values.last().is_some_and(|l| listed(l))
                && values_cell.contains(" to ");
            assert!(
                values.iter().all(|v| listed(v)) || range,
                "{}: README lists {values_cell}",
                spec.attribute
            );
            assert!(
                default_cell.contains(&format!("`{}`", spec.default)),
                "{}: README default {default_cell}",
                spec.attribute
            );
        }
    }
}

#[test]
fn the_wordpress_plugin_has_the_widgets_version() {
    let version = env!("CARGO_PKG_VERSION");
    let php = read(&format!("{PLUGIN}/leadership-self-check.php"));
    assert!(
        php.lines().any(|l| l.trim() == format!("* Version:           {version}")),
        "plugin header Version"
    );
    assert!(php.contains(&format!("const LDRCHK_VERSION = '{version}';")), "LDRCHK_VERSION");
    let readme = read(&format!("{PLUGIN}/readme.txt"));
    assert!(readme.lines().any(|l| l == format!("Stable tag: {version}")), "readme.txt Stable tag");
    assert!(readme.contains(&format!("= {version} =")), "readme.txt has a changelog entry for {version}");
    for spec in OPTION_SPECS {
        let name = spec.attribute.replace('-', "_");
        assert!(readme.contains(&format!("`{name}`")), "readme.txt names the shortcode's {name}");
    }
}
