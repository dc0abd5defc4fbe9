//! The self-check's state machine, driven the way a visitor would drive it.
//!
//! Quick steps: 0 = si-1, si-4, si-7; 1 = dt-1, dt-2, dt-3; 2 = fc-1, fc-5, fc-6;
//! 3 = fo-1, fo-5, fo-6.

mod common;

use lsc_core::map::Map;
use std::rc::Rc;

use common::{applied, focus_of, framework, saved, After};
use lsc_core::self_check::questionnaire::{Answer, Mode};
use lsc_core::self_check::saved::SetAside;
use lsc_core::self_check::state::{
    Action, Confirm, Effect, Focus, Notice, Progress, Restored, Saving, SelfCheck, Stage, MAX_ACTION_CHARS,
};

const QUICK_STEPS: [[&str; 3]; 4] =
    [["si-1", "si-4", "si-7"], ["dt-1", "dt-2", "dt-3"], ["fc-1", "fc-5", "fc-6"], ["fo-1", "fo-5", "fo-6"]];

fn quick() -> SelfCheck {
    SelfCheck::new(Rc::new(framework()), Mode::Quick)
}

fn answer(check: &SelfCheck, id: &str, value: u8) -> SelfCheck {
    check.after(Action::Answer(id.to_string(), Answer::Scale(value)))
}

/// Answers every statement of a quick step with `value`.
#[allow(clippy::indexing_slicing)] // test helper: a bad index is a failing test
fn answer_step(check: &SelfCheck, step: usize, value: u8) -> SelfCheck {
    QUICK_STEPS[step].iter().fold(check.clone(), |c, id| answer(&c, id, value))
}

/// A quick check answered throughout with `value`, at "Check your answers".
fn at_summary(value: u8) -> SelfCheck {
    (0..4).fold(quick(), |c, step| answer_step(&c, step, value).after(Action::Next))
}

/// A quick check answered throughout with `value`, confirmed on the summary: the results.
fn finished(value: u8) -> SelfCheck {
    at_summary(value).after(Action::Next)
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
    SelfCheck::restored(Rc::new(framework()), Mode::Quick, saved(Some(p)))
}

#[test]
fn a_fresh_check_starts_at_the_first_step_with_nothing_answered() {
    let c = quick();
    assert_eq!(c.stage(), Stage::Step(0));
    assert_eq!(c.total(), 12);
    assert_eq!(c.answers().len(), 0);
    assert!(c.answers().is_empty() && c.actions().is_empty() && c.unanswered().is_empty());
    assert_eq!(c.confirm(), None);
    assert_eq!(c.notice(), None);
    assert_eq!(SelfCheck::new(Rc::new(framework()), Mode::Full).total(), 39);
}

#[test]
fn next_with_unanswered_statements_stays_and_lists_exactly_those() {
    let c = answer(&quick(), "si-4", 2);
    let c = c.after(Action::Next);
    assert_eq!(c.stage(), Stage::Step(0));
    assert_eq!(c.unanswered(), strings(&["si-1", "si-7"]));
    // The answer already given is kept.
    assert_eq!(c.answers(), &answers(&[("si-4", Answer::Scale(2))]));

    // Nothing answered at all: all three, in the order they are asked.
    let c = quick().after(Action::Next);
    assert_eq!(c.stage(), Stage::Step(0));
    assert_eq!(c.unanswered(), strings(&["si-1", "si-4", "si-7"]));
}

/// As in GOV.UK's pattern, the errors stay as they are while the visitor answers (nothing moves
/// under their hand) and are worked out again at the next Next.
#[test]
fn errors_stay_until_the_next_next() {
    let c = quick().after(Action::Next);
    let c = answer(&c, "si-4", 1);
    assert_eq!(c.unanswered(), strings(&["si-1", "si-4", "si-7"]));
    let c = answer(&c, "si-1", 0).after(Action::Next);
    assert_eq!(c.unanswered(), strings(&["si-7"]), "re-checked at Next");
    // "Does not apply" is not allowed for si-7, so it stays unanswered.
    let c2 = c.after(Action::Answer("si-7".into(), Answer::NotApplicable)).after(Action::Next);
    assert_eq!(c2.unanswered(), strings(&["si-7"]));
    let c = answer(&c, "si-7", 3);
    assert_eq!(c.stage(), Stage::Step(0));
    let c = c.after(Action::Next);
    assert_eq!(c.stage(), Stage::Step(1));
    assert!(c.unanswered().is_empty());
}

