//! One change broadcast for every kind of kept data. Writes and removals are announced to the
//! page's other widgets by an event on the window (the browser's `storage` event reaches only
//! other tabs); `listen` hears both, for one key. The event's detail is `[key, value or null,
//! source]`, `source` telling a widget which announcements are its own. Named outside the public
//! `lsc:` events: it is between widgets, not part of the contract.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, StorageEvent};

const SAME_PAGE_EVENT: &str = "leadership-self-check:saved-here";

/// Tells the page's other widgets that `key` now holds `value` (None: removed). `source` is the
/// writer's number, 0 for a write every widget hears, its writer's included.
pub fn announce(source: u32, key: &str, value: Option<&str>) {
    let Some(window) = crate::services::window() else { return };
    let value = value.map_or(JsValue::NULL, JsValue::from);
    let init = CustomEventInit::new();
    init.set_detail(&js_sys::Array::of3(&key.into(), &value, &source.into()));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(SAME_PAGE_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// Hears `key` written (Some) or removed (None) by another tab or another widget of this page,
/// leaving out what `own` announced itself. A `clear()` of the whole storage by a page script is
/// not reported. Listens until the listeners are dropped.
pub fn listen(
    key: String,
    own: Option<u32>,
    heard: impl Fn(Option<String>) + 'static,
) -> Option<[EventListener; 2]> {
    let window = crate::services::window()?;
    let heard = Rc::new(move |changed: Option<String>, value: Option<String>| {
        if changed.as_deref() == Some(key.as_str()) {
            heard(value);
        }
    });
    let other_tabs = {
        let heard = heard.clone();
        EventListener::new(&window, "storage", move |e| {
            if let Some(e) = e.dyn_ref::<StorageEvent>() {
                heard(e.key(), e.new_value());
            }
        })
    };
    let this_page = EventListener::new(&window, SAME_PAGE_EVENT, move |e| {
        let Some(detail) = e.dyn_ref::<CustomEvent>().map(|e| js_sys::Array::from(&e.detail())) else {
            return;
        };
        if own.is_none_or(|own| detail.get(2).as_f64() != Some(f64::from(own))) {
            heard(detail.get(0).as_string(), detail.get(1).as_string());
        }
    });
    Some([other_tabs, this_page])
}
