//! The "Move to another device" file: what it holds, what loading it does, and the message for
//! each kind of file that cannot be loaded (which then changes nothing).
#![allow(clippy::expect_used, clippy::indexing_slicing)] // test helpers: a panic is a failing test

mod common;

use common::framework;
use lsc_core::history::dates::Day;
use lsc_core::history::transfer::{
    export, import_message, import_question, read, Download, FileProblem, FORMAT, MAX_FILE_BYTES,
};
use lsc_core::history::{Completed, History, Import};
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::{Answer, Mode};
use lsc_core::self_check::state::Progress;
use serde_json::{json, Value};

fn quick_check(at: u64, d: u8, value: u8) -> Completed {
    let answers: Map<Answer> =
        ["si-1", "si-4", "si-7", "dt-1"].iter().map(|id| (id.to_string(), Answer::Scale(value))).collect();
    Completed {
        at,
        day: Day::new(2026, 3, d).expect("a day"),
        mode: Mode::Quick,
        answers,
        actions: Map::new(),
        edited: 0,
        after: 0,
    }
}

fn sample() -> (History, Progress) {
    let mut h = History::default();
    h.record(quick_check(1, 3, 1));
    let mut c = quick_check(2, 10, 3);
    c.actions.insert("si-1".into(), "Ask the youth forum".into());
    h.record(c);
    let p = Progress {
        step: 1,
        finished: false,
        summary: false,
        answers: [("si-1".to_string(), Answer::Scale(2))].into_iter().collect(),
        actions: Map::new(),
    };
    (h, p)
}

fn file() -> Value {
    let (h, p) = sample();
    let fw = framework();
    serde_json::from_str(&export(&fw, Day::new(2026, 3, 12).expect("a day"), &h, Some(&p), None))
        .expect("JSON")
}

#[test]
fn the_file_holds_every_check_and_the_answers_in_progress() {
    let fw = framework();
    let (h, p) = sample();
    let f = file();
    assert_eq!(f["format"], FORMAT);
    assert_eq!(f["framework"], fw.id.as_str());
    assert_eq!(f["exported"], "2026-03-12");
    let moved = read(&f.to_string(), &fw).expect("our own file loads");
    assert_eq!(moved.checks, h);
    assert_eq!(moved.quick, Some(p));
    assert_eq!(moved.full, None);
}

#[test]
fn each_kind_of_bad_file_says_why() {
    let fw = framework();
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut f = file();
        edit(&mut f);
        read(&f.to_string(), &fw).err()
    };
    assert_eq!(read("Dear Sam, here are my notes", &fw).err(), Some(FileProblem::NotOurs));
    assert_eq!(read("{\"format\":\"something-else\"}", &fw).err(), Some(FileProblem::NotOurs));
    assert_eq!(read(&" ".repeat(MAX_FILE_BYTES + 1), &fw).err(), Some(FileProblem::TooLarge));
    assert_eq!(with(&|f| f["version"] = json!(2)), Some(FileProblem::Newer));
    assert_eq!(with(&|f| f["framework"] = json!("another-framework")), Some(FileProblem::OtherCheck));
    assert_eq!(with(&|f| f["checks"][0]["answers"]["si-1"] = json!(9)), Some(FileProblem::Damaged));
    assert_eq!(with(&|f| f["checks"] = json!("lots")), Some(FileProblem::Damaged));
    assert_eq!(with(&|f| f["quick"]["answers"]["nope"] = json!(1)), Some(FileProblem::Damaged));
    assert_eq!(with(&|f| f["version"] = json!("1")), Some(FileProblem::Damaged));
    let text = file().to_string();
    assert_eq!(read(&text[..text.len() / 2], &fw).err(), Some(FileProblem::NotOurs), "cut short: not JSON");
    let at_most = format!("{text}{}", " ".repeat(MAX_FILE_BYTES - text.len()));
    assert!(read(&at_most, &fw).is_ok(), "a file of exactly 2 MB is read");
    for problem in [
        FileProblem::TooLarge,
        FileProblem::NotOurs,
        FileProblem::Newer,
        FileProblem::OtherCheck,
        FileProblem::Damaged,
        FileProblem::NotDownloaded,
    ] {
        assert!(problem.message().ends_with('.'), "{problem:?} has a sentence");
    }
}

