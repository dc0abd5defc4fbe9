//! The offer to continue with answers saved on this device, or start again.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::send;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::self_check::state::{Action, Confirm};

/// "Continue where you left off?": `answered` of the `total` statements were saved; its heading
/// at `level`.
pub fn resume(level: u8, answered: usize, total: usize, dispatch: &Callback<Action>) -> Html {
    let send = |action| send(dispatch, action);
    html! {
        <div class="lsc-resume">
            { Heading { level, id: Some(ids::STEP_HEADING.into()), focusable: true, ..Heading::default() }.holding(text::RESUME_TITLE.into()) }
            <p>{ text::resume_body(answered, total) }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={send(Action::Resume)}>{ text::RESUME }</button>
                <button type="button" id={ids::START_AGAIN} class="lsc-button lsc-button--secondary"
                    onclick={send(Action::Ask(Confirm::StartAgain))}>{ text::START_AGAIN }</button>
            </div>
        </div>
    }
}
