//! Colleagues' views: invitations, response codes, the codes a visitor adds, and the comparison.
#![allow(clippy::expect_used, clippy::indexing_slicing)] // a panic is a failing test

mod common;

use std::rc::Rc;

use common::{doc, error_of, framework};
use lsc_core::colleagues::combined::{combine, compare_combined, read, Combined, Read, ThemeAverage};
use lsc_core::colleagues::comparison::{compare, Comparison, Gap, Others, ThemeComparison, GAP, MIN_VIEWS};
use lsc_core::colleagues::invite::{
    self, clean_name, colleague_words, decode_session, encode_session, find_in_fragment, read_for,
    without_invite, Invite, InviteError, Session,
};
use lsc_core::colleagues::kept_codes::{KeptCodes, MAX_REMOVED};
use lsc_core::colleagues::response_code::{
    crc32, decode, encode, encode_for, pieces, CodeError, Response, MAX_INPUT_CHARS, MAX_PASTE_CHARS,
};
use lsc_core::colleagues::views::{Report, Views, ViewsAction, ViewsEffect, MAX_CODES};
use lsc_core::framework::load::load_framework;
use lsc_core::framework::model::Framework;
use lsc_core::kept::keys::{prefix, Kept};
use lsc_core::map::Map;
use lsc_core::self_check::questionnaire::Step;
use lsc_core::self_check::questionnaire::{steps, Answer, Mode};
use lsc_core::self_check::saved::SetAside;
use lsc_core::self_check::state::Progress;

/// Every statement asked in `mode`, answered `value` ("does not apply" where allowed if None).
fn all(fw: &Framework, mode: Mode, value: Option<u8>) -> Map<Answer> {
    let mut answers = Map::new();
    for step in steps(fw, mode) {
        let (_, behaviours) = step.resolve(fw).expect("step resolves");
        for b in behaviours {
            let answer = match value {
                Some(v) => Answer::Scale(v),
                None if b.applies_to.is_some() => Answer::NotApplicable,
                None => Answer::Scale(1),
            };
            answers.insert(b.id.clone(), answer);
        }
    }
    answers
}

fn sam(mode: Mode) -> Invite {
    Invite { framework: framework().id, mode, name: Some("Sam".into()), collector: None }
}

#[test]
fn an_invitation_round_trips_and_is_read_only_by_its_own_check() {
    let fw = framework();
    let named = Invite { name: Some("Zoë O'Brien".into()), ..sam(Mode::Full) };
    let value = invite::encode(&named);
    assert!(!value.contains(' ') && !value.contains('\''), "{value}");
    assert_eq!(read_for(&value, &fw, Mode::Full), Ok(named));
    assert_eq!(read_for(&value, &fw, Mode::Quick), Err(InviteError::OtherMode));
    let other = Invite { framework: "another".into(), ..sam(Mode::Quick) };
    assert_eq!(read_for(&invite::encode(&other), &fw, Mode::Quick), Err(InviteError::OtherFramework));
    let unnamed = Invite { name: None, ..sam(Mode::Quick) };
    assert_eq!(read_for(&invite::encode(&unnamed), &fw, Mode::Quick), Ok(unnamed));
}

#[test]
fn an_invitation_may_name_a_collector_and_the_collectors_link_carries_the_same() {
    let fw = framework();
    for (name, collector) in [(Some("Sam"), Some("Ana Silva")), (None, Some("HR")), (Some("Sam"), None)] {
        let invite = Invite {
            name: name.map(String::from),
            collector: collector.map(String::from),
            ..sam(Mode::Quick)
        };
        let value = invite::encode(&invite);
        assert_eq!(read_for(&value, &fw, Mode::Quick), Ok(invite.clone()), "{value}");
        let collect = invite::collect_fragment(&invite);
        assert_eq!(invite::find_collect(&collect), Some(value.as_str()));
        assert_eq!(find_in_fragment(&collect), None, "the collector's link is not a colleague's invitation");
    }
    let value = invite::encode(&Invite { collector: Some("Ana".into()), ..sam(Mode::Quick) });
    assert_eq!(read_for(&format!("{value}x%40evil.example"), &fw, Mode::Quick), Err(InviteError::NotAName));
}

#[test]
fn a_damaged_or_newer_invitation_says_so() {
    let fw = framework();
    let good = invite::encode(&sam(Mode::Quick));
    assert_eq!(read_for(&good.replacen("1.", "2.", 1), &fw, Mode::Quick), Err(InviteError::Newer));
    for bad in
        ["", "1", "1.x", "1.A.quick", "1.id.quack", "x.id.quick", "1.id.quick.%E2", "1.id.quick.Sam.extra"]
    {
        let got = read_for(bad, &fw, Mode::Quick);
        assert!(
            matches!(got, Err(InviteError::Damaged | InviteError::OtherFramework)),
            "{bad:?} gave {got:?}"
        );
    }
    // A name with a bidi override, a zero-width space or a control character is refused, not
    // shown, as the visitor's or as the collector's.
    for name in ["%E2%80%AESam", "S%E2%80%8Bam", "Sam%0A", "%00"] {
        assert_eq!(read_for(&format!("{}.{name}", &good), &fw, Mode::Quick), Err(InviteError::Damaged));
        let visitors = format!("1.{}.quick.{name}", fw.id);
        assert_eq!(read_for(&visitors, &fw, Mode::Quick), Err(InviteError::Damaged), "{visitors}");
    }
    // Whatever framework it names, a value of another shape is damaged, not another framework's.
    for bad in ["1.A.quick", "1..quick", "01.id.quick", "1.id.quick.Sam.Jo.extra"] {
        assert_eq!(invite::decode(bad), Err(InviteError::Damaged), "{bad}");
    }
    // Longer than any invitation the widget makes (400 characters): damaged, whatever it holds.
    let long = |extra: &str| format!("1.id.quick.{}{extra}", "%41".repeat(129));
    assert_eq!(long("A").len(), 398 + 1);
    assert_eq!(invite::decode(&long("A")), Err(InviteError::NotAName));
    assert_eq!(invite::decode(&long("AA")), Err(InviteError::NotAName), "400 characters");
    assert_eq!(invite::decode(&long("AAA")), Err(InviteError::Damaged), "401 characters");
}

