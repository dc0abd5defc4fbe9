//! The kept-data layer: one registry of keys (the first release's keys, so what it kept is still
//! found), one envelope read the same way for every document, histories written by the first
//! release still read, deletions remembered, imports that never drop this device's checks, and
//! no change ever "since" a day still to come.
#![allow(clippy::expect_used, clippy::indexing_slicing)] // test helpers: a panic is a failing test

mod common;

use common::framework;
use lsc_core::history::changes::changes;
use lsc_core::history::dates::Day;
use lsc_core::history::earlier::Earlier;
use lsc_core::history::{decode, encode, Completed, History, MAX_CHECKS};
use lsc_core::kept::envelope::{open, Expected, Mismatch};
use lsc_core::kept::keys::{prefix, Kept};
use lsc_core::kept::set_aside::plan;
use lsc_core::map::Map;
use lsc_core::results::scoring::theme_scores;
use lsc_core::self_check::questionnaire::{steps, Answer, Mode};
use serde_json::json;

fn day(y: u16, m: u8, d: u8) -> Day {
    Day::new(y, m, d).expect("a real day")
}

fn check(at: u64, d: Day, value: u8) -> Completed {
    let answers: Map<Answer> = [("si-1".to_string(), Answer::Scale(value))].into_iter().collect();
    Completed { at, day: d, mode: Mode::Quick, answers, actions: Map::new(), edited: 0, after: 0 }
}

#[test]
fn every_key_is_the_first_releases_and_under_the_frameworks_prefix() {
    let keys: Vec<String> = Kept::ALL.iter().map(|k| k.key("fw")).collect();
    assert_eq!(
        keys,
        [
            "leadership-self-check:v1:fw:quick",
            "leadership-self-check:v1:fw:full",
            "leadership-self-check:v1:fw:history",
            "leadership-self-check:v1:fw:quick:views",
            "leadership-self-check:v1:fw:full:views",
            "leadership-self-check:v1:fw:colleague:quick",
            "leadership-self-check:v1:fw:colleague:full",
        ]
    );
    for kind in Kept::ALL {
        assert!(kind.key("fw").starts_with(&prefix("fw")), "Delete my answers finds {kind:?}");
        assert!(kind.set_aside_key("fw", 5).starts_with(&prefix("fw")));
        assert_ne!(kind.set_aside_key("fw", 5), kind.set_aside_key("fw", 6));
    }
    let p = plan(Kept::History, "fw", 7);
    assert_eq!(p.copy_to, "leadership-self-check:v1:fw:history:set-aside:7");
    assert_eq!(p.remove, "leadership-self-check:v1:fw:history");
}

#[test]
fn the_envelope_tells_each_mismatch_apart() {
    let want = Expected { format: Some("ours"), version: 2, framework: "fw", mode: Some("quick") };
    let env = |v: serde_json::Value| open(&v.to_string(), want).err();
    let good = json!({"format":"ours","version":2,"framework":"fw","mode":"quick"});
    assert_eq!(env(good.clone()), None);
    assert_eq!(open("not json", want).err(), Some(Mismatch::Unreadable));
    assert_eq!(env(json!([1])), Some(Mismatch::Unreadable));
    assert_eq!(
        env(json!({"format":"theirs","version":2,"framework":"fw","mode":"quick"})),
        Some(Mismatch::NotOurs)
    );
    assert_eq!(
        env(json!({"format":"ours","version":3,"framework":"fw","mode":"quick"})),
        Some(Mismatch::Newer)
    );
    assert_eq!(
        env(json!({"format":"ours","version":1,"framework":"fw","mode":"quick"})),
        Some(Mismatch::OtherVersion)
    );
    assert_eq!(
        env(json!({"format":"ours","version":"2","framework":"fw","mode":"quick"})),
        Some(Mismatch::OtherVersion)
    );
    assert_eq!(
        env(json!({"format":"ours","version":2,"framework":"other","mode":"quick"})),
        Some(Mismatch::OtherCheck)
    );
    assert_eq!(
        env(json!({"format":"ours","version":2,"framework":"fw","mode":"full"})),
        Some(Mismatch::OtherCheck)
    );
    // A version of any other shape is another version, not damage: read past, whatever it holds.
    for version in [json!([2]), json!({"v":2}), json!(2.5), json!(-2), json!(true), json!(null)] {
        let env = env(json!({"format":"ours","version":version,"framework":"fw","mode":"quick"}));
        assert_eq!(env, Some(Mismatch::OtherVersion), "version {version}");
    }
    let loose = Expected { format: None, mode: None, ..want };
    assert!(open(&json!({"version":2,"framework":"fw"}).to_string(), loose).is_ok());
}

