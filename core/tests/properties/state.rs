//! The self-check's state machine: any sequence of visitor events keeps the state valid, in
//! either mode, and a reload puts the visitor back where they were.

use super::*;

/// Every behaviour id of the bundled framework, and some that are not (or only nearly) ids.
fn id_pool() -> Vec<String> {
    let mut ids: Vec<String> = framework().behaviours().map(|b| b.id.clone()).collect();
    ids.extend(["", "si-0", "SI-1", "si-1 ", "nope", "strategic-intent"].map(String::from));
    ids
}

fn ids() -> impl Strategy<Value = String> {
    proptest::sample::select(id_pool())
}

/// Mostly answers on the scale, some "does not apply", some beyond any scale.
fn answers() -> impl Strategy<Value = Answer> {
    prop_oneof![
        6 => (0u8..4).prop_map(Answer::Scale),
        2 => Just(Answer::NotApplicable),
        1 => any::<u8>().prop_map(Answer::Scale),
    ]
}

/// Any progress that `decode` accepts: answers to some asked statements (each allowed), plans
/// for some (non-blank, within the limit), at any step, finished or not.
pub(super) fn progresses(mode: Mode) -> impl Strategy<Value = Progress> {
    let fw = framework();
    let steps = steps(&fw, mode);
    let asked: Vec<(String, bool)> =
        asked(&fw, &steps).map(|b| (b.id.clone(), b.applies_to.is_some())).collect();
    let top = fw.self_check.top();
    let n = asked.len();
    let plans = proptest::option::weighted(0.2, plan_texts());
    (
        0..steps.len(),
        (any::<bool>(), any::<bool>()),
        proptest::collection::vec(proptest::option::weighted(0.6, 0..=top + 1), n),
        proptest::collection::vec(plans, n),
    )
        .prop_map(move |(step, (finished, summary), values, plans)| {
            let mut p = Progress { step, finished, summary, answers: Map::new(), actions: Map::new() };
            for ((id, applies_to), (value, plan)) in asked.iter().zip(values.into_iter().zip(plans)) {
                match value {
                    Some(v) if v <= top => p.answers.insert(id.clone(), Answer::Scale(v)),
                    Some(_) if *applies_to => p.answers.insert(id.clone(), Answer::NotApplicable),
                    _ => {}
                }
                let plan = plan.map(|t| t.chars().take(MAX_ACTION_CHARS).collect::<String>());
                if let Some(text) = plan.filter(|t| !t.trim().is_empty()) {
                    p.actions.insert(id.clone(), text);
                }
            }
            p
        })
}

/// Text for "One thing I will do": short, blank, any characters, or longer than is kept.
fn plan_texts() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z ]{0,12}",
        1 => "[ \t\n]{0,3}",
        2 => any::<String>(),
        1 => (MAX_ACTION_CHARS - 2..MAX_ACTION_CHARS + 3).prop_map(|n| "é".repeat(n)),
    ]
}

/// What a visitor can do. `Fill` stands for answering every open statement of the current step
/// (with `Action::Answer`s), so that random sequences get through the steps to the results.
#[derive(Debug, Clone)]
pub(super) enum Event {
    Act(Action),
    Fill(u8),
}

fn events(mode: Mode) -> impl Strategy<Value = Event> {
    let confirms = prop_oneof![Just(Confirm::StartAgain), Just(Confirm::Delete)];
    let notices = prop_oneof![
        "[a-z ]{0,8}".prop_map(Notice::SetAside),
        Just(Notice::NotKept),
        Just(Notice::SaveFailed),
        Just(Notice::Deleted),
        Just(Notice::NotDeleted),
        Just(Notice::Elsewhere),
        Just(Notice::DeletedElsewhere),
    ];
    let statuses = prop_oneof![
        Just(Status::Copied),
        Just(Status::CopyFailed),
        Just(Status::Downloaded),
        Just(Status::DownloadFailed),
        Just(Status::PrintFailed),
    ];
    prop_oneof![
        8 => (ids(), answers()).prop_map(|(id, a)| Event::Act(Action::Answer(id, a))),
        3 => any::<u8>().prop_map(Event::Fill),
        5 => Just(Event::Act(Action::Next)),
        2 => Just(Event::Act(Action::Back)),
        2 => ids().prop_map(|id| Event::Act(Action::Change(id))),
        2 => (ids(), plan_texts()).prop_map(|(id, text)| Event::Act(Action::SetAction(id, text))),
        1 => Just(Event::Act(Action::Resume)),
        1 => confirms.prop_map(|c| Event::Act(Action::Ask(c))),
        1 => Just(Event::Act(Action::Cancel)),
        1 => Just(Event::Act(Action::Confirmed)),
        1 => notices.prop_map(|n| Event::Act(Action::Notice(n))),
        1 => Just(Event::Act(Action::DismissNotice)),
        1 => any::<bool>().prop_map(|ok| Event::Act(Action::Saved(ok))),
        1 => statuses.prop_map(|s| Event::Act(Action::Status(s))),
        // Another tab saved (as the view reads it back from storage).
        1 => progresses(mode).prop_map(|p| Event::Act(Action::Elsewhere(p))),
        // Another tab deleted the saved answers.
        1 => Just(Event::Act(Action::DeletedElsewhere)),
    ]
}