#[test]
fn an_invitation_link_keeps_names_readable() {
    let fw = framework();
    let invite = Invite {
        framework: fw.id.clone(),
        mode: Mode::Quick,
        name: Some("Anne-Marie O\u{2019}Neil".into()),
        collector: Some("Jo".into()),
    };
    let fragment = invite::fragment(&invite);
    assert_eq!(fragment, format!("#lsc-invite=1.{}.quick.Anne-Marie%20O%E2%80%99Neil.Jo", fw.id));
    assert_eq!(find_in_fragment(&fragment).map(invite::decode), Some(Ok(invite)));
}

#[test]
fn names_are_trimmed_bounded_and_plain() {
    assert_eq!(clean_name("  Sam "), Some("Sam".into()));
    assert_eq!(clean_name("   "), None);
    assert_eq!(clean_name(&"a".repeat(41)), None);
    assert_eq!(clean_name(&"a".repeat(40)), Some("a".repeat(40)));
    assert_eq!(clean_name("Sam\u{202E}"), None);
    assert_eq!(clean_name("Sa\u{200B}m"), None);
}

#[test]
fn names_are_names_in_any_script_and_nothing_else() {
    for name in [
        "Sam",
        "Zoë O'Brien",
        "José-María",
        "D\u{2019}Angelo",
        "J. R. Smith",
        "Nguyễn Văn An",
        "محمد",
        "王小明",
        "Анна-Мария",
        "स्वाति",
        "สมชาย",
        "María José de la Cruz",
    ] {
        assert_eq!(clean_name(name), Some(name.to_string()), "{name}");
    }
    for not_a_name in [
        "HR: enter pwd at evil.example",
        "evil.example",
        "https://evil.example/x",
        "www.evil.example",
        "sam@example.org",
        "12345",
        "Sam 2",
        "Call +44 20 7946 0000",
        "Send your code to this person now",
        "Sam!",
        "<b>Sam</b>",
        "...",
        "-",
        ".Sam",
        "١٢٣",
        "Sam 😀",
        "Ｓａｍ＠ｘ",
        "Sam ☎",
    ] {
        assert_eq!(clean_name(not_a_name), None, "{not_a_name}");
    }
}

#[test]
fn an_invitation_whose_name_is_not_a_name_says_so() {
    let fw = framework();
    let good = invite::encode(&Invite { name: None, ..sam(Mode::Quick) });
    for name in ["HR%3A%20enter%20pwd%20at%20evil.example", "sam%40example.org", "12345", "evil%2Eexample"] {
        assert_eq!(
            read_for(&format!("{good}.{name}"), &fw, Mode::Quick),
            Err(InviteError::NotAName),
            "{name}"
        );
    }
    assert!(InviteError::NotAName.message().contains("not a name"));
}

#[test]
fn the_invitation_is_found_in_and_taken_from_the_fragment() {
    assert_eq!(find_in_fragment("#lsc-invite=1.a.quick"), Some("1.a.quick"));
    assert_eq!(find_in_fragment("#top&lsc-invite=1.a.quick"), Some("1.a.quick"));
    assert_eq!(find_in_fragment("#top"), None);
    assert_eq!(without_invite("#lsc-invite=1.a.quick"), "");
    assert_eq!(without_invite("#top&lsc-invite=1.a.quick"), "#top");
}

#[test]
fn the_colleague_question_comes_from_the_document() {
    let fw = framework();
    let named = colleague_words(&fw, Some("Sam")).expect("the bundled document has colleague wording");
    assert_eq!(named.question, "How often does this describe Sam?");
    let unnamed = colleague_words(&fw, None).expect("wording");
    assert_eq!(unnamed.question, fw.self_check.colleagues.as_ref().expect("wording").question_unnamed);
    let mut d = doc();
    d["self_check"].as_object_mut().expect("object").remove("colleagues");
    let without = load_framework(&d.to_string()).expect("colleague wording is optional");
    assert_eq!(colleague_words(&without, Some("Sam")), None);
}

