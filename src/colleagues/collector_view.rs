//! The collector's view, opened from the link they are sent (`#lsc-collect=…`): who it is for and
//! what each side can see, the box to paste colleagues' codes, and "Combine the codes", which
//! refuses fewer than 3 and gives one combined code to send to the visitor. Nothing is saved:
//! the codes are other people's answers, kept in this page only.

use yew::prelude::*;

use crate::app::context::{use_level, use_widget};
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::colleagues::code_entry::code_entry;
use crate::colleagues::response_code_screen::ResponseCodeScreen;
use crate::ui::heading::Heading;
use crate::ui::{ids, text};
use lsc_core::colleagues::invite::Invite;
use lsc_core::colleagues::views::{Views, ViewsAction};

#[derive(Properties, PartialEq)]
pub struct CollectorViewProps {
    pub invite: Invite,
    /// The collector leaves: the widget shows its own self-check.
    pub on_leave: Callback<()>,
}

#[function_component]
pub fn CollectorView(props: &CollectorViewProps) -> Html {
    let level = use_level();
    let Some(ctx) = use_widget() else { return Html::default() };
    let CollectorViewProps { invite, on_leave } = props;
    let views = use_reducer({
        let (doc, mode) = (ctx.doc.clone(), invite.mode);
        move || Reducer::new(Views::collecting(doc.0.clone(), mode))
    });
    {
        let ctx = ctx.clone();
        use_effect_with(views.clone(), move |views| {
            for effect in views.take_effects() {
                effects::collector_codes(&ctx, effect);
            }
        });
    }
    let dispatch = {
        let views = views.clone();
        Callback::from(move |a| views.dispatch(a))
    };
    let name = invite.name.as_deref();
    let leave = on_leave.reform(|_: MouseEvent| ());
    let v = &views.state;
    html! {
        <div class="lsc-collector">
            { Heading { level, id: Some(ids::ARRIVAL_HEADING.into()), focusable: true, ..Heading::default() }.holding(text::collect_title(name).into()) }
            <p>{ text::collect_intro(name) }</p>
            { code_entry(level + 1, v, &dispatch, text::COLLECT_ADD_TITLE, text::COLLECT_HINT) }
            <p class="lsc-small">{ text::COLLECT_KEPT }</p>
            <div class="lsc-actions">
                <button type="button" class="lsc-button" onclick={dispatch.reform(|_: MouseEvent| ViewsAction::Combine)}>{ text::COMBINE }</button>
            </div>
            if let Some(code) = v.made() {
                <ResponseCodeScreen title={text::COMBINED_TITLE} code={code.to_string()} help={text::combined_help(name)}
                    subject={text::COMBINED_SUBJECT} email={text::combined_email(code)} on_done={leave.clone()} done={text::COLLECT_LEAVE} />
            } else {
                <button type="button" class="lsc-link-button" onclick={leave}>{ text::COLLECT_LEAVE }</button>
            }
        </div>
    }
}
