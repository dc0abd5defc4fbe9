//! A notice above the self-check (saved answers set aside, storage unavailable, answers deleted,
//! answers changed in another tab), in a polite live region so it is announced without taking
//! focus.

use yew::prelude::*;

use crate::app::send;
use crate::ui::text;
use lsc_core::self_check::state::{self, Action};

/// The live region with the self-check's `notice`, if any, and its buttons.
pub fn notice(notice: Option<&state::Notice>, dispatch: &Callback<Action>) -> Html {
    use state::Notice as N;
    let message = notice.map(|n| match n {
        N::SetAside(message) => message.as_str(),
        N::NotKept => text::NOTICE_NOT_KEPT,
        N::SaveFailed => text::NOTICE_SAVE_FAILED,
        N::Deleted => text::NOTICE_DELETED,
        N::NotDeleted => text::NOTICE_NOT_DELETED,
        N::Elsewhere => text::NOTICE_ELSEWHERE,
        N::DeletedElsewhere => text::NOTICE_DELETED_ELSEWHERE,
    });
    let send = |action| send(dispatch, action);
    // The live region is always present so that a new message in it is announced (status.rs).
    html! {
        <div class="lsc-notice-region" aria-live="polite" aria-atomic="true">
            if let Some(message) = message {
                <div class="lsc-notice">
                    <p>{ message.to_string() }</p>
                    if notice == Some(&N::Elsewhere) {
                        <button type="button" class="lsc-link-button" onclick={send(Action::Resume)}>{ text::USE_ELSEWHERE }</button>
                    }
                    <button type="button" class="lsc-link-button" onclick={send(Action::DismissNotice)}>{ text::DISMISS }</button>
                </div>
            }
        </div>
    }
}
