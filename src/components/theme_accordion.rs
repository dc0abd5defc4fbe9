//! The themes as an accordion, after the GOV.UK Design System's: each theme's heading holds a
//! button with aria-expanded that shows or hides its panel, and one button shows or hides all.
//! Closed panels are `hidden`, so they are neither seen nor read.

use yew::prelude::*;
use yew::virtual_dom::VList;

use super::heading::heading;
use super::markup::{el, el_text, send};
use super::theme_links::theme_links;
use crate::core::model::{Framework, Theme};
use crate::core::view_state::{ViewAction, ViewState};
use crate::text;

/// The id of a theme's button, for moving focus to it.
pub fn button_id(theme_id: &str) -> String {
    format!("lsc-theme-{theme_id}")
}

/// `level` is the level of each theme's heading.
pub fn theme_accordion(fw: &Framework, level: u8, view: &ViewState, dispatch: &Callback<ViewAction>) -> Html {
    let all_open = view.all_open();
    let set_all = send(dispatch, ViewAction::SetAll(!all_open));
    // A plain loop and a function per theme, rather than a closure mapped inside html!: less
    // code in the Wasm.
    let mut sections = Vec::with_capacity(fw.themes.len());
    for (i, theme) in fw.themes.iter().enumerate() {
        sections.push(section(fw, i, theme, level, view.open.get(i).copied().unwrap_or(false), dispatch));
    }
    html! {
        <div class="lsc-acc">
            <div class="lsc-acc__controls">
                <button type="button" class="lsc-button lsc-button--secondary" aria-expanded={if all_open { "true" } else { "false" }} onclick={set_all}>
                    { if all_open { text::HIDE_ALL } else { text::SHOW_ALL } }
                </button>
            </div>
            { VList::from(sections) }
        </div>
    }
}

/// One theme: its heading with the button that opens it, and its panel.
fn section(
    fw: &Framework,
    i: usize,
    theme: &Theme,
    level: u8,
    open: bool,
    dispatch: &Callback<ViewAction>,
) -> Html {
    let button = button_id(&theme.id);
    let panel = format!("{button}-panel");
    let toggle = send(dispatch, ViewAction::Toggle(i));
    html! {
        <section class="lsc-acc__section">
            { heading(level, "", "lsc-acc__heading", html! {
                <button type="button" id={button} class="lsc-acc__button"
                    aria-expanded={if open { "true" } else { "false" }} aria-controls={panel.clone()} onclick={toggle}>
                    <span class="lsc-acc__title">{ theme.title.as_str() }</span>
                    <span class="lsc-acc__tagline">{ theme.tagline.as_str() }</span>
                    <span class="lsc-acc__icon" aria-hidden="true"></span>
                </button>
            }) }
            <div id={panel} class="lsc-acc__panel" hidden={!open}>
                { el_text("p", "", &theme.description) }
                { heading(level + 1, "", "", text::KEY_BEHAVIOURS.into()) }
                { el("ul", "lsc-behaviours", theme.behaviours.iter().map(|b| el_text("li", "", &b.text)).collect()) }
                { heading(level + 1, "", "", text::LINKS.into()) }
                { theme_links(fw, theme, level + 2) }
            </div>
        </section>
    }
}
