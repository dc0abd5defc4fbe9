//! The visible credit to the framework's authors and publishers, and the privacy line.

use yew::prelude::*;

use crate::app::Doc;

use crate::ui::text;

pub fn credit(fw: &Doc) -> Html {
    html! {
        // Not a <footer>: inside the widget that would be a second content-info landmark on the
        // partner's page.
        <div class="lsc-credit">
            <p>
                <span class="lsc-credit__label">{ format!("{}: ", text::SOURCE) }</span>
                <cite>{ fw.title.clone() }</cite>
                { format!(" ({}). {}", fw.date, fw.attribution) }
            </p>
            <p class="lsc-credit__privacy">{ text::PRIVACY }</p>
        </div>
    }
}