#[test]
fn colleague_wording_must_place_the_name_once() {
    for (field, value, expected) in [
        ("question", "How often does this describe them?", "{name} exactly once"),
        ("question", "{name}, {name}?", "{name} exactly once"),
        ("question_unnamed", "About {name}?", "no name"),
        ("not_applicable", " ", "empty"),
    ] {
        let mut d = doc();
        d["self_check"]["colleagues"][field] = value.into();
        let message = error_of(&d).to_string();
        assert!(message.contains(&format!("self_check.colleagues.{field}")), "{message}");
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn a_session_survives_a_reload_and_a_foreign_one_is_dropped() {
    let fw = framework();
    let mut answers = Map::new();
    answers.insert("si-1".to_string(), Answer::Scale(2));
    let s = Session {
        invite: sam(Mode::Quick),
        nonce: 7,
        progress: Some(Progress { step: 0, finished: false, summary: false, answers, actions: Map::new() }),
    };
    let text = encode_session(&fw, &s);
    assert_eq!(decode_session(&text, &fw, Mode::Quick), Some(s));
    assert_eq!(decode_session(&text, &fw, Mode::Full), None);
    assert_eq!(decode_session("{", &fw, Mode::Quick), None);
}

#[test]
fn a_code_round_trips_and_is_short_and_grouped() {
    let fw = framework();
    for mode in [Mode::Quick, Mode::Full] {
        let answers = all(&fw, mode, None);
        let code = encode(&fw, mode, 0xDEAD_BEEF, &answers);
        assert!(code.len() <= 80, "{code}");
        assert!(code.split('-').all(|g| (1..=4).contains(&g.len())), "{code}");
        assert_eq!(decode(&code, &fw, mode), Ok(Response { nonce: 0xDEAD_BEEF, answers: answers.clone() }));
        // Pasted in lower case, with spaces and line breaks: the same code.
        let pasted = format!(" {}\n", code.to_lowercase().replace('-', " "));
        assert_eq!(decode(&pasted, &fw, mode).map(|r| r.nonce), Ok(0xDEAD_BEEF));
    }
}

/// Answers of every kind: the statements in turn answered 0, 1, 2, 3, and "does not apply"
/// wherever it is allowed and the turn comes round to 0.
fn mixed(fw: &Framework, mode: Mode) -> Map<Answer> {
    let mut answers = Map::new();
    for (i, b) in steps(fw, mode).iter().flat_map(|s| s.resolve(fw).expect("step resolves").1).enumerate() {
        let value = u8::try_from(i % 4).expect("small");
        let answer =
            if value == 0 && b.applies_to.is_some() { Answer::NotApplicable } else { Answer::Scale(value) };
        answers.insert(b.id.clone(), answer);
    }
    answers
}

/// Codes go between people whose browsers may hold different releases (a cached copy, a
/// partner's older one): the same answers give the same code in every release, so one written
/// before still reads. Pinned as this release writes them.
#[test]
fn a_code_is_written_the_same_by_every_release() {
    // CRC-32 (IEEE)'s published check value.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    let fw = framework();
    for (mode, for_collector, pinned) in [
        (Mode::Quick, false, "M462-YC01-ETPG-28T5-CW0J-6093-04HJ-KWWH-D4"),
        (Mode::Quick, true, "M462-YC0H-ETPG-28T5-CW0J-6093-04HS-VX1Q-PC"),
        (Mode::Full, false, "M4KJ-YC02-Q2KG-28T5-CW0J-6093-04HG-28ZH-4C0J-6093-04HG-28R1-4114-8AAE"),
    ] {
        let answers = mixed(&fw, mode);
        let code = encode_for(&fw, mode, 0x0123_4567, &answers, for_collector);
        assert_eq!(code, pinned, "{mode:?}, for a collector: {for_collector}");
        if !for_collector {
            assert_eq!(decode(pinned, &fw, mode), Ok(Response { nonce: 0x0123_4567, answers }));
        }
    }
}

/// A code with anything after its check sum is altered, even zeros; typed input is read up to
/// `MAX_INPUT_CHARS` characters, spaces included, and refused past it.
#[test]
fn a_code_too_long_is_refused() {
    let fw = framework();
    let code = encode(&fw, Mode::Quick, 1, &all(&fw, Mode::Quick, Some(3)));
    assert_eq!(decode(&format!("{code}-0000"), &fw, Mode::Quick), Err(CodeError::Altered));
    let at_limit = format!("{code:<MAX_INPUT_CHARS$}");
    assert_eq!(decode(&at_limit, &fw, Mode::Quick).map(|r| r.nonce), Ok(1));
    assert_eq!(decode(&format!("{at_limit} "), &fw, Mode::Quick), Err(CodeError::Garbage));
}

/// A version-1 code as version 2 would write it: the second symbol holds the version's low
/// bits, and raising it by 8 makes version 2.
fn as_newer(code: &str) -> String {
    let second = SYMBOLS.find(code.chars().nth(1).expect("a code")).expect("a symbol");
    format!("M{}{}", &SYMBOLS[second + 8..=second + 8], &code[2..])
}

#[test]
fn each_kind_of_bad_code_gets_its_own_error() {
    let fw = framework();
    let code = encode(&fw, Mode::Quick, 1, &all(&fw, Mode::Quick, Some(3)));
    let decode = |c: &str, mode| decode(c, &fw, mode).map(|r| r.nonce);
    assert_eq!(decode("", Mode::Quick), Err(CodeError::Empty));
    assert_eq!(decode("hello, here is my view", Mode::Quick), Err(CodeError::Garbage));
    assert_eq!(decode(&"Z".repeat(500), Mode::Quick), Err(CodeError::Garbage));
    assert_eq!(decode(&code[..code.len() - 6], Mode::Quick), Err(CodeError::Truncated));
    assert_eq!(decode(&code, Mode::Full), Err(CodeError::OtherMode));
    let mut altered: Vec<char> = code.chars().collect();
    altered[10] = if altered[10] == '7' { '8' } else { '7' };
    assert_eq!(decode(&altered.iter().collect::<String>(), Mode::Quick), Err(CodeError::Altered));

    let mut other = doc();
    other["id"] = "another-framework".into();
    let other = load_framework(&other.to_string()).expect("loads");
    let foreign = encode(&other, Mode::Quick, 1, &all(&other, Mode::Quick, Some(3)));
    assert_eq!(decode(&foreign, Mode::Quick), Err(CodeError::OtherFramework));

    let mut changed = doc();
    changed["themes"][0]["behaviours"][0]["id"] = "si-renamed".into();
    changed["self_check"]["quick"][0] = "si-renamed".into();
    let changed = load_framework(&changed.to_string()).expect("loads");
    let stale = encode(&changed, Mode::Quick, 1, &all(&changed, Mode::Quick, Some(3)));
    assert_eq!(decode(&stale, Mode::Quick), Err(CodeError::ChangedStatements));

    let newer = as_newer(&code);
    assert_eq!(decode(&newer, Mode::Quick), Err(CodeError::Newer));
    for e in [CodeError::Empty, CodeError::Garbage, CodeError::Newer, CodeError::Duplicate] {
        assert!(!e.message().is_empty());
    }
}

fn response(fw: &Framework, mode: Mode, nonce: u32, value: u8) -> Response {
    Response { nonce, answers: all(fw, mode, Some(value)) }
}

#[test]
fn fewer_than_three_views_show_nothing_of_them() {
    let fw = framework();
    let steps = steps(&fw, Mode::Quick);
    let own = all(&fw, Mode::Quick, Some(3));
    let two: Vec<Response> = (0..2).map(|n| response(&fw, Mode::Quick, n, 0)).collect();
    assert_eq!(compare(&fw, &steps, &own, &[]), Comparison::NeedMore(3));
    assert_eq!(compare(&fw, &steps, &own, &two), Comparison::NeedMore(1));
}

#[test]
fn three_views_give_averages_ranges_and_gaps() {
    let fw = framework();
    let steps = steps(&fw, Mode::Quick);
    let own = all(&fw, Mode::Quick, Some(3));
    let views = [
        response(&fw, Mode::Quick, 1, 0),
        response(&fw, Mode::Quick, 2, 1),
        response(&fw, Mode::Quick, 3, 2),
    ];
    let Comparison::Ready(rows) = compare(&fw, &steps, &own, &views) else { panic!("three views compare") };
    assert_eq!(rows.len(), steps.len());
    for row in &rows {
        let others = row.others.expect("every theme scored by three");
        assert_eq!((others.range, others.average, others.count), (Some((0, 67)), 33, 3));
        assert_eq!(row.own, Some(100));
        assert_eq!(row.gap(), Some(Gap::BlindSpot));
    }
    let humble = all(&fw, Mode::Quick, Some(0));
    let Comparison::Ready(rows) = compare(&fw, &steps, &humble, &views) else { panic!("compare") };
    assert!(rows.iter().all(|r| r.gap() == Some(Gap::Strength)));
}

#[test]
fn a_theme_scored_by_fewer_than_three_shows_no_colleague_figure() {
    let fw = framework();
    let mode = Mode::Full;
    let steps = steps(&fw, mode);
    let own = all(&fw, mode, Some(2));
    // Two of the three say every "does not apply" statement does not apply.
    let views = [
        response(&fw, mode, 1, 2),
        Response { nonce: 2, answers: all(&fw, mode, None) },
        Response { nonce: 3, answers: all(&fw, mode, None) },
    ];
    let Comparison::Ready(rows) = compare(&fw, &steps, &own, &views) else { panic!("compare") };
    for row in rows {
        let theme = &fw.themes[row.theme];
        let all_na = steps
            .iter()
            .find(|s| s.theme == row.theme)
            .and_then(|s| s.resolve(&fw))
            .is_some_and(|(_, bs)| bs.iter().all(|b| b.applies_to.is_some()));
        assert_eq!(row.others.is_none(), all_na, "{}", theme.title);
        assert!(row.others.is_none_or(|o| o.count >= MIN_VIEWS));
    }
}

#[test]
fn adding_codes_keeps_good_ones_and_refuses_bad_ones_without_change() {
    let fw = framework();
    let mode = Mode::Quick;
    let code = encode(&fw, mode, 9, &all(&fw, mode, Some(2)));
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let effects = views.apply(ViewsAction::Edit(code.to_lowercase()));
    assert!(effects.is_empty());
    let effects = views.apply(ViewsAction::Add(0));
    let saved = match effects.first() {
        Some(ViewsEffect::Save(text)) => text.clone(),
        other => panic!("expected a save, got {other:?}"),
    };
    assert_eq!(views.codes().collect::<Vec<_>>(), [code.as_str()]);
    assert_eq!(views.draft(), "");

    // The same code again, differently written: a duplicate, and nothing changes but the error.
    let before = views.clone();
    let _ = views.apply(ViewsAction::Edit(code.replace('-', " ")));
    assert_eq!(views.apply(ViewsAction::Add(0)), [ViewsEffect::FocusError]);
    assert_eq!(views.error(), Some(CodeError::Duplicate));
    assert_eq!(views.codes().collect::<Vec<_>>(), before.codes().collect::<Vec<_>>());

    // What was saved restores the same codes; then removing one saves the shorter list.
    let mut restored = Views::restored(Rc::new(fw.clone()), mode, saved.clone());
    assert_eq!(restored.responses(), views.responses());
    assert!(
        matches!(restored.apply(ViewsAction::Remove(0, 0)).first(), Some(ViewsEffect::Save(k)) if k.present().is_empty())
    );
    assert_eq!(restored.apply(ViewsAction::Remove(5, 0)), []);
}

#[test]
fn codes_are_kept_under_the_framework_prefix() {
    let fw = framework();
    assert!(Kept::Codes(Mode::Quick).key(&fw.id).starts_with(&prefix(&fw.id)));
    assert_ne!(Kept::Codes(Mode::Quick).key(&fw.id), Kept::Codes(Mode::Full).key(&fw.id));
}

/// A new list of codes, each `value` throughout with its own nonce, in `mode`.
fn codes(fw: &Framework, mode: Mode, nonces: std::ops::Range<u32>) -> Vec<String> {
    nonces.map(|n| encode(fw, mode, n, &all(fw, mode, Some(u8::try_from(n % 4).unwrap_or(0))))).collect()
}

fn paste(views: &mut Views, text: &str) -> Vec<ViewsEffect> {
    let _ = views.apply(ViewsAction::Edit(text.to_string()));
    views.apply(ViewsAction::Add(0))
}

#[test]
fn several_codes_pasted_as_email_and_chat_leave_them_are_each_added() {
    let fw = framework();
    let mode = Mode::Quick;
    let [a, b, c, d, e]: [String; 5] = codes(&fw, mode, 1..6).try_into().expect("five");
    let en_dashed = b.replace('-', "\u{2013}");
    let zero_width = c.replacen('-', "-\u{200B}", 2).replacen('-', "\u{2060}", 1);
    let no_break = d.to_lowercase().replace('-', "\u{00A0}");
    // One broken across two lines, as an email client wraps a long line.
    let (head, tail) = e.split_at(12);
    let text = format!("Code: {a}\r\nHere is mine – {en_dashed}, and {zero_width};\n  {no_break}\n\u{FEFF}{head}\n{tail}.\nThanks!");
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let effects = paste(&mut views, &text);
    assert!(matches!(effects.as_slice(), [ViewsEffect::Save(_), ViewsEffect::FocusList]), "{effects:?}");
    assert_eq!(views.refused(), []);
    assert_eq!(views.codes().collect::<Vec<_>>(), [&a, &b, &c, &d, &e]);
    assert_eq!(views.report(), Some(&Report { added: 5, ..Report::default() }));
    assert_eq!(views.draft(), "");
}

/// Found by the property test: a code typed in spaced groups, its short last group run into the
/// next code by a zero-width space, so that the joined word begins like a code of its own.
#[test]
fn a_spaced_codes_last_group_run_into_the_next_code_still_reads_as_two() {
    let fw = framework();
    for mode in [Mode::Quick, Mode::Full] {
        let list = codes(&fw, mode, 0..300);
        for pair in list.windows(2) {
            let text = format!("{}\u{200B}{}", pair[0].replace('-', " "), pair[1]);
            let read: Vec<_> = pieces(&text).iter().map(|p| decode(p, &fw, mode).map(|r| r.nonce)).collect();
            let nonces: Vec<_> = pair.iter().map(|c| decode(c, &fw, mode).map(|r| r.nonce)).collect();
            assert_eq!(read, nonces, "{text:?}");
        }
    }
}

/// A colleague's code from a newer release, pasted among words and other codes, is one piece,
/// refused as newer (so the visitor is told why), not passed over or called "not a code"; a
/// long word that only looks like one is refused as not a code.
#[test]
fn a_newer_releases_code_in_a_paste_is_refused_as_newer() {
    let fw = framework();
    let mode = Mode::Quick;
    let [a, b]: [String; 2] = codes(&fw, mode, 1..3).try_into().expect("two");
    let newer = as_newer(&b);
    let read = |text: &str| -> Vec<_> {
        pieces(text).iter().map(|p| decode(p, &fw, mode).map(|r| r.nonce)).collect()
    };
    assert_eq!(read(&format!("Hi Sam: {a}\nand mine, {newer} thanks")), [Ok(1), Err(CodeError::Newer)]);
    assert_eq!(read(&format!("{newer}\n{a}")), [Err(CodeError::Newer), Ok(1)]);
    assert_eq!(read(&format!("{a} ZZZZZZZZZZ")), [Ok(1), Err(CodeError::Garbage)]);
}

/// Pasted text up to `MAX_PASTE_CHARS` is split into its codes; longer is refused as a whole.
#[test]
fn a_paste_up_to_its_limit_is_read_and_longer_is_refused_whole() {
    let fw = framework();
    let mode = Mode::Quick;
    let [a, b]: [String; 2] = codes(&fw, mode, 1..3).try_into().expect("two");
    let text = format!("{a}\n{b}");
    let at_limit = format!("{text:<MAX_PASTE_CHARS$}");
    assert_eq!(pieces(&at_limit), [a, b]);
    let over = format!("{at_limit} ");
    let read = pieces(&over);
    assert_eq!(read.len(), 1, "one piece");
    assert_eq!(read[0].chars().count(), MAX_INPUT_CHARS + 1, "cut to what `decode` refuses as too long");
    assert!(decode(&read[0], &fw, mode).is_err());
}

/// A code broken across two lines at any of its dashes, as an email client wraps a long line,
/// is read as one code, whatever its second line begins with.
#[test]
fn a_code_broken_across_lines_at_any_dash_reads_as_one() {
    let fw = framework();
    for mode in [Mode::Quick, Mode::Full] {
        for (nonce, code) in (0..300).zip(codes(&fw, mode, 0..300)) {
            for (at, _) in code.match_indices('-') {
                let text = format!("{}\n{}", &code[..at], &code[at + 1..]);
                let read: Vec<_> =
                    pieces(&text).iter().map(|p| decode(p, &fw, mode).map(|r| r.nonce)).collect();
                assert_eq!(read, [Ok(nonce)], "{text:?}");
            }
        }
    }
}

#[test]
fn each_refused_code_of_a_paste_gets_its_own_message_and_stays_in_the_box() {
    let fw = framework();
    let mode = Mode::Quick;
    let [a, b]: [String; 2] = codes(&fw, mode, 1..3).try_into().expect("two");
    let mut altered: Vec<char> = b.chars().collect();
    altered[10] = if altered[10] == '7' { '8' } else { '7' };
    let altered: String = altered.into_iter().collect();
    let cut = &a[..a.len() - 6];
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let effects = paste(&mut views, &format!("{a}\n{altered}\nXYZQWRTPSDFG\n{cut}"));
    assert!(matches!(effects.as_slice(), [ViewsEffect::Save(_), ViewsEffect::FocusError]), "{effects:?}");
    assert_eq!(views.codes().collect::<Vec<_>>(), [&a]);
    let refused: Vec<_> = views.refused().iter().map(|r| (r.position, r.of, r.error)).collect();
    assert_eq!(
        refused,
        [(2, 4, CodeError::Altered), (3, 4, CodeError::Garbage), (4, 4, CodeError::Truncated)]
    );
    assert_eq!(views.draft().lines().count(), 3, "{}", views.draft());

    // A code cut short, then a whole one: the whole one is added, not read as the cut one's end.
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let _ = paste(&mut views, &format!("{cut}\n{b}"));
    assert_eq!(views.codes().collect::<Vec<_>>(), [&b]);
    let refused: Vec<_> = views.refused().iter().map(|r| (r.position, r.of, r.error)).collect();
    assert_eq!(refused, [(1, 2, CodeError::Truncated)]);

    // A paste of words only, or blanks only: one message, and the box keeps the text.
    let mut fresh = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    assert_eq!(paste(&mut fresh, "hello, here is my view"), [ViewsEffect::FocusError]);
    assert_eq!(fresh.error(), Some(CodeError::Garbage));
    assert_eq!(fresh.draft(), "hello, here is my view");
    let _ = paste(&mut fresh, " \n\u{200B}\u{00A0}");
    assert_eq!(fresh.error(), Some(CodeError::Empty));
}

#[test]
fn a_colleagues_changed_code_replaces_their_earlier_one() {
    let fw = framework();
    let mode = Mode::Quick;
    let first = encode(&fw, mode, 77, &all(&fw, mode, Some(1)));
    let changed = encode(&fw, mode, 77, &all(&fw, mode, Some(3)));
    let other = encode(&fw, mode, 78, &all(&fw, mode, Some(0)));
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let _ = paste(&mut views, &format!("{other} {first}"));
    let effects = paste(&mut views, &changed);
    assert!(matches!(effects.as_slice(), [ViewsEffect::Save(_), ViewsEffect::FocusList]), "{effects:?}");
    assert_eq!(views.codes().collect::<Vec<_>>(), [&other, &changed], "in the earlier one's place");
    assert_eq!(views.report(), Some(&Report { replaced: vec![2], ..Report::default() }));
    assert_eq!(views.responses()[1], Response { nonce: 77, answers: all(&fw, mode, Some(3)) });
}

#[test]
fn the_limit_of_codes_has_its_own_message() {
    let fw = framework();
    let mode = Mode::Quick;
    let many = codes(&fw, mode, 0..MAX_CODES as u32 + 2);
    let mut views = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let _ = paste(&mut views, &many.join("\n"));
    assert_eq!(views.codes().count(), MAX_CODES);
    let refused: Vec<_> = views.refused().iter().map(|r| (r.position, r.error)).collect();
    assert_eq!(refused, [(MAX_CODES + 1, CodeError::TooMany), (MAX_CODES + 2, CodeError::TooMany)]);
    assert!(CodeError::TooMany.message().contains(&MAX_CODES.to_string()), "the message states the limit");
}

/// Three colleagues' codes meant for a collector, answering 0, 1 and 2 throughout.
fn for_collector(fw: &Framework, mode: Mode) -> Vec<String> {
    (0..3u8).map(|v| encode_for(fw, mode, u32::from(v) + 10, &all(fw, mode, Some(v)), true)).collect()
}

#[test]
fn a_collector_combines_three_codes_into_averages_and_counts_only() {
    let fw = framework();
    let mode = Mode::Quick;
    let steps: Vec<Step> = steps(&fw, mode);
    let mut collector = Views::collecting(Rc::new(fw.clone()), mode);
    let codes = for_collector(&fw, mode);
    // Two codes: refused, with its own message; nothing is made.
    let _ = paste(&mut collector, &codes[..2].join("\n"));
    assert_eq!(collector.apply(ViewsAction::Combine), [ViewsEffect::FocusError]);
    assert_eq!(collector.error(), Some(CodeError::TooFewToCombine));
    assert_eq!(collector.made(), None);
    let _ = paste(&mut collector, &codes[2]);
    assert_eq!(collector.apply(ViewsAction::Combine), [ViewsEffect::FocusCombined]);
    let made = collector.made().expect("a combined code").to_string();
    assert!(made.starts_with('R'), "{made}");
    let expected =
        Combined { colleagues: 3, themes: vec![Some(ThemeAverage { average: 33, count: 3 }); steps.len()] };
    assert_eq!(read(&made, &fw, mode), Ok(Read::Combined(expected.clone())));
    assert_eq!(combine(&fw, mode, &[]), Err(CodeError::TooFewToCombine));
    // A combined code is not something to combine again.
    let _ = paste(&mut collector, &made);
    assert_eq!(collector.error(), Some(CodeError::Combined));

    // The visitor: an individual code meant for the collector is refused, saying whom it is for;
    // the combined code is added, and the comparison shows averages and counts, no range.
    let mut visitor = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let _ = paste(&mut visitor, &codes[0]);
    assert_eq!(visitor.error(), Some(CodeError::ForCollector));
    assert!(CodeError::ForCollector.message().contains("meant for the person you asked to collect"));
    assert_eq!(visitor.codes().count(), 0);
    let effects = paste(&mut visitor, &made);
    let Some(ViewsEffect::Save(saved)) = effects.first() else { panic!("saved: {effects:?}") };
    assert_eq!(visitor.report(), Some(&Report { combined: true, ..Report::default() }));
    assert_eq!(visitor.combined(), Some(&expected));
    let own = all(&fw, mode, Some(3));
    let Comparison::Combined { colleagues, rows } = compare_combined(&fw, &steps, &own, &expected) else {
        panic!("a combined comparison")
    };
    assert_eq!(colleagues, 3);
    assert!(rows
        .iter()
        .all(|r| r.others.is_some_and(|o| o.range.is_none() && o.average == 33 && o.count == 3)));
    assert!(rows.iter().all(|r| r.gap() == Some(Gap::BlindSpot)));
    // Kept and restored like any code; removing it removes the comparison.
    let mut again = Views::restored(Rc::new(fw.clone()), mode, saved.clone());
    assert_eq!(again.combined(), Some(&expected));
    let _ = again.apply(ViewsAction::Remove(0, 0));
    assert_eq!(again.combined(), None);
}

#[test]
fn a_combined_code_carries_nothing_for_a_theme_fewer_than_three_scored() {
    let fw = framework();
    let mode = Mode::Full;
    // Two of the four gave the first theme no score (as "does not apply" throughout would).
    let first: Vec<String> =
        steps(&fw, mode)[0].resolve(&fw).expect("resolves").1.iter().map(|b| b.id.clone()).collect();
    let without_first = |v| {
        let mut answers = all(&fw, mode, Some(v));
        for id in &first {
            answers.remove(id);
        }
        answers
    };
    let views = [
        response(&fw, mode, 1, 2),
        response(&fw, mode, 2, 3),
        Response { nonce: 3, answers: without_first(1) },
        Response { nonce: 4, answers: without_first(0) },
    ];
    let code = combine(&fw, mode, &views).expect("four combine");
    let Ok(Read::Combined(c)) = read(&code, &fw, mode) else { panic!("reads") };
    assert_eq!(c.colleagues, 4);
    assert_eq!(c.themes[0], None, "two scores of the first theme are not carried");
    assert!(c.themes[1..].iter().all(|t| t.is_some_and(|t| t.count == 4)));
}

#[test]
fn removing_past_the_end_of_the_list_removes_nothing() {
    // A list drawn before another tab removed a code may ask for a place no longer there.
    let fw = framework();
    let mode = Mode::Quick;
    let responses: Vec<Response> = (0..3u8).map(|v| response(&fw, mode, u32::from(v) + 1, v)).collect();
    let made = combine(&fw, mode, &responses).expect("three combine");
    let mut visitor = Views::restored(Rc::new(fw.clone()), mode, KeptCodes::default());
    let _ = paste(&mut visitor, &made);
    let _ = paste(&mut visitor, &encode(&fw, mode, 9, &all(&fw, mode, Some(1))));
    assert_eq!(visitor.codes().count(), 2);
    assert_eq!(visitor.apply(ViewsAction::Remove(2, 1)), []);
    assert_eq!(visitor.codes().count(), 2);
    assert!(visitor.combined().is_some());
}

/// Crockford's base32 alphabet, as codes are written.
const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A code's bytes without its CRC, read as an attacker would: Crockford base32, five bits a
/// symbol, dashes ignored.
fn unseal(code: &str) -> Vec<u8> {
    let (mut bytes, mut buffer, mut bits) = (Vec::new(), 0u32, 0u32);
    for c in code.chars().filter(|c| *c != '-') {
        buffer = (buffer << 5) | u32::try_from(SYMBOLS.find(c).expect("a symbol")).expect("small");
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push(u8::try_from((buffer >> bits) & 0xff).expect("a byte"));
        }
    }
    bytes.truncate(bytes.len() - 4);
    bytes
}

/// Bytes written as a code with a correct CRC, as someone forging one would.
fn forge(mut bytes: Vec<u8>) -> String {
    bytes.extend(crc32(&bytes).to_be_bytes());
    let (mut out, mut buffer, mut bits) = (String::new(), 0u32, 0u32);
    for b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(SYMBOLS.as_bytes()[usize::try_from((buffer >> bits) & 31).expect("small")].into());
        }
    }
    if bits > 0 {
        out.push(SYMBOLS.as_bytes()[usize::try_from((buffer << (5 - bits)) & 31).expect("small")].into());
    }
    out
}

