//! The results of a self-check: scores per theme, what they say in plain language, and the text a
//! visitor copies, downloads or prints.

pub mod reading;
pub mod report;
pub mod scoring;
