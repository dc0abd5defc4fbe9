//! Kept data that two tabs write in any order: every write merges what this tab holds with what
//! is stored now, so nothing finished is lost unless it was deleted, and nothing deleted comes
//! back. Checked against a model over random interleavings of two tabs' operations (finish,
//! delete, import a file, edit a plan, hear the other tab), and `merged` itself is commutative,
//! associative and idempotent.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use lsc_core::history::dates::Day;
use lsc_core::history::{Completed, History, MAX_CHECKS};

const QUICK: [&str; 12] =
    ["si-1", "si-4", "si-7", "dt-1", "dt-2", "dt-3", "fc-1", "fc-5", "fc-6", "fo-1", "fo-5", "fo-6"];

/// A quick check with id `at`, its answers telling it from every other (base 4 over 12
/// statements), so that "the check with these answers" is this one.
fn check_of(at: u64, day: Day) -> Completed {
    let answers: Map<Answer> = QUICK
        .iter()
        .enumerate()
        .map(|(i, id)| (id.to_string(), Answer::Scale(((at >> (2 * i)) & 3) as u8)))
        .collect();
    Completed { at, day, mode: Mode::Quick, answers, actions: Map::new(), edited: 0, after: 0 }
}

fn day_of(n: u64) -> Day {
    Day::new(2026, 1 + (n / 28 % 12) as u8, 1 + (n % 28) as u8).expect("a real day")
}

const TODAY: u64 = 300;

#[derive(Debug, Clone)]
enum Op {
    /// Finish a check; `same_day` keeps the day of the tab's last one (finishing again).
    Finish { same_day: bool },
    /// Delete the check at this index in the tab's list.
    Delete(Index),
    /// Delete every check in the tab's list.
    DeleteAll,
    /// Load a file holding these checks of another device's.
    Import(Vec<u8>),
    /// Write this plan on the check at this index.
    Plan(Index, u8),
    /// Hear what is stored now (the other tab's broadcast).
    Hear,
}

fn ops() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => any::<bool>().prop_map(|same_day| Op::Finish { same_day }),
        2 => any::<Index>().prop_map(Op::Delete),
        1 => Just(Op::DeleteAll),
        1 => proptest::collection::vec(0u8..30, 0..30).prop_map(Op::Import),
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, p)| Op::Plan(i, p)),
        2 => Just(Op::Hear),
    ]
}

/// What should be kept: every check finished or imported, the last plan written on each, less
/// what was deleted (by the visitor, or by finishing a 21st or the same day again).
#[derive(Default)]
struct Model {
    kept: BTreeMap<u64, Map<String>>,
    deleted: BTreeSet<u64>,
}

impl Model {
    fn delete(&mut self, ids: impl IntoIterator<Item = u64>) {
        for id in ids {
            self.kept.remove(&id);
            self.deleted.insert(id);
        }
    }
}

/// The other device's checks a file may hold: ids apart from this device's.
fn from_file(n: u8) -> Completed {
    let at = 1_000_000 + u64::from(n);
    check_of(at, day_of(u64::from(n) * 5))
}

fn plan(text: u8) -> Map<String> {
    [("si-1".to_string(), format!("plan {text}"))].into_iter().collect()
}

#[test]
fn two_tabs_in_any_order_lose_nothing_that_was_not_deleted_and_revive_nothing_that_was() {
    let today = day_of(TODAY);
    check(300, proptest::collection::vec((any::<bool>(), ops()), 1..60), |steps| {
        let mut stored = History::default();
        let mut tabs = [History::default(), History::default()];
        let mut model = Model::default();
        for (clock, (second, op)) in (1u64..).zip(steps) {
            let tab = &mut tabs[usize::from(second)];
            match op {
                Op::Finish { same_day } => {
                    let last = tab.checks().last().map(|c| c.day);
                    let day = last.filter(|_| same_day).unwrap_or_else(|| day_of(clock));
                    let gone = tab.record(check_of(clock, day));
                    model.kept.insert(clock, Map::new());
                    model.delete(gone);
                }
                Op::Delete(i) if !tab.checks().is_empty() => {
                    let at = tab.checks()[i.index(tab.checks().len())].at;
                    tab.remove(at);
                    model.delete([at]);
                }
                Op::Delete(_) => {}
                Op::DeleteAll => {
                    model.delete(tab.checks().iter().map(|c| c.at).collect::<Vec<_>>());
                    tab.remove_all();
                }
                Op::Import(ns) => {
                    let file = History::of(ns.into_iter().map(from_file).collect());
                    let import = tab.plan_import(&file, today);
                    // A tab that has not heard of a deletion yet may add the check again: the
                    // deletion stored wins when it writes.
                    for c in import.adding.iter().filter(|c| !model.deleted.contains(&c.at)) {
                        model.kept.entry(c.at).or_default();
                    }
                    tab.import(&import);
                }
                Op::Plan(i, text) if !tab.checks().is_empty() => {
                    let c = tab.checks()[i.index(tab.checks().len())].clone();
                    if tab.update_plan(c.mode, &c.answers, &plan(text), clock)
                        && !model.deleted.contains(&c.at)
                    {
                        model.kept.insert(c.at, plan(text));
                    }
                }
                Op::Plan(..) => {}
                Op::Hear => {}
            }
            // Every write reads what is stored now and merges; the tab then holds what it wrote.
            stored = stored.merged(tab);
            *tab = stored.clone();
            let kept: BTreeSet<u64> = stored.checks().iter().map(|c| c.at).collect();
            let expected: BTreeSet<u64> = model.kept.keys().copied().collect();
            prop_assert_eq!(&kept, &expected, "stored: exactly what was kept and not deleted");
            for c in stored.checks() {
                prop_assert_eq!(Some(&c.actions), model.kept.get(&c.at), "the last plan written");
            }
        }
        // Both tabs, whatever they hold, agree with what is stored once they hear it.
        for tab in &tabs {
            prop_assert_eq!(&tab.merged(&stored), &stored);
        }
        Ok(())
    });
}

