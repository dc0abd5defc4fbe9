//! Writes the widget's stylesheet, the bundled framework document's text and the first screens
//! as one JSON object, `{"css": "…", "framework": "{…}", "screens":
//! ["<div …>", …], "keys": {"both/quick/local/2": 0, …}, "invited": {…}}`, to the file given
//! (scripts/build: pkg/first-screens.json), for the loader to show before the Wasm; "invited"
//! says when it must not (`prerender::invitation_signs`).

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

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender <out.json>");
        process::exit(2);
    };
    let written = first_screens().and_then(|screens| Ok((screens, invitation_signs()?))).and_then(
        |(screens, invited)| {
            // Each distinct screen once (many combinations render the same one), and each key's index.
            let mut distinct: Vec<String> = Vec::new();
            let mut keys = serde_json::Map::new();
            for (key, html) in screens {
                let index = distinct.iter().position(|d| *d == html).unwrap_or_else(|| {
                    distinct.push(html);
                    distinct.len() - 1
                });
                keys.insert(key, index.into());
            }
            let written =
                serde_json::json!({ "css": CSS, "framework": BUNDLED, "screens": distinct, "keys": keys, "invited": invited });
            fs::write(&path, written.to_string()).map_err(|e| format!("{path}: {e}"))
        },
    );
    if let Err(message) = written {
        eprintln!("prerender: {message}");
        process::exit(1);
    }
}
