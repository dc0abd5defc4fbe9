//! "Delete my answers?", saying what is deleted: the earlier checks and the colleagues' response
//! codes kept for this framework. In a later module (with "Check your answers"): counting the
//! kept codes reads them, which no first screen needs.

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};
use crate::app::send;
use crate::app::Doc;
use crate::services::colleagues_store;
use crate::ui::confirm::Confirm;
use crate::ui::{ids, text};
use lsc_core::colleagues::views::Views;
use lsc_core::self_check::questionnaire::Mode;
use lsc_core::self_check::state::Action;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    /// How many earlier checks are kept.
    pub checks: usize,
    pub dispatch: Callback<Action>,
}

/// How many colleagues' response codes are kept for this framework, in both modes.
fn codes_kept(doc: &Doc, persist: bool) -> usize {
    [Mode::Quick, Mode::Full]
        .into_iter()
        .map(|mode| {
            Views::restored(doc.0.clone(), mode, colleagues_store::peek_codes(doc, mode, persist))
                .codes()
                .count()
        })
        .sum()
}

#[function_component]
pub fn ConfirmDelete(props: &ConfirmDeleteProps) -> Html {
    let Some(WidgetContext { doc, persist, .. }) = use_widget() else { return Html::default() };
    let ConfirmDeleteProps { checks, dispatch } = props;
    html! {
        <Confirm id={ids::CONFIRM_HEADING} title={text::CONFIRM_DELETE_TITLE}
            body={text::confirm_delete_body(*checks, codes_kept(&doc, persist))} yes={text::CONFIRM_DELETE_YES}
            on_yes={send(dispatch, Action::Confirmed)} on_cancel={send(dispatch, Action::Cancel)} />
    }
}
