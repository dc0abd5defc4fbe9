//! Generated framework documents: one loads exactly when it keeps every rule of the schema.

use super::load::{assert_guarantees, assert_usable};
use super::*;

// Small pools, so that generated documents often repeat an id, name an unknown one, or leave a
// text blank: each rule is broken often, and all of them are kept often enough.
fn texts() -> impl Strategy<Value = String> {
    prop_oneof![200 => Just("Text".to_string()), 1 => Just(String::new()), 1 => Just(" \n".to_string())]
}

/// Ids matching `pattern`, now and then an invalid one.
fn doc_ids(pattern: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        200 => pattern,
        1 => Just(String::new()),
        1 => Just("Upper".to_string()),
        1 => Just("a".repeat(64)),
        1 => Just("a".repeat(65)),
    ]
}

/// Mostly 1 to `most` items, now and then none.
fn few<S: Strategy<Value: Clone>>(item: S, most: usize) -> impl Strategy<Value = Vec<S::Value>> {
    prop_oneof![9 => proptest::collection::vec(item, 1..=most), 1 => Just(Vec::new())]
}

fn behaviours_of() -> impl Strategy<Value = Behaviour> {
    (doc_ids("[a-z]-[1-9]"), texts(), proptest::option::weighted(0.2, texts()))
        .prop_map(|(id, text, applies_to)| Behaviour { id, text, applies_to })
}

fn themes_of() -> impl Strategy<Value = Theme> {
    let framework = prop_oneof![10 => Just("nhs"), 10 => Just("lqf"), 1 => Just("other")];
    let links = (framework, texts(), proptest::collection::vec(texts(), 0..3))
        .prop_map(|(framework, heading, quotes)| Link { framework: framework.to_string(), heading, quotes });
    // Few theme ids, so that two themes now and then share one.
    (doc_ids("t-[1-9]"), texts(), few(behaviours_of(), 4), proptest::collection::vec(links, 0..3)).prop_map(
        |(id, text, behaviours, links)| Theme {
            id,
            title: text.clone(),
            tagline: text.clone(),
            description: text,
            behaviours,
            links,
        },
    )
}

/// A document with every field of the right type, whose content may break any of the rules.
fn generated_frameworks() -> impl Strategy<Value = Framework> {
    let linked_ids = prop_oneof![
        8 => Just(vec!["nhs", "lqf"]),
        1 => proptest::collection::vec(proptest::sample::select(&["nhs", "lqf", "NHS"][..]), 0..3),
    ];
    let linked = (linked_ids, texts(), proptest::option::of(texts())).prop_map(|(ids, text, note)| {
        let f = |id: &str| LinkedFramework {
            id: id.to_string(),
            name: text.clone(),
            heading: text.clone(),
            note: note.clone(),
        };
        ids.into_iter().map(f).collect::<Vec<_>>()
    });
    let about =
        (texts(), few(texts(), 2)).prop_map(|(heading, paragraphs)| AboutSection { heading, paragraphs });
    let labels: Vec<String> = [
        "Rarely",
        "Sometimes",
        "Often",
        "Always",
        "Never",
        "Seldom",
        "Usually",
        "Mostly",
        "Daily",
        "Weekly",
        "Yearly",
    ]
    .map(String::from)
    .to_vec();
    let scale = prop_oneof![
        20 => proptest::sample::subsequence(labels.clone(), 2..=MAX_SCALE),
        2 => proptest::sample::subsequence(labels.clone(), 0..2),
        2 => proptest::sample::subsequence(labels.clone(), MAX_SCALE + 1),
        // A label twice, or a blank one.
        2 => proptest::sample::subsequence(labels.clone(), 2..MAX_SCALE).prop_map(|mut s| {
            s.push(s[0].clone());
            s
        }),
        1 => proptest::sample::subsequence(labels, 1..MAX_SCALE).prop_map(|mut s| {
            s.push(" ".to_string());
            s
        }),
    ];
    (
        (doc_ids("[a-z]{1,10}"), texts(), few(texts(), 2), proptest::option::weighted(0.3, texts())),
        (proptest::collection::vec(about, 0..3), linked),
        few(themes_of(), 4),
        (
            texts(),
            scale,
            proptest::collection::vec(proptest::bool::weighted(0.7), 20),
            (
                proptest::option::weighted(0.1, doc_ids("[a-z]-[1-9]")),
                proptest::option::weighted(0.1, any::<Index>()),
            ),
        ),
    )
        .prop_map(|((id, text, publishers, source_note), (about, linked_frameworks), themes, sc)| {
            let (question, scale, picks, (unknown, repeat)) = sc;
            // The quick check: some of the behaviours (so that every theme is often covered), and
            // now and then an id of none, or one twice.
            let mut quick: Vec<String> = themes
                .iter()
                .flat_map(|t| &t.behaviours)
                .zip(picks.iter().cycle())
                .filter(|(_, p)| **p)
                .map(|(b, _)| b.id.clone())
                .collect();
            let repeated = repeat.filter(|_| !quick.is_empty()).map(|i| i.get(&quick).clone());
            quick.extend(unknown.into_iter().chain(repeated));
            Framework {
                schema_version: 1,
                id,
                language: "en-GB".to_string(),
                direction: Direction::Ltr,
                title: text.clone(),
                date: text.clone(),
                publishers,
                summary: text.clone(),
                about,
                attribution: text,
                source_note,
                linked_frameworks,
                themes,
                self_check: SelfCheckSpec {
                    colleagues: None,
                    question: question.clone(),
                    scale,
                    not_applicable: question,
                    quick,
                },
            }
        })
}

