//! The self-check's state in a Yew reducer, and the hook that carries out what the core asks
//! for after each action: move focus, keep progress on the device, tell the host page.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::machine::Reducer;
use crate::app::Doc;
use crate::services::events;
use crate::services::history_store;
use crate::services::progress;
use crate::ui::focus::focus_in;
use lsc_core::history::earlier::{Earlier, EarlierAction};
use lsc_core::history::Completed;
use lsc_core::self_check::questionnaire::{Answer, Mode};
use lsc_core::self_check::state::{Action, Confirm, Effect, Focus, Notice, Saving, SelfCheck, Stage};

/// The element id each focus target has in the views.
pub fn focus_id(focus: Focus, check: &SelfCheck) -> String {
    match focus {
        Focus::StepHeading => "lsc-step-heading".into(),
        Focus::ErrorSummary => "lsc-error-summary".into(),
        Focus::Summary => "lsc-summary-heading".into(),
        // The chosen radio, as a keyboard reaches a group: statement.rs numbers the scale's
        // radios from 0, then "does not apply".
        Focus::Statement(id) => {
            let n = match check.answers().get(&id) {
                Some(Answer::Scale(v)) => usize::from(*v),
                Some(Answer::NotApplicable) => check.framework().self_check.scale.len(),
                None => 0,
            };
            format!("{id}-{n}")
        }
        Focus::ChangeLink(id) => format!("lsc-change-{id}"),
        Focus::Results => "lsc-results-heading".into(),
        Focus::Confirm => "lsc-confirm-heading".into(),
        Focus::Asker(Confirm::StartAgain) => "lsc-start-again".into(),
        Focus::Asker(Confirm::Delete) => "lsc-delete".into(),
    }
}

/// The self-check's state, carried on from the page's memory (a widget mounted again) or else
/// restored from the device when `persist` is set, with its effects carried out. Lives in the widget, so moving between the framework and the self-check keeps
/// every answer. `root` is the widget's element, where focus moves.
#[hook]
pub fn use_self_check(
    doc: Doc,
    mode: Mode,
    persist: bool,
    host: HtmlElement,
    root: NodeRef,
    earlier: UseReducerDispatcher<Reducer<Earlier>>,
) -> UseReducerHandle<Reducer<SelfCheck>> {
    let state = use_reducer({
        let doc = doc.clone();
        move || {
            let found = progress::restore(&doc, mode, persist);
            Reducer::new(SelfCheck::handed_over(doc.0.clone(), mode, found, progress::in_page(&doc, mode)))
        }
    });
    // Which saves are this widget's own, among the page's widgets.
    let source = *use_state(progress::new_source);
    {
        // Other tabs or widgets saving or removing this check, for as long as the widget is mounted.
        let (doc, dispatcher) = (doc.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listeners = persist
                .then(|| progress::listen(doc.0.clone(), mode, source, move |a| dispatcher.dispatch(a)));
            move || drop(listeners)
        });
    }
    // Whether the last state showed "answers deleted", to hear the deletion once.
    let deleted = use_mut_ref(|| false);
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.clone(), move |state| {
            let check = &state.state;
            // "Delete my answers" deletes the earlier checks too, whether or not they were stored.
            let now_deleted = check.notice() == Some(&Notice::Deleted);
            if now_deleted && !deleted.replace(now_deleted) {
                earlier.dispatch(EarlierAction::Cleared);
            }
            deleted.replace(now_deleted);
            if let Some(in_page) = check.in_page() {
                progress::keep_in_page(&doc, mode, in_page.as_ref());
            }
            for effect in state.take_effects() {
                match effect {
                    Effect::Focus(f) => focus_in(&root, &focus_id(f, check)),
                    Effect::Completed => {
                        events::dispatch_complete(&host, check);
                        let (at, day) = history_store::now();
                        let (answers, actions) = (check.answers().clone(), check.actions().clone());
                        earlier.dispatch(EarlierAction::Record(Completed {
                            at,
                            day,
                            mode,
                            answers,
                            actions,
                        }));
                    }
                    store => match progress::store(&doc, mode, source, &store) {
                        // A save that went as the last one did changes nothing.
                        Some(Action::Saved(ok)) if ok == (check.saving() == Saving::On) => {}
                        Some(outcome) => dispatcher.dispatch(outcome),
                        None => {}
                    },
                }
            }
            // The plan written on the results goes to the kept check too.
            if check.stage() == Stage::Results {
                earlier.dispatch(EarlierAction::Plan(mode, check.answers().clone(), check.actions().clone()));
            }
        });
    }
    state
}
