//! A confirmation before something is deleted or cleared, written once: shown in place of what it
//! asks about, focus moved to its heading (by `id`), the destructive button first and Cancel
//! returning focus to where it was.

use yew::prelude::*;

use crate::ui::heading::Heading;
use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The heading's id, where focus moves when it appears.
    pub id: AttrValue,
    /// The heading's depth below the current section's headings.
    #[prop_or_default]
    pub depth: u8,
    pub title: AttrValue,
    pub body: AttrValue,
    /// The destructive button's words.
    pub yes: AttrValue,
    pub on_yes: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

#[function_component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    html! {
        <div class="lsc-confirm" role="group" aria-labelledby={props.id.clone()}>
            <Heading depth={props.depth} id={props.id.clone()} focusable=true>{ props.title.clone() }</Heading>
            <p>{ props.body.clone() }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--warning" onclick={props.on_yes.clone()}>{ props.yes.clone() }</button>
                <button type="button" class="lsc-button lsc-button--secondary" onclick={props.on_cancel.clone()}>{ text::CANCEL }</button>
            </div>
        </div>
    }
}
