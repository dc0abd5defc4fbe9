//! The views whose code is in later Wasm modules, downloaded when first shown (or earlier, when
//! the browser is idle), so that the first download holds only what the first screen needs.
//! `points` names each later module's views; `Later` shows one, with a line while it downloads
//! and a panel with "Try again" if it cannot be downloaded.

pub mod points;

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::context::use_widget;
use crate::services::events;
use crate::ui::focus::{focus_in, has_focus};
use crate::ui::{ids, text};

/// A view's render function, as its later module gives it.
pub type View<P> = fn(&P) -> Html;

/// What loading a later module gives: the view, or the module could not be downloaded.
pub type Loading<P> = Pin<Box<dyn Future<Output = Result<View<P>, points::NotLoaded>>>>;

/// The properties of a view whose code is in a later module.
pub trait LaterView: Properties + PartialEq + 'static {
    /// Downloads (once) the module with this view.
    fn load() -> Loading<Self>;
}

thread_local! {
    /// The views already loaded (each a `View<P>`, told apart by its type): shown at once from
    /// then on. A few, so a list: a map of them cost the first module 2.9 KB of code.
    static LOADED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

fn loaded<P: LaterView>() -> Option<View<P>> {
    LOADED.with(|l| l.borrow().iter().find_map(|v| v.downcast_ref::<View<P>>().copied()))
}

#[derive(Properties, PartialEq)]
pub struct LaterProps<P: PartialEq> {
    pub view: P,
    /// The id of the view's element that focus is sent to when it is shown: focus sent there
    /// while the module downloads waits on the loading line (`ids::stand_in`), and moves on to
    /// the view's own element once it is there.
    pub focus: AttrValue,
    /// A way back from a confirmation ("Cancel"), also offered beside "Try again" when its module
    /// cannot be downloaded, so that the visitor is never held on it.
    #[prop_or_default]
    pub on_cancel: Option<Callback<MouseEvent>>,
}

/// A download of a view's module: whether it arrived (its view is then `loaded`).
type Fetched = Pin<Box<dyn Future<Output = Result<(), points::NotLoaded>>>>;

/// Downloads the module with `P`'s view, and keeps the view for `loaded`.
fn fetch<P: LaterView>() -> Fetched {
    Box::pin(async {
        let view = P::load().await?;
        if loaded::<P>().is_none() {
            LOADED.with(|l| l.borrow_mut().push(Box::new(view)));
        }
        Ok(())
    })
}

/// A view from a later module, shown as soon as its module is there. Only the view itself is
/// generic: the downloading, focus and markup below are compiled once for every view.
#[function_component]
pub fn Later<P: LaterView>(props: &LaterProps<P>) -> Html {
    let view = loaded::<P>();
    let failed = use_later(view.is_some(), fetch::<P>, props.focus.clone());
    match (view, failed) {
        (Some(view), _) => view(&props.view),
        (None, None) => loading(&props.focus),
        (None, Some(retry)) => failure(&props.focus, retry, props.on_cancel.clone()),
    }
}

/// The line while the module downloads, standing in for the view's focus.
fn loading(focus: &str) -> Html {
    html! { <p id={ids::stand_in(focus)} tabindex="-1" role="status">{ text::LATER_LOADING }</p> }
}

/// The panel when the module could not be downloaded, its title standing in for the view's focus.
fn failure(focus: &str, retry: Callback<MouseEvent>, cancel: Option<Callback<MouseEvent>>) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            <p id={ids::stand_in(focus)} tabindex="-1"><strong>{ text::LATER_FAILED_TITLE }</strong></p>
            <p>{ text::LATER_FAILED_BODY }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button lsc-button--secondary" onclick={retry}>{ text::TRY_AGAIN }</button>
                if let Some(cancel) = cancel {
                    <button type="button" class="lsc-button lsc-button--secondary" onclick={cancel}>{ text::CANCEL }</button>
                }
            </div>
        </div>
    }
}

/// Downloads the module unless `ready`, again at each "Try again"; focus waiting on the loading
/// line goes on to the view's `focus` once that is rendered. Gives "Try again" while the last
/// download failed.
#[hook]
fn use_later(ready: bool, fetch: fn() -> Fetched, focus: AttrValue) -> Option<Callback<MouseEvent>> {
    // Only a failure is kept here: a module that arrived is in `LOADED`, and `ready` says so
    // (setting the state renders again either way).
    let failed = use_state(|| false);
    // Each "Try again" starts a new download: a failed one is not remembered.
    let attempt = use_state(|| 0u32);
    let ctx = use_widget();
    // Set when what is shown changes while focus is on the loading line (or "Try again" was
    // pressed): focus goes on to what is rendered next, the view or what stands in for it.
    let refocus = use_mut_ref(|| false);
    let shown = use_mut_ref(|| (ready, *failed));
    // The page still has the last render's elements: whether focus is on the one changing. The
    // module may have arrived through another widget's download, not only through this one's.
    let changing = shown.replace((ready, *failed)) != (ready, *failed);
    if changing && ctx.as_ref().is_some_and(|c| has_focus(&c.root, &ids::stand_in(&focus))) {
        *refocus.borrow_mut() = true;
    }
    {
        let (failed, host) = (failed.clone(), ctx.as_ref().and_then(|c| c.host.clone()));
        use_effect_with(*attempt, move |_| {
            if !ready {
                spawn_local(async move {
                    let download = fetch().await;
                    if let (Err(_), Some(host)) = (&download, &host) {
                        events::dispatch_error(host, text::LATER_NOT_DOWNLOADED, Some("download"));
                    }
                    failed.set(download.is_err());
                });
            }
        });
    }
    let (root, waiting) = (ctx.map(|c| c.root), refocus.clone());
    use_effect_with((ready, *failed), move |_| {
        if let (true, Some(root)) = (waiting.replace(false), &root) {
            focus_in(root, &focus);
        }
    });
    (*failed && !ready).then(|| {
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    })
}