#[test]
fn a_forged_combined_code_that_would_single_out_colleagues_is_refused() {
    let fw = framework();
    let mode = Mode::Quick;
    let responses: Vec<Response> = (0..3u8).map(|v| response(&fw, mode, u32::from(v) + 1, v)).collect();
    let genuine = unseal(&combine(&fw, mode, &responses).expect("three combine"));
    // The common header (7 bytes), how many were combined, then each theme's average and count.
    let (colleagues, first_average, first_count) = (7, 8, 9);
    assert_eq!((genuine[colleagues], genuine[first_average], genuine[first_count]), (3, 33, 3));
    // The test's own writing is right: the genuine bytes, written again, read as before.
    assert!(matches!(read(&forge(genuine.clone()), &fw, mode), Ok(Read::Combined(c)) if c.colleagues == 3));
    let forged = |at: usize, value: u8| {
        let mut bytes = genuine.clone();
        bytes[at] = value;
        read(&forge(bytes), &fw, mode)
    };
    // A theme "averaged" over fewer than three would be one or two colleagues' own scores.
    assert_eq!(forged(first_count, 2), Err(CodeError::Altered));
    assert_eq!(forged(first_count, 1), Err(CodeError::Altered));
    // More scores than codes combined, an average past 100, fewer than three combined: no
    // collector's widget writes them.
    assert_eq!(forged(first_count, 4), Err(CodeError::Altered));
    assert_eq!(forged(first_average, 101), Err(CodeError::Altered));
    assert_eq!(forged(colleagues, 2), Err(CodeError::Altered));
}

