//! The framework loader: no input makes it panic, and whatever it accepts keeps the
//! validator's promises.

use super::state::{play, Event, Seen};
use super::text_edits::{edited, edits};
use super::*;
use lsc_core::framework::schema::every_problem;

/// Loads `text`; a refusal must be a plain message, never a panic or an empty list of problems.
fn load_plainly(text: &str) -> Result<Option<Framework>, TestCaseError> {
    match load_framework(text) {
        Ok(fw) => Ok(Some(fw)),
        Err(e) => {
            if let LoadError::Invalid(problems) = &e {
                prop_assert!(!problems.is_empty(), "refused with no problem named");
            }
            prop_assert!(!e.to_string().trim().is_empty());
            Ok(None)
        }
    }
}

/// What `load_framework` promises about every document it accepts (docs/framework-schema.md).
pub(super) fn assert_guarantees(fw: &Framework) -> Result<(), TestCaseError> {
    let is_id = |id: &str| {
        (1..=64).contains(&id.len())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let text = |s: &str| !s.trim().is_empty();
    let unique = |ids: &[&str]| ids.iter().collect::<HashSet<_>>().len() == ids.len();

    prop_assert!(is_id(&fw.id));
    for s in [&fw.title, &fw.date, &fw.summary, &fw.attribution] {
        prop_assert!(text(s));
    }
    prop_assert!(fw.source_note.as_deref().is_none_or(text));
    prop_assert!(!fw.publishers.is_empty() && fw.publishers.iter().all(|p| text(p)));
    for a in &fw.about {
        prop_assert!(text(&a.heading) && !a.paragraphs.is_empty() && a.paragraphs.iter().all(|p| text(p)));
    }

    let linked: Vec<&str> = fw.linked_frameworks.iter().map(|l| l.id.as_str()).collect();
    prop_assert!(linked.iter().all(|id| is_id(id)) && unique(&linked), "linked framework ids {:?}", linked);
    for l in &fw.linked_frameworks {
        prop_assert!(text(&l.name) && text(&l.heading) && l.note.as_deref().is_none_or(text));
    }

    prop_assert!(!fw.themes.is_empty());
    let themes: Vec<&str> = fw.themes.iter().map(|t| t.id.as_str()).collect();
    prop_assert!(themes.iter().all(|id| is_id(id)) && unique(&themes), "theme ids {:?}", themes);
    let behaviours: Vec<&str> = fw.behaviours().map(|b| b.id.as_str()).collect();
    prop_assert!(
        behaviours.iter().all(|id| is_id(id)) && unique(&behaviours),
        "behaviour ids {:?}",
        behaviours
    );
    for t in &fw.themes {
        prop_assert!(text(&t.title) && text(&t.tagline) && text(&t.description));
        prop_assert!(!t.behaviours.is_empty(), "theme {} has no behaviours", t.id);
        for b in &t.behaviours {
            prop_assert!(text(&b.text) && b.applies_to.as_deref().is_none_or(text));
        }
        for l in &t.links {
            prop_assert!(linked.contains(&l.framework.as_str()), "a link to {}", l.framework);
            prop_assert!(text(&l.heading) && l.quotes.iter().all(|q| text(q)));
        }
        prop_assert!(
            t.behaviours.iter().any(|b| fw.self_check.quick.contains(&b.id)),
            "no quick check in {}",
            t.id
        );
    }

    let sc = &fw.self_check;
    prop_assert!(text(&sc.question) && text(&sc.not_applicable));
    let labels: Vec<&str> = sc.scale.iter().map(String::as_str).collect();
    prop_assert!(
        (2..=MAX_SCALE).contains(&labels.len()) && unique(&labels) && labels.iter().all(|l| text(l))
    );
    let quick: Vec<&str> = sc.quick.iter().map(String::as_str).collect();
    prop_assert!(unique(&quick) && quick.iter().all(|id| behaviours.contains(id)), "quick {:?}", quick);
    Ok(())
}

/// Any document that loads gives a working self-check: every theme is a step in both modes,
/// and filling in every step reaches the summary, then results that score 0 to 100.
pub(super) fn assert_usable(fw: Framework) -> Result<(), TestCaseError> {
    let fw = Rc::new(fw);
    for mode in [Mode::Quick, Mode::Full] {
        let mut check = SelfCheck::new(fw.clone(), mode);
        prop_assert_eq!(check.steps().len(), fw.themes.len());
        for _ in 0..check.steps().len() {
            check = play(check, &[Event::Fill(7), Event::Act(Action::Next)], &Seen::default())?;
        }
        prop_assert_eq!(check.stage(), Stage::Summary, "{:?} check did not reach the summary", mode);
        check = play(check, &[Event::Act(Action::Next)], &Seen::default())?;
        prop_assert_eq!(check.stage(), Stage::Results, "{:?} check did not reach results", mode);
        for s in theme_scores(&fw, check.steps(), check.answers()) {
            prop_assert!(s.score.is_some_and(|v| v <= 100));
        }
    }
    Ok(())
}

#[test]
fn parsing_or_loading_any_text_never_panics() {
    check(1000, any::<String>(), |text| load_plainly(&text).map(|_| ()));
    check(1000, proptest::collection::vec(any::<u8>(), 0..200), |bytes| {
        let text = String::from_utf8_lossy(&bytes);
        load_plainly(&text).map(|_| ())
    });
    // Text made of JSON's own characters gets further into the parser.
    check(1000, "[\\[\\]{}\":,.+\\-0-9eEtrufalsn \\\\/u\n\té🌱]{0,60}", |text| {
        load_plainly(&text).map(|_| ())
    });
}

#[test]
fn the_json_syntax_scan_finds_an_error_exactly_when_serde_json_does() {
    use lsc_core::framework::json_syntax::first_error;
    // JSON's own characters, without `\u` escapes (serde_json refuses lone surrogates, which
    // JSON.parse takes) and shallower than serde_json's nesting limit.
    check(3000, "[\\[\\]{}\":,.+\\-0-9eEtrfalsn \\\\/\n\té🌱]{0,40}", |text| {
        let refused = serde_json::from_str::<Value>(&text).is_err();
        prop_assert_eq!(first_error(&text).is_some(), refused, "{:?}", text);
        Ok(())
    });
    // Valid documents, whatever their values.
    check(300, small_values(), |value| {
        prop_assert_eq!(first_error(&value.to_string()), None);
        Ok(())
    });
}

/// Paths to every value in a document, as JSON pointers, and how deep each is.
fn pointers(v: &Value, at: String, depth: usize, out: &mut Vec<(String, usize)>) {
    match v {
        Value::Object(members) => {
            for (k, child) in members {
                pointers(child, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), depth + 1, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), depth + 1, out);
            }
        }
        _ => {}
    }
    out.push((at, depth));
}

