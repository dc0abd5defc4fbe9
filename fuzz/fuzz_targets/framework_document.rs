//! Any bytes as a framework document: `load_framework` must answer with a framework or a plain
//! error, never panic, and whatever it accepts must give every theme a step in both modes. The
//! validator's full report must agree: nothing to report exactly when the document loads.
//!
//! The bytes are read as UTF-8 with invalid sequences replaced (U+FFFD), as the browser's
//! `Response.text()` does for a `framework-src` document, so every input reaches the parser.
#![no_main]

use lsc_core::framework::load::{load_framework, LoadError};
use lsc_core::framework::schema::every_problem;
use lsc_core::self_check::questionnaire::{steps, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = serde_json::from_str(&text).map(|d| every_problem(&d));
    match load_framework(&text) {
        Ok(fw) => {
            for mode in [Mode::Quick, Mode::Full] {
                assert_eq!(steps(&fw, mode).len(), fw.themes.len(), "a theme with nothing to ask");
            }
            assert!(report.is_ok_and(|r| r.is_empty()), "loaded, but the validator reports problems");
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            if matches!(e, LoadError::Shape { .. } | LoadError::Invalid(_)) {
                assert!(report.is_ok_and(|r| !r.is_empty()), "refused ({e}), but the validator reports nothing");
            }
        }
    }
});
