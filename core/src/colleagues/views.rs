//! The response codes a visitor has added to their check: the entry box, its error, and the
//! codes kept (as a JSON list of code strings under `Kept::Codes`'s key, so that "Delete my answers" deletes them too). Each code is read against the
//! framework when added; a bad or repeated code changes nothing and says why.

use std::rc::Rc;

use crate::colleagues::response_code::{canonical, decode, CodeError, Response};
use crate::framework::codec::{to_text, Parsed};
use crate::framework::model::Framework;
use crate::self_check::questionnaire::Mode;

/// The most codes kept: a bound on storage; far more than a team gives.
pub const MAX_CODES: usize = 50;

#[derive(Debug, Clone)]
pub struct Views {
    framework: Rc<Framework>,
    mode: Mode,
    /// The codes as written (groups of four), with what each says, in the order added.
    added: Vec<(String, Response)>,
    /// What is in the entry box.
    draft: String,
    error: Option<CodeError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewsAction {
    Edit(String),
    Add,
    Remove(usize),
}

/// What the views must do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewsEffect {
    /// Keep this JSON list of codes.
    Save(String),
    /// Move focus to the error summary.
    FocusError,
    /// Move focus to the list of codes (after adding or removing one).
    FocusList,
}

impl Views {
    /// The codes kept, read from their JSON list; codes that no longer fit are left out.
    pub fn restored(framework: Rc<Framework>, mode: Mode, kept: Option<&str>) -> Self {
        let codes: Vec<String> = kept.and_then(|t| Parsed::parse(t).ok()?.read()).unwrap_or_default();
        let mut views = Views { framework, mode, added: Vec::new(), draft: String::new(), error: None };
        for code in codes.iter().take(MAX_CODES) {
            if let Ok(r) = decode(code, &views.framework, mode) {
                if !views.added.iter().any(|(_, a)| a.nonce == r.nonce) {
                    views.added.push((code.clone(), r));
                }
            }
        }
        views
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.added.iter().map(|(c, _)| c.as_str())
    }

    pub fn responses(&self) -> Vec<Response> {
        self.added.iter().map(|(_, r)| r.clone()).collect()
    }

    pub fn draft(&self) -> &str {
        &self.draft
    }

    pub fn error(&self) -> Option<CodeError> {
        self.error
    }

    fn saved(&self) -> String {
        to_text(&self.added.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>())
    }

    #[must_use = "the views must carry out the effects"]
    pub fn apply(&mut self, action: ViewsAction) -> Vec<ViewsEffect> {
        match action {
            ViewsAction::Edit(text) => {
                self.draft = text;
                Vec::new()
            }
            ViewsAction::Add => {
                let read = decode(&self.draft, &self.framework, self.mode).and_then(|r| {
                    let seen = self.added.iter().any(|(_, a)| a.nonce == r.nonce);
                    if seen {
                        Err(CodeError::Duplicate)
                    } else if self.added.len() >= MAX_CODES {
                        Err(CodeError::Garbage)
                    } else {
                        Ok(r)
                    }
                });
                match read {
                    Ok(r) => {
                        let code = canonical(&self.draft).unwrap_or_default();
                        self.added.push((code, r));
                        self.draft.clear();
                        self.error = None;
                        vec![ViewsEffect::Save(self.saved()), ViewsEffect::FocusList]
                    }
                    Err(e) => {
                        self.error = Some(e);
                        vec![ViewsEffect::FocusError]
                    }
                }
            }
            ViewsAction::Remove(i) if i < self.added.len() => {
                self.added.remove(i);
                self.error = None;
                vec![ViewsEffect::Save(self.saved()), ViewsEffect::FocusList]
            }
            ViewsAction::Remove(_) => Vec::new(),
        }
    }
}
