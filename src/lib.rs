//! leadership-self-check: an embeddable, client-side widget for the framework
//! "Leadership for empowered and healthy communities".
//!
//! The pure core (the document, the self-check's state machine, scoring, kept data, options) is
//! the `lsc-core` crate in `core/`, tested natively. This crate is the Wasm widget over it, one
//! folder per feature:
//!
//! - `app`: the JavaScript entry points (`mount`), the root component, the widget's state and
//!   the context every view reads;
//! - `explorer`, `self_check`, `results`, `history`, `colleagues`: each feature's views and hooks,
//!   with their styles beside them;
//! - `ui`: interface pieces every feature uses (heading, notice, confirmation, error summary,
//!   focus, the widget's words);
//! - `split`: the views whose code is in later Wasm modules, loaded when first needed;
//! - `services`: the browser's services (storage and kept data, events for the host page, copy,
//!   download and print), which the views never call to write.
//!
//! Natively (feature `ssr`) the same components render each view's first screen to HTML at build
//! time: `src/bin/prerender.rs` with `app/prerender.rs`, which compiles these modules itself.

mod app;
mod colleagues;
mod explorer;
mod history;
mod results;
mod self_check;
mod services;
mod split;
mod ui;

// Talc instead of Rust's default Wasm allocator (dlmalloc): smaller in the first download.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
