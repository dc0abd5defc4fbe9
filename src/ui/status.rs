//! Status messages in a polite live region, written once. The region is always there, so that a
//! message put in it is announced. It has no role: an empty `role="status"` is read out as an
//! empty "status bar" by a screen reader reading the page, and a role added with the message
//! made Firefox replace the region, which Orca then did not announce.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusMessageProps {
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// The message; empty when there is none.
    pub message: AttrValue,
}

#[function_component]
pub fn StatusMessage(props: &StatusMessageProps) -> Html {
    html! {
        <p id={props.id.clone()} class={props.class.clone()} aria-live="polite" aria-atomic="true">{ props.message.clone() }</p>
    }
}
