//! The results: scores per theme as a chart and in words, the reading, the action plan, and copy,
//! download and print.
//!
//! The results: a chart and the same numbers as text, the plain-language reading, the focus
//! theme with its links to the frameworks visitors already use in appraisal, the action plan
//! beside the lowest-rated statements, and ways to keep, print or clear it all.

pub mod plan_item;
pub mod score_chart;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::{nested, use_level, use_widget, WidgetContext};

use crate::app::send;
use crate::app::Check;
use crate::app::Shared;
use crate::colleagues::colleague_views::ColleagueViews;
use crate::explorer::theme_links::theme_links;
use crate::results::plan_item::PlanItem;
use crate::results::score_chart::ScoreChart;
use crate::services::history_store;
use crate::services::share;
use crate::ui::heading::{heading, Heading};
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::history::changes::changes;
use lsc_core::history::earlier::Earlier;
use lsc_core::results::reading::{moved_most, read};
use lsc_core::results::report;
use lsc_core::results::scoring::theme_scores;
use lsc_core::self_check::state::{Action, Confirm, SelfCheck, Status};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub check: Check,
    pub dispatch: Callback<Action>,
    /// What the scores are compared with.
    pub compared: Compared,
}

/// What the results are compared with: each theme's change is shown beside its score.
#[derive(Clone, PartialEq)]
pub enum Compared {
    /// The visitor's own results, with the checks kept before them (None where checks are not
    /// kept). Worked out here, in the results' module, not by the first screen's.
    Own(Option<Shared<Earlier>>),
    /// The earlier check opened in these, shown read-only, compared with the check before it.
    Opened(Shared<Earlier>),
}

