//! Malformed framework documents are refused with a message that says where and what.

mod common;

use common::{doc, error_of};
use lsc_core::framework::error::syntax_error_from_js;
use lsc_core::framework::load::{load_framework, LoadError};
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

#[test]
fn a_missing_field_is_named_by_its_own_path() {
    let mut d = doc();
    d["themes"][2]["behaviours"][0].as_object_mut().unwrap().remove("text");
    let err = error_of(&d);
    assert_eq!(
        err,
        LoadError::Shape {
            path: "themes[2] (\"Facilitative and collaborative style\").behaviours[0].text".into(),
            detail: "missing".into()
        }
    );
}

#[test]
fn the_widget_message_points_at_the_validator() {
    let mut d = doc();
    d["themes"][0]["tagilne"] = json!("typo");
    let msg = error_of(&d).widget_message();
    assert!(
        msg.starts_with(
            "In the framework document at themes[0] (\"Strategic intent\"): unknown field `tagilne`"
        ),
        "{msg}"
    );
    assert!(
        msg.ends_with("The validator (cargo run --bin validate-framework -- FILE) lists every problem."),
        "{msg}"
    );
}

#[test]
fn bidirectional_controls_are_refused_naming_the_field() {
    for c in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
        let mut d = doc();
        d["themes"][1]["behaviours"][0]["text"] = json!(format!("Leaders {c}listen"));
        let msg = message(&d);
        assert!(msg.contains("themes[1] (\"Driving transformation\").behaviours[0].text: contains the bidirectional control character"), "{msg}");
        assert!(msg.contains(&format!("U+{:04X}", u32::from(c))), "{msg}");
    }
    let mut d = doc();
    d["self_check"]["scale"][2] = json!("Often\u{2067}");
    assert!(message(&d).contains("self_check.scale[2]: contains the bidirectional control character U+2067"));
    // Letters of right-to-left scripts and the marks that are not controls are fine.
    let mut d = doc();
    d["themes"][0]["behaviours"][0]["text"] = json!("القيادة \u{200F}(leadership)");
    assert!(load_framework(&d.to_string()).is_ok());
}

#[test]
fn labels_and_titles_of_invisible_characters_only_are_refused() {
    for invisible in ["\u{200B}", "\u{200B}\u{FEFF} \u{2060}", "\u{00AD}", "\u{3164}"] {
        let mut d = doc();
        d["themes"][3]["title"] = json!(invisible);
        d["self_check"]["scale"][0] = json!(invisible);
        let msg = message(&d);
        assert!(msg.contains(".title: expected visible text, found only invisible characters"), "{msg}");
        assert!(msg.contains("self_check.scale[0]: expected visible text"), "{msg}");
    }
    // A zero-width joiner inside a word is not the whole label.
    let mut d = doc();
    d["self_check"]["scale"][0] = json!("Ne\u{200D}ver");
    assert!(load_framework(&d.to_string()).is_ok());
}

#[test]
fn a_utf16_document_read_as_utf8_names_the_encoding() {
    let text = common::FRAMEWORK_JSON;
    let le: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for bytes in [le, be] {
        // What the browser's Response.text() makes of it.
        let read = String::from_utf8_lossy(&bytes);
        let err = load_framework(&read).unwrap_err();
        assert_eq!(err, LoadError::Encoding("UTF-16"));
        assert!(err.to_string().contains("saved as UTF-16; save it as UTF-8"), "{err}");
    }
}

#[test]
fn browsers_json_syntax_errors_give_line_and_column_where_they_can() {
    let text = "{\n  \"schema_version\": 1,\n  oops\n}";
    let place = |message: &str| match syntax_error_from_js(text, message) {
        LoadError::Syntax { line, column, .. } => (line, column),
        other => panic!("{other:?}"),
    };
    // Firefox.
    assert_eq!(
        place("JSON.parse: expected property name or '}' at line 3 column 3 of the JSON data"),
        (Some(3), Some(3))
    );
    // Chromium, with and without its own line and column.
    assert_eq!(
        place("Expected property name or '}' in JSON at position 27 (line 3 column 3)"),
        (Some(3), Some(3))
    );
    assert_eq!(place("Expected property name or '}' in JSON at position 27"), (Some(3), Some(3)));
    // WebKit: no place given, so the text itself is scanned for it.
    let err = syntax_error_from_js(text, "JSON Parse error: Property name must be a string literal");
    assert_eq!(
        err.to_string(),
        "The framework document is not valid JSON (line 3, column 3): JSON Parse error: Property name must be a string literal."
    );
    // Positions count UTF-16 code units, as JavaScript does.
    assert_eq!(
        match syntax_error_from_js("[\"🌱\",\n x]", "Unexpected token 'x' at position 8") {
            LoadError::Syntax { line, column, .. } => (line, column),
            other => panic!("{other:?}"),
        },
        (Some(2), Some(2))
    );
}

#[test]
fn an_unknown_member_at_the_top_level_is_named_there() {
    let mut d = doc();
    d["themse"] = json!([]);
    assert_eq!(
        error_of(&d),
        LoadError::Shape { path: "the top level".into(), detail: "unknown field `themse`".into() }
    );
}

#[test]
fn language_and_direction_come_from_the_document_and_default_to_british_english_left_to_right() {
    use lsc_core::framework::model::Direction;
    let mut d = doc();
    d["language"] = json!("ar");
    d["direction"] = json!("rtl");
    let fw = load_framework(&d.to_string()).expect("usable");
    assert_eq!((fw.language.as_str(), fw.direction), ("ar", Direction::Rtl));

    let o = d.as_object_mut().unwrap();
    o.remove("language");
    o.remove("direction");
    let fw = load_framework(&d.to_string()).expect("usable");
    assert_eq!((fw.language.as_str(), fw.direction.name()), ("en-GB", "ltr"));
}

#[test]
fn a_language_that_is_not_a_tag_or_an_unknown_direction_is_refused_naming_the_field() {
    let mut d = doc();
    d["language"] = json!("en GB");
    let msg = message(&d);
    assert!(msg.contains("language") && msg.contains("language tag"), "{msg}");

    let mut d = doc();
    d["direction"] = json!("sideways");
    let msg = message(&d);
    assert!(msg.contains("direction"), "{msg}");
}

#[test]
fn the_place_of_a_json_syntax_error_is_found_when_the_browser_gives_none() {
    use lsc_core::framework::json_syntax::first_error;
    for valid in ["{}", "[]", " [1, -0.5e+3, \"a\\u00e9\\n\", true, false, null, {\"k\": [{}]}] ", "\"🌱\""]
    {
        assert_eq!(first_error(valid), None, "{valid}");
    }
    // (text, UTF-16 offset of the first character that breaks the grammar)
    for (broken, at) in [
        ("", 0),
        ("{\"a\": 1,}", 8),
        ("[1 2]", 3),
        ("[01]", 2),
        ("{\"a\" 1}", 5),
        ("[\"🌱\", tru]", 10),
        ("[\"tab\there\"]", 5),
        ("{} {}", 3),
        ("[[[", 3),
        ("[1.]", 3),
    ] {
        assert_eq!(first_error(broken), Some(at), "{broken}");
    }
}
