//! The self-check's state in a Yew reducer, restored from the page or the device, kept in step
//! with other tabs and widgets, with its effects handed to `app::effects` after each render.

use yew::prelude::*;

use crate::app::context::WidgetContext;
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::services::history_store;
use crate::services::progress;
use lsc_core::history::earlier::{Earlier, EarlierAction};
use lsc_core::self_check::questionnaire::Mode;
use lsc_core::self_check::state::{Notice, SelfCheck, Stage};

/// The self-check's state, carried on from the page's memory (a widget mounted again) or else
/// restored from the device when `persist` is set. Lives in the widget, so moving between the
/// framework and the self-check keeps every answer.
#[hook]
pub fn use_self_check(
    ctx: &WidgetContext,
    mode: Mode,
    earlier: UseReducerDispatcher<Reducer<Earlier>>,
) -> UseReducerHandle<Reducer<SelfCheck>> {
    let (doc, persist) = (ctx.doc.clone(), ctx.persist);
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
        // Other tabs or widgets saving or removing the answers in progress, in either mode, for as
        // long as the widget is mounted: what is kept changed, so a file downloaded before lacks
        // it. This mode's are taken up; the other mode's are in the file only.
        let (doc, dispatcher, earlier) = (doc.clone(), state.dispatcher(), earlier.clone());
        use_effect_with((), move |_| {
            let modes: &[Mode] = if persist { &Mode::ALL } else { &[] };
            let listeners: Vec<_> = modes
                .iter()
                .filter_map(|&m| {
                    let (earlier, dispatcher) = (earlier.clone(), dispatcher.clone());
                    progress::listen(doc.0.clone(), m, source, move |a| {
                        earlier.dispatch(EarlierAction::Answered);
                        if m == mode {
                            dispatcher.dispatch(a);
                        }
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }
    // Whether the last state showed "answers deleted", to hear the deletion once.
    let deleted = use_mut_ref(|| false);
    // The answers in progress the last state held: a file downloaded before a change lacks it.
    let answered = use_mut_ref(|| None);
    {
        let (ctx, dispatcher) = (ctx.clone(), state.dispatcher());
        use_effect_with(state.clone(), move |state| {
            let check = &state.state;
            // "Delete my answers" deletes the earlier checks too, whether or not they were stored.
            let now_deleted = check.notice() == Some(&Notice::Deleted);
            if now_deleted && !deleted.replace(now_deleted) {
                earlier.dispatch(EarlierAction::Cleared);
            }
            deleted.replace(now_deleted);
            let now = check.progress();
            if answered.replace(Some(now.clone())).is_some_and(|was| was != now) {
                earlier.dispatch(EarlierAction::Answered);
            }
            effects::keep_in_page(&ctx, check);
            for effect in state.take_effects() {
                effects::self_check(&ctx, source, check, effect, &dispatcher, &earlier);
            }
            // The plan written on the results goes to the kept check too.
            if check.stage() == Stage::Results {
                let (stamp, _) = history_store::now();
                earlier.dispatch(EarlierAction::Plan(
                    mode,
                    check.answers().clone(),
                    check.actions().clone(),
                    stamp,
                ));
            }
        });
    }
    state
}
