//! The self-check: which screen to show for its state (resuming, a step, the results, or a
//! confirmation), with the notice above and the line about what is kept below.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::confirm::Confirm;
use super::notice::Notice;
use super::results::Results;
use super::resume::Resume;
use super::step_form::StepForm;
use super::{Check, Doc};
use crate::core::invite::ColleagueWords;
use crate::core::state::{Action, Saving, Stage};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct SelfCheckViewProps {
    pub check: Check,
    pub doc: Doc,
    /// The level of each screen's heading.
    pub level: u8,
    /// The partner's element, which printing marks.
    pub host: HtmlElement,
    pub dispatch: Callback<Action>,
    /// A colleague's wording, when they give their view of the visitor (see `ColleagueCheck`).
    #[prop_or_default]
    pub voice: Option<ColleagueWords>,
    /// What a colleague sees in place of the results: their response code.
    #[prop_or_default]
    pub finished: Option<Html>,
}

#[function_component]
pub fn SelfCheckView(props: &SelfCheckViewProps) -> Html {
    let SelfCheckViewProps { check, doc, level, host, dispatch, voice, finished } = props;
    let level = *level;
    let body = if let Some(c) = check.confirm() {
        html! { <Confirm confirm={c} {level} dispatch={dispatch.clone()} /> }
    } else {
        match check.stage() {
            Stage::Resume => html! {
                <Resume answered={check.resumable().map_or(0, |p| p.answers.len())} total={check.total()}
                    {level} dispatch={dispatch.clone()} />
            },
            Stage::Step(index) => match check.steps().get(index) {
                Some(step) => html! {
                    <StepForm doc={doc.clone()} {index} step={step.clone()} total={check.steps().len()}
                        answers={check.answers().clone()} unanswered={check.unanswered().to_vec()}
                        {level} dispatch={dispatch.clone()} voice={voice.clone()} />
                },
                None => Html::default(),
            },
            Stage::Results if finished.is_some() => finished.clone().unwrap_or_default(),
            Stage::Results => html! {
                <Results check={check.clone()} doc={doc.clone()} {level} host={host.clone()} dispatch={dispatch.clone()} />
            },
        }
    };
    let keeping = if check.saving() == Saving::On { text::KEPT } else { text::NOT_KEPT };
    let privacy = if voice.is_some() {
        text::COLLEAGUE_KEPT.to_string()
    } else {
        format!("{} {keeping}", text::STAYS_HERE)
    };
    html! {
        <div class="lsc-check">
            <Notice notice={check.notice().cloned()} dispatch={dispatch.clone()} />
            { body }
            <p class="lsc-small lsc-privacy">{ privacy }</p>
        </div>
    }
}
