//! "Your earlier checks" in a Yew reducer, restored from the page or the device. Its effects are
//! carried out by the widget (`app::effects::earlier`), which also holds the self-check they may
//! hand a file's answers to.

use yew::prelude::*;

use crate::app::context::WidgetContext;
use crate::app::machine::Reducer;
use crate::services::history_store;
use lsc_core::history::earlier::Earlier;

#[hook]
pub fn use_earlier(ctx: &WidgetContext) -> UseReducerHandle<Reducer<Earlier>> {
    let (doc, persist) = (ctx.doc.clone(), ctx.persist);
    use_reducer(move || Reducer::new(history_store::restore(&doc, persist)))
}
