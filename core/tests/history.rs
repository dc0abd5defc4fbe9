//! Progress over time: days as visitors read them, the checks kept (the most recent 20, the
//! same check never twice), each theme's change since the previous check, and the history as
//! stored, set aside when it cannot be used.
#![allow(clippy::expect_used, clippy::indexing_slicing)] // test helpers: a panic is a failing test

mod common;

use common::framework;
use lsc_core::history::changes::{changes, Change};
use lsc_core::history::dates::Day;
use lsc_core::history::{decode, encode, set_aside_message, Completed, History, HISTORY_VERSION, MAX_CHECKS};
use lsc_core::kept::keys::{prefix, Kept};
use lsc_core::map::Map;
use lsc_core::results::reading::moved_most;
use lsc_core::results::scoring::theme_scores;
use lsc_core::self_check::questionnaire::{steps, Answer, Mode};
use lsc_core::self_check::saved::SetAside;
use serde_json::json;

const QUICK: [&str; 12] =
    ["si-1", "si-4", "si-7", "dt-1", "dt-2", "dt-3", "fc-1", "fc-5", "fc-6", "fo-1", "fo-5", "fo-6"];

fn day(y: u16, m: u8, d: u8) -> Day {
    Day::new(y, m, d).expect("a real day")
}

/// A quick check finished at `at` on `d`, every statement answered `value` but the first
/// theme's, answered `first`.
fn check(at: u64, d: Day, first: u8, value: u8) -> Completed {
    let answers: Map<Answer> = QUICK
        .iter()
        .map(|id| (id.to_string(), Answer::Scale(if id.starts_with("si-") { first } else { value })))
        .collect();
    Completed { at, day: d, mode: Mode::Quick, answers, actions: Map::new(), edited: 0, after: 0 }
}

#[test]
fn days_read_as_the_document_language_writes_them() {
    assert_eq!(day(2026, 3, 3).long("en-GB"), "3 March 2026");
    assert_eq!(day(2026, 12, 31).long("en"), "31 December 2026");
    assert_eq!(day(2026, 3, 3).long("cy"), "2026-03-03", "no Welsh month names yet: the unambiguous form");
    assert_eq!(day(2026, 3, 3).long("enx"), "2026-03-03");
    assert_eq!(Day::parse("2024-02-29"), Some(day(2024, 2, 29)));
    assert_eq!(Day::parse("2026-04-30"), Some(day(2026, 4, 30)));
    for bad in [
        "2026-02-29",
        "2026-04-31",
        "2026-06-31",
        "2026-09-31",
        "2026-11-31",
        "2026-13-01",
        "2026-00-10",
        "2026-1-01",
        "+026-01-01",
        "2026-01-01x",
        "2026x03-03",
        "2026-03x03",
        "",
        "0000-01-01",
    ] {
        assert_eq!(Day::parse(bad), None, "{bad:?} is not a day");
    }
    assert!(day(2026, 3, 3) < day(2026, 4, 1));
}

#[test]
fn keeps_the_twenty_most_recent_and_names_the_one_dropped_next() {
    let mut h = History::default();
    for i in 0..MAX_CHECKS as u64 {
        assert_eq!(h.dropped_next(), None, "nothing is dropped before {MAX_CHECKS} are kept");
        h.record(check(1_000 + i, day(2026, 1, 1 + i as u8), 1, 1));
    }
    assert_eq!(h.dropped_next().map(|c| c.day), Some(day(2026, 1, 1)));
    h.record(check(5_000, day(2026, 2, 1), 1, 1));
    assert_eq!(h.checks().len(), MAX_CHECKS);
    assert_eq!(h.checks().first().map(|c| c.day), Some(day(2026, 1, 2)), "the oldest went");
    assert_eq!(h.checks().last().map(|c| c.at), Some(5_000));
}

#[test]
fn finishing_again_the_same_day_replaces_that_days_check() {
    let mut h = History::default();
    h.record(check(1, day(2026, 3, 3), 1, 1));
    h.record(check(2, day(2026, 3, 3), 2, 1));
    assert_eq!(h.checks().len(), 1);
    assert_eq!(h.checks().first().map(|c| c.at), Some(2));
    h.record(check(3, day(2026, 3, 4), 2, 1));
    assert_eq!(h.checks().len(), 2);
}

