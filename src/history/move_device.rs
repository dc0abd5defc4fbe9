//! "Move to another device": everything kept here downloaded as one file, and a file from
//! another device loaded here, with GOV.UK's error summary and error message when a file is
//! refused (which changes nothing).

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Check;
use crate::app::Doc;
use crate::app::Shared;
use crate::services::history_store;
use crate::services::progress;
use crate::services::share;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::history::earlier::{Earlier, EarlierAction, Outcome};
use lsc_core::history::transfer::{self, Moved};
use lsc_core::self_check::questionnaire::Mode;
use lsc_core::self_check::state::Action;

#[derive(Properties, PartialEq)]
pub struct MoveDeviceProps {
    pub earlier: Shared<Earlier>,
    pub check: Check,
    pub doc: Doc,
    pub persist: bool,
    pub level: u8,
    pub dispatch: Callback<EarlierAction>,
    pub check_dispatch: Callback<Action>,
}

/// Takes up the file's answers in progress for each mode that has none here; true if any.
fn take_in_progress(
    moved: &Moved,
    check: &Check,
    doc: &Doc,
    persist: bool,
    check_dispatch: &Callback<Action>,
) -> bool {
    let mut taken = false;
    for (mode, p) in [(Mode::Quick, &moved.quick), (Mode::Full, &moved.full)] {
        let Some(p) = p else { continue };
        if mode == check.mode() {
            if check.progress().is_none() {
                // Offered then taken up at once, as answers from another tab are.
                check_dispatch.emit(Action::Elsewhere(p.clone()));
                check_dispatch.emit(Action::Resume);
                taken = true;
            }
        } else if progress::peek(doc, mode, persist).is_none() {
            progress::put(doc, mode, persist, p);
            taken = true;
        }
    }
    taken
}

#[function_component]
pub fn MoveDevice(props: &MoveDeviceProps) -> Html {
    let MoveDeviceProps { earlier, check, doc, persist, level, dispatch, check_dispatch } = props;
    let persist = *persist;
    let downloaded = use_state(|| None::<bool>);
    let on_download = {
        let (earlier, check, doc, downloaded) =
            (earlier.clone(), check.clone(), doc.clone(), downloaded.clone());
        Callback::from(move |_: MouseEvent| {
            let (_, today) = history_store::now();
            let mine = check.progress();
            let other =
                |mode| if mode == check.mode() { mine.clone() } else { progress::peek(&doc, mode, persist) };
            let (quick, full) = (other(Mode::Quick), other(Mode::Full));
            let file = transfer::export(&doc, today, earlier.history(), quick.as_ref(), full.as_ref());
            let name = format!("leadership-self-check-everything-{}.json", today.iso());
            downloaded.set(Some(share::download(&name, &file).is_ok()));
        })
    };
    let on_change = {
        let (check, doc, dispatch, check_dispatch) =
            (check.clone(), doc.clone(), dispatch.clone(), check_dispatch.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // The same file chosen again must fire `change` again.
            input.set_value("");
            let (check, doc, dispatch, check_dispatch) =
                (check.clone(), doc.clone(), dispatch.clone(), check_dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                let read = transfer::read(&text, &doc);
                let taken = read
                    .as_ref()
                    .is_ok_and(|moved| take_in_progress(moved, &check, &doc, persist, &check_dispatch));
                dispatch.emit(EarlierAction::Load(read, taken));
            });
        })
    };
    let refused = match earlier.outcome() {
        Some(Outcome::Refused(problem)) => Some(problem.message()),
        _ => None,
    };
    let status = match (earlier.outcome(), *downloaded) {
        (Some(Outcome::Loaded(message)), _) => message.clone(),
        (_, Some(true)) => text::DOWNLOADED_ALL.to_string(),
        (_, Some(false)) => text::DOWNLOAD_ALL_FAILED.to_string(),
        _ => String::new(),
    };
    html! {
        <div class="lsc-move">
            <Heading level={*level}>{ text::MOVE_TITLE }</Heading>
            if let Some(message) = refused {
                <div id="lsc-file-errors" class="lsc-error-summary" role="group" tabindex="-1" aria-labelledby="lsc-file-errors-title">
                    <Heading level={level + 1} id="lsc-file-errors-title" class="lsc-error-summary__title">{ text::ERROR_TITLE }</Heading>
                    <ul class="lsc-error-summary__list">
                        <li><a href="#lsc-file" onclick={focus_file()}>{ message }</a></li>
                    </ul>
                </div>
            }
            <p>{ text::MOVE_BODY }</p>
            <button type="button" class="lsc-button lsc-button--secondary" onclick={on_download}>{ text::DOWNLOAD_ALL }</button>
            <div class={classes!("lsc-file", refused.map(|_| "lsc-file--error"))}>
                <label class="lsc-label" for="lsc-file">{ text::LOAD_LABEL }</label>
                <p id="lsc-file-hint" class="lsc-small">{ text::LOAD_HINT }</p>
                if let Some(message) = refused {
                    <p id="lsc-file-error" class="lsc-error-message">
                        <span class="lsc-visually-hidden">{ text::ERROR_PREFIX }</span>{ message }
                    </p>
                }
                <input type="file" id="lsc-file" class="lsc-file-input" accept=".json,application/json"
                    aria-describedby={if refused.is_some() { "lsc-file-hint lsc-file-error" } else { "lsc-file-hint" }}
                    onchange={on_change} />
            </div>
            <p class="lsc-earlier__status" role="status">{ status }</p>
        </div>
    }
}

/// The error summary's link moves focus to the file input: fragment links cannot reach into
/// the shadow root.
fn focus_file() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(from) = e.target_dyn_into::<web_sys::Element>() {
            crate::ui::focus::focus_by_id(&from, "lsc-file");
        }
    })
}
