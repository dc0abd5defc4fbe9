//! The widget as a whole: the JavaScript entry points (`mount`), the root component (`App`), the
//! widget once its document has loaded (`Widget`, with the tabs), the reducer that runs the
//! core's state machines, and the first screens rendered at build time (`prerender`).

pub mod context;
pub mod effects;
pub mod machine;
pub mod mount;
pub mod root;
pub mod tabs;
pub mod widget;

use std::ops::Deref;
use std::rc::Rc;

use lsc_core::framework::model::Framework;
use lsc_core::self_check::state::SelfCheck;
use yew::{Callback, MouseEvent};

/// A value shared by the components that never changes in place (a new one replaces it), so it
/// is compared by pointer: comparing the contents on every render would be wasted work.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The loaded framework document.
pub type Doc = Shared<Framework>;

/// The self-check's state as the screens are given it.
pub type Check = Shared<SelfCheck>;

/// A click handler that sends `action`, for the many buttons that each send one fixed action.
pub fn send<A: Clone + 'static>(dispatch: &Callback<A>, action: A) -> Callback<MouseEvent> {
    dispatch.reform(move |_: MouseEvent| action.clone())
}
