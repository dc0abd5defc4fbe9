//! One theme's links to the other leadership frameworks, grouped under each framework's own
//! heading from the source, with the quotes as block quotations.

use yew::Html;

use super::heading::heading;
use super::markup::{el, el_text};
use crate::core::model::{Framework, Theme};

/// `level` is the level of each linked framework's heading.
pub fn theme_links(fw: &Framework, theme: &Theme, level: u8) -> Html {
    let mut sections = Vec::new();
    for lf in &fw.linked_frameworks {
        let mut section = Vec::new();
        for link in theme.links_to(&lf.id) {
            let mut items = vec![el_text("p", "lsc-link__heading", &link.heading)];
            for q in &link.quotes {
                items.push(quote(q));
            }
            section.push(el("div", "lsc-link", items));
        }
        if !section.is_empty() {
            section.insert(0, heading(level, "", "", lf.heading.as_str().into()));
            sections.push(el("section", "lsc-links__framework", section));
        }
    }
    el("div", "lsc-links", sections)
}

/// A quote as a block quotation. One quote at a time, so that callers with different kinds of
/// lists do not each compile a generic version of it.
pub fn quote(q: &str) -> Html {
    el("blockquote", "lsc-quote", vec![el_text("p", "", q)])
}
