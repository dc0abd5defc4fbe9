//! The one place where what the core's state machines ask for is carried out, after the render
//! that shows the new state: focus moves, kept data is written (through `services`), the host page
//! is told. Views only dispatch actions; the hook that holds each machine hands its effects here.

use yew::prelude::*;

use crate::app::context::WidgetContext;
use crate::app::machine::Reducer;
use crate::services::colleagues_store;
use crate::services::events;
use crate::services::history_store;
use crate::services::progress;
use crate::ui::focus::focus_in;
use crate::ui::ids;
use lsc_core::colleagues::invite::Session;
use lsc_core::colleagues::kept_codes::KeptCodes;
use lsc_core::colleagues::views::ViewsEffect;
use lsc_core::explorer::view_state::ViewFocus;
use lsc_core::history::earlier::{Earlier, EarlierAction, EarlierEffect, EarlierFocus};
use lsc_core::history::transfer::Moved;
use lsc_core::history::Completed;
use lsc_core::self_check::questionnaire::{Answer, Mode};
use lsc_core::self_check::state::{Action, Confirm, Effect, Focus, Saving, SelfCheck};

type Dispatch<M> = UseReducerDispatcher<Reducer<M>>;

/// The element id each of the self-check's focus targets has in the views.
fn check_focus(focus: Focus, check: &SelfCheck) -> String {
    match focus {
        Focus::StepHeading => ids::STEP_HEADING.into(),
        Focus::ErrorSummary => ids::ERROR_SUMMARY.into(),
        Focus::Summary => ids::SUMMARY_HEADING.into(),
        // The chosen radio, as a keyboard reaches a group.
        Focus::Statement(id) => {
            let n = match check.answers().get(&id) {
                Some(Answer::Scale(v)) => usize::from(*v),
                Some(Answer::NotApplicable) => check.framework().self_check.scale.len(),
                None => 0,
            };
            ids::radio(&id, n)
        }
        Focus::ChangeLink(id) => ids::change_link(&id),
        Focus::Results => ids::RESULTS_HEADING.into(),
        Focus::Confirm => ids::CONFIRM_HEADING.into(),
        Focus::Asker(Confirm::StartAgain) => ids::START_AGAIN.into(),
        Focus::Asker(Confirm::Delete) => ids::DELETE.into(),
    }
}

/// The visitor's own self-check: focus, saving and removing answers, `lsc:complete`, and the
/// finished check recorded among the earlier ones. `source` tells this widget's saves from other
/// widgets' on the page.
pub fn self_check(
    ctx: &WidgetContext,
    source: u32,
    check: &SelfCheck,
    effect: Effect,
    dispatch: &Dispatch<SelfCheck>,
    earlier: &Dispatch<Earlier>,
) {
    let mode = check.mode();
    match effect {
        Effect::Focus(f) => focus_in(&ctx.root, &check_focus(f, check)),
        Effect::Completed => {
            if let Some(host) = &ctx.host {
                events::dispatch_complete(host, check);
            }
            let (at, day) = history_store::now();
            let (answers, actions) = (check.answers().clone(), check.actions().clone());
            earlier.dispatch(EarlierAction::Record(Completed {
                at,
                day,
                mode,
                answers,
                actions,
                edited: 0,
                after: 0,
            }));
        }
        store => match progress::store(&ctx.doc, mode, source, &store) {
            // Saving works again: a finished check whose write failed is written now.
            Some(Action::Saved(true)) if check.saving() == Saving::On => {
                earlier.dispatch(EarlierAction::Retry)
            }
            // A save that went as the last one did changes nothing.
            Some(Action::Saved(ok)) if ok == (check.saving() == Saving::On) => {}
            Some(outcome) => {
                if outcome == Action::Saved(true) {
                    earlier.dispatch(EarlierAction::Retry);
                }
                dispatch.dispatch(outcome)
            }
            None => {}
        },
    }
}

/// The answers as they stand, kept in the page's memory where the core asks (a widget mounted
/// again on this page takes them over, even with `persist="none"`).
pub fn keep_in_page(ctx: &WidgetContext, check: &SelfCheck) {
    if let Some(in_page) = check.in_page() {
        progress::keep_in_page(&ctx.doc, check.mode(), in_page.as_ref());
    }
}

/// A colleague's answers about the visitor: focus, and their progress kept with the invitation
/// in this tab (never with the visitor's own answers).
pub fn colleague_check(ctx: &WidgetContext, session: &Session, check: &SelfCheck, effect: Effect) {
    match effect {
        Effect::Focus(f) => focus_in(&ctx.root, &check_focus(f, check)),
        Effect::Save(p) => {
            let kept = Session { progress: Some(p), ..session.clone() };
            colleagues_store::keep_or_forget(&ctx.doc, check.mode(), Some(&kept), ctx.persist);
        }
        _ => {}
    }
}

