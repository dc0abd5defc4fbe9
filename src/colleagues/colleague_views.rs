//! Colleagues' views on the visitor's results: the comparison once there are enough codes (or
//! how many more are needed), the box to add a colleague's response code with GOV.UK's error
//! summary and message, the codes added with a way to remove each, and the invitation link.

use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::machine::{Machine, Reducer};
use crate::app::Check;
use crate::app::Doc;
use crate::colleagues::comparison_table::ComparisonTable;
use crate::colleagues::invite_link::InviteLink;
use crate::services::colleagues_store;
use crate::ui::focus::focus_by_id;
use crate::ui::focus::focus_in;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::comparison::{compare, Comparison};
use lsc_core::colleagues::views::{Views, ViewsAction, ViewsEffect};
use lsc_core::self_check::state::Saving;

impl Machine for Views {
    type Action = ViewsAction;
    type Effect = ViewsEffect;
    fn apply_action(&mut self, action: ViewsAction) -> Vec<ViewsEffect> {
        self.apply(action)
    }
}

#[derive(Properties, PartialEq)]
pub struct ColleagueViewsProps {
    pub check: Check,
    pub doc: Doc,
    pub level: u8,
}

#[function_component]
pub fn ColleagueViews(props: &ColleagueViewsProps) -> Html {
    let ColleagueViewsProps { check, doc, level } = props;
    let (level, mode) = (*level, check.mode());
    // Codes are kept where the answers are: in the browser, or in this page only.
    let stored = matches!(check.saving(), Saving::On | Saving::Failed);
    let root = use_node_ref();
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
    {
        let (doc, root) = (doc.clone(), root.clone());
        use_effect_with(views.clone(), move |views| {
            for effect in views.take_effects() {
                match effect {
                    ViewsEffect::Save(text) => {
                        let _ = colleagues_store::keep_codes(&doc, mode, stored, &text);
                    }
                    ViewsEffect::FocusError => focus_in(&root, "lsc-code-error-summary"),
                    ViewsEffect::FocusList => focus_in(&root, "lsc-codes-heading"),
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
    let focus_input = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(from) = e.target_dyn_into::<Element>() {
            focus_by_id(&from, "lsc-code-input");
        }
    });
    let comparison = compare(doc, check.steps(), check.answers(), &v.responses());
    let error = v.error().map(|e| e.message());
    let described = if error.is_some() { "lsc-code-hint lsc-code-error" } else { "lsc-code-hint" };
    html! {
        <section class="lsc-views" aria-labelledby="lsc-views-heading" ref={root}>
            <Heading {level} id="lsc-views-heading">{ text::VIEWS_TITLE }</Heading>
            { match comparison {
                Comparison::NeedMore(n) => html! { <p>{ text::need_more(n) }</p> },
                Comparison::Ready(rows) => html! { <ComparisonTable doc={doc.clone()} {rows} /> },
            } }
            <div class="lsc-noprint">
                <Heading level={level + 1}>{ text::ADD_TITLE }</Heading>
                if let Some(message) = error {
                    <div id="lsc-code-error-summary" class="lsc-error-summary" role="group" tabindex="-1" aria-labelledby="lsc-code-error-title">
                        <Heading level={level + 2} id="lsc-code-error-title" class="lsc-error-summary__title">{ text::ERROR_TITLE }</Heading>
                        <ul class="lsc-error-summary__list">
                            <li><a href="#lsc-code-input" onclick={focus_input}>{ message }</a></li>
                        </ul>
                    </div>
                }
                <div class="lsc-field" data-error={error.map(|_| "true")}>
                    <label class="lsc-label" for="lsc-code-input">{ text::CODE_LABEL }</label>
                    <p id="lsc-code-hint" class="lsc-small">{ text::CODE_HINT }</p>
                    if let Some(message) = error {
                        <p id="lsc-code-error" class="lsc-error-message">
                            <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ message }
                        </p>
                    }
                    <textarea id="lsc-code-input" class="lsc-textarea" rows="2" spellcheck="false" autocomplete="off"
                        aria-describedby={described} value={v.draft().to_string()} {oninput} />
                </div>
                <div class="lsc-actions">
                    <button type="button" class="lsc-button" onclick={send(ViewsAction::Add)}>{ text::ADD_CODE }</button>
                </div>
                <Heading level={level + 2} id="lsc-codes-heading" focusable=true>{ text::CODES_TITLE }</Heading>
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
                <p class="lsc-small">{ text::CODES_KEPT }</p>
                <InviteLink doc={doc.clone()} {mode} level={level + 1} />
            </div>
        </section>
    }
}
