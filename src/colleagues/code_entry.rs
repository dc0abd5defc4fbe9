//! The box where response codes are pasted, written once for the visitor and the collector:
//! GOV.UK's error summary with one message per refused code, the box with its hint and error
//! message, the codes added with a way to remove each, and what the last paste changed.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::error_summary::error_summary;
use crate::ui::heading::{heading, Heading};
use crate::ui::ids;
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::colleagues::views::{Views, ViewsAction};

/// The box for the codes in `v`, under the heading `title` (at `level`) with the box's `hint`.
pub fn code_entry(
    level: u8,
    v: &Views,
    dispatch: &Callback<ViewsAction>,
    title: &'static str,
    hint: impl Into<AttrValue>,
) -> Html {
    // Stamped with the browser's clock, which other tabs share: of two tabs' changes the later wins.
    let send = |action: Box<dyn Fn(u64) -> ViewsAction>| {
        dispatch.reform(move |_: MouseEvent| action(js_sys::Date::now() as u64))
    };
    let oninput = dispatch.reform(|e: InputEvent| {
        ViewsAction::Edit(e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default())
    });
    let refused: Vec<String> =
        v.refused().iter().map(|r| text::refusal(r.position, r.of, r.error.message())).collect();
    let described = if refused.is_empty() { "lsc-code-hint" } else { "lsc-code-hint lsc-code-error" };
    let report = v.report().map(|r| text::codes_report(r.added, &r.replaced, r.combined)).unwrap_or_default();
    html! {
        <>
            { heading(level, title) }
            if !refused.is_empty() {
                { error_summary(ids::CODE_ERROR_SUMMARY, level + 1,
                    &refused.iter().map(|m| (AttrValue::from(ids::CODE_INPUT), AttrValue::from(m.clone()))).collect::<Vec<_>>()) }
            }
            <div class="lsc-field" data-error={(!refused.is_empty()).then_some("true")}>
                <label class="lsc-label" for={ids::CODE_INPUT}>{ text::CODE_LABEL }</label>
                <p id="lsc-code-hint" class="lsc-small">{ hint.into() }</p>
                if !refused.is_empty() {
                    <p id="lsc-code-error" class="lsc-error-message">
                        for message in &refused {
                            <span class="lsc-error-line"><span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ message.clone() }</span>
                        }
                    </p>
                }
                <textarea id={ids::CODE_INPUT} class="lsc-textarea" rows="2" spellcheck="false" autocomplete="off"
                    aria-describedby={described} value={v.draft().to_string()} {oninput} />
            </div>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={send(Box::new(ViewsAction::Add))}>{ text::ADD_CODE }</button>
            </div>
            { Heading { level: level + 1, id: Some(ids::CODES_HEADING.into()), focusable: true, ..Heading::default() }.holding(text::CODES_TITLE.into()) }
            // What the last paste added or replaced: announced, and read after the heading that takes focus.
            { status_message("lsc-small", Some("lsc-codes-report"), report) }
            if v.codes().next().is_none() {
                <p>{ text::NO_CODES }</p>
            } else {
                <ol class="lsc-codes">
                    for (i, code) in v.codes().enumerate() {
                        <li>
                            <span class="lsc-code">{ code.to_string() }</span>{ " " }
                            <button type="button" class="lsc-link-button" onclick={send(Box::new(move |at| ViewsAction::Remove(i, at)))}>
                                { text::REMOVE_CODE }<span class="lsc-visually-hidden">{ text::code_number(i + 1) }</span>
                            </button>
                        </li>
                    }
                </ol>
            }
        </>
    }
}
