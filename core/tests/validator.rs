//! The validator for partners (`cargo run --bin validate-framework -- FILE`): the message the
//! widget would show, every problem by path, and an exit code a script can use.

#![allow(clippy::expect_used)] // test helpers: a panic is a failing test

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use common::{doc, FRAMEWORK_JSON};
use lsc_core::framework::load::load_framework;
use serde_json::json;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_validate-framework")).args(args).output().expect("the validator runs")
}

/// Writes `bytes` to a file of its own under the target directory and validates it.
fn validate(name: &str, bytes: &[u8]) -> (Option<i32>, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join(name);
    std::fs::write(&file, bytes).expect("write the test document");
    let out = run(&[file.to_str().expect("a UTF-8 path")]);
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_bundled_document_passes() {
    let (code, out) = validate("bundled.json", FRAMEWORK_JSON.as_bytes());
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("the widget can use this document (4 themes, 39 key behaviours)"), "{out}");
}

#[test]
fn a_broken_document_gets_the_widgets_message_and_every_problem_by_path() {
    let mut d = doc();
    d["themes"][2]["behaviours"][0].as_object_mut().unwrap().remove("text");
    d["themes"][0]["tagline"] = json!(42);
    let text = d.to_string();
    let (code, out) = validate("broken.json", text.as_bytes());
    assert_eq!(code, Some(1), "{out}");
    let widget = load_framework(&text).unwrap_err().widget_message();
    assert!(out.contains(&widget), "the widget's message {widget:?} is not in:\n{out}");
    assert!(out.contains("validate-framework"), "{out}");
    assert!(out.contains("themes[2].behaviours[0].text: missing"), "{out}");
    assert!(out.contains("themes[0].tagline: 42 is not of type \"string\""), "{out}");
}

#[test]
fn rule_breaks_are_all_listed() {
    let mut d = doc();
    d["themes"][1]["id"] = json!("strategic-intent");
    d["themes"][0]["links"][0]["framework"] = json!("itil");
    let (code, out) = validate("rules.json", d.to_string().as_bytes());
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Every problem, by path (2)"), "{out}");
    assert!(out.contains("\"strategic-intent\" is used more than once"), "{out}");
    assert!(out.contains("\"itil\" is not the id of any of linked_frameworks"), "{out}");
}

#[test]
fn a_utf16_document_is_named_as_such() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(FRAMEWORK_JSON.encode_utf16().flat_map(u16::to_le_bytes));
    let (code, out) = validate("utf16.json", &bytes);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("saved as UTF-16; save it as UTF-8"), "{out}");
}

#[test]
fn not_json_gets_its_line_and_column() {
    let (code, out) = validate("syntax.json", b"{\n  \"schema_version\": 1,\n  oops\n}");
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("not valid JSON (line 3, column 3)"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["/no/such/file.json"]).status.code(), Some(2));
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = run(&["--schema"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), include_str!("../../docs/framework.schema.json"));
}
