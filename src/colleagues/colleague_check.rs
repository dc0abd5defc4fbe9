//! A colleague's side of an invitation: "Give Sam your view", the self-check's own steps asked
//! about the visitor in the document's colleague wording, ending in a response code instead of
//! results. Its progress is kept with the invitation in this tab (see `services/colleagues_store.rs`).

use yew::prelude::*;

use crate::app::context::{nested, use_level, use_widget};
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::app::Shared;
use crate::colleagues::response_code_screen::ResponseCodeScreen;
use crate::self_check::{self_check_view, SelfCheckViewProps};
use crate::services::colleagues_store;
use crate::ui::heading::Heading;
use crate::ui::{ids, text};
use lsc_core::colleagues::invite::{colleague_words, Session};
use lsc_core::colleagues::response_code;
use lsc_core::self_check::state::{Restored, Saving, SelfCheck, Stage};

#[derive(Properties, PartialEq)]
pub struct ColleagueCheckProps {
    pub session: Session,
    /// The colleague leaves (or has sent their code): the widget shows its own self-check.
    pub on_leave: Callback<()>,
}

#[function_component]
pub fn ColleagueCheck(props: &ColleagueCheckProps) -> Html {
    let level = use_level();
    let Some(ctx) = use_widget() else { return Html::default() };
    let doc = &ctx.doc;
    let ColleagueCheckProps { session, on_leave } = props;
    let mode = session.invite.mode;
    let check = use_reducer({
        let (doc, progress) = (doc.clone(), session.progress.clone());
        // Saving "on" so that the machine asks for saves, which go to this tab, not the device.
        let found = Restored { saving: Saving::On, progress: None, notice: None };
        move || Reducer::new(SelfCheck::handed_over(doc.0.clone(), mode, found, progress))
    });
    {
        let (ctx, session) = (ctx.clone(), session.clone());
        use_effect_with(check.clone(), move |state| {
            for effect in state.take_effects() {
                effects::colleague_check(&ctx, &session, &state.state, effect);
            }
        });
    }
    let leave = on_leave.reform(|_: MouseEvent| ());
    let name = session.invite.name.as_deref();
    let collector = session.invite.collector.as_deref();
    let state = &check.state;
    let finished = (state.stage() == Stage::Results).then(|| {
        let code = response_code::encode_for(doc, mode, session.nonce, state.answers(), collector.is_some());
        let dispatch = check.dispatcher();
        let (help, email) = match collector {
            Some(who) => (
                text::send_code_collected(name, who),
                text::code_email_collected(&code, &colleagues_store::collect_link(&session.invite)),
            ),
            None => (text::send_code(name), text::code_email(&code)),
        };
        html! {
            <ResponseCodeScreen title={text::CODE_TITLE} {code} help={help} subject={text::CODE_EMAIL_SUBJECT} email={email}
                on_back={Some(Callback::from(move |_| dispatch.dispatch(lsc_core::self_check::state::Action::Back)))}
                on_done={leave.clone()} done={text::CODE_DONE} />
        }
    });
    let dispatch = {
        let check = check.clone();
        Callback::from(move |a| check.dispatch(a))
    };
    // The check's headings: the view given it, and the components in it through `nested`.
    let inner = level + 1;
    html! {
        <div class="lsc-colleague">
            { Heading { level, id: Some(ids::ARRIVAL_HEADING.into()), focusable: true, ..Heading::default() }.holding(text::give_view(name).into()) }
            <p>{ collector.map_or_else(|| text::COLLEAGUE_INTRO.to_string(), text::colleague_intro_collected) }</p>
            { nested(inner, self_check_view(&ctx, &SelfCheckViewProps { level: inner, check: Shared(state.0.clone()), dispatch,
                earlier: None, earlier_dispatch: Callback::noop(), voice: colleague_words(doc, name), finished })) }
            if state.stage() != Stage::Results {
                <button type="button" class="lsc-link-button" onclick={leave}>{ text::NOT_NOW }</button>
            }
        </div>
    }
}