/// Histories made by finishing, deleting and planning over a shared pool of checks, so that
/// two of them overlap, differ in plans and delete each other's checks.
fn histories() -> impl Strategy<Value = History> {
    proptest::collection::vec((0u64..25, 0u8..4, any::<u8>()), 0..30).prop_map(|ops| {
        let mut h = History::default();
        for (id, what, text) in ops {
            let c = check_of(id, day_of(id));
            match what {
                0 | 1 => h.import(&h.plan_import(&History::of(vec![c]), day_of(TODAY))),
                2 => h.remove(id),
                _ => {
                    let _ = h.update_plan(c.mode, &c.answers, &plan(text), u64::from(text));
                }
            }
        }
        h
    })
}

#[test]
fn merging_is_commutative_associative_and_idempotent_and_keeps_every_check_not_deleted() {
    check(300, (histories(), histories(), histories()), |(a, b, c)| {
        prop_assert_eq!(a.merged(&b), b.merged(&a));
        prop_assert_eq!(a.merged(&b).merged(&c), a.merged(&b.merged(&c)));
        prop_assert_eq!(a.merged(&a), a.clone());
        let ab = a.merged(&b);
        for x in a.checks().iter().chain(b.checks()) {
            let deleted = a.deleted().contains(&x.at) || b.deleted().contains(&x.at);
            prop_assert_eq!(ab.find(x.at).is_some(), !deleted);
        }
        prop_assert!(ab.checks().len() <= 2 * MAX_CHECKS.max(25));
        Ok(())
    });
}

/// What a tab does with colleagues' codes.
#[derive(Debug, Clone)]
enum CodeOp {
    /// Paste colleague `n`'s code (version `v`: a changed code replaces their earlier one).
    Add(u8, u8),
    /// Remove the code listed at this index (modulo the number listed).
    Remove(usize),
    /// Hear what is stored now.
    Hear,
    /// "Delete my answers": everything stored goes, and both tabs hear it.
    DeleteAll,
}

fn code_ops() -> impl Strategy<Value = CodeOp> {
    prop_oneof![
        5 => (0u8..6, 0u8..2).prop_map(|(n, v)| CodeOp::Add(n, v)),
        3 => any::<usize>().prop_map(CodeOp::Remove),
        2 => Just(CodeOp::Hear),
        1 => Just(CodeOp::DeleteAll),
    ]
}

#[test]
fn two_tabs_adding_and_removing_codes_lose_none_not_removed_and_revive_none_removed() {
    check(200, proptest::collection::vec((any::<bool>(), code_ops()), 1..50), two_tabs_with_codes);
}

