//! Colleagues' views: any string as a code or an invitation never panics; encode then decode
//! returns the same answers; any one changed character is refused; the comparison threshold holds.

use super::*;
use lsc_core::colleagues::comparison::{compare, Comparison, MIN_VIEWS};
use lsc_core::colleagues::invite;
use lsc_core::colleagues::response_code::{self, Response};

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

#[test]
fn any_single_changed_character_is_refused() {
    let fw = framework();
    let cases = modes().prop_flat_map(|m| (Just(m), any::<u32>(), responses(m), any::<Index>(), 1..32usize));
    check(1000, cases, |(mode, nonce, answers, at, shift)| {
        let code = response_code::encode(&fw, mode, nonce, &answers);
        let mut chars: Vec<char> = code.chars().filter(|c| *c != '-').collect();
        let i = at.index(chars.len());
        let old = SYMBOLS.find(chars[i]).unwrap_or_default();
        chars[i] = SYMBOLS.chars().nth((old + shift) % 32).unwrap_or('0');
        let changed: String = chars.into_iter().collect();
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
                        prop_assert!(o.lowest <= o.average && o.average <= o.highest);
                    }
                }
            }
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