#[test]
fn a_history_written_by_the_first_release_still_reads() {
    let fw = framework();
    // Exactly as version 1 wrote it, before deletions were remembered or plans stamped.
    let v1 = json!({"version":1,"framework":fw.id,"checks":[
        {"at":1_772_500_000_000u64,"day":"2026-03-03","mode":"quick","answers":{"si-1":3},"actions":{"si-1":"Ask"}}
    ]});
    let h = decode(&v1.to_string(), &fw).expect("version 1 reads");
    assert_eq!(h.checks().len(), 1);
    assert_eq!(h.checks()[0].actions.get("si-1").map(String::as_str), Some("Ask"));
    assert_eq!(h.checks()[0].edited, 0);
    assert!(h.deleted().is_empty());
    let written: serde_json::Value = serde_json::from_str(&encode(&fw, &h)).expect("JSON");
    assert_eq!(written, v1, "nothing added to a history with no deletions or edits");
}

#[test]
fn deletions_are_remembered_in_storage_so_a_stale_copy_cannot_bring_a_check_back() {
    let fw = framework();
    let stale = History::of(vec![check(1, day(2026, 3, 3), 1), check(2, day(2026, 3, 4), 2)]);
    let mut here = stale.clone();
    here.remove(1);
    let stored = decode(&encode(&fw, &here), &fw).expect("reads back");
    assert_eq!(stored.deleted(), &[1]);
    let merged = stored.merged(&stale);
    assert_eq!(merged.checks().iter().map(|c| c.at).collect::<Vec<_>>(), [2]);
    assert_eq!(merged, stale.merged(&stored));
}

#[test]
fn of_two_copies_the_plan_written_last_is_kept() {
    let c = check(1, day(2026, 3, 3), 1);
    let mut a = History::of(vec![c.clone()]);
    let mut b = a.clone();
    let plan = |t: &str| [("si-1".to_string(), t.to_string())].into_iter().collect::<Map<String>>();
    assert!(a.update_plan(Mode::Quick, &c.answers, &plan("first"), 10));
    assert!(b.update_plan(Mode::Quick, &c.answers, &plan("second"), 20));
    for merged in [a.merged(&b), b.merged(&a)] {
        assert_eq!(merged.checks()[0].actions, plan("second"));
    }
}

#[test]
fn the_twenty_first_check_drops_the_oldest_and_says_which() {
    let mut h = History::default();
    for i in 0..MAX_CHECKS as u64 {
        assert!(h.record(check(10 + i, day(2026, 1, 1 + i as u8), 1)).is_empty());
    }
    assert_eq!(h.record(check(100, day(2026, 2, 1), 1)), vec![10]);
    assert_eq!(h.deleted(), &[10]);
    // A check finished while the clock was behind is never the one dropped.
    assert_eq!(h.record(check(5, day(2026, 2, 2), 2)), vec![11]);
    assert_eq!(h.find(5).map(|c| c.after), Some(100), "finished after the check with id 100");
}

#[test]
fn a_file_never_drops_this_devices_checks_and_says_what_it_did_not_add() {
    let mut here = History::default();
    for i in 0..18u64 {
        let _ = here.record(check(i + 1, day(2026, 1, 1 + i as u8), 1));
    }
    here.remove(3);
    let file: Vec<Completed> = (0..10_000u64)
        .map(|i| check(1_000 + i, day(2020, 1, 1 + (i % 28) as u8), (i % 4) as u8))
        .chain([
            check(3, day(2026, 1, 3), 1),
            check(5, day(2026, 1, 5), 1),
            check(99_999, day(9999, 12, 31), 1),
        ])
        .collect();
    let import = here.plan_import(&History::of(file), day(2026, 6, 1));
    assert_eq!((import.in_file, import.already, import.deleted_here, import.future), (10_003, 1, 1, 1));
    assert_eq!(import.adding.len(), 3, "room for 3 beside this device's 17");
    assert_eq!(import.no_room, 9_997);
    assert!(import.adding.iter().all(|c| c.at >= 10_997), "the newest of the file's");
    let mine = here.clone();
    here.import(&import);
    assert!(mine.checks().iter().all(|c| here.find(c.at).is_some()));
    assert_eq!(here.checks().len(), MAX_CHECKS);
}

