//! A code to send on: the end of a colleague's response (their code, to the visitor or the
//! collector), or the collector's combined code (to the visitor); to copy or email. The code is
//! shown as text too, so it can be selected by hand where copying is refused.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::use_level;
use crate::services::colleagues_store;
use crate::services::share;
use crate::ui::heading::Heading;
use crate::ui::status::status_message;
use crate::ui::text;

#[derive(Properties, PartialEq)]
pub struct ResponseCodeScreenProps {
    pub title: AttrValue,
    pub code: AttrValue,
    /// Whom to send it to, and what they can see.
    pub help: AttrValue,
    /// The email's subject and body.
    pub subject: AttrValue,
    pub email: AttrValue,
    /// "Change my answers", where there are answers to change.
    #[prop_or_default]
    pub on_back: Option<Callback<MouseEvent>>,
    pub on_done: Callback<MouseEvent>,
    pub done: AttrValue,
}

#[function_component]
pub fn ResponseCodeScreen(props: &ResponseCodeScreenProps) -> Html {
    let level = use_level();
    let ResponseCodeScreenProps { title, code, help, subject, email, on_back, on_done, done } = props;
    let status = use_state(|| "");
    let on_copy = {
        let (status, code) = (status.clone(), code.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, code) = (status.clone(), code.clone());
            spawn_local(async move {
                status.set(if share::copy(&code).await { text::CODE_COPIED } else { text::COPY_FAILED });
            });
        })
    };
    let mail = colleagues_store::mailto(subject, email);
    html! {
        <section class="lsc-results" aria-labelledby={ids::RESULTS_HEADING}>
            { Heading { level, id: Some(ids::RESULTS_HEADING.into()), focusable: true, ..Heading::default() }.holding(title.clone().into()) }
            <p id="lsc-code-help">{ help.clone() }</p>
            <p class="lsc-code" id="lsc-response-code" aria-describedby="lsc-code-help">{ code.clone() }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={on_copy}>{ text::CODE_COPY }</button>
                <a class="lsc-button lsc-button--secondary" href={mail}>{ text::CODE_EMAIL }</a>
            </div>
            { status_message("lsc-status", None, *status) }
            <div class="lsc-actions">
                if let Some(on_back) = on_back {
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={on_back.clone()}>{ text::CHANGE_ANSWERS }</button>
                }
                <button type="button" class="lsc-button lsc-button--secondary" onclick={on_done.clone()}>{ done.clone() }</button>
            </div>
        </section>
    }
}
