//! Confirmation before clearing answers: shown in place of the self-check, focus moved to its
//! heading, with the destructive button first and Cancel returning focus to where it was.

use yew::prelude::*;

use crate::app::send;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::self_check::state::{self, Action};

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub confirm: state::Confirm,
    pub level: u8,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let (title, body, yes) = match props.confirm {
        state::Confirm::StartAgain => {
            (text::CONFIRM_AGAIN_TITLE, text::CONFIRM_AGAIN_BODY, text::CONFIRM_AGAIN_YES)
        }
        state::Confirm::Delete => {
            (text::CONFIRM_DELETE_TITLE, text::CONFIRM_DELETE_BODY, text::CONFIRM_DELETE_YES)
        }
    };
    let send = |action| send(&props.dispatch, action);
    html! {
        <div class="lsc-confirm" role="group" aria-labelledby="lsc-confirm-heading">
            <Heading level={props.level} id="lsc-confirm-heading" focusable=true>{ title }</Heading>
            <p>{ body }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--warning" onclick={send(Action::Confirmed)}>{ yes }</button>
                <button type="button" class="lsc-button lsc-button--secondary" onclick={send(Action::Cancel)}>{ text::CANCEL }</button>
            </div>
        </div>
    }
}
