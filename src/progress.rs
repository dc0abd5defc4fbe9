//! Keeping the self-check's progress on the visitor's device: reading it back when the widget
//! starts, carrying out the core's `Save`, `Remove` and `RemoveAll` effects, and hearing other
//! tabs of this browser save or remove it.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;

use crate::core::model::Framework;
use crate::core::questionnaire::Mode;
use crate::core::saved::{self, framework_prefix, set_aside_key, storage_key};
use crate::core::state::{Action, Effect, Notice, Restored, Saving};
use crate::storage;

/// Reads what this device kept for this framework and mode. Unusable data is moved to a
/// set-aside key and the visitor is told; if it cannot be moved, storage is left alone for the
/// rest of the visit so that it is not overwritten. Blocked storage means answers live in the
/// page only. `persist` false reads nothing.
pub fn restore(fw: &Framework, mode: Mode, persist: bool) -> Restored {
    let mut found = Restored { saving: Saving::Off, progress: None, notice: None };
    if !persist {
        return found;
    }
    found.saving = Saving::On;
    let key = storage_key(&fw.id, mode);
    match storage::local().and_then(|s| Ok((storage::get(&s, &key)?, s))) {
        Err(()) => {
            found.saving = Saving::Blocked;
            found.notice = Some(Notice::NotKept);
        }
        Ok((None, _)) => {}
        Ok((Some(text), s)) => match saved::decode(&text, fw, mode) {
            Ok(progress) => found.progress = Some(progress),
            Err(reason) => {
                let stamp = js_sys::Date::now() as u64;
                if storage::set(&s, &set_aside_key(&fw.id, mode, stamp), &text).is_ok() {
                    storage::remove(&s, &key);
                } else {
                    found.saving = Saving::Blocked;
                }
                found.notice = Some(Notice::SetAside(reason.message().to_string()));
            }
        },
    }
    found
}

/// Carries out a storage effect. Returns whether a save worked, so that the core can tell the
/// visitor when saving starts failing or works again; None for anything else.
pub fn store(fw: &Framework, mode: Mode, effect: &Effect) -> Option<bool> {
    let key = storage_key(&fw.id, mode);
    let Ok(s) = storage::local() else { return None };
    match effect {
        Effect::Save(p) => return Some(storage::set(&s, &key, &saved::encode(fw, mode, p)).is_ok()),
        Effect::Remove => storage::remove(&s, &key),
        // Everything this widget wrote for the framework, in both modes, set-aside copies included.
        Effect::RemoveAll => storage::remove_prefix(&s, &framework_prefix(&fw.id)),
        Effect::Focus(_) | Effect::Completed => {}
    }
    None
}

/// Hears another tab or window of this browser save this check (the `storage` event reaches
/// only the other tabs) and hands it to `dispatch` as `Action::Elsewhere`, or its removal as
/// `Action::DeletedElsewhere`. A value this page cannot use (another release's format) is left
/// alone: setting it aside is for the page that loads it, and this page's next save wins anyway.
/// A `clear()` of the whole storage by a page script is not reported. Listens until the
/// returned listener is dropped.
pub fn listen(fw: Rc<Framework>, mode: Mode, dispatch: impl Fn(Action) + 'static) -> Option<EventListener> {
    let key = storage_key(&fw.id, mode);
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |e| {
        let Some(e) = e.dyn_ref::<StorageEvent>() else { return };
        if e.key().as_deref() != Some(key.as_str()) {
            return;
        }
        match e.new_value() {
            None => dispatch(Action::DeletedElsewhere),
            Some(text) => {
                if let Ok(p) = saved::decode(&text, &fw, mode) {
                    dispatch(Action::Elsewhere(p));
                }
            }
        }
    }))
}
