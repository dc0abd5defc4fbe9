//! Which statements the self-check asks, in which steps: one step per theme, with the theme's
//! quick-check behaviours (quick mode) or all of them (full mode). All of it comes from the
//! framework document.

use serde::Deserialize;

use crate::framework::model::{Behaviour, Framework, Theme};

/// How much of the framework the visitor rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The document's `self_check.quick` behaviours (12 for the bundled framework).
    Quick,
    /// Every key behaviour (39 for the bundled framework).
    Full,
}

impl Mode {
    /// Both modes: what is kept for one is kept for each.
    pub const ALL: [Mode; 2] = [Mode::Quick, Mode::Full];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Quick => "quick",
            Mode::Full => "full",
        }
    }
}

/// How "does not apply" is written, in saved state and as the radio button's value.
pub const NOT_APPLICABLE: &str = "n/a";

/// One answer to one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A position on the document's scale, 0 being its first (lowest) label.
    Scale(u8),
    /// "Does not apply to my role": only for behaviours with `applies_to`; left out of scores.
    NotApplicable,
}

/// One step of the self-check: a theme and the behaviours asked about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Index into `Framework::themes`.
    pub theme: usize,
    /// Indices into that theme's `behaviours`, in the order they are asked.
    pub items: Vec<usize>,
}

/// The steps for a mode, in the framework's theme order. Themes with nothing to ask are left out.
pub fn steps(fw: &Framework, mode: Mode) -> Vec<Step> {
    let mut steps = Vec::with_capacity(fw.themes.len());
    for (t, theme) in fw.themes.iter().enumerate() {
        let items: Vec<usize> = match mode {
            Mode::Full => (0..theme.behaviours.len()).collect(),
            // In the order the document's quick list gives them.
            Mode::Quick => {
                // A loop rather than filter_map and collect: less code in the Wasm.
                let mut items = Vec::new();
                for id in &fw.self_check.quick {
                    if let Some(i) = theme.behaviours.iter().position(|b| &b.id == id) {
                        items.push(i);
                    }
                }
                items
            }
        };
        if !items.is_empty() {
            steps.push(Step { theme: t, items });
        }
    }
    steps
}

impl Step {
    /// The step's theme and behaviours, resolved.
    pub fn resolve<'a>(&'a self, fw: &'a Framework) -> Option<(&'a Theme, Vec<&'a Behaviour>)> {
        let theme = fw.themes.get(self.theme)?;
        // A loop rather than filter_map and collect: less code in the Wasm.
        let mut behaviours = Vec::with_capacity(self.items.len());
        for &i in &self.items {
            behaviours.extend(theme.behaviours.get(i));
        }
        Some((theme, behaviours))
    }
}

/// The behaviour with this id, if these steps ask it. A plain loop rather than a search of an
/// iterator over the asked behaviours: that iterator was compiled again for each caller.
pub fn find_asked<'a>(fw: &'a Framework, steps: &[Step], id: &str) -> Option<&'a Behaviour> {
    for step in steps {
        let Some(theme) = fw.themes.get(step.theme) else { continue };
        for &i in &step.items {
            if let Some(b) = theme.behaviours.get(i).filter(|b| b.id == id) {
                return Some(b);
            }
        }
    }
    None
}

/// Whether `answer` is a possible answer to `behaviour` on this document's scale.
pub fn allowed(fw: &Framework, behaviour: &Behaviour, answer: Answer) -> bool {
    match answer {
        Answer::Scale(v) => usize::from(v) < fw.self_check.scale.len(),
        Answer::NotApplicable => behaviour.applies_to.is_some(),
    }
}
