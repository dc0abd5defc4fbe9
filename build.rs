//! Minifies what is compiled into the Wasm as text: the widget's stylesheet (the component CSS
//! files, in cascade order) and the bundled framework document. Comments and layout white space
//! cost bytes that every visitor downloads; the readable sources stay as they are.

use std::{env, fs, path::Path};

/// The component stylesheets in cascade order: base first, focus styles last.
const STYLES: &[&str] = &[
    "base",
    "intro",
    "theme_accordion",
    "crossref_browser",
    "self_check",
    "results",
    "credit",
    "load_error",
    "focus",
];

fn main() {
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let mut css = String::new();
    for name in STYLES {
        let path = format!("src/components/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        css.push_str(&minify_css(&fs::read_to_string(&path).unwrap_or_default()));
    }
    write(&Path::new(&out).join("widget.css"), &css);

    println!("cargo:rerun-if-changed=framework.json");
    let json = fs::read_to_string("framework.json").unwrap_or_default();
    write(&Path::new(&out).join("framework.min.json"), &minify_json(&json));
}

fn write(path: &Path, text: &str) {
    if let Err(e) = fs::write(path, text) {
        println!("cargo:warning=could not write {}: {e}", path.display());
    }
}

/// Drops comments and white space outside strings. Enough for our own CSS: no rule there
/// depends on the white space this removes (it keeps one space where two words would merge).
/// Limitation: a space before `:` is removed too, so a descendant selector such as
/// `.a :focus` would become `.a:focus`; write `.a *:focus` instead.
fn minify_css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    let mut pending_space = false;
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            c if c.is_whitespace() => pending_space = true,
            c => {
                let joins = |x: char| "{};:,>".contains(x);
                if pending_space && !out.is_empty() && !joins(c) && !out.ends_with(|x| joins(x) || x == '(') {
                    out.push(' ');
                }
                pending_space = false;
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

/// Drops white space outside strings. The document is checked by the tests, so a string is
/// always closed and escapes are always complete.
fn minify_json(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in src.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
