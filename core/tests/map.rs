//! The small sorted map behind answers and the action plan.

use lsc_core::map::Map;

#[test]
fn keeps_keys_sorted_and_unique() {
    let mut m = Map::new();
    for (k, v) in [("fc-1", 1), ("dt-2", 2), ("si-1", 3), ("dt-2", 4)] {
        m.insert(k.to_string(), v);
    }
    let keys: Vec<&str> = m.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["dt-2", "fc-1", "si-1"]);
    assert_eq!(m.get("dt-2"), Some(&4), "a second insert replaces the value");
    assert_eq!(m.len(), 3);
}

#[test]
fn removes_and_answers_lookups() {
    let mut m: Map<u8> = [("a".to_string(), 1), ("b".to_string(), 2)].into_iter().collect();
    assert!(m.contains_key("a"));
    m.remove("a");
    m.remove("zzz");
    assert!(!m.contains_key("a"));
    assert_eq!(m.get("b"), Some(&2));
    m.remove("b");
    assert!(m.is_empty());
}
