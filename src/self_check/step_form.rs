//! One step of the self-check, after the GOV.UK Design System's question pages: the theme as the
//! heading (with "Step 2 of 4", announced when focus moves to it), one fieldset of native radios
//! per statement with the statement as its legend, and on a failed Next an error summary that
//! takes focus and links to each unanswered statement, plus an error message on each.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::Doc;

use crate::app::send;
use crate::self_check::statement::{statement, StatementProps};
use crate::ui::error_summary::error_summary;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::invite::ColleagueWords;
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::{Answer, Step};
use lsc_core::self_check::state::Action;

pub struct StepFormProps<'a> {
    /// Its heading's outline level.
    pub level: u8,
    /// The step's index, and the step.
    pub index: usize,
    pub step: &'a Step,
    /// How many steps there are.
    pub total: usize,
    pub answers: &'a Map<Answer>,
    /// The step's statements left unanswered at the last Next, in order.
    pub unanswered: &'a [String],
    /// Reached with "Change" on the summary: the step returns there.
    pub changing: bool,
    pub dispatch: &'a Callback<Action>,
    /// A colleague's wording, when they give their view of the visitor rather than their own.
    pub voice: &'a Option<ColleagueWords>,
}

pub fn step_form(doc: &Doc, props: StepFormProps) -> Html {
    let StepFormProps { level, index, step, total, answers, unanswered, changing, dispatch, voice } = props;
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
                { error_summary(ids::ERROR_SUMMARY, level, &errors) }
            }
            { Heading { level, id: Some(ids::STEP_HEADING.into()), class: Some("lsc-step__heading"), focusable: true }.holding(html! {
                <>
                    <span class="lsc-caption">{ text::step_of(index + 1, total) }</span>
                    { theme.title.clone() }
                </>
            }) }
            <p class="lsc-tagline">{ theme.tagline.clone() }</p>
            <p id={ids::QUESTION} class="lsc-question">{ voice.as_ref().map_or(&doc.self_check.question, |v| &v.question).clone() }</p>
            for b in &behaviours {
                // Keyed by statement, so that each step gets radios of its own: reused ones are
                // renamed into the next step's groups while still checked, and the browser then
                // unchecks the answer they join (seen going Back to a step).
                { statement(doc, StatementProps { id: b.id.clone().into(), answer: answers.get(&b.id).copied(),
                    missing: unanswered.contains(&b.id), dispatch, voice }) }
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
