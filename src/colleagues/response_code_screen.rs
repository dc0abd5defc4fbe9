//! The end of a colleague's response: their code, to copy or email back. The code is shown as
//! text too, so it can be selected by hand where copying is refused.

use yew::prelude::*;

use crate::ui::ids;

use crate::services::colleagues_store;
use crate::services::share;
use crate::ui::heading::Heading;
use crate::ui::status::StatusMessage;
use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct ResponseCodeScreenProps {
    pub code: AttrValue,
    /// The visitor's first name, if the invitation gave one.
    pub name: Option<AttrValue>,
    pub on_back: Callback<MouseEvent>,
    pub on_done: Callback<MouseEvent>,
}

#[function_component]
pub fn ResponseCodeScreen(props: &ResponseCodeScreenProps) -> Html {
    let ResponseCodeScreenProps { code, name, on_back, on_done } = props;
    let status = use_state(|| "");
    let on_copy = {
        let (status, code) = (status.clone(), code.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, code) = (status.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if share::copy(&code).await { text::CODE_COPIED } else { text::COPY_FAILED });
            });
        })
    };
    let mail = colleagues_store::mailto(text::CODE_EMAIL_SUBJECT, &text::code_email(code));
    html! {
        <section class="lsc-results" aria-labelledby={ids::RESULTS_HEADING}>
            <Heading id={ids::RESULTS_HEADING} focusable=true>{ text::CODE_TITLE }</Heading>
            <p id="lsc-code-help">{ text::send_code(name.as_deref()) }</p>
            <p class="lsc-code" id="lsc-response-code" aria-describedby="lsc-code-help">{ code.clone() }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={on_copy}>{ text::CODE_COPY }</button>
                <a class="lsc-button lsc-button--secondary" href={mail}>{ text::CODE_EMAIL }</a>
            </div>
            <StatusMessage class="lsc-status" message={*status} />
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--secondary" onclick={on_back.clone()}>{ text::CHANGE_ANSWERS }</button>
                <button type="button" class="lsc-button lsc-button--secondary" onclick={on_done.clone()}>{ text::CODE_DONE }</button>
            </div>
        </section>
    }
}
