//! The visible credit to the framework's authors and publishers, and the privacy line.

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct CreditProps {}

#[function_component]
pub fn Credit(_props: &CreditProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let fw = &doc;
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