/// The actions an event stands for in this state.
fn actions_of(check: &SelfCheck, event: &Event) -> Vec<Action> {
    match event {
        Event::Act(action) => vec![action.clone()],
        Event::Fill(seed) => {
            let Stage::Step(i) = check.stage() else { return Vec::new() };
            let top = check.framework().self_check.top();
            check
                .missing_in(i)
                .into_iter()
                .map(|id| {
                    let applies_to =
                        check.framework().behaviours().any(|b| b.id == id && b.applies_to.is_some());
                    let answer = if applies_to && seed % 5 == 0 {
                        Answer::NotApplicable
                    } else {
                        Answer::Scale(seed % (top + 1))
                    };
                    Action::Answer(id, answer)
                })
                .collect()
        }
    }
}

/// Plays `events` from `check`, checking every state and every step between states.
pub(super) fn play(mut check: SelfCheck, events: &[Event], seen: &Seen) -> Result<SelfCheck, TestCaseError> {
    let saving = check.saving();
    assert_valid(&check, saving)?;
    for event in events {
        for action in actions_of(&check, event) {
            let (next, effects) = applied(&check, action.clone());
            assert_valid(&next, saving)?;
            assert_step(&check, &action, &next, &effects)?;
            seen.note(&check, &action, &next);
            check = next;
        }
    }
    Ok(check)
}

/// The state machine's invariants (see core/src/self_check/state.rs), whatever happened before.
pub(super) fn assert_valid(c: &SelfCheck, initial_saving: Saving) -> Result<(), TestCaseError> {
    let fw = c.framework();
    prop_assert_eq!(c.steps(), &steps(fw, c.mode()), "the steps are the mode's, always");
    prop_assert!(!c.steps().is_empty());
    let asked_ids: Vec<&str> = asked(fw, c.steps()).map(|b| b.id.as_str()).collect();

    match c.stage() {
        Stage::Step(i) => prop_assert!(i < c.steps().len(), "step {} of {}", i, c.steps().len()),
        Stage::Summary | Stage::Results => {
            for i in 0..c.steps().len() {
                prop_assert!(c.missing_in(i).is_empty(), "{:?} with step {} incomplete", c.stage(), i);
            }
            prop_assert_eq!(c.answers().len(), c.total(), "{:?} with every statement answered", c.stage());
        }
        Stage::Resume => prop_assert!(c.resumable().is_some(), "resume offered with nothing to resume"),
    }

    // A statement being changed from the summary is on the current step, and the summary it
    // returns to is complete.
    if let Some(id) = c.changing() {
        let Stage::Step(i) = c.stage() else {
            return Err(TestCaseError::fail(format!("changing {id} at {:?}", c.stage())));
        };
        let (_, in_step) = c.steps()[i].resolve(fw).expect("steps resolve");
        prop_assert!(in_step.iter().any(|b| b.id == id), "changing {} at step {}", id, i);
        prop_assert_eq!(c.answers().len(), c.total(), "changing with statements unanswered");
    }

    for (id, answer) in c.answers().iter() {
        let b = asked(fw, c.steps()).find(|b| b.id == *id);
        prop_assert!(b.is_some(), "an answer to {} which is not asked", id);
        prop_assert!(b.is_some_and(|b| allowed(fw, b, *answer)), "{:?} is not allowed for {}", answer, id);
    }
    for (id, text) in c.actions().iter() {
        prop_assert!(asked_ids.contains(&id.as_str()), "a plan for {} which is not asked", id);
        prop_assert!(!text.trim().is_empty(), "a blank plan is kept for {}", id);
        prop_assert!(text.chars().count() <= MAX_ACTION_CHARS, "a plan longer than kept, for {}", id);
    }

    // Errors are only ever about the current step's statements, each once, in the step's order.
    if !c.unanswered().is_empty() {
        let Stage::Step(i) = c.stage() else {
            return Err(TestCaseError::fail(format!("errors shown at {:?}", c.stage())));
        };
        let (_, in_step) = c.steps()[i].resolve(fw).expect("steps resolve");
        let order: Vec<&str> = in_step.iter().map(|b| b.id.as_str()).collect();
        let positions: Vec<usize> = c
            .unanswered()
            .iter()
            .map(|id| order.iter().position(|o| o == id).ok_or_else(|| format!("{id} is not in step {i}")))
            .collect::<Result<_, _>>()
            .map_err(TestCaseError::fail)?;
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]), "errors out of order: {:?}", c.unanswered());
    }

    prop_assert!(
        c.status().is_none() || c.stage() == Stage::Results,
        "a copy/download status off the results"
    );
    match initial_saving {
        Saving::On | Saving::Failed => prop_assert!(matches!(c.saving(), Saving::On | Saving::Failed)),
        other => prop_assert_eq!(c.saving(), other, "saving that is off or blocked stays so"),
    }
    Ok(())
}

