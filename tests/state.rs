//! The self-check's state machine, driven the way a visitor would drive it.
//!
//! Quick steps: 0 = si-1, si-4, si-7; 1 = dt-1, dt-2, dt-3; 2 = fc-1, fc-5, fc-6;
//! 3 = fo-1, fo-5, fo-6.

mod common;

use leadership_self_check::core::map::Map;
use std::rc::Rc;

use common::framework;
use leadership_self_check::core::questionnaire::{Answer, Mode};
use leadership_self_check::core::saved::SetAside;
use leadership_self_check::core::state::{
    Action, Confirm, Focus, Notice, Progress, SelfCheck, Stage, MAX_ACTION_CHARS,
};

const QUICK_STEPS: [[&str; 3]; 4] =
    [["si-1", "si-4", "si-7"], ["dt-1", "dt-2", "dt-3"], ["fc-1", "fc-5", "fc-6"], ["fo-1", "fo-5", "fo-6"]];

fn quick() -> SelfCheck {
    SelfCheck::new(Rc::new(framework()), Mode::Quick, None)
}

fn answer(check: &SelfCheck, id: &str, value: u8) -> SelfCheck {
    check.apply(Action::Answer(id.to_string(), Answer::Scale(value)))
}

/// Answers every statement of a quick step with `value`.
#[allow(clippy::indexing_slicing)] // test helper: a bad index is a failing test
fn answer_step(check: &SelfCheck, step: usize, value: u8) -> SelfCheck {
    QUICK_STEPS[step].iter().fold(check.clone(), |c, id| answer(&c, id, value))
}

