//! The self-check's state in a Yew reducer, and the hook that carries out what the core asks
//! for after each action: move focus, keep progress on the device, tell the host page.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::machine::Reducer;
use super::widget::focus_in;
use super::Doc;
use crate::core::questionnaire::Mode;
use crate::core::state::{Action, Confirm, Effect, Focus, Saving, SelfCheck};
use crate::{events, progress};

/// The element id each focus target has in the views.
pub fn focus_id(focus: Focus) -> &'static str {
    match focus {
        Focus::StepHeading => "lsc-step-heading",
        Focus::ErrorSummary => "lsc-error-summary",
        Focus::Results => "lsc-results-heading",
        Focus::Confirm => "lsc-confirm-heading",
        Focus::Asker(Confirm::StartAgain) => "lsc-start-again",
        Focus::Asker(Confirm::Delete) => "lsc-delete",
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
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.clone(), move |state| {
            let check = &state.state;
            if let Some(in_page) = check.in_page() {
                progress::keep_in_page(&doc, mode, in_page.as_ref());
            }
            for effect in state.take_effects() {
                match effect {
                    Effect::Focus(f) => focus_in(&root, focus_id(f)),
                    Effect::Completed => events::dispatch_complete(&host, check),
                    store => match progress::store(&doc, mode, source, &store) {
                        // A save that went as the last one did changes nothing.
                        Some(Action::Saved(ok)) if ok == (check.saving() == Saving::On) => {}
                        Some(outcome) => dispatcher.dispatch(outcome),
                        None => {}
                    },
                }
            }
        });
    }
    state
}
