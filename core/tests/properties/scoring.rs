//! Scores stay in 0..=100 on any scale, only rise when an answer rises, and "does not apply"
//! counts as not asked.

use super::*;

/// The bundled framework with a scale of `labels` answers and "does not apply" offered for the
/// behaviours flagged in `applies_to` (cycled), so that scores are tried on every scale size.
fn variant(labels: usize, applies_to: &[bool]) -> Framework {
    let mut d = doc();
    d["self_check"]["scale"] = (0..labels).map(|i| Value::from(format!("Label {i}"))).collect();
    let mut flags = applies_to.iter().cycle();
    for theme in d["themes"].as_array_mut().expect("themes") {
        for b in theme["behaviours"].as_array_mut().expect("behaviours") {
            let b = b.as_object_mut().expect("a behaviour");
            b.remove("applies_to");
            if flags.next().copied().unwrap_or(false) {
                b.insert("applies_to".into(), "some organisations".into());
            }
        }
    }
    load_framework(&d.to_string()).expect("the variant loads")
}

/// A framework variant, a mode, and answers to some of its statements.
#[derive(Debug, Clone)]
struct Scored {
    fw: Framework,
    mode: Mode,
    answers: Map<Answer>,
}

fn scored() -> impl Strategy<Value = Scored> {
    let answer_seeds = proptest::collection::vec(proptest::option::weighted(0.8, any::<u8>()), 39);
    (2..=MAX_SCALE, proptest::collection::vec(any::<bool>(), 1..8), modes(), answer_seeds).prop_map(
        |(labels, applies_to, mode, seeds)| {
            let fw = variant(labels, &applies_to);
            let top = fw.self_check.top();
            let mut answers = Map::new();
            for (b, seed) in asked(&fw, &steps(&fw, mode)).zip(seeds) {
                let Some(seed) = seed else { continue };
                let answer = if b.applies_to.is_some() && seed % 4 == 0 {
                    Answer::NotApplicable
                } else {
                    Answer::Scale(seed % (top + 1))
                };
                answers.insert(b.id.clone(), answer);
            }
            Scored { fw, mode, answers }
        },
    )
}

#[test]
fn any_answers_on_any_scale_score_0_to_100() {
    check(64, scored(), |Scored { fw, mode, answers }| {
        let steps = steps(&fw, mode);
        let scores = theme_scores(&fw, &steps, &answers);
        prop_assert_eq!(scores.len(), steps.len());
        for (s, step) in scores.iter().zip(&steps) {
            prop_assert_eq!(s.theme, step.theme);
            let (_, behaviours) = step.resolve(&fw).expect("steps resolve");
            let answered = behaviours.iter().filter(|b| answers.contains_key(&b.id)).count();
            prop_assert_eq!(s.scored + s.not_applicable, answered);
            match s.score {
                Some(v) => prop_assert!(v <= 100 && s.scored > 0, "{:?}", s),
                None => prop_assert_eq!(s.scored, 0),
            }
        }
        Ok(())
    });
}

#[test]
fn the_score_is_the_share_of_the_top_rounded_half_up() {
    let values = proptest::collection::vec(any::<u8>(), 0..40);
    check(1000, (values, 0..=u8::MAX), |(values, top)| {
        let got = score(&values, top);
        if values.is_empty() || top == 0 {
            prop_assert_eq!(got, None);
            return Ok(());
        }
        // The same sum in real numbers: values above the top count as the top.
        let sum: f64 = values.iter().map(|&v| f64::from(v.min(top))).sum();
        let share = 100.0 * sum / (f64::from(top) * values.len() as f64);
        prop_assert_eq!(got, Some(share.round() as u8), "{:?} on a scale to {}", values, top);
        Ok(())
    });
}

#[test]
fn raising_one_answer_never_lowers_its_theme_and_leaves_the_others_alone() {
    check(64, (scored(), any::<Index>(), any::<Index>()), |(Scored { fw, mode, answers }, which, by)| {
        let steps = steps(&fw, mode);
        let top = fw.self_check.top();
        let rated: Vec<(&String, u8)> = answers
            .iter()
            .filter_map(|(id, a)| match a {
                Answer::Scale(v) if *v < top => Some((id, *v)),
                _ => None,
            })
            .collect();
        if rated.is_empty() {
            return Ok(());
        }
        let (id, v) = *which.get(&rated);
        let raised_to = v + 1 + u8::try_from(by.index(usize::from(top - v))).expect("small");
        let mut raised = answers.clone();
        raised.insert(id.clone(), Answer::Scale(raised_to));

        let theme = fw.themes.iter().position(|t| t.behaviours.iter().any(|b| b.id == *id));
        let before = theme_scores(&fw, &steps, &answers);
        let after = theme_scores(&fw, &steps, &raised);
        for (b, a) in before.iter().zip(&after) {
            if Some(b.theme) == theme {
                prop_assert!(a.score >= b.score, "{} from {} to {}: {:?} -> {:?}", id, v, raised_to, b, a);
                prop_assert_eq!((a.scored, a.not_applicable), (b.scored, b.not_applicable));
            } else {
                prop_assert_eq!(a, b, "raising {} changed another theme", id);
            }
        }
        Ok(())
    });
}

#[test]
fn does_not_apply_scores_as_if_the_statement_were_not_asked() {
    check(64, (scored(), any::<Index>()), |(Scored { fw, mode, answers }, which)| {
        let steps = steps(&fw, mode);
        let flagged: Vec<&str> =
            asked(&fw, &steps).filter(|b| b.applies_to.is_some()).map(|b| b.id.as_str()).collect();
        if flagged.is_empty() {
            return Ok(());
        }
        let id = *which.get(&flagged);
        let mut with_na = answers.clone();
        with_na.insert(id.to_string(), Answer::NotApplicable);
        let mut without = answers.clone();
        without.remove(id);
        let na = theme_scores(&fw, &steps, &with_na);
        let not_asked = theme_scores(&fw, &steps, &without);
        for (a, b) in na.iter().zip(&not_asked) {
            prop_assert_eq!((a.theme, a.score, a.scored), (b.theme, b.score, b.scored), "for {}", id);
        }
        let counted: usize = na.iter().map(|s| s.not_applicable).sum();
        let counted_without: usize = not_asked.iter().map(|s| s.not_applicable).sum();
        prop_assert_eq!(counted, counted_without + 1, "the statement is counted as not applicable");
        Ok(())
    });
}
