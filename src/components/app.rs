//! The root: the framework explorer and the self-check (as tabs when the partner shows both), or
//! a clear message when the framework document could not be used.
//!
//! Only two components hold state (`App` for the mount-time events, `Widget` for everything
//! else): every screen below is a function of that state. Each extra Yew component measured
//! about 1 KB gzip of Wasm, and the state machines are plain Rust in `core`, tested natively.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::credit::credit;
use super::explorer::explorer;
use super::focus::focus_by_id;
use super::heading::heading;
use super::load_error::load_error;
use super::markup::{el_text, send};
use super::self_check::{focus_id, self_check_view, use_self_check, CheckView};
use super::theme_accordion::button_id;
use super::Doc;
use crate::core::options::{Options, View};
use crate::core::state::Stage;
use crate::core::view_state::{ViewAction, ViewFocus, ViewState};
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
        Ok(doc) => {
            html! { <Widget doc={doc.clone()} options={props.options.clone()} host={props.host.clone()} /> }
        }
        Err(message) => load_error(&props.options, message),
    };
    // The widget's text is English whatever the host page's language (WCAG 3.1.2). The palette
    // (light, dark or the visitor's own) is chosen in CSS by data-scheme.
    html! {
        <div class="lsc" lang="en-GB" data-lsc-root="" data-scheme={props.options.color_scheme.name()}>
            { body }
        </div>
    }
}

/// The view state in a Yew reducer.
struct ViewCell(ViewState);

impl Reducible for ViewCell {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        Rc::new(ViewCell(self.0.apply(action)))
    }
}

/// Focuses the widget's element with this id, if it is there.
fn focus_in(root: &NodeRef, id: &str) {
    if let Some(root) = root.cast::<Element>() {
        focus_by_id(&root, id);
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    doc: Doc,
    options: Options,
    host: HtmlElement,
}

#[function_component]
fn Widget(props: &WidgetProps) -> Html {
    let Options { view, mode, persist, heading_level: level, .. } = props.options;
    let fw = &props.doc;
    // A widget that shows no self-check neither reads nor writes saved answers.
    let check = use_self_check(fw.clone(), mode, persist && view != View::Framework, props.host.clone());
    let state = use_reducer({
        // Straight to the self-check when the visitor has answers to come back to.
        let resuming = view != View::Framework && check.check.stage == Stage::Resume;
        let themes = fw.themes.len();
        move || ViewCell(ViewState::new(themes, resuming || view == View::SelfCheck))
    });
    let root = use_node_ref();
    {
        let (root, (focus, seq)) = (root.clone(), check.focus());
        use_effect_with(seq, move |_| {
            if let Some(f) = focus {
                focus_in(&root, focus_id(f));
            }
        });
    }
    {
        let (root, focus, doc) = (root.clone(), state.0.focus, fw.clone());
        use_effect_with(state.0.focus_seq, move |_| match focus {
            Some(ViewFocus::Tab(true)) => focus_in(&root, "lsc-tab-check"),
            Some(ViewFocus::Tab(false)) => focus_in(&root, "lsc-tab-framework"),
            Some(ViewFocus::Theme(i)) => {
                if let Some(t) = doc.themes.get(i) {
                    focus_in(&root, &button_id(&t.id));
                }
            }
            None => {}
        });
    }
    let view_dispatch = {
        let state = state.clone();
        Callback::from(move |a: ViewAction| state.dispatch(a))
    };
    let check_dispatch = {
        let check = check.clone();
        Callback::from(move |a| check.dispatch(a))
    };
    let v = &state.0;
    let panel = if v.self_check {
        let cv = CheckView { doc: fw, level: level + 1, host: &props.host, dispatch: check_dispatch };
        self_check_view(&check.check, &cv)
    } else {
        explorer(fw, level + 1, v, &view_dispatch)
    };
    let panel = if view == View::Both { tabs(v.self_check, &view_dispatch, panel) } else { panel };
    // "date · publisher, publisher", pushed in one loop: join and format! measured more code.
    let mut meta = fw.date.clone();
    for (i, publisher) in fw.publishers.iter().enumerate() {
        meta.push_str(if i == 0 { " · " } else { ", " });
        meta.push_str(publisher);
    }
    html! {
        <div ref={root}>
            <header class="lsc-header">
                { heading(level, "", "", fw.title.as_str().into()) }
                { el_text("p", "lsc-meta", &meta) }
            </header>
            { panel }
            { credit(fw) }
        </div>
    }
}

/// The ARIA tabs pattern: arrow keys, Home and End move between the two tabs; only the selected
/// tab is in the tab order.
fn tabs(on_check: bool, dispatch: &Callback<ViewAction>, panel: Html) -> Html {
    let select = |self_check: bool| send(dispatch, ViewAction::Tab { self_check, by_keyboard: false });
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Two tabs: the arrow keys go to the other one (wrapping), Home and End to the ends.
            let self_check = match e.key().as_str() {
                "ArrowLeft" | "ArrowRight" => !on_check,
                "Home" => false,
                "End" => true,
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(ViewAction::Tab { self_check, by_keyboard: true });
        })
    };
    html! {
        <>
            <div class="lsc-tabs" role="tablist" aria-label={text::TABS_LABEL} {onkeydown}>
                <button type="button" role="tab" id="lsc-tab-framework" class="lsc-tab" aria-controls="lsc-panel"
                    aria-selected={if on_check { "false" } else { "true" }} tabindex={if on_check { "-1" } else { "0" }} onclick={select(false)}>
                    { text::TAB_FRAMEWORK }
                </button>
                <button type="button" role="tab" id="lsc-tab-check" class="lsc-tab" aria-controls="lsc-panel"
                    aria-selected={if on_check { "true" } else { "false" }} tabindex={if on_check { "0" } else { "-1" }} onclick={select(true)}>
                    { text::TAB_SELF_CHECK }
                </button>
            </div>
            <div id="lsc-panel" class="lsc-tabpanel" role="tabpanel"
                aria-labelledby={if on_check { "lsc-tab-check" } else { "lsc-tab-framework" }}>
                { panel }
            </div>
        </>
    }
}
