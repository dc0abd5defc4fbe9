//! The browser side of the kept-data layer (`lsc_core::kept` is the core's): the one page-memory
//! store every kind of kept data uses (`page`), and the one change broadcast (`broadcast`) that
//! tells the page's other widgets, and other tabs through the browser's `storage` event, that a
//! key was written or removed. The stores (`progress`, `history_store`, `colleagues_store`) keep
//! their documents through these; only `app::effects` calls the stores to write.

pub mod broadcast;
pub mod page;
