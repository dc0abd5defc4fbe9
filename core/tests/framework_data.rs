//! The bundled framework.json: complete, verbatim and in the source's order.

mod common;

use std::collections::HashSet;

use common::framework;

#[test]
fn has_the_four_themes_in_the_source_order_with_taglines() {
    let fw = framework();
    let got: Vec<(&str, &str)> = fw.themes.iter().map(|t| (t.title.as_str(), t.tagline.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Strategic intent", "Seeing the whole picture"),
            ("Driving transformation", "Changing the system"),
            ("Facilitative and collaborative style", "Working with others and co-producing"),
            ("Flexibility and openness", "Open to new ideas"),
        ]
    );
}

#[test]
fn has_39_key_behaviours_with_unique_ids() {
    let fw = framework();
    let per_theme: Vec<usize> = fw.themes.iter().map(|t| t.behaviours.len()).collect();
    assert_eq!(per_theme, [7, 12, 12, 8]);
    let ids: HashSet<&str> = fw.behaviours().map(|b| b.id.as_str()).collect();
    assert_eq!(ids.len(), 39);
}

#[test]
fn flags_exactly_the_two_organisation_specific_behaviours() {
    let fw = framework();
    let flagged: Vec<(&str, &str)> =
        fw.behaviours().filter_map(|b| Some((b.applies_to.as_deref()?, b.text.as_str()))).collect();
    assert_eq!(flagged.len(), 2);
    assert!(flagged[0].1.starts_with("In commissioning organisations:"));
    assert!(flagged[1].1.starts_with("In provider organisations:"));
}

#[test]
fn every_theme_links_to_the_ccg_model_the_nhs_framework_and_the_lqf() {
    let fw = framework();
    for theme in &fw.themes {
        for framework in ["ccg", "nhs-lf", "lqf"] {
            assert!(theme.links_to(framework).count() > 0, "{} has no link to {framework}", theme.title);
        }
    }
    let quotes: usize = fw.themes.iter().flat_map(|t| &t.links).map(|l| l.quotes.len()).sum();
    // Counted by hand in the source: 4 + 10 + 12 + 6.
    assert_eq!(quotes, 32, "every cross-framework quote of the source");
}

#[test]
fn quick_check_has_three_statements_per_theme() {
    let fw = framework();
    for theme in &fw.themes {
        let n = theme.behaviours.iter().filter(|b| fw.self_check.quick.contains(&b.id)).count();
        assert_eq!(n, 3, "{}", theme.title);
    }
}

/// Every piece of framework text must stand in the source as written. The source is the seed
/// beside the repository (present on developer machines and in CI); its tables hold paragraphs
/// as `<p>…</p>`, so the check is made against its text with tags removed.
#[test]
fn all_content_is_verbatim_from_the_source() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seed/000_eae65f6226f738b4.txt");
    let Ok(seed) = std::fs::read_to_string(path) else {
        eprintln!("skipped: the source text is not at {path}");
        return;
    };
    let plain = strip_tags(&seed).split_whitespace().collect::<Vec<_>>().join(" ");
    let fw = framework();
    let mut texts: Vec<&str> = vec![&fw.title, &fw.summary, &fw.attribution];
    for t in &fw.themes {
        texts.extend([t.title.as_str(), t.tagline.as_str(), t.description.as_str()]);
        texts.extend(t.behaviours.iter().map(|b| b.text.as_str()));
        for l in &t.links {
            texts.push(&l.heading);
            texts.extend(l.quotes.iter().map(String::as_str));
        }
    }
    for s in fw.about.iter().flat_map(|a| a.paragraphs.iter().chain([&a.heading])) {
        texts.push(s);
    }
    for text in texts {
        // The source breaks one paragraph across a page; compare with white space folded.
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(plain.contains(&folded), "not verbatim in the source: {text}");
    }
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace('*', "")
}

#[test]
fn the_bundled_document_reads_without_checks_as_the_full_loader_reads_it() {
    let checked =
        lsc_core::framework::load::load_framework(common::FRAMEWORK_JSON).expect("framework.json loads");
    let trusted =
        lsc_core::framework::load::load_bundled(common::FRAMEWORK_JSON).expect("framework.json reads");
    assert_eq!(trusted, checked);
    assert!(lsc_core::framework::load::load_bundled("{}").is_none(), "a document that is not one says so");
    assert!(
        lsc_core::framework::load::load_bundled("{\"title\": ").is_none(),
        "nor does a text that is not JSON"
    );
}
