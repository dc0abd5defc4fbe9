//! The framework explorer: the introduction, the themes, and browsing from other frameworks.

use yew::prelude::*;

use super::crossref_browser::CrossrefBrowser;
use super::heading::Heading;
use super::intro::Intro;
use super::theme_accordion::ThemeAccordion;
use super::Doc;
use crate::core::view_state::{ViewAction, ViewState};
use crate::text;

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
