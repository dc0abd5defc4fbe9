//! Helpers shared by the native test files.
#![allow(dead_code)] // each test file uses a different subset
#![allow(clippy::expect_used, clippy::panic)] // test helpers: a panic is a failing test

use leadership_self_check::core::load::{load_framework, LoadError};
use leadership_self_check::core::model::{Behaviour, Framework};
use leadership_self_check::core::questionnaire::Step;
use serde_json::Value;

pub const FRAMEWORK_JSON: &str = include_str!("../../framework.json");

/// The bundled framework, which must load.
pub fn framework() -> Framework {
    load_framework(FRAMEWORK_JSON).expect("framework.json loads")
}

/// The bundled framework as a JSON value, to break on purpose.
pub fn doc() -> Value {
    serde_json::from_str(FRAMEWORK_JSON).expect("framework.json is JSON")
}

/// Loads a (broken) document and returns the error it must produce.
pub fn error_of(doc: &Value) -> LoadError {
    match load_framework(&doc.to_string()) {
        Ok(_) => panic!("expected the document to be refused"),
        Err(e) => e,
    }
}

/// Every behaviour asked in these steps, in order: the tests' independent view of what the
/// core's `find_asked` and `steps` promise.
pub fn asked<'a>(fw: &'a Framework, steps: &'a [Step]) -> impl Iterator<Item = &'a Behaviour> + 'a {
    steps.iter().flat_map(move |s| {
        let theme = fw.themes.get(s.theme);
        s.items.iter().filter_map(move |&i| theme?.behaviours.get(i))
    })
}
