//! Interface pieces every feature uses, each written once: headings, notices, the confirmation,
//! focus, the credit, the load error, status messages, and the widget's words (`text`).

pub mod confirm;
pub mod credit;
pub mod error_summary;
pub mod focus;
pub mod heading;
pub mod ids;
pub mod load_error;
pub mod notice;
pub mod status;
pub mod text;