/// The host page hears of a completion once per arrival at the results from the summary,
/// not when the visitor resumes straight onto their results.
#[test]
fn completion_is_told_on_arrival_from_the_summary_only() {
    let completed = |effects: &[Effect]| effects.iter().filter(|e| **e == Effect::Completed).count();
    let last_step = (0..3).fold(quick(), |c, step| answer_step(&c, step, 2).after(Action::Next));
    let (summary, effects) = applied(&answer_step(&last_step, 3, 2), Action::Next);
    assert_eq!(summary.stage(), Stage::Summary);
    assert_eq!(completed(&effects), 0, "reaching the summary is not a completion");
    let (done, effects) = applied(&summary, Action::Next);
    assert_eq!(done.stage(), Stage::Results);
    assert_eq!(completed(&effects), 1);
    let (resumed, effects) = applied(&resuming(done.progress().unwrap()), Action::Resume);
    assert_eq!(resumed.stage(), Stage::Results);
    assert_eq!(completed(&effects), 0, "resuming onto the results is not a completion");
    let (_, effects) = applied(&done.after(Action::Back), Action::Next);
    assert_eq!(completed(&effects), 1, "finishing again from the summary is");
    let (_, effects) = applied(&last_step, Action::Next);
    assert_eq!(completed(&effects), 0, "a Next that finds gaps is not");
}

/// The copy or download status describes the results on screen, so it goes when they do.
#[test]
fn the_status_line_is_cleared_when_the_visitor_leaves_the_results() {
    use lsc_core::self_check::state::Status;
    let done = finished(1).after(Action::Status(Status::Downloaded));
    assert_eq!(done.status(), Some(Status::Downloaded));
    assert_eq!(done.after(Action::Back).status(), None);
    let cleared = done.after(Action::Ask(Confirm::StartAgain)).after(Action::Confirmed);
    assert_eq!(cleared.status(), None);
    assert_eq!(quick().after(Action::Status(Status::Copied)).status(), None, "only on the results");
    let blocked = finished(1).after(Action::Status(Status::PrintFailed));
    assert_eq!(blocked.status(), Some(Status::PrintFailed), "a blocked print is reported");
}

/// A deletion the browser refused is reported in place of "deleted", with the check still cleared
/// on the page.
#[test]
fn a_refused_deletion_replaces_the_deleted_notice() {
    let c = finished(1).after(Action::Ask(Confirm::Delete));
    let (c, effects) = applied(&c, Action::Confirmed);
    assert!(effects.contains(&Effect::RemoveAll));
    assert_eq!(c.notice(), Some(&Notice::Deleted));
    let c = c.after(Action::Notice(Notice::NotDeleted));
    assert_eq!(c.notice(), Some(&Notice::NotDeleted));
    assert!(c.answers().is_empty());
}

#[test]
fn back_goes_to_the_previous_step_keeping_answers_and_clearing_the_list() {
    let c = answer_step(&quick(), 0, 1).after(Action::Next);
    let c = c.after(Action::Next); // step 1 incomplete
    assert_eq!(c.unanswered().len(), 3);
    let c = c.after(Action::Back);
    assert_eq!(c.stage(), Stage::Step(0));
    assert!(c.unanswered().is_empty());
    assert_eq!(
        c.answers(),
        &answers(&[("si-1", Answer::Scale(1)), ("si-4", Answer::Scale(1)), ("si-7", Answer::Scale(1))])
    );
}

#[test]
fn back_from_the_results_goes_to_the_summary_then_the_last_step() {
    let c = finished(2);
    assert_eq!(c.stage(), Stage::Results);
    let c = c.after(Action::Back);
    assert_eq!(c.stage(), Stage::Summary);
    let c = c.after(Action::Back);
    assert_eq!(c.stage(), Stage::Step(3));
    assert_eq!(c.answers(), &all_quick(2));
    // And forward again, through the summary.
    assert_eq!(c.after(Action::Next).stage(), Stage::Summary);
    assert_eq!(c.after(Action::Next).after(Action::Next).stage(), Stage::Results);
}

/// GOV.UK's "Check your answers": Change goes to the statement's step, whose Next comes back to
/// the summary with the new answer, focus on the row's Change; the results then reflect it.
#[test]
fn change_from_the_summary_returns_to_the_summary_with_the_new_answer() {
    let (c, effects) = applied(&at_summary(1), Action::Change("dt-2".into()));
    assert_eq!(c.stage(), Stage::Step(1));
    assert_eq!(c.changing(), Some("dt-2"));
    assert_eq!(focus_of(&effects), Some(Focus::Statement("dt-2".into())));
    let c = answer(&c, "dt-2", 3);
    let (c, effects) = applied(&c, Action::Next);
    assert_eq!(c.stage(), Stage::Summary, "back to the summary, not on to step 3");
    assert_eq!(c.changing(), None);
    assert_eq!(focus_of(&effects), Some(Focus::ChangeLink("dt-2".into())));
    assert!(!effects.contains(&Effect::Completed));
    assert_eq!(c.answers().get("dt-2"), Some(&Answer::Scale(3)));
    let (done, effects) = applied(&c, Action::Next);
    assert_eq!(done.stage(), Stage::Results);
    assert!(effects.contains(&Effect::Completed));
    assert_eq!(done.answers().get("dt-2"), Some(&Answer::Scale(3)));

    // Back from a step reached by Change also returns to the summary, as does the first step's.
    let (c, effects) = applied(&at_summary(1).after(Action::Change("si-1".into())), Action::Back);
    assert_eq!(c.stage(), Stage::Summary);
    assert_eq!(focus_of(&effects), Some(Focus::ChangeLink("si-1".into())));
}

