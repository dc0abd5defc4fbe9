//! The widget's own interface wording (buttons, section names). Framework content never lives
//! here: it comes from the framework document.

pub const ABOUT: &str = "About this framework";
pub const THEMES: &str = "The themes and key behaviours";
pub const SHOW_ALL: &str = "Show all themes";
pub const HIDE_ALL: &str = "Hide all themes";
pub const KEY_BEHAVIOURS: &str = "Key behaviours";
pub const LINKS: &str = "Links with other leadership frameworks";
pub const CROSSREF: &str = "Find themes from a framework you already use";
pub const CROSSREF_HINT: &str =
    "Choose a heading from another leadership framework to see which themes link to it, with the quotes.";
pub const CROSSREF_LABEL: &str = "Heading in another framework";
pub const CROSSREF_NONE: &str = "Choose a heading";
pub const SHOW_THEME: &str = "Show this theme";
pub const PRIVACY: &str = "This widget runs in your browser. Nothing you do here is sent anywhere.";
pub const SOURCE: &str = "Source";
pub const LOAD_FAILED_TITLE: &str = "Sorry, the leadership framework could not be shown";
pub const LOAD_FAILED_BODY: &str =
    "The framework document given to this widget could not be read. Details for the website's team:";

/// "linked from 1 theme" / "linked from 3 themes" (ends a sentence that names the heading).
pub fn linked_from(n: usize) -> String {
    format!("linked from {n} theme{}", if n == 1 { "" } else { "s" })
}
