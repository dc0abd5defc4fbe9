//! "Ask colleagues for their view": an optional first name, and the invitation link made from
//! this page's own address, to copy or email. The link carries no answer.

use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::context::{use_level, use_widget, WidgetContext};

use crate::services::colleagues_store;
use crate::services::share;
use crate::ui::heading::heading;
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::colleagues::invite::{clean_name, Invite};
use lsc_core::self_check::questionnaire::Mode;

#[derive(Properties, PartialEq)]
pub struct InviteLinkProps {
    pub mode: Mode,
}

#[function_component]
pub fn InviteLink(props: &InviteLinkProps) -> Html {
    let level = use_level();
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let InviteLinkProps { mode } = props;
    let name = use_state(String::new);
    let collector = use_state(String::new);
    let status = use_state(|| "");
    let (cleaned, collector_cleaned) = (clean_name(&name), clean_name(&collector));
    let refused = !name.trim().is_empty() && cleaned.is_none();
    let collector_refused = !collector.trim().is_empty() && collector_cleaned.is_none();
    let invite =
        Invite { framework: doc.id.clone(), mode: *mode, name: cleaned, collector: collector_cleaned };
    let link = colleagues_store::link(&invite);
    let typed = |field: &UseStateHandle<String>| {
        let (field, status) = (field.clone(), status.clone());
        Callback::from(move |e: InputEvent| {
            field.set(e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
            status.set("");
        })
    };
    let oninput = typed(&name);
    let on_copy = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            spawn_local(async move {
                status.set(if share::copy(&link).await { text::LINK_COPIED } else { text::COPY_FAILED });
            });
        })
    };
    let mail = colleagues_store::mailto(text::LINK_EMAIL_SUBJECT, &text::link_email(&link));
    let described = if refused { "lsc-name-hint lsc-name-error" } else { "lsc-name-hint" };
    let collector_described =
        if collector_refused { "lsc-collector-hint lsc-collector-error" } else { "lsc-collector-hint" };
    let collect = invite.collector.as_deref().map(|who| {
        let collect_link = colleagues_store::collect_link(&invite);
        let mail = colleagues_store::mailto(text::COLLECT_LINK_SUBJECT, &text::collect_email(&collect_link));
        html! {
            <>
                <label class="lsc-label" for="lsc-collect-link">{ text::collect_link_label(who) }</label>
                <p id="lsc-collect-link-hint" class="lsc-small">{ text::COLLECT_LINK_HINT }</p>
                <input id="lsc-collect-link" class="lsc-input" type="text" readonly=true value={collect_link}
                    aria-describedby="lsc-collect-link-hint" />
                <div class="lsc-actions">
                    <a class="lsc-button lsc-button--secondary" href={mail}>{ text::COLLECT_LINK_EMAIL }</a>
                </div>
            </>
        }
    });
    html! {
        <>
            { heading(level, text::ASK_TITLE) }
            <p>{ text::ASK_INTRO }</p>
            <div class="lsc-field" data-error={refused.then_some("true")}>
                <label class="lsc-label" for="lsc-invite-name">{ text::NAME_LABEL }</label>
                <p id="lsc-name-hint" class="lsc-small">{ text::NAME_HINT }</p>
                if refused {
                    <p id="lsc-name-error" class="lsc-error-message">
                        <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ text::name_error() }
                    </p>
                }
                <input id="lsc-invite-name" class="lsc-input" type="text" autocomplete="given-name" spellcheck="false"
                    aria-describedby={described} value={(*name).clone()} {oninput} />
            </div>
            <div class="lsc-field" data-error={collector_refused.then_some("true")}>
                <label class="lsc-label" for="lsc-invite-collector">{ text::COLLECTOR_LABEL }</label>
                <p id="lsc-collector-hint" class="lsc-small">{ text::COLLECTOR_HINT }</p>
                if collector_refused {
                    <p id="lsc-collector-error" class="lsc-error-message">
                        <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ text::name_error() }
                    </p>
                }
                <input id="lsc-invite-collector" class="lsc-input" type="text" autocomplete="off" spellcheck="false"
                    aria-describedby={collector_described} value={(*collector).clone()} oninput={typed(&collector)} />
            </div>
            if !refused && !collector_refused {
                <label class="lsc-label" for="lsc-invite-link">{ text::LINK_LABEL }</label>
                <input id="lsc-invite-link" class="lsc-input" type="text" readonly=true value={link} />
                <div class="lsc-actions">
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={on_copy}>{ text::LINK_COPY }</button>
                    <a class="lsc-button lsc-button--secondary" href={mail}>{ text::LINK_EMAIL }</a>
                </div>
                // Not .lsc-status: that one reports on the results themselves (copied, downloaded).
                { status_message("lsc-small", None, *status) }
                { for collect }
            }
        </>
    }
}
