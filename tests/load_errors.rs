//! Malformed framework documents are refused with a message that says where and what.

mod common;

use common::{doc, error_of};
use leadership_self_check::core::load::{load_framework, LoadError};
use serde_json::json;

fn message(doc: &serde_json::Value) -> String {
    error_of(doc).to_string()
}

#[test]
fn not_json_names_line_and_column() {
    let err = load_framework("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
    assert!(matches!(err, LoadError::Syntax { line: Some(3), .. }), "{err:?}");
    assert!(err.to_string().contains("line 3"), "{err}");
}

#[test]
fn unknown_or_missing_schema_version_is_refused_before_anything_else() {
    let mut d = doc();
    d["schema_version"] = json!(2);
    d["themes"] = json!("broken too");
    assert_eq!(error_of(&d), LoadError::Version { found: Some("2".into()) });
    assert!(message(&d).contains("reads version 1"));

    d.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(error_of(&d), LoadError::Version { found: None });
}

#[test]
fn missing_field_names_the_theme_and_the_field() {
    let mut d = doc();
    d["themes"][1]["behaviours"][2].as_object_mut().unwrap().remove("text");
    let msg = message(&d);
    assert!(msg.contains("themes[1] (\"Driving transformation\").behaviours[2].text: missing."), "{msg}");
}

#[test]
fn wrong_type_says_what_was_expected() {
    let mut d = doc();
    d["themes"][0]["tagline"] = json!(42);
    let msg = message(&d);
    assert!(msg.contains("themes[0] (\"Strategic intent\").tagline"), "{msg}");
    assert!(msg.contains("expected a string"), "{msg}");
}

#[test]
fn unknown_field_is_reported_not_ignored() {
    let mut d = doc();
    d["themes"][3]["tagilne"] = json!("typo");
    let msg = message(&d);
    assert!(msg.contains("unknown field `tagilne`"), "{msg}");
}

#[test]
fn duplicate_behaviour_ids_are_refused_even_across_themes() {
    let mut d = doc();
    d["themes"][2]["behaviours"][1]["id"] = json!("si-1"); // fc-2: not in the quick check
    let LoadError::Invalid(problems) = error_of(&d) else { panic!("expected Invalid") };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "themes[2] (\"Facilitative and collaborative style\").behaviours[1].id");
    assert!(problems[0].message.contains("\"si-1\" is used more than once"));
}

#[test]
fn duplicate_theme_ids_are_refused() {
    let mut d = doc();
    d["themes"][1]["id"] = json!("strategic-intent");
    assert!(message(&d).contains("\"strategic-intent\" is used more than once"));
}

#[test]
fn a_theme_without_behaviours_is_refused() {
    let mut d = doc();
    d["themes"][3]["behaviours"] = json!([]);
    let msg = message(&d);
    assert!(
        msg.contains(
            "themes[3] (\"Flexibility and openness\").behaviours: expected at least one key behaviour"
        ),
        "{msg}"
    );
}

#[test]
fn no_themes_at_all_is_refused() {
    let mut d = doc();
    d["themes"] = json!([]);
    d["self_check"]["quick"] = json!([]);
    assert!(message(&d).contains("themes: expected at least one theme, found none"));
}

#[test]
fn empty_text_is_refused() {
    let mut d = doc();
    d["themes"][0]["behaviours"][0]["text"] = json!("   ");
    assert!(message(&d).contains("behaviours[0].text: expected text, found an empty string"));
}

#[test]
fn links_must_name_a_declared_framework() {
    let mut d = doc();
    d["themes"][0]["links"][0]["framework"] = json!("itil");
    assert!(message(&d).contains("\"itil\" is not the id of any of linked_frameworks"));
}

#[test]
fn ids_are_kept_to_a_safe_alphabet() {
    let mut d = doc();
    d["themes"][0]["id"] = json!("Strategic Intent\"><script>");
    assert!(message(&d).contains("is not a valid id"));
}

#[test]
fn quick_check_must_name_existing_behaviours_and_cover_every_theme() {
    let mut d = doc();
    d["self_check"]["quick"] = json!(["si-1", "nope"]);
    let msg = message(&d);
    assert!(msg.contains("self_check.quick[1]: \"nope\" is not the id of any key behaviour"), "{msg}");
    assert!(msg.contains("names no behaviour of themes[1] (\"Driving transformation\")"), "{msg}");
}

#[test]
fn answer_scale_needs_two_to_ten_distinct_labels() {
    let mut d = doc();
    d["self_check"]["scale"] = json!(["Always"]);
    assert!(message(&d).contains("self_check.scale: expected 2 to 10 answer labels, found 1"));
    d["self_check"]["scale"] = json!((0..11).map(|i| format!("Label {i}")).collect::<Vec<_>>());
    assert!(message(&d).contains("self_check.scale: expected 2 to 10 answer labels, found 11"));
    d["self_check"]["scale"] = json!(["Often", "Often"]);
    assert!(message(&d).contains("\"Often\" is used more than once"));
}

/// The core keeps markup as literal text; the views render it with text nodes (checked in the
/// browser tests), so it is shown, never interpreted.
#[test]
fn html_in_strings_is_kept_as_literal_text() {
    let mut d = doc();
    let hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> &amp;";
    d["themes"][0]["behaviours"][0]["text"] = json!(hostile);
    d["themes"][0]["title"] = json!("<b>Bold</b>");
    let fw = load_framework(&d.to_string()).unwrap();
    assert_eq!(fw.themes[0].behaviours[0].text, hostile);
    assert_eq!(fw.themes[0].title, "<b>Bold</b>");
}

#[test]
fn more_than_two_thousand_behaviours_in_all_are_refused_with_the_count() {
    let mut d = doc();
    let behaviours = |n: usize, theme: usize| {
        (0..n).map(|i| json!({ "id": format!("t{theme}-b{i}"), "text": "A behaviour." })).collect::<Vec<_>>()
    };
    for (t, theme) in d["themes"].as_array_mut().unwrap().iter_mut().enumerate() {
        theme["behaviours"] = json!(behaviours(500, t));
    }
    d["self_check"]["quick"] = json!(["t0-b0", "t1-b0", "t2-b0", "t3-b0"]);
    assert!(load_framework(&d.to_string()).is_ok(), "2,000 behaviours in all are allowed");
    d["themes"][3]["behaviours"].as_array_mut().unwrap().push(json!({ "id": "extra", "text": "One more." }));
    let msg = message(&d);
    assert!(msg.contains("expected at most 2000 key behaviours in all, found 2001"), "{msg}");
}
