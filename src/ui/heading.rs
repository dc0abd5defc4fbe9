//! A heading whose level follows the host page's outline: the widget's top heading is at the
//! level the partner chose, and every heading below it is relative to that. Components read the
//! current section's level from the context (`use_level`); the functions they render are given
//! it. A function, not a component: each component type costs its own creation, update and
//! teardown code in the download (BENCHMARKS.md, "Session 24").

use yew::prelude::*;

/// A heading: its level, and how it is found and styled.
#[derive(Default)]
pub struct Heading {
    /// Its outline level: the current section's level, plus how many levels below it.
    pub level: u8,
    pub id: Option<AttrValue>,
    pub class: Option<&'static str>,
    /// Receives focus from a script (a new step, the results, a confirmation) without entering
    /// the tab order.
    pub focusable: bool,
}

/// A heading at `level`, holding `children`.
pub fn heading(level: u8, children: impl Into<Html>) -> Html {
    Heading { level, ..Heading::default() }.holding(children.into())
}

impl Heading {
    /// This heading, holding `children`.
    pub fn holding(self, children: Html) -> Html {
        let level = self.level;
        // HTML stops at h6; deeper levels stay h6 and tell assistive technology the real level.
        let tag = match level {
            0..=2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        };
        let aria_level = (level > 6).then(|| level.to_string());
        html! {
            <@{tag} id={self.id} class={self.class} aria-level={aria_level}
                tabindex={self.focusable.then_some("-1")}>
                { children }
            </@>
        }
    }
}
