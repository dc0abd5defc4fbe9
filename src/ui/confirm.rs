//! A confirmation before something is deleted or cleared, written once: shown in place of what it
//! asks about, focus moved to its heading (by `id`), the destructive button first and Cancel
//! returning focus to where it was.

use yew::prelude::*;

use crate::ui::heading::Heading;
use crate::ui::text;

/// A confirmation's words, where focus goes, and what each button does.
pub struct Confirmation {
    /// The heading's id, where focus moves when it appears.
    pub id: &'static str,
    /// The heading's outline level.
    pub level: u8,
    pub title: AttrValue,
    pub body: AttrValue,
    /// The destructive button's words.
    pub yes: &'static str,
    pub on_yes: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

pub fn confirm(c: Confirmation) -> Html {
    html! {
        <div class="lsc-confirm" role="group" aria-labelledby={c.id}>
            { Heading { level: c.level, id: Some(c.id.into()), focusable: true, ..Heading::default() }.holding(c.title.into()) }
            <p>{ c.body }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--warning" onclick={c.on_yes}>{ c.yes }</button>
                <button type="button" class="lsc-button lsc-button--secondary" onclick={c.on_cancel}>{ text::CANCEL }</button>
            </div>
        </div>
    }
}
