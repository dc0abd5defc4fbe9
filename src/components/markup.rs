//! Builders for static markup (text in paragraphs, list items, quotes).
//!
//! Yew's `html!` builds every element inline at its call site; across a framework's worth of
//! paragraphs that measured several KB gzip of Wasm. These builders are compiled once and called
//! everywhere. Text always goes in as a text node, so content is never parsed as HTML.
//! Buttons with one click callback have a builder too; other interactive elements (inputs, anything
//! with other listeners) still use `html!`.

use std::rc::Rc;

use yew::html::onclick;
use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, Listener, Listeners, VList, VTag, VText};
use yew::{Callback, Html, MouseEvent, NodeRef};

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

/// `<button type="button" id="…" class="…">children</button>` calling `onclick`; no id
/// attribute when `id` is empty.
#[inline(never)]
pub fn button_with(
    class: &'static str,
    id: &'static str,
    onclick: Callback<MouseEvent>,
    children: Vec<Html>,
) -> Html {
    let attr = |s: &'static str| (!s.is_empty()).then_some(AttributeOrProperty::Static(s));
    let attributes = Attributes::Dynamic {
        keys: &["type", "id", "class"],
        values: Box::new([attr("button"), attr(id), attr(class)]),
    };
    let listener: Rc<dyn Listener> = Rc::new(onclick::Wrapper::new(onclick));
    let listeners = Listeners::Pending(Box::new([Some(listener)]));
    let children = VList::with_children(children, None).into();
    VTag::__new_other(AttrValue::Static("button"), NodeRef::default(), None, attributes, listeners, children)
        .into()
}

/// A button whose label is plain text.
#[inline(never)]
pub fn button(class: &'static str, id: &'static str, onclick: Callback<MouseEvent>, label: &str) -> Html {
    button_with(class, id, onclick, vec![text(label)])
}

/// A click callback that sends `action`: one closure type for every such button, where a
/// `reform` per button compiles a closure each.
#[inline(never)]
pub fn send<A: Clone + 'static>(dispatch: &Callback<A>, action: A) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
}