#[test]
fn a_copy_finished_at_the_same_millisecond_is_the_same_check_not_one_before_it() {
    // Two tabs finishing one check in the same millisecond: one id, so one check, kept whole;
    // the clock did not go back, so it follows nothing.
    let mut h = History::default();
    h.record(check(100, day(2026, 3, 3), 1, 1));
    let copy = Completed { edited: 5, ..check(100, day(2026, 3, 3), 2, 2) };
    assert_eq!(h.record(copy.clone()), Vec::<u64>::new(), "nothing deleted");
    assert_eq!(h.checks(), [copy], "the copy edited last, after nothing");
}

#[test]
fn the_plan_written_on_the_results_goes_to_that_check() {
    let mut h = History::default();
    let c = check(1, day(2026, 3, 3), 1, 1);
    h.record(c.clone());
    let plan: Map<String> = [("si-1".to_string(), "Meet the council".to_string())].into_iter().collect();
    assert!(h.update_plan(Mode::Quick, &c.answers, &plan, 10));
    assert_eq!(h.find(1).map(|c| c.actions.clone()), Some(plan.clone()));
    assert!(!h.update_plan(Mode::Quick, &c.answers, &plan, 11), "the same plan is not written again");
    assert_eq!(h.find(1).map(|c| c.edited), Some(10), "nor said to be edited");
    let other: Map<String> = [("si-1".to_string(), "Ask the team".to_string())].into_iter().collect();
    assert!(!h.update_plan(Mode::Full, &c.answers, &other, 11), "no full check has these answers");
    assert_eq!(
        h.find(1).map(|c| c.actions.clone()),
        Some(plan.clone()),
        "the quick check's plan is not another mode's"
    );
    h.remove(1);
    assert!(h.checks().is_empty());
}

#[test]
fn merging_never_keeps_the_same_check_twice() {
    let mut h = History::default();
    h.record(check(1, day(2026, 3, 3), 1, 1));
    let file = History::of(vec![check(1, day(2026, 3, 3), 1, 1), check(2, day(2026, 4, 3), 2, 2)]);
    let import = h.plan_import(&file, day(2026, 5, 1));
    assert_eq!((import.adding.len(), import.already, import.no_room), (1, 1, 0));
    h.import(&import);
    let again = h.plan_import(&History::of(vec![check(2, day(2026, 4, 3), 2, 2)]), day(2026, 5, 1));
    assert_eq!((again.adding.len(), again.already), (0, 1));
    assert_eq!(h.checks().len(), 2);
    // A check finished today on the other device is added; one dated tomorrow is not.
    let file = History::of(vec![check(3, day(2026, 5, 1), 1, 2), check(4, day(2026, 5, 2), 1, 2)]);
    let today = h.plan_import(&file, day(2026, 5, 1));
    assert_eq!((today.adding.iter().map(|c| c.at).collect::<Vec<_>>(), today.future), (vec![3], 1));
}

#[test]
fn each_theme_changes_since_the_previous_check_that_scored_it() {
    let fw = framework();
    let before = check(1, day(2026, 3, 3), 1, 2);
    let now = check(2, day(2026, 4, 3), 3, 2);
    let scores = theme_scores(&fw, &steps(&fw, Mode::Quick), &now.answers);
    let found = changes(&fw, &[&before], &scores, now.day);
    assert_eq!(found.len(), 4, "every theme was scored before");
    let texts: Vec<String> = found.iter().map(|c| c.text("en-GB")).collect();
    assert_eq!(texts[0], "up 67 since 3 March 2026", "Strategic intent: 33 then 100");
    assert_eq!(texts[1], "no change since 3 March 2026");
    let down = changes(&fw, &[&now], &theme_scores(&fw, &steps(&fw, Mode::Quick), &before.answers), now.day);
    assert_eq!(down[0].text("en-GB"), "down 67 since 3 April 2026");
    let most = moved_most(&found).expect("a theme moved");
    assert_eq!(fw.themes[most.theme].title, "Strategic intent");
    assert_eq!(
        moved_most(&changes(
            &fw,
            &[&before],
            &theme_scores(&fw, &steps(&fw, Mode::Quick), &before.answers),
            now.day
        )),
        None
    );
    assert!(changes(&fw, &[], &scores, now.day).is_empty(), "a first check has nothing to compare with");
}