#[test]
fn a_gap_is_twenty_points_from_either_side_even_from_nothing() {
    let row = |own: u8, average: u8| ThemeComparison {
        theme: 0,
        own: Some(own),
        others: Some(Others { average, range: None, count: MIN_VIEWS }),
    };
    assert_eq!(GAP, 20);
    assert_eq!(row(0, GAP - 1).gap(), None);
    assert_eq!(row(0, GAP).gap(), Some(Gap::Strength));
    assert_eq!(row(40, 40 + GAP - 1).gap(), None);
    assert_eq!(row(40, 40 + GAP).gap(), Some(Gap::Strength));
    assert_eq!(row(GAP - 1, 0).gap(), None);
    assert_eq!(row(GAP, 0).gap(), Some(Gap::BlindSpot));
    assert_eq!(row(100, 100).gap(), None);
}

/// Two tabs' copies of the codes, as each writes them: merged with what is stored now, the tab
/// then hearing what was written.
fn write(stored: &mut KeptCodes, tab: &mut Views, effects: &[ViewsEffect]) {
    for effect in effects {
        if let ViewsEffect::Save(codes) = effect {
            *stored = stored.merged(codes);
            let _ = tab.apply(ViewsAction::Heard(stored.clone()));
        }
    }
}

#[test]
fn two_tabs_adding_and_removing_codes_lose_none_and_revive_none() {
    let fw = Rc::new(framework());
    let mode = Mode::Quick;
    let [a, b, c]: [String; 3] = codes(&fw, mode, 1..4).try_into().expect("three");
    let mut stored = KeptCodes::default();
    let mut one = Views::restored(fw.clone(), mode, stored.clone());
    let mut two = Views::restored(fw.clone(), mode, stored.clone());
    // Each adds a code without hearing the other: both are kept.
    let effects = paste(&mut one, &a);
    write(&mut stored, &mut one, &effects);
    let effects = paste(&mut two, &b);
    write(&mut stored, &mut two, &effects);
    assert_eq!(stored.present(), [a.as_str(), b.as_str()]);
    assert_eq!(two.codes().collect::<Vec<_>>(), [&a, &b], "the writer sees the other tab's code too");
    // The first removes a; the second, not having heard, adds c: a stays removed.
    let effects = one.apply(ViewsAction::Remove(0, 0));
    write(&mut stored, &mut one, &effects);
    let effects = paste(&mut two, &c);
    write(&mut stored, &mut two, &effects);
    assert_eq!(stored.present(), [b.as_str(), c.as_str()]);
    // Hearing it, the first shows the same; a code removed can be added again.
    let _ = one.apply(ViewsAction::Heard(stored.clone()));
    assert_eq!(one.codes().collect::<Vec<_>>(), [&b, &c]);
    let effects = paste(&mut one, &a);
    write(&mut stored, &mut one, &effects);
    assert_eq!(stored.present(), [b.as_str(), c.as_str(), a.as_str()]);
    // "Delete my answers" elsewhere: the codes go, with what was remembered of them.
    let _ = one.apply(ViewsAction::Cleared);
    assert_eq!(one.codes().count(), 0);
    assert_eq!(one.kept(), &KeptCodes::default());
}

