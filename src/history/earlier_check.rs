//! An earlier check, opened: its results and action plan, read-only, through the results
//! screen itself, with each theme's change since the check before it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::app::send;
use crate::app::Shared;
use crate::results::{Compared, Results};
use crate::ui::text;
use lsc_core::history::earlier::{Earlier, EarlierAction};
use lsc_core::self_check::state::{Progress, Restored, Saving, SelfCheck};

#[derive(Properties, PartialEq)]
pub struct EarlierCheckProps {
    pub earlier: Shared<Earlier>,
    pub dispatch: Callback<EarlierAction>,
}

#[function_component]
pub fn EarlierCheck(props: &EarlierCheckProps) -> Html {
    let Some(WidgetContext { doc, host: _, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let EarlierCheckProps { earlier, dispatch } = props;
    let Some(c) = earlier.opened() else { return Html::default() };
    let kept = Progress {
        step: 0,
        finished: true,
        summary: false,
        answers: c.answers.clone(),
        actions: c.actions.clone(),
    };
    let found = Restored { saving: Saving::Off, progress: None, notice: None };
    let check = SelfCheck::handed_over(doc.0.clone(), c.mode, found, Some(kept));
    html! {
        <div class="lsc-earlier-check">
            <Results check={Shared(Rc::new(check))} dispatch={Callback::noop()}
                compared={Compared::Opened(earlier.clone())} />
            <button type="button" class="lsc-button lsc-button--secondary" onclick={send(dispatch, EarlierAction::Close)}>{ text::BACK_FROM_EARLIER }</button>
        </div>
    }
}
