//! "Move to another device": everything kept here downloaded as one file, and a file from
//! another device loaded here, with GOV.UK's error summary and error message when a file is
//! refused (which changes nothing).

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::WidgetContext;

use crate::app::send;
use crate::app::Check;
use crate::app::Shared;
use crate::services::history_store;
use crate::services::progress;
use crate::split::tell_not_downloaded;
use crate::split::transfer;
use crate::ui::error_summary::error_summary;
use crate::ui::heading::heading;
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::history::earlier::{Earlier, EarlierAction, Outcome};
use lsc_core::history::transfer::{Download, FileProblem};
use lsc_core::self_check::questionnaire::Mode;

/// The section, for `earlier_checks`, its heading at `level`.
pub fn move_device(
    ctx: &WidgetContext,
    level: u8,
    earlier: &Shared<Earlier>,
    check: &Check,
    dispatch: &Callback<EarlierAction>,
) -> Html {
    let WidgetContext { doc, persist, host, .. } = ctx;
    let on_download = {
        let (earlier, check, doc, dispatch, host, persist) =
            (earlier.clone(), check.clone(), doc.clone(), dispatch.clone(), host.clone(), *persist);
        Callback::from(move |_: MouseEvent| {
            let (_, today) = history_store::now();
            let mine = check.progress();
            // Another tab may have saved different answers to this check since: the file holds
            // this page's, and says that the device's are not in it.
            let taken =
                Download::taken(mine.as_ref(), progress::stored(&doc, check.mode(), persist).as_ref());
            let other =
                |mode| if mode == check.mode() { mine.clone() } else { progress::peek(&doc, mode, persist) };
            let (quick, full) = (other(Mode::Quick), other(Mode::Full));
            let file =
                transfer::download_everything(doc.clone(), today, earlier.history().clone(), quick, full);
            let (dispatch, host) = (dispatch.clone(), host.clone());
            spawn_local(async move {
                let download = match file.await {
                    Ok(true) => taken,
                    Ok(false) => Download::Refused,
                    Err(_) => {
                        tell_not_downloaded(&host);
                        Download::NotMade
                    }
                };
                dispatch.emit(EarlierAction::Downloaded(download));
            });
        })
    };
    let on_change = {
        let (doc, dispatch, host) = (doc.clone(), dispatch.clone(), host.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // The same file chosen again must fire `change` again.
            input.set_value("");
            let (doc, dispatch, host) = (doc.clone(), dispatch.clone(), host.clone());
            spawn_local(async move {
                let text =
                    JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                let read = transfer::read_moved(text, doc).await.unwrap_or_else(|_| {
                    tell_not_downloaded(&host);
                    Err(FileProblem::NotDownloaded)
                });
                let (_, today) = history_store::now();
                dispatch.emit(EarlierAction::Load(read, today));
            });
        })
    };
    let refused = match earlier.outcome() {
        Some(Outcome::Refused(problem)) => Some(problem.message()),
        _ => None,
    };
    let asking = earlier.question();
    let status = match earlier.outcome() {
        Some(Outcome::Loaded(message)) => message.clone(),
        Some(Outcome::NotLoaded) => text::NOT_LOADED.to_string(),
        Some(Outcome::Downloaded(Download::Done)) => text::DOWNLOADED_ALL.to_string(),
        Some(Outcome::Downloaded(Download::PageAnswers)) => text::DOWNLOADED_PAGE_ANSWERS.to_string(),
        Some(Outcome::Downloaded(Download::Refused)) => text::DOWNLOAD_ALL_FAILED.to_string(),
        Some(Outcome::Downloaded(Download::NotMade)) => text::DOWNLOAD_ALL_NOT_MADE.to_string(),
        _ => String::new(),
    };
    html! {
        <div class="lsc-move">
            { heading(level, text::MOVE_TITLE) }
            if let Some(message) = refused {
                { error_summary(ids::FILE_ERRORS, level + 1, &[(ids::FILE_INPUT.into(), message.into())]) }
            }
            <p>{ text::MOVE_BODY }</p>
            <button type="button" class="lsc-button lsc-button--secondary" onclick={on_download}>{ text::DOWNLOAD_ALL }</button>
            <div class={if refused.is_some() { "lsc-file lsc-file--error" } else { "lsc-file" }}>
                <label class="lsc-label" for={ids::FILE_INPUT}>{ text::LOAD_LABEL }</label>
                <p id="lsc-file-hint" class="lsc-small">{ text::LOAD_HINT }</p>
                if let Some(message) = refused {
                    <p id="lsc-file-error" class="lsc-error-message">
                        <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ message }
                    </p>
                }
                <input type="file" id={ids::FILE_INPUT} class="lsc-file-input" accept=".json,application/json"
                    aria-describedby={if refused.is_some() { "lsc-file-hint lsc-file-error" } else { "lsc-file-hint" }}
                    onchange={on_change} />
            </div>
            if let Some(question) = asking {
                <div id={ids::FILE_QUESTION} class="lsc-question" tabindex="-1">
                    <p>{ question }</p>
                    <div class="lsc-actions">
                        <button type="button" class="lsc-button" onclick={send(dispatch, EarlierAction::AddFromFile)}>{ text::LOAD_WHAT_FITS }</button>
                        <button type="button" class="lsc-button lsc-button--secondary" onclick={send(dispatch, EarlierAction::KeepAsIs)}>{ text::DO_NOT_LOAD }</button>
                    </div>
                </div>
            }
            { status_message("lsc-earlier__status", None, status) }
        </div>
    }
}
