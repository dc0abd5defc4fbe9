//! Browsing from the other side: pick a heading of the CCG model, the NHS Leadership Framework
//! or the LQF and see which themes link to it. A native select with one optgroup per framework
//! works the same with a mouse, a keyboard, a switch or a phone's picker.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Doc;

use crate::explorer::quote::quote;
use crate::ui::heading::{heading, Heading};
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::explorer::crossref;
use lsc_core::explorer::view_state::ViewAction;

/// The heading `chosen` (by index into `crossref::headings`), if any, and the themes linked to it;
/// the section's heading at `level`.
pub fn crossref_browser(fw: &Doc, level: u8, chosen: Option<usize>, dispatch: &Callback<ViewAction>) -> Html {
    // A few dozen links: grouping them on each render costs less than keeping them.
    let headings = crossref::headings(fw);
    let onchange = dispatch.reform(|e: Event| {
        let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
        ViewAction::Choose(value.and_then(|v| v.parse().ok()))
    });
    let current = chosen.and_then(|i| headings.get(i));
    let summary = current.map(|h| {
        let name = fw.linked_frameworks.get(h.framework).map(|f| f.name.as_str()).unwrap_or_default();
        format!("{} ({name}): {}.", h.label, text::linked_from(h.matches.len()))
    });
    let matches = current.map(|h| h.matches.as_slice()).unwrap_or_default();
    html! {
        <section class="lsc-crossref" aria-labelledby="lsc-crossref-title">
            { Heading { level, id: Some("lsc-crossref-title".into()), ..Heading::default() }.holding(text::CROSSREF.into()) }
            <p id="lsc-crossref-hint">{ text::CROSSREF_HINT }</p>
            <label class="lsc-label" for="lsc-crossref-select">{ text::CROSSREF_LABEL }</label>
            <select id="lsc-crossref-select" class="lsc-select" aria-describedby="lsc-crossref-hint" {onchange}>
                <option value="" selected={chosen.is_none()}>{ text::CROSSREF_NONE }</option>
                for (f, lf) in fw.linked_frameworks.iter().enumerate() {
                    <optgroup label={lf.name.clone()}>
                        for (i, h) in headings.iter().enumerate().filter(|(_, h)| h.framework == f) {
                            <option value={i.to_string()} selected={chosen == Some(i)}>
                                { format!("{} ({})", h.label, h.matches.len()) }
                            </option>
                        }
                    </optgroup>
                }
            </select>
            // Always in the DOM, so that screen readers announce each new choice's summary.
            { status_message("lsc-crossref__status", None, summary.unwrap_or_default()) }
            if current.is_some() {
                <ul class="lsc-crossref__results" role="list">
                    for m in matches {
                        if let Some(theme) = fw.themes.get(m.theme) {
                            <li class="lsc-crossref__theme">
                                { heading(level + 1, theme.title.clone()) }
                                <p class="lsc-acc__tagline">{ theme.tagline.clone() }</p>
                                for q in m.quotes(fw) {
                                    { quote(q.to_string()) }
                                }
                                <button type="button" class="lsc-button lsc-button--secondary"
                                    onclick={dispatch.reform({ let t = m.theme; move |_: MouseEvent| ViewAction::ShowTheme(t) })}>
                                    { text::SHOW_THEME }
                                    <span class="lsc-visually-hidden">{ format!(": {}", theme.title) }</span>
                                </button>
                            </li>
                        }
                    }
                </ul>
            }
        </section>
    }
}
