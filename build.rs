//! Prepares what the prerender (src/bin/prerender.rs) gives the loader as text: the widget's
//! stylesheet (the component CSS files in cascade order, minified by lightningcss) and the bundled
//! framework document (checked with the core's own loader, then written without layout white
//! space), which the loader hands to the Wasm. A missing, unreadable
//! or unusable input fails the build with the reason.

use std::{env, fs, path::Path, process};

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

// The core's own loader, so the build refuses exactly what the widget would refuse.
use lsc_core::framework::load;

/// The stylesheets in cascade order, each beside its views: base first, focus styles last.
const STYLES: &[&str] = &[
    "ui/base",
    "explorer/intro",
    "explorer/theme_accordion",
    "explorer/crossref_browser",
    "self_check/self_check",
    "self_check/check_answers",
    "results/results",
    "colleagues/colleagues",
    "ui/credit",
    "ui/load_error",
    "ui/focus",
];

fn main() {
    if let Err(message) = run() {
        eprintln!("build.rs: {message}");
        process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let out = env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let mut css = String::new();
    for name in STYLES {
        let path = format!("src/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        css.push_str(&read(&path)?);
        css.push('\n');
    }
    write(&Path::new(&out).join("widget.css"), &minify_css(&css)?)?;

    println!("cargo:rerun-if-changed=framework.json");
    let bytes = fs::read("framework.json").map_err(|e| format!("cannot read framework.json: {e}"))?;
    let text = check_framework(&bytes).map_err(|e| format!("framework.json cannot be used: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    write(&Path::new(&out).join("framework.min.json"), &value.to_string())
}

/// The document's text if the widget would show it, else the widget's message.
fn check_framework(bytes: &[u8]) -> Result<String, String> {
    if let Some(name) = load::foreign_encoding_of_bytes(bytes) {
        return Err(load::LoadError::Encoding(name).to_string());
    }
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| format!("not UTF-8: {e}"))?;
    load::load_framework(&text).map_err(|e| e.to_string())?;
    Ok(text)
}

fn minify_css(css: &str) -> Result<String, String> {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default()).map_err(|e| format!("CSS: {e}"))?;
    sheet.minify(MinifyOptions::default()).map_err(|e| format!("CSS: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions { minify: true, ..PrinterOptions::default() })
        .map_err(|e| format!("CSS: {e}"))?;
    Ok(printed.code)
}

fn read(path: &str) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
