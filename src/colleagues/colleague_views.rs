//! Colleagues' views on the visitor's results: the comparison once there are enough codes (or
//! how many more are needed), the box to add a colleague's response code with GOV.UK's error
//! summary and message, the codes added with a way to remove each, and the invitation link.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::{use_widget, Nested};
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::app::Check;
use crate::colleagues::comparison_table::ComparisonTable;
use crate::colleagues::invite_link::InviteLink;
use crate::services::colleagues_store;
use crate::ui::error_summary::ErrorSummary;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::comparison::{compare, Comparison};
use lsc_core::colleagues::views::{Views, ViewsAction};
use lsc_core::self_check::state::Saving;

#[derive(Properties, PartialEq)]
pub struct ColleagueViewsProps {
    pub check: Check,
}

#[function_component]
pub fn ColleagueViews(props: &ColleagueViewsProps) -> Html {
    let Some(ctx) = use_widget() else { return Html::default() };
    let doc = &ctx.doc;
    let ColleagueViewsProps { check } = props;
    let mode = check.mode();
    // Codes are kept where the answers are: in the browser, or in this page only.
    let stored = matches!(check.saving(), Saving::On | Saving::Failed);
    let views = use_reducer({
        let doc = doc.clone();
        move || {
            Reducer::new(Views::restored(
                doc.0.clone(),
                mode,
                colleagues_store::kept_codes(&doc, mode, stored).as_deref(),
            ))
        }
    });
    // Whether the last save of the codes failed: said below the list, which can be copied.
    let unsaved = use_state(|| false);
    {
        let (ctx, unsaved) = (ctx.clone(), unsaved.clone());
        use_effect_with(views.clone(), move |views| {
            for effect in views.take_effects() {
                if let Some(ok) = effects::codes(&ctx, mode, stored, effect) {
                    unsaved.set(!ok);
                }
            }
        });
    }
    let v = &views.state;
    let send = |action: ViewsAction| {
        let views = views.clone();
        Callback::from(move |_: MouseEvent| views.dispatch(action.clone()))
    };
    let oninput = {
        let views = views.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            views.dispatch(ViewsAction::Edit(text));
        })
    };
    let comparison = compare(doc, check.steps(), check.answers(), &v.responses());
    let error = v.error().map(|e| e.message());
    let described = if error.is_some() { "lsc-code-hint lsc-code-error" } else { "lsc-code-hint" };
    html! {
        <section class="lsc-views" aria-labelledby="lsc-views-heading">
            <Heading id="lsc-views-heading">{ text::VIEWS_TITLE }</Heading>
            { match comparison {
                Comparison::NeedMore(n) => html! { <p>{ text::need_more(n) }</p> },
                Comparison::Ready(rows) => html! { <ComparisonTable {rows} /> },
            } }
            <div class="lsc-noprint">
                <Heading depth={1}>{ text::ADD_TITLE }</Heading>
                if let Some(message) = error {
                    <ErrorSummary id={ids::CODE_ERROR_SUMMARY} depth={2} errors={vec![(ids::CODE_INPUT.into(), message.into())]} />
                }
                <div class="lsc-field" data-error={error.map(|_| "true")}>
                    <label class="lsc-label" for={ids::CODE_INPUT}>{ text::CODE_LABEL }</label>
                    <p id="lsc-code-hint" class="lsc-small">{ text::CODE_HINT }</p>
                    if let Some(message) = error {
                        <p id="lsc-code-error" class="lsc-error-message">
                            <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ message }
                        </p>
                    }
                    <textarea id={ids::CODE_INPUT} class="lsc-textarea" rows="2" spellcheck="false" autocomplete="off"
                        aria-describedby={described} value={v.draft().to_string()} {oninput} />
                </div>
                <div class="lsc-actions">
                    <button type="button" class="lsc-button" onclick={send(ViewsAction::Add)}>{ text::ADD_CODE }</button>
                </div>
                <Heading depth={2} id={ids::CODES_HEADING} focusable=true>{ text::CODES_TITLE }</Heading>
                if v.codes().next().is_none() {
                    <p>{ text::NO_CODES }</p>
                } else {
                    <ol class="lsc-codes">
                        for (i, code) in v.codes().enumerate() {
                            <li>
                                <span class="lsc-code">{ code.to_string() }</span>{ " " }
                                <button type="button" class="lsc-link-button" onclick={send(ViewsAction::Remove(i))}>
                                    { text::REMOVE_CODE }<span class="lsc-visually-hidden">{ text::code_number(i + 1) }</span>
                                </button>
                            </li>
                        }
                    </ol>
                }
                if *unsaved {
                    <p class="lsc-warning" role="alert">{ text::CODES_NOT_SAVED }</p>
                } else {
                    <p class="lsc-small">{ text::CODES_KEPT }</p>
                }
                <Nested><InviteLink {mode} /></Nested>
            </div>
        </section>
    }
}
