//! Helpers shared by the native test files.
#![allow(dead_code)] // each test file uses a different subset
#![allow(clippy::expect_used, clippy::panic)] // test helpers: a panic is a failing test

use lsc_core::framework::load::{load_framework, LoadError};
use lsc_core::framework::model::{Behaviour, Framework};
use lsc_core::self_check::questionnaire::Step;
use lsc_core::self_check::state::{Action, Effect, Focus, Progress, Restored, Saving, SelfCheck};
use serde_json::Value;

pub const FRAMEWORK_JSON: &str = include_str!("../../../framework.json");

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

/// The state after `action`, for tests that follow a visitor through several actions and look
/// at where they end up rather than at the effects on the way.
pub trait After {
    fn after(&self, action: Action) -> SelfCheck;
}

impl After for SelfCheck {
    fn after(&self, action: Action) -> SelfCheck {
        let mut next = self.clone();
        let _ = next.apply(action);
        next
    }
}

/// What the view finds on a device where `progress` was saved and storage works.
pub fn saved(progress: Option<Progress>) -> Restored {
    Restored { saving: Saving::On, progress, notice: None }
}

/// The state after `action`, and what the views must do about it.
pub fn applied(check: &SelfCheck, action: Action) -> (SelfCheck, Vec<Effect>) {
    let mut next = check.clone();
    let effects = next.apply(action);
    (next, effects)
}

/// Where the effects move focus, if anywhere.
pub fn focus_of(effects: &[Effect]) -> Option<Focus> {
    effects.iter().find_map(|e| match e {
        Effect::Focus(f) => Some(f.clone()),
        _ => None,
    })
}
