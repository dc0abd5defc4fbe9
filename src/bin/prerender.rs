//! Writes the widget's stylesheet, the bundled framework document's text and the first screens
//! as one JSON object, `{"css": "…", "framework": "{…}", "screens":
//! ["<div …>", …], "level": 2, "keys": {"both/quick/local": 0, …}, "invited": {…}}`, to the
//! first file given (scripts/build: pkg/first-screens.json), for the loader to show before the
//! Wasm; "invited" says when it must not (`prerender::invitation_signs`). The screens are kept at
//! one heading level, and every level's render goes to the second file, for the loader's tests.

// The widget's modules, as in src/lib.rs: the library is a cdylib only (see Cargo.toml), so this
// binary compiles them itself; only the render path is used here.
#![allow(dead_code)]

#[path = "../app/mod.rs"]
mod app;
// Beside the app's modules, but compiled only here.
#[path = "../colleagues/mod.rs"]
mod colleagues;
#[path = "../explorer/mod.rs"]
mod explorer;
#[path = "../history/mod.rs"]
mod history;
#[path = "../app/prerender.rs"]
mod prerender;
#[path = "../results/mod.rs"]
mod results;
#[path = "../self_check/mod.rs"]
mod self_check;
#[path = "../services/mod.rs"]
mod services;
#[path = "../split/mod.rs"]
mod split;
#[path = "../ui/mod.rs"]
mod ui;

use std::{env, fs, process};

use prerender::{first_screens, invitation_signs, BUNDLED, CSS};

/// The heading level the first screens are kept at (the widget's default, `heading-level="2"`):
/// the loader moves their headings to the level a page asks for (www/loader/levels.js).
const KEPT_LEVEL: u8 = 2;

fn main() {
    let (Some(path), Some(every_path)) = (env::args().nth(1), env::args().nth(2)) else {
        eprintln!("usage: prerender <out.json> <every-level.json>");
        process::exit(2);
    };
    let written = first_screens().and_then(|screens| Ok((screens, invitation_signs()?))).and_then(
        |(screens, invited)| {
            // Each distinct screen at the kept level once (many combinations render the same one),
            // and each key's index, without the level; every level's own render is written beside
            // it, for tests/loader/levels.test.mjs to check the loader's moving of headings.
            let mut distinct: Vec<String> = Vec::new();
            let mut keys = serde_json::Map::new();
            let mut every = serde_json::Map::new();
            // `heading-level` is the last of `prerender::VARYING`, so the last part of each key.
            let kept_level = KEPT_LEVEL.to_string();
            for (key, html) in screens {
                let kept = key.rsplit_once('/').filter(|(_, level)| *level == kept_level);
                if let Some((shown, _)) = kept {
                    let index = distinct.iter().position(|d| *d == html).unwrap_or_else(|| {
                        distinct.push(html.clone());
                        distinct.len() - 1
                    });
                    keys.insert(shown.to_string(), index.into());
                }
                every.insert(key, html.into());
            }
            let written = serde_json::json!({ "css": CSS, "framework": BUNDLED, "level": KEPT_LEVEL,
                "screens": distinct, "keys": keys, "invited": invited });
            fs::write(&path, written.to_string()).map_err(|e| format!("{path}: {e}"))?;
            fs::write(&every_path, serde_json::Value::Object(every).to_string())
                .map_err(|e| format!("{every_path}: {e}"))
        },
    );
    if let Err(message) = written {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}
