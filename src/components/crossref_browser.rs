//! Browsing from the other side: pick a heading of the CCG model, the NHS Leadership Framework
//! or the LQF and see which themes link to it. A native select with one optgroup per framework
//! works the same with a mouse, a keyboard, a switch or a phone's picker.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::heading::heading;
use super::markup::el_text;
use super::theme_links::quotes;
use super::Doc;
use crate::core::crossref::{self, Heading as LinkedHeading};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct CrossrefBrowserProps {
    pub doc: Doc,
    /// Level of this section's heading.
    pub level: u8,
    /// Asks the app to open a theme and move focus to it.
    pub on_show_theme: Callback<usize>,
}

#[function_component]
pub fn CrossrefBrowser(props: &CrossrefBrowserProps) -> Html {
    let headings: Rc<Vec<LinkedHeading>> = use_memo(props.doc.clone(), |doc| crossref::headings(doc));
    let selected = use_state(|| None::<usize>);
    let onchange = {
        let selected = selected.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            selected.set(value.and_then(|v| v.parse().ok()));
        })
    };
    let fw = &props.doc;
    let chosen = selected.and_then(|i| headings.get(i));
    let summary = chosen.map(|h| {
        let name = fw.linked_frameworks.get(h.framework).map(|f| f.name.as_str()).unwrap_or_default();
        format!("{} ({name}): {}.", h.label, text::linked_from(h.matches.len()))
    });
    html! {
        <section class="lsc-crossref" aria-labelledby="lsc-crossref-title">
            { heading(props.level, "lsc-crossref-title", "", text::CROSSREF.into()) }
            <p id="lsc-crossref-hint">{ text::CROSSREF_HINT }</p>
            <label class="lsc-label" for="lsc-crossref-select">{ text::CROSSREF_LABEL }</label>
            <select id="lsc-crossref-select" class="lsc-select" aria-describedby="lsc-crossref-hint" {onchange}>
                <option value="" selected={selected.is_none()}>{ text::CROSSREF_NONE }</option>
                { for fw.linked_frameworks.iter().enumerate().map(|(f, lf)| html! {
                    <optgroup label={lf.name.clone()}>
                        { for headings.iter().enumerate().filter(|(_, h)| h.framework == f).map(|(i, h)| html! {
                            <option value={i.to_string()} selected={*selected == Some(i)}>
                                { format!("{} ({})", h.label, h.matches.len()) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
            // Always in the DOM, so that screen readers announce each new choice's summary.
            <p class="lsc-crossref__status" role="status">{ summary.unwrap_or_default() }</p>
            if let Some(h) = chosen {
                <ul class="lsc-crossref__results">
                    { for h.matches.iter().filter_map(|m| {
                        let theme = fw.themes.get(m.theme)?;
                        let show = props.on_show_theme.reform({ let t = m.theme; move |_: MouseEvent| t });
                        Some(html! {
                            <li class="lsc-crossref__theme">
                                { heading(props.level + 1, "", "", theme.title.as_str().into()) }
                                { el_text("p", "lsc-acc__tagline", &theme.tagline) }
                                { for quotes(m.quotes(fw).into_iter()) }
                                <button type="button" class="lsc-button lsc-button--secondary" onclick={show}>
                                    { text::SHOW_THEME }<span class="lsc-visually-hidden">{ format!(": {}", theme.title) }</span>
                                </button>
                            </li>
                        })
                    }) }
                </ul>
            }
        </section>
    }
}
