//! Shown in place of the widget when the framework document cannot be used: a plain message for
//! the visitor and the exact reason for the website's team. Announced as an alert.

use yew::prelude::*;

use crate::ui::heading::Heading;
use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// The partner's `fallback-href` (checked to be a web address): a link to their own copy.
    pub fallback_href: Option<AttrValue>,
    pub message: AttrValue,
}

#[function_component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            <Heading>{ text::LOAD_FAILED_TITLE }</Heading>
            <p>{ text::LOAD_FAILED_BODY }</p>
            if let Some(href) = &props.fallback_href {
                <p><a href={href.clone()}>{ text::FALLBACK_LINK }</a></p>
            }
            <p class="lsc-failure__detail"><code>{ props.message.clone() }</code></p>
        </div>
    }
}
