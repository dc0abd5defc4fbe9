//! Colleagues' views in the browser: reading an invitation from the page's address and taking it
//! out of the address bar, keeping a colleague's response in this tab, the invitation link, and
//! the response codes a visitor has added.
//!
//! A colleague's response is kept in sessionStorage (with `persist="local"`): it survives a
//! reload, which the address no longer can once the invitation is taken out of it, and it is gone
//! when the tab closes, since it is about someone else and is not the colleague's to keep. With
//! `persist="none"` it lives in the page's memory only.

use std::rc::Rc;

use gloo_events::EventListener;

use crate::services::kept::broadcast::{self, announce};
use crate::services::kept::{self, page};
use crate::services::storage;
use lsc_core::colleagues::invite::{
    self, decode_session, encode_session, find_collect, find_in_fragment, read_for, without_invite,
    InviteError, Session,
};
use lsc_core::colleagues::kept_codes::KeptCodes;
use lsc_core::colleagues::views::ViewsAction;
use lsc_core::framework::model::Framework;
use lsc_core::kept::keys::Kept;
use lsc_core::self_check::questionnaire::Mode;

/// Why the widget was opened from a link: a colleague's response to give, or a collector's codes
/// to combine.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    Colleague(Session),
    Collector(invite::Invite),
}

/// An invitation for this widget: a colleague's response to give, a collector's link, or one
/// that cannot be used.
pub type Invitation = Option<Result<Arrival, InviteError>>;

/// Whether `take` may find something: an invitation or a collector's link in the address, or a
/// response this tab was giving. Only this is read at start; `take`, in the colleagues' module,
/// reads and checks it.
pub fn may_be_invited(fw: &Framework, mode: Mode, persist: bool) -> bool {
    let hash = address_hash().unwrap_or_default();
    find_collect(&hash).is_some()
        || find_in_fragment(&hash).is_some()
        || kept_session(fw, mode, persist).is_some()
}

/// The page's fragment ("#…", or "" when it has none).
fn address_hash() -> Option<String> {
    Some(crate::services::window()?.location().hash().unwrap_or_default())
}

/// The response this tab was giving, as kept (`keep`).
fn kept_session(fw: &Framework, mode: Mode, persist: bool) -> Option<String> {
    let key = Kept::Colleague(mode).key(&fw.id);
    page::text(&key)
        .or_else(|| persist.then(|| storage::session().ok()?.get_item(&key).ok().flatten()).flatten())
}

/// The collector's link in the address, if it is for this framework and mode (left in the
/// address: it carries names only, and a reload then opens the same view). Else the invitation
/// in the address, if it is for this framework and mode, taken out of the address bar (keeping
/// the rest of the address) and kept in the tab; else the response this tab was already giving.
/// One for another check, or damaged, is left in the address for its own widget.
pub fn take(fw: &Framework, mode: Mode, persist: bool) -> Invitation {
    let hash = address_hash()?;
    if let Some(value) = find_collect(&hash) {
        return Some(read_for(value, fw, mode).map(Arrival::Collector));
    }
    if let Some(value) = find_in_fragment(&hash) {
        return Some(read_for(value, fw, mode).map(|invite| {
            let session = Session { invite, nonce: nonce(), progress: None };
            keep(fw, &session, persist);
            remove_from_address(&hash);
            Arrival::Colleague(session)
        }));
    }
    decode_session(&kept_session(fw, mode, persist)?, fw, mode).map(|s| Ok(Arrival::Colleague(s)))
}

/// A random number that makes each response code unique, so two colleagues who answer alike are
/// not taken for one code pasted twice. Not a secret: Math.random is enough.
fn nonce() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

