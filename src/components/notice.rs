//! A notice above the self-check (saved answers set aside, storage unavailable, answers deleted,
//! answers changed in another tab), in a polite live region so it is announced without taking
//! focus.

use yew::prelude::*;

use super::markup::{button, el_text, send};
use crate::core::state::{Action, Notice};
use crate::text;

pub fn notice(n: Option<&Notice>, dispatch: &Callback<Action>) -> Html {
    let message = match n {
        None => None,
        Some(Notice::SetAside(message)) => Some(message.as_str()),
        Some(Notice::NotKept) => Some(text::NOTICE_NOT_KEPT),
        Some(Notice::SaveFailed) => Some(text::NOTICE_SAVE_FAILED),
        Some(Notice::Deleted) => Some(text::NOTICE_DELETED),
        Some(Notice::Elsewhere) => Some(text::NOTICE_ELSEWHERE),
        Some(Notice::DeletedElsewhere) => Some(text::NOTICE_DELETED_ELSEWHERE),
    };
    // The live region is always present so that a new message in it is announced.
    html! {
        <div class="lsc-notice-region" role="status">
            if let Some(message) = message {
                <div class="lsc-notice">
                    { el_text("p", "", message) }
                    if n == Some(&Notice::Elsewhere) {
                        { button("lsc-link-button", "", send(dispatch, Action::Resume), text::USE_ELSEWHERE) }
                    }
                    { button("lsc-link-button", "", send(dispatch, Action::DismissNotice), text::DISMISS) }
                </div>
            }
        </div>
    }
}
