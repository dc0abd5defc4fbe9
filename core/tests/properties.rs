//! Property tests: hostile or random input against the promises the core makes.
//!
//! - the self-check's state machine stays valid whatever a visitor does, in either mode, and a
//!   reload puts them back where they were;
//! - scores stay in 0..=100, only rise when an answer rises, and "does not apply" counts as not
//!   asked;
//! - saved state: any text decodes without panicking, every valid save round-trips, and a
//!   damaged save is either still valid or set aside;
//! - the history and the file that moves it: any text read never panics, export then load
//!   returns everything, and loading twice adds nothing;
//! - colleagues' response codes: any text reads without panicking, answers round-trip, a changed
//!   character is refused, and no colleague figure is shown from fewer than three views;
//! - kept data written by two tabs in any order: nothing finished is lost unless deleted, nothing
//!   deleted comes back, and merging is commutative, associative and idempotent;
//! - the framework loader never panics, and whatever it accepts keeps the validator's promises.
//!
//! Case counts keep this file to a few seconds in a debug build, with the same cases on every run;
//! set PROPTEST_CASES and PROPTEST_RNG_SEED to search further (e.g. `PROPTEST_CASES=10000
//! PROPTEST_RNG_SEED=$RANDOM cargo test --release --test properties`).
#![allow(clippy::panic, clippy::indexing_slicing, clippy::expect_used)] // test helpers: a panic is a failing test

mod common;
// In tests/properties/ (a path, since tests/state.rs and others are test files of their own).
#[path = "properties/colleagues.rs"]
mod colleagues;
#[path = "properties/documents.rs"]
mod documents;
#[path = "properties/kept.rs"]
mod kept;
#[path = "properties/load.rs"]
mod load;
#[path = "properties/saved.rs"]
mod saved;
#[path = "properties/scoring.rs"]
mod scoring;
#[path = "properties/state.rs"]
mod state;
#[path = "properties/text_edits.rs"]
mod text_edits;
#[path = "properties/transfer.rs"]
mod transfer;

use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

use common::{applied, asked, doc, focus_of, framework, saved, After, FRAMEWORK_JSON};
use lsc_core::framework::load::{load_framework, LoadError, MAX_SCALE};
use lsc_core::framework::model::{
    AboutSection, Behaviour, Direction, Framework, Link, LinkedFramework, SelfCheckSpec, Theme,
};
use lsc_core::map::Map;
use lsc_core::results::scoring::{score, theme_scores};
use lsc_core::self_check::questionnaire::{allowed, steps, Answer, Mode};
use lsc_core::self_check::saved::{decode, encode};
use lsc_core::self_check::state::{
    Action, Confirm, Effect, Focus, Notice, Progress, Restored, Saving, SelfCheck, Stage, Status,
    MAX_ACTION_CHARS,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;

/// Runs `test` on `cases` random values (or PROPTEST_CASES), shrinking any failure to a minimal
/// input. A plain runner rather than `proptest!`, so that a test can count what its cases reached.
/// The same values on every run unless PROPTEST_RNG_SEED is set: the test command passes or fails
/// alike on every machine, and wider searches are run by hand (a case they find becomes a test).
fn check<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        Config::default().rng_seed
    } else {
        RngSeed::Fixed(2013)
    };
    let mut runner =
        TestRunner::new(Config { cases, rng_seed, failure_persistence: None, ..Config::default() });
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

fn modes() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Quick), Just(Mode::Full)]
}
