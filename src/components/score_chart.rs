//! The scores as a bar chart with the numbers as text: each theme is a list item holding its
//! score in words ("Strategic intent: 67 out of 100") and a bar drawn as SVG by the widget (no
//! chart library, no request). The bars are hidden from assistive technology because the text
//! beside them carries the same numbers, so nothing depends on seeing the chart or on colour.

use yew::prelude::*;

use super::Doc;
use crate::core::report::score_line;
use crate::core::scoring::ThemeScore;

#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    pub doc: Doc,
    pub scores: Vec<ThemeScore>,
}

#[function_component]
pub fn ScoreChart(props: &ScoreChartProps) -> Html {
    html! {
        <ul class="lsc-chart">
            for s in &props.scores {
                <li class="lsc-chart__row">
                    <span class="lsc-chart__label">{ score_line(&props.doc, s) }</span>
                    <svg class="lsc-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="lsc-chart__track" x="0" y="0" width="100" height="10" />
                        <rect class="lsc-chart__bar" x="0" y="0" width={s.score.unwrap_or(0).to_string()} height="10" />
                    </svg>
                </li>
            }
        </ul>
    }
}
