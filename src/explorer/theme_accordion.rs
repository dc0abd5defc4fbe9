//! The themes as an accordion, after the GOV.UK Design System's: each theme's heading holds a
//! button with aria-expanded that shows or hides its panel, and one button shows or hides all.
//! Closed panels are `hidden`, so they are neither seen nor read.

use yew::prelude::*;

use crate::app::Doc;
use crate::explorer::theme_section::theme_section;
use crate::ui::text;
use lsc_core::explorer::view_state::{ViewAction, ViewState};

/// The themes, their headings at `level`.
pub fn theme_accordion(fw: &Doc, level: u8, view: &ViewState, dispatch: &Callback<ViewAction>) -> Html {
    let all_open = view.all_open();
    let set_all = dispatch.reform(move |_: MouseEvent| ViewAction::SetAll(!all_open));
    html! {
        <div class="lsc-acc">
            <div class="lsc-acc__controls">
                <button type="button" class="lsc-button lsc-button--secondary" aria-expanded={all_open.to_string()} onclick={set_all}>
                    { if all_open { text::HIDE_ALL } else { text::SHOW_ALL } }
                </button>
            </div>
            for i in 0..fw.themes.len() {
                { theme_section(fw, level, i, view.open.get(i).copied().unwrap_or(false), dispatch) }
            }
        </div>
    }
}
