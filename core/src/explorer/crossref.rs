//! Browsing the framework "from the other side": for each heading of a linked framework (e.g.
//! "Creating the vision" in the NHS Leadership Framework), which themes link to it, with which
//! quotes. The source spells some headings with different capitals ("Improving Services",
//! "Improving services"); those are one heading here.

use crate::framework::model::Framework;

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
/// only: the headings are English, and Unicode case tables are large (BENCHMARKS.md).
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
    // Kept in order as they are found (an insertion sort: a few dozen headings, and no sort code
    // from the standard library in the Wasm); `keys[i]` is the comparison key of `out[i]`.
    let mut out: Vec<Heading> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (t, theme) in fw.themes.iter().enumerate() {
        for (l, link) in theme.links.iter().enumerate() {
            let Some(framework) = fw.linked_frameworks.iter().position(|f| f.id == link.framework) else {
                continue; // validation has already refused such a document
            };
            let k = key(&link.heading);
            let found = out.iter().zip(&keys).position(|(h, hk)| h.framework == framework && *hk == k);
            let at = match found {
                Some(i) => i,
                None => {
                    let after =
                        |(h, hk): (&Heading, &String)| (h.framework, hk.as_str()) > (framework, k.as_str());
                    let at = out.iter().zip(&keys).position(after).unwrap_or(out.len());
                    out.insert(at, Heading { framework, label: link.heading.clone(), matches: Vec::new() });
                    keys.insert(at, k);
                    at
                }
            };
            let Some(heading) = out.get_mut(at) else { continue };
            match heading.matches.iter_mut().find(|m| m.theme == t) {
                Some(m) => m.links.push(l),
                None => heading.matches.push(ThemeMatch { theme: t, links: vec![l] }),
            }
        }
    }
    out
}
