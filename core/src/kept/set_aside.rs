//! The one policy for kept data this release cannot read (damaged, from another release, about
//! statements that have changed): it is never used in part and never overwritten. A copy goes
//! to its kind's `set_aside_key` first; only once the copy is written is the original removed.
//! If the copy cannot be written, the original stays where it is and this visit writes nothing
//! over it. The visitor is told either way.

use crate::kept::keys::Kept;

/// What the browser must do with an unreadable value, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAsidePlan {
    /// Write the value here first…
    pub copy_to: String,
    /// …then, only if that worked, remove it from here.
    pub remove: String,
}

/// Where the value of `kind` that could not be read goes, on the occasion `stamp`.
pub fn plan(kind: Kept, framework_id: &str, stamp: u64) -> SetAsidePlan {
    SetAsidePlan { copy_to: kind.set_aside_key(framework_id, stamp), remove: kind.key(framework_id) }
}
