//! Colleagues' views without a server: the invitation link, the response code a colleague sends
//! back, the codes the visitor adds, and the comparison they make.

pub mod combined;
pub mod comparison;
pub mod invite;
pub mod kept_codes;
pub mod response_code;
pub mod views;
