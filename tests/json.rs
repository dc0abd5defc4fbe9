//! The JSON reader and string writer (src/core/json.rs): every valid document is read, every
//! invalid one is refused with the line, column and reason, and hostile input cannot exhaust the
//! stack.
#![allow(clippy::panic)] // test helpers: a panic is a failing test

use leadership_self_check::core::json::{parse, write_string, Json, SyntaxError};

/// The document must be refused; returns why.
fn error(text: &str) -> SyntaxError {
    match parse(text) {
        Ok(value) => panic!("expected {text:?} to be refused, read {value:?}"),
        Err(e) => e,
    }
}

/// The document must be refused at this line and column, with this message.
fn assert_refused(text: &str, line: usize, column: usize, message: &'static str) {
    assert_eq!(error(text), SyntaxError { line, column, message }, "for {text:?}");
}

fn num(text: &str) -> Json {
    Json::Number(text.to_string())
}

fn string(text: &str) -> Json {
    Json::String(text.to_string())
}

/// `s` as written by `write_string`.
fn written(s: &str) -> String {
    let mut out = String::new();
    write_string(&mut out, s);
    out
}

// ---- Valid documents ----

#[test]
fn reads_every_kind_of_value_nested() {
    let text = r#"
        {
          "null": null, "yes": true, "no": false,
          "number": 42, "text": "hello",
          "list": [1, [2, [3, []]], {"deep": {"deeper": [{}]}}],
          "empty object": {}, "empty list": [], "": "empty name"
        }"#;
    let expected = Json::Object(vec![
        ("null".into(), Json::Null),
        ("yes".into(), Json::Bool(true)),
        ("no".into(), Json::Bool(false)),
        ("number".into(), num("42")),
        ("text".into(), string("hello")),
        (
            "list".into(),
            Json::Array(vec![
                num("1"),
                Json::Array(vec![num("2"), Json::Array(vec![num("3"), Json::Array(vec![])])]),
                Json::Object(vec![(
                    "deep".into(),
                    Json::Object(vec![("deeper".into(), Json::Array(vec![Json::Object(vec![])]))]),
                )]),
            ]),
        ),
        ("empty object".into(), Json::Object(vec![])),
        ("empty list".into(), Json::Array(vec![])),
        ("".into(), string("empty name")),
    ]);
    assert_eq!(parse(text).unwrap(), expected);
}

