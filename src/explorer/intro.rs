//! The framework's introduction: its own summary, then "About this framework" as a native
//! disclosure (details/summary is keyboard-operable and announced without any ARIA of ours).

use yew::prelude::*;

use crate::app::Doc;
use crate::ui::heading::heading;
use crate::ui::text;

/// The introduction, its sections' headings at `level`.
pub fn intro(fw: &Doc, level: u8) -> Html {
    html! {
        <div class="lsc-intro">
            <p class="lsc-lead">{ fw.summary.clone() }</p>
            <details class="lsc-details">
                <summary>{ text::ABOUT }</summary>
                <div class="lsc-details__body">
                    for section in &fw.about {
                        { heading(level, section.heading.clone()) }
                        for p in &section.paragraphs {
                            <p>{ p.clone() }</p>
                        }
                    }
                    if let Some(note) = &fw.source_note {
                        <p class="lsc-small">{ note.clone() }</p>
                    }
                </div>
            </details>
        </div>
    }
}
