//! Progress over time: "Your earlier checks" and moving them to another device.

pub mod earlier_check;
pub mod earlier_checks;
pub mod move_device;
pub mod use_earlier;
