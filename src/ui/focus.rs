//! Moving keyboard focus to an element of the widget by id. Fragment links and
//! `document.getElementById` cannot reach into a shadow root, so the views use this instead.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::NodeRef;

use crate::ui::ids;

/// Focuses the element with this id inside the widget that contains `from` (any element of it,
/// such as the one an event came from), or what stands in for it while its view downloads. An
/// attribute selector, because ids may start with a digit, which `#id` selectors do not allow.
pub fn focus_by_id(from: &Element, id: &str) {
    // closest() starts with the element itself.
    let root = from.closest(".lsc").ok().flatten();
    let find =
        |id: &str| root.as_ref().and_then(|r| r.query_selector(&format!("[id=\"{id}\"]")).ok().flatten());
    let target = find(id).or_else(|| find(&ids::stand_in(id)));
    if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses the widget's element with this id, if it is there.
pub fn focus_in(root: &NodeRef, id: &str) {
    if let Some(root) = root.cast::<Element>() {
        focus_by_id(&root, id);
    }
}

/// Whether focus is on the widget's element with this id.
pub fn has_focus(root: &NodeRef, id: &str) -> bool {
    let active =
        root.cast::<Element>().map(|r| r.get_root_node()).and_then(|n| n.dyn_into::<ShadowRoot>().ok());
    active.and_then(|shadow| shadow.active_element()).is_some_and(|el| el.id() == id)
}
