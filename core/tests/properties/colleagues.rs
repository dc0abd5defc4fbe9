//! Colleagues' views: any string as a code or an invitation never panics; encode then decode
//! returns the same answers; any one changed character is refused; the comparison threshold holds;
//! a collector's combined code round-trips, refuses any changed character, and depends only on
//! per-theme averages and counts, never on who gave which answers.

use super::*;
use lsc_core::colleagues::combined::{self, combine, Read};
use lsc_core::colleagues::comparison::{compare, Comparison, MIN_VIEWS};
use lsc_core::colleagues::invite;
use lsc_core::colleagues::response_code::{self, CodeError, Response};

const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A complete set of answers for `mode`: every asked statement, "does not apply" where allowed.
fn responses(mode: Mode) -> impl Strategy<Value = Map<Answer>> {
    let fw = framework();
    let asked: Vec<(String, bool)> =
        asked(&fw, &steps(&fw, mode)).map(|b| (b.id.clone(), b.applies_to.is_some())).collect();
    let top = fw.self_check.top();
    proptest::collection::vec((0..=top, any::<bool>()), asked.len()).prop_map(move |values| {
        let mut answers = Map::new();
        for ((id, may_na), (v, na)) in asked.iter().zip(values) {
            answers.insert(id.clone(), if *may_na && na { Answer::NotApplicable } else { Answer::Scale(v) });
        }
        answers
    })
}

#[test]
fn any_string_as_a_code_or_invitation_never_panics() {
    let fw = framework();
    check(2000, (any::<String>(), modes()), |(text, mode)| {
        let _ = response_code::decode(&text, &fw, mode);
        let _ = invite::read_for(&text, &fw, mode);
        let _ = invite::decode_session(&text, &fw, mode);
        Ok(())
    });
    // Strings of the code's own symbols reach the checks behind the alphabet.
    let symbols =
        proptest::collection::vec(proptest::sample::select(SYMBOLS.chars().collect::<Vec<_>>()), 0..120);
    check(2000, (symbols, modes()), |(chars, mode)| {
        let _ = response_code::decode(&chars.into_iter().collect::<String>(), &fw, mode);
        Ok(())
    });
}

#[test]
fn encode_then_decode_returns_the_same_answers() {
    let fw = framework();
    check(300, modes().prop_flat_map(|m| (Just(m), any::<u32>(), responses(m))), |(mode, nonce, answers)| {
        let code = response_code::encode(&fw, mode, nonce, &answers);
        prop_assert_eq!(response_code::decode(&code, &fw, mode), Ok(Response { nonce, answers }), "{}", code);
        Ok(())
    });
}

/// The code with one symbol (at `at`) changed to another, `shift` places on in the alphabet.
fn one_changed(code: &str, at: Index, shift: usize) -> String {
    let mut chars: Vec<char> = code.chars().filter(|c| *c != '-').collect();
    let i = at.index(chars.len());
    let old = SYMBOLS.find(chars[i]).unwrap_or_default();
    chars[i] = SYMBOLS.chars().nth((old + shift) % 32).unwrap_or('0');
    chars.into_iter().collect()
}

#[test]
fn any_single_changed_character_is_refused() {
    let fw = framework();
    let cases = modes().prop_flat_map(|m| (Just(m), any::<u32>(), responses(m), any::<Index>(), 1..32usize));
    check(1000, cases, |(mode, nonce, answers, at, shift)| {
        let code = response_code::encode(&fw, mode, nonce, &answers);
        let changed = one_changed(&code, at, shift);
        prop_assert!(response_code::decode(&changed, &fw, mode).is_err(), "{} accepted as {}", changed, code);
        Ok(())
    });
}

#[test]
fn the_comparison_threshold_always_holds() {
    let fw = framework();
    let cases =
        modes().prop_flat_map(|m| (Just(m), responses(m), proptest::collection::vec(responses(m), 0..6)));
    check(200, cases, |(mode, own, theirs)| {
        let steps = steps(&fw, mode);
        let views: Vec<Response> = theirs
            .into_iter()
            .enumerate()
            .map(|(n, answers)| Response { nonce: n as u32, answers })
            .collect();
        match compare(&fw, &steps, &own, &views) {
            Comparison::NeedMore(n) => prop_assert_eq!(n + views.len(), MIN_VIEWS),
            Comparison::Ready(rows) => {
                prop_assert!(views.len() >= MIN_VIEWS);
                for row in rows {
                    if let Some(o) = row.others {
                        prop_assert!(o.count >= MIN_VIEWS);
                        let (lowest, highest) = o.range.unwrap_or_default();
                        prop_assert!(lowest <= o.average && o.average <= highest);
                    }
                }
            }
            Comparison::Combined { .. } => prop_assert!(false, "colleagues' own codes are not combined"),
        }
        Ok(())
    });
}

/// Between codes, or inside one: what email and chat put there.
const BLANKS: [&str; 9] = ["\n", "\r\n", " ", "\u{00A0}", "\u{200B}", ", ", "\n\n", "\t", "\u{2028}"];
/// For a code's own dashes.
const DASHES: [&str; 7] = ["-", "\u{2013}", "\u{2014}", "\u{2212}", "\u{2010}", " ", "-\u{200B}"];

