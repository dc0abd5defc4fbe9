//! The page's memory of kept data, by storage key: always kept (so that a widget mounted again on
//! this page takes it up) and the only copy with `persist="none"`. Never written to storage.

use std::cell::RefCell;

use lsc_core::map::Map;

thread_local! {
    static IN_PAGE: RefCell<Map<String>> = RefCell::new(Map::new());
}

/// The text kept in the page under `key`.
pub fn text(key: &str) -> Option<String> {
    IN_PAGE.with(|m| m.borrow().get(key).cloned())
}

/// Keeps `text` under `key`, or forgets it when None.
pub fn keep(key: &str, text: Option<&str>) {
    IN_PAGE.with(|m| match text {
        Some(t) => m.borrow_mut().insert(key.to_string(), t.to_string()),
        None => m.borrow_mut().remove(key),
    });
}

/// Forgets every key that starts with `prefix` ("Delete my answers").
pub fn forget_prefix(prefix: &str) {
    IN_PAGE.with(|m| {
        let keys: Vec<String> =
            m.borrow().iter().map(|(k, _)| k.clone()).filter(|k| k.starts_with(prefix)).collect();
        keys.iter().for_each(|k| m.borrow_mut().remove(k));
    });
}
