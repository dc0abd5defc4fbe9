//! The state of the widget's screens around the self-check: which tab is shown, which themes are
//! open in the explorer, which heading is chosen in the cross-reference browser. `apply` says
//! where focus should go. Plain Rust, tested natively; the self-check's own state machine is
//! `state.rs`.

/// Where focus should go after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewFocus {
    /// The tab that was switched to with the arrow keys (true: the self-check tab).
    Tab(bool),
    /// A theme's accordion button, by theme index.
    Theme(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// The self-check tab is shown (rather than the framework).
    pub self_check: bool,
    /// Which themes are open in the explorer, by index.
    pub open: Vec<bool>,
    /// The chosen heading of the cross-reference browser (an index into `crossref::headings`).
    pub heading: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewAction {
    /// Show a tab; `by_keyboard` also moves focus to it (the ARIA tabs pattern).
    Tab {
        self_check: bool,
        by_keyboard: bool,
    },
    Toggle(usize),
    SetAll(bool),
    Choose(Option<usize>),
    /// Open a theme and move focus to it (from the cross-reference browser).
    ShowTheme(usize),
}

impl ViewState {
    pub fn new(themes: usize, self_check: bool) -> Self {
        ViewState { self_check, open: vec![false; themes], heading: None }
    }

    pub fn all_open(&self) -> bool {
        self.open.iter().all(|&o| o)
    }

    /// Applies `action`; returns where focus should move, if anywhere.
    #[must_use = "the views must move focus"]
    pub fn apply(&mut self, action: ViewAction) -> Option<ViewFocus> {
        match action {
            ViewAction::Tab { self_check, by_keyboard } => {
                self.self_check = self_check;
                by_keyboard.then_some(ViewFocus::Tab(self_check))
            }
            ViewAction::Toggle(i) => {
                if let Some(o) = self.open.get_mut(i) {
                    *o = !*o;
                }
                None
            }
            ViewAction::SetAll(open) => {
                self.open.iter_mut().for_each(|o| *o = open);
                None
            }
            ViewAction::Choose(heading) => {
                self.heading = heading;
                None
            }
            ViewAction::ShowTheme(i) => {
                let o = self.open.get_mut(i)?;
                *o = true;
                Some(ViewFocus::Theme(i))
            }
        }
    }
}
