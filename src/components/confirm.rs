//! Confirmation before clearing answers: shown in place of the self-check, focus moved to its
//! heading, with the destructive button first and Cancel returning focus to where it was.

use yew::prelude::*;

use super::heading::focus_heading;
use super::markup::el_text;
use crate::core::state::{Action, Confirm};
use crate::text;

pub fn confirm(c: Confirm, level: u8, dispatch: &Callback<Action>) -> Html {
    let (title, body, yes) = match c {
        Confirm::StartAgain => (text::CONFIRM_AGAIN_TITLE, text::CONFIRM_AGAIN_BODY, text::CONFIRM_AGAIN_YES),
        Confirm::Delete => (text::CONFIRM_DELETE_TITLE, text::CONFIRM_DELETE_BODY, text::CONFIRM_DELETE_YES),
    };
    let ok = dispatch.reform(|_: MouseEvent| Action::Confirmed);
    let cancel = dispatch.reform(|_: MouseEvent| Action::Cancel);
    html! {
        <div class="lsc-confirm" role="group" aria-labelledby="lsc-confirm-heading">
            { focus_heading(level, "lsc-confirm-heading", "", title.into()) }
            { el_text("p", "", body) }
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--warning" onclick={ok}>{ yes }</button>
                <button type="button" class="lsc-button lsc-button--secondary" onclick={cancel}>{ text::CANCEL }</button>
            </div>
        </div>
    }
}
