//! The ARIA tabs pattern for the framework and the self-check: arrow keys, Home and End move
//! between the two tabs; only the selected tab is in the tab order.

use yew::prelude::*;

use crate::ui::ids;

use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// The self-check tab is selected (rather than the framework).
    pub on_check: bool,
    pub dispatch: Callback<ViewAction>,
    /// The selected tab's panel.
    pub children: Html,
}

#[function_component]
pub fn Tabs(props: &TabsProps) -> Html {
    let on_check = props.on_check;
    let select = |self_check| {
        props.dispatch.reform(move |_: MouseEvent| ViewAction::Tab { self_check, by_keyboard: false })
    };
    let dispatch = props.dispatch.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        // Two tabs: the arrow keys go to the other one (wrapping), Home and End to the ends.
        let self_check = match e.key().as_str() {
            "ArrowLeft" | "ArrowRight" => !on_check,
            "Home" => false,
            "End" => true,
            _ => return,
        };
        e.prevent_default();
        dispatch.emit(ViewAction::Tab { self_check, by_keyboard: true });
    });
    let selected = |tab_is_check: bool| (tab_is_check == on_check).to_string();
    let tabindex = |tab_is_check: bool| if tab_is_check == on_check { "0" } else { "-1" };
    html! {
        <>
            <div class="lsc-tabs" role="tablist" aria-label={text::TABS_LABEL} {onkeydown}>
                <button type="button" role="tab" id={ids::TAB_FRAMEWORK} class="lsc-tab" aria-controls="lsc-panel"
                    aria-selected={selected(false)} tabindex={tabindex(false)} onclick={select(false)}>
                    { text::TAB_FRAMEWORK }
                </button>
                <button type="button" role="tab" id={ids::TAB_CHECK} class="lsc-tab" aria-controls="lsc-panel"
                    aria-selected={selected(true)} tabindex={tabindex(true)} onclick={select(true)}>
                    { text::TAB_SELF_CHECK }
                </button>
            </div>
            <div id="lsc-panel" class="lsc-tabpanel" role="tabpanel"
                aria-labelledby={if on_check { ids::TAB_CHECK } else { ids::TAB_FRAMEWORK }}>
                { props.children.clone() }
            </div>
        </>
    }
}
