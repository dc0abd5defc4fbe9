//! The view layer. `app.rs` holds the only stateful Yew components; every other file is one
//! screen or part of one: a function that renders the state it is given and sends actions
//! upward through callbacks. Each part's styles stand beside it as a `.css` file; `styles.rs`
//! joins them.

pub mod app;
pub mod confirm;
pub mod credit;
pub mod crossref_browser;
pub mod explorer;
pub mod focus;
pub mod heading;
pub mod intro;
pub mod load_error;
pub mod markup;
pub mod notice;
pub mod results;
pub mod score_chart;
pub mod self_check;
pub mod step_form;
pub mod styles;
pub mod theme_accordion;
pub mod theme_links;

use std::ops::Deref;
use std::rc::Rc;

use crate::core::model::Framework;

/// A loaded framework shared by all components. Compared by pointer: the document never
/// changes after loading, so a deep comparison on every render would be wasted work.
#[derive(Clone, Debug)]
pub struct Doc(pub Rc<Framework>);

impl PartialEq for Doc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Doc {
    type Target = Framework;
    fn deref(&self) -> &Framework {
        &self.0
    }
}
