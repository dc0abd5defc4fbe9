//! A quote from another leadership framework, as a block quotation.

use yew::prelude::*;

/// The quotation `text`.
pub fn quote(text: impl Into<AttrValue>) -> Html {
    html! {
        <blockquote class="lsc-quote"><p>{ text.into() }</p></blockquote>
    }
}
