//! The framework explorer: the introduction, each theme with its key behaviours and links to other
//! frameworks, and finding themes from another framework's headings.
//!
//! The framework explorer: the introduction, the themes, and browsing from other frameworks.

pub mod crossref_browser;
pub mod intro;
pub mod quote;
pub mod theme_accordion;
pub mod theme_links;
pub mod theme_section;

use yew::prelude::*;

use crate::app::Doc;

use crate::explorer::crossref_browser::crossref_browser;
use crate::explorer::intro::intro;
use crate::explorer::theme_accordion::theme_accordion;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::explorer::view_state::{ViewAction, ViewState};

/// The explorer in the state `view`, its sections' headings at `level`.
pub fn explorer(doc: &Doc, level: u8, view: &ViewState, dispatch: &Callback<ViewAction>) -> Html {
    html! {
        // Keyed: the self-check in its place is a new element, not this one patched.
        <div key="explorer" class="lsc-explorer">
            { intro(doc, level) }
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                { Heading { level, id: Some("lsc-themes-title".into()), ..Heading::default() }.holding(text::THEMES.into()) }
                { theme_accordion(doc, level + 1, view, dispatch) }
            </section>
            { crossref_browser(doc, level, view.heading, dispatch) }
        </div>
    }
}