/// A framework as a document, every field written out as docs/framework-schema.md says.
fn document(fw: &Framework) -> Value {
    use serde_json::json;
    json!({
        "schema_version": 1,
        "id": fw.id, "title": fw.title, "date": fw.date, "publishers": fw.publishers,
        "summary": fw.summary, "attribution": fw.attribution, "source_note": fw.source_note,
        "about": fw.about.iter().map(|a| json!({"heading": a.heading, "paragraphs": a.paragraphs})).collect::<Vec<_>>(),
        "linked_frameworks": fw.linked_frameworks.iter().map(|l| json!({"id": l.id, "name": l.name, "heading": l.heading, "note": l.note})).collect::<Vec<_>>(),
        "themes": fw.themes.iter().map(|t| json!({
            "id": t.id, "title": t.title, "tagline": t.tagline, "description": t.description,
            "behaviours": t.behaviours.iter().map(|b| json!({"id": b.id, "text": b.text, "applies_to": b.applies_to})).collect::<Vec<_>>(),
            "links": t.links.iter().map(|l| json!({"framework": l.framework, "heading": l.heading, "quotes": l.quotes})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "self_check": {
            "question": fw.self_check.question, "scale": fw.self_check.scale,
            "not_applicable": fw.self_check.not_applicable, "quick": fw.self_check.quick,
        },
    })
}

#[test]
fn a_generated_document_loads_exactly_when_it_keeps_the_rules() {
    let loaded = Cell::new(0);
    let refused = Cell::new(0);
    check(500, generated_frameworks(), |fw| {
        let rules = assert_guarantees(&fw);
        match load_framework(&document(&fw).to_string()) {
            Ok(read) => {
                loaded.set(loaded.get() + 1);
                rules.map_err(|e| {
                    TestCaseError::fail(format!("accepted a document that breaks a rule: {e}"))
                })?;
                prop_assert_eq!(&read, &fw, "read back as written");
                assert_usable(read)
            }
            Err(LoadError::Invalid(problems)) => {
                refused.set(refused.get() + 1);
                prop_assert!(rules.is_err(), "refused a document that keeps the rules: {:?}", problems);
                Ok(())
            }
            Err(other) => {
                Err(TestCaseError::fail(format!("a well-formed document refused for its shape: {other}")))
            }
        }
    });
    assert!(loaded.get() > 0 && refused.get() > 0, "loaded {}, refused {}", loaded.get(), refused.get());
}