#[test]
fn changes_are_since_the_check_finished_before_whatever_the_clock_did() {
    let fw = framework();
    let march = check(1_772_500_000_000, day(2026, 3, 3), 1);
    let mut e = Earlier::new(History::of(vec![march.clone()]), None);
    // The clock went back a year: the check finished now still follows March's.
    let behind = check(1_740_000_000_000, day(2025, 2, 19), 2);
    let _ = e.apply(lsc_core::history::earlier::EarlierAction::Record(behind.clone()));
    let now = e.history().current(Mode::Quick, &behind.answers).expect("kept").clone();
    assert_eq!(now.after, march.at, "finished after March's, whatever its clock said");
    let before: Vec<u64> = e.before(Some(&now)).iter().map(|c| c.at).collect();
    assert_eq!(before, [march.at]);
    let scores = theme_scores(&fw, &steps(&fw, Mode::Quick), &now.answers);
    let found = changes(&fw, &e.before(Some(&now)), &scores, now.day);
    assert_eq!(found.len(), 1, "Strategic intent, the one theme answered");
    assert_eq!(found[0].text("en"), "up 34 since 3 March 2026, a later date: a clock was wrong");
    // The earlier check has nothing before it; with the clock right, no warning.
    assert!(e.before(e.history().find(march.at)).is_empty());
    let later = check(1_780_000_000_000, day(2026, 5, 29), 3);
    let _ = e.apply(lsc_core::history::earlier::EarlierAction::Record(later.clone()));
    let found = changes(
        &fw,
        &e.before(Some(&later)),
        &theme_scores(&fw, &steps(&fw, Mode::Quick), &later.answers),
        later.day,
    );
    assert_eq!(found[0].text("en"), "up 33 since 19 February 2025");
    // Kept as written, and in the file, so the order holds after a reload or a move.
    let fw_id = &fw.id;
    let again = lsc_core::history::decode(&encode(&fw, e.history()), &fw).expect("reads back");
    assert_eq!(again.find(now.at).map(|c| c.after), Some(march.at), "{fw_id}");
    // With the clock right, nothing is remembered.
    assert_eq!(e.history().find(later.at).map(|c| c.after), Some(0));
}

#[test]
fn a_file_that_would_not_be_added_whole_is_asked_about_before_anything_changes() {
    use lsc_core::history::earlier::{
        EarlierAction as A, EarlierEffect as E, EarlierFocus as F, Forget, Outcome,
    };
    use lsc_core::history::transfer::{export, read, Download};
    let fw = framework();
    let today = day(2026, 6, 1);
    let mine = History::of((0..18u64).map(|i| check(i + 1, day(2026, 1, 1 + i as u8), 1)).collect());
    let theirs = History::of((0..5u64).map(|i| check(100 + i, day(2025, 1, 1 + i as u8), 2)).collect());
    let moved = || read(&export(&fw, today, &theirs, None, None), &fw);
    let mut e = Earlier::new(mine.clone(), None);

    assert_eq!(e.apply(A::Load(moved(), today)), vec![E::Focus(F::Question)]);
    assert_eq!(e.history(), &mine, "nothing changed before the visitor chose");
    let question = "The file holds 5 checks. Loading it would add 2 checks (the newest that fit), and no check on this device would be removed. 3 would not be added: 3 for which there is no room: up to 20 checks are kept, and the checks on this device are never removed to make room.";
    assert_eq!((e.question().as_deref(), e.outcome()), (Some(question), None));
    // Downloading everything meanwhile is said, and the question still waits for its answer.
    assert_eq!(e.apply(A::Downloaded(Download::Done)), vec![]);
    assert_eq!(
        (e.question().as_deref(), e.outcome()),
        (Some(question), Some(&Outcome::Downloaded(Download::Done)))
    );
    assert_eq!(e.apply(A::KeepAsIs), vec![E::Focus(F::Question)]);
    assert_eq!((e.history(), e.outcome(), e.question()), (&mine, Some(&Outcome::NotLoaded), None));
    // The newest outcome is the one said: a download after a file's, and each kind of download.
    for download in [Download::Refused, Download::NotMade, Download::PageAnswers, Download::Done] {
        assert_eq!(e.apply(A::Downloaded(download)), vec![]);
        assert_eq!((e.history(), e.outcome()), (&mine, Some(&Outcome::Downloaded(download))));
    }
    assert_eq!(e.apply(A::AddFromFile), vec![], "nothing asked: nothing to add");

    let _ = e.apply(A::Load(moved(), today));
    let effects = e.apply(A::AddFromFile);
    assert_eq!(e.history().checks().len(), MAX_CHECKS);
    assert!(
        mine.checks().iter().all(|c| e.history().find(c.at).is_some()),
        "every check of this device kept"
    );
    assert_eq!(effects.first(), Some(&E::Save(e.history().clone())));
    let _ = e.apply(A::TakenUp(false));
    assert!(
        matches!(e.outcome(), Some(Outcome::Loaded(m)) if m.starts_with("Added 2 checks. 3 checks from the file were not added"))
    );

    // A check deleted here while the question waits: asked, and added, as the checks are now.
    let mut e = Earlier::new(mine.clone(), None);
    let _ = e.apply(A::Load(moved(), today));
    let _ = e.apply(A::Ask(Forget::One(1)));
    let _ = e.apply(A::Confirmed);
    assert_eq!(e.history().checks().len(), 17);
    assert_eq!(
        e.question().as_deref(),
        Some("The file holds 5 checks. Loading it would add 3 checks (the newest that fit), and no check on this device would be removed. 2 would not be added: 2 for which there is no room: up to 20 checks are kept, and the checks on this device are never removed to make room.")
    );
    let _ = e.apply(A::AddFromFile);
    assert_eq!(e.history().checks().len(), MAX_CHECKS, "the room the deletion made is used");
    assert_eq!(e.question(), None);

    // Another file chosen while the question waits: that one is what is asked about or loaded,
    // and "Load what fits" no longer adds the first file's checks (which would make 22).
    let others = History::of((0..2u64).map(|i| check(200 + i, day(2025, 2, 1 + i as u8), 2)).collect());
    let mut e = Earlier::new(mine.clone(), None);
    let _ = e.apply(A::Load(moved(), today));
    let _ = e.apply(A::Load(read(&export(&fw, today, &others, None, None), &fw), today));
    assert_eq!((e.question(), e.history().checks().len()), (None, MAX_CHECKS));
    let _ = e.apply(A::AddFromFile);
    assert_eq!(e.history().checks().len(), MAX_CHECKS, "nothing of the first file added");
    let mut e = Earlier::new(mine.clone(), None);
    let _ = e.apply(A::Load(moved(), today));
    let _ = e.apply(A::Load(Err(lsc_core::history::transfer::FileProblem::Damaged), today));
    assert_eq!(e.question(), None, "a refused file ends the question too");
}

