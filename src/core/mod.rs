//! The pure core: no DOM, no Yew. Everything here is tested natively by `cargo test`.

pub mod crossref;
pub mod json;
pub mod load;
pub mod model;