/// The collector's codes: kept in the page only (nothing is saved, as they are other people's
/// answers about someone else), so only focus moves.
pub fn collector_codes(ctx: &WidgetContext, effect: ViewsEffect) {
    match effect {
        ViewsEffect::Save(_) => {}
        ViewsEffect::FocusError => focus_in(&ctx.root, ids::CODE_ERROR_SUMMARY),
        ViewsEffect::FocusList => focus_in(&ctx.root, ids::CODES_HEADING),
        ViewsEffect::FocusCombined => focus_in(&ctx.root, ids::RESULTS_HEADING),
    }
}

/// The colleague has left the invitation (or sent their code): their response is forgotten.
pub fn colleague_left(ctx: &WidgetContext, mode: Mode) {
    colleagues_store::keep_or_forget(&ctx.doc, mode, None, ctx.persist);
}

/// "Your earlier checks": the history kept, focus, and a file's answers in progress taken up.
pub fn earlier(
    ctx: &WidgetContext,
    effect: EarlierEffect,
    check: &SelfCheck,
    dispatch: &Dispatch<SelfCheck>,
) -> Option<EarlierAction> {
    match effect {
        EarlierEffect::Save(history) => {
            return Some(EarlierAction::Written(history_store::keep(&ctx.doc, ctx.persist, &history)))
        }
        EarlierEffect::Focus(f) => focus_in(&ctx.root, earlier_focus(f)),
        EarlierEffect::TakeUp(moved) => {
            return Some(EarlierAction::TakenUp(take_up(ctx, &moved, check, dispatch)))
        }
    }
    None
}

fn earlier_focus(focus: EarlierFocus) -> &'static str {
    match focus {
        EarlierFocus::Opened => ids::RESULTS_HEADING,
        EarlierFocus::Section => ids::EARLIER_HEADING,
        EarlierFocus::Confirm => ids::EARLIER_CONFIRM,
        EarlierFocus::Problem => ids::FILE_ERRORS,
        EarlierFocus::Question => ids::FILE_QUESTION,
    }
}

/// Takes up a file's answers in progress for each mode that has none here; true if any.
fn take_up(ctx: &WidgetContext, moved: &Moved, check: &SelfCheck, dispatch: &Dispatch<SelfCheck>) -> bool {
    let mut taken = false;
    for (mode, p) in [(Mode::Quick, &moved.quick), (Mode::Full, &moved.full)] {
        let Some(p) = p else { continue };
        if mode == check.mode() {
            if check.progress().is_none() {
                // Offered then taken up at once, as answers from another tab are.
                dispatch.dispatch(Action::Elsewhere(p.clone()));
                dispatch.dispatch(Action::Resume);
                taken = true;
            }
        } else if progress::peek(&ctx.doc, mode, ctx.persist).is_none() {
            progress::put(&ctx.doc, mode, ctx.persist, p);
            taken = true;
        }
    }
    taken
}

/// The explorer and the tabs: focus only.
pub fn view(ctx: &WidgetContext, focus: ViewFocus) {
    match focus {
        ViewFocus::Tab(true) => focus_in(&ctx.root, ids::TAB_CHECK),
        ViewFocus::Tab(false) => focus_in(&ctx.root, ids::TAB_FRAMEWORK),
        ViewFocus::Theme(i) => {
            if let Some(t) = ctx.doc.themes.get(i) {
                focus_in(&ctx.root, &ids::theme_button(&t.id));
            }
        }
    }
}

/// Colleagues' codes added by the visitor: kept where the answers are, and focus. Returns what
/// is kept now, Err if the browser refused the write (None: nothing was saved), so that a
/// failed one is told.
pub fn codes(
    ctx: &WidgetContext,
    mode: Mode,
    stored: bool,
    effect: ViewsEffect,
) -> Option<Result<KeptCodes, KeptCodes>> {
    match effect {
        ViewsEffect::Save(codes) => {
            return Some(colleagues_store::keep_codes(&ctx.doc, mode, stored, &codes))
        }
        ViewsEffect::FocusError => focus_in(&ctx.root, ids::CODE_ERROR_SUMMARY),
        ViewsEffect::FocusList => focus_in(&ctx.root, ids::CODES_HEADING),
        // The visitor's views make no combined code.
        ViewsEffect::FocusCombined => {}
    }
    None
}
