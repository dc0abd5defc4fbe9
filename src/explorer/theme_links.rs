//! One theme's links to the other leadership frameworks, grouped under each framework's own
//! heading from the source, with the quotes as block quotations.

use yew::prelude::*;

use crate::app::Doc;
use crate::explorer::quote::Quote;
use crate::ui::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct ThemeLinksProps {
    pub doc: Doc,
    /// The theme, by index.
    pub theme: usize,
    /// The level of each linked framework's heading.
    pub level: u8,
}

#[function_component]
pub fn ThemeLinks(props: &ThemeLinksProps) -> Html {
    let fw = &props.doc;
    let Some(theme) = fw.themes.get(props.theme) else { return Html::default() };
    html! {
        <div class="lsc-links">
            for lf in &fw.linked_frameworks {
                if theme.links_to(&lf.id).next().is_some() {
                    <section class="lsc-links__framework">
                        <Heading level={props.level}>{ lf.heading.clone() }</Heading>
                        for link in theme.links_to(&lf.id) {
                            <div class="lsc-link">
                                <p class="lsc-link__heading">{ link.heading.clone() }</p>
                                for q in &link.quotes {
                                    <Quote text={q.clone()} />
                                }
                            </div>
                        }
                    </section>
                }
            }
        </div>
    }
}
