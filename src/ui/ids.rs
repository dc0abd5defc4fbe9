//! The ids of the elements focus moves to, written once: the views give them, `app::effects`
//! moves focus to them, and links in error summaries point at them; and of the elements that
//! name others (`aria-labelledby`).

pub const WIDGET_TITLE: &str = "lsc-title";
pub const STEP_HEADING: &str = "lsc-step-heading";
pub const ERROR_SUMMARY: &str = "lsc-error-summary";
pub const SUMMARY_HEADING: &str = "lsc-summary-heading";
pub const RESULTS_HEADING: &str = "lsc-results-heading";
pub const CONFIRM_HEADING: &str = "lsc-confirm-heading";
pub const START_AGAIN: &str = "lsc-start-again";
pub const DELETE: &str = "lsc-delete";
pub const EARLIER_HEADING: &str = "lsc-earlier-heading";
pub const EARLIER_CONFIRM: &str = "lsc-earlier-confirm";
pub const FILE_ERRORS: &str = "lsc-file-errors";
pub const FILE_QUESTION: &str = "lsc-file-question";
pub const FILE_INPUT: &str = "lsc-file";
pub const TAB_CHECK: &str = "lsc-tab-check";
pub const TAB_FRAMEWORK: &str = "lsc-tab-framework";
pub const CODE_ERROR_SUMMARY: &str = "lsc-code-error-summary";
pub const CODE_INPUT: &str = "lsc-code-input";
pub const CODES_HEADING: &str = "lsc-codes-heading";
/// The title of the view a link opens, a colleague's check or a collector's codes (one at a time):
/// where focus goes when it is shown after its module has downloaded.
pub const ARRIVAL_HEADING: &str = "lsc-arrival-heading";

/// What stands in for the element with `id` while its view's later module downloads (the loading
/// line, then the failure panel's title): focus sent to `id` meanwhile lands there, and the id
/// itself is only ever the view's own element.
pub fn stand_in(id: &str) -> String {
    format!("{id}-later")
}

/// A statement's radio: the scale's from 0, then "does not apply".
pub fn radio(statement: &str, n: usize) -> String {
    format!("{statement}-{n}")
}

/// The question asked of every statement ("How often does this describe you?"), part of each
/// statement group's name.
pub const QUESTION: &str = "lsc-question";

/// A statement's legend, the other part of its group's name.
pub fn legend(statement: &str) -> String {
    format!("{statement}-legend")
}

/// A "Change" button on "Check your answers".
pub fn change_link(statement: &str) -> String {
    format!("lsc-change-{statement}")
}

/// A theme's button in the explorer.
pub fn theme_button(theme_id: &str) -> String {
    format!("lsc-theme-{theme_id}")
}
