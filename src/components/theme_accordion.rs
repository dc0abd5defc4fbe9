//! The themes as an accordion, after the GOV.UK Design System's: each theme's heading holds a
//! button with aria-expanded that shows or hides its panel, and one button shows or hides all.
//! Closed panels are `hidden`, so they are neither seen nor read.

use yew::prelude::*;

use super::heading::heading;
use super::markup::{el, el_text};
use super::theme_links::theme_links;
use super::Doc;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ThemeAccordionProps {
    pub doc: Doc,
    /// Level of each theme's heading.
    pub level: u8,
    /// Which themes are open, by index.
    pub open: Vec<bool>,
    pub on_toggle: Callback<usize>,
    pub on_set_all: Callback<bool>,
}

/// The id of a theme's button, for moving focus to it.
pub fn button_id(theme_id: &str) -> String {
    format!("lsc-theme-{theme_id}")
}

#[function_component]
pub fn ThemeAccordion(props: &ThemeAccordionProps) -> Html {
    let all_open = props.open.iter().all(|&o| o);
    let set_all = {
        let cb = props.on_set_all.clone();
        Callback::from(move |_: MouseEvent| cb.emit(!all_open))
    };
    html! {
        <div class="lsc-acc">
            <div class="lsc-acc__controls">
                <button type="button" class="lsc-button lsc-button--secondary" aria-expanded={all_open.to_string()} onclick={set_all}>
                    { if all_open { text::HIDE_ALL } else { text::SHOW_ALL } }
                </button>
            </div>
            { for props.doc.themes.iter().enumerate().map(|(i, theme)| {
                let open = props.open.get(i).copied().unwrap_or(false);
                let button = button_id(&theme.id);
                let panel = format!("{button}-panel");
                let toggle = props.on_toggle.reform(move |_: MouseEvent| i);
                html! {
                    <section class={classes!("lsc-acc__section", open.then_some("lsc-acc__section--open"))}>
                        { heading(props.level, "", "lsc-acc__heading", html! {
                            <button type="button" id={button} class="lsc-acc__button"
                                aria-expanded={open.to_string()} aria-controls={panel.clone()} onclick={toggle}>
                                <span class="lsc-acc__title">{ &theme.title }</span>
                                <span class="lsc-acc__tagline">{ &theme.tagline }</span>
                                <span class="lsc-acc__icon" aria-hidden="true"></span>
                            </button>
                        }) }
                        <div id={panel} class="lsc-acc__panel" hidden={!open}>
                            { el_text("p", "", &theme.description) }
                            { heading(props.level + 1, "", "", text::KEY_BEHAVIOURS.into()) }
                            { el("ul", "lsc-behaviours", theme.behaviours.iter().map(|b| el_text("li", "", &b.text)).collect()) }
                            { heading(props.level + 1, "", "", text::LINKS.into()) }
                            { theme_links(&props.doc, theme, props.level + 2) }
                        </div>
                    </section>
                }
            }) }
        </div>
    }
}