/// Tabs doing `steps` (the second tab when true), checked against the model after each.
fn two_tabs_with_codes(script: Vec<(bool, CodeOp)>) -> Result<(), TestCaseError> {
    use lsc_core::colleagues::kept_codes::KeptCodes;
    use lsc_core::colleagues::response_code::encode as code;
    use lsc_core::colleagues::views::{Views, ViewsAction, ViewsEffect};

    let fw = Rc::new(framework());
    let mode = Mode::Quick;
    let top = fw.self_check.top();
    let asked: Vec<String> = asked(&fw, &steps(&fw, mode)).map(|b| b.id.clone()).collect();
    let code_of = |n: u8, v: u8| {
        let answers = asked.iter().map(|id| (id.clone(), Answer::Scale(v.min(top)))).collect();
        code(&fw, mode, u32::from(n), &answers)
    };
    {
        let mut stored = KeptCodes::default();
        let mut tabs = [
            Views::restored(fw.clone(), mode, stored.clone()),
            Views::restored(fw.clone(), mode, stored.clone()),
        ];
        // Each code's last event: true when added, false when removed.
        let mut last: BTreeMap<String, bool> = BTreeMap::new();
        // The browser's clock, which both tabs share.
        for (clock, (second, op)) in (1u64..).zip(script) {
            let tab = &mut tabs[usize::from(second)];
            let listed = tab.codes().count();
            // What the tab keeps, which a remove or a changed code may change beyond what it lists.
            let before: Vec<String> = tab.kept().present().into_iter().map(str::to_string).collect();
            let pasted = match op {
                CodeOp::Add(n, v) => Some(code_of(n, v)),
                _ => None,
            };
            let effects = match op {
                CodeOp::Add(n, v) => {
                    let _ = tab.apply(ViewsAction::Edit(code_of(n, v)));
                    tab.apply(ViewsAction::Add(clock))
                }
                CodeOp::Remove(i) if listed > 0 => tab.apply(ViewsAction::Remove(i % listed, clock)),
                CodeOp::Remove(_) => Vec::new(),
                CodeOp::Hear => {
                    let _ = tab.apply(ViewsAction::Heard(stored.clone()));
                    Vec::new()
                }
                CodeOp::DeleteAll => {
                    stored = KeptCodes::default();
                    last.clear();
                    for tab in &mut tabs {
                        let _ = tab.apply(ViewsAction::Cleared);
                    }
                    continue;
                }
            };
            for effect in effects {
                if let ViewsEffect::Save(codes) = effect {
                    // What this write added and removed, as the visitor did it.
                    let after: Vec<String> = tab.kept().present().into_iter().map(str::to_string).collect();
                    for c in before.iter().filter(|c| !after.contains(c)) {
                        last.insert(c.clone(), false);
                    }
                    // The code pasted is added, even one this tab kept unlisted (another tab's).
                    for c in after.iter().filter(|c| !before.contains(c)).chain(&pasted) {
                        last.insert(c.clone(), true);
                    }
                    stored = stored.merged(&codes);
                    let _ = tab.apply(ViewsAction::Heard(stored.clone()));
                }
            }
            let present: BTreeSet<&str> = stored.present().into_iter().collect();
            // A code whose last event was an add is kept; one whose last was a removal is gone.
            for (c, added) in &last {
                prop_assert_eq!(present.contains(c.as_str()), *added, "{} (added last: {})", c, added);
            }
            for c in &present {
                prop_assert!(last.contains_key(*c), "a code nobody added: {}", c);
            }
        }
        // Once both tabs hear, they show the same codes as each other.
        for tab in &mut tabs {
            let _ = tab.apply(ViewsAction::Heard(stored.clone()));
        }
        prop_assert_eq!(tabs[0].codes().collect::<Vec<_>>(), tabs[1].codes().collect::<Vec<_>>());
        prop_assert_eq!(tabs[0].kept(), &stored);
        Ok(())
    }
}

/// Found by the property: a tab removed one colleague's two codes, then a code, in two steps; the
/// other tab's add of that code one step later must win (each removal used to take its own stamp,
/// so the stamps ran ahead of the clock and tied with the add, and a tie goes to the removal).
#[test]
fn an_add_after_several_removals_in_another_tab_is_kept() {
    use CodeOp::{Add, Remove};
    let steps = vec![
        (false, Add(1, 0)),
        (true, Add(3, 1)),
        (false, Add(3, 0)),
        (false, Add(0, 0)),
        (true, Remove(0)),
        (false, Add(4, 1)),
        (false, Add(0, 0)),
        (false, Remove(0)),
        (false, Remove(1)),
        (true, Add(4, 1)),
    ];
    two_tabs_with_codes(steps).unwrap();
}

/// Copies of the codes made by adding, replacing and removing over a shared pool of codes at
/// shared times, so that two of them overlap, tie and remove each other's codes.
fn kept_codes() -> impl Strategy<Value = lsc_core::colleagues::kept_codes::KeptCodes> {
    proptest::collection::vec((0u8..8, 0u8..3, 0u64..12), 0..20).prop_map(|ops| {
        let mut kept = lsc_core::colleagues::kept_codes::KeptCodes::default();
        for (code, what, at) in ops {
            let (code, other) = (format!("code {code}"), format!("code {}", (code + 1) % 8));
            match what {
                0 => kept.add(&code, None, at),
                1 => kept.add(&code, Some(&other), at),
                _ => kept.remove([code.as_str()], at),
            }
        }
        kept
    })
}

#[test]
fn merging_codes_is_commutative_associative_and_idempotent_and_the_later_change_wins() {
    check(500, (kept_codes(), kept_codes(), kept_codes()), |(a, b, c)| {
        prop_assert_eq!(a.merged(&b), b.merged(&a));
        prop_assert_eq!(a.merged(&b).merged(&c), a.merged(&b.merged(&c)));
        prop_assert_eq!(a.merged(&a), a.clone());
        // A code kept by one and unknown to the other is kept; one both keep is kept.
        let ab = a.merged(&b);
        // Whether a copy has a mark for `code`: an add at the lowest stamp changes only one that has none.
        let knows = |k: &lsc_core::colleagues::kept_codes::KeptCodes, code: &str| {
            let mut probe = lsc_core::colleagues::kept_codes::KeptCodes::default();
            probe.add(code, None, 0);
            k.merged(&probe) == *k
        };
        for code in a.present() {
            let kept = !knows(&b, code) || b.present().contains(&code);
            prop_assert!(!kept || ab.present().contains(&code), "{} lost", code);
        }
        Ok(())
    });
}
