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
use crate::explorer::crossref_browser::CrossrefBrowser;
use crate::explorer::intro::Intro;
use crate::explorer::theme_accordion::ThemeAccordion;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::explorer::view_state::{ViewAction, ViewState};

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub doc: Doc,
    /// The level of the explorer's section headings.
    pub level: u8,
    pub view: ViewState,
    pub dispatch: Callback<ViewAction>,
}

#[function_component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let ExplorerProps { doc, level, view, dispatch } = props;
    let level = *level;
    html! {
        <div class="lsc-explorer">
            <Intro doc={doc.clone()} {level} />
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                <Heading {level} id="lsc-themes-title">{ text::THEMES }</Heading>
                <ThemeAccordion doc={doc.clone()} level={level + 1} open={view.open.clone()}
                    all_open={view.all_open()} dispatch={dispatch.clone()} />
            </section>
            <CrossrefBrowser doc={doc.clone()} {level} chosen={view.heading} dispatch={dispatch.clone()} />
        </div>
    }
}
