//! leadership-self-check: an embeddable, client-side widget for the framework
//! "Leadership for empowered and healthy communities".
//!
//! `core` is plain Rust (model, loading, cross-references) tested natively; the Yew views and the
//! JavaScript entry points only exist in the Wasm build.

pub mod core;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod entry;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod text;
