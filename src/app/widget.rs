//! The widget once its framework has loaded: the header, the framework explorer and the
//! self-check (as tabs when the partner shows both), and the credit. It holds the state of the
//! screens around the self-check (`ViewState`) and, through `use_self_check`, the self-check's.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::machine::Reducer;
use crate::app::tabs::Tabs;
use crate::app::Doc;
use crate::colleagues::colleague_check::ColleagueCheck;
use crate::explorer::theme_section::button_id;
use crate::explorer::Explorer;
use crate::history::use_earlier::use_earlier;
use crate::self_check::use_self_check::use_self_check;
use crate::self_check::SelfCheckView;
use crate::services::colleagues_store;
use crate::ui::credit::Credit;
use crate::ui::focus::focus_in;
use crate::ui::heading::Heading;
use lsc_core::explorer::view_state::{ViewAction, ViewFocus, ViewState};
use lsc_core::options::{Options, View};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub doc: Doc,
    pub options: Options,
    pub host: HtmlElement,
}

#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let Options { view, mode, persist, heading_level: level, .. } = props.options;
    let doc = &props.doc;
    let root = use_node_ref();
    // A widget that shows no self-check neither reads nor writes saved answers.
    let persist = persist && view != View::Framework;
    let earlier = use_earlier(doc.clone(), persist, root.clone());
    let check =
        use_self_check(doc.clone(), mode, persist, props.host.clone(), root.clone(), earlier.dispatcher());
    // A colleague's invitation in the address, or the response this tab was giving.
    let invitation = use_state({
        let (doc, takes) = (doc.clone(), view != View::Framework && doc.self_check.colleagues.is_some());
        move || takes.then(|| colleagues_store::take(&doc, mode, persist)).flatten()
    });
    let state = use_reducer({
        // Straight to the self-check when the visitor has answers to come back to.
        let resuming = view != View::Framework && check.state.progress().is_some();
        let themes = doc.themes.len();
        move || Reducer::new(ViewState::new(themes, resuming || view == View::SelfCheck))
    });
    {
        let (root, doc) = (root.clone(), doc.clone());
        use_effect_with(state.clone(), move |state| {
            for focus in state.take_effects() {
                match focus {
                    ViewFocus::Tab(true) => focus_in(&root, "lsc-tab-check"),
                    ViewFocus::Tab(false) => focus_in(&root, "lsc-tab-framework"),
                    ViewFocus::Theme(i) => {
                        if let Some(t) = doc.themes.get(i) {
                            focus_in(&root, &button_id(&t.id));
                        }
                    }
                }
            }
        });
    }
    let view_dispatch = {
        let state = state.clone();
        Callback::from(move |a: ViewAction| state.dispatch(a))
    };
    let check_dispatch = {
        let check = check.clone();
        Callback::from(move |a| check.dispatch(a))
    };
    let v = &state.state;
    let panel = if v.self_check {
        html! {
            <SelfCheckView check={check.state.clone()} doc={doc.clone()} level={level + 1}
                host={props.host.clone()} dispatch={check_dispatch} {persist}
                earlier={earlier.state.clone()} earlier_dispatch={Callback::from(move |a| earlier.dispatch(a))} />
        }
    } else {
        html! { <Explorer doc={doc.clone()} level={level + 1} view={(**v).clone()} dispatch={view_dispatch.clone()} /> }
    };
    let panel = match &*invitation {
        Some(Ok(session)) => {
            let invitation = invitation.clone();
            html! {
                <ColleagueCheck doc={doc.clone()} session={session.clone()} {persist} level={level + 1}
                    host={props.host.clone()} on_leave={Callback::from(move |()| invitation.set(None))} />
            }
        }
        Some(Err(e)) => html! {
            <>
                <div class="lsc-notice-region" role="status"><div class="lsc-notice"><p>{ e.message() }</p></div></div>
                { panel }
            </>
        },
        None => panel,
    };
    let panel = if view == View::Both && !matches!(*invitation, Some(Ok(_))) {
        html! { <Tabs on_check={v.self_check} dispatch={view_dispatch}>{ panel }</Tabs> }
    } else {
        panel
    };
    let meta = if doc.publishers.is_empty() {
        doc.date.clone()
    } else {
        format!("{} · {}", doc.date, doc.publishers.join(", "))
    };
    html! {
        <div ref={root}>
            <header class="lsc-header">
                <Heading {level}>{ doc.title.clone() }</Heading>
                <p class="lsc-meta">{ meta }</p>
            </header>
            { panel }
            <Credit doc={doc.clone()} />
        </div>
    }
}