#[test]
fn change_only_works_from_the_summary_for_a_statement_asked() {
    let summary = at_summary(1);
    for id in ["", "nope", "dt-9"] {
        // dt-9 is a full-check statement, not asked in the quick check.
        assert_eq!(summary.after(Action::Change(id.into())), summary, "Change {id:?}");
    }
    let step = answer_step(&quick(), 0, 1);
    assert_eq!(step.after(Action::Change("si-1".into())), step, "Change at a step");
    let done = finished(1);
    assert_eq!(done.after(Action::Change("si-1".into())), done, "Change at the results");
}

/// Going to the summary needs every step complete: saved answers from before the questions
/// changed, or taken from another tab, can leave a gap, which is shown where it is.
#[test]
fn the_summary_shows_a_gap_where_it_is() {
    let mut p = Progress { step: 3, answers: all_quick(1), ..Progress::default() };
    p.answers.remove("dt-2");
    let c = resuming(p).after(Action::Resume).after(Action::Next);
    assert_eq!(c.stage(), Stage::Step(1));
    assert_eq!(c.unanswered(), strings(&["dt-2"]));
}

/// A visitor who left at "Check your answers" comes back to it, if their answers still cover
/// every statement; otherwise to the last step, whose Next finds the gap.
#[test]
fn a_visit_left_at_the_summary_resumes_there() {
    let p = at_summary(2).progress().unwrap();
    assert_eq!((p.step, p.finished, p.summary), (3, false, true));
    let (c, effects) = applied(&resuming(p.clone()), Action::Resume);
    assert_eq!(c.stage(), Stage::Summary);
    assert_eq!(focus_of(&effects), Some(Focus::Summary));
    let mut gap = p;
    gap.answers.remove("si-4");
    assert_eq!(resuming(gap).after(Action::Resume).stage(), Stage::Step(3));
    // Left while changing an answer: back at that step, as any step.
    let changing = at_summary(2).after(Action::Change("fc-5".into()));
    let c = resuming(changing.progress().unwrap()).after(Action::Resume);
    assert_eq!((c.stage(), c.changing()), (Stage::Step(2), None));
}

#[test]
fn walking_a_quick_check_through_to_the_results() {
    let mut c = quick();
    for (step, ids) in QUICK_STEPS.iter().enumerate() {
        assert_eq!(c.stage(), Stage::Step(step));
        // Next is refused until the step is complete.
        let refused = answer(&c, ids[0], 1).after(Action::Next);
        assert_eq!(refused.stage(), Stage::Step(step));
        assert_eq!(refused.unanswered(), strings(&ids[1..]));
        c = answer_step(&c, step, 1).after(Action::Next);
    }
    assert_eq!(c.stage(), Stage::Summary);
    let c = c.after(Action::Next);
    assert_eq!(c.stage(), Stage::Results);
    assert_eq!(c.answers().len(), 12);
    assert_eq!(c.answers(), &all_quick(1));
    // Next at the results changes nothing.
    assert_eq!(c.after(Action::Next), c);
}

#[test]
fn the_results_need_the_last_step_complete() {
    let c = (0..3).fold(quick(), |c, step| answer_step(&c, step, 2).after(Action::Next));
    assert_eq!(c.stage(), Stage::Step(3));
    let c = answer(&answer(&c, "fo-1", 2), "fo-6", 2).after(Action::Next);
    assert_eq!(c.stage(), Stage::Step(3));
    assert_eq!(c.unanswered(), strings(&["fo-5"]));
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
        summary: false,
        answers: answers(&[
            ("fo-1", Answer::Scale(2)),
            ("fo-5", Answer::Scale(2)),
            ("fo-6", Answer::Scale(2)),
        ]),
        actions: Map::new(),
    };
    let c = resuming(saved).after(Action::Resume);
    assert_eq!(c.stage(), Stage::Step(3));
    let c = c.after(Action::Next);
    // 9 of the 12 statements have no answer.
    assert_eq!(c.answers().len(), 3);
    assert_ne!(c.stage(), Stage::Results);
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
        assert_eq!(c.after(Action::Answer(id.into(), a)), c, "{id} {a:?}");
    }
}

#[test]
fn not_applicable_is_accepted_where_allowed() {
    let c = SelfCheck::new(Rc::new(framework()), Mode::Full);
    let c = c.after(Action::Answer("dt-9".into(), Answer::NotApplicable));
    assert_eq!(c.answers(), &answers(&[("dt-9", Answer::NotApplicable)]));
}

#[test]
fn answers_are_only_accepted_on_a_step() {
    // At Resume: nothing is answered until the visitor resumes or starts again.
    let saved = Progress {
        step: 0,
        finished: false,
        summary: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved);
    assert_eq!(c.stage(), Stage::Resume);
    assert_eq!(answer(&c, "si-4", 2), c);

    // At Results: answers are changed by going back to a step.
    let c = finished(2);
    assert_eq!(answer(&c, "si-1", 0), c);
    assert_eq!((*answer(&c, "si-1", 0).answers().get("si-1").unwrap()), Answer::Scale(2));
}

