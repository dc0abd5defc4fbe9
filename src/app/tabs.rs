//! The ARIA tabs pattern for the framework and the self-check: arrow keys, Home and End move
//! between the two tabs; only the selected tab is in the tab order.

use yew::prelude::*;

use crate::ui::ids;

use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

/// The two tabs, the self-check's selected when `on_check`, above the selected tab's `panel`.
pub fn tabs(on_check: bool, dispatch: &Callback<ViewAction>, panel: Html) -> Html {
    let select =
        |self_check| dispatch.reform(move |_: MouseEvent| ViewAction::Tab { self_check, by_keyboard: false });
    let keys = dispatch.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        // Two tabs: the arrow keys go to the other one (wrapping), Home and End to the ends.
        let self_check = match e.key().as_str() {
            "ArrowLeft" | "ArrowRight" => !on_check,
            "Home" => false,
            "End" => true,
            _ => return,
        };
        e.prevent_default();
        keys.emit(ViewAction::Tab { self_check, by_keyboard: true });
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
                { panel }
            </div>
        </>
    }
}
