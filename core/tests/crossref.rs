//! Browsing the framework from another framework's headings.

mod common;

use common::framework;
use lsc_core::explorer::crossref::headings;

#[test]
fn creating_the_vision_in_the_lqf_links_to_all_four_themes() {
    let fw = framework();
    let lqf = fw.linked_frameworks.iter().position(|f| f.id == "lqf").unwrap();
    let all = headings(&fw);
    let h = all.iter().find(|h| h.framework == lqf && h.label == "Creating the vision").unwrap();
    let themes: Vec<&str> = h.matches.iter().map(|m| fw.themes[m.theme].title.as_str()).collect();
    assert_eq!(themes.len(), 4, "{themes:?}");
    assert_eq!(
        h.matches[0].quotes(&fw),
        ["'Creating a bold, innovative, shared vision which reflects the future needs and aspirations of the population.'"]
    );
}

#[test]
fn headings_differing_only_in_capitals_are_one_heading() {
    let fw = framework();
    let all = headings(&fw);
    let improving: Vec<_> =
        all.iter().filter(|h| h.label.eq_ignore_ascii_case("improving services")).collect();
    assert_eq!(improving.len(), 1, "{improving:?}");
    // Driving transformation, Facilitative and collaborative style, Flexibility and openness.
    assert_eq!(improving[0].matches.len(), 3);
}

#[test]
fn a_theme_citing_a_heading_twice_gives_all_its_quotes_under_one_match() {
    let fw = framework();
    let nhs = fw.linked_frameworks.iter().position(|f| f.id == "nhs-lf").unwrap();
    let all = headings(&fw);
    let h = all.iter().find(|h| h.framework == nhs && h.label == "Creating the vision").unwrap();
    let driving = h.matches.iter().find(|m| fw.themes[m.theme].id == "driving-transformation").unwrap();
    assert_eq!(driving.links.len(), 2);
    assert_eq!(driving.quotes(&fw).len(), 3);
}

#[test]
fn headings_are_grouped_by_framework_then_sorted() {
    let fw = framework();
    let all = headings(&fw);
    let order: Vec<usize> = all.iter().map(|h| h.framework).collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    let ccg: Vec<String> = all.iter().filter(|h| h.framework == 0).map(|h| h.label.to_lowercase()).collect();
    let mut sorted = ccg.clone();
    sorted.sort();
    assert_eq!(ccg, sorted);
    // Every link is reachable from exactly one heading.
    let links: usize = all.iter().flat_map(|h| &h.matches).map(|m| m.links.len()).sum();
    assert_eq!(links, fw.themes.iter().map(|t| t.links.len()).sum::<usize>());
}