#[test]
fn set_action_keeps_at_most_max_action_chars_characters_not_bytes() {
    assert_eq!(MAX_ACTION_CHARS, 1000);
    let c = finished(1);

    // 1001 'é' (2 bytes each): 1000 characters, 2000 bytes kept.
    let c1 = c.after(Action::SetAction("si-1".into(), "é".repeat(1001)));
    let kept = c1.actions().get("si-1").unwrap();
    assert_eq!(kept.chars().count(), 1000);
    assert_eq!(kept.len(), 2000);
    assert!(kept.chars().all(|ch| ch == 'é'));

    // 1200 emoji (4 bytes each): 1000 characters.
    let c2 = c.after(Action::SetAction("si-1".into(), "🌱".repeat(1200)));
    assert_eq!((*c2.actions().get("si-1").unwrap()), "🌱".repeat(1000));

    // Exactly 1000 characters of mixed width are kept whole.
    let exact = "aé🌱".repeat(333) + "x"; // 3 * 333 + 1 = 1000 characters
    let c3 = c.after(Action::SetAction("si-1".into(), exact.clone()));
    assert_eq!((*c3.actions().get("si-1").unwrap()), exact);

    // Short text is kept as written.
    let c4 = c.after(Action::SetAction("dt-2".into(), "Ask my team \"what matters?\"\nweekly".into()));
    assert_eq!((*c4.actions().get("dt-2").unwrap()), "Ask my team \"what matters?\"\nweekly");
}

#[test]
fn blank_action_text_removes_the_action() {
    let c = finished(1).after(Action::SetAction("si-1".into(), "Meet the community group".into()));
    assert_eq!(c.actions().len(), 1);
    for blank in ["", "   ", "\n\t ", "\u{3000}"] {
        let cleared = c.after(Action::SetAction("si-1".into(), blank.into()));
        assert!(cleared.actions().is_empty(), "{blank:?}");
    }
}

#[test]
fn actions_for_statements_not_asked_are_ignored() {
    let c = finished(1);
    for id in ["si-2", "nope", ""] {
        assert_eq!(c.after(Action::SetAction(id.into(), "Something".into())), c, "{id:?}");
    }
}

#[test]
fn ask_then_cancel_keeps_everything() {
    let c = finished(2).after(Action::SetAction("si-1".into(), "Plan".into()));
    for confirm in [Confirm::Delete, Confirm::StartAgain] {
        let asked = c.after(Action::Ask(confirm));
        assert_eq!(asked.confirm(), Some(confirm));
        assert_eq!(asked.answers(), c.answers());
        let cancelled = asked.after(Action::Cancel);
        assert_eq!(cancelled, c);
    }
}

#[test]
fn confirmed_delete_clears_everything_and_says_so() {
    let c = finished(2)
        .after(Action::SetAction("si-1".into(), "Plan".into()))
        .after(Action::Notice(Notice::SaveFailed))
        .after(Action::Ask(Confirm::Delete))
        .after(Action::Confirmed);
    assert_eq!(c.stage(), Stage::Step(0));
    assert!(c.answers().is_empty());
    assert!(c.actions().is_empty());
    assert!(c.unanswered().is_empty());
    assert_eq!(c.confirm(), None);
    assert_eq!(c.notice(), Some(&Notice::Deleted));
    assert_eq!(c.progress(), None);
    assert_eq!(c.mode(), Mode::Quick);
}

#[test]
fn confirmed_start_again_clears_everything_from_a_step() {
    let c = answer_step(&quick(), 0, 3)
        .after(Action::Next)
        .after(Action::Next) // step 1 incomplete: unanswered listed
        .after(Action::Ask(Confirm::StartAgain))
        .after(Action::Confirmed);
    assert_eq!(c, quick(), "a fresh check");
}

/// Saved answers are removed from the device only when the visitor asks: "Start again" this
/// mode's, "Delete my answers" everything saved for the framework.
#[test]
fn confirmed_clears_remove_what_was_saved_and_nothing_else_does() {
    let c = finished(2);
    let (_, effects) = applied(&c.after(Action::Ask(Confirm::StartAgain)), Action::Confirmed);
    assert_eq!(effects, vec![Effect::Focus(Focus::StepHeading), Effect::Remove]);
    let (_, effects) = applied(&c.after(Action::Ask(Confirm::Delete)), Action::Confirmed);
    assert_eq!(effects, vec![Effect::Focus(Focus::StepHeading), Effect::RemoveAll]);
    let (_, effects) = applied(&c.after(Action::Ask(Confirm::Delete)), Action::Cancel);
    assert_eq!(effects, vec![Effect::Focus(Focus::Asker(Confirm::Delete))]);
    // A fresh page has nothing to save yet, and removes nothing either.
    let (_, effects) = applied(&quick(), Action::Back);
    assert_eq!(effects, vec![]);
}

