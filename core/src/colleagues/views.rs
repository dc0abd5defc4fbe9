//! The response codes a visitor has added to their check: the entry box, its error, and the
//! codes kept (`KeptCodes`, under `Kept::Codes`'s key, so that "Delete my answers" deletes them
//! too; merged with another tab's copy, never replacing it). Each code is read against the framework when added. Several codes
//! may be pasted at once: each is added, or refused with its own reason; a colleague's changed code
//! (the same nonce) replaces their earlier one, and the report says so. A refused code changes
//! nothing and stays in the box to be corrected.

use std::rc::Rc;

use crate::colleagues::combined::{combine, read, Combined, Read};
use crate::colleagues::kept_codes::KeptCodes;
use crate::colleagues::response_code::{pieces, CodeError, Response};
use crate::framework::model::Framework;
use crate::self_check::questionnaire::Mode;

/// The most codes kept: a bound on storage; far more than a team gives.
pub const MAX_CODES: usize = 50;

/// Whose codes: the visitor's (colleagues' own codes, or one combined code), or a collector's
/// (colleagues' codes meant for them, to combine).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Visitor,
    Collector,
}

#[derive(Debug, Clone)]
pub struct Views {
    framework: Rc<Framework>,
    mode: Mode,
    role: Role,
    /// Every code added or removed, as kept: what `added` and `combined` are read from.
    kept: KeptCodes,
    /// The visitor's combined code, as written, with what it says.
    combined: Option<(String, Combined)>,
    /// The collector's combined code, once made.
    made: Option<String>,
    /// The codes as written (groups of four), with what each says, in the order added.
    added: Vec<(String, Response)>,
    /// What is in the entry box.
    draft: String,
    /// The codes of the last paste that were refused, each with why.
    refused: Vec<Refusal>,
    /// What the last paste added or replaced.
    report: Option<Report>,
}

/// A code refused from a paste: which one (from 1) of how many codes the paste held, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub position: usize,
    pub of: usize,
    pub error: CodeError,
}

/// What a paste changed: how many codes it added, and which codes (numbered from 1 as listed)
/// it replaced with the same colleague's changed one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub added: usize,
    pub replaced: Vec<usize>,
    /// A combined code was added (true when it replaced an earlier one too).
    pub combined: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewsAction {
    Edit(String),
    /// Add what is in the box, at this time (milliseconds).
    Add(u64),
    /// Remove the code listed at this index, at this time (milliseconds).
    Remove(usize, u64),
    /// The collector combines the codes added.
    Combine,
    /// The codes as kept now (this tab's write, another tab's or widget's): merged in.
    Heard(KeptCodes),
    /// The codes were deleted ("Delete my answers", here or in another tab).
    Cleared,
}

/// What the views must do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewsEffect {
    /// Keep these codes (merged with what is kept now).
    Save(KeptCodes),
    /// Move focus to the error summary.
    FocusError,
    /// Move focus to the list of codes (after adding or removing one).
    FocusList,
    /// Move focus to the combined code just made.
    FocusCombined,
}

impl Views {
    /// The codes kept; codes that no longer fit the framework are left out.
    pub fn restored(framework: Rc<Framework>, mode: Mode, kept: KeptCodes) -> Self {
        let mut views = Views::new(framework, mode, Role::Visitor);
        views.kept = kept;
        views.reread();
        views
    }

    /// Reads the codes listed from those kept: a colleague listed once, with their latest code
    /// (two tabs may each have replaced it), and the latest combined code.
    fn reread(&mut self) {
        let (mut added, mut combined): (Vec<(String, Response)>, _) = (Vec::new(), None);
        for code in self.kept.present() {
            let response = match read(code, &self.framework, self.mode) {
                Ok(Read::Response(r)) => r,
                Ok(Read::ForCollector(r)) if self.role == Role::Collector => r,
                Ok(Read::Combined(c)) if self.role == Role::Visitor => {
                    combined = Some((code.to_string(), c));
                    continue;
                }
                _ => continue,
            };
            match added.iter_mut().find(|(_, a)| a.nonce == response.nonce) {
                Some(slot) => *slot = (code.to_string(), response),
                None => added.push((code.to_string(), response)),
            }
        }
        (self.added, self.combined) = (added, combined);
    }

    /// The codes as kept, to be saved.
    pub fn kept(&self) -> &KeptCodes {
        &self.kept
    }

    /// A collector's codes, which start empty and are kept in the page only.
    pub fn collecting(framework: Rc<Framework>, mode: Mode) -> Self {
        Views::new(framework, mode, Role::Collector)
    }

    fn new(framework: Rc<Framework>, mode: Mode, role: Role) -> Self {
        Views {
            framework,
            mode,
            role,
            kept: KeptCodes::default(),
            combined: None,
            made: None,
            added: Vec::new(),
            draft: String::new(),
            refused: Vec::new(),
            report: None,
        }
    }

    /// The visitor's combined code and what it says, if they have added one.
    pub fn combined(&self) -> Option<&Combined> {
        self.combined.as_ref().map(|(_, c)| c)
    }

    /// The collector's combined code, once made (and until the codes change).
    pub fn made(&self) -> Option<&str> {
        self.made.as_deref()
    }

