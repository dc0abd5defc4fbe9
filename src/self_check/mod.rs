//! The self-check: one step per theme, resuming, and "Check your answers".
//!
//! The self-check: which screen to show for its state (resuming, a step, the results, or a
//! confirmation), with the notice above and the line about what is kept below.

pub mod check_answers;
pub mod confirm_delete;
pub mod resume;
pub mod statement;
pub mod step_form;
pub mod use_self_check;

use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::WidgetContext;

use crate::app::send;
use crate::app::Check;
use crate::app::Shared;
use crate::history::earlier_check::EarlierCheckProps;
use crate::history::earlier_checks::{earlier_checks, EarlierChecksProps};
use crate::results::{Compared, ResultsProps};
use crate::self_check::check_answers::CheckAnswersProps;
use crate::self_check::confirm_delete::ConfirmDeleteProps;
use crate::self_check::resume::resume;
use crate::self_check::step_form::{step_form, StepFormProps};
use crate::split::later;
use crate::ui::confirm::{confirm, Confirmation};
use crate::ui::notice::notice;
use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::history::earlier::{Earlier, EarlierAction};
use lsc_core::self_check::state::{Action, Confirm as Ask, Saving, Stage};

pub struct SelfCheckViewProps {
    /// Its headings' outline level.
    pub level: u8,
    pub check: Check,
    pub dispatch: Callback<Action>,
    /// "Your earlier checks", when the widget keeps them.
    pub earlier: Option<Shared<Earlier>>,
    pub earlier_dispatch: Callback<EarlierAction>,
    /// A colleague's wording, when they give their view of the visitor (see `ColleagueCheck`).
    pub voice: Option<ColleagueWords>,
    /// What a colleague sees in place of the results: their response code.
    pub finished: Option<Html>,
}

pub fn self_check_view(ctx: &WidgetContext, props: &SelfCheckViewProps) -> Html {
    let doc = &ctx.doc;
    let SelfCheckViewProps { level, check, dispatch, earlier, earlier_dispatch, voice, finished } = props;
    let level = *level;
    let opened = earlier.as_ref().filter(|e| e.opened().is_some());
    let body = if let Some(earlier) = opened {
        let view = EarlierCheckProps { earlier: earlier.clone(), dispatch: earlier_dispatch.clone() };
        later(view, ids::RESULTS_HEADING, None)
    } else if let Some(ask) = check.confirm() {
        let (on_yes, on_cancel) = (send(dispatch, Action::Confirmed), send(dispatch, Action::Cancel));
        match ask {
            Ask::Delete => {
                let checks = earlier.as_ref().map_or(0, |e| e.history().checks().len());
                let view = ConfirmDeleteProps { checks, on_yes, on_cancel: on_cancel.clone() };
                later(view, ids::CONFIRM_HEADING, Some(on_cancel))
            }
            Ask::StartAgain => confirm(Confirmation {
                id: ids::CONFIRM_HEADING,
                level,
                title: text::CONFIRM_AGAIN_TITLE.into(),
                body: text::CONFIRM_AGAIN_BODY.into(),
                yes: text::CONFIRM_AGAIN_YES,
                on_yes,
                on_cancel,
            }),
        }
    } else {
        match check.stage() {
            Stage::Resume => html! {
                { resume(level, check.resumable().map_or(0, |p| p.answers.len()), check.total(), dispatch) }
            },
            Stage::Step(index) => match check.steps().get(index) {
                Some(step) => step_form(
                    doc,
                    StepFormProps {
                        level,
                        index,
                        step,
                        total: check.steps().len(),
                        answers: check.answers(),
                        unanswered: check.unanswered(),
                        changing: check.changing().is_some(),
                        dispatch,
                        voice,
                    },
                ),
                None => Html::default(),
            },
            Stage::Summary => later(
                CheckAnswersProps { check: check.clone(), dispatch: dispatch.clone(), voice: voice.clone() },
                ids::SUMMARY_HEADING,
                None,
            ),
            Stage::Results if finished.is_some() => finished.clone().unwrap_or_default(),
            Stage::Results => {
                let compared = Compared::Own(earlier.clone());
                let view = ResultsProps { check: check.clone(), dispatch: dispatch.clone(), compared };
                later(view, ids::RESULTS_HEADING, None)
            }
        }
    };
    // "Saved" only while every write worked: the answers' and the finished check's.
    let unsaved = earlier.as_ref().is_some_and(|e| e.unsaved());
    let kept = check.saving() == Saving::On && !unsaved;
    let keeping = if kept { text::KEPT } else { text::NOT_KEPT };
    // Reachable from the start of the check and from the results, not from the steps between.
    let at_ends = matches!(check.stage(), Stage::Resume | Stage::Step(0) | Stage::Results);
    let section = earlier.as_ref().filter(|_| opened.is_none() && check.confirm().is_none() && at_ends);
    // Said before finishing, which is when the oldest is dropped.
    let warning =
        earlier.as_ref().filter(|_| matches!(check.stage(), Stage::Step(_) | Stage::Summary)).and_then(|e| {
            let oldest = e.history().dropped_next()?;
            Some(text::drop_warning(e.history().checks().len(), &oldest.day.long(&doc.language)))
        });
    let privacy = if voice.is_some() {
        text::COLLEAGUE_KEPT.to_string()
    } else {
        format!("{} {keeping}", text::STAYS_HERE)
    };
    html! {
        // Keyed: the explorer in its place is a new element, not this one patched.
        <div key="self-check" class="lsc-check">
            { notice(check.notice(), dispatch) }
            if let Some(warning) = warning {
                <p class="lsc-warning">{ warning }</p>
            }
            if unsaved && check.stage() == Stage::Results {
                <p class="lsc-warning" role="alert">{ text::CHECK_NOT_SAVED }</p>
            }
            { body }
            if let Some(earlier) = section {
                { earlier_checks(ctx, EarlierChecksProps { level: level + u8::from(check.stage() == Stage::Results), earlier, check, dispatch: earlier_dispatch, kept }) }
            }
            <p class="lsc-small lsc-privacy">{ privacy }</p>
        </div>
    }
}