/// The results as text, built only when the visitor copies or downloads them (not on every
/// keystroke in the action plan, which re-renders this screen).
fn report_text(check: &SelfCheck) -> String {
    let scores = theme_scores(check.framework(), check.steps(), check.answers());
    let reading = read(check.framework(), check.steps(), check.answers(), &scores);
    report::text_report(check, &scores, &reading, &share::today().0)
}

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let level = use_level();
    let Some(WidgetContext { doc: fw, host, .. }) = use_widget() else { return Html::default() };
    let fw = &fw;
    let ResultsProps { check, dispatch, compared } = props;
    let scores = theme_scores(fw, check.steps(), check.answers());
    // The earlier checks, and the kept check these results are, if any.
    let (kept, current, opened) = match compared {
        Compared::Own(kept) => (
            kept.as_ref(),
            kept.as_ref().and_then(|k| k.history().current(check.mode(), check.answers())),
            false,
        ),
        Compared::Opened(kept) => (Some(kept), kept.opened(), true),
    };
    // Each theme's change since the checks before this one (all of them if it is not kept).
    let since = current.map_or_else(|| history_store::now().1, |c| c.day);
    let changes = kept.map_or(Vec::new(), |k| changes(fw, &k.before(current), &scores, since));
    // The check's own day, shown rather than today's; an opened one is titled by it.
    let day = current.map(|c| AttrValue::from(c.day.long(&fw.language)));
    let earlier = day.clone().filter(|_| opened);
    let reading = read(fw, check.steps(), check.answers(), &scores);
    let (today, iso) = share::today();
    let date = day.as_ref().map_or(today, |d| d.to_string());

    let on_print = {
        let (host, dispatch) = (host.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            if let Some(host) = &host {
                share::print(host, move || dispatch.emit(Action::Status(Status::PrintFailed)));
            }
        })
    };
    let on_copy = {
        let (dispatch, check) = (dispatch.clone(), check.clone());
        Callback::from(move |_: MouseEvent| {
            let (dispatch, report) = (dispatch.clone(), report_text(&check));
            spawn_local(async move {
                let ok = share::copy(&report).await;
                dispatch.emit(Action::Status(if ok { Status::Copied } else { Status::CopyFailed }));
            });
        })
    };
    let on_download = {
        let (name, check) = (format!("leadership-self-check-{iso}.txt"), check.clone());
        dispatch.reform(move |_: MouseEvent| {
            let ok = share::download(&name, &report_text(&check)).is_ok();
            Action::Status(if ok { Status::Downloaded } else { Status::DownloadFailed })
        })
    };
    let status = match check.status() {
        None => "",
        Some(Status::Copied) => text::COPIED,
        Some(Status::CopyFailed) => text::COPY_FAILED,
        Some(Status::Downloaded) => text::DOWNLOADED,
        Some(Status::DownloadFailed) => text::DOWNLOAD_FAILED,
        Some(Status::PrintFailed) => text::PRINT_FAILED,
    };
    // Whatever way of keeping the results failed, the text is offered to select and copy.
    let copy_by_hand =
        matches!(check.status(), Some(Status::CopyFailed | Status::DownloadFailed | Status::PrintFailed));
    let sentences = [
        report::strongest_sentence(fw, &reading, &scores),
        report::focus_sentence(fw, &reading, &scores),
        report::moved_sentence(fw, moved_most(&changes)),
    ];
    let focus = reading.focus.and_then(|t| Some((t, fw.themes.get(t)?)));
    let plan = reading.lowest.iter().filter_map(|&(t, b)| fw.themes.get(t)?.behaviours.get(b));
    html! {
        <section class="lsc-results" aria-labelledby={ids::RESULTS_HEADING}>
            { Heading { level, id: Some(ids::RESULTS_HEADING.into()), class: Some("lsc-results__heading"), focusable: true }
                .holding(earlier.as_ref().map_or(text::RESULTS_TITLE.to_string(), |d| text::earlier_results(d)).into()) }
            <p class="lsc-meta">{ format!("{date} · {}", report::mode_label(check.mode(), check.total())) }</p>

            { heading(level + 1, text::SCORES_TITLE) }
            <ScoreChart scores={scores.clone()} {changes} />

            { heading(level + 1, text::READING_TITLE) }
            for s in sentences.into_iter().filter(|s| !s.is_empty()) {
                <p>{ s }</p>
            }
            if let Some((index, theme)) = focus {
                <div class="lsc-focus">
                    { heading(level + 2, html! {
                        <>{ theme.title.clone() }{ ": " }<span class="lsc-tagline">{ theme.tagline.clone() }</span></>
                    }) }
                    <p>{ theme.description.clone() }</p>
                    // A lead-in rather than another heading level, so that the default outline
                    // stays within h6.
                    <p class="lsc-lead-in">{ text::FOCUS_LINKS }</p>
                    { theme_links(fw, level + 3, index) }
                </div>
            }

            { heading(level + 1, text::PLAN_TITLE) }
            if reading.lowest.is_empty() {
                <p>{ report::no_lowest_sentence(fw) }</p>
            } else {
                <p>{ text::PLAN_INTRO }</p>
                <ol class="lsc-plan">
                    for b in plan {
                        <PlanItem id={b.id.clone()} answer={check.answers().get(&b.id).copied()}
                            action={check.actions().get(&b.id).cloned().unwrap_or_default()} dispatch={dispatch.clone()}
                            read_only={earlier.is_some()} />
                    }
                </ol>
            }

            if earlier.is_none() && fw.self_check.colleagues.is_some() {
                { nested(level + 1, html! { <ColleagueViews check={check.clone()} /> }) }
            }

            if earlier.is_none() {
            <div class="lsc-noprint">
                { heading(level + 1, text::KEEP_TITLE) }
                <div class="lsc-actions">
                    <button type="button" class="lsc-button" onclick={on_print}>{ text::PRINT }</button>
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={on_copy}>{ text::COPY }</button>
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={on_download}>{ text::DOWNLOAD }</button>
                </div>
                { status_message("lsc-status", None, status) }
                if copy_by_hand {
                    <label class="lsc-label" for="lsc-report-text">{ text::COPY_BY_HAND }</label>
                    <textarea id="lsc-report-text" class="lsc-textarea" rows="8" readonly=true value={report_text(check)} />
                }
                { heading(level + 1, text::CHANGE_TITLE) }
                <div class="lsc-actions">
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={send(dispatch, Action::Back)}>{ text::CHANGE_ANSWERS }</button>
                    <button type="button" id={ids::START_AGAIN} class="lsc-button lsc-button--secondary"
                        onclick={send(dispatch, Action::Ask(Confirm::StartAgain))}>{ text::START_AGAIN }</button>
                    <button type="button" id={ids::DELETE} class="lsc-button lsc-button--warning"
                        onclick={send(dispatch, Action::Ask(Confirm::Delete))}>{ text::DELETE }</button>
                </div>
            </div>
            }
        </section>
    }
}