#[test]
fn a_file_not_added_whole_is_asked_about_with_each_reason_it_has() {
    let ask = |already, deleted_here, future, no_room, added: u64| {
        let adding = (0..added).map(|i| quick_check(i, 1, 1)).collect::<Vec<_>>();
        let in_file = adding.len() + already + deleted_here + future + no_room;
        import_question(&Import { in_file, already, deleted_here, future, no_room, adding })
    };
    assert_eq!(
        ask(1, 2, 3, 4, 5),
        "The file holds 15 checks. Loading it would add 5 checks (the newest that fit), and no check on this device would be removed. 10 would not be added: 1 already here; 2 deleted on this device; 3 dated after today; 4 for which there is no room: up to 20 checks are kept, and the checks on this device are never removed to make room."
    );
    assert_eq!(
        ask(0, 0, 0, 0, 3),
        "The file holds 3 checks. Loading it would add all of them, and no check on this device would be removed."
    );
    assert_eq!(
        ask(0, 1, 0, 0, 1),
        "The file holds 2 checks. Loading it would add 1 check (the newest that fit), and no check on this device would be removed. 1 would not be added: 1 deleted on this device."
    );
}

#[test]
fn loading_reports_what_it_did() {
    let adding = |n: u64| (0..n).map(|i| quick_check(i, 1, 1)).collect::<Vec<_>>();
    let import = |added, already, no_room| Import {
        in_file: added + already + no_room,
        already,
        no_room,
        adding: adding(added as u64),
        ..Import::default()
    };
    let m = |added, already, no_room| import_message(&import(added, already, no_room), false);
    assert_eq!(m(3, 2, 0), "Added 3 checks; 2 were already here.");
    assert_eq!(m(1, 0, 0), "Added 1 check.");
    assert_eq!(m(1, 1, 0), "Added 1 check; 1 was already here.");
    assert_eq!(m(0, 2, 0), "No checks added: all 2 in the file were already here.");
    assert_eq!(m(0, 0, 0), "The file holds no finished checks.");
    assert!(
        m(0, 1, 2).starts_with("No checks added; 1 was already here. 2 checks from the file were not added")
    );
    assert_eq!(
        m(2, 0, 9_980),
        "Added 2 checks. 9980 checks from the file were not added: up to 20 checks are kept, and the checks on this device are never removed to make room. Delete earlier checks to make room, then load the file again."
    );
    let odd = Import { in_file: 3, deleted_here: 1, future: 2, ..Import::default() };
    assert_eq!(
        import_message(&odd, false),
        "No checks added. 1 check was deleted on this device, so not added again. 2 checks were dated after today, so not added."
    );
    let taken = import_message(&import(0, 1, 0), true);
    assert_eq!(taken, "No checks added: the one in the file was already here. Your answers in progress from the file were loaded too.");
}

#[test]
fn a_downloaded_file_says_when_the_device_keeps_other_answers_than_the_page() {
    let (_, page) = sample();
    let mut other_answer = page.clone();
    other_answer.answers.insert("si-4".into(), Answer::Scale(1));
    let mut other_plan = page.clone();
    other_plan.actions.insert("si-1".into(), "Ask the youth forum".into());
    // Where the page only is ahead in its steps, the file holds everything the device keeps.
    let further = Progress { step: 2, summary: true, ..page.clone() };
    assert_eq!(Download::taken(Some(&page), None), Download::Done, "nothing kept");
    assert_eq!(Download::taken(None, None), Download::Done, "nothing anywhere");
    assert_eq!(Download::taken(Some(&page), Some(&page)), Download::Done, "the same answers");
    assert_eq!(Download::taken(Some(&page), Some(&further)), Download::Done, "only the step differs");
    assert_eq!(
        Download::taken(Some(&page), Some(&other_answer)),
        Download::PageAnswers,
        "another answer kept"
    );
    assert_eq!(Download::taken(Some(&page), Some(&other_plan)), Download::PageAnswers, "another plan kept");
    assert_eq!(Download::taken(None, Some(&page)), Download::PageAnswers, "answers kept, none on the page");
}
