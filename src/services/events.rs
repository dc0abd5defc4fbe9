//! Events for the host page: `lsc:ready`, `lsc:complete` and `lsc:error`, dispatched on
//! the partner's element, bubbling and composed so a listener anywhere on the page hears them.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use lsc_core::results::scoring::theme_scores;
use lsc_core::self_check::state::SelfCheck;

pub fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `lsc:error` with `{ message, code }` (the loader's codes, e.g. "download"; none for a warning),
/// also written to the console for the website's team.
pub fn dispatch_error(host: &HtmlElement, message: &str, code: Option<&str>) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("leadership-self-check: {message}")));
    let detail = js_sys::Object::new();
    set(&detail, "message", message.into());
    if let Some(code) = code {
        set(&detail, "code", code.into());
    }
    dispatch(host, "lsc:error", &detail);
}

/// `lsc:complete` with `{ mode, framework, themes: [{ id, score }] }`: the scores only, never
/// the visitor's answers or free text.
pub fn dispatch_complete(host: &HtmlElement, check: &SelfCheck) {
    let fw = check.framework();
    let detail = js_sys::Object::new();
    set(&detail, "mode", check.mode().as_str().into());
    set(&detail, "framework", fw.id.as_str().into());
    let themes = js_sys::Array::new();
    for s in &theme_scores(fw, check.steps(), check.answers()) {
        let t = js_sys::Object::new();
        set(&t, "id", fw.themes.get(s.theme).map_or("", |t| t.id.as_str()).into());
        set(&t, "score", s.score.map_or(JsValue::NULL, JsValue::from));
        themes.push(&t);
    }
    set(&detail, "themes", themes.into());
    dispatch(host, "lsc:complete", &detail);
}

fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value);
}
