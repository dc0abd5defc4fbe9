//! Shown in place of the widget when the framework document cannot be used: a plain message for
//! the visitor and the exact reason for the website's team. Announced as an alert.

use yew::prelude::*;

use crate::ui::heading::heading;
use crate::ui::text;

/// The framework could not be used: `message` for the web team, and a link to the partner's own
/// copy (`fallback-href`, checked to be a web address) when they give one.
pub fn load_error(level: u8, message: AttrValue, fallback_href: Option<AttrValue>) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            { heading(level, text::LOAD_FAILED_TITLE) }
            <p>{ text::LOAD_FAILED_BODY }</p>
            if let Some(href) = fallback_href {
                <p><a {href}>{ text::FALLBACK_LINK }</a></p>
            }
            <p class="lsc-failure__detail"><code>{ message }</code></p>
        </div>
    }
}
