//! The results: a chart and the same numbers as text, the plain-language reading, the focus
//! theme with its links to the frameworks visitors already use in appraisal, the action plan
//! beside the lowest-rated statements, and ways to keep, print or clear it all.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;
use yew::virtual_dom::VList;

use super::heading::{focus_heading, heading};
use super::markup::{button, el_text, send};
use super::score_chart::score_chart;
use super::self_check::CheckView;
use super::theme_links::theme_links;
use crate::core::model::Behaviour;
use crate::core::reading::read;
use crate::core::report::{self, answer_label};
use crate::core::scoring::theme_scores;
use crate::core::state::{Action, Confirm, SelfCheck, Status, MAX_ACTION_CHARS};
use crate::{share, text};

/// The results as text, built only when the visitor copies or downloads them (not on every
/// keystroke in the action plan, which re-renders this screen).
fn report_text(check: &SelfCheck) -> String {
    let scores = theme_scores(&check.framework, &check.steps, &check.answers);
    let reading = read(&check.framework, &check.steps, &check.answers, &scores);
    report::text_report(check, &scores, &reading, &share::today().0)
}

pub fn results(check: &SelfCheck, v: &CheckView) -> Html {
    let fw = v.doc;
    let level = v.level;
    let scores = theme_scores(fw, &check.steps, &check.answers);
    let reading = read(fw, &check.steps, &check.answers, &scores);
    let (date, iso) = share::today();

    let on_print = {
        let host = v.host.clone();
        Callback::from(move |_: MouseEvent| share::print(&host))
    };
    let on_copy = {
        let (dispatch, check) = (v.dispatch.clone(), check.clone());
        Callback::from(move |_: MouseEvent| {
            let (dispatch, report) = (dispatch.clone(), report_text(&check));
            wasm_bindgen_futures::spawn_local(async move {
                let ok = share::copy(&report).await;
                dispatch.emit(Action::Status(if ok { Status::Copied } else { Status::CopyFailed }));
            });
        })
    };
    let on_download = {
        let (name, check) = (format!("leadership-self-check-{iso}.txt"), check.clone());
        v.dispatch.reform(move |_: MouseEvent| {
            let ok = share::download(&name, &report_text(&check)).is_ok();
            Action::Status(if ok { Status::Downloaded } else { Status::DownloadFailed })
        })
    };
    let dispatch = &v.dispatch;
    let status = match check.status {
        None => "",
        Some(Status::Copied) => text::COPIED,
        Some(Status::CopyFailed) => text::COPY_FAILED,
        Some(Status::Downloaded) => text::DOWNLOADED,
        Some(Status::DownloadFailed) => text::DOWNLOAD_FAILED,
    };

    let focus = reading.focus.and_then(|t| fw.themes.get(t));
    // Plain loops build the lists below: filtered iterators in html! compiled to more code.
    let mut sentences = Vec::new();
    for s in
        [report::strongest_sentence(fw, &reading, &scores), report::focus_sentence(fw, &reading, &scores)]
    {
        if !s.is_empty() {
            sentences.push(el_text("p", "", &s));
        }
    }
    let mut plan = Vec::new();
    for &(t, b) in &reading.lowest {
        if let Some(b) = fw.themes.get(t).and_then(|theme| theme.behaviours.get(b)) {
            plan.push(plan_item(check, b, v));
        }
    }
    html! {
        <section class="lsc-results" aria-labelledby="lsc-results-heading">
            { focus_heading(level, "lsc-results-heading", "lsc-results__heading", text::RESULTS_TITLE.into()) }
            { el_text("p", "lsc-meta", &format!("{date} · {}", report::mode_label(check.mode, check.total()))) }

            { heading(level + 1, "", "", text::SCORES_TITLE.into()) }
            { score_chart(fw, &scores) }

            { heading(level + 1, "", "", text::READING_TITLE.into()) }
            { VList::from(sentences) }
            if let Some(theme) = focus {
                <div class="lsc-focus">
                    { heading(level + 2, "", "", html! { <>{ theme.title.as_str() }{ ": " }<span class="lsc-tagline">{ theme.tagline.as_str() }</span></> }) }
                    { el_text("p", "", &theme.description) }
                    // A lead-in rather than another heading level, so that the default outline
                    // stays within h6.
                    { el_text("p", "lsc-lead-in", text::FOCUS_LINKS) }
                    { theme_links(fw, theme, level + 3) }
                </div>
            }

            { heading(level + 1, "", "", text::PLAN_TITLE.into()) }
            if reading.lowest.is_empty() {
                { el_text("p", "", &report::no_lowest_sentence(fw)) }
            } else {
                { el_text("p", "", text::PLAN_INTRO) }
                <ol class="lsc-plan">
                    { VList::from(plan) }
                </ol>
            }

            <div class="lsc-noprint">
                { heading(level + 1, "", "", text::KEEP_TITLE.into()) }
                <div class="lsc-actions">
                    { button("lsc-button", "", on_print, text::PRINT) }
                    { button("lsc-button lsc-button--secondary", "", on_copy, text::COPY) }
                    { button("lsc-button lsc-button--secondary", "", on_download, text::DOWNLOAD) }
                </div>
                <p class="lsc-status" role="status">{ status }</p>
                if check.status == Some(Status::CopyFailed) {
                    <label class="lsc-label" for="lsc-report-text">{ text::COPY_BY_HAND }</label>
                    <textarea id="lsc-report-text" class="lsc-textarea" rows="8" readonly=true value={report_text(check)} />
                }
                { heading(level + 1, "", "", text::CHANGE_TITLE.into()) }
                <div class="lsc-actions">
                    { button("lsc-button lsc-button--secondary", "", send(dispatch, Action::Back), text::CHANGE_ANSWERS) }
                    { button("lsc-button lsc-button--secondary", "lsc-start-again", send(dispatch, Action::Ask(Confirm::StartAgain)), text::START_AGAIN) }
                    { button("lsc-button lsc-button--warning", "lsc-delete", send(dispatch, Action::Ask(Confirm::Delete)), text::DELETE) }
                </div>
            </div>
        </section>
    }
}

/// One of the lowest-rated statements, with its answer and a box for one thing to do about it.
fn plan_item(check: &SelfCheck, b: &Behaviour, v: &CheckView) -> Html {
    let (fw, dispatch) = (v.doc, &v.dispatch);
    let field = format!("lsc-plan-{}", b.id);
    let answer = check.answers.get(&b.id).map_or("", |a| answer_label(fw, *a));
    let oninput = {
        let id = b.id.clone();
        dispatch.reform(move |e: InputEvent| {
            let text = e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            Action::SetAction(id.clone(), text)
        })
    };
    html! {
        <li class="lsc-plan__item">
            <p id={format!("{field}-statement")} class="lsc-plan__statement">{ b.text.as_str() }</p>
            { el_text("p", "lsc-small", &text::you_answered(answer)) }
            <label class="lsc-label" for={field.clone()}>{ text::ONE_THING }</label>
            <textarea id={field.clone()} class="lsc-textarea" rows="3" maxlength={MAX_ACTION_CHARS.to_string()}
                aria-describedby={format!("{field}-statement")}
                value={check.actions.get(&b.id).cloned().unwrap_or_default()} {oninput} />
        </li>
    }
}
