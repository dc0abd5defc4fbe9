//! The self-check: the statements asked in each mode, the state machine a visitor moves through,
//! and the progress kept between visits.

pub mod questionnaire;
pub mod saved;
pub mod state;
