//! Random edits of a text (a save, a framework document) on character boundaries.

use super::*;

/// One edit of a saved text.
#[derive(Debug, Clone)]
pub(super) enum Edit {
    Delete(Index, u8),
    Insert(Index, String),
    Replace(Index, String),
    /// Copies a stretch of the text elsewhere (a member or value repeated).
    Copy(Index, u8, Index),
    /// Replaces a word: a key, id, number or literal, with another from the format's vocabulary.
    Word(Index, String),
}

/// Edits that mostly use `vocabulary`, else a few characters.
pub(super) fn edits(vocabulary: &'static [&'static str]) -> impl Strategy<Value = Edit> {
    let words = proptest::sample::select(vocabulary).prop_map(String::from);
    let small = prop_oneof![words.clone(), "\\PC{1,3}", "[\\\\\"{}\\[\\],:0-9 ]{1,3}"];
    prop_oneof![
        1 => (any::<Index>(), 1u8..16).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => (any::<Index>(), small.clone()).prop_map(|(at, s)| Edit::Insert(at, s)),
        1 => (any::<Index>(), small).prop_map(|(at, s)| Edit::Replace(at, s)),
        1 => (any::<Index>(), 1u8..40, any::<Index>()).prop_map(|(from, n, to)| Edit::Copy(from, n, to)),
        3 => (any::<Index>(), words).prop_map(|(at, w)| Edit::Word(at, w)),
    ]
}

/// Applies edits on character boundaries.
pub(super) fn edited(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let len = chars.len();
        let at = |i: &Index| if len == 0 { 0 } else { i.index(len) };
        match edit {
            Edit::Delete(i, n) => {
                let from = at(i);
                chars.drain(from..(from + usize::from(*n)).min(len));
            }
            Edit::Insert(i, s) => {
                let from = at(i);
                chars.splice(from..from, s.chars());
            }
            Edit::Replace(i, s) if len > 0 => {
                let from = at(i);
                chars.splice(from..from + 1, s.chars());
            }
            Edit::Copy(i, n, to) => {
                let from = at(i);
                let piece: Vec<char> = chars[from..(from + usize::from(*n)).min(len)].to_vec();
                let to = at(to);
                chars.splice(to..to, piece);
            }
            Edit::Word(i, w) => {
                // The word (run of letters, digits, quotes and dashes) around the position.
                let word = |c: &char| c.is_alphanumeric() || matches!(c, '"' | '-' | '/' | '.');
                let mut from = at(i);
                let mut to = from;
                while from > 0 && chars.get(from - 1).is_some_and(word) {
                    from -= 1;
                }
                while chars.get(to).is_some_and(word) {
                    to += 1;
                }
                chars.splice(from..to, w.chars());
            }
            Edit::Replace(..) => {}
        }
    }
    chars.into_iter().collect()
}
