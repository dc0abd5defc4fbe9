//! "Your earlier checks" in a Yew reducer, restored from the page or the device, and the hook
//! that carries out what it asks for: keep the history, move focus.

use yew::prelude::*;

use crate::app::machine::Reducer;
use crate::app::Doc;
use crate::services::history_store;
use crate::ui::focus::focus_in;
use lsc_core::history::earlier::{Earlier, EarlierEffect, EarlierFocus};

fn focus_id(focus: EarlierFocus) -> &'static str {
    match focus {
        EarlierFocus::Opened => "lsc-results-heading",
        EarlierFocus::Section => "lsc-earlier-heading",
        EarlierFocus::Confirm => "lsc-earlier-confirm",
        EarlierFocus::Problem => "lsc-file-errors",
    }
}

#[hook]
pub fn use_earlier(doc: Doc, persist: bool, root: NodeRef) -> UseReducerHandle<Reducer<Earlier>> {
    let state = use_reducer({
        let doc = doc.clone();
        move || Reducer::new(history_store::restore(&doc, persist))
    });
    use_effect_with(state.clone(), move |state| {
        for effect in state.take_effects() {
            match effect {
                EarlierEffect::Save(history) => history_store::keep(&doc, persist, &history),
                EarlierEffect::Focus(f) => focus_in(&root, focus_id(f)),
            }
        }
    });
    state
}
