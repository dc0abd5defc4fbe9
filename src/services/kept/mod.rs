//! The browser side of the kept-data layer (`lsc_core::kept` is the core's): the one page-memory
//! store every kind of kept data uses (`page`), and the one change broadcast (`broadcast`) that
//! tells the page's other widgets, and other tabs through the browser's `storage` event, that a
//! key was written or removed. The stores (`progress`, `history_store`, `colleagues_store`) keep
//! their documents through these; only `app::effects` calls the stores to write.

pub mod broadcast;
pub mod page;

use std::cell::RefCell;

use gloo_events::EventListener;
use web_sys::Storage;

use crate::services::storage;
use lsc_core::kept::keys::Kept;
use lsc_core::kept::set_aside;

/// Carries out the one set-aside policy for a stored value of `kind` this release cannot read:
/// a copy first, the original removed only once copied. False if the copy could not be written
/// (the original is then left, and must not be written over).
pub fn set_aside(s: &Storage, kind: Kept, framework_id: &str, text: &str) -> bool {
    let plan = set_aside::plan(kind, framework_id, js_sys::Date::now() as u64);
    let copied = storage::set(s, &plan.copy_to, text).is_ok();
    if copied {
        let _ = storage::remove(s, &plan.remove);
    }
    copied
}

thread_local! {
    static FOLLOWING: RefCell<Option<EventListener>> = const { RefCell::new(None) };
}

/// From the first mount on, the page's memory forgets whatever another tab removes from the
/// browser's storage ("Delete my answers" there), so that no later write here brings it back,
/// even from a view not showing now. Once per page.
pub fn follow_removals() {
    FOLLOWING.with(|following| {
        if following.borrow().is_some() {
            return;
        }
        let Some(window) = crate::services::window() else { return };
        *following.borrow_mut() = Some(EventListener::new(&window, "storage", |e| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(e) else { return };
            match (e.key(), e.new_value()) {
                (Some(key), None) => page::keep(&key, None),
                // The whole storage cleared by a script: everything this widget keeps.
                (None, _) => page::forget_prefix(lsc_core::kept::keys::ALL_PREFIX),
                _ => {}
            }
        }));
    });
}
