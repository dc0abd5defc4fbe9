//! Browsing from the other side: pick a heading of the CCG model, the NHS Leadership Framework
//! or the LQF and see which themes link to it. A native select with one optgroup per framework
//! works the same with a mouse, a keyboard, a switch or a phone's picker.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

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
    html! {
        <section class="lsc-crossref" aria-labelledby="lsc-crossref-title">
            { heading(level, "lsc-crossref-title", "", text::CROSSREF.into()) }
            <p id="lsc-crossref-hint">{ text::CROSSREF_HINT }</p>
            <label class="lsc-label" for="lsc-crossref-select">{ text::CROSSREF_LABEL }</label>
            <select id="lsc-crossref-select" class="lsc-select" aria-describedby="lsc-crossref-hint" {onchange}>
                <option value="" selected={chosen.is_none()}>{ text::CROSSREF_NONE }</option>
                { for fw.linked_frameworks.iter().enumerate().map(|(f, lf)| html! {
                    <optgroup label={lf.name.clone()}>
                        { for headings.iter().enumerate().filter(|(_, h)| h.framework == f).map(|(i, h)| html! {
                            <option value={i.to_string()} selected={chosen == Some(i)}>
                                { format!("{} ({})", h.label, h.matches.len()) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
            // Always in the DOM, so that screen readers announce each new choice's summary.
            <p class="lsc-crossref__status" role="status">{ summary.unwrap_or_default() }</p>
            if let Some(h) = current {
                <ul class="lsc-crossref__results">
                    { for h.matches.iter().filter_map(|m| {
                        let theme = fw.themes.get(m.theme)?;
                        let show = send(dispatch, ViewAction::ShowTheme(m.theme));
                        Some(html! {
                            <li class="lsc-crossref__theme">
                                { heading(level + 1, "", "", theme.title.as_str().into()) }
                                { el_text("p", "lsc-acc__tagline", &theme.tagline) }
                                { for m.quotes(fw).into_iter().map(quote) }
                                { button_with("lsc-button lsc-button--secondary", "", show, vec![
                                    markup::text(text::SHOW_THEME),
                                    el_text("span", "lsc-visually-hidden", &format!(": {}", theme.title)),
                                ]) }
                            </li>
                        })
                    }) }
                </ul>
            }
        </section>
    }
}
