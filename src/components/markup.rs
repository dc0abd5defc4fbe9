//! Builders for static markup (text in paragraphs, list items, quotes).
//!
//! Yew's `html!` builds every element inline at its call site; across a framework's worth of
//! paragraphs that measured several KB gzip of Wasm. These builders are compiled once and called
//! everywhere. Text always goes in as a text node, so content is never parsed as HTML.
//! Interactive elements (buttons, inputs, anything with a listener) still use `html!`.

use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, Listeners, VList, VTag, VText};
use yew::{Html, NodeRef};

/// `<tag class="…">children</tag>`; no class attribute when `class` is empty.
#[inline(never)]
pub fn el(tag: &'static str, class: &'static str, children: Vec<Html>) -> Html {
    // The same representation html! uses for a dynamic class (not `add_attribute`, which
    // switches to an IndexMap and measured larger).
    let class = (!class.is_empty()).then(|| AttributeOrProperty::Attribute(AttrValue::Static(class)));
    let attributes = Attributes::Dynamic { keys: &["class"], values: Box::new([class]) };
    let children = VList::with_children(children, None).into();
    VTag::__new_other(AttrValue::Static(tag), NodeRef::default(), None, attributes, Listeners::None, children)
        .into()
}

/// A text node.
#[inline(never)]
pub fn text(s: &str) -> Html {
    VText::new(s.to_string()).into()
}

/// `<tag class="…">text</tag>`, the commonest case.
#[inline(never)]
pub fn el_text(tag: &'static str, class: &'static str, s: &str) -> Html {
    el(tag, class, vec![text(s)])
}
