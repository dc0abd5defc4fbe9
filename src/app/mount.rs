//! The JavaScript entry points: `mount(host, options)` returns a `Widget` with `unmount()`.
//! `www/embed.js` calls these for every element on the page; sites may call them directly.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};

use crate::app::root::{App, AppProps};
use crate::app::styles;
use crate::app::Doc;
use crate::app::Shared;
use lsc_core::framework::load::{load_bundled, load_framework};
use lsc_core::options::{parse_options, Options};

const BUNDLED: &str = include_str!(concat!(env!("OUT_DIR"), "/framework.min.json"));

thread_local! {
    /// Each document text read on this page, with what it gave.
    static DOCS: RefCell<Vec<(String, Result<Doc, String>)>> = const { RefCell::new(Vec::new()) };
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The partner's document, or else the bundled one, read at most once per page: widgets showing
/// the same document, and a widget mounted again, share one reading. The bundled document was
/// checked by `build.rs`, so it is read without the checks a partner's document gets.
fn read_document(partner: Option<&str>) -> Result<Doc, String> {
    let text = partner.unwrap_or(BUNDLED);
    DOCS.with(|docs| {
        if let Some((_, doc)) = docs.borrow().iter().find(|(seen, _)| seen == text) {
            return doc.clone();
        }
        let read = match partner {
            Some(text) => load_framework(text),
            None => load_bundled(BUNDLED),
        };
        let doc = read.map(|fw| Shared(Rc::new(fw))).map_err(|e| e.widget_message());
        docs.borrow_mut().push((text.to_string(), doc.clone()));
        doc
    })
}

/// One constructed stylesheet, adopted by every widget's shadow root. Constructed stylesheets
/// are not inline styles, so they work under a strict `style-src 'self'` policy.
fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(styles::CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// A mounted widget; `unmount()` frees it.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    shadow: ShadowRoot,
    /// What it was mounted with, to update it in place.
    framework: Result<Doc, AttrValue>,
    options: Options,
    host: HtmlElement,
}

#[wasm_bindgen]
impl Widget {
    /// Frees the widget and empties its shadow root. A second call, or one on a handle whose
    /// element has since been mounted again, does nothing: the shadow root is not this handle's
    /// any more.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            self.shadow.replace_children_with_node_0();
        }
    }

    /// Applies new options in place when they change only how the widget looks (colour scheme,
    /// heading level, fallback link), so that the visitor keeps their place and their answers,
    /// even those kept only in the page. Returns false, changing nothing, when they need the
    /// widget mounted again (another view, mode or persistence) or have a value to report.
    pub fn update(&mut self, options: JsValue) -> bool {
        let (options, warnings) = parse_options(reader(&options));
        let (old, new) = (&self.options, &options);
        if !warnings.is_empty() || (old.view, old.mode, old.persist) != (new.view, new.mode, new.persist) {
            return false;
        }
        let Some(app) = self.app.as_mut() else { return false };
        self.options = options;
        app.update(AppProps {
            framework: self.framework.clone(),
            options: self.options.clone(),
            warnings: Vec::new(),
            host: self.host.clone(),
        });
        true
    }
}

/// Reads one option, by name, from the object the loader passes.
fn reader(options: &JsValue) -> impl Fn(&str) -> Option<String> + '_ {
    |name| js_sys::Reflect::get(options, &name.into()).ok()?.as_string()
}

/// Mounts the widget in `host`'s shadow root. `options` is an object of strings, all optional,
/// given by the loader (www/loader/widgets.js), which has checked them: the element's attributes
/// by name (`view`, `mode`, `persist`, `heading-level`…) and `frameworkJson` (a framework
/// document's text; without it the bundled framework is used).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, options: JsValue) -> Result<Widget, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.replace_children_with_node_0();
    let sheet = sheet()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let root = document.create_element("div")?;
    shadow.append_child(&root)?;

    let get = reader(&options);
    let framework = read_document(get("frameworkJson").as_deref());
    let (options, warnings) = parse_options(get);
    let framework: Result<Doc, AttrValue> = framework.map_err(Into::into);
    let props =
        AppProps { framework: framework.clone(), options: options.clone(), warnings, host: host.clone() };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget { app: Some(app), shadow, framework, options, host })
}
