//! Status messages in a polite live region, written once. The region is always there, so that a
//! message put in it is announced. It has no role: an empty `role="status"` is read out as an
//! empty "status bar" by a screen reader reading the page, and a role added with the message
//! made Firefox replace the region, which Orca then did not announce.

use yew::prelude::*;

/// A polite live region with `message` ("" when there is none).
pub fn status_message(class: &'static str, id: Option<&'static str>, message: impl Into<AttrValue>) -> Html {
    html! {
        <p {id} {class} aria-live="polite" aria-atomic="true">{ message.into() }</p>
    }
}