    /// The codes as listed: colleagues' own codes, then the combined code if there is one.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.added.iter().map(|(c, _)| c.as_str()).chain(self.combined.iter().map(|(c, _)| c.as_str()))
    }

    pub fn responses(&self) -> Vec<Response> {
        self.added.iter().map(|(_, r)| r.clone()).collect()
    }

    pub fn draft(&self) -> &str {
        &self.draft
    }

    /// The codes of the last paste that were refused (none after a removal or a clean paste).
    pub fn refused(&self) -> &[Refusal] {
        &self.refused
    }

    /// The first refusal's error, when the paste held one code.
    pub fn error(&self) -> Option<CodeError> {
        self.refused.first().map(|r| r.error)
    }

    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// Adds one code read from a paste: a new colleague's, or a changed code replacing the one
    /// with the same nonce (the same colleague's response); a code already added is refused.
    fn add_one(&mut self, code: String, at: u64, report: &mut Report) -> Result<(), CodeError> {
        let r = match (read(&code, &self.framework, self.mode)?, self.role) {
            (Read::Response(r), _) | (Read::ForCollector(r), Role::Collector) => r,
            (Read::ForCollector(_), Role::Visitor) => return Err(CodeError::ForCollector),
            (Read::Combined(_), Role::Collector) => return Err(CodeError::Combined),
            (Read::Combined(_), Role::Visitor) => {
                let earlier = self.combined.as_ref().map(|(written, _)| written.clone());
                if earlier.as_deref() == Some(code.as_str()) {
                    return Err(CodeError::Duplicate);
                }
                self.kept.add(&code, earlier.as_deref(), at);
                self.reread();
                report.combined = true;
                return Ok(());
            }
        };
        match self.added.iter().position(|(_, a)| a.nonce == r.nonce) {
            Some(i) if self.added.get(i).is_some_and(|(c, _)| *c == code) => Err(CodeError::Duplicate),
            Some(i) => {
                let earlier = self.added.get(i).map(|(c, _)| c.clone());
                self.kept.add(&code, earlier.as_deref(), at);
                report.replaced.push(i + 1);
                self.reread();
                Ok(())
            }
            None if self.added.len() >= MAX_CODES => Err(CodeError::TooMany),
            None => {
                self.kept.add(&code, None, at);
                report.added += 1;
                self.reread();
                Ok(())
            }
        }
    }

    #[must_use = "the views must carry out the effects"]
    pub fn apply(&mut self, action: ViewsAction) -> Vec<ViewsEffect> {
        match action {
            ViewsAction::Edit(text) => {
                self.draft = text;
                Vec::new()
            }
            ViewsAction::Add(at) => {
                let pieces = pieces(&self.draft);
                let of = pieces.len();
                let (mut report, mut refused, mut kept) = (Report::default(), Vec::new(), Vec::new());
                if pieces.is_empty() {
                    refused.push(Refusal { position: 1, of: 1, error: CodeError::Empty });
                }
                for (i, piece) in pieces.into_iter().enumerate() {
                    if let Err(error) = self.add_one(piece.clone(), at, &mut report) {
                        refused.push(Refusal { position: i + 1, of, error });
                        kept.push(piece);
                    }
                }
                let changed = report != Report::default();
                if changed {
                    self.made = None;
                }
                // The refused codes stay in the box, to be corrected; the added ones leave it.
                self.draft = if changed { kept.join("\n") } else { std::mem::take(&mut self.draft) };
                self.report = changed.then_some(report);
                let mut effects = Vec::new();
                if changed {
                    effects.push(ViewsEffect::Save(self.kept.clone()));
                }
                effects.push(if refused.is_empty() {
                    ViewsEffect::FocusList
                } else {
                    ViewsEffect::FocusError
                });
                self.refused = refused;
                effects
            }
            ViewsAction::Remove(i, at) if i < self.codes().count() => {
                // Every code kept of this colleague (or every combined code) goes, so that none
                // another tab added shows in its place.
                let colleague = self.added.get(i).map(|(_, r)| r.nonce);
                let gone: Vec<String> = (self.kept.present().into_iter())
                    .filter(|code| match read(code, &self.framework, self.mode) {
                        Ok(Read::Response(r) | Read::ForCollector(r)) => Some(r.nonce) == colleague,
                        Ok(Read::Combined(_)) => colleague.is_none(),
                        Err(_) => false,
                    })
                    .map(str::to_string)
                    .collect();
                self.kept.remove(gone.iter().map(String::as_str), at);
                self.reread();
                self.made = None;
                self.refused.clear();
                self.report = None;
                vec![ViewsEffect::Save(self.kept.clone()), ViewsEffect::FocusList]
            }
            ViewsAction::Heard(kept) => {
                self.kept = self.kept.merged(&kept);
                self.reread();
                Vec::new()
            }
            ViewsAction::Cleared => {
                self.kept = KeptCodes::default();
                self.reread();
                self.report = None;
                Vec::new()
            }
            ViewsAction::Remove(..) => Vec::new(),
            ViewsAction::Combine => match combine(&self.framework, self.mode, &self.responses()) {
                Ok(code) => {
                    self.made = Some(code);
                    self.refused.clear();
                    vec![ViewsEffect::FocusCombined]
                }
                Err(error) => {
                    self.refused = vec![Refusal { position: 1, of: 1, error }];
                    vec![ViewsEffect::FocusError]
                }
            },
        }
    }
}
