//! What every view needs, given once by the widget through Yew contexts rather than as props
//! through every level: the document, where kept data may go, the partner's element, the
//! widget's root (where focus moves) and, separately, the heading level of the current section.
//! Components read it; a view written as a plain function is given it (or the document) by the
//! component that calls it.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::Doc;

/// The widget's context, provided by `Widget` for everything below it.
#[derive(Clone, PartialEq)]
pub struct WidgetContext {
    pub doc: Doc,
    /// Whether answers and checks may be kept on the device (`persist`, and a self-check shown).
    pub persist: bool,
    /// The partner page's element: events are dispatched on it and printing marks it. None in the
    /// prerender, which has no page.
    pub host: Option<HtmlElement>,
    /// The widget's own element, where focus moves.
    pub root: NodeRef,
}

/// The widget's context. Every view is rendered inside `Widget`, which provides it; a view
/// rendered elsewhere gets None and shows nothing.
#[hook]
pub fn use_widget() -> Option<WidgetContext> {
    use_context::<WidgetContext>()
}

/// The outline level of the current section's headings: the partner's `heading-level` at the
/// widget's top, deeper in each section given by `nested`.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Level(pub u8);

/// The current section's heading level, for a component's headings and the functions it renders.
#[hook]
pub fn use_level() -> u8 {
    use_context::<Level>().map_or(2, |Level(level)| level)
}

/// `children` in a section whose headings are at `level`, for the components in it.
pub fn nested(level: u8, children: Html) -> Html {
    html! {
        <ContextProvider<Level> context={Level(level)}>
            { children }
        </ContextProvider<Level>>
    }
}
