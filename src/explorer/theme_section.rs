//! One theme in the accordion: its heading with the button that opens it, and its panel (the
//! description, the key behaviours and the links to other frameworks).

use yew::prelude::*;

use crate::ui::ids;

use crate::app::Doc;

use crate::explorer::theme_links::theme_links;
use crate::ui::heading::{heading, Heading};
use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

/// The theme at `index`, open or not, its heading at `level`.
pub fn theme_section(
    doc: &Doc,
    level: u8,
    index: usize,
    open: bool,
    dispatch: &Callback<ViewAction>,
) -> Html {
    let Some(theme) = doc.themes.get(index) else { return Html::default() };
    let button = ids::theme_button(&theme.id);
    let panel = format!("{button}-panel");
    let toggle = dispatch.reform(move |_: MouseEvent| ViewAction::Toggle(index));
    html! {
        <section class="lsc-acc__section">
            { Heading { level, class: Some("lsc-acc__heading"), ..Heading::default() }.holding(html! {
                <button type="button" id={button} class="lsc-acc__button"
                    aria-expanded={open.to_string()} aria-controls={panel.clone()} onclick={toggle}>
                    <span class="lsc-acc__title">{ theme.title.clone() }</span>
                    <span class="lsc-acc__tagline">{ theme.tagline.clone() }</span>
                    <span class="lsc-acc__icon" aria-hidden="true"></span>
                </button>
            }) }
            <div id={panel} class="lsc-acc__panel" hidden={!open}>
                <p>{ theme.description.clone() }</p>
                { heading(level + 1, text::KEY_BEHAVIOURS) }
                <ul class="lsc-behaviours">
                    for b in &theme.behaviours {
                        <li>{ b.text.clone() }</li>
                    }
                </ul>
                { heading(level + 1, text::LINKS) }
                { theme_links(doc, level + 2, index) }
            </div>
        </section>
    }
}