fn remove_from_address(hash: &str) {
    let Some(window) = crate::services::window() else { return };
    let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else { return };
    let base = href.split('#').next().unwrap_or_default();
    let url = format!("{base}{}", without_invite(hash));
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// Keeps the colleague's response as it stands, or forgets it (None).
pub fn keep_or_forget(fw: &Framework, mode: Mode, session: Option<&Session>, persist: bool) {
    match session {
        Some(s) => keep(fw, s, persist),
        None => {
            let key = Kept::Colleague(mode).key(&fw.id);
            page::keep(&key, None);
            if let Ok(s) = storage::session() {
                let _ = s.remove_item(&key);
            }
        }
    }
}

fn keep(fw: &Framework, session: &Session, persist: bool) {
    let key = Kept::Colleague(session.invite.mode).key(&fw.id);
    let text = encode_session(fw, session);
    page::keep(&key, Some(&text));
    if persist {
        // Refused storage leaves it in the page, as the visitor's own answers are.
        if let Ok(s) = storage::session() {
            let _ = s.set_item(&key, &text);
        }
    }
}

/// The invitation link: this page's address with the invitation as its fragment.
pub fn link(invite: &invite::Invite) -> String {
    format!("{}{}", page_address(), invite::fragment(invite))
}

/// The collector's link: this page's address with `#lsc-collect=…`.
pub fn collect_link(invite: &invite::Invite) -> String {
    format!("{}{}", page_address(), invite::collect_fragment(invite))
}

fn page_address() -> String {
    let href = crate::services::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A `mailto:` address with this subject and body, nobody in "To": the visitor chooses.
pub fn mailto(subject: &str, body: &str) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    format!("mailto:?subject={}&body={}", enc(subject), enc(body))
}

/// The codes kept for this framework and mode: the page's copy, merged with the browser's when
/// answers are saved there (`stored`). Codes this release cannot read are left out.
pub fn peek_codes(fw: &Framework, mode: Mode, stored: bool) -> KeptCodes {
    let read = |t: String| KeptCodes::decode(&t, &fw.id, mode).ok();
    let key = Kept::Codes(mode).key(&fw.id);
    let here = page::text(&key).and_then(read).unwrap_or_default();
    let there = stored.then(storage::local).and_then(Result::ok).and_then(|s| storage::get(&s, &key).ok()?);
    there.and_then(read).map_or(here.clone(), |kept| here.merged(&kept))
}

/// The codes kept, as `peek_codes`, with codes this release cannot read set aside by the one
/// policy (`kept::set_aside`): then `Some(copied)` is returned with the codes, so the visitor is
/// told, and, if the copy failed, nothing is written over them.
pub fn restore_codes(fw: &Framework, mode: Mode, stored: bool) -> (KeptCodes, Option<bool>) {
    let key = Kept::Codes(mode).key(&fw.id);
    let unreadable = stored.then(storage::local).and_then(Result::ok).and_then(|s| {
        let text = storage::get(&s, &key).ok()??;
        KeptCodes::decode(&text, &fw.id, mode)
            .is_err()
            .then(|| kept::set_aside(&s, Kept::Codes(mode), &fw.id, &text))
    });
    (peek_codes(fw, mode, stored), unreadable)
}

/// Keeps `codes` merged with what the page, and the browser when `stored`, hold now, and tells
/// the page's other widgets and other tabs. Err if the browser refused the write (or holds codes
/// this release cannot read and could not set aside, which are then not written over): the
/// codes are then kept in this page only.
pub fn keep_codes(
    fw: &Framework,
    mode: Mode,
    stored: bool,
    codes: &KeptCodes,
) -> Result<KeptCodes, KeptCodes> {
    let key = Kept::Codes(mode).key(&fw.id);
    let (now, set_aside) = restore_codes(fw, mode, stored);
    let merged = now.merged(codes);
    let text = merged.encode(&fw.id, mode);
    page::keep(&key, Some(&text));
    if !stored {
        return Ok(merged);
    }
    let written =
        set_aside != Some(false) && storage::local().and_then(|s| storage::set(&s, &key, &text)).is_ok();
    if !written {
        return Err(merged);
    }
    announce(0, &key, Some(&text));
    Ok(merged)
}

/// Hears another tab or another widget of this page write the codes (merged in) or remove them
/// ("Delete my answers"), for as long as the listeners are kept.
pub fn listen_codes(
    fw: Rc<Framework>,
    mode: Mode,
    dispatch: impl Fn(ViewsAction) + 'static,
) -> Option<[EventListener; 2]> {
    broadcast::listen(Kept::Codes(mode).key(&fw.id), None, move |value| match value {
        None => dispatch(ViewsAction::Cleared),
        Some(text) => {
            if let Ok(kept) = KeptCodes::decode(&text, &fw.id, mode) {
                dispatch(ViewsAction::Heard(kept));
            }
        }
    })
}
