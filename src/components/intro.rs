//! The framework's introduction: its own summary, then "About this framework" as a native
//! disclosure (details/summary is keyboard-operable and announced without any ARIA of ours).

use yew::prelude::*;

use super::heading::heading;
use super::markup::{el, el_text};
use crate::core::model::Framework;
use crate::text;

/// `level` is the level of the about sections' headings.
pub fn intro(fw: &Framework, level: u8) -> Html {
    let mut body = Vec::new();
    for section in &fw.about {
        body.push(heading(level, "", "", section.heading.as_str().into()));
        body.extend(section.paragraphs.iter().map(|p| el_text("p", "", p)));
    }
    if let Some(note) = &fw.source_note {
        body.push(el_text("p", "lsc-small", note));
    }
    el(
        "div",
        "lsc-intro",
        vec![
            el_text("p", "lsc-lead", &fw.summary),
            el(
                "details",
                "lsc-details",
                vec![el_text("summary", "", text::ABOUT), el("div", "lsc-details__body", body)],
            ),
        ],
    )
}
