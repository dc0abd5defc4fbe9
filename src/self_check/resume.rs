//! The offer to continue with answers saved on this device, or start again.

use yew::prelude::*;

use crate::app::send;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::self_check::state::{Action, Confirm};

#[derive(Properties, PartialEq)]
pub struct ResumeProps {
    /// Statements answered in what was saved.
    pub answered: usize,
    /// Statements asked in this mode.
    pub total: usize,
    pub level: u8,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Resume(props: &ResumeProps) -> Html {
    let send = |action| send(&props.dispatch, action);
    html! {
        <div class="lsc-resume">
            <Heading level={props.level} id="lsc-step-heading" focusable=true>{ text::RESUME_TITLE }</Heading>
            <p>{ text::resume_body(props.answered, props.total) }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={send(Action::Resume)}>{ text::RESUME }</button>
                <button type="button" id="lsc-start-again" class="lsc-button lsc-button--secondary"
                    onclick={send(Action::Ask(Confirm::StartAgain))}>{ text::START_AGAIN }</button>
            </div>
        </div>
    }
}