#[test]
fn that_everything_was_downloaded_is_said_until_the_checks_or_the_answers_change() {
    use lsc_core::history::earlier::{EarlierAction as A, Outcome};
    use lsc_core::history::transfer::{Download, FileProblem};
    let mut e = Earlier::new(History::of(vec![check(1, day(2026, 3, 3), 1)]), None);
    let _ = e.apply(A::Downloaded(Download::Done));
    let _ = e.apply(A::Close);
    assert_eq!(e.outcome(), Some(&Outcome::Downloaded(Download::Done)), "nothing changed: still true");
    let _ = e.apply(A::Record(check(2, day(2026, 4, 1), 1)));
    assert_eq!(e.outcome(), None, "a check finished since is not in the file");
    let _ = e.apply(A::Downloaded(Download::Done));
    let _ = e.apply(A::Stored(History::of(vec![check(3, day(2026, 4, 2), 1)])));
    assert_eq!(e.outcome(), None, "nor one another tab kept");
    // Nor answers in progress changed since: the file holds them as they were.
    let _ = e.apply(A::Downloaded(Download::Done));
    assert_eq!(e.apply(A::Answered), vec![]);
    assert_eq!(e.outcome(), None, "an answer changed since is not in the file");
    // Nor, when the file held this page's answers and not the device's, once they change.
    let _ = e.apply(A::Downloaded(Download::PageAnswers));
    let _ = e.apply(A::Answered);
    assert_eq!(e.outcome(), None, "this page's answers changed since are not in the file either");
    let _ = e.apply(A::Load(Err(FileProblem::Damaged), day(2026, 4, 2)));
    let _ = e.apply(A::Answered);
    assert_eq!(
        e.outcome(),
        Some(&Outcome::Refused(FileProblem::Damaged)),
        "what a file did is still what it did"
    );
}

#[test]
fn a_history_write_that_failed_is_told_and_tried_again_once_saving_works() {
    use lsc_core::history::earlier::{EarlierAction as A, EarlierEffect as E};
    let mut e = Earlier::default();
    assert_eq!(e.apply(A::Retry), vec![], "nothing failed: nothing to write");
    let effects = e.apply(A::Record(check(1, day(2026, 3, 3), 1)));
    assert_eq!(effects, vec![E::Save(e.history().clone())]);
    let _ = e.apply(A::Written(None));
    assert!(e.unsaved(), "the refused write is remembered, for the results to say so");
    assert_eq!(e.apply(A::Retry), vec![E::Save(e.history().clone())]);
    let stored = e.history().clone();
    assert_eq!(e.apply(A::Written(Some(stored))), vec![]);
    assert!(!e.unsaved());
}