#[test]
fn a_colleagues_changed_code_added_in_another_tab_replaces_theirs_in_both() {
    let fw = Rc::new(framework());
    let mode = Mode::Quick;
    let first = encode(&fw, mode, 77, &all(&fw, mode, Some(1)));
    let changed = encode(&fw, mode, 77, &all(&fw, mode, Some(3)));
    let mut stored = KeptCodes::default();
    let mut one = Views::restored(fw.clone(), mode, stored.clone());
    let effects = paste(&mut one, &first);
    write(&mut stored, &mut one, &effects);
    let mut two = Views::restored(fw.clone(), mode, stored.clone());
    let effects = paste(&mut two, &changed);
    write(&mut stored, &mut two, &effects);
    let _ = one.apply(ViewsAction::Heard(stored.clone()));
    assert_eq!(one.codes().collect::<Vec<_>>(), [&changed]);
    // Removing the colleague removes every code of theirs, so the earlier one cannot reappear.
    let effects = one.apply(ViewsAction::Remove(0, 0));
    write(&mut stored, &mut one, &effects);
    assert!(stored.present().is_empty(), "{:?}", stored.present());
    let _ = two.apply(ViewsAction::Heard(stored.clone()));
    assert_eq!(two.codes().count(), 0);
}

#[test]
fn kept_codes_read_back_and_the_first_releases_list_still_reads() {
    let fw = framework();
    let mode = Mode::Full;
    let [a, b, c]: [String; 3] = codes(&fw, mode, 1..4).try_into().expect("three");
    let mut kept = KeptCodes::default();
    kept.add(&a, None, 0);
    kept.add(&b, None, 0);
    kept.add(&c, Some(&a), 0);
    kept.remove([b.as_str()], 0);
    let text = kept.encode(&fw.id, mode);
    assert_eq!(KeptCodes::decode(&text, &fw.id, mode), Ok(kept.clone()));
    assert_eq!(kept.present(), [c.as_str()], "in the place of the one it replaced");
    let legacy = format!("[\"{a}\",\"{b}\"]");
    assert_eq!(KeptCodes::decode(&legacy, &fw.id, mode).map(|k| k.present().len()), Ok(2));
    assert_eq!(KeptCodes::decode(&legacy, &fw.id, mode).expect("a list").present(), [a.as_str(), b.as_str()]);
    // Anything else is set aside, never misread.
    let newer = text.replace("\"version\":1", "\"version\":2");
    assert_eq!(KeptCodes::decode(&newer, &fw.id, mode), Err(SetAside::OtherVersion));
    assert_eq!(KeptCodes::decode(&text, &fw.id, Mode::Quick), Err(SetAside::OtherCheck));
    assert_eq!(KeptCodes::decode(&text, "another", mode), Err(SetAside::OtherCheck));
    assert_eq!(KeptCodes::decode("{\"codes\":", &fw.id, mode), Err(SetAside::Unreadable));
    let damaged = text.replace("\"stamp\"", "\"stump\"");
    assert_eq!(KeptCodes::decode(&damaged, &fw.id, mode), Err(SetAside::Unreadable));
    // A removal of fewer than 3 hex digits would remove other colleagues' codes: set aside.
    let removal = |start: &str| {
        let text = format!(
            r#"{{"version":1,"framework":"{}","mode":"full","codes":[{{"removed":"{start}","stamp":9}}]}}"#,
            fw.id
        );
        KeptCodes::decode(&text, &fw.id, mode).map(|k| k == KeptCodes::default())
    };
    assert_eq!(removal("0af"), Ok(false), "read");
    assert_eq!(removal("0123456789abcdef"), Ok(false), "the longest, as the first removals were written");
    for bad in ["", "0a", "0aG", "0AF", "0a f"] {
        assert_eq!(removal(bad), Err(SetAside::Unreadable), "{bad:?}");
    }
    // A code written without its place (the first 0) is in the place of its stamp.
    let placeless = format!(
        r#"{{"version":1,"framework":"{}","mode":"full","codes":[{{"code":"{a}","stamp":5}},{{"code":"{b}","stamp":9,"first":0}}]}}"#,
        fw.id
    );
    assert_eq!(
        KeptCodes::decode(&placeless, &fw.id, mode).expect("reads").present(),
        [a.as_str(), b.as_str()]
    );
}

