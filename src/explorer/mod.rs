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

use crate::app::context::{use_widget, Nested, WidgetContext};

use crate::explorer::crossref_browser::CrossrefBrowser;
use crate::explorer::intro::Intro;
use crate::explorer::theme_accordion::ThemeAccordion;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::explorer::view_state::{ViewAction, ViewState};

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub view: ViewState,
    pub dispatch: Callback<ViewAction>,
}

#[function_component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let _doc = &doc;
    let ExplorerProps { view, dispatch } = props;
    html! {
        <div class="lsc-explorer">
            <Intro />
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                <Heading id="lsc-themes-title">{ text::THEMES }</Heading>
                <Nested>
                    <ThemeAccordion open={view.open.clone()} all_open={view.all_open()} dispatch={dispatch.clone()} />
                </Nested>
            </section>
            <CrossrefBrowser chosen={view.heading} dispatch={dispatch.clone()} />
        </div>
    }
}
