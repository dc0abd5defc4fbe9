//! Saved state: any text decodes without panicking, every valid save round-trips, and a
//! damaged save is either still valid or set aside.

use super::state::{assert_valid, progresses};
use super::text_edits::{edited, edits};
use super::*;

/// Whatever `decode` accepts only names statements asked in this mode, with allowed answers,
/// and offers a valid self-check to resume.
fn assert_valid_save(fw: &Rc<Framework>, mode: Mode, p: &Progress) -> Result<(), TestCaseError> {
    let steps = steps(fw, mode);
    prop_assert!(p.step < steps.len());
    for (id, answer) in p.answers.iter() {
        let b = asked(fw, &steps).find(|b| b.id == *id);
        prop_assert!(b.is_some_and(|b| allowed(fw, b, *answer)), "{}: {:?} accepted", id, answer);
    }
    for (id, text) in p.actions.iter() {
        prop_assert!(asked(fw, &steps).any(|b| b.id == *id), "a plan for {} accepted", id);
        prop_assert!(text.chars().count() <= MAX_ACTION_CHARS);
    }
    let resumed = SelfCheck::restored(fw.clone(), mode, saved(Some(p.clone()))).after(Action::Resume);
    assert_valid(&resumed, Saving::On)
}

#[test]
fn decoding_any_text_never_panics() {
    let fw = framework();
    check(1000, (any::<String>(), modes()), |(text, mode)| {
        let _ = decode(&text, &fw, mode);
        Ok(())
    });
    check(1000, (proptest::collection::vec(any::<u8>(), 0..200), modes()), |(bytes, mode)| {
        let _ = decode(&String::from_utf8_lossy(&bytes), &fw, mode);
        Ok(())
    });
}

#[test]
fn every_valid_save_round_trips() {
    let fw = framework();
    check(300, modes().prop_flat_map(|mode| (Just(mode), progresses(mode))), |(mode, p)| {
        let text = encode(&fw, mode, &p);
        prop_assert_eq!(decode(&text, &fw, mode), Ok(p), "{}", text);
        Ok(())
    });
}

/// Words that make edits likely to stay JSON and reach the checks behind the syntax.
const VOCABULARY: &[&str] = &[
    "\"version\"",
    "\"framework\"",
    "\"mode\"",
    "\"step\"",
    "\"finished\"",
    "\"answers\"",
    "\"actions\"",
    "\"quick\"",
    "\"full\"",
    "\"n/a\"",
    "\"si-1\"",
    "\"dt-9\"",
    "\"fo-8\"",
    "\"zz-1\"",
    "\"\"",
    "\"   \"",
    "0",
    "1",
    "3",
    "4",
    "9",
    "255",
    "256",
    "-1",
    "1.0",
    "1e2",
    "18446744073709551616",
    "true",
    "false",
    "null",
    "{}",
    "[]",
    ",",
    ":",
    "{",
    "}",
    "\"",
];

#[test]
fn a_damaged_save_is_read_as_a_valid_one_or_set_aside() {
    let fw = Rc::new(framework());
    let accepted = Cell::new(0);
    let refused = Cell::new(0);
    let saves = modes().prop_flat_map(|mode| (Just(mode), progresses(mode)));
    check(600, (saves, proptest::collection::vec(edits(VOCABULARY), 1..4)), |((mode, p), edits)| {
        let text = edited(&encode(&fw, mode, &p), &edits);
        match decode(&text, &fw, mode) {
            Ok(q) => {
                accepted.set(accepted.get() + 1);
                assert_valid_save(&fw, mode, &q).map_err(|e| TestCaseError::fail(format!("{e} in {text}")))
            }
            Err(reason) => {
                refused.set(refused.get() + 1);
                prop_assert!(!reason.message().trim().is_empty());
                Ok(())
            }
        }
    });
    // The edits reach both outcomes, so both checks above ran.
    assert!(
        accepted.get() > 0 && refused.get() > 0,
        "accepted {}, refused {}",
        accepted.get(),
        refused.get()
    );
}
