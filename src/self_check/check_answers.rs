//! "Check your answers", after the GOV.UK Design System's pattern and its summary list: every
//! answer theme by theme, each with a "Change" button naming its statement to screen readers,
//! then the button to the results.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::{use_level, use_widget, WidgetContext};

use crate::app::send;
use crate::app::Check;
use crate::ui::heading::{heading, Heading};
use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::results::report::answer_label;
use lsc_core::self_check::questionnaire::Answer;
use lsc_core::self_check::state::Action;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub check: Check,
    pub dispatch: Callback<Action>,
    /// A colleague's wording, when they give their view of the visitor (see `ColleagueCheck`).
    #[prop_or_default]
    pub voice: Option<ColleagueWords>,
}

#[function_component]
pub fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let level = use_level();
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let CheckAnswersProps { check, dispatch, voice } = props;
    let label = |answer: Answer| match (answer, voice) {
        (Answer::NotApplicable, Some(v)) => v.not_applicable.as_str(),
        _ => answer_label(doc, answer),
    };
    html! {
        <section class="lsc-summary" aria-labelledby={ids::SUMMARY_HEADING}>
            { Heading { level, id: Some(ids::SUMMARY_HEADING.into()), class: Some("lsc-summary__heading"), focusable: true }.holding(text::SUMMARY_TITLE.into()) }
            <p>{ text::SUMMARY_INTRO }</p>
            for (theme, behaviours) in check.steps().iter().filter_map(|s| s.resolve(doc)) {
                { heading(level + 1, theme.title.clone()) }
                <dl class="lsc-summary-list">
                    for b in behaviours {
                        <div class="lsc-summary-list__row">
                            <dt class="lsc-summary-list__key">{ b.text.clone() }</dt>
                            <dd class="lsc-summary-list__value">
                                { check.answers().get(&b.id).map_or("", |a| label(*a)) }
                            </dd>
                            <dd class="lsc-summary-list__actions">
                                <button type="button" id={ids::change_link(&b.id)} class="lsc-link-button"
                                    onclick={send(dispatch, Action::Change(b.id.clone()))}>
                                    { text::CHANGE }<span class="lsc-visually-hidden">{ text::change_hidden(&b.text) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                </dl>
            }
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--secondary" onclick={send(dispatch, Action::Back)}>{ text::BACK }</button>
                <button type="button" class="lsc-button" onclick={send(dispatch, Action::Next)}>{ if voice.is_some() { text::GET_CODE } else { text::SEE_RESULTS } }</button>
            </div>
        </section>
    }
}
