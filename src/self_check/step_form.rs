//! One step of the self-check, after the GOV.UK Design System's question pages: the theme as the
//! heading (with "Step 2 of 4", announced when focus moves to it), one fieldset of native radios
//! per statement with the statement as its legend, and on a failed Next an error summary that
//! takes focus and links to each unanswered statement, plus an error message on each.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::{use_widget, WidgetContext};

use crate::app::send;
use crate::self_check::statement::Statement;
use crate::ui::error_summary::error_summary;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::{Answer, Step};
use lsc_core::self_check::state::Action;

#[derive(Properties, PartialEq)]
pub struct StepFormProps {
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
    pub dispatch: Callback<Action>,
    /// A colleague's wording, when they give their view of the visitor rather than their own.
    #[prop_or_default]
    pub voice: Option<ColleagueWords>,
}

#[function_component]
pub fn StepForm(props: &StepFormProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let StepFormProps { index, step, total, answers, unanswered, changing, dispatch, voice } = props;
    let (index, total, changing) = (*index, *total, *changing);
    let Some((theme, behaviours)) = step.resolve(doc) else { return Html::default() };
    // Next is the submit button's click, not the form's submit event: a sandboxed frame without
    // allow-forms never fires that event. Enter in a radio group still works: the browser's
    // implicit submission clicks the form's submit button, and cancelling the click stops the
    // submission before it starts.
    let on_next = dispatch.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Next
    });
    // Each unanswered statement, linked to its first radio.
    let errors = behaviours
        .iter()
        .filter(|b| unanswered.contains(&b.id))
        .map(|b| (ids::radio(&b.id, 0).into(), text::error_for(voice.is_some(), &b.text).into()))
        .collect::<Vec<(AttrValue, AttrValue)>>();
    html! {
        <form class="lsc-step" novalidate=true>
            if !unanswered.is_empty() {
                { error_summary(ids::ERROR_SUMMARY, 0, &errors) }
            }
            <Heading id={ids::STEP_HEADING} class="lsc-step__heading" focusable=true>
                <span class="lsc-caption">{ text::step_of(index + 1, total) }</span>
                { theme.title.clone() }
            </Heading>
            <p class="lsc-tagline">{ theme.tagline.clone() }</p>
            <p id={ids::QUESTION} class="lsc-question">{ voice.as_ref().map_or(&doc.self_check.question, |v| &v.question).clone() }</p>
            for b in &behaviours {
                // Keyed by statement, so that each step gets radios of its own: reused ones are
                // renamed into the next step's groups while still checked, and the browser then
                // unchecks the answer they join (seen going Back to a step).
                <Statement key={b.id.as_str()} id={b.id.clone()} answer={answers.get(&b.id).copied()}
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
