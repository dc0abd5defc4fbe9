//! Colleagues' views in the browser: reading an invitation from the page's address and taking it
//! out of the address bar, keeping a colleague's response in this tab, the invitation link, and
//! the response codes a visitor has added.
//!
//! A colleague's response is kept in sessionStorage (with `persist="local"`): it survives a
//! reload, which the address no longer can once the invitation is taken out of it, and it is gone
//! when the tab closes, since it is about someone else and is not the colleague's to keep. With
//! `persist="none"` it lives in the page's memory only.

use crate::services::kept::page;
use crate::services::storage;
use lsc_core::colleagues::invite::{
    self, decode_session, encode_session, find_collect, find_in_fragment, read_for, without_invite,
    InviteError, Session,
};
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

/// The collector's link in the address, if it is for this framework and mode (left in the
/// address: it carries names only, and a reload then opens the same view). Else the invitation
/// in the address, if it is for this framework and mode, taken out of the address bar (keeping
/// the rest of the address) and kept in the tab; else the response this tab was already giving.
/// One for another check, or damaged, is left in the address for its own widget.
pub fn take(fw: &Framework, mode: Mode, persist: bool) -> Invitation {
    let location = web_sys::window()?.location();
    let hash = location.hash().unwrap_or_default();
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
    let key = Kept::Colleague(mode).key(&fw.id);
    let kept = page::text(&key)
        .or_else(|| persist.then(|| storage::session().ok()?.get_item(&key).ok().flatten()).flatten())?;
    decode_session(&kept, fw, mode).map(|s| Ok(Arrival::Colleague(s)))
}

/// A random number that makes each response code unique, so two colleagues who answer alike are
/// not taken for one code pasted twice. Not a secret: Math.random is enough.
fn nonce() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

fn remove_from_address(hash: &str) {
    let Some(window) = web_sys::window() else { return };
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
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A `mailto:` address with this subject and body, nobody in "To": the visitor chooses.
pub fn mailto(subject: &str, body: &str) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    format!("mailto:?subject={}&body={}", enc(subject), enc(body))
}

/// The codes kept for this framework and mode: from the browser's storage when answers are
/// saved there (`stored`), else from the page's memory.
pub fn kept_codes(fw: &Framework, mode: Mode, stored: bool) -> Option<String> {
    let key = Kept::Codes(mode).key(&fw.id);
    if stored {
        if let Ok(Some(text)) = storage::local().and_then(|s| storage::get(&s, &key)) {
            return Some(text);
        }
    }
    page::text(&key)
}

/// Keeps the codes where `kept_codes` finds them; false if the browser refused to save them.
pub fn keep_codes(fw: &Framework, mode: Mode, stored: bool, text: &str) -> bool {
    let key = Kept::Codes(mode).key(&fw.id);
    page::keep(&key, Some(text));
    !stored || storage::local().and_then(|s| storage::set(&s, &key, text)).is_ok()
}
