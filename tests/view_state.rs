//! The view state around the self-check: tabs, the explorer's themes, focus requests.

use leadership_self_check::core::view_state::{ViewAction, ViewFocus, ViewState};

#[test]
fn starts_with_every_theme_closed_on_the_chosen_tab() {
    let v = ViewState::new(4, false);
    assert_eq!(v.open, [false; 4]);
    assert!(!v.self_check);
    assert!(ViewState::new(4, true).self_check);
}

#[test]
fn toggling_opens_and_closes_one_theme_and_show_all_follows() {
    let v = ViewState::new(3, false).apply(ViewAction::Toggle(1));
    assert_eq!(v.open, [false, true, false]);
    assert!(!v.all_open());
    let v = v.apply(ViewAction::SetAll(true));
    assert!(v.all_open());
    let v = v.apply(ViewAction::Toggle(1)).apply(ViewAction::Toggle(9)); // 9: no such theme
    assert_eq!(v.open, [true, false, true]);
    assert_eq!(v.apply(ViewAction::SetAll(false)).open, [false; 3]);
}

#[test]
fn showing_a_theme_opens_it_and_asks_for_focus_each_time() {
    let v = ViewState::new(4, false).apply(ViewAction::ShowTheme(2));
    assert_eq!(v.open, [false, false, true, false]);
    assert_eq!(v.focus, Some(ViewFocus::Theme(2)));
    // Showing the same theme again must move focus again: the sequence number changes.
    let again = v.apply(ViewAction::ShowTheme(2));
    assert_eq!(again.focus, Some(ViewFocus::Theme(2)));
    assert_ne!(again.focus_seq, v.focus_seq);
    // A theme that does not exist changes nothing and asks for no focus.
    let none = v.apply(ViewAction::ShowTheme(7));
    assert_eq!(none.focus, None);
    assert_eq!(none.open, v.open);
}

#[test]
fn tabs_move_focus_only_when_switched_with_the_keyboard() {
    let v = ViewState::new(4, false);
    let clicked = v.apply(ViewAction::Tab { self_check: true, by_keyboard: false });
    assert!(clicked.self_check);
    assert_eq!(clicked.focus, None);
    let keyed = clicked.apply(ViewAction::Tab { self_check: false, by_keyboard: true });
    assert!(!keyed.self_check);
    assert_eq!(keyed.focus, Some(ViewFocus::Tab(false)));
}

#[test]
fn other_actions_do_not_move_focus_again() {
    let v = ViewState::new(4, false).apply(ViewAction::ShowTheme(0));
    let after = v.apply(ViewAction::Choose(Some(3))).apply(ViewAction::Toggle(1));
    assert_eq!(after.focus, None);
    assert_eq!(after.heading, Some(3));
    assert_eq!(after.focus_seq, v.focus_seq);
}
