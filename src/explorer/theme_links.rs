//! One theme's links to the other leadership frameworks, grouped under each framework's own
//! heading from the source, with the quotes as block quotations.

use yew::prelude::*;

use crate::app::Doc;

use crate::explorer::quote::quote;
use crate::ui::heading::heading;

/// The links of the theme at `theme`, each framework's heading at `level`.
pub fn theme_links(fw: &Doc, level: u8, theme: usize) -> Html {
    let Some(theme) = fw.themes.get(theme) else { return Html::default() };
    html! {
        <div class="lsc-links">
            for lf in &fw.linked_frameworks {
                if theme.links_to(&lf.id).next().is_some() {
                    <section class="lsc-links__framework">
                        { heading(level, lf.heading.clone()) }
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