/// What one action may change.
fn assert_step(
    before: &SelfCheck,
    action: &Action,
    after: &SelfCheck,
    effects: &[Effect],
) -> Result<(), TestCaseError> {
    let cleared = matches!(action, Action::Confirmed) && before.confirm().is_some();
    // Answers are taken up from `resumable` only where they are offered: at the resume screen, or
    // in the notice that another tab saved different ones.
    let offered = before.stage() == Stage::Resume || before.notice() == Some(&Notice::Elsewhere);
    let resumed = matches!(action, Action::Resume) && offered && before.resumable().is_some();
    // Saved data is removed exactly when the visitor confirmed a clear, and only where saving works.
    let keeps = matches!(after.saving(), Saving::On | Saving::Failed);
    let removes = effects.iter().any(|e| matches!(e, Effect::Remove | Effect::RemoveAll));
    prop_assert_eq!(removes, cleared && keeps, "{:?} removed saved data: {:?}", action, effects);
    if cleared {
        prop_assert!(after.answers().is_empty() && after.actions().is_empty());
        prop_assert_eq!(after.stage(), Stage::Step(0));
        prop_assert_eq!(after.confirm(), None);
    } else if resumed {
        let saved = before.resumable().expect("resume offered");
        prop_assert_eq!(after.answers(), &saved.answers, "resuming restores the saved answers");
        prop_assert_eq!(after.actions(), &saved.actions, "resuming restores the saved plan");
        prop_assert_eq!(&after.resumable(), &None);
    } else {
        // Answers are never lost: only the statement answered changes.
        let answered = match action {
            Action::Answer(id, _) => Some(id.as_str()),
            _ => None,
        };
        for (id, answer) in before.answers().iter() {
            if Some(id.as_str()) != answered {
                prop_assert_eq!(
                    after.answers().get(id),
                    Some(answer),
                    "{:?} changed the answer to {}",
                    action,
                    id
                );
            }
        }
        prop_assert!(after.answers().len() <= before.answers().len() + usize::from(answered.is_some()));
        if !matches!(action, Action::SetAction(..)) {
            prop_assert_eq!(&after.actions(), &before.actions(), "{:?} changed the plan", action);
        }
    }

    // Another tab's save is offered, and a visitor mid-check is told when it differs.
    if let Action::Elsewhere(p) = action {
        prop_assert_eq!(after.resumable(), Some(p));
        if before.stage() != Stage::Resume
            && (&p.answers != before.answers() || &p.actions != before.actions())
        {
            prop_assert_eq!(after.notice(), Some(&Notice::Elsewhere));
        }
    }

    // A deletion elsewhere is never offered again.
    if matches!(action, Action::DeletedElsewhere) {
        prop_assert_eq!(&after.resumable(), &None);
    }

    // Completion is told once, on confirming the summary.
    let completed =
        matches!(action, Action::Next) && after.stage() == Stage::Results && before.stage() == Stage::Summary;
    prop_assert_eq!(effects.contains(&Effect::Completed), completed, "completion told after {:?}", action);

    match (action, before.stage(), after.stage()) {
        (Action::Next, Stage::Step(i), Stage::Step(j)) => {
            if after.unanswered().is_empty() {
                prop_assert_eq!(j, i + 1, "Next with nothing missing moves on one step");
                prop_assert!(before.changing().is_none(), "a step changed from the summary went on");
                prop_assert!(before.missing_in(i).is_empty(), "moved on past a step with gaps");
            } else {
                prop_assert!(j <= i, "Next with gaps never moves forward");
                prop_assert_eq!(
                    &after.unanswered(),
                    &after.missing_in(j),
                    "errors list exactly what is missing"
                );
            }
        }
        (Action::Next, Stage::Step(i), Stage::Summary) => {
            prop_assert!(after.unanswered().is_empty());
            prop_assert!(
                i + 1 == before.steps().len() || before.changing().is_some(),
                "the summary from step {} without changing",
                i
            );
        }
        (Action::Next | Action::Back, Stage::Step(_), Stage::Results) => {
            return Err(TestCaseError::fail(format!("{action:?} skipped the summary")));
        }
        (Action::Next, Stage::Summary, s) => prop_assert_eq!(s, Stage::Results),
        (Action::Back, Stage::Step(i), Stage::Step(j)) => prop_assert_eq!(j, i.saturating_sub(1)),
        (Action::Back, Stage::Step(_), Stage::Summary) => prop_assert!(before.changing().is_some()),
        (Action::Back, Stage::Summary, s) => prop_assert_eq!(s, Stage::Step(after.steps().len() - 1)),
        (Action::Back, Stage::Results, s) => prop_assert_eq!(s, Stage::Summary),
        (Action::Change(id), Stage::Summary, Stage::Step(j)) => {
            let (_, in_step) = after.steps()[j].resolve(after.framework()).expect("steps resolve");
            prop_assert!(in_step.iter().any(|b| &b.id == id), "Change {} went to step {}", id, j);
            prop_assert_eq!(after.changing(), Some(id.as_str()));
            prop_assert_eq!(focus_of(effects), Some(Focus::Statement(id.clone())));
        }
        (Action::Change(_), s, t) => {
            prop_assert_eq!(s, t, "Change moves only from the summary, to a statement asked")
        }
        (Action::Answer(..) | Action::SetAction(..), s, t) => prop_assert_eq!(s, t, "answering never moves"),
        _ => {}
    }

    // Focus goes to the error summary exactly when Next finds gaps.
    let focus = focus_of(effects);
    let errors = matches!(action, Action::Next) && !after.unanswered().is_empty();
    prop_assert_eq!(focus == Some(Focus::ErrorSummary), errors, "focus {:?} after {:?}", focus, action);
    // Back from changing a statement, focus is on its "Change" again.
    if let (Some(id), Stage::Summary) = (before.changing(), after.stage()) {
        prop_assert_eq!(&focus, &Some(Focus::ChangeLink(id.to_string())));
    }
    if focus == Some(Focus::Confirm) {
        prop_assert!(after.confirm().is_some());
    }

    // What is saved is always the state's progress, and only where saving works.
    for e in effects {
        if let Effect::Save(p) = e {
            prop_assert!(keeps, "saved with saving {:?}", after.saving());
            prop_assert_eq!(Some(p.clone()), after.progress(), "saved something other than the progress");
        }
    }
    // Saving happens when these change.
    if (after.answers(), after.actions(), after.stage())
        != (before.answers(), before.actions(), before.stage())
    {
        assert_reload_restores(after)?;
    }
    Ok(())
}

