//! The widget once its framework has loaded: the header, the framework explorer and the
//! self-check (as tabs when the partner shows both), and the credit. It holds the state of the
//! screens around the self-check (`ViewState`) and, through `use_self_check`, the self-check's.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::colleague_check::ColleagueCheck;
use super::credit::Credit;
use super::explorer::Explorer;
use super::focus::focus_by_id;
use super::heading::Heading;
use super::machine::Reducer;
use super::self_check::SelfCheckView;
use super::tabs::Tabs;
use super::theme_section::button_id;
use super::use_earlier::use_earlier;
use super::use_self_check::use_self_check;
use super::Doc;
use crate::colleagues;
use crate::core::options::{Options, View};
use crate::core::view_state::{ViewAction, ViewFocus, ViewState};

/// Focuses the widget's element with this id, if it is there.
pub fn focus_in(root: &NodeRef, id: &str) {
    if let Some(root) = root.cast::<Element>() {
        focus_by_id(&root, id);
    }
}

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
        move || takes.then(|| colleagues::take(&doc, mode, persist)).flatten()
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
