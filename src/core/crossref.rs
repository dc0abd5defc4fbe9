//! Browsing the framework "from the other side": for each heading of a linked framework (e.g.
//! "Creating the vision" in the NHS Leadership Framework), which themes link to it, with which
//! quotes. The source spells some headings with different capitals ("Improving Services",
//! "Improving services"); those are one heading here.

use super::model::Framework;

/// One heading of one linked framework and every theme that links to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// Index into `Framework::linked_frameworks`.
    pub framework: usize,
    /// As first written in the document.
    pub label: String,
    pub matches: Vec<ThemeMatch>,
}

/// A theme's links to one heading (a theme can cite the same heading twice).
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMatch {
    /// Index into `Framework::themes`.
    pub theme: usize,
    /// Indices into that theme's `links`.
    pub links: Vec<usize>,
}

impl ThemeMatch {
    /// Every quote this theme gives under the heading, in document order.
    pub fn quotes<'a>(&self, fw: &'a Framework) -> Vec<&'a str> {
        // Plain loops rather than flat_map and collect: less code in the Wasm.
        let mut quotes = Vec::new();
        let links = fw.themes.get(self.theme).map(|t| t.links.as_slice()).unwrap_or_default();
        for link in self.links.iter().filter_map(|&i| links.get(i)) {
            for quote in &link.quotes {
                quotes.push(quote.as_str());
            }
        }
        quotes
    }
}

/// The comparison key: case and runs of white space do not make a different heading. ASCII case
/// only: Unicode case tables measured 7 KB gzip of Wasm, and the headings are English.
fn key(heading: &str) -> String {
    let mut k = String::with_capacity(heading.len());
    for word in heading.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(word);
    }
    k.make_ascii_lowercase();
    k
}

/// Every heading of every linked framework, grouped by linked framework in document order,
/// then alphabetically.
pub fn headings(fw: &Framework) -> Vec<Heading> {
    let mut out: Vec<(String, Heading)> = Vec::new();
    for (t, theme) in fw.themes.iter().enumerate() {
        for (l, link) in theme.links.iter().enumerate() {
            let Some(framework) = fw.linked_frameworks.iter().position(|f| f.id == link.framework) else {
                continue; // validation has already refused such a document
            };
            let k = key(&link.heading);
            let heading = match out.iter_mut().find(|(ok, h)| h.framework == framework && *ok == k) {
                Some((_, h)) => h,
                None => {
                    let label = link.heading.clone();
                    out.push((k, Heading { framework, label, matches: Vec::new() }));
                    match out.last_mut() {
                        Some((_, h)) => h,
                        None => continue,
                    }
                }
            };
            match heading.matches.iter_mut().find(|m| m.theme == t) {
                Some(m) => m.links.push(l),
                None => heading.matches.push(ThemeMatch { theme: t, links: vec![l] }),
            }
        }
    }
    // Insertion sort: a few dozen headings, and no sort code from the standard library in the Wasm.
    let mut sorted: Vec<(String, Heading)> = Vec::with_capacity(out.len());
    for item in out {
        let at =
            sorted.partition_point(|(k, h)| (h.framework, k.as_str()) <= (item.1.framework, item.0.as_str()));
        sorted.insert(at, item);
    }
    // A loop rather than map and collect: less code in the Wasm.
    let mut headings = Vec::with_capacity(sorted.len());
    for (_, h) in sorted {
        headings.push(h);
    }
    headings
}
