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
    let earlier = use_reducer(move || Reducer::new(history_store::restore(&doc, persist)));
    {
        // Another tab or widget wrote the history: merged in, so every one shows all checks.
        let (doc, dispatcher) = (ctx.doc.clone(), earlier.dispatcher());
        use_effect_with((), move |_| {
            let listeners = history_store::listen(doc.0.clone(), move |a| dispatcher.dispatch(a));
            move || drop(listeners)
        });
    }
    earlier
}