#[test]
fn the_theme_that_moved_most_is_the_first_of_the_largest_moves_up_or_down() {
    let since = day(2026, 3, 3);
    let moved = |theme, before, now| Change { theme, before, now, since, later: false };
    let found = [moved(0, 50, 60), moved(1, 70, 40), moved(2, 20, 50), moved(3, 50, 50)];
    assert_eq!(moved_most(&found).map(|c| c.theme), Some(1), "down 30 before up 30, both past up 10");
}

#[test]
fn a_theme_the_last_check_did_not_score_is_compared_with_the_check_before() {
    let fw = framework();
    let older = check(1, day(2026, 1, 5), 0, 2);
    let mut newer = check(2, day(2026, 2, 5), 2, 2);
    for id in ["si-1", "si-4", "si-7"] {
        newer.answers.remove(id);
    }
    let now = check(3, day(2026, 3, 5), 3, 2);
    let scores = theme_scores(&fw, &steps(&fw, Mode::Quick), &now.answers);
    let found = changes(&fw, &[&older, &newer], &scores, now.day);
    assert_eq!(found[0].since, day(2026, 1, 5), "Strategic intent: the newest earlier check that scored it");
    assert_eq!(found[1].since, day(2026, 2, 5), "the other themes: the previous check");
}

#[test]
fn the_history_round_trips_and_lives_under_the_frameworks_prefix() {
    let fw = framework();
    assert!(Kept::History.key(&fw.id).starts_with(&prefix(&fw.id)), "Delete my answers removes it");
    let mut h = History::default();
    let mut c = check(1_772_500_000_000, day(2026, 3, 3), 1, 2);
    c.actions.insert("si-1".into(), "Talk to the parish council".into());
    h.record(c);
    h.record(check(1_775_000_000_000, day(2026, 4, 1), 3, 0));
    assert_eq!(decode(&encode(&fw, &h), &fw), Ok(h));
}

#[test]
fn a_history_that_cannot_be_used_is_set_aside_saying_why() {
    let fw = framework();
    let good = json!({"at": 1, "day": "2026-03-03", "mode": "quick", "answers": {"si-1": 2}, "actions": {}});
    let doc = |version: serde_json::Value, framework: &str, checks: serde_json::Value| {
        json!({"version": version, "framework": framework, "checks": checks}).to_string()
    };
    assert!(decode(&doc(json!(HISTORY_VERSION), &fw.id, json!([good])), &fw).is_ok());
    assert_eq!(decode("{not json", &fw), Err(SetAside::Unreadable));
    assert_eq!(decode("[]", &fw), Err(SetAside::Unreadable));
    assert_eq!(decode(&doc(json!(2), &fw.id, json!([])), &fw), Err(SetAside::OtherVersion));
    assert_eq!(decode(&doc(json!(1), "another", json!([])), &fw), Err(SetAside::OtherCheck));
    assert_eq!(decode(&doc(json!(1), &fw.id, json!({"a": 1})), &fw), Err(SetAside::Unreadable));
    let mut bad = good.clone();
    bad["answers"] = json!({"zz-9": 1});
    assert_eq!(decode(&doc(json!(1), &fw.id, json!([bad])), &fw), Err(SetAside::Outdated));
    let mut bad_day = good;
    bad_day["day"] = json!("2026-02-30");
    assert_eq!(decode(&doc(json!(1), &fw.id, json!([bad_day])), &fw), Err(SetAside::Outdated));
    // What the visitor is told, by reason.
    let kept = "They have been kept aside, and checks you finish from now on are kept.";
    for (reason, why) in [
        (SetAside::Unreadable, "could not be read."),
        (SetAside::OtherVersion, "are from another version of this self-check."),
        (SetAside::OtherCheck, "refer to statements that have changed since."),
        (SetAside::Outdated, "refer to statements that have changed since."),
    ] {
        assert_eq!(
            set_aside_message(reason),
            format!("Your earlier checks saved on this device {why} {kept}")
        );
    }
}
