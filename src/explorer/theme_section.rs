//! One theme in the accordion: its heading with the button that opens it, and its panel (the
//! description, the key behaviours and the links to other frameworks).

use yew::prelude::*;

use crate::app::Doc;
use crate::explorer::theme_links::ThemeLinks;
use crate::ui::heading::Heading;
use crate::ui::text;
use lsc_core::explorer::view_state::ViewAction;

/// The id of a theme's button, for moving focus to it.
pub fn button_id(theme_id: &str) -> String {
    format!("lsc-theme-{theme_id}")
}

#[derive(Properties, PartialEq)]
pub struct ThemeSectionProps {
    pub doc: Doc,
    /// The theme, by index.
    pub index: usize,
    /// The level of the theme's heading.
    pub level: u8,
    pub open: bool,
    pub dispatch: Callback<ViewAction>,
}

#[function_component]
pub fn ThemeSection(props: &ThemeSectionProps) -> Html {
    let ThemeSectionProps { doc, index, level, open, .. } = props;
    let (index, level, open) = (*index, *level, *open);
    let Some(theme) = doc.themes.get(index) else { return Html::default() };
    let button = button_id(&theme.id);
    let panel = format!("{button}-panel");
    let toggle = props.dispatch.reform(move |_: MouseEvent| ViewAction::Toggle(index));
    html! {
        <section class="lsc-acc__section">
            <Heading {level} class="lsc-acc__heading">
                <button type="button" id={button} class="lsc-acc__button"
                    aria-expanded={open.to_string()} aria-controls={panel.clone()} onclick={toggle}>
                    <span class="lsc-acc__title">{ theme.title.clone() }</span>
                    <span class="lsc-acc__tagline">{ theme.tagline.clone() }</span>
                    <span class="lsc-acc__icon" aria-hidden="true"></span>
                </button>
            </Heading>
            <div id={panel} class="lsc-acc__panel" hidden={!open}>
                <p>{ theme.description.clone() }</p>
                <Heading level={level + 1}>{ text::KEY_BEHAVIOURS }</Heading>
                <ul class="lsc-behaviours">
                    for b in &theme.behaviours {
                        <li>{ b.text.clone() }</li>
                    }
                </ul>
                <Heading level={level + 1}>{ text::LINKS }</Heading>
                <ThemeLinks doc={doc.clone()} theme={index} level={level + 2} />
            </div>
        </section>
    }
}
