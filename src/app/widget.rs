//! The widget once its framework has loaded: the header, the framework explorer and the
//! self-check (as tabs when the partner shows both), and the credit. It holds the state of the
//! screens around the self-check (`ViewState`), the self-check's (`use_self_check`) and the
//! earlier checks' (`use_earlier`), gives every view the `WidgetContext`, and hands each
//! machine's effects to `effects`. An invitation in the address is read by `ArrivalView`.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::context::{nested, use_level, WidgetContext};
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::app::tabs::tabs;
use crate::app::Doc;
use crate::colleagues::arrival::ArrivalProps;
use crate::explorer::explorer;
use crate::history::use_earlier::use_earlier;
use crate::self_check::use_self_check::use_self_check;
use crate::self_check::{self_check_view, SelfCheckViewProps};
use crate::services::colleagues_store;
use crate::split::later;
use crate::ui::credit::credit;
use crate::ui::heading::Heading;
use crate::ui::ids;
use lsc_core::explorer::view_state::{ViewAction, ViewState};
use lsc_core::options::{Options, View};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub doc: Doc,
    pub options: Options,
    pub host: Option<HtmlElement>,
}

#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let Options { view, mode, persist, .. } = props.options;
    let doc = &props.doc;
    let root = use_node_ref();
    let level = use_level();
    // The panel's headings: the views given it, and the components in it through `nested`.
    let panel_level = level + 1;
    // A widget that shows no self-check neither reads nor writes saved answers.
    let ctx = WidgetContext {
        doc: doc.clone(),
        persist: persist && view != View::Framework,
        host: props.host.clone(),
        root: root.clone(),
    };
    let earlier = use_earlier(&ctx);
    let check = use_self_check(&ctx, mode, earlier.dispatcher());
    {
        let (ctx, check, dispatcher) = (ctx.clone(), check.clone(), earlier.dispatcher());
        use_effect_with(earlier.clone(), move |earlier| {
            for effect in earlier.take_effects() {
                if let Some(action) = effects::earlier(&ctx, effect, &check.state, &check.dispatcher()) {
                    dispatcher.dispatch(action);
                }
            }
        });
    }
    // A colleague's invitation or a collector's link may be in the address (or this tab was
    // giving a response): the colleagues' module then reads it (`ArrivalView`).
    let invited = *use_memo((), {
        let (ctx, takes) = (ctx.clone(), view != View::Framework && doc.self_check.colleagues.is_some());
        move |()| takes && colleagues_store::may_be_invited(&ctx.doc, mode, ctx.persist)
    });
    let state = use_reducer({
        // Straight to the self-check when the visitor has answers to come back to.
        let resuming = view != View::Framework && check.state.progress().is_some();
        let themes = doc.themes.len();
        move || Reducer::new(ViewState::new(themes, resuming || view == View::SelfCheck))
    });
    {
        let ctx = ctx.clone();
        use_effect_with(state.clone(), move |state| {
            for focus in state.take_effects() {
                effects::view(&ctx, focus);
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
        let earlier_dispatch = {
            let earlier = earlier.clone();
            Callback::from(move |a| earlier.dispatch(a))
        };
        let (check, earlier) = (check.state.clone(), Some(earlier.state.clone()));
        let props = SelfCheckViewProps {
            level: panel_level,
            check,
            dispatch: check_dispatch,
            earlier,
            earlier_dispatch,
            voice: None,
            finished: None,
        };
        self_check_view(&ctx, &props)
    } else {
        explorer(doc, panel_level, v, &view_dispatch)
    };
    let in_tabs = {
        let on_check = v.self_check;
        Callback::from(
            move |panel: Html| {
                if view == View::Both {
                    tabs(on_check, &view_dispatch, panel)
                } else {
                    panel
                }
            },
        )
    };
    let panel = if invited {
        let view = ArrivalProps { mode, panel, in_tabs };
        later(view, ids::ARRIVAL_HEADING, None)
    } else {
        in_tabs.emit(panel)
    };
    let meta = if doc.publishers.is_empty() {
        doc.date.clone()
    } else {
        format!("{} · {}", doc.date, doc.publishers.join(", "))
    };
    html! {
        <ContextProvider<WidgetContext> context={ctx}>
            // A region named by the framework's title, so a screen reader names the widget once,
            // on the way in; no <header>, which would be a second banner on the partner's page.
            <section ref={root} aria-labelledby={ids::WIDGET_TITLE}>
                <div class="lsc-header">
                    { Heading { level, id: Some(ids::WIDGET_TITLE.into()), ..Heading::default() }.holding(doc.title.clone().into()) }
                    <p class="lsc-meta">{ meta }</p>
                </div>
                { nested(panel_level, panel) }
                { credit(doc) }
            </section>
        </ContextProvider<WidgetContext>>
    }
}
