//! The framework explorer: tabs, open themes and the chosen heading, and finding themes from
//! another framework's headings.

pub mod crossref;
pub mod view_state;