#[test]
fn codes_pasted_together_and_mangled_as_email_does_each_read_back() {
    let fw = framework();
    let cases = modes().prop_flat_map(|m| {
        let code = (any::<u32>(), responses(m), proptest::sample::select(DASHES.to_vec()), any::<bool>());
        (
            Just(m),
            proptest::collection::vec(code, 1..5),
            proptest::sample::select(BLANKS.to_vec()),
            any::<bool>(),
        )
    });
    check(200, cases, |(mode, codes, between, label)| {
        let mut text = if label { "Code: ".to_string() } else { String::new() };
        let mut expected = Vec::new();
        for (nonce, answers, dash, lower) in codes {
            let code = response_code::encode(&fw, mode, nonce, &answers);
            let written = code.replace('-', dash);
            text.push_str(&if lower { written.to_lowercase() } else { written });
            text.push_str(between);
            expected.push(Ok(Response { nonce, answers }));
        }
        let read: Vec<_> =
            response_code::pieces(&text).iter().map(|p| response_code::decode(p, &fw, mode)).collect();
        prop_assert_eq!(read, expected, "{:?}", text);
        Ok(())
    });
}

/// Three to six colleagues' complete responses.
fn team(mode: Mode) -> impl Strategy<Value = Vec<Response>> {
    proptest::collection::vec((any::<u32>(), responses(mode)), 3..7)
        .prop_map(|v| v.into_iter().map(|(nonce, answers)| Response { nonce, answers }).collect())
}

#[test]
fn a_combined_code_round_trips_to_the_averages_and_counts_and_nothing_else() {
    let fw = framework();
    check(150, modes().prop_flat_map(|m| (Just(m), team(m))), |(mode, team)| {
        let steps = steps(&fw, mode);
        let code = combine(&fw, mode, &team).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let Ok(Read::Combined(c)) = combined::read(&code, &fw, mode) else {
            return Err(TestCaseError::fail(format!("{code} does not read as combined")));
        };
        prop_assert_eq!(usize::from(c.colleagues), team.len());
        let Comparison::Ready(direct) = compare(&fw, &steps, &Map::new(), &team) else {
            return Err(TestCaseError::fail("three or more compare"));
        };
        let expected: Vec<_> = direct.iter().map(|r| r.others.map(|o| (o.average, o.count))).collect();
        let carried: Vec<_> = c.themes.iter().map(|t| t.map(|t| (t.average, usize::from(t.count)))).collect();
        prop_assert_eq!(carried, expected);
        // Neither the visitor's nor the collector's entry takes it for a colleague's own code.
        prop_assert_eq!(response_code::decode(&code, &fw, mode), Err(CodeError::Combined));
        Ok(())
    });
}

#[test]
fn any_changed_character_of_a_combined_code_is_refused() {
    let fw = framework();
    let cases = modes().prop_flat_map(|m| (Just(m), team(m), any::<Index>(), 1..32usize));
    check(300, cases, |(mode, team, at, shift)| {
        let code = combine(&fw, mode, &team).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let changed = one_changed(&code, at, shift);
        prop_assert!(combined::read(&changed, &fw, mode).is_err(), "{} accepted as {}", changed, code);
        Ok(())
    });
}

/// No combined code decodes to one colleague's answers: the code is the same whichever colleague
/// gave which theme's answers (swapping two colleagues' answers to one theme changes nothing),
/// so nothing in it says what any one colleague answered; and it carries no theme fewer than
/// three scored.
#[test]
fn no_combined_code_decodes_to_one_colleagues_answers() {
    let fw = framework();
    let cases = modes().prop_flat_map(|m| (Just(m), team(m), any::<Index>(), any::<Index>(), any::<Index>()));
    check(150, cases, |(mode, mut team, step, a, b)| {
        let code = combine(&fw, mode, &team).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let steps = steps(&fw, mode);
        let (_, behaviours) = steps[step.index(steps.len())].resolve(&fw).expect("resolves");
        let (a, b) = (a.index(team.len()), b.index(team.len()));
        for behaviour in behaviours {
            let (x, y) =
                (team[a].answers.get(&behaviour.id).copied(), team[b].answers.get(&behaviour.id).copied());
            if let (Some(x), Some(y)) = (x, y) {
                team[a].answers.insert(behaviour.id.clone(), y);
                team[b].answers.insert(behaviour.id.clone(), x);
            }
        }
        team.reverse();
        let swapped = combine(&fw, mode, &team).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&swapped, &code, "the code depends on who gave which answers");
        let Ok(Read::Combined(c)) = combined::read(&code, &fw, mode) else {
            return Err(TestCaseError::fail("reads"));
        };
        prop_assert!(c.themes.iter().flatten().all(|t| usize::from(t.count) >= MIN_VIEWS));
        prop_assert!(combine(&fw, mode, &team[..2]).is_err(), "two are never combined");
        Ok(())
    });
}
