//! The root: the widget, or a clear message when the framework document could not be used, and
//! the events that tell the host page which.

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::context::nested;
use crate::app::widget::Widget;
use crate::app::Doc;
use crate::services::events;
use crate::ui::load_error::load_error;
use lsc_core::options::Options;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub framework: Result<Doc, AttrValue>,
    pub options: Options,
    /// The partner page's element that the widget was mounted on; events are dispatched on it.
    /// None in the prerender, which has no page.
    pub host: Option<HtmlElement>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    {
        // Tell the host page once the widget is interactive (or has failed).
        let host = props.host.clone();
        let error = props.framework.as_ref().err().cloned();
        use_effect_with((), move |_| match (host, error) {
            (None, _) => {}
            (Some(host), None) => events::dispatch(&host, "lsc:ready", &JsValue::NULL),
            (Some(host), Some(message)) => events::dispatch_error(&host, &message, None),
        });
    }
    let options = &props.options;
    // The widget's language and direction are the document's, whatever the host page's (WCAG
    // 3.1.2): a dir="rtl" page would otherwise reverse the scale and move the question mark. A
    // document that failed to load is reported in English. The palette (light, dark or the
    // visitor's own) is chosen in CSS by data-scheme.
    let (lang, dir) = match &props.framework {
        Ok(doc) => (AttrValue::from(doc.language.clone()), doc.direction.name()),
        Err(_) => (AttrValue::from("en-GB"), "ltr"),
    };
    html! {
        <div class="lsc" {lang} {dir} data-lsc-root="" data-scheme={options.color_scheme.name()}>
            { nested(options.heading_level, match &props.framework {
                Ok(doc) => html! { <Widget doc={doc.clone()} options={options.clone()} host={props.host.clone()} /> },
                Err(message) => load_error(options.heading_level, message.clone(), options.fallback_href.clone().map(AttrValue::from)),
            }) }
        </div>
    }
}
