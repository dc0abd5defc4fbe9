//! A heading whose level follows the host page's outline: the widget's top heading is at the
//! level the partner chose, and every heading below it is relative to that.
//!
//! A plain function rather than a component: it holds no state, and each Yew component adds
//! its own copy of Yew's lifecycle code to the Wasm (measured: about 1 KB gzip each).

use yew::prelude::*;

/// `id` and `class` may be empty.
#[inline(never)]
pub fn heading(level: u8, id: &'static str, class: &'static str, content: Html) -> Html {
    // HTML stops at h6; deeper levels stay h6 and tell assistive technology the real level.
    let tag = match level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let aria_level = (level > 6).then(|| AttrValue::from(level.to_string()));
    let id = (!id.is_empty()).then_some(id);
    let class = (!class.is_empty()).then_some(class);
    html! { <@{tag} {id} {class} aria-level={aria_level}>{ content }</@> }
}
