//! The scores as a bar chart with the numbers as text: each theme is a list item holding its
//! score in words ("Strategic intent: 67 out of 100") and a bar drawn as SVG by the widget (no
//! chart library, no request). The bars are hidden from assistive technology because the text
//! beside them carries the same numbers, so nothing depends on seeing the chart or on colour.

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::ui::text;
use lsc_core::history::changes::Change;
use lsc_core::results::report::score_line;
use lsc_core::results::scoring::ThemeScore;

#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    pub scores: Vec<ThemeScore>,
    /// Each theme's change since the previous check: in the text, and as a line on the bar at
    /// the earlier score.
    #[prop_or_default]
    pub changes: Vec<Change>,
}

#[function_component]
pub fn ScoreChart(props: &ScoreChartProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let change = |theme: usize| props.changes.iter().find(|c| c.theme == theme);
    html! {
        <>
        if !props.changes.is_empty() {
            <p class="lsc-small">{ text::CHANGES_KEY }</p>
        }
        <ul class="lsc-chart" role="list">
            for s in &props.scores {
                <li class="lsc-chart__row">
                    <span class="lsc-chart__label">
                        { score_line(doc, s) }
                        if let Some(c) = change(s.theme) {
                            <span class="lsc-chart__change">{ format!(" ({})", c.text(&doc.language)) }</span>
                        }
                    </span>
                    <svg class="lsc-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="lsc-chart__track" x="0" y="0" width="100" height="10" />
                        <rect class="lsc-chart__bar" x="0" y="0" width={s.score.unwrap_or(0).to_string()} height="10" />
                        if let Some(c) = change(s.theme) {
                            <rect class="lsc-chart__previous" x={c.before.saturating_sub(1).min(99).to_string()} y="0" width="1" height="10" />
                        }
                    </svg>
                </li>
            }
        </ul>
        </>
    }
}
