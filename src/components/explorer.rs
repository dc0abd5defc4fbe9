//! The framework explorer: the introduction, the themes, and browsing from other frameworks.

use yew::prelude::*;

use super::crossref_browser::crossref_browser;
use super::heading::heading;
use super::intro::intro;
use super::theme_accordion::theme_accordion;
use crate::core::model::Framework;
use crate::core::view_state::{ViewAction, ViewState};
use crate::text;

/// `level` is the level of the explorer's section headings.
pub fn explorer(fw: &Framework, level: u8, view: &ViewState, dispatch: &Callback<ViewAction>) -> Html {
    html! {
        <div class="lsc-explorer">
            { intro(fw, level) }
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                { heading(level, "lsc-themes-title", "", text::THEMES.into()) }
                { theme_accordion(fw, level + 1, view, dispatch) }
            </section>
            { crossref_browser(fw, level, view.heading, dispatch) }
        </div>
    }
}
