//! A quote from another leadership framework, as a block quotation.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub text: AttrValue,
}

#[function_component]
pub fn Quote(props: &QuoteProps) -> Html {
    html! {
        <blockquote class="lsc-quote"><p>{ props.text.clone() }</p></blockquote>
    }
}