#[test]
fn kept_codes_of_the_wrong_kind_for_the_role_are_never_listed() {
    let fw = Rc::new(framework());
    let mode = Mode::Quick;
    let meant_for_collector = for_collector(&fw, mode);
    let own = encode(&fw, mode, 5, &all(&fw, mode, Some(1)));
    let mut kept = KeptCodes::default();
    kept.add(&meant_for_collector[0], None, 1);
    kept.add(&own, None, 2);
    // The visitor's list never shows a code meant for a collector, whatever is kept.
    let visitor = Views::restored(fw.clone(), mode, kept.clone());
    assert_eq!(visitor.codes().collect::<Vec<_>>(), [&own]);
    // A collector hearing codes lists colleagues' codes, never a combined code.
    let mut collector = Views::collecting(fw.clone(), mode);
    for code in &meant_for_collector {
        let _ = paste(&mut collector, code);
    }
    let _ = collector.apply(ViewsAction::Combine);
    let made = collector.made().expect("combined").to_string();
    kept.add(&made, None, 3);
    let _ = collector.apply(ViewsAction::Heard(kept));
    assert!(collector.codes().all(|c| c != made), "a combined code is not one to combine");
    assert_eq!(collector.combined(), None);
}

#[test]
fn kept_codes_are_written_as_documented() {
    let mut kept = KeptCodes::default();
    kept.add("A", None, 5);
    kept.add("B", None, 0);
    kept.remove(["A"], 0);
    assert_eq!(
        kept.encode("fw", Mode::Quick),
        r#"{"version":1,"framework":"fw","mode":"quick","codes":[{"code":"B","stamp":6,"first":6},{"removed":"da1","stamp":7}]}"#,
        "a removed code is kept as 12 bits of its digest only: nothing of the colleague's answers stays"
    );
}

