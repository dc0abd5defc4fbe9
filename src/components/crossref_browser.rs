//! Browsing from the other side: pick a heading of the CCG model, the NHS Leadership Framework
//! or the LQF and see which themes link to it. A native select with one optgroup per framework
//! works the same with a mouse, a keyboard, a switch or a phone's picker.

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew::virtual_dom::VList;

use super::heading::heading;
use super::markup::{self, button_with, el_text, send};
use super::theme_links::quote;
use crate::core::crossref;
use crate::core::model::Framework;
use crate::core::view_state::ViewAction;
use crate::text;

/// `level` is the level of this section's heading; `chosen` the chosen heading's index.
pub fn crossref_browser(
    fw: &Framework,
    level: u8,
    chosen: Option<usize>,
    dispatch: &Callback<ViewAction>,
) -> Html {
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
    // Plain loops build the lists: filtered iterators inside html! compiled to more code.
    let mut groups = Vec::with_capacity(fw.linked_frameworks.len());
    for (f, lf) in fw.linked_frameworks.iter().enumerate() {
        let mut options = Vec::new();
        for (i, h) in headings.iter().enumerate() {
            if h.framework == f {
                options.push(html! {
                    <option value={i.to_string()} selected={chosen == Some(i)}>
                        { format!("{} ({})", h.label, h.matches.len()) }
                    </option>
                });
            }
        }
        groups.push(html! { <optgroup label={lf.name.clone()}>{ VList::from(options) }</optgroup> });
    }
    let mut themes = Vec::new();
    for m in current.map(|h| h.matches.as_slice()).unwrap_or_default() {
        let Some(theme) = fw.themes.get(m.theme) else { continue };
        let show = send(dispatch, ViewAction::ShowTheme(m.theme));
        let mut items = vec![
            heading(level + 1, "", "", theme.title.as_str().into()),
            el_text("p", "lsc-acc__tagline", &theme.tagline),
        ];
        for q in m.quotes(fw) {
            items.push(quote(q));
        }
        items.push(button_with(
            "lsc-button lsc-button--secondary",
            "",
            show,
            vec![
                markup::text(text::SHOW_THEME),
                el_text("span", "lsc-visually-hidden", &format!(": {}", theme.title)),
            ],
        ));
        themes.push(markup::el("li", "lsc-crossref__theme", items));
    }
    html! {
        <section class="lsc-crossref" aria-labelledby="lsc-crossref-title">
            { heading(level, "lsc-crossref-title", "", text::CROSSREF.into()) }
            <p id="lsc-crossref-hint">{ text::CROSSREF_HINT }</p>
            <label class="lsc-label" for="lsc-crossref-select">{ text::CROSSREF_LABEL }</label>
            <select id="lsc-crossref-select" class="lsc-select" aria-describedby="lsc-crossref-hint" {onchange}>
                <option value="" selected={chosen.is_none()}>{ text::CROSSREF_NONE }</option>
                { VList::from(groups) }
            </select>
            // Always in the DOM, so that screen readers announce each new choice's summary.
            <p class="lsc-crossref__status" role="status">{ summary.unwrap_or_default() }</p>
            if current.is_some() {
                <ul class="lsc-crossref__results">{ VList::from(themes) }</ul>
            }
        </section>
    }
}
