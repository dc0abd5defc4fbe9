//! leadership-self-check: an embeddable, client-side widget for the framework
//! "Leadership for empowered and healthy communities".
//!
//! `core` is plain Rust with no DOM (the framework document, the self-check's state machine,
//! scoring, saved state, options), tested natively; the Yew views, the JavaScript entry point and
//! the browser services (storage and saved progress, events, copy/download/print) only exist in
//! the Wasm build.

pub mod core;

#[cfg(target_arch = "wasm32")]
mod colleagues;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod entry;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod history_store;
#[cfg(target_arch = "wasm32")]
mod progress;
#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod text;
