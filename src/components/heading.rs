//! A heading whose level follows the host page's outline: the widget's top heading is at the
//! level the partner chose, and every heading below it is relative to that.
//!
//! Built directly rather than with `html!`: a `class={…}` in `html!` goes through Yew's
//! `Classes` set, which measured about 4 KB gzip of Wasm for no benefit here.

use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, Listeners, VList, VTag};
use yew::{Html, NodeRef};

/// A heading; `id` and `class` may be empty.
pub fn heading(level: u8, id: &'static str, class: &'static str, content: Html) -> Html {
    build(level, id, class, false, content)
}

/// A heading that receives focus from a script (a new step, the results, a confirmation): it
/// can be focused without entering the tab order.
pub fn focus_heading(level: u8, id: &'static str, class: &'static str, content: Html) -> Html {
    build(level, id, class, true, content)
}

#[inline(never)]
fn build(level: u8, id: &'static str, class: &'static str, focusable: bool, content: Html) -> Html {
    // HTML stops at h6; deeper levels stay h6 and tell assistive technology the real level.
    let tag = match level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let attr =
        |s: &'static str| (!s.is_empty()).then(|| AttributeOrProperty::Attribute(AttrValue::Static(s)));
    let aria_level = (level > 6).then(|| AttributeOrProperty::Attribute(AttrValue::from(level.to_string())));
    let tabindex = attr(if focusable { "-1" } else { "" });
    let attributes = Attributes::Dynamic {
        keys: &["id", "class", "aria-level", "tabindex"],
        values: Box::new([attr(id), attr(class), aria_level, tabindex]),
    };
    let children = VList::with_children(vec![content], None).into();
    VTag::__new_other(AttrValue::Static(tag), NodeRef::default(), None, attributes, Listeners::None, children)
        .into()
}
