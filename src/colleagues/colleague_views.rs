//! Colleagues' views on the visitor's results: the comparison once there are enough codes (or
//! how many more are needed), from colleagues' own codes (the direct path) or one combined code
//! (the anonymous path, through a collector); the box to add codes; and the invitation link.

use yew::prelude::*;

use crate::app::context::{nested, use_level, use_widget};
use crate::app::effects;
use crate::app::machine::Reducer;
use crate::app::Check;
use crate::colleagues::code_entry::code_entry;
use crate::colleagues::comparison_table::ComparisonTable;
use crate::colleagues::invite_link::InviteLink;
use crate::services::colleagues_store;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::colleagues::combined::compare_combined;
use lsc_core::colleagues::comparison::{compare, Comparison};
use lsc_core::colleagues::views::{Views, ViewsAction};
use lsc_core::self_check::state::Saving;

#[derive(Properties, PartialEq)]
pub struct ColleagueViewsProps {
    pub check: Check,
}

#[function_component]
pub fn ColleagueViews(props: &ColleagueViewsProps) -> Html {
    let level = use_level();
    let Some(ctx) = use_widget() else { return Html::default() };
    let doc = &ctx.doc;
    let ColleagueViewsProps { check } = props;
    let mode = check.mode();
    // Codes are kept where the answers are: in the browser, or in this page only.
    let stored = matches!(check.saving(), Saving::On | Saving::Failed);
    // The codes kept, with whether codes this release could not read were set aside (true) or
    // left where they are (false).
    let restored = use_state({
        let doc = doc.clone();
        move || colleagues_store::restore_codes(&doc, mode, stored)
    });
    let views = use_reducer({
        let (doc, kept) = (doc.clone(), restored.0.clone());
        move || Reducer::new(Views::restored(doc.0.clone(), mode, kept))
    });
    // Another tab or widget adds or removes codes, or deletes them all: shown here too.
    {
        let (doc, views) = (doc.clone(), views.clone());
        use_effect_with(mode, move |&mode| {
            let listeners = colleagues_store::listen_codes(doc.0.clone(), mode, move |a| views.dispatch(a));
            move || drop(listeners)
        });
    }
    // Whether the last save of the codes failed: said below the list, which can be copied.
    let unsaved = use_state(|| false);
    {
        let (ctx, unsaved) = (ctx.clone(), unsaved.clone());
        use_effect_with(views.clone(), move |views| {
            for effect in views.take_effects() {
                if let Some(kept) = effects::codes(&ctx, mode, stored, effect) {
                    unsaved.set(kept.is_err());
                    views.dispatch(ViewsAction::Heard(kept.unwrap_or_else(|k| k)));
                }
            }
        });
    }
    let v = &views.state;
    let dispatch = {
        let views = views.clone();
        Callback::from(move |a| views.dispatch(a))
    };
    let comparison = match v.combined() {
        Some(combined) => compare_combined(doc, check.steps(), check.answers(), combined),
        None => compare(doc, check.steps(), check.answers(), &v.responses()),
    };
    html! {
        <section class="lsc-views" aria-labelledby="lsc-views-heading">
            { Heading { level, id: Some("lsc-views-heading".into()), ..Heading::default() }.holding(text::VIEWS_TITLE.into()) }
            { match comparison {
                Comparison::NeedMore(n) => html! { <p>{ text::need_more(n) }</p> },
                Comparison::Ready(rows) => html! { <ComparisonTable {rows} /> },
                Comparison::Combined { colleagues, rows } => html! {
                    <>
                        <p>{ text::combined_intro(colleagues) }</p>
                        <ComparisonTable {rows} />
                    </>
                },
            } }
            <div class="lsc-noprint">
                { code_entry(level + 1, v, &dispatch, text::ADD_TITLE, text::code_hint()) }
                if restored.1 == Some(true) {
                    <p class="lsc-warning">{ text::CODES_SET_ASIDE }</p>
                }
                if *unsaved {
                    <p class="lsc-warning" role="alert">{ text::CODES_NOT_SAVED }</p>
                } else {
                    <p class="lsc-small">{ text::CODES_KEPT }</p>
                }
                { nested(level + 1, html! { <InviteLink {mode} /> }) }
            </div>
        </section>
    }
}