/// An attacker with the visitor's device reads what a removed code left and tries answers with
/// the invitation's number (the visitor's other codes show it): many other answers fit as well
/// as the colleague's, so theirs are not found. Here the first 8 of 12 answers are tried (65,536
/// sets, about 16 expected to fit); trying all 12 finds about 4,000.
#[test]
fn a_removed_code_cannot_be_found_again_by_trying_answers() {
    let (fw, mode) = (framework(), Mode::Quick);
    let asked: Vec<String> = all(&fw, mode, Some(0)).iter().map(|(id, _)| id.clone()).collect();
    let code_of = |n: u32| {
        let answers = (asked.iter().enumerate())
            .map(|(i, id)| (id.clone(), Answer::Scale(if i < 8 { ((n >> (2 * i)) & 3) as u8 } else { 2 })))
            .collect();
        encode(&fw, mode, 0x5EED, &answers)
    };
    let (colleague, other) = (code_of(0b1110_0100_1110_0100), code_of(7));
    let mut kept = KeptCodes::default();
    kept.add(&colleague, None, 1);
    kept.add(&other, None, 2);
    kept.remove([colleague.as_str()], 3);
    let left = KeptCodes::decode(&kept.encode(&fw.id, mode), &fw.id, mode).expect("reads back");
    assert_eq!(left.present(), [other.as_str()]);
    // A candidate fits when what was left removes it as it removed the colleague's code.
    let fits = |code: &str| {
        let mut probe = KeptCodes::default();
        probe.add(code, None, 0);
        !left.merged(&probe).present().contains(&code)
    };
    let fitting = (0..1 << 16).map(code_of).filter(|c| fits(c)).count();
    assert!(fits(&colleague), "the removal still beats a stale copy of the code");
    assert!(!fits(&other), "it beats no code still kept");
    assert!(fitting >= 8, "{fitting} answer sets fit: the removed answers would be found");
}

#[test]
fn only_the_latest_removals_are_remembered() {
    let mut kept = KeptCodes::default();
    // Enough that more than MAX_REMOVED removals are told apart by their first digits.
    for n in 0..MAX_REMOVED + 50 {
        kept.add(&format!("code {n}"), None, 0);
        kept.remove([format!("code {n}").as_str()], 0);
    }
    let text = kept.encode("fw", Mode::Quick);
    assert_eq!(text.matches("\"removed\":").count(), MAX_REMOVED);
    assert!(!text.contains("code "), "no removed code is written: {text}");
    // The oldest forgotten first: a stale copy brings back none of the latest.
    let stale = |codes: &[&str]| {
        let mut stale = KeptCodes::default();
        for code in codes {
            stale.add(code, None, 0);
        }
        stale
    };
    assert!(kept.merged(&stale(&["code 150", "code 249"])).present().is_empty());
    // A stale copy still holding a code removed long ago may bring it back: the bound's price.
    // (Not every such code: another removal may share its first digits.)
    let old = ["code 0", "code 1", "code 2", "code 3", "code 4"];
    assert!(!kept.merged(&stale(&old)).present().is_empty());
}
