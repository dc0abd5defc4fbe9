//! The pure core: no DOM, no Yew. Everything here is tested natively by `cargo test`.
//!
//! - `model`, `load`: the framework document and how it is read and validated; `codec`: JSON
//!   text to and from serde types (serde_json natively, the browser's JSON in the Wasm);
//!   `json_syntax`: where a JSON text breaks the grammar, when the browser does not say;
//! - `crossref`: browsing themes from another framework's headings;
//! - `questionnaire`, `state`: which statements are asked, and the self-check's state machine;
//! - `scoring`, `reading`, `report`: the results, their plain-language reading, and the text a
//!   visitor copies or downloads;
//! - `saved`: the progress kept on the visitor's device;
//! - `history`, `changes`, `dates`: completed checks kept with their day, each theme's change
//!   since the previous check, and days as visitors read them; `transfer`: the file that moves
//!   them all to another device; `earlier`: the "Your earlier checks" section's state;
//! - `options`: the embedding element's attributes;
//! - `schema` (native only): the JSON Schema generated from `model`, and the validator's report;
//! - `invite`, `response_code`, `views`, `comparison`: colleagues' views without a server: the
//!   invitation link, the code a colleague sends back, the codes a visitor adds, and the comparison;
//! - `view_state`: tabs, the explorer's open themes and chosen heading, status and focus.

pub mod changes;
pub mod codec;
pub mod comparison;
pub mod crossref;
pub mod dates;
pub mod earlier;
pub mod history;
pub mod invite;
pub mod json_syntax;
pub mod load;
pub mod map;
pub mod model;
pub mod options;
pub mod questionnaire;
pub mod reading;
pub mod report;
pub mod response_code;
pub mod saved;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod scoring;
pub mod state;
pub mod transfer;
pub mod view_state;
pub mod views;
