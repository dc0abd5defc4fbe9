//! The root component: the framework explorer and the self-check (as tabs when the partner shows
//! both), or a clear message when the framework document could not be used.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::credit::credit;
use super::crossref_browser::CrossrefBrowser;
use super::heading::heading;
use super::intro::intro;
use super::load_error::load_error;
use super::markup::el_text;
use super::self_check::{use_self_check, SelfCheckView};
use super::theme_accordion::{button_id, ThemeAccordion};
use super::Doc;
use crate::core::options::{Options, View};
use crate::{events, text};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub framework: Result<Doc, AttrValue>,
    pub options: Options,
    /// Attribute values that were not allowed, reported to the web team once mounted.
    pub warnings: Vec<String>,
    /// The partner page's element that the widget was mounted on; events are dispatched on it.
    pub host: HtmlElement,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    {
        // Tell the host page once the widget is interactive (or has failed).
        let host = props.host.clone();
        let error = props.framework.as_ref().err().cloned();
        let warnings = props.warnings.clone();
        use_effect_with((), move |_| {
            for w in &warnings {
                events::dispatch_error(&host, w);
            }
            match error {
                None => events::dispatch(&host, "lsc:ready", &JsValue::NULL),
                Some(message) => events::dispatch_error(&host, &message),
            }
        });
    }
    let body = match &props.framework {
        Ok(doc) => html! { <Widget doc={doc.clone()} options={props.options} host={props.host.clone()} /> },
        Err(message) => load_error(props.options.heading_level, message),
    };
    html! { <div class="lsc" data-lsc-root="">{ body }</div> }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    doc: Doc,
    options: Options,
    host: HtmlElement,
}

#[function_component]
fn Widget(props: &WidgetProps) -> Html {
    let Options { view, mode, persist, heading_level: level } = props.options;
    let check = use_self_check(props.doc.clone(), mode, persist, props.host.clone());
    let tab = use_state(|| view != View::Framework && check.check.stage == crate::core::state::Stage::Resume);
    let fw = &props.doc;
    let explorer = html! { <Explorer doc={fw.clone()} level={level + 1} /> };
    let self_check = html! {
        <SelfCheckView state={check.clone()} doc={fw.clone()} level={level + 1} {persist} host={props.host.clone()} />
    };
    let panel = match view {
        View::Framework => explorer,
        View::SelfCheck => self_check,
        View::Both => {
            let select = |to_check: bool| {
                let tab = tab.clone();
                Callback::from(move |_: MouseEvent| tab.set(to_check))
            };
            // Arrow keys move between the two tabs (the ARIA tabs pattern).
            let onkeydown = {
                let tab = tab.clone();
                Callback::from(move |e: KeyboardEvent| {
                    let to = match e.key().as_str() {
                        "ArrowLeft" | "Home" => false,
                        "ArrowRight" | "End" => true,
                        _ => return,
                    };
                    e.prevent_default();
                    tab.set(to);
                    let id = if to { "lsc-tab-check" } else { "lsc-tab-framework" };
                    let root = e.target_dyn_into::<Element>().and_then(|t| t.closest(".lsc").ok().flatten());
                    if let Some(el) = root.and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten()) {
                        let _ = el.dyn_into::<HtmlElement>().map(|el| el.focus());
                    }
                })
            };
            let on_check = *tab;
            html! {
                <>
                    <div class="lsc-tabs" role="tablist" aria-label={text::TABS_LABEL} {onkeydown}>
                        <button type="button" role="tab" id="lsc-tab-framework" class="lsc-tab" aria-controls="lsc-panel"
                            aria-selected={(!on_check).to_string()} tabindex={if on_check { "-1" } else { "0" }} onclick={select(false)}>
                            { text::TAB_FRAMEWORK }
                        </button>
                        <button type="button" role="tab" id="lsc-tab-check" class="lsc-tab" aria-controls="lsc-panel"
                            aria-selected={on_check.to_string()} tabindex={if on_check { "0" } else { "-1" }} onclick={select(true)}>
                            { text::TAB_SELF_CHECK }
                        </button>
                    </div>
                    <div id="lsc-panel" class="lsc-tabpanel" role="tabpanel"
                        aria-labelledby={if on_check { "lsc-tab-check" } else { "lsc-tab-framework" }}>
                        { if on_check { self_check } else { explorer } }
                    </div>
                </>
            }
        }
    };
    html! {
        <>
            <header class="lsc-header">
                { heading(level, "", "", fw.title.as_str().into()) }
                { el_text("p", "lsc-meta", &format!("{} · {}", fw.date, fw.publishers.join(", "))) }
            </header>
            { panel }
            { credit(fw) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    doc: Doc,
    /// Level of the explorer's section headings.
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
            { intro(fw, level) }
            <section class="lsc-themes" aria-labelledby="lsc-themes-title">
                { heading(level, "lsc-themes-title", "", crate::text::THEMES.into()) }
                <ThemeAccordion doc={fw.clone()} level={level + 1} open={(*open).clone()} {on_toggle} {on_set_all} />
            </section>
            <CrossrefBrowser doc={fw.clone()} {level} {on_show_theme} />
        </div>
    }
}
