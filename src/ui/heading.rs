//! A heading whose level follows the host page's outline: the widget's top heading is at the
//! level the partner chose, and every heading below it is relative to that (`Level` from the
//! context, plus `depth`).

use yew::prelude::*;

use crate::app::context::Level;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// How many levels below the current section's headings (0: a section heading itself).
    #[prop_or_default]
    pub depth: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    /// Receives focus from a script (a new step, the results, a confirmation) without entering
    /// the tab order.
    #[prop_or_default]
    pub focusable: bool,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    let Level(section) = use_context::<Level>().unwrap_or(Level(2));
    let level = section.saturating_add(props.depth);
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
        <@{tag} id={props.id.clone()} class={props.class.clone()} aria-level={aria_level}
            tabindex={props.focusable.then_some("-1")}>
            { props.children.clone() }
        </@>
    }
}
