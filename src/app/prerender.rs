//! The first screens, rendered to HTML at build time by Yew's server renderer from the same
//! components the Wasm runs: the loader shows them before the Wasm arrives (HTML first), and the
//! Wasm then takes over. One per combination of the options that change the first screen.

use serde_json::{json, Value};
use yew::ServerRenderer;

use crate::app::mount::read_document;
use crate::app::root::{App, AppProps};
use lsc_core::colleagues::invite::{COLLECT_KEY, FRAGMENT_KEY};
use lsc_core::kept::keys::Kept;
use lsc_core::options::Options;
use lsc_core::self_check::questionnaire::Mode;

/// The options whose values change the first screen, by attribute, as in the option table (the
/// persist option changes the privacy line); the others (the palette, the fallback link) are the
/// Wasm's own to apply.
// `heading-level` last: the prerender keeps one level's screens by the key's last part.
const VARYING: [&str; 4] = ["view", "mode", "persist", "heading-level"];

const OPTION_TABLE: &str = include_str!("../../option-table.json");

/// The widget's stylesheet: each component's CSS file beside its view, joined in cascade order
/// and minified by `build.rs`. The loader adopts it, for the first screen and then the Wasm's.
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// The bundled framework document, checked and minified by `build.rs`. The loader carries it, for
/// the Wasm to read (`mount`): beside the first screens, which show its words, it costs little.
pub const BUNDLED: &str = include_str!(concat!(env!("OUT_DIR"), "/framework.min.json"));

/// Each first screen, keyed by its options' values joined with "/" in `VARYING`'s order
/// ("both/quick/local/2"), for the bundled framework.
pub fn first_screens() -> Result<Vec<(String, String)>, String> {
    let table: Value = serde_json::from_str(OPTION_TABLE).map_err(|e| e.to_string())?;
    let options = table.get("options").and_then(Value::as_array).cloned().unwrap_or_default();
    // Each varying option's property name and values.
    let mut varying = Vec::new();
    for attribute in VARYING {
        let option = options.iter().find(|o| o.get("attribute").and_then(Value::as_str) == Some(attribute));
        let property = option.and_then(|o| o.get("property")?.as_str());
        let values = option.and_then(|o| o.get("values")?.as_array().cloned()).unwrap_or_default();
        match property {
            Some(property) if !values.is_empty() => varying.push((property.to_string(), values)),
            _ => return Err(format!("option-table.json lists no property or values for {attribute}")),
        }
    }
    read_document(None, BUNDLED).map_err(|e| format!("the bundled framework: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    // Every combination: `combinations` options objects, each with its key.
    let mut combinations = vec![(Vec::new(), json!({ "colorScheme": "light" }))];
    for (property, values) in &varying {
        combinations = combinations
            .into_iter()
            .flat_map(|(key, given): (Vec<String>, Value)| {
                values.iter().map(move |value| {
                    let mut key = key.clone();
                    key.push(value.as_str().map_or(value.to_string(), str::to_string));
                    let mut given = given.clone();
                    if let Some(object) = given.as_object_mut() {
                        object.insert(property.clone(), value.clone());
                    }
                    (key, given)
                })
            })
            .collect();
    }
    let mut screens = Vec::new();
    for (key, given) in combinations {
        let key = key.join("/");
        let options: Options = serde_json::from_value(given).map_err(|e| format!("{key}: {e}"))?;
        // Made on the renderer's own thread: the document is shared by `Rc`.
        let props = move || AppProps {
            framework: read_document(None, BUNDLED).map_err(Into::into),
            options,
            host: None,
        };
        let renderer = ServerRenderer::<App>::with_props(props).hydratable(false);
        screens.push((key, runtime.block_on(renderer.render())));
    }
    Ok(screens)
}

/// What tells the loader that the Wasm may open a colleague's or a collector's view, which no
/// first screen shows, as `colleagues_store::may_be_invited` reads it: the keys of the address's
/// links, and the key under which a tab keeps the response it was giving, by mode. Empty when the
/// bundled framework asks colleagues nothing.
pub fn invitation_signs() -> Result<Value, String> {
    let doc = read_document(None, BUNDLED).map_err(|e| format!("the bundled framework: {e}"))?;
    if doc.self_check.colleagues.is_none() {
        return Ok(json!({ "fragment": [], "kept": {} }));
    }
    let kept: serde_json::Map<String, Value> =
        Mode::ALL.into_iter().map(|m| (m.as_str().into(), Kept::Colleague(m).key(&doc.id).into())).collect();
    Ok(json!({ "fragment": [FRAGMENT_KEY, COLLECT_KEY], "kept": kept }))
}