/// A quick check answered throughout with `value` and taken to the results.
fn finished(value: u8) -> SelfCheck {
    (0..4).fold(quick(), |c, step| answer_step(&c, step, value).apply(Action::Next))
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn answers(pairs: &[(&str, Answer)]) -> Map<Answer> {
    pairs.iter().map(|(id, a)| (id.to_string(), *a)).collect()
}

/// Every quick statement answered with `value`.
fn all_quick(value: u8) -> Map<Answer> {
    QUICK_STEPS.iter().flatten().map(|id| (id.to_string(), Answer::Scale(value))).collect()
}

fn resuming(p: Progress) -> SelfCheck {
    SelfCheck::new(Rc::new(framework()), Mode::Quick, Some(p))
}

#[test]
fn a_fresh_check_starts_at_the_first_step_with_nothing_answered() {
    let c = quick();
    assert_eq!(c.stage, Stage::Step(0));
    assert_eq!(c.total(), 12);
    assert_eq!(c.answers.len(), 0);
    assert!(c.answers.is_empty() && c.actions.is_empty() && c.unanswered.is_empty());
    assert_eq!(c.confirm, None);
    assert_eq!(c.notice, None);
    assert_eq!(SelfCheck::new(Rc::new(framework()), Mode::Full, None).total(), 39);
}

#[test]
fn next_with_unanswered_statements_stays_and_lists_exactly_those() {
    let c = answer(&quick(), "si-4", 2);
    let c = c.apply(Action::Next);
    assert_eq!(c.stage, Stage::Step(0));
    assert_eq!(c.unanswered, strings(&["si-1", "si-7"]));
    // The answer already given is kept.
    assert_eq!(c.answers, answers(&[("si-4", Answer::Scale(2))]));

    // Nothing answered at all: all three, in the order they are asked.
    let c = quick().apply(Action::Next);
    assert_eq!(c.stage, Stage::Step(0));
    assert_eq!(c.unanswered, strings(&["si-1", "si-4", "si-7"]));
}

/// As in GOV.UK's pattern, the errors stay as they are while the visitor answers (nothing moves
/// under their hand) and are worked out again at the next Next.
#[test]
fn errors_stay_until_the_next_next() {
    let c = quick().apply(Action::Next);
    let c = answer(&c, "si-4", 1);
    assert_eq!(c.unanswered, strings(&["si-1", "si-4", "si-7"]));
    let c = answer(&c, "si-1", 0).apply(Action::Next);
    assert_eq!(c.unanswered, strings(&["si-7"]), "re-checked at Next");
    // "Does not apply" is not allowed for si-7, so it stays unanswered.
    let c2 = c.apply(Action::Answer("si-7".into(), Answer::NotApplicable)).apply(Action::Next);
    assert_eq!(c2.unanswered, strings(&["si-7"]));
    let c = answer(&c, "si-7", 3);
    assert_eq!(c.stage, Stage::Step(0));
    let c = c.apply(Action::Next);
    assert_eq!(c.stage, Stage::Step(1));
    assert!(c.unanswered.is_empty());
}

/// The host page hears of a completion once per arrival at the results from the last step,
/// not when the visitor resumes straight onto their results.
#[test]
fn completions_count_arrivals_from_the_last_step_only() {
    let done = finished(2);
    assert_eq!(done.completions, 1);
    let resumed = resuming(done.progress().unwrap()).apply(Action::Resume);
    assert_eq!(resumed.stage, Stage::Results);
    assert_eq!(resumed.completions, 0);
    let again = done.apply(Action::Back).apply(Action::Next);
    assert_eq!(again.completions, 2);
}

/// The copy or download status describes the results on screen, so it goes when they do.
#[test]
fn the_status_line_is_cleared_when_the_visitor_leaves_the_results() {
    use leadership_self_check::core::state::Status;
    let done = finished(1).apply(Action::Status(Status::Downloaded));
    assert_eq!(done.status, Some(Status::Downloaded));
    assert_eq!(done.apply(Action::Back).status, None);
    let cleared = done.apply(Action::Ask(Confirm::StartAgain)).apply(Action::Confirmed);
    assert_eq!(cleared.status, None);
    assert_eq!(cleared.clears, 1);
    assert_eq!(quick().apply(Action::Status(Status::Copied)).status, None, "only on the results");
}

#[test]
fn back_goes_to_the_previous_step_keeping_answers_and_clearing_the_list() {
    let c = answer_step(&quick(), 0, 1).apply(Action::Next);
    let c = c.apply(Action::Next); // step 1 incomplete
    assert_eq!(c.unanswered.len(), 3);
    let c = c.apply(Action::Back);
    assert_eq!(c.stage, Stage::Step(0));
    assert!(c.unanswered.is_empty());
    assert_eq!(
        c.answers,
        answers(&[("si-1", Answer::Scale(1)), ("si-4", Answer::Scale(1)), ("si-7", Answer::Scale(1))])
    );
}

#[test]
fn back_from_the_results_goes_to_the_last_step() {
    let c = finished(2);
    assert_eq!(c.stage, Stage::Results);
    let c = c.apply(Action::Back);
    assert_eq!(c.stage, Stage::Step(3));
    assert_eq!(c.answers, all_quick(2));
    // And forward again.
    assert_eq!(c.apply(Action::Next).stage, Stage::Results);
}

#[test]
fn walking_a_quick_check_through_to_the_results() {
    let mut c = quick();
    for (step, ids) in QUICK_STEPS.iter().enumerate() {
        assert_eq!(c.stage, Stage::Step(step));
        // Next is refused until the step is complete.
        let refused = answer(&c, ids[0], 1).apply(Action::Next);
        assert_eq!(refused.stage, Stage::Step(step));
        assert_eq!(refused.unanswered, strings(&ids[1..]));
        c = answer_step(&c, step, 1).apply(Action::Next);
    }
    assert_eq!(c.stage, Stage::Results);
    assert_eq!(c.answers.len(), 12);
    assert_eq!(c.answers, all_quick(1));
    // Next at the results changes nothing.
    assert_eq!(c.apply(Action::Next), c);
}

#[test]
fn the_results_need_the_last_step_complete() {
    let c = (0..3).fold(quick(), |c, step| answer_step(&c, step, 2).apply(Action::Next));
    assert_eq!(c.stage, Stage::Step(3));
    let c = answer(&answer(&c, "fo-1", 2), "fo-6", 2).apply(Action::Next);
    assert_eq!(c.stage, Stage::Step(3));
    assert_eq!(c.unanswered, strings(&["fo-5"]));
}

/// A saved state can put the visitor on the last step with earlier steps unanswered (e.g. a
/// statement was added to the quick check since). Next there must not show results that are
/// missing answers: the module's invariant is "`stage` is `Results` only when every asked
/// statement has an allowed answer".
#[test]
fn results_cannot_be_reached_with_earlier_steps_unanswered_after_resuming() {
    let saved = Progress {
        step: 3,
        finished: false,
        answers: answers(&[
            ("fo-1", Answer::Scale(2)),
            ("fo-5", Answer::Scale(2)),
            ("fo-6", Answer::Scale(2)),
        ]),
        actions: Map::new(),
    };
    let c = resuming(saved).apply(Action::Resume);
    assert_eq!(c.stage, Stage::Step(3));
    let c = c.apply(Action::Next);
    // 9 of the 12 statements have no answer.
    assert_eq!(c.answers.len(), 3);
    assert_ne!(c.stage, Stage::Results);
}

#[test]
fn answers_to_statements_not_asked_or_not_allowed_change_nothing() {
    let c = answer(&quick(), "si-1", 2);
    for (id, a) in [
        ("si-2", Answer::Scale(1)),       // full mode only
        ("dt-9", Answer::NotApplicable),  // full mode only
        ("nope", Answer::Scale(1)),       // no such statement
        ("", Answer::Scale(1)),           // no such statement
        ("si-4", Answer::Scale(4)),       // beyond the scale
        ("si-4", Answer::Scale(u8::MAX)), // beyond the scale
        ("si-4", Answer::NotApplicable),  // si-4 has no applies_to
        ("si-1", Answer::NotApplicable),  // would replace a valid answer
        ("SI-1", Answer::Scale(0)),       // ids are exact
    ] {
        assert_eq!(c.apply(Action::Answer(id.into(), a)), c, "{id} {a:?}");
    }
}

#[test]
fn not_applicable_is_accepted_where_allowed() {
    let c = SelfCheck::new(Rc::new(framework()), Mode::Full, None);
    let c = c.apply(Action::Answer("dt-9".into(), Answer::NotApplicable));
    assert_eq!(c.answers, answers(&[("dt-9", Answer::NotApplicable)]));
}

#[test]
fn answers_are_only_accepted_on_a_step() {
    // At Resume: nothing is answered until the visitor resumes or starts again.
    let saved = Progress {
        step: 0,
        finished: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved);
    assert_eq!(c.stage, Stage::Resume);
    assert_eq!(answer(&c, "si-4", 2), c);

    // At Results: answers are changed by going back to a step.
    let c = finished(2);
    assert_eq!(answer(&c, "si-1", 0), c);
    assert_eq!((*answer(&c, "si-1", 0).answers.get("si-1").unwrap()), Answer::Scale(2));
}

#[test]
fn set_action_keeps_at_most_max_action_chars_characters_not_bytes() {
    assert_eq!(MAX_ACTION_CHARS, 1000);
    let c = finished(1);

    // 1001 'é' (2 bytes each): 1000 characters, 2000 bytes kept.
    let c1 = c.apply(Action::SetAction("si-1".into(), "é".repeat(1001)));
    let kept = c1.actions.get("si-1").unwrap();
    assert_eq!(kept.chars().count(), 1000);
    assert_eq!(kept.len(), 2000);
    assert!(kept.chars().all(|ch| ch == 'é'));

    // 1200 emoji (4 bytes each): 1000 characters.
    let c2 = c.apply(Action::SetAction("si-1".into(), "🌱".repeat(1200)));
    assert_eq!((*c2.actions.get("si-1").unwrap()), "🌱".repeat(1000));

    // Exactly 1000 characters of mixed width are kept whole.
    let exact = "aé🌱".repeat(333) + "x"; // 3 * 333 + 1 = 1000 characters
    let c3 = c.apply(Action::SetAction("si-1".into(), exact.clone()));
    assert_eq!((*c3.actions.get("si-1").unwrap()), exact);

    // Short text is kept as written.
    let c4 = c.apply(Action::SetAction("dt-2".into(), "Ask my team \"what matters?\"\nweekly".into()));
    assert_eq!((*c4.actions.get("dt-2").unwrap()), "Ask my team \"what matters?\"\nweekly");
}

#[test]
fn blank_action_text_removes_the_action() {
    let c = finished(1).apply(Action::SetAction("si-1".into(), "Meet the community group".into()));
    assert_eq!(c.actions.len(), 1);
    for blank in ["", "   ", "\n\t ", "\u{3000}"] {
        let cleared = c.apply(Action::SetAction("si-1".into(), blank.into()));
        assert!(cleared.actions.is_empty(), "{blank:?}");
    }
}

#[test]
fn actions_for_statements_not_asked_are_ignored() {
    let c = finished(1);
    for id in ["si-2", "nope", ""] {
        assert_eq!(c.apply(Action::SetAction(id.into(), "Something".into())), c, "{id:?}");
    }
}

#[test]
fn ask_then_cancel_keeps_everything() {
    let c = finished(2).apply(Action::SetAction("si-1".into(), "Plan".into()));
    for confirm in [Confirm::Delete, Confirm::StartAgain] {
        let asked = c.apply(Action::Ask(confirm));
        assert_eq!(asked.confirm, Some(confirm));
        assert_eq!(asked.answers, c.answers);
        let cancelled = asked.apply(Action::Cancel);
        assert_eq!(cancelled, c);
    }
}

#[test]
fn confirmed_delete_clears_everything_and_says_so() {
    let c = finished(2)
        .apply(Action::SetAction("si-1".into(), "Plan".into()))
        .apply(Action::Notice(Notice::SaveFailed))
        .apply(Action::Ask(Confirm::Delete))
        .apply(Action::Confirmed);
    assert_eq!(c.stage, Stage::Step(0));
    assert!(c.answers.is_empty());
    assert!(c.actions.is_empty());
    assert!(c.unanswered.is_empty());
    assert_eq!(c.confirm, None);
    assert_eq!(c.notice, Some(Notice::Deleted));
    assert_eq!(c.progress(), None);
    assert_eq!(c.mode, Mode::Quick);
}

#[test]
fn confirmed_start_again_clears_everything_from_a_step() {
    let c = answer_step(&quick(), 0, 3)
        .apply(Action::Next)
        .apply(Action::Next) // step 1 incomplete: unanswered listed
        .apply(Action::Ask(Confirm::StartAgain))
        .apply(Action::Confirmed);
    // A fresh check, except that it remembers one clear was asked for (so storage is emptied).
    assert_eq!(c.clears, 1);
    assert_eq!(SelfCheck { clears: 0, ..c }, quick());
}

#[test]
fn start_again_keeps_only_the_not_kept_notice() {
    let base = finished(0);
    let kept = base
        .apply(Action::Notice(Notice::NotKept))
        .apply(Action::Ask(Confirm::StartAgain))
        .apply(Action::Confirmed);
    assert_eq!(kept.notice, Some(Notice::NotKept));
    assert!(kept.answers.is_empty());
    assert_eq!(kept.stage, Stage::Step(0));

    for other in [Notice::SaveFailed, Notice::Deleted, Notice::SetAside(SetAside::Outdated.message().into())]
    {
        let c = base
            .apply(Action::Notice(other.clone()))
            .apply(Action::Ask(Confirm::StartAgain))
            .apply(Action::Confirmed);
        assert_eq!(c.notice, None, "{other:?}");
        assert!(c.answers.is_empty());
    }
    // Delete says "deleted" even when the browser cannot keep answers.
    let c = base
        .apply(Action::Notice(Notice::NotKept))
        .apply(Action::Ask(Confirm::Delete))
        .apply(Action::Confirmed);
    assert_eq!(c.notice, Some(Notice::Deleted));
}

#[test]
fn confirmed_without_a_pending_request_changes_nothing() {
    let c = finished(2).apply(Action::SetAction("si-1".into(), "Plan".into()));
    assert_eq!(c.apply(Action::Confirmed), c);
    let cancelled = c.apply(Action::Ask(Confirm::Delete)).apply(Action::Cancel);
    assert_eq!(cancelled.apply(Action::Confirmed), c);
}

#[test]
fn start_again_at_the_resume_offer_drops_the_saved_answers() {
    let saved = Progress {
        step: 1,
        finished: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved).apply(Action::Ask(Confirm::StartAgain)).apply(Action::Confirmed);
    assert_eq!(c.stage, Stage::Step(0));
    assert_eq!(c.resumable, None);
    assert!(c.answers.is_empty());
}

#[test]
fn notices_are_shown_and_dismissed() {
    let c = quick().apply(Action::Notice(Notice::SaveFailed));
    assert_eq!(c.notice, Some(Notice::SaveFailed));
    let c = c.apply(Action::Notice(Notice::NotKept));
    assert_eq!(c.notice, Some(Notice::NotKept));
    assert_eq!(c.apply(Action::DismissNotice).notice, None);
}

#[test]
fn resume_restores_answers_actions_and_the_step() {
    let mut actions = Map::new();
    actions.insert("si-4".to_string(), "Hold an open session".to_string());
    let mut a =
        answers(&[("si-1", Answer::Scale(0)), ("si-4", Answer::Scale(1)), ("si-7", Answer::Scale(2))]);
    a.insert("dt-1".into(), Answer::Scale(3));
    let saved = Progress { step: 1, finished: false, answers: a.clone(), actions: actions.clone() };
    let c = resuming(saved.clone());
    assert_eq!(c.stage, Stage::Resume);
    assert!(c.answers.is_empty());
    assert_eq!(c.resumable, Some(saved));

    let c = c.apply(Action::Resume);
    assert_eq!(c.stage, Stage::Step(1));
    assert_eq!(c.answers, a);
    assert_eq!(c.actions, actions);
    assert_eq!(c.resumable, None);
    // Resuming twice changes nothing.
    assert_eq!(c.apply(Action::Resume), c);
}

#[test]
fn resume_goes_to_the_results_only_if_finished_and_complete() {
    let complete = Progress { step: 3, finished: true, answers: all_quick(2), actions: Map::new() };
    assert_eq!(resuming(complete.clone()).apply(Action::Resume).stage, Stage::Results);

    // Complete but not finished: the step it was on.
    let not_finished = Progress { finished: false, ..complete.clone() };
    assert_eq!(resuming(not_finished).apply(Action::Resume).stage, Stage::Step(3));

    // Finished, but si-4 has no answer (e.g. the quick check changed): back to the saved step.
    let mut incomplete = complete;
    incomplete.answers.remove("si-4");
    let c = resuming(incomplete).apply(Action::Resume);
    assert_eq!(c.stage, Stage::Step(3));
    assert_eq!(c.answers.len(), 11);
}

#[test]
fn resume_never_goes_past_the_last_step() {
    let saved = Progress {
        step: 9,
        finished: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    assert_eq!(resuming(saved).apply(Action::Resume).stage, Stage::Step(3));
}

#[test]
fn back_and_next_at_the_resume_offer_change_nothing() {
    let saved = Progress {
        step: 2,
        finished: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved);
    assert_eq!(c.apply(Action::Next), c);
    assert_eq!(c.apply(Action::Back), c);
}

#[test]
fn progress_is_none_until_something_is_worth_keeping() {
    let c = quick();
    assert_eq!(c.progress(), None);
    // Moving around without answering keeps nothing.
    assert_eq!(c.apply(Action::Next).progress(), None);

    let c = answer(&c, "si-4", 1);
    assert_eq!(
        c.progress(),
        Some(Progress {
            step: 0,
            finished: false,
            answers: answers(&[("si-4", Answer::Scale(1))]),
            actions: Map::new()
        })
    );

    let c = answer_step(&c, 0, 1).apply(Action::Next);
    let p = c.progress().unwrap();
    assert_eq!((p.step, p.finished, p.answers.len()), (1, false, 3));
}

#[test]
fn progress_at_the_results_is_finished_on_the_last_step() {
    let c = finished(3).apply(Action::SetAction("fo-6".into(), "Try one small risk".into()));
    let p = c.progress().unwrap();
    assert!(p.finished);
    assert_eq!(p.step, 3);
    assert_eq!(p.answers, all_quick(3));
    assert_eq!(p.actions.get("fo-6").map(String::as_str), Some("Try one small risk"));
    // Back to a step: no longer finished.
    let p = c.apply(Action::Back).progress().unwrap();
    assert_eq!((p.step, p.finished), (3, false));
}

/// While the resume offer is shown nothing has been restored yet; what is kept must still be the
/// saved progress (the `Stage::Resume` arm of `progress()` says so), not "nothing to keep",
/// or saving after e.g. a notice would lose the visitor's answers.
#[test]
fn progress_at_the_resume_offer_is_the_saved_progress() {
    let saved = Progress {
        step: 2,
        finished: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved.clone());
    assert_eq!(c.progress(), Some(saved.clone()));
    assert_eq!(c.apply(Action::Notice(Notice::SaveFailed)).progress(), Some(saved));
}

/// Focus follows the visitor: to the error summary on a failed Next, to the new step's heading,
/// to the results, to a confirmation and back to the button that asked when it is cancelled.
#[test]
fn focus_moves_to_what_changed() {
    let step = |c: &SelfCheck, a: Action| (c.focus_after(&a, &c.apply(a.clone())), c.apply(a));
    let c = quick();
    let (focus, c) = step(&c, Action::Next);
    assert_eq!(focus, Some(Focus::ErrorSummary), "a failed Next");
    let (focus, again) = step(&c, Action::Next);
    assert_eq!(focus, Some(Focus::ErrorSummary), "a second failed Next moves focus there again");
    let c = answer_step(&again, 0, 2);
    let (focus, c) = step(&c, Action::Next);
    assert_eq!(focus, Some(Focus::StepHeading), "to the next step");
    let (focus, c) = step(&c, Action::Back);
    assert_eq!(focus, Some(Focus::StepHeading), "back to the previous step");
    let (focus, _) = step(&c, Action::Back);
    assert_eq!(focus, None, "Back on the first step changes nothing, so focus stays");
    let (focus, _) = step(&c, Action::Answer("si-1".into(), Answer::Scale(1)));
    assert_eq!(focus, None, "answering leaves focus on the radio");

    let done = finished(1);
    let before = (1..4).fold(answer_step(&quick(), 0, 1).apply(Action::Next), |c, s| {
        let c = answer_step(&c, s, 1);
        if s < 3 {
            c.apply(Action::Next)
        } else {
            c
        }
    });
    assert_eq!(before.focus_after(&Action::Next, &done), Some(Focus::Results), "to the results");

    let (focus, asked) = step(&done, Action::Ask(Confirm::Delete));
    assert_eq!(focus, Some(Focus::Confirm));
    let (focus, _) = step(&asked, Action::Cancel);
    assert_eq!(focus, Some(Focus::Asker(Confirm::Delete)), "back to the Delete button");
    let (focus, cleared) = step(&asked, Action::Confirmed);
    assert_eq!(focus, Some(Focus::StepHeading), "after deleting, to the first step");
    assert_eq!(cleared.stage, Stage::Step(0));
}

/// The line under the check says whether answers are kept; it must not depend on a notice the
/// visitor can dismiss.
#[test]
fn saving_failures_are_state_not_just_a_notice() {
    use leadership_self_check::core::state::Saving;
    let c = quick();
    assert_eq!(c.saving, Saving::On);
    let failed = c.apply(Action::Saved(false));
    assert_eq!(failed.saving, Saving::Failed);
    assert_eq!(failed.notice, Some(Notice::SaveFailed));
    let dismissed = failed.apply(Action::DismissNotice);
    assert_eq!(dismissed.notice, None);
    assert_eq!(dismissed.saving, Saving::Failed, "dismissing the notice does not make saving work");
    let recovered = dismissed.apply(Action::Saved(true));
    assert_eq!(recovered.saving, Saving::On);
    // Blocked storage stays blocked whatever happens, including starting again.
    let mut blocked = quick();
    blocked.saving = Saving::Blocked;
    let blocked = answer_step(&blocked, 0, 1).apply(Action::Saved(false)).apply(Action::Saved(true));
    assert_eq!(blocked.saving, Saving::Blocked);
    let again = blocked.apply(Action::Ask(Confirm::StartAgain)).apply(Action::Confirmed);
    assert_eq!(again.saving, Saving::Blocked);
}

// Another tab or window saved this self-check (Action::Elsewhere).

fn elsewhere(step: usize, pairs: &[(&str, Answer)]) -> Progress {
    Progress { step, finished: false, answers: answers(pairs), actions: Map::new() }
}

#[test]
fn answers_saved_in_another_tab_are_offered_mid_question_not_applied() {
    let here = answer(&quick(), "si-1", 0);
    let theirs = elsewhere(1, &[("si-1", Answer::Scale(3)), ("si-4", Answer::Scale(2))]);
    let c = here.apply(Action::Elsewhere(theirs.clone()));
    // Nothing moves under the visitor's hand: their answers and step stay until they choose.
    assert_eq!(c.stage, Stage::Step(0));
    assert_eq!(c.answers, answers(&[("si-1", Answer::Scale(0))]));
    assert_eq!(c.notice, Some(Notice::Elsewhere));
    // Carrying on here keeps this page's answers (its next save wins).
    let carried_on = answer(&c, "si-4", 1);
    assert_eq!(carried_on.answers, answers(&[("si-1", Answer::Scale(0)), ("si-4", Answer::Scale(1))]));

    // "Use those answers": the other tab's answers and step, the notice gone, focus to the step.
    let adopted = c.apply(Action::Resume);
    assert_eq!(adopted.answers, theirs.answers);
    assert_eq!(adopted.stage, Stage::Step(1));
    assert_eq!(adopted.notice, None);
    assert_eq!(adopted.resumable, None);
    assert_eq!(c.focus_after(&Action::Resume, &adopted), Some(Focus::StepHeading));
    assert_eq!(adopted.progress(), Some(theirs), "this page now saves what the other tab saved");
}

#[test]
fn another_tab_saving_the_same_answers_raises_no_notice() {
    let here = answer(&quick(), "si-1", 2);
    let same = elsewhere(1, &[("si-1", Answer::Scale(2))]);
    let c = here.apply(Action::Elsewhere(same));
    assert_eq!(c.notice, None);
    assert_eq!(c.stage, Stage::Step(0));
    // Without the notice there is nothing to take up: Resume changes nothing mid-question.
    assert_eq!(c.apply(Action::Resume).stage, Stage::Step(0));
}

#[test]
fn at_the_resume_offer_the_newer_answers_are_offered_instead() {
    let older = elsewhere(0, &[("si-1", Answer::Scale(0))]);
    let newer = elsewhere(1, &[("si-1", Answer::Scale(1)), ("si-4", Answer::Scale(3))]);
    let c = resuming(older).apply(Action::Elsewhere(newer.clone()));
    assert_eq!(c.stage, Stage::Resume);
    assert_eq!(c.notice, None);
    assert_eq!(c.resumable, Some(newer.clone()));
    let c = c.apply(Action::Resume);
    assert_eq!((c.stage, c.answers), (Stage::Step(1), newer.answers));
}

#[test]
fn a_dismissed_notice_about_another_tab_cannot_be_taken_up_later() {
    let c = answer(&quick(), "si-1", 0).apply(Action::Elsewhere(elsewhere(2, &[("si-1", Answer::Scale(3))])));
    let c = c.apply(Action::DismissNotice);
    let after = c.apply(Action::Resume);
    assert_eq!(
        (after.stage, after.answers.clone()),
        (Stage::Step(0), answers(&[("si-1", Answer::Scale(0))]))
    );
}

// Another tab or window deleted the saved answers (Action::DeletedElsewhere).

#[test]
fn answers_deleted_in_another_tab_are_not_offered_and_the_visitor_is_told() {
    let theirs = elsewhere(1, &[("si-1", Answer::Scale(3))]);
    let here = answer(&quick(), "si-1", 0).apply(Action::Elsewhere(theirs));
    let c = here.apply(Action::DeletedElsewhere);
    // This page keeps what it shows; the deleted answers can no longer be taken up.
    assert_eq!((c.stage, c.answers.clone()), (Stage::Step(0), answers(&[("si-1", Answer::Scale(0))])));
    assert_eq!(c.notice, Some(Notice::DeletedElsewhere));
    assert_eq!(c.resumable, None);
    assert_eq!(c.apply(Action::Resume).answers, c.answers, "\"Use those answers\" undid a deletion");
    assert_eq!(here.focus_after(&Action::DeletedElsewhere, &c), None, "focus moved mid-question");
}

#[test]
fn answers_deleted_in_another_tab_at_the_resume_offer_start_the_check_afresh() {
    let c = resuming(elsewhere(1, &[("si-1", Answer::Scale(2))]));
    let after = c.apply(Action::DeletedElsewhere);
    assert_eq!(after.stage, Stage::Step(0));
    assert!(after.answers.is_empty());
    assert_eq!(after.resumable, None);
    assert_eq!(after.notice, Some(Notice::DeletedElsewhere));
    // The offer's buttons are gone: focus goes to the first step's heading.
    assert_eq!(c.focus_after(&Action::DeletedElsewhere, &after), Some(Focus::StepHeading));
    assert_eq!(after.progress(), None, "nothing to save again");
}

#[test]
fn a_deletion_in_another_tab_says_nothing_to_a_visitor_with_nothing_here() {
    let c = quick().apply(Action::Elsewhere(elsewhere(0, &[("si-1", Answer::Scale(1))])));
    assert_eq!(c.notice, Some(Notice::Elsewhere));
    let after = c.apply(Action::DeletedElsewhere);
    // The offer of answers that no longer exist goes; there is nothing else to say.
    assert_eq!(after.notice, None);
    assert_eq!(after.resumable, None);
    assert_eq!(quick().apply(Action::DeletedElsewhere).notice, None);
}
