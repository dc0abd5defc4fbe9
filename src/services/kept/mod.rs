//! The browser side of the kept-data layer (`lsc_core::kept` is the core's): the one page-memory
//! store every kind of kept data uses (`page`), and the one change broadcast (`broadcast`) that
//! tells the page's other widgets, and other tabs through the browser's `storage` event, that a
//! key was written or removed. The stores (`progress`, `history_store`, `colleagues_store`) keep
//! their documents through these; only `app::effects` calls the stores to write.

pub mod broadcast;
pub mod page;

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
