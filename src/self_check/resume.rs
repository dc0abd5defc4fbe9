//! The offer to continue with answers saved on this device, or start again.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::send;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::self_check::state::{Action, Confirm};

/// "Continue where you left off?": `answered` of the `total` statements were saved.
pub fn resume(answered: usize, total: usize, dispatch: &Callback<Action>) -> Html {
    let send = |action| send(dispatch, action);
    html! {
        <div class="lsc-resume">
            <Heading id={ids::STEP_HEADING} focusable=true>{ text::RESUME_TITLE }</Heading>
            <p>{ text::resume_body(answered, total) }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={send(Action::Resume)}>{ text::RESUME }</button>
                <button type="button" id={ids::START_AGAIN} class="lsc-button lsc-button--secondary"
                    onclick={send(Action::Ask(Confirm::StartAgain))}>{ text::START_AGAIN }</button>
            </div>
        </div>
    }
}
