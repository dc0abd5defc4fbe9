//! A colleague's side of an invitation: "Give Sam your view", the self-check's own steps asked
//! about the visitor in the document's colleague wording, ending in a response code instead of
//! results. Its progress is kept with the invitation in this tab (see `colleagues.rs`).

use yew::prelude::*;

use crate::app::machine::Reducer;
use crate::app::Doc;
use crate::app::Shared;
use crate::colleagues::response_code_screen::ResponseCodeScreen;
use crate::self_check::use_self_check::focus_id;
use crate::self_check::SelfCheckView;
use crate::services::colleagues_store;
use crate::ui::focus::focus_in;
use crate::ui::text;
use lsc_core::colleagues::invite::{colleague_words, Session};
use lsc_core::colleagues::response_code;
use lsc_core::self_check::state::{Effect, Restored, Saving, SelfCheck, Stage};

#[derive(Properties, PartialEq)]
pub struct ColleagueCheckProps {
    pub doc: Doc,
    pub session: Session,
    /// Whether the partner lets the widget keep things in the browser (`persist`).
    pub persist: bool,
    pub level: u8,
    pub host: web_sys::HtmlElement,
    /// The colleague leaves (or has sent their code): the widget shows its own self-check.
    pub on_leave: Callback<()>,
}

#[function_component]
pub fn ColleagueCheck(props: &ColleagueCheckProps) -> Html {
    let ColleagueCheckProps { doc, session, persist, level, host, on_leave } = props;
    let (mode, level, persist) = (session.invite.mode, *level, *persist);
    let root = use_node_ref();
    let check = use_reducer({
        let (doc, progress) = (doc.clone(), session.progress.clone());
        // Saving "on" so that the machine asks for saves, which go to this tab, not the device.
        let found = Restored { saving: Saving::On, progress: None, notice: None };
        move || Reducer::new(SelfCheck::handed_over(doc.0.clone(), mode, found, progress))
    });
    {
        let (doc, session, root) = (doc.clone(), session.clone(), root.clone());
        use_effect_with(check.clone(), move |state| {
            for effect in state.take_effects() {
                match effect {
                    Effect::Focus(f) => focus_in(&root, &focus_id(f, &state.state)),
                    Effect::Save(p) => {
                        let kept = Session { progress: Some(p), ..session.clone() };
                        colleagues_store::keep_or_forget(&doc, mode, Some(&kept), persist);
                    }
                    _ => {}
                }
            }
        });
    }
    let leave = {
        let (doc, on_leave) = (doc.clone(), on_leave.clone());
        Callback::from(move |_: MouseEvent| {
            colleagues_store::keep_or_forget(&doc, mode, None, persist);
            on_leave.emit(());
        })
    };
    let name = session.invite.name.as_deref();
    let state = &check.state;
    let finished = (state.stage() == Stage::Results).then(|| {
        let code = response_code::encode(doc, mode, session.nonce, state.answers());
        let dispatch = check.dispatcher();
        html! {
            <ResponseCodeScreen {code} name={name.map(AttrValue::from)} {level}
                on_back={Callback::from(move |_| dispatch.dispatch(lsc_core::self_check::state::Action::Back))}
                on_done={leave.clone()} />
        }
    });
    let dispatch = {
        let check = check.clone();
        Callback::from(move |a| check.dispatch(a))
    };
    html! {
        <div ref={root} class="lsc-colleague">
            <crate::ui::heading::Heading level={level}>{ text::give_view(name) }</crate::ui::heading::Heading>
            <p>{ text::COLLEAGUE_INTRO }</p>
            <SelfCheckView check={Shared(state.0.clone())} doc={doc.clone()} level={level + 1} host={host.clone()}
                {dispatch} voice={colleague_words(doc, name)} {finished} />
            if state.stage() != Stage::Results {
                <button type="button" class="lsc-link-button" onclick={leave}>{ text::NOT_NOW }</button>
            }
        </div>
    }
}
