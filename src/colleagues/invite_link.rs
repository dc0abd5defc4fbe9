//! "Ask colleagues for their view": an optional first name, and the invitation link made from
//! this page's own address, to copy or email. The link carries no answer.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::services::colleagues_store;
use crate::services::share;
use crate::ui::heading::Heading;
use crate::ui::status::StatusMessage;
use crate::ui::text;
use lsc_core::colleagues::invite::{clean_name, Invite};
use lsc_core::self_check::questionnaire::Mode;

#[derive(Properties, PartialEq)]
pub struct InviteLinkProps {
    pub mode: Mode,
}

#[function_component]
pub fn InviteLink(props: &InviteLinkProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let InviteLinkProps { mode } = props;
    let name = use_state(String::new);
    let status = use_state(|| "");
    let cleaned = clean_name(&name);
    let refused = !name.trim().is_empty() && cleaned.is_none();
    let link = colleagues_store::link(&Invite { framework: doc.id.clone(), mode: *mode, name: cleaned });
    let oninput = {
        let (name, status) = (name.clone(), status.clone());
        Callback::from(move |e: InputEvent| {
            name.set(e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
            status.set("");
        })
    };
    let on_copy = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if share::copy(&link).await { text::LINK_COPIED } else { text::COPY_FAILED });
            });
        })
    };
    let mail = colleagues_store::mailto(text::LINK_EMAIL_SUBJECT, &text::link_email(&link));
    let described = if refused { "lsc-name-hint lsc-name-error" } else { "lsc-name-hint" };
    html! {
        <>
            <Heading>{ text::ASK_TITLE }</Heading>
            <p>{ text::ASK_INTRO }</p>
            <div class="lsc-field" data-error={refused.then_some("true")}>
                <label class="lsc-label" for="lsc-invite-name">{ text::NAME_LABEL }</label>
                <p id="lsc-name-hint" class="lsc-small">{ text::NAME_HINT }</p>
                if refused {
                    <p id="lsc-name-error" class="lsc-error-message">
                        <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ text::NAME_ERROR }
                    </p>
                }
                <input id="lsc-invite-name" class="lsc-input" type="text" autocomplete="given-name" spellcheck="false"
                    aria-describedby={described} value={(*name).clone()} {oninput} />
            </div>
            if !refused {
                <label class="lsc-label" for="lsc-invite-link">{ text::LINK_LABEL }</label>
                <input id="lsc-invite-link" class="lsc-input" type="text" readonly=true value={link} />
                <div class="lsc-actions">
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={on_copy}>{ text::LINK_COPY }</button>
                    <a class="lsc-button lsc-button--secondary" href={mail}>{ text::LINK_EMAIL }</a>
                </div>
                // Not .lsc-status: that one reports on the results themselves (copied, downloaded).
                <StatusMessage class="lsc-small" message={*status} />
            }
        </>
    }
}
