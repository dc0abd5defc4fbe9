//! lsc-core: the widget's pure core. No DOM, no Yew: everything here is tested natively by
//! `cargo test`, and the same code runs in the Wasm, in `build.rs`, in the validator and in the
//! fuzzer. One folder per feature, as the widget's views are laid out:
//!
//! - `framework`: the framework document (`model`), how it is read and validated (`load`,
//!   `codec`, `json_syntax`) and, natively, its JSON Schema (`schema`);
//! - `explorer`: the explorer's and tabs' state (`view_state`) and browsing themes from another
//!   framework's headings (`crossref`);
//! - `self_check`: which statements are asked (`questionnaire`), the self-check's state machine
//!   (`state`) and the progress kept on the visitor's device (`saved`);
//! - `results`: the scores (`scoring`), their plain-language reading (`reading`) and the text a
//!   visitor copies or downloads (`report`);
//! - `history`: finished checks kept with their day, each theme's change since the previous check
//!   (`changes`), days as visitors read them (`dates`), "Your earlier checks" (`earlier`) and the
//!   file that moves them to another device (`transfer`);
//! - `colleagues`: colleagues' views without a server: the invitation (`invite`), the code a
//!   colleague sends back (`response_code`), the codes a visitor adds (`views`) and the
//!   comparison (`comparison`);
//! - `kept`: everything a visitor keeps: the one registry of storage keys (`keys`), the versioned
//!   envelope of every kept document (`envelope`) and the set-aside policy (`set_aside`);
//! - `options`: the embedding element's options; `map`: the small sorted map answers are kept in.

pub mod colleagues;
pub mod explorer;
pub mod framework;
pub mod history;
pub mod kept;
pub mod map;
pub mod options;
pub mod results;
pub mod self_check;
