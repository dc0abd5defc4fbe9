//! The widget's stylesheet: each component's CSS file beside its view, joined in cascade order
//! and minified by `build.rs`.

pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
