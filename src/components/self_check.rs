//! The self-check: its state (a Yew reducer around the core state machine), what is kept on the
//! visitor's device, the `lsc:complete` event, and which screen to show.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AddEventListenerOptions, Event, HtmlElement};
use yew::prelude::*;

use super::confirm::confirm;
use super::heading::focus_heading;
use super::markup::{button, el_text, send};
use super::notice::notice;
use super::results::results;
use super::step_form::step_form;
use super::Doc;
use crate::core::questionnaire::Mode;
use crate::core::saved::{self, framework_prefix, set_aside_key, storage_key};
use crate::core::scoring::theme_scores;
use crate::core::state::{Action, Focus, Notice, Progress, Saving, SelfCheck, Stage};
use crate::{events, storage, text};

/// The core state, plus where focus should go after the last action. `focus_seq` changes each
/// time focus should move, even to the same place (a second Next with the same gaps).
pub struct CheckState {
    pub check: SelfCheck,
    focus: Option<Focus>,
    focus_seq: u32,
}

/// Every action makes a new state, so "the same state" is "the same allocation"; comparing the
/// contents (the whole framework included) on every render would be wasted work.
impl PartialEq for CheckState {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reducible for CheckState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.check.apply(action.clone());
        let focus = self.check.focus_after(&action, &next);
        Rc::new(CheckState { focus, focus_seq: self.focus_seq + u32::from(focus.is_some()), check: next })
    }
}

/// Reads what this device kept for this framework and mode. Unusable data is moved to a
/// set-aside key and the visitor is told; if it cannot be moved, storage is left alone for the
/// rest of the visit so that it is not overwritten. Blocked storage means answers live in the
/// page only. `persist` false (or a widget that shows no self-check) reads nothing.
fn restore(doc: &Doc, mode: Mode, persist: bool) -> CheckState {
    let mut found = None;
    let mut notice = None;
    let mut saving = if persist { Saving::On } else { Saving::Off };
    if persist {
        let key = storage_key(&doc.id, mode);
        match storage::local().and_then(|s| Ok((storage::get(&s, &key)?, s))) {
            Err(()) => {
                saving = Saving::Blocked;
                notice = Some(Notice::NotKept);
            }
            Ok((None, _)) => {}
            Ok((Some(text), s)) => match saved::decode(&text, doc, mode) {
                Ok(progress) => found = Some(progress),
                Err(reason) => {
                    let stamp = js_sys::Date::now() as u64;
                    if storage::set(&s, &set_aside_key(&doc.id, mode, stamp), &text).is_ok() {
                        storage::remove(&s, &key);
                    } else {
                        saving = Saving::Blocked;
                    }
                    notice = Some(Notice::SetAside(reason.message().to_string()));
                }
            },
        }
    }
    let mut check = SelfCheck::new(doc.0.clone(), mode, found);
    check.saving = saving;
    if let Some(notice) = notice {
        check = check.apply(Action::Notice(notice));
    }
    CheckState { check, focus: None, focus_seq: 0 }
}

/// The self-check's state, with saving and the `lsc:complete` event wired in. Lives in the app,
/// so moving between the framework and the self-check keeps every answer.
#[hook]
pub fn use_self_check(
    doc: Doc,
    mode: Mode,
    persist: bool,
    host: HtmlElement,
) -> UseReducerHandle<CheckState> {
    let state = use_reducer({
        let doc = doc.clone();
        move || restore(&doc, mode, persist)
    });
    {
        // Save as the visitor goes; while the resume question is open, leave the saved data
        // alone; remove it only when the visitor asked (start again, delete). Meanwhile, listen
        // for other tabs saving this check (see `listen`): in this effect rather than one of its
        // own, as each Yew hook measured several hundred bytes of Wasm.
        let check = &state.check;
        let deps = (check.progress(), check.stage == Stage::Resume, check.clears);
        let (dispatcher, saving) = (state.dispatcher(), check.saving);
        let deleted = check.notice == Some(Notice::Deleted);
        use_effect_with(deps, move |(progress, resuming, clears)| {
            let listening = persist.then(|| listen(&doc, mode, &dispatcher)).flatten();
            if !matches!(saving, Saving::Off | Saving::Blocked) && !*resuming {
                save(&doc, mode, progress.as_ref(), saving, *clears > 0, deleted, &dispatcher);
            }
            move || {
                if let Some((w, listener)) = listening {
                    let _ = w.remove_event_listener_with_callback_and_bool(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                        false,
                    );
                }
            }
        });
    }
    {
        // Tell the host page each time the visitor finishes (not when they resume onto their
        // results): scores only, never free text.
        let check = state.check.clone();
        use_effect_with(state.check.completions, move |completions| {
            if *completions > 0 {
                events::dispatch(&host, "lsc:complete", &complete_detail(&check));
            }
        });
    }
    state
}

/// Writes `progress`, or removes what the visitor asked to be removed (`cleared`), and tells
/// the core when saving starts failing or works again.
fn save(
    doc: &Doc,
    mode: Mode,
    progress: Option<&Progress>,
    saving: Saving,
    cleared: bool,
    deleted: bool,
    dispatcher: &UseReducerDispatcher<CheckState>,
) {
    let Ok(s) = storage::local() else { return };
    let key = storage_key(&doc.id, mode);
    match progress {
        Some(p) => {
            let ok = storage::set(&s, &key, &saved::encode(doc, mode, p)).is_ok();
            if ok != (saving == Saving::On) {
                dispatcher.dispatch(Action::Saved(ok));
            }
        }
        // "Delete my answers" removes everything this widget wrote for the framework, in both
        // modes, set-aside copies included; "Start again" this mode's answers.
        None if cleared && deleted => storage::remove_prefix(&s, &framework_prefix(&doc.id)),
        None if cleared => storage::remove(&s, &key),
        None => {}
    }
}

