//! The browser's localStorage, which can throw at every step: blocked in sandboxed iframes and
//! some private modes (SecurityError on access), full (QuotaExceededError on write). Every call
//! here returns a Result instead, and the self-check carries on in memory when it fails.
//! (Not `gloo-storage`: its `LocalStorage` panics when the browser refuses storage.)

use web_sys::Storage;

/// The page's localStorage, or Err when this browser will not give it to us.
pub fn local() -> Result<Storage, ()> {
    crate::services::window().ok_or(())?.local_storage().ok().flatten().ok_or(())
}

pub fn get(storage: &Storage, key: &str) -> Result<Option<String>, ()> {
    storage.get_item(key).map_err(|_| ())
}

pub fn set(storage: &Storage, key: &str, value: &str) -> Result<(), ()> {
    storage.set_item(key, value).map_err(|_| ())
}

pub fn remove(storage: &Storage, key: &str) -> Result<(), ()> {
    storage.remove_item(key).map_err(|_| ())
}

/// Removes every key that starts with `prefix` (collected first: removing while walking the
/// keys would skip some), and returns them; Err if any could not be removed.
pub fn remove_prefix(storage: &Storage, prefix: &str) -> Result<Vec<String>, ()> {
    let count = storage.length().map_err(|_| ())?;
    let keys: Vec<String> =
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    for key in &keys {
        remove(storage, key)?;
    }
    Ok(keys)
}

/// The tab's sessionStorage (kept across reloads, gone when the tab closes), or Err if refused.
pub fn session() -> Result<Storage, ()> {
    crate::services::window().ok_or(())?.session_storage().ok().flatten().ok_or(())
}
