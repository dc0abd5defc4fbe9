//! One step of the self-check, after the GOV.UK Design System's question pages: the theme as the
//! heading (with "Step 2 of 4", announced when focus moves to it), one fieldset of native radios
//! per statement with the statement as its legend, and on a failed Next an error summary that
//! takes focus and links to each unanswered statement, plus an error message on each.

use web_sys::Element;
use yew::prelude::*;

use crate::app::send;
use crate::app::Doc;
use crate::self_check::statement::Statement;
use crate::ui::focus::focus_by_id;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::{Answer, Step};
use lsc_core::self_check::state::Action;

#[derive(Properties, PartialEq)]
pub struct StepFormProps {
    pub doc: Doc,
    /// The step's index, and the step.
    pub index: usize,
    pub step: Step,
    /// How many steps there are.
    pub total: usize,
    pub answers: Map<Answer>,
    /// The step's statements left unanswered at the last Next, in order.
    pub unanswered: Vec<String>,
    /// Reached with "Change" on the summary: the step returns there.
    pub changing: bool,
    pub level: u8,
    pub dispatch: Callback<Action>,
    /// A colleague's wording, when they give their view of the visitor rather than their own.
    #[prop_or_default]
    pub voice: Option<ColleagueWords>,
}

#[function_component]
pub fn StepForm(props: &StepFormProps) -> Html {
    let StepFormProps { doc, index, step, total, answers, unanswered, changing, level, dispatch, voice } =
        props;
    let (index, total, level, changing) = (*index, *total, *level, *changing);
    let Some((theme, behaviours)) = step.resolve(doc) else { return Html::default() };
    // Next is the submit button's click, not the form's submit event: a sandboxed frame without
    // allow-forms never fires that event. Enter in a radio group still works: the browser's
    // implicit submission clicks the form's submit button, and cancelling the click stops the
    // submission before it starts.
    let on_next = dispatch.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Next
    });
    html! {
        <form class="lsc-step" novalidate=true>
            if !unanswered.is_empty() {
                // Focus moves here, which announces it by its role and name ("There is a
                // problem"); a plain div may not be named, so it is a group. A role="alert" as
                // well would announce it twice.
                <div id="lsc-error-summary" class="lsc-error-summary" role="group" tabindex="-1" aria-labelledby="lsc-error-title">
                    <Heading {level} id="lsc-error-title" class="lsc-error-summary__title">{ text::ERROR_TITLE }</Heading>
                    <ul class="lsc-error-summary__list">
                        for b in behaviours.iter().filter(|b| unanswered.contains(&b.id)) {
                            <li><a href={format!("#{}-0", b.id)} onclick={focus_first_radio(&b.id)}>{ text::error_for(voice.is_some(), &b.text) }</a></li>
                        }
                    </ul>
                </div>
            }
            <Heading {level} id="lsc-step-heading" class="lsc-step__heading" focusable=true>
                <span class="lsc-caption">{ text::step_of(index + 1, total) }</span>
                { theme.title.clone() }
            </Heading>
            <p class="lsc-tagline">{ theme.tagline.clone() }</p>
            <p id="lsc-question" class="lsc-question">{ voice.as_ref().map_or(&doc.self_check.question, |v| &v.question).clone() }</p>
            for b in &behaviours {
                // Keyed by statement, so that each step gets radios of its own: reused ones are
                // renamed into the next step's groups while still checked, and the browser then
                // unchecks the answer they join (seen going Back to a step).
                <Statement key={b.id.as_str()} doc={doc.clone()} id={b.id.clone()} answer={answers.get(&b.id).copied()}
                    missing={unanswered.contains(&b.id)} dispatch={dispatch.clone()} voice={voice.clone()} />
            }
            <div class="lsc-actions">
                // Changing from the summary, the one way on is back there (GOV.UK's pattern).
                if index > 0 && !changing {
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={send(dispatch, Action::Back)}>{ text::BACK }</button>
                }
                <button type="submit" class="lsc-button" onclick={on_next}>{ if changing { text::RETURN_TO_SUMMARY } else { text::NEXT } }</button>
            </div>
        </form>
    }
}

/// The error summary's link moves focus to the statement's first radio: fragment links cannot
/// reach into the shadow root.
fn focus_first_radio(statement: &str) -> Callback<MouseEvent> {
    let target = format!("{statement}-0");
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(from) = e.target_dyn_into::<Element>() {
            focus_by_id(&from, &target);
        }
    })
}
