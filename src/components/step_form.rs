//! One step of the self-check, after the GOV.UK Design System's question pages: the theme as the
//! heading (with "Step 2 of 4", announced when focus moves to it), one fieldset of native radios
//! per statement with the statement as its legend, and on a failed Next an error summary that
//! takes focus and links to each unanswered statement, plus an error message on each.

use crate::core::map::Map;

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;
use yew::virtual_dom::VList;

use super::focus::focus_by_id;
use super::heading::{focus_heading, heading};
use super::markup::{button, el_text, send};
use super::Doc;
use crate::core::model::Behaviour;
use crate::core::questionnaire::{Answer, Step, NOT_APPLICABLE};
use crate::core::state::Action;
use crate::text;

#[allow(clippy::too_many_arguments)] // one place that lays out a step; a props struct would only rename these
pub fn step_form(
    doc: &Doc,
    step_index: usize,
    total: usize,
    step: &Step,
    answers: &Map<Answer>,
    unanswered: &[String],
    level: u8,
    dispatch: &Callback<Action>,
) -> Html {
    let Some((theme, behaviours)) = step.resolve(doc) else { return Html::default() };
    let sc = &doc.self_check;
    let last = step_index + 1 == total;
    // Next is handled as the form's submission (not the button's click), so Enter in a radio
    // group works too and the form is still in the page when the browser submits it.
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    // A plain loop rather than a filtered iterator inside html!, which compiled to more code.
    let mut links = Vec::new();
    for b in &behaviours {
        if unanswered.contains(&b.id) {
            links.push(error_link(b));
        }
    }
    let mut fieldsets = Vec::with_capacity(behaviours.len());
    for b in &behaviours {
        fieldsets.push(fieldset(doc, b, answers.get(&b.id).copied(), unanswered.contains(&b.id), dispatch));
    }
    let error_summary = (!unanswered.is_empty()).then(|| {
        html! {
            // Focus moves here, which announces it by its role and name ("There is a problem");
            // a plain div may not be named, so it is a group. A role="alert" as well would
            // announce it twice.
            <div id="lsc-error-summary" class="lsc-error-summary" role="group" tabindex="-1" aria-labelledby="lsc-error-title">
                { heading(level, "lsc-error-title", "lsc-error-summary__title", text::ERROR_TITLE.into()) }
                <ul class="lsc-error-summary__list">
                    { VList::from(links) }
                </ul>
            </div>
        }
    });
    html! {
        <form class="lsc-step" novalidate=true {onsubmit}>
            { error_summary }
            { focus_heading(level, "lsc-step-heading", "lsc-step__heading", html! {
                <>
                    <span class="lsc-caption">{ text::step_of(step_index + 1, total) }</span>
                    { theme.title.as_str() }
                </>
            }) }
            { el_text("p", "lsc-tagline", &theme.tagline) }
            <p id="lsc-question" class="lsc-question">{ sc.question.as_str() }</p>
            { VList::from(fieldsets) }
            <div class="lsc-actions">
                if step_index > 0 {
                    { button("lsc-button lsc-button--secondary", "", send(dispatch, Action::Back), text::BACK) }
                }
                <button type="submit" class="lsc-button">{ if last { text::SEE_RESULTS } else { text::NEXT } }</button>
            </div>
        </form>
    }
}

/// One statement as a fieldset of radios, with its error message when it was left unanswered.
fn fieldset(
    doc: &Doc,
    b: &Behaviour,
    current: Option<Answer>,
    missing: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let sc = &doc.self_check;
    let error_id = format!("{}-error", b.id);
    let described = if missing { format!("lsc-question {error_id}") } else { "lsc-question".to_string() };
    // A loop over the scale and one radio builder: a chain of iterators here compiled
    // to over a kilobyte of Wasm.
    let mut radios = Vec::with_capacity(sc.scale.len() + 1);
    for (v, label) in sc.scale.iter().enumerate() {
        let checked = current == u8::try_from(v).ok().map(Answer::Scale);
        radios.push(radio(&b.id, v, v.to_string(), label, checked));
    }
    if b.applies_to.is_some() {
        let checked = current == Some(Answer::NotApplicable);
        radios.push(radio(&b.id, radios.len(), NOT_APPLICABLE.to_string(), &sc.not_applicable, checked));
    }
    let onchange = {
        let (dispatch, id) = (dispatch.clone(), b.id.clone());
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
    // Keyed by statement, so that each step gets radios of its own: reused ones are
    // renamed into the next step's groups while still checked, and the browser then
    // unchecks the answer they join (seen going Back to a step).
    html! {
        <fieldset key={b.id.as_str()} class="lsc-fieldset" data-error={missing.then_some("true")} aria-describedby={described}>
            <legend class="lsc-legend">{ b.text.as_str() }</legend>
            if missing {
                <p id={error_id} class="lsc-error-message">
                    <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ text::ERROR_MESSAGE }
                </p>
            }
            <div class="lsc-radios" onchange={onchange}>{ VList::from(radios) }</div>
        </fieldset>
    }
}

/// The `n`th radio button of a statement's group (the statement's id is the group's name).
fn radio(statement: &str, n: usize, value: String, label: &str, checked: bool) -> Html {
    let id = format!("{statement}-{n}");
    html! {
        <div class="lsc-radio">
            <input class="lsc-radio__input" type="radio" id={id.clone()} name={statement.to_string()} value={value} {checked} />
            <label class="lsc-radio__label" for={id}>{ label }</label>
        </div>
    }
}

/// A link in the error summary to the first radio of an unanswered statement.
fn error_link(b: &Behaviour) -> Html {
    let target = format!("{}-0", b.id);
    let onclick = Callback::from({
        let t = target.clone();
        move |e: MouseEvent| {
            e.prevent_default();
            if let Some(from) = e.target_dyn_into::<Element>() {
                focus_by_id(&from, &t);
            }
        }
    });
    html! { <li><a href={format!("#{target}")} {onclick}>{ text::error_for(&b.text) }</a></li> }
}
