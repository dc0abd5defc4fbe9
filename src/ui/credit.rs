//! The visible credit to the framework's authors and publishers, and the privacy line.

use yew::prelude::*;

use crate::app::Doc;
use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct CreditProps {
    pub doc: Doc,
}

#[function_component]
pub fn Credit(props: &CreditProps) -> Html {
    let fw = &props.doc;
    html! {
        <footer class="lsc-credit">
            <p>
                <span class="lsc-credit__label">{ format!("{}: ", text::SOURCE) }</span>
                <cite>{ fw.title.clone() }</cite>
                { format!(" ({}). {}", fw.date, fw.attribution) }
            </p>
            <p class="lsc-credit__privacy">{ text::PRIVACY }</p>
        </footer>
    }
}