/// Progress is saved whenever it changes, except while the resume question is open, and never
/// when the partner turned saving off or the browser refuses it.
#[test]
fn progress_is_saved_as_it_changes() {
    let (c, effects) = applied(&quick(), Action::Answer("si-1".into(), Answer::Scale(2)));
    assert_eq!(effects, vec![Effect::Save(c.progress().unwrap())]);
    let (_, effects) = applied(&c, Action::Answer("si-1".into(), Answer::Scale(2)));
    assert_eq!(effects, vec![], "the same answer again changes nothing to save");
    let offer = resuming(c.progress().unwrap());
    let (_, effects) = applied(&offer, Action::Elsewhere(c.progress().unwrap()));
    assert_eq!(effects, vec![], "what was saved is left alone while the visitor decides");
    let (resumed, effects) = applied(&offer, Action::Resume);
    assert_eq!(effects, vec![Effect::Focus(Focus::StepHeading), Effect::Save(resumed.progress().unwrap())]);
    for saving in [Saving::Off, Saving::Blocked] {
        let c = SelfCheck::restored(Rc::new(framework()), Mode::Quick, Restored { saving, ..saved(None) });
        let (c, effects) = applied(&c, Action::Answer("si-1".into(), Answer::Scale(2)));
        assert_eq!(effects, vec![], "{saving:?}");
        let (_, effects) = applied(&c.after(Action::Ask(Confirm::Delete)), Action::Confirmed);
        assert_eq!(effects, vec![Effect::Focus(Focus::StepHeading)], "{saving:?}");
    }
}

#[test]
fn start_again_keeps_only_the_not_kept_notice() {
    let base = finished(0);
    let kept = base
        .after(Action::Notice(Notice::NotKept))
        .after(Action::Ask(Confirm::StartAgain))
        .after(Action::Confirmed);
    assert_eq!(kept.notice(), Some(&Notice::NotKept));
    assert!(kept.answers().is_empty());
    assert_eq!(kept.stage(), Stage::Step(0));

    for other in [Notice::SaveFailed, Notice::Deleted, Notice::SetAside(SetAside::Outdated.message().into())]
    {
        let c = base
            .after(Action::Notice(other.clone()))
            .after(Action::Ask(Confirm::StartAgain))
            .after(Action::Confirmed);
        assert_eq!(c.notice(), None, "{other:?}");
        assert!(c.answers().is_empty());
    }
    // Delete says "deleted" even when the browser cannot keep answers.
    let c = base
        .after(Action::Notice(Notice::NotKept))
        .after(Action::Ask(Confirm::Delete))
        .after(Action::Confirmed);
    assert_eq!(c.notice(), Some(&Notice::Deleted));
}

#[test]
fn confirmed_without_a_pending_request_changes_nothing() {
    let c = finished(2).after(Action::SetAction("si-1".into(), "Plan".into()));
    assert_eq!(c.after(Action::Confirmed), c);
    let cancelled = c.after(Action::Ask(Confirm::Delete)).after(Action::Cancel);
    assert_eq!(cancelled.after(Action::Confirmed), c);
}

#[test]
fn start_again_at_the_resume_offer_drops_the_saved_answers() {
    let saved = Progress {
        step: 1,
        finished: false,
        summary: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved).after(Action::Ask(Confirm::StartAgain)).after(Action::Confirmed);
    assert_eq!(c.stage(), Stage::Step(0));
    assert_eq!(c.resumable(), None);
    assert!(c.answers().is_empty());
}

#[test]
fn notices_are_shown_and_dismissed() {
    let c = quick().after(Action::Notice(Notice::SaveFailed));
    assert_eq!(c.notice(), Some(&Notice::SaveFailed));
    let c = c.after(Action::Notice(Notice::NotKept));
    assert_eq!(c.notice(), Some(&Notice::NotKept));
    assert_eq!(c.after(Action::DismissNotice).notice(), None);
}

#[test]
fn resume_restores_answers_actions_and_the_step() {
    let mut actions = Map::new();
    actions.insert("si-4".to_string(), "Hold an open session".to_string());
    let mut a =
        answers(&[("si-1", Answer::Scale(0)), ("si-4", Answer::Scale(1)), ("si-7", Answer::Scale(2))]);
    a.insert("dt-1".into(), Answer::Scale(3));
    let saved =
        Progress { step: 1, finished: false, summary: false, answers: a.clone(), actions: actions.clone() };
    let c = resuming(saved.clone());
    assert_eq!(c.stage(), Stage::Resume);
    assert!(c.answers().is_empty());
    assert_eq!(c.resumable(), Some(&saved));

    let c = c.after(Action::Resume);
    assert_eq!(c.stage(), Stage::Step(1));
    assert_eq!(c.answers(), &a);
    assert_eq!(c.actions(), &actions);
    assert_eq!(c.resumable(), None);
    // Resuming twice changes nothing.
    assert_eq!(c.after(Action::Resume), c);
}

