//! Shown in place of the widget when the framework document cannot be used: a plain message for
//! the visitor and the exact reason for the website's team. Announced as an alert.

use yew::prelude::*;

use super::heading::heading;
use crate::core::options::Options;
use crate::text;

/// `fallback-href` (checked to be a web address) becomes a link to the partner's own copy.
pub fn load_error(options: &Options, message: &str) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            { heading(options.heading_level, "", "", text::LOAD_FAILED_TITLE.into()) }
            <p>{ text::LOAD_FAILED_BODY }</p>
            if let Some(href) = &options.fallback_href {
                <p><a href={href.clone()}>{ text::FALLBACK_LINK }</a></p>
            }
            <p class="lsc-failure__detail"><code>{ message }</code></p>
        </div>
    }
}
