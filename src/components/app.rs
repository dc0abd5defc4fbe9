//! The root component: the framework explorer, or a clear message when the document failed.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::credit::credit;
use super::crossref_browser::CrossrefBrowser;
use super::heading::heading;
use super::intro::intro;
use super::load_error::load_error;
use super::markup::el_text;
use super::theme_accordion::{button_id, ThemeAccordion};
use super::Doc;
use crate::events;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub framework: Result<Doc, AttrValue>,
    /// Level of the widget's top heading, chosen by the partner page (2 to 6).
    pub heading_level: u8,
    /// The partner page's element that the widget was mounted on; events are dispatched on it.
    pub host: HtmlElement,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    {
        // Tell the host page once the widget is interactive (or has failed).
        let host = props.host.clone();
        let error = props.framework.as_ref().err().cloned();
        use_effect_with((), move |_| match error {
            None => events::dispatch(&host, "lsc:ready", &JsValue::NULL),
            Some(message) => events::dispatch_error(&host, &message),
        });
    }
    let body = match &props.framework {
        Ok(doc) => html! { <Explorer doc={doc.clone()} level={props.heading_level} /> },
        Err(message) => load_error(props.heading_level, message),
    };
    html! { <div class="lsc" data-lsc-root="">{ body }</div> }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    doc: Doc,
    level: u8,
}

#[function_component]
fn Explorer(props: &ExplorerProps) -> Html {
    let fw = &props.doc;
    let level = props.level;
    let open = use_state(|| vec![false; fw.themes.len()]);
    // The id of an element to focus after the next render (a theme opened from elsewhere).
    let focus = use_state(|| None::<String>);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((*focus).clone(), move |target| {
            let el = target.as_ref().and_then(|id| {
                let root = root.cast::<Element>()?;
                root.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into::<HtmlElement>().ok()
            });
            if let Some(el) = el {
                let _ = el.focus();
            }
        });
    }
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |i: usize| {
            let mut next = (*open).clone();
            if let Some(o) = next.get_mut(i) {
                *o = !*o;
            }
            open.set(next);
        })
    };
    let on_set_all = {
        let open = open.clone();
        Callback::from(move |value: bool| open.set(vec![value; open.len()]))
    };
    let on_show_theme = {
        let (open, focus, doc) = (open.clone(), focus.clone(), props.doc.clone());
        Callback::from(move |i: usize| {
            let mut next = (*open).clone();
            if let Some(o) = next.get_mut(i) {
                *o = true;
            }
            open.set(next);
            focus.set(doc.themes.get(i).map(|t| button_id(&t.id)));
        })
    };
    html! {
        <div ref={root}>
            <header class="lsc-header">
                { heading(level, "", "", fw.title.as_str().into()) }
                { el_text("p", "lsc-meta", &format!("{} · {}", fw.date, fw.publishers.join(", "))) }
            </header>
            { intro(fw, level + 1) }
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                { heading(level + 1, "lsc-themes-title", "", crate::text::THEMES.into()) }
                <ThemeAccordion doc={fw.clone()} level={level + 2} open={(*open).clone()} {on_toggle} {on_set_all} />
            </section>
            <CrossrefBrowser doc={fw.clone()} level={level + 1} {on_show_theme} />
            { credit(fw) }
        </div>
    }
}
