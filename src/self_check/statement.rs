//! One statement of a step as a fieldset of native radios, the statement as its legend, with
//! its error message when it was left unanswered.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::ids;

use crate::app::Doc;

use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::self_check::questionnaire::{Answer, NOT_APPLICABLE};
use lsc_core::self_check::state::Action;

pub struct StatementProps<'a> {
    /// The behaviour's id, which is also the radio group's name.
    pub id: AttrValue,
    pub answer: Option<Answer>,
    /// Left unanswered at the last Next.
    pub missing: bool,
    pub dispatch: &'a Callback<Action>,
    /// A colleague's wording (see `step_form`).
    pub voice: &'a Option<ColleagueWords>,
}

/// The statement, keyed by its id (see `step_form`).
pub fn statement(doc: &Doc, props: StatementProps) -> Html {
    let StatementProps { id, answer, missing, dispatch, voice } = props;
    let Some(b) = doc.behaviours().find(|b| b.id == id.as_str()) else { return Html::default() };
    let sc = &doc.self_check;
    let error_id = format!("{id}-error");
    // Named by the statement and the question, so that the question is spoken with each group's
    // radios (a screen reader may not read a group's description: Orca does not).
    let labelled = format!("{} {}", ids::legend(&id), ids::QUESTION);
    let mut choices: Vec<(String, &str, Option<Answer>)> = Vec::with_capacity(sc.scale.len() + 1);
    for (v, label) in sc.scale.iter().enumerate() {
        choices.push((v.to_string(), label, u8::try_from(v).ok().map(Answer::Scale)));
    }
    if b.applies_to.is_some() {
        let label = voice.as_ref().map_or(&sc.not_applicable, |v| &v.not_applicable);
        choices.push((NOT_APPLICABLE.to_string(), label, Some(Answer::NotApplicable)));
    }
    let onchange = {
        let (dispatch, id) = (dispatch.clone(), id.to_string());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let value = input.value();
            let answer = if value == NOT_APPLICABLE {
                Some(Answer::NotApplicable)
            } else {
                value.parse().ok().map(Answer::Scale)
            };
            if let Some(answer) = answer {
                dispatch.emit(Action::Answer(id.clone(), answer));
            }
        })
    };
    html! {
        <fieldset key={id.as_str()} class="lsc-fieldset" data-error={missing.then_some("true")} aria-labelledby={labelled}
            aria-describedby={missing.then_some(error_id.clone())}>
            <legend id={ids::legend(&id)} class="lsc-legend">{ b.text.clone() }</legend>
            if missing {
                <p id={error_id} class="lsc-error-message">
                    <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ if voice.is_some() { text::COLLEAGUE_ERROR } else { text::ERROR_MESSAGE } }
                </p>
            }
            <div class="lsc-radios" {onchange}>
                for (n, (value, label, choice)) in choices.into_iter().enumerate() {
                    <div class="lsc-radio">
                        <input class="lsc-radio__input" type="radio" id={ids::radio(&id, n)} name={id.clone()}
                            {value} checked={choice.is_some() && answer == choice} />
                        <label class="lsc-radio__label" for={ids::radio(&id, n)}>{ label.to_string() }</label>
                    </div>
                }
            </div>
        </fieldset>
    }
}