/// Saving now and loading the page again puts the visitor back where they were.
fn assert_reload_restores(c: &SelfCheck) -> Result<(), TestCaseError> {
    let Some(progress) = c.progress() else {
        prop_assert!(c.answers().is_empty() && c.actions().is_empty(), "nothing saved while answers exist");
        return Ok(());
    };
    let text = encode(c.framework(), c.mode(), &progress);
    let decoded = decode(&text, c.framework(), c.mode());
    prop_assert_eq!(decoded.as_ref(), Ok(&progress), "the save round-trips: {}", text);
    if c.stage() == Stage::Resume {
        return Ok(());
    }
    let reloaded =
        SelfCheck::restored(c.framework().clone(), c.mode(), saved(decoded.ok())).after(Action::Resume);
    prop_assert_eq!(reloaded.stage(), c.stage(), "a reload resumes at the same place");
    prop_assert_eq!(reloaded.answers(), c.answers());
    prop_assert_eq!(reloaded.actions(), c.actions());
    Ok(())
}

/// What the cases of a run reached, so that the run can show it covered the interesting states.
#[derive(Default)]
pub(super) struct Seen {
    results: Cell<u32>,
    changed_from_the_summary: Cell<u32>,
    gaps_found_at_the_end: Cell<u32>,
    errors: Cell<u32>,
    resumed: Cell<u32>,
    elsewhere: Cell<u32>,
    cleared: Cell<u32>,
}

