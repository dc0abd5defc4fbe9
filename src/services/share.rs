//! Getting results out of the widget: copy to the clipboard, download as a file, print.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CssStyleSheet, Document, Element, HtmlAnchorElement, HtmlElement, ShadowRoot, Url,
};

/// Copies text; resolves to false when the browser refuses (no permission, not a secure page).
pub async fn copy(text: &str) -> bool {
    let Some(window) = crate::services::window() else { return false };
    let clipboard = window.navigator().clipboard();
    // Older browsers have no clipboard API at all: the property is undefined.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether this page is in a sandbox that leaves out `token` (e.g. "allow-downloads"), where
/// the browser blocks the feature without telling the page. A frame's sandbox attribute can
/// only be read from a same-origin frame; a sandbox that hides it (an opaque origin) is taken
/// to leave the feature out, since saying so is better than claiming a success that never was.
fn sandboxed_without(token: &str) -> bool {
    let Some(window) = crate::services::window() else { return true };
    if let Ok(Some(frame)) = window.frame_element() {
        if let Some(tokens) = frame.get_attribute("sandbox") {
            return !tokens.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(token));
        }
    }
    // file: pages also have an opaque origin, without a sandbox.
    let file = window.document().is_some_and(|d| d.url().is_ok_and(|u| u.starts_with("file:")));
    window.origin() == "null" && !file
}

/// Offers `text` as a download named `name`. Nothing leaves the device: the file is made here.
/// Err when this page cannot download (a sandbox without allow-downloads).
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    if sandboxed_without("allow-downloads") {
        return Err("downloads are not allowed here".into());
    }
    let document = crate::services::window().and_then(|w| w.document()).ok_or("no document")?;
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

/// Print stylesheets, adopted once by each document or shadow root around the widget: while the
/// widget prints, everything but the widget (and the elements that contain it, laid out full
/// width) is hidden. They apply only while an element is marked `data-lsc-printing`, so the
/// partner's page prints as usual at any other time. `:has` cannot see into shadow roots, so
/// the widget's host is marked and so is each shadow host around it, in its own tree.
fn print_css(printing: &str) -> String {
    format!(
        "@media print{{{printing} *:not(:has([data-lsc-printing])):not([data-lsc-printing]){{display:none!important}}\
{printing} :has([data-lsc-printing]),[data-lsc-printing]{{display:block!important;\
width:auto!important;max-width:none!important;margin:0!important;padding:0!important;border:0!important}}}}"
    )
}

/// Adopts `css` into `root` (a document or a shadow root) unless it already has it.
fn adopt(root: &JsValue, css: &str) {
    let get = |r: &JsValue| match (r.dyn_ref::<Document>(), r.dyn_ref::<ShadowRoot>()) {
        (Some(d), _) => Some(d.adopted_style_sheets()),
        (_, Some(s)) => Some(s.adopted_style_sheets()),
        _ => None,
    };
    let Some(sheets) = get(root) else { return };
    if sheets.iter().any(|s| s.dyn_ref::<CssStyleSheet>().is_some_and(is_ours)) {
        return;
    }
    let Ok(sheet) = CssStyleSheet::new() else { return };
    if sheet.replace_sync(css).is_ok() {
        sheets.push(&sheet);
        if let Some(d) = root.dyn_ref::<Document>() {
            d.set_adopted_style_sheets(&sheets);
        } else if let Some(s) = root.dyn_ref::<ShadowRoot>() {
            s.set_adopted_style_sheets(&sheets);
        }
    }
}

/// Marks the host and every shadow host around it for printing, adopting the print stylesheet
/// in each tree; returns the marked elements.
fn mark_for_print(host: &HtmlElement) -> Vec<Element> {
    let mut marked = Vec::new();
    let mut el: Element = host.clone().into();
    loop {
        let _ = el.set_attribute("data-lsc-printing", "");
        marked.push(el.clone());
        let root = el.get_root_node();
        match root.dyn_ref::<ShadowRoot>() {
            Some(shadow) => {
                adopt(&root, &print_css(":host([data-lsc-printing])"));
                el = shadow.host();
            }
            None => {
                adopt(&root, &print_css("body:has([data-lsc-printing])"));
                return marked;
            }
        }
    }
}

fn unmark(marked: &[Element]) {
    for el in marked {
        let _ = el.remove_attribute("data-lsc-printing");
    }
}

/// Prints the results without the partner page's header, navigation and footer where the
/// browser supports it. Calls `blocked` instead when the print dialog cannot open: a sandbox
/// without allow-modals, or a browser that ignores `print()` (it then fires no `beforeprint`).
pub fn print(host: &HtmlElement, blocked: impl FnOnce() + 'static) {
    let Some(window) = crate::services::window() else { return blocked() };
    if sandboxed_without("allow-modals") {
        return blocked();
    }
    let marked = Rc::new(mark_for_print(host));
    let started = Rc::new(Cell::new(false));
    let on_before = {
        let started = started.clone();
        EventListener::once(&window, "beforeprint", move |_| started.set(true))
    };
    // The marks go after printing: `print()` may return before the page is laid out for print.
    let on_after = {
        let marked = marked.clone();
        EventListener::once(&window, "afterprint", move |_| unmark(&marked))
    };
    let _ = window.print();
    if started.get() {
        on_after.forget();
        return;
    }
    // Some browsers open the dialog after `print()` returns; one that has not within a second
    // will not, and a page left marked would print only the widget from then on.
    Timeout::new(1_000, move || {
        drop(on_before);
        if started.get() {
            on_after.forget();
        } else {
            unmark(&marked);
            blocked();
        }
    })
    .forget();
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
