//! The framework document: its model, how a text becomes one (or a message saying why not), and,
//! natively, the JSON Schema partners validate their own documents against.

pub mod codec;
pub mod error;
pub mod json_syntax;
pub mod load;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
