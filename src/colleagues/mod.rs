//! Colleagues' views without a server: the invitation link, a colleague's own flow ending in a
//! response code, the codes a visitor adds, the comparison, and a collector's view that combines
//! codes for the anonymous path.

pub mod arrival;
pub mod code_entry;
pub mod colleague_check;
pub mod colleague_views;
pub mod collector_view;
pub mod comparison_table;
pub mod invite_link;
pub mod response_code_screen;
