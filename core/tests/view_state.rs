//! The view state around the self-check: tabs, the explorer's themes, focus requests.

use lsc_core::explorer::view_state::{ViewAction, ViewFocus, ViewState};

/// The state after `action`, and where focus should move.
fn applied(v: &ViewState, action: ViewAction) -> (ViewState, Option<ViewFocus>) {
    let mut next = v.clone();
    let focus = next.apply(action);
    (next, focus)
}

fn after(v: &ViewState, action: ViewAction) -> ViewState {
    applied(v, action).0
}

#[test]
fn starts_with_every_theme_closed_on_the_chosen_tab() {
    let v = ViewState::new(4, false);
    assert_eq!(v.open, [false; 4]);
    assert!(!v.self_check);
    assert!(ViewState::new(4, true).self_check);
}

#[test]
fn toggling_opens_and_closes_one_theme_and_show_all_follows() {
    let v = after(&ViewState::new(3, false), ViewAction::Toggle(1));
    assert_eq!(v.open, [false, true, false]);
    assert!(!v.all_open());
    let v = after(&v, ViewAction::SetAll(true));
    assert!(v.all_open());
    let v = after(&after(&v, ViewAction::Toggle(1)), ViewAction::Toggle(9)); // 9: no such theme
    assert_eq!(v.open, [true, false, true]);
    assert_eq!(after(&v, ViewAction::SetAll(false)).open, [false; 3]);
}

#[test]
fn showing_a_theme_opens_it_and_asks_for_focus_each_time() {
    let (v, focus) = applied(&ViewState::new(4, false), ViewAction::ShowTheme(2));
    assert_eq!(v.open, [false, false, true, false]);
    assert_eq!(focus, Some(ViewFocus::Theme(2)));
    // Showing the same theme again must move focus again, though nothing else changes.
    let (again, focus) = applied(&v, ViewAction::ShowTheme(2));
    assert_eq!(focus, Some(ViewFocus::Theme(2)));
    assert_eq!(again, v);
    // A theme that does not exist changes nothing and asks for no focus.
    let (none, focus) = applied(&v, ViewAction::ShowTheme(7));
    assert_eq!(focus, None);
    assert_eq!(none, v);
}

#[test]
fn tabs_move_focus_only_when_switched_with_the_keyboard() {
    let v = ViewState::new(4, false);
    let (clicked, focus) = applied(&v, ViewAction::Tab { self_check: true, by_keyboard: false });
    assert!(clicked.self_check);
    assert_eq!(focus, None);
    let (keyed, focus) = applied(&clicked, ViewAction::Tab { self_check: false, by_keyboard: true });
    assert!(!keyed.self_check);
    assert_eq!(focus, Some(ViewFocus::Tab(false)));
}

#[test]
fn other_actions_do_not_move_focus() {
    let v = after(&ViewState::new(4, false), ViewAction::ShowTheme(0));
    let (v, chose) = applied(&v, ViewAction::Choose(Some(3)));
    let (v, toggled) = applied(&v, ViewAction::Toggle(1));
    let (_, all) = applied(&v, ViewAction::SetAll(true));
    assert_eq!((chose, toggled, all), (None, None, None));
    assert_eq!(v.heading, Some(3));
}
