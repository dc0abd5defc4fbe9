//! Shown in place of the widget when the framework document cannot be used: a plain message for
//! the visitor and the exact reason for the website's team. Announced as an alert.

use yew::prelude::*;

use super::heading::heading;
use crate::text;

pub fn load_error(level: u8, message: &str) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            { heading(level, "", "", text::LOAD_FAILED_TITLE.into()) }
            <p>{ text::LOAD_FAILED_BODY }</p>
            <p class="lsc-failure__detail"><code>{ message }</code></p>
        </div>
    }
}
