//! GOV.UK's error summary, written once: a titled box listing each problem as a link to the field
//! that has it. Focus moves to the box when it appears (the effects do that, by its `id`); each
//! link moves focus to its field, as fragment links cannot reach into the shadow root.

use web_sys::Element;
use yew::prelude::*;

use crate::ui::focus::focus_by_id;
use crate::ui::heading::Heading;
use crate::ui::text;

/// The error summary with the box's `id` (where focus moves when it appears), its heading at
/// `level`, and each problem: the id of the field that has
/// it, and its message.
pub fn error_summary(id: &'static str, level: u8, errors: &[(AttrValue, AttrValue)]) -> Html {
    let title = format!("{id}-title");
    // An alert, as GOV.UK's: when it appears its heading and every problem in it are spoken
    // (focus alone gave only its name, "There is a problem"). Named by its heading.
    html! {
        <div {id} class="lsc-error-summary" role="alert" tabindex="-1" aria-labelledby={title.clone()}>
            { Heading { level, id: Some(title.into()), class: Some("lsc-error-summary__title"), ..Heading::default() }.holding(text::ERROR_TITLE.into()) }
            <ul class="lsc-error-summary__list" role="list">
                for (field, message) in errors {
                    <li><a href={format!("#{field}")} onclick={focus(field.clone())}>{ message.clone() }</a></li>
                }
            </ul>
        </div>
    }
}

fn focus(field: AttrValue) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(from) = e.target_dyn_into::<Element>() {
            focus_by_id(&from, &field);
        }
    })
}
