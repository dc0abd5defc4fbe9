//! "Delete my answers?", saying what is deleted: the earlier checks and the colleagues' response
//! codes kept for this framework. In a later module (with "Check your answers"): counting the
//! kept codes reads them, which no first screen needs.

use yew::prelude::*;

use crate::app::context::{use_level, use_widget, WidgetContext};
use crate::app::Doc;
use crate::services::colleagues_store;
use crate::ui::confirm::{confirm, Confirmation};
use crate::ui::{ids, text};
use lsc_core::colleagues::views::Views;
use lsc_core::self_check::questionnaire::Mode;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    /// How many earlier checks are kept.
    pub checks: usize,
    pub on_yes: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

/// How many colleagues' response codes are kept for this framework, in both modes.
fn codes_kept(doc: &Doc, persist: bool) -> usize {
    Mode::ALL
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
    let level = use_level();
    let Some(WidgetContext { doc, persist, .. }) = use_widget() else { return Html::default() };
    let ConfirmDeleteProps { checks, on_yes, on_cancel } = props;
    confirm(Confirmation {
        id: ids::CONFIRM_HEADING,
        level,
        title: text::CONFIRM_DELETE_TITLE.into(),
        body: text::confirm_delete_body(*checks, codes_kept(&doc, persist)).into(),
        yes: text::CONFIRM_DELETE_YES,
        on_yes: on_yes.clone(),
        on_cancel: on_cancel.clone(),
    })
}
