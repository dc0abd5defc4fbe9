//! One description of the format: the committed JSON Schema is the one the model's types
//! generate, and the bundled framework.json is valid against it.

mod common;

use common::doc;
use lsc_core::framework::schema::{every_problem, schema, schema_text};
use serde_json::json;

const COMMITTED: &str = include_str!("../../docs/framework.schema.json");

#[test]
fn the_committed_schema_is_the_generated_one() {
    assert!(
        COMMITTED == schema_text(),
        "docs/framework.schema.json differs from the schema core/src/framework/model.rs generates; regenerate it with\n  \
         cargo run --bin validate-framework -- --schema > docs/framework.schema.json"
    );
}

#[test]
fn the_schema_is_draft_2020_12() {
    assert_eq!(schema()["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn framework_json_is_valid_against_the_committed_schema() {
    let committed: serde_json::Value = serde_json::from_str(COMMITTED).unwrap();
    let validator = jsonschema::validator_for(&committed).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&doc()).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_refuses_what_the_widget_refuses_for_its_shape() {
    let committed: serde_json::Value = serde_json::from_str(COMMITTED).unwrap();
    let validator = jsonschema::validator_for(&committed).unwrap();
    let mut d = doc();
    d["themes"][0]["tagilne"] = json!("typo");
    assert!(!validator.is_valid(&d), "unknown member");
    let mut d = doc();
    d["themes"][0]["behaviours"][0]["id"] = json!("Not An Id");
    assert!(!validator.is_valid(&d), "id alphabet");
    let mut d = doc();
    d["self_check"]["scale"] = json!(["Only one"]);
    assert!(!validator.is_valid(&d), "scale length");
    let mut d = doc();
    d["schema_version"] = json!(2);
    assert!(!validator.is_valid(&d), "schema_version");
}

#[test]
fn the_full_report_names_every_problem_by_path() {
    let mut d = doc();
    d["themes"][2]["behaviours"][0].as_object_mut().unwrap().remove("text");
    d["themes"][0]["tagline"] = json!(42);
    let problems = every_problem(&d);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"themes[2].behaviours[0].text"), "{problems:?}");
    assert!(paths.contains(&"themes[0].tagline"), "{problems:?}");
    let missing = problems.iter().find(|p| p.path == "themes[2].behaviours[0].text").unwrap();
    assert_eq!(missing.message, "missing");
}
