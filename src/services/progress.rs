//! Keeping the self-check's progress on the visitor's device: reading it back when the widget
//! starts, carrying out the core's `Save`, `Remove` and `RemoveAll` effects, and hearing other
//! tabs of this browser, or other widgets of this page, save or remove it. Also keeping the
//! answers in play in the page's memory, whatever `persist` says, for a widget mounted again.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;

use crate::services::kept::broadcast::{self, announce};
use crate::services::kept::{self, page};
use crate::services::storage;
use lsc_core::framework::model::Framework;
use lsc_core::kept::keys::{prefix, Kept};
use lsc_core::self_check::questionnaire::Mode;
use lsc_core::self_check::saved;
use lsc_core::self_check::state::{Action, Effect, Notice, Progress, Restored, Saving};

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
    // The prerender, with no browser, shows the first screen of a visitor with nothing kept.
    if !cfg!(target_arch = "wasm32") {
        return found;
    }
    let key = Kept::Progress(mode).key(&fw.id);
    match storage::local().and_then(|s| Ok((storage::get(&s, &key)?, s))) {
        Err(()) => {
            found.saving = Saving::Blocked;
            found.notice = Some(Notice::NotKept);
        }
        Ok((None, _)) => {}
        Ok((Some(text), s)) => match saved::decode(&text, fw, mode) {
            Ok(progress) => found.progress = Some(progress),
            Err(reason) => {
                if !kept::set_aside(&s, Kept::Progress(mode), &fw.id, &text) {
                    found.saving = Saving::Blocked;
                }
                found.notice = Some(Notice::SetAside(reason.message().to_string()));
            }
        },
    }
    found
}

thread_local! {
    static SOURCES: Cell<u32> = const { Cell::new(0) };
}

/// The answers this page holds for this framework and mode, if they fit this document (another
/// document may have the same id).
pub fn in_page(fw: &Framework, mode: Mode) -> Option<Progress> {
    let key = Kept::Progress(mode).key(&fw.id);
    page::text(&key).and_then(|text| saved::decode(&text, fw, mode).ok())
}

/// Keeps `progress` for `in_page`, or forgets it when None.
pub fn keep_in_page(fw: &Framework, mode: Mode, progress: Option<&Progress>) {
    let key = Kept::Progress(mode).key(&fw.id);
    page::keep(&key, progress.map(|p| saved::encode(fw, mode, p)).as_deref());
}

/// A number for one widget's self-check, unique in this page, for `store` and `listen`.
pub fn new_source() -> u32 {
    SOURCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// Carries out a storage effect, and returns what the core must hear about how it went: whether
/// a save worked (so that the visitor is told when saving starts failing or works again), or
/// that the browser refused to remove the saved answers. `source` is the widget's `new_source`.
pub fn store(fw: &Framework, mode: Mode, source: u32, effect: &Effect) -> Option<Action> {
    if *effect == Effect::RemoveAll {
        page::forget_prefix(&prefix(&fw.id));
    }
    let key = Kept::Progress(mode).key(&fw.id);
    let s = storage::local().ok()?;
    match effect {
        Effect::Save(p) => {
            let text = saved::encode(fw, mode, p);
            let ok = storage::set(&s, &key, &text).is_ok();
            if ok {
                announce(source, &key, Some(&text));
            }
            Some(Action::Saved(ok))
        }
        Effect::Remove => removed(source, storage::remove(&s, &key).map(|()| vec![key])),
        // Everything this widget wrote for the framework, in both modes, set-aside copies included.
        Effect::RemoveAll => removed(source, storage::remove_prefix(&s, &prefix(&fw.id))),
        Effect::Focus(_) | Effect::Completed => None,
    }
}

/// Announces the removed keys, or has the visitor told that the browser refused.
fn removed(source: u32, keys: Result<Vec<String>, ()>) -> Option<Action> {
    let Ok(keys) = keys else { return Some(Action::Notice(Notice::NotDeleted)) };
    for key in &keys {
        announce(source, key, None);
    }
    None
}

/// Hears another tab or window of this browser (the `storage` event), or another widget of this
/// page (`SAME_PAGE_EVENT`), save this check and hands it to `dispatch` as `Action::Elsewhere`,
/// or its removal as `Action::DeletedElsewhere`. A value this page cannot use (another release's
/// format) is left alone: setting it aside is for the page that loads it, and this page's next
/// save wins anyway. A `clear()` of the whole storage by a page script is not reported. Listens
/// until the returned listeners are dropped.
pub fn listen(
    fw: Rc<Framework>,
    mode: Mode,
    source: u32,
    dispatch: impl Fn(Action) + 'static,
) -> Option<[EventListener; 2]> {
    broadcast::listen(Kept::Progress(mode).key(&fw.id), Some(source), move |value| match value {
        None => dispatch(Action::DeletedElsewhere),
        Some(text) => {
            if let Ok(p) = saved::decode(&text, &fw, mode) {
                dispatch(Action::Elsewhere(p));
            }
        }
    })
}

/// The answers kept for this mode, in the page or (with `persist`) on the device, without
/// setting anything aside: for the file that moves everything to another device.
pub fn peek(fw: &Framework, mode: Mode, persist: bool) -> Option<Progress> {
    in_page(fw, mode).or_else(|| stored(fw, mode, persist))
}

/// The answers kept on the device for this mode (with `persist`), whichever tab saved them last.
pub fn stored(fw: &Framework, mode: Mode, persist: bool) -> Option<Progress> {
    let s = storage::local().ok().filter(|_| persist)?;
    storage::get(&s, &Kept::Progress(mode).key(&fw.id))
        .ok()
        .flatten()
        .and_then(|t| saved::decode(&t, fw, mode).ok())
}

/// Keeps answers from another device for a mode this widget is not showing, as if saved there.
pub fn put(fw: &Framework, mode: Mode, persist: bool, p: &Progress) {
    keep_in_page(fw, mode, Some(p));
    if let Some(s) = storage::local().ok().filter(|_| persist) {
        let _ = storage::set(&s, &Kept::Progress(mode).key(&fw.id), &saved::encode(fw, mode, p));
    }
}
