//! What the widget was opened for from a link, read in the colleagues' module (the first module
//! only looks whether there may be one, `colleagues_store::may_be_invited`): a colleague's
//! response to give, a collector's codes to combine, or, when there is none or it cannot be used
//! (then with a notice), the widget's own panel.

use yew::prelude::*;

use crate::app::context::use_widget;
use crate::app::effects;
use crate::colleagues::colleague_check::ColleagueCheck;
use crate::colleagues::collector_view::CollectorView;
use crate::services::colleagues_store::{self, Arrival};
use lsc_core::self_check::questionnaire::Mode;

#[derive(Properties, PartialEq)]
pub struct ArrivalProps {
    pub mode: Mode,
    /// The widget's own panel (the explorer or the self-check), shown when there is no
    /// invitation or the visitor leaves it.
    pub panel: Html,
    /// Puts the panel in the widget's tabs, when it has them (a colleague's view has none).
    pub in_tabs: Callback<Html, Html>,
}

#[function_component]
pub fn ArrivalView(props: &ArrivalProps) -> Html {
    let Some(ctx) = use_widget() else { return Html::default() };
    let ArrivalProps { mode, panel, in_tabs } = props;
    let mode = *mode;
    let invitation = use_state({
        let ctx = ctx.clone();
        move || colleagues_store::take(&ctx.doc, mode, ctx.persist)
    });
    let on_leave = {
        let invitation = invitation.clone();
        Callback::from(move |()| invitation.set(None))
    };
    match &*invitation {
        Some(Ok(Arrival::Colleague(session))) => {
            let on_leave = on_leave.reform(move |()| effects::colleague_left(&ctx, mode));
            html! { <ColleagueCheck session={session.clone()} {on_leave} /> }
        }
        Some(Ok(Arrival::Collector(invite))) => html! { <CollectorView invite={invite.clone()} {on_leave} /> },
        Some(Err(e)) => in_tabs.emit(html! {
            <>
                <div class="lsc-notice-region" role="status"><div class="lsc-notice"><p>{ e.message() }</p></div></div>
                { panel.clone() }
            </>
        }),
        None => in_tabs.emit(panel.clone()),
    }
}
