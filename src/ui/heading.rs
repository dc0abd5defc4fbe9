//! A heading whose level follows the host page's outline: the widget's top heading is at the
//! level the partner chose, and every heading below it is relative to that.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// The outline level: the partner's `heading-level`, plus the depth below the widget's top.
    pub level: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// Receives focus from a script (a new step, the results, a confirmation) without entering
    /// the tab order.
    #[prop_or_default]
    pub focusable: bool,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    // HTML stops at h6; deeper levels stay h6 and tell assistive technology the real level.
    let tag = match props.level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let aria_level = (props.level > 6).then(|| props.level.to_string());
    html! {
        <@{tag} id={props.id.clone()} class={props.class.clone()} aria-level={aria_level}
            tabindex={props.focusable.then_some("-1")}>
            { props.children.clone() }
        </@>
    }
}
