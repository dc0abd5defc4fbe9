//! One of the lowest-rated statements in the action plan, with the visitor's answer and a box
//! for one thing they will do about it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::context::{use_widget, WidgetContext};

use crate::ui::text;
use lsc_core::results::report::answer_label;
use lsc_core::self_check::questionnaire::Answer;
use lsc_core::self_check::state::{Action, MAX_ACTION_CHARS};

#[derive(Properties, PartialEq)]
pub struct PlanItemProps {
    /// The behaviour's id.
    pub id: AttrValue,
    pub answer: Option<Answer>,
    /// What the visitor has written so far.
    pub action: AttrValue,
    pub dispatch: Callback<Action>,
    /// An earlier check's plan, shown as text.
    #[prop_or_default]
    pub read_only: bool,
}

#[function_component]
pub fn PlanItem(props: &PlanItemProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let PlanItemProps { id, answer, action, dispatch, read_only } = props;
    let Some(b) = doc.behaviours().find(|b| b.id == id.as_str()) else { return Html::default() };
    let field = format!("lsc-plan-{id}");
    let statement = format!("{field}-statement");
    let answer = answer.map_or("", |a| answer_label(doc, a));
    let oninput = {
        let id = id.to_string();
        dispatch.reform(move |e: InputEvent| {
            let text = e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            Action::SetAction(id.clone(), text)
        })
    };
    html! {
        <li class="lsc-plan__item">
            <p id={statement.clone()} class="lsc-plan__statement">{ b.text.clone() }</p>
            <p class="lsc-small">{ text::you_answered(answer) }</p>
            if *read_only {
                <p>{ format!("{}: {}", text::ONE_THING, if action.is_empty() { text::NOT_WRITTEN } else { action.as_str() }) }</p>
            } else {
                <label class="lsc-label" for={field.clone()}>{ text::ONE_THING }</label>
                <textarea id={field} class="lsc-textarea" rows="3" maxlength={MAX_ACTION_CHARS.to_string()}
                    aria-describedby={statement} value={action.clone()} {oninput} />
            }
        </li>
    }
}
