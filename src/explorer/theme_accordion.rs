//! The themes as an accordion, after the GOV.UK Design System's: each theme's heading holds a
//! button with aria-expanded that shows or hides its panel, and one button shows or hides all.
//! Closed panels are `hidden`, so they are neither seen nor read.

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::explorer::theme_section::ThemeSection;
use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

#[derive(Properties, PartialEq)]
pub struct ThemeAccordionProps {
    /// Which themes are open, by index.
    pub open: Vec<bool>,
    pub all_open: bool,
    pub dispatch: Callback<ViewAction>,
}

#[function_component]
pub fn ThemeAccordion(props: &ThemeAccordionProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let fw = doc;
    let all_open = props.all_open;
    let set_all = props.dispatch.reform(move |_: MouseEvent| ViewAction::SetAll(!all_open));
    html! {
        <div class="lsc-acc">
            <div class="lsc-acc__controls">
                <button type="button" class="lsc-button lsc-button--secondary" aria-expanded={all_open.to_string()} onclick={set_all}>
                    { if all_open { text::HIDE_ALL } else { text::SHOW_ALL } }
                </button>
            </div>
            for i in 0..fw.themes.len() {
                <ThemeSection index={i}
                    open={props.open.get(i).copied().unwrap_or(false)} dispatch={props.dispatch.clone()} />
            }
        </div>
    }
}
