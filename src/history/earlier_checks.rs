//! "Your earlier checks": the kept checks by date, newest first, each to open or delete, and
//! deleting them all, with a confirmation in place like the self-check's own Delete.

use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::WidgetContext;

use crate::app::send;
use crate::app::Check;
use crate::app::Shared;
use crate::history::move_device::move_device;
use crate::services::history_store;
use crate::ui::confirm::{confirm, Confirmation};
use crate::ui::heading::Heading;
use crate::ui::status::status_message;
use crate::ui::text;
use lsc_core::history::earlier::{Earlier, EarlierAction, Forget, Outcome};
use lsc_core::history::Completed;
use lsc_core::self_check::questionnaire::Mode;
use lsc_core::self_check::state::Stage;

pub struct EarlierChecksProps<'a> {
    /// Its heading's outline level.
    pub level: u8,
    pub earlier: &'a Shared<Earlier>,
    pub check: &'a Check,
    pub dispatch: &'a Callback<EarlierAction>,
    /// Whether finished checks are kept in this browser, as the privacy line says.
    pub kept: bool,
}

pub fn earlier_checks(ctx: &WidgetContext, props: EarlierChecksProps) -> Html {
    let doc = &ctx.doc;
    let EarlierChecksProps { level, earlier, check, dispatch, kept } = props;
    let name = |at: u64| {
        earlier
            .history()
            .find(at)
            .map_or(String::new(), |c| text::check_name(&c.day.long(&doc.language), c.mode == Mode::Quick))
    };
    let confirm = earlier.confirm().map(|forget| {
        let (title, body, yes) = match forget {
            Forget::One(at) => (
                format!("Delete the check of {}?", name(at)),
                text::CONFIRM_DELETE_CHECK_BODY,
                text::CONFIRM_DELETE_CHECK_YES,
            ),
            Forget::All => (
                text::CONFIRM_DELETE_ALL_TITLE.to_string(),
                text::CONFIRM_DELETE_ALL_BODY,
                text::CONFIRM_DELETE_ALL_YES,
            ),
        };
        confirm(Confirmation {
            id: ids::EARLIER_CONFIRM,
            level: level + 1,
            title: title.into(),
            body: body.into(),
            yes,
            on_yes: send(dispatch, EarlierAction::Confirmed),
            on_cancel: send(dispatch, EarlierAction::Cancel),
        })
    });
    let status = match earlier.outcome() {
        Some(Outcome::Deleted) => text::DELETED_CHECK,
        Some(Outcome::DeletedAll) => text::DELETED_ALL,
        Some(Outcome::SetAside(message)) => message,
        _ => "",
    };
    let checks = earlier.history().checks();
    // The check whose results are on screen is labelled as this one; one dated after today
    // (a wrong clock, an edited file) says so, and is never compared with.
    let this = (check.stage() == Stage::Results)
        .then(|| earlier.history().current(check.mode(), check.answers()).map(|c| c.at))
        .flatten();
    let today = history_store::now().1;
    let label = |c: &Completed| {
        let name = text::check_name(&c.day.long(&doc.language), c.mode == Mode::Quick);
        match (Some(c.at) == this, c.day > today) {
            (true, _) => format!("{name} {}", text::THIS_CHECK),
            (_, true) => format!("{name} {}", text::FUTURE_CHECK),
            _ => name,
        }
    };
    html! {
        <section class="lsc-earlier lsc-noprint" aria-labelledby={ids::EARLIER_HEADING}>
            { Heading { level, id: Some(ids::EARLIER_HEADING.into()), focusable: true, ..Heading::default() }.holding(text::EARLIER_TITLE.into()) }
            if let Some(confirm) = confirm {
                { confirm }
            } else {
                { status_message("lsc-earlier__status", None, status) }
                if checks.is_empty() {
                    <p class="lsc-earlier__none">
                        if kept {
                            { text::EARLIER_NONE }
                        } else {
                            { format!("{} {}", text::EARLIER_NONE_ON_PAGE, text::NOT_KEPT) }
                        }
                    </p>
                } else {
                    <ul class="lsc-earlier__list" role="list">
                        for c in checks.iter().rev() {
                            <li class="lsc-earlier__item">
                                <span class="lsc-earlier__name">{ label(c) }</span>
                                <button type="button" class="lsc-link-button" onclick={send(dispatch, EarlierAction::Open(c.at))}>
                                    { text::OPEN }<span class="lsc-visually-hidden">{ format!(" {}", label(c)) }</span>
                                </button>
                                <button type="button" class="lsc-link-button" onclick={send(dispatch, EarlierAction::Ask(Forget::One(c.at)))}>
                                    { text::DELETE_ONE }<span class="lsc-visually-hidden">{ format!(" {}", label(c)) }</span>
                                </button>
                            </li>
                        }
                    </ul>
                    if let Some(oldest) = earlier.history().dropped_next() {
                        <p class="lsc-warning">{ text::drop_warning(checks.len(), &oldest.day.long(&doc.language)) }</p>
                    }
                    <button type="button" id="lsc-delete-all" class="lsc-button lsc-button--secondary"
                        onclick={send(dispatch, EarlierAction::Ask(Forget::All))}>{ text::DELETE_ALL }</button>
                }
                { move_device(ctx, level + 1, earlier, check, dispatch) }
            }
        </section>
    }
}
