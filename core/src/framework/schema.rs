//! Native only: the JSON Schema of framework documents, generated from the model's types
//! (committed as `docs/framework.schema.json`), and the validator's full report of a document.

use std::sync::OnceLock;

use serde_json::Value;

use crate::framework::load::{validate, Problem};
use crate::framework::model::Framework;

/// The JSON Schema (draft 2020-12) of framework documents, as committed.
pub fn schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Framework)).unwrap_or_default();
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "description".into(),
            "A framework document for the leadership-self-check widget (schema_version 1). Generated from core/src/framework/model.rs; the rules between fields (unique ids, references, the quick check) are checked by the widget and by `cargo run --bin validate-framework`, see docs/framework-schema.md."
                .into(),
        );
    }
    schema
}

/// The schema as committed: two-space indents and a final new line.
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// Every problem of a parsed document, by path: all that break the schema, and if it has the
/// schema's shape, all the rules `validate` checks.
pub fn every_problem(document: &Value) -> Vec<Problem> {
    static VALIDATOR: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    let Some(validator) = VALIDATOR.get_or_init(|| jsonschema::validator_for(&schema()).ok()) else {
        return Vec::new();
    };
    let mut problems: Vec<Problem> = validator
        .iter_errors(document)
        .map(|e| {
            let mut path = path_of(&e.instance_path().to_string());
            let message = match e.kind() {
                jsonschema::error::ValidationErrorKind::Required { property } => {
                    push_member(&mut path, property.as_str().unwrap_or_default());
                    "missing".to_string()
                }
                _ => e.to_string(),
            };
            Problem { path: if path.is_empty() { "the top level".into() } else { path }, message }
        })
        .collect();
    if problems.is_empty() {
        if let Ok(fw) = serde_json::from_value::<Framework>(document.clone()) {
            problems = validate(&fw);
        }
    }
    problems
}

/// `/themes/2/behaviours/0` → `themes[2].behaviours[0]`.
fn path_of(pointer: &str) -> String {
    let mut path = String::new();
    for step in pointer.split('/').skip(1) {
        let step = step.replace("~1", "/").replace("~0", "~");
        match step.parse::<usize>() {
            Ok(i) => path.push_str(&format!("[{i}]")),
            Err(_) => push_member(&mut path, &step),
        }
    }
    path
}

fn push_member(path: &mut String, name: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(name);
}
