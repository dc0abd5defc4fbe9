//! Keeping the history of completed checks: in this page's memory always (so that a widget
//! mounted again, or `persist="none"`, keeps it for the visit), and in the browser's storage
//! when `persist` is set. A stored history that cannot be used is moved aside, never lost.

use std::cell::RefCell;

use crate::services::storage;
use lsc_core::framework::model::Framework;
use lsc_core::history::dates::Day;
use lsc_core::history::earlier::{Earlier, Outcome};
use lsc_core::history::{self, history_key, history_set_aside_key, set_aside_message, History};
use lsc_core::map::Map;

thread_local! {
    /// The history in play in this page, as stored text by key: memory only.
    static IN_PAGE: RefCell<Map<String>> = RefCell::new(Map::new());
}

/// The time in milliseconds and the visitor's own day (not UTC's), from the browser's clock.
pub fn now() -> (u64, Day) {
    let now = js_sys::Date::new_0();
    let part = |n: u32| u8::try_from(n).unwrap_or(1);
    let day = Day::new(
        u16::try_from(now.get_full_year()).unwrap_or(1),
        part(now.get_month() + 1),
        part(now.get_date()),
    );
    (now.get_time() as u64, day.unwrap_or(Day { year: 1970, month: 1, day: 1 }))
}

/// The history this page or device holds for this framework, with what to tell the visitor.
pub fn restore(fw: &Framework, persist: bool) -> Earlier {
    let key = history_key(&fw.id);
    let in_page = IN_PAGE.with(|m| m.borrow().get(&key).cloned());
    if let Some(h) = in_page.and_then(|text| history::decode(&text, fw).ok()) {
        return Earlier::new(h, None);
    }
    let Some(s) = persist.then(storage::local).and_then(Result::ok) else { return Earlier::default() };
    let Ok(Some(text)) = storage::get(&s, &key) else { return Earlier::default() };
    match history::decode(&text, fw) {
        Ok(h) => Earlier::new(h, None),
        Err(reason) => {
            let stamp = js_sys::Date::now() as u64;
            if storage::set(&s, &history_set_aside_key(&fw.id, stamp), &text).is_ok() {
                let _ = storage::remove(&s, &key);
            }
            Earlier::new(History::default(), Some(Outcome::SetAside(set_aside_message(reason))))
        }
    }
}

/// Keeps `history` in the page, and on the device when `persist` is set; an empty history is
/// removed rather than written.
pub fn keep(fw: &Framework, persist: bool, history: &History) {
    let key = history_key(&fw.id);
    let text = (!history.checks().is_empty()).then(|| history::encode(fw, history));
    IN_PAGE.with(|m| match &text {
        Some(t) => m.borrow_mut().insert(key.clone(), t.clone()),
        None => m.borrow_mut().remove(&key),
    });
    let Some(s) = persist.then(storage::local).and_then(Result::ok) else { return };
    let _ = match text {
        Some(t) => storage::set(&s, &key, &t),
        None => storage::remove(&s, &key),
    };
}