fn framework_pointers() -> Vec<(String, usize)> {
    let mut out = Vec::new();
    pointers(&doc(), String::new(), 0, &mut out);
    out
}

/// serde_json's nesting limit: deeper input is a syntax error, not a risk to the stack. (In the
/// browser, JSON.parse has its own, and the typed read never goes deeper than the model.)
const MAX_DEPTH: usize = 128;

#[test]
fn nesting_anywhere_in_the_document_is_refused_plainly() {
    let places = framework_pointers();
    let openers =
        proptest::collection::vec(prop_oneof![Just("["), Just("{\"a\":"), Just("{\"themes\":")], 1..200);
    check(300, (proptest::sample::select(places), openers), |((at, depth), openers)| {
        // The value at `at` replaced by `openers` around a string, each closed again.
        let mut d = doc();
        *d.pointer_mut(&at).expect("a place in the document") = Value::from("\u{1}HERE");
        let closers: String = openers.iter().rev().map(|o| if *o == "[" { ']' } else { '}' }).collect();
        let nested = format!("{}\"x\"{closers}", openers.concat());
        let text = d.to_string().replacen("\"\\u0001HERE\"", &nested, 1);
        prop_assert!(!text.contains("HERE"), "the place holder was replaced");

        let result = load_framework(&text);
        if depth + openers.len() > MAX_DEPTH {
            prop_assert!(
                matches!(result, Err(LoadError::Syntax { .. })),
                "{} levels at {}",
                openers.len(),
                at
            );
        }
        load_plainly(&text).map(|_| ())
    });
}

/// One change to the structure of a framework document.
#[derive(Debug, Clone)]
enum Change {
    /// A value replaced by a copy of another (an id copied onto another id, a behaviour onto
    /// another behaviour, a list onto a string...).
    Graft(Index, Index),
    /// A member or list item removed.
    Remove(Index),
    /// A value replaced by a small one.
    Set(Index, Value),
    /// A member renamed.
    Rename(Index, String),
}

fn small_values() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(serde_json::json!(1.5)),
        Just(serde_json::json!(1)),
        "|[ a-z0-9-]{0,8}|\\PC{0,4}|[A-Z ]{65,70}".prop_map(Value::from),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!(["si-1"])),
    ]
}

fn changes() -> impl Strategy<Value = Change> {
    let keys = proptest::sample::select(&["id", "title", "quick", "scale", "applies_to", "links", "x"][..]);
    prop_oneof![
        3 => (any::<Index>(), any::<Index>()).prop_map(|(to, from)| Change::Graft(to, from)),
        2 => any::<Index>().prop_map(Change::Remove),
        2 => (any::<Index>(), small_values()).prop_map(|(at, v)| Change::Set(at, v)),
        1 => (any::<Index>(), keys).prop_map(|(at, k)| Change::Rename(at, k.to_string())),
    ]
}

