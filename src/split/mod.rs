//! The code in later Wasm modules, downloaded when first needed (or earlier, when the browser is
//! idle), so that the first download holds only what the first screen needs. `points` names the
//! later views and the partner's document reader, `transfer` moving checks to another device;
//! `Later` shows a later view, with a line while it downloads and a panel with "Try again" if it
//! cannot be downloaded.

pub mod points;
pub mod transfer;

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::context::use_widget;
use crate::services::events;
use crate::ui::focus::{focus_in, has_focus};
use crate::ui::{ids, text};

/// A later module could not be downloaded (the browser's console says why).
pub type NotLoaded = wasm_split_helpers::SplitLoaderError;

/// A view's render function, as its later module gives it.
pub type View<P> = fn(&P) -> Html;

/// What loading a later module gives: the view, or the module could not be downloaded.
pub type Loading<P> = Pin<Box<dyn Future<Output = Result<View<P>, NotLoaded>>>>;

/// The properties of a view whose code is in a later module.
pub trait LaterView: Properties + PartialEq + 'static {
    /// The view's `Later` key: another view in the same place is another `Later`, with its own
    /// download and failure, not the one before with new properties.
    const KEY: &'static str;
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

/// A later view with its properties, as `Later` takes it: one `Later` component for every view
/// (a component generic over the view measured 0.8 KB brotli more in the first module, for five).
trait Deferred {
    /// The view, once its module is downloaded.
    fn draw(&self) -> Option<Html>;
    /// Downloads the view's module (once).
    fn fetch(&self) -> Fetched;
    /// Whether `other` is the same view with equal properties (so that nothing is drawn again).
    fn same(&self, other: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<P: LaterView> Deferred for P {
    fn draw(&self) -> Option<Html> {
        loaded::<P>().map(|view| view(self))
    }
    fn fetch(&self) -> Fetched {
        fetch::<P>()
    }
    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<P>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A view from a later module, with its properties, the id its focus goes to, and its way back
/// (`LaterProps`).
pub fn later<P: LaterView>(view: P, focus: &'static str, on_cancel: Option<Callback<MouseEvent>>) -> Html {
    let view: Rc<dyn Deferred> = Rc::new(view);
    html! { <Later key={P::KEY} {view} {focus} {on_cancel} /> }
}

#[derive(Properties)]
struct LaterProps {
    view: Rc<dyn Deferred>,
    /// The id of the view's element that focus is sent to when it is shown: focus sent there
    /// while the module downloads waits on the loading line (`ids::stand_in`), and moves on to
    /// the view's own element once it is there.
    focus: AttrValue,
    /// A way back from a confirmation ("Cancel"), also offered beside "Try again" when its module
    /// cannot be downloaded, so that the visitor is never held on it.
    #[prop_or_default]
    on_cancel: Option<Callback<MouseEvent>>,
}

impl PartialEq for LaterProps {
    fn eq(&self, other: &Self) -> bool {
        self.view.same(other.view.as_any()) && self.focus == other.focus && self.on_cancel == other.on_cancel
    }
}

/// A download of a view's module: whether it arrived (its view is then `loaded`).
type Fetched = Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>>;

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

/// A view from a later module, shown as soon as its module is there (made by `later`).
#[function_component]
fn Later(props: &LaterProps) -> Html {
    let view = props.view.draw();
    let failed = use_later(view.is_some(), props.view.clone(), props.focus.clone());
    match (view, failed) {
        (Some(view), _) => view,
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
fn use_later(ready: bool, view: Rc<dyn Deferred>, focus: AttrValue) -> Option<Callback<MouseEvent>> {
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
                    let download = view.fetch().await;
                    if download.is_err() {
                        tell_not_downloaded(&host);
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

/// Tells the web team (`lsc:error`, code `download`) that a later module did not arrive; the
/// visitor is told where they are, by the part that needed it.
pub fn tell_not_downloaded(host: &Option<HtmlElement>) {
    if let Some(host) = host {
        events::dispatch_error(host, text::LATER_NOT_DOWNLOADED, Some("download"));
    }
}
