//! Keeping the history of completed checks: in this page's memory always (so that a widget
//! mounted again, or `persist="none"`, keeps it for the visit), and in the browser's storage
//! when `persist` is set. Every write reads what is stored now and merges (`History::merged`),
//! never writing back an older copy, and is announced to the page's other widgets and (by the
//! browser's `storage` event) to other tabs. A stored history that cannot be used is set aside
//! by the one policy (`kept::set_aside`), never lost.

use std::rc::Rc;

use gloo_events::EventListener;

use crate::services::kept::broadcast::{self, announce};
use crate::services::kept::{self, page};
use crate::services::storage;
use lsc_core::framework::model::Framework;
use lsc_core::history::dates::Day;
use lsc_core::history::earlier::{Earlier, EarlierAction, Outcome};
use lsc_core::history::{self, set_aside_message, History};
use lsc_core::kept::keys::Kept;

/// The time in milliseconds and the visitor's own day (not UTC's), from the browser's clock.
pub fn now() -> (u64, Day) {
    let epoch = Day { year: 1970, month: 1, day: 1 };
    // The prerender has no visitor's clock, and its first screens show no dated check.
    if !cfg!(target_arch = "wasm32") {
        return (0, epoch);
    }
    let now = js_sys::Date::new_0();
    let part = |n: u32| u8::try_from(n).unwrap_or(1);
    let day = Day::new(
        u16::try_from(now.get_full_year()).unwrap_or(1),
        part(now.get_month() + 1),
        part(now.get_date()),
    );
    (now.get_time() as u64, day.unwrap_or(epoch))
}

fn in_page(fw: &Framework) -> History {
    let key = Kept::History.key(&fw.id);
    page::text(&key).and_then(|text| history::decode(&text, fw).ok()).unwrap_or_default()
}

/// The history this page or device holds for this framework, with what to tell the visitor.
pub fn restore(fw: &Framework, persist: bool) -> Earlier {
    let here = in_page(fw);
    let Some(s) = persist.then(storage::local).and_then(Result::ok) else { return Earlier::new(here, None) };
    let key = Kept::History.key(&fw.id);
    let Ok(Some(text)) = storage::get(&s, &key) else { return Earlier::new(here, None) };
    match history::decode(&text, fw) {
        Ok(h) => Earlier::new(here.merged(&h), None),
        Err(reason) => {
            let _ = kept::set_aside(&s, Kept::History, &fw.id, &text);
            Earlier::new(here, Some(Outcome::SetAside(set_aside_message(reason))))
        }
    }
}

/// Keeps `history` merged with what the page, and the device when `persist` is set, hold now;
/// returns what is kept now, or None if the browser refused the write (or holds a history this
/// release cannot read and could not set aside, which is then not overwritten).
pub fn keep(fw: &Framework, persist: bool, history: &History) -> Option<History> {
    let key = Kept::History.key(&fw.id);
    let mut merged = in_page(fw).merged(history);
    let text =
        |h: &History| (!h.checks().is_empty() || !h.deleted().is_empty()).then(|| history::encode(fw, h));
    let keep_in_page = |h: &History| page::keep(&key, text(h).as_deref());
    keep_in_page(&merged);
    let Some(s) = persist.then(storage::local).and_then(Result::ok) else { return Some(merged) };
    if let Some(stored) = storage::get(&s, &key).ok()? {
        merged = merged.merged(&history::decode(&stored, fw).ok()?);
        keep_in_page(&merged);
    }
    let written = match text(&merged) {
        Some(t) => storage::set(&s, &key, &t).map(|()| Some(t)),
        None => storage::remove(&s, &key).map(|()| None),
    };
    let written = written.ok()?;
    announce(0, &key, written.as_deref());
    Some(merged)
}

/// Hears another tab (the `storage` event) or another widget of this page write or remove the
/// history, and hands `dispatch` what is stored now, or `Cleared` when it was removed ("Delete
/// my answers"; the page's copy is forgotten by `kept::follow_removals`).
pub fn listen(fw: Rc<Framework>, dispatch: impl Fn(EarlierAction) + 'static) -> Option<[EventListener; 2]> {
    broadcast::listen(Kept::History.key(&fw.id), None, move |value| {
        match value.map(|t| history::decode(&t, &fw)) {
            None => dispatch(EarlierAction::Cleared),
            Some(Ok(h)) => dispatch(EarlierAction::Stored(h)),
            Some(Err(_)) => {}
        }
    })
}
