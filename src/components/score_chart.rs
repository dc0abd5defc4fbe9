//! The scores as a bar chart with the numbers as text: each theme is a list item holding its
//! score in words ("Strategic intent: 67 out of 100") and a bar drawn as SVG by the widget (no
//! chart library, no request). The bars are hidden from assistive technology because the text
//! beside them carries the same numbers, so nothing depends on seeing the chart or on colour.

use yew::prelude::*;

use super::markup::{el, el_text};
use crate::core::model::Framework;
use crate::core::report::score_line;
use crate::core::scoring::ThemeScore;

pub fn score_chart(fw: &Framework, scores: &[ThemeScore]) -> Html {
    // A plain loop and a function per row, rather than a closure mapped inside html!: less code
    // in the Wasm.
    let mut rows = Vec::with_capacity(scores.len());
    for s in scores {
        rows.push(row(fw, s));
    }
    el("ul", "lsc-chart", rows)
}

fn row(fw: &Framework, s: &ThemeScore) -> Html {
    html! {
        <li class="lsc-chart__row">
            { el_text("span", "lsc-chart__label", &score_line(fw, s)) }
            <svg class="lsc-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="lsc-chart__track" x="0" y="0" width="100" height="10" />
                <rect class="lsc-chart__bar" x="0" y="0" width={s.score.unwrap_or(0).to_string()} height="10" />
            </svg>
        </li>
    }
}
