//! The comparison as a table: per theme, the visitor's score, the colleagues' average and (in
//! the direct path only) range,
//! and whether the gap is worth a look, in words (not colour alone).

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::ui::text;
use lsc_core::colleagues::comparison::{Gap, ThemeComparison};

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub rows: Vec<ThemeComparison>,
}

#[function_component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let number = |n: Option<u8>| n.map_or_else(|| text::NO_SCORE.to_string(), |n| n.to_string());
    // The range only in the direct path: a combined code has none, by design.
    let ranged = props.rows.iter().any(|r| r.others.is_some_and(|o| o.range.is_some()));
    let span = if ranged { "3" } else { "2" };
    html! {
        // Focusable and named, so that a keyboard can scroll it when it is wider than the screen.
        <div class="lsc-table-wrap" role="region" tabindex="0" aria-labelledby="lsc-comparison-caption">
        <table class="lsc-table" id="lsc-comparison">
            <caption id="lsc-comparison-caption">{ text::COMPARE_CAPTION }</caption>
            <thead>
                <tr>
                    <th scope="col">{ text::COMPARE_THEME }</th>
                    <th scope="col">{ text::COMPARE_YOU }</th>
                    <th scope="col">{ text::COMPARE_AVERAGE }</th>
                    if ranged {
                        <th scope="col">{ text::COMPARE_RANGE }</th>
                    }
                    <th scope="col">{ text::COMPARE_GAP }</th>
                </tr>
            </thead>
            <tbody>
                for row in &props.rows {
                    <tr>
                        <th scope="row">{ doc.themes.get(row.theme).map(|t| t.title.clone()).unwrap_or_default() }</th>
                        <td class="lsc-number">{ number(row.own) }</td>
                        if let Some(o) = row.others {
                            <td class="lsc-number">{ o.average.to_string() }</td>
                            if let Some((lowest, highest)) = o.range {
                                <td class="lsc-number">{ text::range(lowest, highest) }</td>
                            }
                            <td>{ match row.gap() {
                                Some(Gap::BlindSpot) => text::BLIND_SPOT,
                                Some(Gap::Strength) => text::STRENGTH,
                                None => text::NO_GAP,
                            } }</td>
                        } else {
                            <td colspan={span}>{ text::TOO_FEW }</td>
                        }
                    </tr>
                }
            </tbody>
        </table>
        </div>
    }
}