#[test]
fn resume_goes_to_the_results_only_if_finished_and_complete() {
    let complete =
        Progress { step: 3, finished: true, summary: false, answers: all_quick(2), actions: Map::new() };
    assert_eq!(resuming(complete.clone()).after(Action::Resume).stage(), Stage::Results);

    // Complete but not finished: the step it was on.
    let not_finished = Progress { finished: false, ..complete.clone() };
    assert_eq!(resuming(not_finished).after(Action::Resume).stage(), Stage::Step(3));

    // Finished, but si-4 has no answer (e.g. the quick check changed): back to the saved step.
    let mut incomplete = complete;
    incomplete.answers.remove("si-4");
    let c = resuming(incomplete).after(Action::Resume);
    assert_eq!(c.stage(), Stage::Step(3));
    assert_eq!(c.answers().len(), 11);
}

#[test]
fn resume_never_goes_past_the_last_step() {
    let saved = Progress {
        step: 9,
        finished: false,
        summary: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    assert_eq!(resuming(saved).after(Action::Resume).stage(), Stage::Step(3));
}

#[test]
fn back_and_next_at_the_resume_offer_change_nothing() {
    let saved = Progress {
        step: 2,
        finished: false,
        summary: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved);
    assert_eq!(c.after(Action::Next), c);
    assert_eq!(c.after(Action::Back), c);
}

#[test]
fn progress_is_none_until_something_is_worth_keeping() {
    let c = quick();
    assert_eq!(c.progress(), None);
    // Moving around without answering keeps nothing.
    assert_eq!(c.after(Action::Next).progress(), None);

    let c = answer(&c, "si-4", 1);
    assert_eq!(
        c.progress(),
        Some(Progress {
            step: 0,
            finished: false,
            summary: false,
            answers: answers(&[("si-4", Answer::Scale(1))]),
            actions: Map::new()
        })
    );

    let c = answer_step(&c, 0, 1).after(Action::Next);
    let p = c.progress().unwrap();
    assert_eq!((p.step, p.finished, p.answers.len()), (1, false, 3));
}

#[test]
fn progress_at_the_results_is_finished_on_the_last_step() {
    let c = finished(3).after(Action::SetAction("fo-6".into(), "Try one small risk".into()));
    let p = c.progress().unwrap();
    assert!(p.finished);
    assert_eq!(p.step, 3);
    assert_eq!(p.answers, all_quick(3));
    assert_eq!(p.actions.get("fo-6").map(String::as_str), Some("Try one small risk"));
    // Back to the summary, then a step: no longer finished.
    let p = c.after(Action::Back).progress().unwrap();
    assert_eq!((p.step, p.finished, p.summary), (3, false, true));
    let p = c.after(Action::Back).after(Action::Back).progress().unwrap();
    assert_eq!((p.step, p.finished, p.summary), (3, false, false));
}

/// While the resume offer is shown nothing has been restored yet; what is kept must still be the
/// saved progress (the `Stage::Resume` arm of `progress()` says so), not "nothing to keep",
/// or saving after e.g. a notice would lose the visitor's answers.
#[test]
fn progress_at_the_resume_offer_is_the_saved_progress() {
    let saved = Progress {
        step: 2,
        finished: false,
        summary: false,
        answers: answers(&[("si-1", Answer::Scale(0))]),
        actions: Map::new(),
    };
    let c = resuming(saved.clone());
    assert_eq!(c.progress(), Some(saved.clone()));
    assert_eq!(c.after(Action::Notice(Notice::SaveFailed)).progress(), Some(saved));
}

/// Focus follows the visitor: to the error summary on a failed Next, to the new step's heading,
/// to the results, to a confirmation and back to the button that asked when it is cancelled.
#[test]
fn focus_moves_to_what_changed() {
    let step = |c: &SelfCheck, a: Action| {
        let (next, effects) = applied(c, a);
        (focus_of(&effects), next)
    };
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

    let done = at_summary(1);
    let before = (1..4).fold(answer_step(&quick(), 0, 1).after(Action::Next), |c, s| {
        let c = answer_step(&c, s, 1);
        if s < 3 {
            c.after(Action::Next)
        } else {
            c
        }
    });
    let (focus, reached) = step(&before, Action::Next);
    assert_eq!(reached, done);
    assert_eq!(focus, Some(Focus::Summary), "to the summary");
    let (focus, done) = step(&done, Action::Next);
    assert_eq!(focus, Some(Focus::Results), "to the results");

    let (focus, asked) = step(&done, Action::Ask(Confirm::Delete));
    assert_eq!(focus, Some(Focus::Confirm));
    let (focus, _) = step(&asked, Action::Cancel);
    assert_eq!(focus, Some(Focus::Asker(Confirm::Delete)), "back to the Delete button");
    let (focus, cleared) = step(&asked, Action::Confirmed);
    assert_eq!(focus, Some(Focus::StepHeading), "after deleting, to the first step");
    assert_eq!(cleared.stage(), Stage::Step(0));
}

/// The line under the check says whether answers are kept; it must not depend on a notice the
/// visitor can dismiss.
#[test]
fn saving_failures_are_state_not_just_a_notice() {
    let c = quick();
    assert_eq!(c.saving(), Saving::On);
    let failed = c.after(Action::Saved(false));
    assert_eq!(failed.saving(), Saving::Failed);
    assert_eq!(failed.notice(), Some(&Notice::SaveFailed));
    let dismissed = failed.after(Action::DismissNotice);
    assert_eq!(dismissed.notice(), None);
    assert_eq!(dismissed.saving(), Saving::Failed, "dismissing the notice does not make saving work");
    let recovered = dismissed.after(Action::Saved(true));
    assert_eq!(recovered.saving(), Saving::On);
    // Blocked storage stays blocked whatever happens, including starting again.
    let blocked = SelfCheck::restored(
        Rc::new(framework()),
        Mode::Quick,
        Restored { saving: Saving::Blocked, progress: None, notice: Some(Notice::NotKept) },
    );
    let blocked = answer_step(&blocked, 0, 1).after(Action::Saved(false)).after(Action::Saved(true));
    assert_eq!(blocked.saving(), Saving::Blocked);
    let again = blocked.after(Action::Ask(Confirm::StartAgain)).after(Action::Confirmed);
    assert_eq!(again.saving(), Saving::Blocked);
}

// Another tab or window saved this self-check (Action::Elsewhere).

fn elsewhere(step: usize, pairs: &[(&str, Answer)]) -> Progress {
    Progress { step, finished: false, summary: false, answers: answers(pairs), actions: Map::new() }
}

#[test]
fn answers_saved_in_another_tab_are_offered_mid_question_not_applied() {
    let here = answer(&quick(), "si-1", 0);
    let theirs = elsewhere(1, &[("si-1", Answer::Scale(3)), ("si-4", Answer::Scale(2))]);
    let c = here.after(Action::Elsewhere(theirs.clone()));
    // Nothing moves under the visitor's hand: their answers and step stay until they choose.
    assert_eq!(c.stage(), Stage::Step(0));
    assert_eq!(c.answers(), &answers(&[("si-1", Answer::Scale(0))]));
    assert_eq!(c.notice(), Some(&Notice::Elsewhere));
    // Carrying on here keeps this page's answers (its next save wins).
    let carried_on = answer(&c, "si-4", 1);
    assert_eq!(carried_on.answers(), &answers(&[("si-1", Answer::Scale(0)), ("si-4", Answer::Scale(1))]));

    // "Use those answers": the other tab's answers and step, the notice gone, focus to the step.
    let (adopted, effects) = applied(&c, Action::Resume);
    assert_eq!(adopted.answers(), &theirs.answers);
    assert_eq!(adopted.stage(), Stage::Step(1));
    assert_eq!(adopted.notice(), None);
    assert_eq!(adopted.resumable(), None);
    assert_eq!(focus_of(&effects), Some(Focus::StepHeading));
    assert_eq!(adopted.progress(), Some(theirs), "this page now saves what the other tab saved");
}

#[test]
fn another_tab_saving_the_same_answers_raises_no_notice() {
    let here = answer(&quick(), "si-1", 2);
    let same = elsewhere(1, &[("si-1", Answer::Scale(2))]);
    let c = here.after(Action::Elsewhere(same));
    assert_eq!(c.notice(), None);
    assert_eq!(c.stage(), Stage::Step(0));
    // Without the notice there is nothing to take up: Resume changes nothing mid-question.
    assert_eq!(c.after(Action::Resume).stage(), Stage::Step(0));
}

#[test]
fn at_the_resume_offer_the_newer_answers_are_offered_instead() {
    let older = elsewhere(0, &[("si-1", Answer::Scale(0))]);
    let newer = elsewhere(1, &[("si-1", Answer::Scale(1)), ("si-4", Answer::Scale(3))]);
    let c = resuming(older).after(Action::Elsewhere(newer.clone()));
    assert_eq!(c.stage(), Stage::Resume);
    assert_eq!(c.notice(), None);
    assert_eq!(c.resumable(), Some(&newer));
    let c = c.after(Action::Resume);
    assert_eq!((c.stage(), c.answers()), (Stage::Step(1), &newer.answers));
}

#[test]
fn a_dismissed_notice_about_another_tab_cannot_be_taken_up_later() {
    let c = answer(&quick(), "si-1", 0).after(Action::Elsewhere(elsewhere(2, &[("si-1", Answer::Scale(3))])));
    let c = c.after(Action::DismissNotice);
    let after = c.after(Action::Resume);
    assert_eq!(
        (after.stage(), after.answers().clone()),
        (Stage::Step(0), answers(&[("si-1", Answer::Scale(0))]))
    );
}

// Another tab or window deleted the saved answers (Action::DeletedElsewhere).

#[test]
fn answers_deleted_in_another_tab_are_not_offered_and_the_visitor_is_told() {
    let theirs = elsewhere(1, &[("si-1", Answer::Scale(3))]);
    let here = answer(&quick(), "si-1", 0).after(Action::Elsewhere(theirs));
    let (c, effects) = applied(&here, Action::DeletedElsewhere);
    // This page keeps what it shows; the deleted answers can no longer be taken up.
    assert_eq!((c.stage(), c.answers().clone()), (Stage::Step(0), answers(&[("si-1", Answer::Scale(0))])));
    assert_eq!(c.notice(), Some(&Notice::DeletedElsewhere));
    assert_eq!(c.resumable(), None);
    assert_eq!(c.after(Action::Resume).answers(), c.answers(), "\"Use those answers\" undid a deletion");
    assert_eq!(focus_of(&effects), None, "focus moved mid-question");
}

#[test]
fn answers_deleted_in_another_tab_at_the_resume_offer_start_the_check_afresh() {
    let c = resuming(elsewhere(1, &[("si-1", Answer::Scale(2))]));
    let (after, effects) = applied(&c, Action::DeletedElsewhere);
    assert_eq!(after.stage(), Stage::Step(0));
    assert!(after.answers().is_empty());
    assert_eq!(after.resumable(), None);
    assert_eq!(after.notice(), Some(&Notice::DeletedElsewhere));
    // The offer's buttons are gone: focus goes to the first step's heading.
    assert_eq!(focus_of(&effects), Some(Focus::StepHeading));
    assert_eq!(after.progress(), None, "nothing to save again");
}

#[test]
fn a_deletion_in_another_tab_says_nothing_to_a_visitor_with_nothing_here() {
    let c = quick().after(Action::Elsewhere(elsewhere(0, &[("si-1", Answer::Scale(1))])));
    assert_eq!(c.notice(), Some(&Notice::Elsewhere));
    let after = c.after(Action::DeletedElsewhere);
    // The offer of answers that no longer exist goes; there is nothing else to say.
    assert_eq!(after.notice(), None);
    assert_eq!(after.resumable(), None);
    assert_eq!(quick().after(Action::DeletedElsewhere).notice(), None);
}

// A widget mounted again in the same page (SelfCheck::handed_over, SelfCheck::in_page).

fn handed_over(found: Restored, in_page: Option<Progress>) -> SelfCheck {
    SelfCheck::handed_over(Rc::new(framework()), Mode::Quick, found, in_page)
}

#[test]
fn a_remount_carries_on_from_the_page_at_the_same_place_without_asking() {
    let before = answer_step(&quick(), 0, 3).after(Action::Next);
    let before = answer(&before, "dt-1", 2);
    for saving in [Saving::Off, Saving::On, Saving::Blocked] {
        let found = Restored { saving, progress: None, notice: None };
        let after = handed_over(found, before.in_page().flatten());
        assert_eq!(after.stage(), Stage::Step(1), "{saving:?}: same step, no resume offer");
        assert_eq!(after.answers(), before.answers(), "{saving:?}");
        assert_eq!(after.saving(), saving, "{saving:?}: saving is as the new options say");
    }
}

#[test]
fn the_page_s_answers_win_over_the_device_s_older_copy() {
    let older = elsewhere(0, &[("si-1", Answer::Scale(1))]);
    let current = answer_step(&quick(), 0, 3).after(Action::Next);
    let after = handed_over(saved(Some(older)), current.in_page().flatten());
    assert_eq!(after.stage(), Stage::Step(1));
    assert_eq!(after.answers(), current.answers());
    assert_eq!(after.resumable(), None, "nothing left to offer");
    assert_eq!(after.notice(), None);
}

#[test]
fn without_answers_in_the_page_the_device_s_copy_is_offered_as_before() {
    let found = elsewhere(1, &[("si-1", Answer::Scale(1))]);
    let after = handed_over(saved(Some(found.clone())), None);
    assert_eq!(after.stage(), Stage::Resume);
    assert_eq!(after.resumable(), Some(&found));
}

#[test]
fn finished_answers_come_back_on_the_results() {
    let done = finished(2);
    let after = handed_over(saved(None), done.in_page().flatten());
    assert_eq!(after.stage(), Stage::Results);
    assert_eq!(after.answers(), &all_quick(2));
}

#[test]
fn the_page_keeps_what_is_in_play_forgets_a_fresh_start_and_leaves_the_resume_offer_alone() {
    let answered = answer(&quick(), "si-1", 3);
    assert_eq!(answered.in_page().flatten().map(|p| p.answers), Some(answers(&[("si-1", Answer::Scale(3))])));
    let again = answered.after(Action::Ask(Confirm::StartAgain)).after(Action::Confirmed);
    assert_eq!(again.in_page(), Some(None), "started again: the page forgets");
    let offer = resuming(elsewhere(0, &[("si-1", Answer::Scale(1))]));
    assert_eq!(offer.in_page(), None, "not taken up: not the page's to keep");
}