fn changed(mut d: Value, changes: &[Change]) -> Value {
    for change in changes {
        let mut places = Vec::new();
        pointers(&d, String::new(), 0, &mut places);
        let place = |i: &Index| i.get(&places).0.clone();
        // The parent of a pointer and the last step of it.
        let split = |p: &str| {
            p.rsplit_once('/')
                .map(|(parent, last)| (parent.to_string(), last.replace("~1", "/").replace("~0", "~")))
        };
        match change {
            Change::Graft(to, from) => {
                let value = d.pointer(&place(from)).cloned().unwrap_or(Value::Null);
                if let Some(slot) = d.pointer_mut(&place(to)) {
                    *slot = value;
                }
            }
            Change::Set(at, value) => {
                if let Some(slot) = d.pointer_mut(&place(at)) {
                    *slot = value.clone();
                }
            }
            Change::Remove(at) | Change::Rename(at, _) => {
                let Some((parent, last)) = split(&place(at)) else { continue };
                match (d.pointer_mut(&parent), change) {
                    (Some(Value::Object(members)), Change::Rename(_, name)) => {
                        if let Some(v) = members.remove(&last) {
                            members.insert(name.clone(), v);
                        }
                    }
                    (Some(Value::Object(members)), _) => {
                        members.remove(&last);
                    }
                    (Some(Value::Array(items)), Change::Remove(_)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            items.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    d
}

#[test]
fn a_changed_framework_loads_only_if_it_keeps_the_rules() {
    let loaded = Cell::new(0);
    let refused = Cell::new(0);
    check(300, proptest::collection::vec(changes(), 1..4), |changes| {
        let d = changed(doc(), &changes);
        let text = d.to_string();
        // The validator's full report agrees: no problem exactly when the widget takes it.
        let report = every_problem(&d);
        match load_plainly(&text)? {
            Some(fw) => {
                loaded.set(loaded.get() + 1);
                prop_assert!(report.is_empty(), "loaded, but the report lists {:?}", report);
                assert_guarantees(&fw)?;
                assert_usable(fw)
            }
            None => {
                refused.set(refused.get() + 1);
                prop_assert!(
                    !report.is_empty(),
                    "refused ({}), but the report lists nothing",
                    load_framework(&text).unwrap_err()
                );
                Ok(())
            }
        }
    });
    assert!(loaded.get() > 0 && refused.get() > 0, "loaded {}, refused {}", loaded.get(), refused.get());
}

/// Words of the schema, so that text edits often keep the document JSON and reach the rules.
const SCHEMA_WORDS: &[&str] = &[
    "\"id\"",
    "\"title\"",
    "\"themes\"",
    "\"behaviours\"",
    "\"quick\"",
    "\"scale\"",
    "\"links\"",
    "\"framework\"",
    "\"applies_to\"",
    "\"si-1\"",
    "\"dt-1\"",
    "\"nhs-lf\"",
    "\"strategic-intent\"",
    "\"\"",
    "\" \"",
    "\"A-B\"",
    "1",
    "2",
    "0",
    "null",
    "true",
    "[]",
    "{}",
    ",",
    ":",
    "[",
    "]",
    "{",
    "}",
    "\"",
];

#[test]
fn an_edited_framework_json_never_panics_and_loads_only_if_it_keeps_the_rules() {
    let loaded = Cell::new(0);
    check(300, proptest::collection::vec(edits(SCHEMA_WORDS), 1..4), |edits| {
        let text = edited(FRAMEWORK_JSON, &edits);
        if let Some(fw) = load_plainly(&text)? {
            loaded.set(loaded.get() + 1);
            assert_guarantees(&fw)?;
            assert_usable(fw)?;
        }
        Ok(())
    });
    assert!(loaded.get() > 0, "no edited document loaded, so the rules were never checked");
}

/// Places in the bundled document that hold text shown to visitors, as JSON pointers.
fn text_pointers() -> Vec<String> {
    framework_pointers()
        .into_iter()
        .map(|(at, _)| at)
        .filter(|at| {
            let last = at.rsplit('/').next().unwrap_or_default();
            doc().pointer(at).is_some_and(Value::is_string)
                && !["id", "framework", "schema_version", "language", "direction"].contains(&last)
                && !at.contains("/quick/")
        })
        .collect()
}

#[test]
fn a_bidirectional_control_anywhere_in_text_is_refused_naming_that_field() {
    let controls = proptest::sample::select(
        &[
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
            '\u{2069}',
        ][..],
    );
    check(200, (proptest::sample::select(text_pointers()), controls, any::<Index>()), |(at, c, i)| {
        let mut d = doc();
        let slot = d.pointer_mut(&at).expect("a text");
        let text = slot.as_str().expect("a string").to_string();
        let cut = text.char_indices().map(|(b, _)| b).nth(i.index(text.chars().count().max(1))).unwrap_or(0);
        *slot = Value::from(format!("{}{c}{}", &text[..cut], &text[cut..]));
        let Err(LoadError::Invalid(problems)) = load_framework(&d.to_string()) else {
            return Err(TestCaseError::fail(format!(
                "{at} with U+{:04X} was not refused as invalid",
                u32::from(c)
            )));
        };
        // The path names the field: its last member or index is the pointer's.
        let last = at.rsplit('/').next().unwrap_or_default();
        let ends =
            |p: &str| p == last || p.ends_with(&format!(".{last}")) || p.ends_with(&format!("[{last}]"));
        prop_assert!(
            problems.iter().any(|p| ends(&p.path) && p.message.contains("bidirectional control")),
            "{} not named in {:?}",
            at,
            problems
        );
        Ok(())
    });
}
