//! "Your earlier checks": opening, deleting after a confirmation, loading a file, and what the
//! views are asked to do (keep the history, move focus) after each.
#![allow(clippy::expect_used)] // test helpers: a panic is a failing test

mod common;

use common::framework;
use lsc_core::history::dates::Day;
use lsc_core::history::earlier::{
    Earlier, EarlierAction as A, EarlierEffect as E, EarlierFocus as F, Forget, Outcome,
};
use lsc_core::history::transfer::{export, read, FileProblem};
use lsc_core::history::{Completed, History};
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::{Answer, Mode};

fn check(at: u64, d: u8) -> Completed {
    let answers: Map<Answer> = [("si-1".to_string(), Answer::Scale(d % 4))].into_iter().collect();
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

fn two() -> Earlier {
    let mut e = Earlier::default();
    let _ = e.apply(A::Record(check(1, 3)));
    let _ = e.apply(A::Record(check(2, 10)));
    e
}

#[test]
fn finishing_a_check_keeps_it() {
    let mut e = Earlier::default();
    let effects = e.apply(A::Record(check(1, 3)));
    assert_eq!(effects, vec![E::Save(e.history().clone())]);
    assert_eq!(e.history().checks().len(), 1);
}

#[test]
fn an_opened_check_is_shown_until_closed_with_focus_moved_each_way() {
    let mut e = two();
    assert_eq!(e.apply(A::Open(1)), vec![E::Focus(F::Opened)]);
    assert_eq!(e.opened().map(|c| c.at), Some(1));
    assert_eq!(e.before(e.opened()).len(), 0, "nothing before the first check");
    assert_eq!(e.apply(A::Close), vec![E::Focus(F::Section)]);
    assert_eq!(e.opened(), None);
    assert_eq!(e.apply(A::Open(99)), vec![], "a check that is not kept does not open");
}

#[test]
fn deleting_asks_first_and_cancel_changes_nothing() {
    let mut e = two();
    assert_eq!(e.apply(A::Ask(Forget::One(1))), vec![E::Focus(F::Confirm)]);
    assert_eq!(e.confirm(), Some(Forget::One(1)), "the confirmation shown names the check");
    assert_eq!(e.apply(A::Cancel), vec![E::Focus(F::Section)]);
    assert_eq!((e.confirm(), e.history().checks().len()), (None, 2));
    let _ = e.apply(A::Ask(Forget::One(1)));
    let effects = e.apply(A::Confirmed);
    assert_eq!(e.history().checks().len(), 1);
    assert_eq!(effects, vec![E::Save(e.history().clone()), E::Focus(F::Section)]);
    assert_eq!(e.outcome(), Some(&Outcome::Deleted));
    let _ = e.apply(A::Ask(Forget::All));
    let _ = e.apply(A::Confirmed);
    assert!(e.history().checks().is_empty());
    assert_eq!(e.history().deleted(), &[1, 2], "remembered, so another tab's copy cannot bring them back");
    assert_eq!(e.outcome(), Some(&Outcome::DeletedAll));
}

#[test]
fn a_file_adds_what_is_new_and_a_bad_one_changes_nothing() {
    let fw = framework();
    let mut here = two();
    let mut there = History::default();
    there.record(check(2, 10));
    there.record(check(3, 17));
    let file = export(&fw, Day::new(2026, 3, 18).expect("a day"), &there, None, None);
    let moved = read(&file, &fw);
    let effects = here.apply(A::Load(moved.clone(), Day::new(2026, 3, 31).expect("a day")));
    assert_eq!(here.history().checks().len(), 3);
    let moved = Box::new(moved.expect("the file reads"));
    assert_eq!(effects, vec![E::Save(here.history().clone()), E::TakeUp(moved)]);
    assert_eq!(here.outcome(), None, "said once its answers in progress are taken up");
    assert_eq!(here.apply(A::TakenUp(false)), vec![]);
    assert_eq!(here.outcome(), Some(&Outcome::Loaded("Added 1 check; 1 was already here.".into())));
    assert_eq!(here.apply(A::TakenUp(true)), vec![], "heard once per file");
    assert_eq!(here.outcome(), Some(&Outcome::Loaded("Added 1 check; 1 was already here.".into())));

    let before = here.history().clone();
    let effects = here.apply(A::Load(read("{}", &fw), Day::new(2026, 3, 31).expect("a day")));
    assert_eq!(effects, vec![E::Focus(F::Problem)], "nothing to keep: nothing changed");
    assert_eq!(here.history(), &before);
    assert_eq!(here.outcome(), Some(&Outcome::Refused(FileProblem::NotOurs)));
}

#[test]
fn a_file_with_a_check_dated_after_today_or_deleted_here_is_asked_about_first() {
    let fw = framework();
    let day = |d| Day::new(2026, 3, d).expect("a day");
    let file = |c: Completed| {
        let mut h = History::default();
        h.record(c);
        read(&export(&fw, day(31), &h, None, None), &fw)
    };
    let mut e = Earlier::default();
    assert_eq!(e.apply(A::Load(file(check(3, 17)), day(10))), vec![E::Focus(F::Question)]);
    assert!(
        e.question().is_some_and(|q| q.ends_with("1 would not be added: 1 dated after today.")),
        "{:?}",
        e.question()
    );
    let mut e = two();
    let _ = e.apply(A::Ask(Forget::One(1)));
    let _ = e.apply(A::Confirmed);
    assert_eq!(e.apply(A::Load(file(check(1, 3)), day(31))), vec![E::Focus(F::Question)]);
    assert!(
        e.question().is_some_and(|q| q.ends_with("1 would not be added: 1 deleted on this device.")),
        "{:?}",
        e.question()
    );
    assert_eq!(e.history().checks().len(), 1, "nothing added before the visitor chose");
}

#[test]
fn delete_my_answers_clears_the_earlier_checks_too() {
    let mut e = two();
    let effects = e.apply(A::Cleared);
    assert_eq!(e, Earlier::default());
    assert_eq!(effects, vec![], "nothing written: a write merges, and would bring back what was deleted");
}
