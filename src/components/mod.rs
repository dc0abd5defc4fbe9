//! The view layer: one Yew component per file, each with its props. `App` and `Widget` hold the
//! state (the self-check's through `use_self_check`); every other component renders what it is
//! given and sends actions upward through callbacks. The state machines themselves are plain
//! Rust in `core`, tested natively. Each part's styles stand beside it as a `.css` file;
//! `styles.rs` joins them.

pub mod app;
pub mod check_answers;
pub mod colleague_check;
pub mod colleague_views;
pub mod comparison_table;
pub mod confirm;
pub mod credit;
pub mod crossref_browser;
pub mod earlier_check;
pub mod earlier_checks;
pub mod explorer;
pub mod focus;
pub mod heading;
pub mod intro;
pub mod invite_link;
pub mod load_error;
pub mod machine;
pub mod move_device;
pub mod notice;
pub mod plan_item;
pub mod quote;
pub mod response_code_screen;
pub mod results;
pub mod resume;
pub mod score_chart;
pub mod self_check;
pub mod statement;
pub mod step_form;
pub mod styles;
pub mod tabs;
pub mod theme_accordion;
pub mod theme_links;
pub mod theme_section;
pub mod use_earlier;
pub mod use_self_check;
pub mod widget;

use std::ops::Deref;
use std::rc::Rc;

use crate::core::model::Framework;
use crate::core::state::SelfCheck;
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
