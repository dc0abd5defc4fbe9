//! One theme's links to the other leadership frameworks, grouped under each framework's own
//! heading from the source, with the quotes as block quotations.

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::explorer::quote::quote;
use crate::ui::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct ThemeLinksProps {
    /// The theme, by index.
    pub theme: usize,
}

#[function_component]
pub fn ThemeLinks(props: &ThemeLinksProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let fw = &doc;
    let Some(theme) = fw.themes.get(props.theme) else { return Html::default() };
    html! {
        <div class="lsc-links">
            for lf in &fw.linked_frameworks {
                if theme.links_to(&lf.id).next().is_some() {
                    <section class="lsc-links__framework">
                        <Heading>{ lf.heading.clone() }</Heading>
                        for link in theme.links_to(&lf.id) {
                            <div class="lsc-link">
                                <p class="lsc-link__heading">{ link.heading.clone() }</p>
                                for q in &link.quotes {
                                    { quote(q.clone()) }
                                }
                            </div>
                        }
                    </section>
                }
            }
        </div>
    }
}
