//! The options the widget reads, held to the option table (`option-table.json`): `Options` has
//! one field for each option the table gives the widget, under its property name, and takes
//! exactly the typed values the loader hands over (`www/loader/options.js`, tested in
//! `tests/loader/`). A failure here names the option to add to, or change in, `core/src/options.rs`.

#![allow(clippy::panic, clippy::expect_used, clippy::indexing_slicing)] // a panic is a failing test

use lsc_core::options::Options;
use serde::de::{self, Deserializer, Visitor};
use serde_json::{json, Map, Value};

/// The table's options.
fn table() -> Vec<Value> {
    let table: Value =
        serde_json::from_str(include_str!("../../option-table.json")).expect("the table is JSON");
    table["options"].as_array().expect("options").clone()
}

/// The table's options that the widget reads.
fn widget_options() -> Vec<Value> {
    table().into_iter().filter(|o| o["widget"] == json!(true)).collect()
}

/// What the loader hands over when nothing is set: each option's default, where it has one.
fn defaults() -> Map<String, Value> {
    let with_default = widget_options().into_iter().filter(|o| o.get("default").is_some());
    with_default
        .map(|o| (o["property"].as_str().expect("property").to_string(), o["default"].clone()))
        .collect()
}

fn options(given: &Map<String, Value>) -> Result<Options, serde_json::Error> {
    serde_json::from_value(Value::Object(given.clone()))
}

/// The field names `Options` deserialises, read from the derived code itself.
fn fields() -> Vec<&'static str> {
    struct Fields<'a>(&'a mut Vec<&'static str>);
    impl<'de> Deserializer<'de> for Fields<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.extend_from_slice(fields);
            Err(de::Error::custom("only the fields were wanted"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Vec::new();
    let _ = <Options as serde::Deserialize>::deserialize(Fields(&mut names));
    names
}

#[test]
fn options_has_a_field_for_each_option_the_table_gives_the_widget_and_no_other() {
    let mut want: Vec<String> =
        widget_options().iter().map(|o| o["property"].as_str().expect("property").to_string()).collect();
    let mut have: Vec<String> = fields().into_iter().map(String::from).collect();
    want.sort();
    have.sort();
    assert_eq!(have, want, "core/src/options.rs's Options and the widget's options in option-table.json");
}

#[test]
fn the_defaults_the_loader_hands_over_are_read() {
    options(&defaults()).expect("the defaults are accepted");
}

#[test]
fn every_value_the_table_allows_is_read_and_each_gives_different_options() {
    for option in widget_options() {
        let (property, Some(values)) =
            (option["property"].as_str().expect("property"), option["values"].as_array())
        else {
            continue;
        };
        let mut seen = Vec::new();
        for value in values {
            let mut given = defaults();
            given.insert(property.into(), value.clone());
            let o = options(&given).unwrap_or_else(|e| panic!("{property}: {value} is not read: {e}"));
            assert!(!seen.contains(&o), "{property}: {value} gives the same options as another value");
            seen.push(o);
        }
        let mut given = defaults();
        given.insert(property.into(), json!("not-a-value"));
        assert!(options(&given).is_err(), "{property}: a value the table does not list is refused");
    }
}

#[test]
fn an_option_with_a_default_is_always_handed_over_and_one_without_may_be_absent() {
    for option in widget_options() {
        let property = option["property"].as_str().expect("property");
        let mut given = defaults();
        given.remove(property);
        assert_eq!(options(&given).is_ok(), option.get("default").is_none(), "{property} left out");
    }
    let mut given = defaults();
    given.insert("fallbackHref".into(), json!("/leadership"));
    assert_eq!(options(&given).expect("a link").fallback_href.as_deref(), Some("/leadership"));
}

/// The values of one of the table's widget options.
fn values(property: &str) -> Vec<Value> {
    let option = widget_options().into_iter().find(|o| o["property"] == json!(property));
    option.and_then(|o| o["values"].as_array().cloned()).unwrap_or_else(|| panic!("{property} has values"))
}

#[test]
fn the_words_the_widget_writes_back_are_the_tables() {
    // The colour scheme as the root's data-scheme, the mode in lsc:complete and saved progress.
    for value in values("colorScheme") {
        let mut given = defaults();
        given.insert("colorScheme".into(), value.clone());
        assert_eq!(json!(options(&given).expect("a scheme").color_scheme.name()), value);
    }
    for value in values("mode") {
        let mut given = defaults();
        given.insert("mode".into(), value.clone());
        assert_eq!(json!(options(&given).expect("a mode").mode.as_str()), value);
    }
}