#[test]
fn reads_a_scalar_as_the_whole_document() {
    assert_eq!(parse("null").unwrap(), Json::Null);
    assert_eq!(parse("true").unwrap(), Json::Bool(true));
    assert_eq!(parse(" \t\r\n false \r\n").unwrap(), Json::Bool(false));
    assert_eq!(parse("7").unwrap(), num("7"));
    assert_eq!(parse(r#""alone""#).unwrap(), string("alone"));
}

#[test]
fn keeps_object_members_in_document_order() {
    let value = parse(r#"{"z": 1, "a": 2, "m": 3}"#).unwrap();
    let Json::Object(members) = &value else { panic!("expected an object, read {value:?}") };
    let names: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["z", "a", "m"]);
    assert_eq!(value.get("a"), Some(&num("2")));
    assert_eq!(value.get("missing"), None);
    assert_eq!(num("1").get("a"), None, "only objects have members");
}

#[test]
fn accepts_white_space_everywhere_json_allows_it() {
    let text = "\r\n\t [ \n 1 \t, \r\n { \"a\" \n : \t 2 } \n ] \n";
    assert_eq!(parse(text).unwrap(), Json::Array(vec![num("1"), Json::Object(vec![("a".into(), num("2"))])]));
}

#[test]
fn decodes_every_escape() {
    assert_eq!(parse(r#""\" \\ \/ \b \f \n \r \t""#).unwrap(), string("\" \\ / \u{8} \u{c} \n \r \t"));
}

#[test]
fn decodes_unicode_escapes_and_surrogate_pairs() {
    assert_eq!(parse(r#""\u0041\u00e9\u00E9\u20AC""#).unwrap(), string("Aéé€"));
    assert_eq!(parse(r#""\u0000""#).unwrap(), string("\0"));
    // An astral character is written as a surrogate pair, in either case of hex digit.
    assert_eq!(parse(r#""\uD83D\uDE00""#).unwrap(), string("😀"));
    assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), string("😀"));
    assert_eq!(parse(r#""\uDBFF\uDFFF""#).unwrap(), string("\u{10FFFF}"));
    assert_eq!(parse(r#""a\uD834\uDD1Eb""#).unwrap(), string("a𝄞b"));
}

#[test]
fn reads_unescaped_non_ascii_as_written() {
    assert_eq!(parse("\"£2 – 'Giving' é ü 😀 \u{7f}\"").unwrap(), string("£2 – 'Giving' é ü 😀 \u{7f}"));
}

#[test]
fn keeps_the_text_of_numbers_verbatim() {
    for text in
        ["0", "-0", "1", "-1", "0.5", "-0.5", "1e5", "1E5", "1e+5", "1E-5", "-12.50e-03", "1.0", "100"]
    {
        assert_eq!(parse(text).unwrap(), num(text), "for {text}");
        assert_eq!(parse(&format!("[{text}]")).unwrap(), Json::Array(vec![num(text)]), "for [{text}]");
    }
    // Larger than any machine number: kept, not rounded.
    let big = "123456789012345678901234567890.123456789e-400";
    assert_eq!(parse(big).unwrap(), num(big));
}

#[test]
fn as_u64_reads_only_plain_whole_numbers() {
    assert_eq!(num("1").as_u64(), Some(1));
    assert_eq!(num("0").as_u64(), Some(0));
    assert_eq!(num("18446744073709551615").as_u64(), Some(u64::MAX));
    for text in ["1.0", "-1", "0.5", "1e5", "18446744073709551616"] {
        assert_eq!(num(text).as_u64(), None, "for {text}");
    }
    assert_eq!(string("1").as_u64(), None, "a string is not a number");
    assert_eq!(Json::Null.as_u64(), None);
    // Through the parser, as load.rs reads schema_version.
    assert_eq!(parse(r#"{"v": 1}"#).unwrap().get("v").and_then(Json::as_u64), Some(1));
    assert_eq!(parse(r#"{"v": 1.0}"#).unwrap().get("v").and_then(Json::as_u64), None);
}

#[test]
fn as_str_and_kind() {
    assert_eq!(string("x").as_str(), Some("x"));
    assert_eq!(num("1").as_str(), None);
    let kinds: Vec<&str> =
        [Json::Null, Json::Bool(true), num("1"), string("s"), Json::Array(vec![]), Json::Object(vec![])]
            .iter()
            .map(Json::kind)
            .collect();
    assert_eq!(kinds, ["null", "true or false", "a number", "a string", "a list", "an object"]);
}

#[test]
fn the_same_name_in_different_objects_is_not_a_repeat() {
    let value = parse(r#"{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}"#).unwrap();
    assert_eq!(value.get("a").and_then(|a| a.get("a")), Some(&num("1")));
}

#[test]
fn reads_the_bundled_framework() {
    let text = include_str!("../framework.json");
    let doc = parse(text).unwrap();
    assert_eq!(doc.get("schema_version").and_then(Json::as_u64), Some(1));
    assert!(matches!(doc.get("themes"), Some(Json::Array(themes)) if themes.len() == 4));
}

// ---- Syntax errors: line, column and reason ----

#[test]
fn trailing_commas_are_refused() {
    assert_refused("[1, 2,]", 1, 7, "expected a value");
    // On line 3: the '}' after the comma stands where a member name must be.
    assert_refused("{\n  \"a\": 1,\n}", 3, 1, "expected a member name in double quotes");
    assert_refused("{\"a\": [\n  1,\n  2,\n]}", 4, 1, "expected a value");
}

#[test]
fn single_quotes_are_refused() {
    assert_refused("['a']", 1, 2, "expected a value");
    assert_refused("{'a': 1}", 1, 2, "expected a member name in double quotes");
    assert_refused("{\n  \"ok\": 1,\n  'quoted': 2\n}", 3, 3, "expected a member name in double quotes");
}

#[test]
fn unquoted_member_names_are_refused() {
    assert_refused(
        "{\n  \"schema_version\": 1,\n  oops: 2\n}",
        3,
        3,
        "expected a member name in double quotes",
    );
    assert_refused("{a: 1}", 1, 2, "expected a member name in double quotes");
}

#[test]
fn leading_zeros_are_refused() {
    // The column is just after the digits read.
    assert_refused("01", 1, 3, "invalid number");
    assert_refused("[-01]", 1, 5, "invalid number");
    assert_refused("{\n  \"n\": 007\n}", 2, 11, "invalid number");
}

#[test]
fn other_malformed_numbers_are_refused() {
    assert_refused("-", 1, 2, "invalid number");
    assert_refused("[-x]", 1, 3, "invalid number");
    assert_refused("1.", 1, 3, "invalid number");
    assert_refused("[1.e5]", 1, 4, "invalid number");
    assert_refused("1e", 1, 3, "invalid number");
    assert_refused("1e+", 1, 4, "invalid number");
    assert_refused(".5", 1, 1, "expected a value");
    assert_refused("+1", 1, 1, "expected a value");
    assert_refused("[NaN]", 1, 2, "expected a value");
    assert_refused("[Infinity]", 1, 2, "expected a value");
    assert_refused("0x10", 1, 2, "unexpected text after the end of the document");
}

#[test]
fn lone_surrogates_are_refused() {
    // A high surrogate must be followed at once by a \u low surrogate.
    assert_refused(r#""\uD800""#, 1, 8, "a \\u surrogate is not followed by its pair");
    assert_refused(r#""\uD83Dx""#, 1, 8, "a \\u surrogate is not followed by its pair");
    assert_refused(r#""\uD800\u0041""#, 1, 14, "a \\u surrogate is not followed by its pair");
    assert_refused(r#""\uD800\uD800""#, 1, 14, "a \\u surrogate is not followed by its pair");
    assert_refused(r#""\uD800\n""#, 1, 8, "a \\u surrogate is not followed by its pair");
    // A low surrogate on its own is no character at all.
    assert_refused(r#""\uDC00""#, 1, 8, "invalid \\u escape");
    assert_refused("{\n  \"a\": \"x\\uDFFFy\"\n}", 2, 16, "invalid \\u escape");
}

#[test]
fn malformed_escapes_are_refused() {
    assert_refused(r#""\x""#, 1, 3, "invalid escape in a string");
    assert_refused(r#""\U0041""#, 1, 3, "invalid escape in a string");
    assert_refused(r#""\'""#, 1, 3, "invalid escape in a string");
    assert_refused(r#""\u12G4""#, 1, 4, "invalid \\u escape");
    assert_refused(r#""\u12""#, 1, 4, "invalid \\u escape");
    assert_refused(r#""\u"#, 1, 4, "invalid \\u escape");
    // Fewer than four hex digits before a non-ASCII character, including where the fourth
    // byte falls inside that character: refused, not a panic on a char boundary.
    assert_refused("\"\\u00é\"", 1, 4, "invalid \\u escape");
    assert_refused("\"\\u000é\"", 1, 4, "invalid \\u escape");
    assert_refused("\"\\", 1, 3, "invalid escape in a string");
}

#[test]
fn unescaped_control_characters_in_strings_are_refused() {
    assert_refused("\"a\tb\"", 1, 3, "control characters must be escaped in strings");
    assert_refused("\"nul\0\"", 1, 5, "control characters must be escaped in strings");
    assert_refused("\"\u{1f}\"", 1, 2, "control characters must be escaped in strings");
    // A raw line break inside a string: the error is where the break is, at the end of line 1.
    assert_refused("[\"line one\nline two\"]", 1, 11, "control characters must be escaped in strings");
    assert_refused("{\n  \"a\": \"x\ry\"\n}", 2, 10, "control characters must be escaped in strings");
}

#[test]
fn unclosed_strings_are_refused() {
    assert_refused("\"abc", 1, 5, "a string is not closed");
    assert_refused("{\"a\": \"abc", 1, 11, "a string is not closed");
    assert_refused("{\n  \"a\": 1,\n  \"b", 3, 5, "a string is not closed");
    assert_refused("\"", 1, 2, "a string is not closed");
    assert_refused("\"ends with an escaped quote\\\"", 1, 30, "a string is not closed");
}

#[test]
fn text_after_the_document_is_refused() {
    assert_refused("{} x", 1, 4, "unexpected text after the end of the document");
    assert_refused("[1]]", 1, 4, "unexpected text after the end of the document");
    assert_refused("1 2", 1, 3, "unexpected text after the end of the document");
    assert_refused("{\"a\": 1}\n{\"b\": 2}", 2, 1, "unexpected text after the end of the document");
    assert_refused("truex", 1, 5, "unexpected text after the end of the document");
    assert_refused("null // comment", 1, 6, "unexpected text after the end of the document");
}

#[test]
fn empty_input_is_refused() {
    assert_refused("", 1, 1, "the document ends where a value was expected");
    assert_refused(" \n\t", 2, 2, "the document ends where a value was expected");
}

#[test]
fn truncated_documents_are_refused() {
    assert_refused("[", 1, 2, "the document ends where a value was expected");
    assert_refused("[1,", 1, 4, "the document ends where a value was expected");
    assert_refused("[1", 1, 3, "expected ',' or ']' in a list");
    assert_refused("{", 1, 2, "expected a member name in double quotes");
    assert_refused("{\"a\"", 1, 5, "expected ':' after a member name");
    assert_refused("{\"a\":", 1, 6, "the document ends where a value was expected");
    assert_refused("{\"a\": 1", 1, 8, "expected ',' or '}' in an object");
    assert_refused("tru", 1, 1, "expected a value");
    assert_refused("[nul]", 1, 2, "expected a value");
}

#[test]
fn missing_separators_are_refused() {
    assert_refused("[1 2]", 1, 4, "expected ',' or ']' in a list");
    assert_refused("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' in an object");
    assert_refused("{\"a\" 1}", 1, 6, "expected ':' after a member name");
    assert_refused("{\"a\"= 1}", 1, 5, "expected ':' after a member name");
    assert_refused("[1,,2]", 1, 4, "expected a value");
    assert_refused("{,}", 1, 2, "expected a member name in double quotes");
}

#[test]
fn duplicate_member_names_are_refused() {
    let e = error(r#"{"a": 1, "b": 2, "a": 3}"#);
    assert_eq!(e.message, "a member name is repeated in the same object");
    assert_eq!(e.line, 1);
    // Names are compared as decoded: "\u0061" is "a".
    assert_eq!(error(r#"{"a": 1, "\u0061": 2}"#).message, "a member name is repeated in the same object");
    // In a nested object, on line 3.
    let e = error("{\n  \"outer\": {\n    \"x\": 1, \"x\": 2\n  }\n}");
    assert_eq!((e.line, e.message), (3, "a member name is repeated in the same object"));
}

/// The error should point at the repeated name, where the author has to look. It points at the
/// end of the repeated member's value instead, which for a list or object can be many lines on.
#[test]
fn a_duplicate_member_name_is_reported_at_the_name() {
    assert_refused(r#"{"a": 1, "a": 2}"#, 1, 10, "a member name is repeated in the same object");
    assert_refused(
        "{\n  \"themes\": [],\n  \"themes\": [\n    1,\n    2\n  ]\n}",
        3,
        3,
        "a member name is repeated in the same object",
    );
}

#[test]
fn positions_count_characters_not_bytes_and_lines_from_one() {
    // "é" and "😀" are two and four bytes but one column each.
    assert_refused("[\"é\", x]", 1, 7, "expected a value");
    assert_refused("[\"😀😀\", x]", 1, 8, "expected a value");
    assert_refused("{\n  \"é\": \"ü\",\n  \"€\": x\n}", 3, 8, "expected a value");
    // Windows line ends: the '\r' belongs to the line before.
    assert_refused("{\r\n  \"a\": 1,\r\n  b\r\n}", 3, 3, "expected a member name in double quotes");
    // A tab is one column.
    assert_refused("{\n\t\"a\": ?\n}", 2, 7, "expected a value");
}

#[test]
fn white_space_outside_json_is_refused() {
    // A byte order mark, a no-break space and a form feed are not JSON white space.
    assert_refused("\u{feff}{}", 1, 1, "expected a value");
    assert_refused("[1,\u{a0}2]", 1, 4, "expected a value");
    assert_refused("[\u{c}]", 1, 2, "expected a value");
}

// ---- Nesting ----

fn nested_lists(depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn nesting_up_to_the_limit_is_read() {
    let value = parse(&nested_lists(64, "1")).unwrap();
    let mut v = &value;
    for _ in 0..64 {
        let Json::Array(items) = v else { panic!("expected a list, read {v:?}") };
        v = &items[0];
    }
    assert_eq!(v, &num("1"));
    let objects = format!("{}1{}", "{\"a\":".repeat(64), "}".repeat(64));
    assert!(parse(&objects).is_ok());
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let e = error(&nested_lists(100, ""));
    assert_eq!(e.message, "the document is nested too deeply");
    let e = error(&format!("{}1{}", "{\"a\":".repeat(100), "}".repeat(100)));
    assert_eq!(e.message, "the document is nested too deeply");
}

/// Hostile input: refused at the limit, long before the parser's recursion could overflow the
/// stack (a crash here would abort the whole test run, not fail one test).
#[test]
fn a_hundred_thousand_open_brackets_are_refused_without_a_stack_overflow() {
    // Refused at the 66th '[' (depth 65), whatever follows.
    assert_refused(&"[".repeat(100_000), 1, 66, "the document is nested too deeply");
    assert_refused(&nested_lists(100_000, ""), 1, 66, "the document is nested too deeply");
    let e = error(&"{\"a\":".repeat(100_000));
    assert_eq!(e.message, "the document is nested too deeply");
    let e = error(&"[{\"a\":".repeat(50_000));
    assert_eq!(e.message, "the document is nested too deeply");
}

// ---- Writing strings ----

#[test]
fn write_string_escapes_what_json_requires() {
    assert_eq!(written(""), r#""""#);
    assert_eq!(written("plain"), r#""plain""#);
    assert_eq!(written("say \"hi\""), r#""say \"hi\"""#);
    assert_eq!(written("C:\\path\\"), r#""C:\\path\\""#);
    assert_eq!(written("a\nb\rc\td"), r#""a\nb\rc\td""#);
    assert_eq!(written("\0\u{1}\u{8}\u{c}\u{1f}"), r#""\u0000\u0001\u0008\u000c\u001f""#);
    // Everything else is written as itself, including "/" and non-ASCII.
    assert_eq!(written("a/b £ – 😀 \u{7f}"), "\"a/b £ – 😀 \u{7f}\"");
}

#[test]
fn write_string_appends() {
    let mut out = String::from("{\"k\":");
    write_string(&mut out, "v");
    out.push('}');
    assert_eq!(out, r#"{"k":"v"}"#);
}

#[test]
fn write_string_round_trips_awkward_strings_through_parse() {
    let all_controls: String = (0u8..0x20).map(char::from).collect();
    let awkward = [
        "",
        " ",
        "\"",
        "\\",
        "\\\"",
        "\"\"\"",
        "ends with a backslash\\",
        "\\u0041 is not an escape here",
        "'single' \"double\" ‘curly’ “curly”",
        "line one\nline two\r\nline three\rend",
        "\ttabbed\t",
        all_controls.as_str(),
        "\u{7f}\u{80}\u{9f}",
        "é ü ß £ € – —",
        "日本語 한국어 العربية עברית",
        "😀 👩‍👩‍👧 🏳️‍🌈 𝄞",
        "\u{10FFFF}\u{FFFD}\u{feff}",
        "\u{2028}\u{2029}",
        "</script><b>not markup</b>",
        "{\"a\": [1, 2]}",
    ];
    for s in awkward {
        let text = written(s);
        assert!(!text.chars().any(|c| c < ' '), "raw control character written for {s:?}: {text:?}");
        assert_eq!(parse(&text), Ok(string(s)), "for {s:?}");
        // And as a member name and value inside a document.
        let mut doc = String::from("{");
        write_string(&mut doc, s);
        doc.push(':');
        write_string(&mut doc, s);
        doc.push('}');
        assert_eq!(parse(&doc), Ok(Json::Object(vec![(s.to_string(), string(s))])), "for {s:?}");
    }
}

/// Hostile input: the checks for repeated member names compare each name with those before it,
/// so one object (or list) is limited to 10,000 entries, far above any framework's needs.
#[test]
fn lists_and_objects_are_limited_to_ten_thousand_entries() {
    let list = |n: usize| format!("[{}]", vec!["1"; n].join(","));
    assert!(parse(&list(10_000)).is_ok());
    assert_eq!(error(&list(10_001)).message, "a list has more than 10000 items");
    let object =
        |n: usize| format!("{{{}}}", (0..n).map(|i| format!("\"m{i}\":1")).collect::<Vec<_>>().join(","));
    assert!(parse(&object(10_000)).is_ok());
    assert_eq!(error(&object(10_001)).message, "an object has more than 10000 members");
}
