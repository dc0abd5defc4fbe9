//! The views whose code is in later Wasm modules, downloaded when first shown (or earlier, when
//! the browser is idle), so that the first download holds only what the first screen needs.
//! `points` names each later module's views; `Later` shows one, with a line while it downloads
//! and a panel with "Try again" if it cannot be downloaded.

pub mod points;

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};
use crate::services::events;
use crate::ui::focus::{focus_in, has_focus};
use crate::ui::text;

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
    /// The views already loaded, by their properties' type: shown at once from then on.
    static LOADED: RefCell<HashMap<TypeId, Box<dyn Any>>> = RefCell::new(HashMap::new());
}

fn loaded<P: LaterView>() -> Option<View<P>> {
    LOADED.with(|l| l.borrow().get(&TypeId::of::<P>()).and_then(|v| v.downcast_ref::<View<P>>().copied()))
}

#[derive(Properties, PartialEq)]
pub struct LaterProps<P: PartialEq> {
    pub view: P,
    /// The id that focus is sent to when this view is shown: the loading line has it until the
    /// view is there, and focus then moves on to the view's own.
    pub focus: AttrValue,
}

/// What the place of a later view shows.
enum Shown {
    Loading,
    Ready,
    /// Not downloaded: the panel, whose "Try again" is this callback.
    Failed(Callback<MouseEvent>),
}

/// A download of a view's module: whether it arrived (its view is then `loaded`).
type Fetched = Pin<Box<dyn Future<Output = Result<(), points::NotLoaded>>>>;

/// Downloads the module with `P`'s view, and keeps the view for `loaded`.
fn fetch<P: LaterView>() -> Fetched {
    Box::pin(async {
        let view = P::load().await?;
        LOADED.with(|l| l.borrow_mut().insert(TypeId::of::<P>(), Box::new(view)));
        Ok(())
    })
}

/// A view from a later module, shown as soon as its module is there. Only the view itself is
/// generic: the downloading, focus and markup below are compiled once for every view.
#[function_component]
pub fn Later<P: LaterView>(props: &LaterProps<P>) -> Html {
    match use_later(loaded::<P>().is_some(), fetch::<P>, props.focus.clone()) {
        Shown::Ready => loaded::<P>().map_or_else(Html::default, |view| view(&props.view)),
        Shown::Loading => loading(props.focus.clone()),
        Shown::Failed(retry) => failure(props.focus.clone(), retry),
    }
}

/// The line while the module downloads, holding the view's focus id.
fn loading(focus: AttrValue) -> Html {
    html! { <p id={focus} tabindex="-1" role="status">{ text::LATER_LOADING }</p> }
}

/// The panel when the module could not be downloaded.
fn failure(focus: AttrValue, retry: Callback<MouseEvent>) -> Html {
    html! {
        <div class="lsc-failure" role="alert">
            <p id={focus} tabindex="-1"><strong>{ text::LATER_FAILED_TITLE }</strong></p>
            <p>{ text::LATER_FAILED_BODY }</p>
            <button type="button" class="lsc-button lsc-button--secondary" onclick={retry}>{ text::TRY_AGAIN }</button>
        </div>
    }
}

/// Downloads the module unless `ready`, again at each "Try again"; focus waiting on the loading
/// line (which holds `focus`) goes on to the view once that is rendered.
#[hook]
fn use_later(ready: bool, fetch: fn() -> Fetched, focus: AttrValue) -> Shown {
    // None while downloading; then whether the module arrived.
    let status = use_state(move || ready.then_some(true));
    // Each "Try again" starts a new download: a failed one is not remembered.
    let attempt = use_state(|| 0u32);
    let (root, host) = use_widget().map(|WidgetContext { root, host, .. }| (root, host)).unzip();
    // Set when focus waited on the loading line: it goes on to the view once that is rendered.
    let refocus = use_mut_ref(|| false);
    {
        let (status, focus, refocus, root) = (status.clone(), focus.clone(), refocus.clone(), root.clone());
        use_effect_with(*attempt, move |_| {
            if status.is_none() {
                spawn_local(async move {
                    let arrived = fetch().await.is_ok();
                    if let (false, Some(Some(host))) = (arrived, &host) {
                        events::dispatch_error(host, text::LATER_NOT_DOWNLOADED, Some("download"));
                    }
                    *refocus.borrow_mut() = root.as_ref().is_some_and(|r| has_focus(r, &focus));
                    status.set(Some(arrived));
                });
            }
        });
    }
    use_effect_with(status.is_some(), move |_| {
        if refocus.replace(false) {
            if let Some(root) = &root {
                focus_in(root, &focus);
            }
        }
    });
    match *status {
        None => Shown::Loading,
        Some(true) => Shown::Ready,
        Some(false) => Shown::Failed(Callback::from(move |_: MouseEvent| {
            status.set(None);
            attempt.set(*attempt + 1);
        })),
    }
}
