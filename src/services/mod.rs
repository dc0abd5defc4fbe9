//! The browser's services: storage, kept progress, history and colleagues' codes, events for the
//! host page, and copy, download and print. Views never call these to write: effects do.

pub mod colleagues_store;
pub mod events;
pub mod history_store;
pub mod kept;
pub mod progress;
pub mod share;
pub mod storage;
