//! `cargo run --bin validate-framework -- FILE`: checks a framework document for partners who
//! write their own for `framework-src`. Prints the message the widget would show, then every
//! problem by path; exits 0 when the widget can use the document, 1 when not, 2 on bad usage.
//! `--schema` prints the JSON Schema instead (how docs/framework.schema.json is regenerated).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use lsc_core::framework::load::{foreign_encoding_of_bytes, load_framework, LoadError};
    use lsc_core::framework::schema::{every_problem, schema_text};
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--schema"] {
        print!("{}", schema_text());
        return ExitCode::SUCCESS;
    }
    let [file] = args.as_slice() else {
        eprintln!("Usage: cargo run --bin validate-framework -- FILE (or --schema)");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("validate-framework: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    // As the browser reads a fetched document: UTF-8, a byte order mark dropped, bad bytes replaced.
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let result = match foreign_encoding_of_bytes(&bytes) {
        Some(name) => Err(LoadError::Encoding(name)),
        None => load_framework(text),
    };
    match result {
        Ok(fw) => {
            let behaviours = fw.behaviours().count();
            println!(
                "{file}: the widget can use this document ({} themes, {behaviours} key behaviours).",
                fw.themes.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("{file}: the widget cannot use this document. It shows:\n\n  {}\n", e.widget_message());
            if let Ok(document) = serde_json::from_str(text) {
                let problems = every_problem(&document);
                if !problems.is_empty() {
                    println!("Every problem, by path ({}):", problems.len());
                    for p in problems {
                        println!("  {}: {}", p.path, p.message);
                    }
                }
            }
            ExitCode::FAILURE
        }
    }
}

/// The validator is a native tool; the Wasm build has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
