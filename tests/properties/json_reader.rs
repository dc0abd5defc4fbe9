//! The JSON reader (src/core/json.rs) against serde_json: it reads every document serde_json
//! writes, as the same tree, and every string `write_string` writes reads back as itself.

use super::*;
use leadership_self_check::core::json::{write_string, Json};

/// Any text, with the characters JSON escapes (controls, quote, backslash) and characters
/// beyond the Basic Multilingual Plane (surrogate pairs) made common.
fn strings() -> impl Strategy<Value = String> {
    let awkward = prop_oneof![
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap_or('a')),
        proptest::sample::select(&['"', '\\', '/', '\u{7f}', '\u{2028}', '\u{fffd}', '🌱', 'é'][..]),
    ];
    let chars = prop_oneof![2 => awkward, 1 => any::<char>()];
    prop_oneof![
        1 => any::<String>(),
        2 => proptest::collection::vec(chars, 0..12).prop_map(|c| c.into_iter().collect::<String>()),
    ]
}

/// Any JSON value up to a few levels deep: member names unique (JSON allows repeats, but this
/// reader refuses them on purpose), numbers as serde_json writes them.
fn values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        strings().prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((strings(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// The same tree? Numbers are compared as the text serde_json writes for them.
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(b)) => *a == b.to_string(),
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
        (Json::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

#[test]
fn reads_every_document_serde_json_writes_as_the_same_tree() {
    check(500, (values(), any::<bool>()), |(value, pretty)| {
        let text = if pretty {
            serde_json::to_string_pretty(&value).expect("serialises")
        } else {
            value.to_string()
        };
        match json::parse(&text) {
            Ok(read) => prop_assert!(same(&read, &value), "{} read as {:?}", text, read),
            Err(e) => prop_assert!(false, "{} refused: {:?}", text, e),
        }
        Ok(())
    });
}

#[test]
fn any_written_string_reads_back_as_itself() {
    check(1000, strings(), |s| {
        let mut text = String::new();
        write_string(&mut text, &s);
        prop_assert_eq!(json::parse(&text), Ok(Json::String(s.clone())));
        // And serde_json reads it the same way: what is written is standard JSON.
        prop_assert_eq!(serde_json::from_str::<String>(&text).ok(), Some(s));
        Ok(())
    });
}
