//! Getting results out of the widget: copy to the clipboard, download as a file, print.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, CssStyleSheet, HtmlAnchorElement, HtmlElement, Url};

/// Copies text; resolves to false when the browser refuses (no permission, not a secure page).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    // Older browsers have no clipboard API at all: the property is undefined.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `text` as a download named `name`. Nothing leaves the device: the file is made here.
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let options = BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoked a little later: revoking at once can cancel the download in some browsers.
    Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A print stylesheet for the host page, adopted once: while the widget prints, everything on
/// the page but the widget (and the elements that contain it, laid out full width) is hidden.
/// It applies only while a host element is marked `data-lsc-printing` (the `body:has(…)`), so the partner's page prints
/// as usual at any other time.
const PAGE_PRINT_CSS: &str = "@media print{\
body:has([data-lsc-printing]) *:not(:has([data-lsc-printing])):not([data-lsc-printing]){display:none!important}\
body:has([data-lsc-printing]) :has([data-lsc-printing]),[data-lsc-printing]{display:block!important;\
width:auto!important;max-width:none!important;margin:0!important;padding:0!important;border:0!important}}";

/// Prints the results without the partner page's header, navigation and footer where the
/// browser supports it.
pub fn print(host: &HtmlElement) {
    let Some(window) = web_sys::window() else { return };
    if let Some(document) = window.document() {
        let sheets = document.adopted_style_sheets();
        let have = sheets.iter().any(|s| s.dyn_ref::<CssStyleSheet>().is_some_and(is_ours));
        if !have {
            if let Ok(sheet) = CssStyleSheet::new() {
                if sheet.replace_sync(PAGE_PRINT_CSS).is_ok() {
                    sheets.push(&sheet);
                    document.set_adopted_style_sheets(&sheets);
                }
            }
        }
    }
    let _ = host.set_attribute("data-lsc-printing", "");
    // The mark goes after printing: `print()` may return before the page is laid out for print.
    let host = host.clone();
    EventListener::once(&window, "afterprint", move |_| {
        let _ = host.remove_attribute("data-lsc-printing");
    })
    .forget();
    let _ = window.print();
}

fn is_ours(sheet: &CssStyleSheet) -> bool {
    sheet.css_rules().ok().and_then(|r| r.item(0)).is_some_and(|r| r.css_text().contains("data-lsc-printing"))
}

/// Today's date as a visitor reads it, e.g. "26 November 2026", and for file names "2026-11-26".
pub fn today() -> (String, String) {
    let now = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    let long = now.to_locale_date_string("en-GB", &options).as_string().unwrap_or_default();
    // The visitor's own date (not UTC's), like the date shown.
    let iso = format!("{}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date());
    (long, iso)
}
