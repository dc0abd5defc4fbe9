//! The widget's stylesheet: each component's CSS file, joined in one constructed stylesheet.

pub fn css() -> String {
    [
        include_str!("base.css"),
        include_str!("intro.css"),
        include_str!("theme_accordion.css"),
        include_str!("crossref_browser.css"),
        include_str!("self_check.css"),
        include_str!("results.css"),
        include_str!("credit.css"),
        include_str!("load_error.css"),
    ]
    .concat()
}
