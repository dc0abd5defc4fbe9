//! Anonymous through a collector, without a server: colleagues send their codes to someone both
//! sides trust (a coach, HR, a colleague), whose widget combines three or more of them into one
//! combined code for the visitor. It carries only what the anonymous path's comparison shows:
//! per theme, the colleagues' average (rounded, 0 to 100) and how many gave the theme a score,
//! and how many codes were combined; no answer, no range, no nonce. A theme fewer than
//! `MIN_VIEWS` colleagues scored carries nothing.
//!
//! The bytes: the header response codes begin with (marker 0xC and version, theme count,
//! framework, mode, fingerprint; see `response_code.rs`), the number of codes combined (1), then
//! per theme in step order its average and count (2; 255 and 0 when it carries nothing), then a
//! CRC-32 (4). Written like a response code, it begins with R.

use crate::colleagues::comparison::{per_theme, rows, Comparison, Others, MIN_VIEWS};
use crate::colleagues::response_code::{
    asked_ids, header, response, seal, unframe, CodeError, Kind, Response,
};
use crate::framework::model::Framework;
use crate::map::Map;
use crate::self_check::questionnaire::{steps, Answer, Mode, Step};

/// The mark of a theme the combined code carries nothing for.
const NONE: u8 = u8::MAX;

/// A theme's figures in a combined code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeAverage {
    /// 0 to 100, rounded half up.
    pub average: u8,
    /// How many colleagues gave the theme a score: at least `MIN_VIEWS`.
    pub count: u8,
}

/// What a combined code holds: nothing from which one colleague's answers follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combined {
    /// How many colleagues' codes were combined: at least `MIN_VIEWS`.
    pub colleagues: u8,
    /// Per step (theme), in step order; None where fewer than `MIN_VIEWS` scored it.
    pub themes: Vec<Option<ThemeAverage>>,
}

/// The combined code of these colleagues' responses; fewer than `MIN_VIEWS` are refused.
pub fn combine(fw: &Framework, mode: Mode, responses: &[Response]) -> Result<String, CodeError> {
    if responses.len() < MIN_VIEWS {
        return Err(CodeError::TooFewToCombine);
    }
    let steps = steps(fw, mode);
    let ids = asked_ids(fw, &steps);
    let mut bytes = header(fw, mode, &ids, Kind::Combined, steps.len(), false);
    bytes.push(u8::try_from(responses.len()).unwrap_or(u8::MAX));
    for others in per_theme(fw, &steps, responses) {
        match others {
            Some(o) => bytes.extend([o.average, u8::try_from(o.count).unwrap_or(u8::MAX)]),
            None => bytes.extend([NONE, 0]),
        }
    }
    Ok(seal(bytes))
}

/// A code read: a response for the visitor, one meant for a collector, or a combined code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    Response(Response),
    ForCollector(Response),
    Combined(Combined),
}

/// Reads a code of any kind for this framework and mode. Any input gives a result, never a panic.
pub fn read(input: &str, fw: &Framework, mode: Mode) -> Result<Read, CodeError> {
    let frame = unframe(input, fw, mode)?;
    Ok(match (frame.kind, frame.for_collector) {
        (Kind::Combined, _) => Read::Combined(from_body(&frame.rest, frame.count)?),
        (Kind::Response, true) => Read::ForCollector(response(&frame, fw, mode)?),
        (Kind::Response, false) => Read::Response(response(&frame, fw, mode)?),
    })
}

/// Compares the visitor's answers with a combined code's averages: no range, nothing else.
pub fn compare_combined(
    fw: &Framework,
    steps: &[Step],
    own: &Map<Answer>,
    combined: &Combined,
) -> Comparison {
    let others = combined
        .themes
        .iter()
        .map(|t| t.map(|t| Others { average: t.average, range: None, count: usize::from(t.count) }))
        .collect();
    Comparison::Combined { colleagues: combined.colleagues, rows: rows(fw, steps, own, others) }
}

/// Reads what follows the common header (checked by `unframe`, as is the CRC); figures no
/// collector's widget writes are refused as altered.
fn from_body(body: &[u8], themes: usize) -> Result<Combined, CodeError> {
    let colleagues = *body.first().ok_or(CodeError::Truncated)?;
    if usize::from(colleagues) < MIN_VIEWS {
        return Err(CodeError::Altered);
    }
    let mut out = Vec::with_capacity(themes);
    for pair in body.get(1..).unwrap_or_default().chunks(2).take(themes) {
        out.push(match *pair {
            [NONE, 0] => None,
            [average, count] if average <= 100 && usize::from(count) >= MIN_VIEWS && count <= colleagues => {
                Some(ThemeAverage { average, count })
            }
            _ => return Err(CodeError::Altered),
        });
    }
    if out.len() != themes {
        return Err(CodeError::Truncated);
    }
    Ok(Combined { colleagues, themes: out })
}
