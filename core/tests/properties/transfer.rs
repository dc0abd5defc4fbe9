//! The history and the "Move to another device" file: any text read as either never panics;
//! export then load returns every check and the answers in progress; loading the same file
//! twice changes nothing the second time.

use super::state::progresses;
use super::text_edits::{edited, edits};
use super::*;
use lsc_core::history::dates::Day;
use lsc_core::history::transfer::{export, read};
use lsc_core::history::{self, Completed, History, MAX_CHECKS};

/// Checks as the history keeps them: each with answers, on a real day, in either mode.
fn completed() -> impl Strategy<Value = Completed> {
    let days =
        (2000u16..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Day::new(y, m, d).expect("a real day"));
    (modes(), 0u64..4_000_000_000_000, days)
        .prop_flat_map(|(mode, at, day)| (Just(mode), Just(at), Just(day), progresses(mode)))
        .prop_filter("a check has answers", |(_, _, _, p)| !p.answers.is_empty())
        .prop_map(|(mode, at, day, p)| Completed {
            at,
            day,
            mode,
            answers: p.answers,
            actions: p.actions,
            edited: 0,
            after: 0,
        })
}

/// Pieces of the file's own vocabulary, so that edits make near-misses rather than noise.
const VOCABULARY: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "0",
    "1",
    "9",
    "-",
    "n/a",
    "quick",
    "full",
    "\"at\"",
    "\"day\"",
    "2026-02-30",
    "\"version\"",
    "\"framework\"",
];

fn histories() -> impl Strategy<Value = History> {
    proptest::collection::vec(completed(), 0..MAX_CHECKS + 4).prop_map(|checks| {
        let mut h = History::default();
        for c in checks {
            let _ = h.record(c);
        }
        h
    })
}

#[test]
fn reading_any_text_as_a_file_or_a_history_never_panics() {
    let fw = framework();
    check(1000, any::<String>(), |text| {
        let _ = read(&text, &fw);
        let _ = history::decode(&text, &fw);
        Ok(())
    });
}

#[test]
fn a_damaged_file_is_refused_or_still_holds_valid_checks() {
    let fw = framework();
    let day = Day::new(2026, 5, 1).expect("a day");
    check(100, (histories(), proptest::collection::vec(edits(VOCABULARY), 1..4)), |(h, edits)| {
        let text = edited(&export(&fw, day, &h, None, None), &edits);
        if let Ok(moved) = read(&text, &fw) {
            prop_assert!(moved.checks.checks().len() <= MAX_CHECKS);
            prop_assert!(moved.checks.checks().iter().all(|c| !c.answers.is_empty()));
        }
        Ok(())
    });
}

#[test]
fn export_then_load_returns_everything_and_loading_twice_adds_nothing() {
    let fw = framework();
    let day = Day::new(2026, 5, 1).expect("a day");
    let strategy = (
        histories(),
        histories(),
        proptest::option::of(progresses(Mode::Quick)),
        proptest::option::of(progresses(Mode::Full)),
    );
    check(60, strategy, |(h, mut here, quick, full)| {
        let moved = read(&export(&fw, day, &h, quick.as_ref(), full.as_ref()), &fw)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(moved.checks.checks(), h.checks());
        prop_assert_eq!(moved.quick, quick);
        prop_assert_eq!(moved.full, full);
        prop_assert_eq!(history::decode(&history::encode(&fw, &h), &fw), Ok(h.clone()));

        let mine = here.clone();
        let first = here.plan_import(&moved.checks, day);
        prop_assert!(first.adding.len() + first.already <= h.checks().len());
        here.import(&first);
        let once = here.clone();
        let second = here.plan_import(&moved.checks, day);
        prop_assert_eq!(second.adding.len(), 0);
        here.import(&second);
        prop_assert_eq!(&here, &once);
        prop_assert!(here.checks().len() <= MAX_CHECKS.max(mine.checks().len()));
        prop_assert!(
            mine.checks().iter().all(|c| here.find(c.at).is_some()),
            "a file never drops this device's checks"
        );
        Ok(())
    });
}