/// A `storage` listener on the window, removed by the effect's clean-up.
type Listening = (web_sys::Window, Closure<dyn Fn(&Event)>);

/// Another tab or window of this browser saved this check (the `storage` event reaches only
/// the other tabs): the value it carries is decoded and handed to the core, which offers it (see
/// `Action::Elsewhere`); or it removed it (`Action::DeletedElsewhere`). A value this page cannot
/// use (another release's format) is left alone: setting it aside is for the page that loads it,
/// and this page's next save wins anyway. A `clear()` of the whole storage by a page script is
/// not reported. The closure type and listener calls are the ones Yew itself uses, which keeps
/// this small in the Wasm. Returns what the caller removes when done.
fn listen(doc: &Doc, mode: Mode, dispatcher: &UseReducerDispatcher<CheckState>) -> Option<Listening> {
    let (doc, dispatcher, key) = (doc.clone(), dispatcher.clone(), storage_key(&doc.id, mode));
    let listener = Closure::<dyn Fn(&Event)>::new(move |e: &Event| {
        let get = |field: &str| js_sys::Reflect::get(e, &field.into()).ok().and_then(|v| v.as_string());
        if get("key").as_deref() == Some(key.as_str()) {
            match get("newValue") {
                None => dispatcher.dispatch(Action::DeletedElsewhere),
                Some(text) => {
                    if let Ok(p) = saved::decode(&text, &doc, mode) {
                        dispatcher.dispatch(Action::Elsewhere(p));
                    }
                }
            }
        }
    });
    let w = web_sys::window()?;
    w.add_event_listener_with_callback_and_add_event_listener_options(
        "storage",
        listener.as_ref().unchecked_ref(),
        &AddEventListenerOptions::new(),
    )
    .ok()?;
    Some((w, listener))
}

fn complete_detail(check: &SelfCheck) -> JsValue {
    let set = |o: &js_sys::Object, k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(o, &k.into(), &v);
    };
    let detail = js_sys::Object::new();
    set(&detail, "mode", check.mode.as_str().into());
    set(&detail, "framework", check.framework.id.as_str().into());
    let themes = js_sys::Array::new();
    for s in &theme_scores(&check.framework, &check.steps, &check.answers) {
        let t = js_sys::Object::new();
        set(&t, "id", check.framework.themes.get(s.theme).map_or("", |t| t.id.as_str()).into());
        set(&t, "score", s.score.map_or(JsValue::NULL, JsValue::from));
        themes.push(&t);
    }
    set(&detail, "themes", themes.into());
    detail.into()
}

/// The element id each focus target has in the views.
pub fn focus_id(focus: Focus) -> &'static str {
    use crate::core::state::Confirm;
    match focus {
        Focus::StepHeading => "lsc-step-heading",
        Focus::ErrorSummary => "lsc-error-summary",
        Focus::Results => "lsc-results-heading",
        Focus::Confirm => "lsc-confirm-heading",
        Focus::Asker(Confirm::StartAgain) => "lsc-start-again",
        Focus::Asker(Confirm::Delete) => "lsc-delete",
    }
}

impl CheckState {
    /// Where focus should go, and a number that changes each time it should move.
    pub fn focus(&self) -> (Option<Focus>, u32) {
        (self.focus, self.focus_seq)
    }
}

/// What the self-check's screens need besides its state.
pub struct CheckView<'a> {
    pub doc: &'a Doc,
    pub level: u8,
    pub host: &'a HtmlElement,
    pub dispatch: Callback<Action>,
}

pub fn self_check_view(check: &SelfCheck, v: &CheckView) -> Html {
    let level = v.level;
    let body = if let Some(c) = check.confirm {
        confirm(c, level, &v.dispatch)
    } else {
        match check.stage {
            Stage::Resume => resume(check, level, &v.dispatch),
            Stage::Step(i) => match check.steps.get(i) {
                Some(step) => step_form(
                    v.doc,
                    i,
                    check.steps.len(),
                    step,
                    &check.answers,
                    &check.unanswered,
                    level,
                    &v.dispatch,
                ),
                None => Html::default(),
            },
            Stage::Results => results(check, v),
        }
    };
    let keeping = if check.saving == Saving::On { text::KEPT } else { text::NOT_KEPT };
    html! {
        <div class="lsc-check">
            { notice(check.notice.as_ref(), &v.dispatch) }
            { body }
            { el_text("p", "lsc-small lsc-privacy", &format!("{} {keeping}", text::STAYS_HERE)) }
        </div>
    }
}

fn resume(check: &SelfCheck, level: u8, dispatch: &Callback<Action>) -> Html {
    let answered = check.resumable.as_ref().map_or(0, |p| p.answers.len());
    let again = Action::Ask(crate::core::state::Confirm::StartAgain);
    html! {
        <div class="lsc-resume">
            { focus_heading(level, "lsc-step-heading", "", text::RESUME_TITLE.into()) }
            { el_text("p", "", &text::resume_body(answered, check.total())) }
            <div class="lsc-actions">
                { button("lsc-button", "", send(dispatch, Action::Resume), text::RESUME) }
                { button("lsc-button lsc-button--secondary", "lsc-start-again", send(dispatch, again), text::START_AGAIN) }
            </div>
        </div>
    }
}
