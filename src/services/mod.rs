//! The browser's services: storage, kept progress, history and colleagues' codes, events for the
//! host page, and copy, download and print. Views never call these to write: effects do.

pub mod colleagues_store;
pub mod events;
pub mod history_store;
pub mod kept;
pub mod progress;
pub mod share;
pub mod storage;

/// The browser's window. None natively: the prerender renders the first screens at build time
/// with no browser, so nothing is kept or read there.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
