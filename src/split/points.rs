//! The split points of the views and of the partner's document reader: each function here is
//! the way into a later Wasm module, named by its first argument to `wasm_split` (`scripts/build`
//! splits the Wasm at them). A view goes in a later module when the first screen never shows it,
//! and so does the reader of partners' own documents, which most pages never need. (Moving
//! checks to another device has its own, in `transfer`, which imports no view.)

// The macro's expansion declares the module's import and export, which Rust calls unsafe.
#![allow(unsafe_code)]

use wasm_split_helpers::wasm_split;
use yew::prelude::*;

use crate::colleagues::arrival::{ArrivalProps, ArrivalView};
use crate::history::earlier_check::{EarlierCheck, EarlierCheckProps};
use crate::results::{Results, ResultsProps};
use crate::self_check::check_answers::{CheckAnswers, CheckAnswersProps};
use crate::self_check::confirm_delete::{ConfirmDelete, ConfirmDeleteProps};
use crate::split::transfer::preload_transfer;
use crate::split::{LaterView, Loading, NotLoaded, View};
use lsc_core::framework::load::load_framework;
use lsc_core::framework::model::Framework;

/// A partner's framework document (`framework-src`) read with every check, and the message for
/// the partner when it cannot be used: needed only by pages that give one (`app::mount`).
#[wasm_split(reader, fallible)]
pub fn read_partner(text: String) -> Result<Result<Framework, String>, NotLoaded> {
    Ok(load_framework(&text).map_err(|e| e.widget_message()))
}

// Each view's props are cloned into the component: Yew keeps them, the module only gives `html!`.
fn results_view(p: &ResultsProps) -> Html {
    html! { <Results check={p.check.clone()} dispatch={p.dispatch.clone()} compared={p.compared.clone()} /> }
}

#[wasm_split(results, fallible, preload(preload_results))]
fn results() -> Result<View<ResultsProps>, NotLoaded> {
    Ok(results_view)
}

#[wasm_split(results, fallible)]
fn earlier_check() -> Result<View<EarlierCheckProps>, NotLoaded> {
    Ok(|p| html! { <EarlierCheck earlier={p.earlier.clone()} dispatch={p.dispatch.clone()} /> })
}

#[wasm_split(answers, fallible, preload(preload_answers))]
fn check_answers() -> Result<View<CheckAnswersProps>, NotLoaded> {
    Ok(
        |p| html! { <CheckAnswers check={p.check.clone()} dispatch={p.dispatch.clone()} voice={p.voice.clone()} /> },
    )
}

#[wasm_split(answers, fallible)]
fn confirm_delete() -> Result<View<ConfirmDeleteProps>, NotLoaded> {
    Ok(
        |p| html! { <ConfirmDelete checks={p.checks} on_yes={p.on_yes.clone()} on_cancel={p.on_cancel.clone()} /> },
    )
}

#[wasm_split(colleagues, fallible, preload(preload_colleagues))]
fn arrival() -> Result<View<ArrivalProps>, NotLoaded> {
    Ok(|p| html! { <ArrivalView mode={p.mode} panel={p.panel.clone()} in_tabs={p.in_tabs.clone()} /> })
}

/// Each view's properties name the split point that loads its module.
macro_rules! later_view {
    ($props:ty, $point:ident) => {
        impl LaterView for $props {
            const KEY: &'static str = stringify!($point);
            fn load() -> Loading<Self> {
                Box::pin($point())
            }
        }
    };
}

later_view!(ResultsProps, results);
later_view!(EarlierCheckProps, earlier_check);
later_view!(CheckAnswersProps, check_answers);
later_view!(ConfirmDeleteProps, confirm_delete);
later_view!(ArrivalProps, arrival);

/// Downloads every later module in the background (the loader calls it when the browser is
/// idle after the first widget is shown), so that a view is there at once when it is needed. A
/// module that fails here is tried again when its view is shown.
pub async fn prefetch() {
    let _ = preload_results().await;
    let _ = preload_answers().await;
    let _ = preload_colleagues().await;
    let _ = preload_transfer().await;
}
