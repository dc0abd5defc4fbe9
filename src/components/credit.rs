//! The visible credit to the framework's authors and publishers, and the privacy line.

use yew::Html;

use super::markup::{el, el_text, text};
use crate::core::model::Framework;
use crate::text as t;

pub fn credit(fw: &Framework) -> Html {
    el(
        "footer",
        "lsc-credit",
        vec![
            el(
                "p",
                "",
                vec![
                    el_text("span", "lsc-credit__label", &format!("{}: ", t::SOURCE)),
                    el_text("cite", "", &fw.title),
                    text(&format!(" ({}). {}", fw.date, fw.attribution)),
                ],
            ),
            el_text("p", "lsc-credit__privacy", t::PRIVACY),
        ],
    )
}
