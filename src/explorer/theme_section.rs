//! One theme in the accordion: its heading with the button that opens it, and its panel (the
//! description, the key behaviours and the links to other frameworks).

use yew::prelude::*;

use crate::ui::ids;

use crate::app::context::{use_widget, Nested, WidgetContext};

use crate::explorer::theme_links::ThemeLinks;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

#[derive(Properties, PartialEq)]
pub struct ThemeSectionProps {
    /// The theme, by index.
    pub index: usize,
    pub open: bool,
    pub dispatch: Callback<ViewAction>,
}

#[function_component]
pub fn ThemeSection(props: &ThemeSectionProps) -> Html {
    let Some(WidgetContext { doc, .. }) = use_widget() else { return Html::default() };
    let doc = &doc;
    let ThemeSectionProps { index, open, .. } = props;
    let (index, open) = (*index, *open);
    let Some(theme) = doc.themes.get(index) else { return Html::default() };
    let button = ids::theme_button(&theme.id);
    let panel = format!("{button}-panel");
    let toggle = props.dispatch.reform(move |_: MouseEvent| ViewAction::Toggle(index));
    html! {
        <section class="lsc-acc__section">
            <Heading class="lsc-acc__heading">
                <button type="button" id={button} class="lsc-acc__button"
                    aria-expanded={open.to_string()} aria-controls={panel.clone()} onclick={toggle}>
                    <span class="lsc-acc__title">{ theme.title.clone() }</span>
                    <span class="lsc-acc__tagline">{ theme.tagline.clone() }</span>
                    <span class="lsc-acc__icon" aria-hidden="true"></span>
                </button>
            </Heading>
            <div id={panel} class="lsc-acc__panel" hidden={!open}>
                <p>{ theme.description.clone() }</p>
                <Heading depth={1}>{ text::KEY_BEHAVIOURS }</Heading>
                <ul class="lsc-behaviours">
                    for b in &theme.behaviours {
                        <li>{ b.text.clone() }</li>
                    }
                </ul>
                <Heading depth={1}>{ text::LINKS }</Heading>
                <Nested by={2}><ThemeLinks theme={index} /></Nested>
            </div>
        </section>
    }
}