impl Seen {
    fn note(&self, before: &SelfCheck, action: &Action, after: &SelfCheck) {
        let bump = |c: &Cell<u32>| c.set(c.get() + 1);
        match (action, before.stage(), after.stage()) {
            (Action::Next, Stage::Summary, Stage::Results) => bump(&self.results),
            (Action::Next, Stage::Step(_), Stage::Summary) if before.changing().is_some() => {
                bump(&self.changed_from_the_summary)
            }
            (Action::Next, Stage::Step(i), Stage::Step(j)) if j < i => bump(&self.gaps_found_at_the_end),
            (Action::Resume, Stage::Resume, _) => bump(&self.resumed),
            (Action::Resume, _, _) if before.notice() == Some(&Notice::Elsewhere) => bump(&self.elsewhere),
            (Action::Confirmed, _, _) if before.confirm().is_some() => bump(&self.cleared),
            _ => {}
        }
        if !after.unanswered().is_empty() {
            bump(&self.errors);
        }
    }
}

/// How an earlier visit left this device.
#[derive(Debug, Clone)]
enum Earlier {
    Nothing,
    /// A visit played with these events, then saved.
    Played(Vec<Event>),
    /// Any save that `decode` accepts, such as one from before the questions changed, with gaps
    /// in earlier steps.
    Saved(Progress),
}

/// A starting point: a fresh check, or one offering to resume what an earlier visit saved, with
/// saving in any state the view sets.
fn starts(mode: Mode) -> impl Strategy<Value = (Earlier, Saving)> {
    let earlier = prop_oneof![
        1 => Just(Earlier::Nothing),
        1 => proptest::collection::vec(events(mode), 0..60).prop_map(Earlier::Played),
        2 => progresses(mode).prop_map(Earlier::Saved),
    ];
    let saving = prop_oneof![4 => Just(Saving::On), 1 => Just(Saving::Off), 1 => Just(Saving::Blocked)];
    (earlier, saving)
}

fn start(
    fw: &Rc<Framework>,
    mode: Mode,
    earlier: &Earlier,
    saving: Saving,
) -> Result<SelfCheck, TestCaseError> {
    let progress = match earlier {
        Earlier::Nothing => None,
        Earlier::Played(events) => {
            play(SelfCheck::new(fw.clone(), mode), events, &Seen::default())?.progress()
        }
        Earlier::Saved(p) => Some(p.clone()),
    };
    // Saved and read back as the widget does.
    let saved = match progress {
        Some(p) => Some(
            decode(&encode(fw, mode, &p), fw, mode)
                .map_err(|e| TestCaseError::fail(format!("a valid save was set aside: {e:?}")))?,
        ),
        None => None,
    };
    Ok(SelfCheck::restored(fw.clone(), mode, Restored { saving, progress: saved, notice: None }))
}

fn any_sequence_keeps_the_state_valid(mode: Mode) {
    let fw = Rc::new(framework());
    let seen = Seen::default();
    let reached = |seen: &Seen| {
        [
            ("the results", seen.results.get()),
            ("a change from the summary, back to it", seen.changed_from_the_summary.get()),
            ("a gap found at the last step", seen.gaps_found_at_the_end.get()),
            ("error messages", seen.errors.get()),
            ("a resumed visit", seen.resumed.get()),
            ("a confirmed clear", seen.cleared.get()),
            ("answers from another tab taken up", seen.elsewhere.get()),
        ]
    };
    // Rare states are reached by chance: a few more random batches before calling the test vacuous.
    for _ in 0..5 {
        check(
            200,
            (starts(mode), proptest::collection::vec(events(mode), 0..120)),
            |((earlier, saving), events)| {
                play(start(&fw, mode, &earlier, saving)?, &events, &seen).map(|_| ())
            },
        );
        if reached(&seen).iter().all(|(_, count)| *count > 0) {
            break;
        }
    }
    // The random visits did reach every kind of state, so the checks above were not vacuous.
    for (what, count) in reached(&seen) {
        assert!(count > 0, "no case reached {what} in {mode:?} mode");
    }
}

#[test]
fn any_sequence_of_quick_check_events_keeps_the_state_valid() {
    any_sequence_keeps_the_state_valid(Mode::Quick);
}

#[test]
fn any_sequence_of_full_check_events_keeps_the_state_valid() {
    any_sequence_keeps_the_state_valid(Mode::Full);
}
