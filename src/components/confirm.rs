//! Confirmation before clearing answers: shown in place of the self-check, focus moved to its
//! heading, with the destructive button first and Cancel returning focus to where it was.

use yew::prelude::*;

use super::heading::focus_heading;
use super::markup::{button, el_text, send};
use crate::core::state::{Action, Confirm};
use crate::text;

pub fn confirm(c: Confirm, level: u8, dispatch: &Callback<Action>) -> Html {
    let (title, body, yes) = match c {
        Confirm::StartAgain => (text::CONFIRM_AGAIN_TITLE, text::CONFIRM_AGAIN_BODY, text::CONFIRM_AGAIN_YES),
        Confirm::Delete => (text::CONFIRM_DELETE_TITLE, text::CONFIRM_DELETE_BODY, text::CONFIRM_DELETE_YES),
    };
    html! {
        <div class="lsc-confirm" role="group" aria-labelledby="lsc-confirm-heading">
            { focus_heading(level, "lsc-confirm-heading", "", title.into()) }
            { el_text("p", "", body) }
            <div class="lsc-actions">
                { button("lsc-button lsc-button--warning", "", send(dispatch, Action::Confirmed), yes) }
                { button("lsc-button lsc-button--secondary", "", send(dispatch, Action::Cancel), text::CANCEL) }
            </div>
        </div>
    }
}
