//! The split points for moving checks to another device: making the file of everything kept
//! here, and reading one chosen, in a later Wasm module of their own. The first screen shows the
//! two buttons; few visitors press them.

// The macro's expansion declares the module's import and export, which Rust calls unsafe.
#![allow(unsafe_code)]

use wasm_split_helpers::wasm_split;

use crate::app::Doc;
use crate::services::share;
use crate::split::NotLoaded;
use lsc_core::history::dates::Day;
use lsc_core::history::transfer::{self, FileProblem, Moved};
use lsc_core::history::History;
use lsc_core::self_check::state::Progress;

/// "Download everything as a file": the file made from all that is kept here, and downloaded
/// (false where the page or browser does not allow downloads).
#[wasm_split(transfer, fallible, preload(preload_transfer))]
pub fn download_everything(
    doc: Doc,
    today: Day,
    history: History,
    quick: Option<Progress>,
    full: Option<Progress>,
) -> Result<bool, NotLoaded> {
    let file = transfer::export(&doc, today, &history, quick.as_ref(), full.as_ref());
    Ok(share::download(&format!("leadership-self-check-everything-{}.json", today.iso()), &file).is_ok())
}

/// A file from another device, read against this framework.
#[wasm_split(transfer, fallible)]
pub fn read_moved(text: String, doc: Doc) -> Result<Result<Moved, FileProblem>, NotLoaded> {
    Ok(transfer::read(&text, &doc))
}
