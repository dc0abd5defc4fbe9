//! Events for the host page: `lsc:ready`, `lsc:complete` and `lsc:error`, dispatched on
//! the partner's element, bubbling and composed so a listener anywhere on the page hears them.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `lsc:error` with `{ message }`, also written to the console for the website's team.
pub fn dispatch_error(host: &HtmlElement, message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("leadership-self-check: {message}")));
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
    dispatch(host, "lsc:error", &detail);
}
