//! The JavaScript entry points: `mount(host, options)` returns a `Widget` with `unmount()`.
//! `www/embed.js` calls these for every element on the page; sites may call them directly.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::components::{styles, Doc, Shared};
use crate::core::load::load_framework;
use crate::core::options::parse_options;

/// The bundled document, parsed at most once per page however many widgets there are.
const BUNDLED: &str = include_str!(concat!(env!("OUT_DIR"), "/framework.min.json"));

thread_local! {
    static BUNDLED_DOC: RefCell<Option<Result<Doc, String>>> = const { RefCell::new(None) };
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn parse(json: &str) -> Result<Doc, String> {
    load_framework(json).map(|fw| Shared(Rc::new(fw))).map_err(|e| e.widget_message())
}

fn bundled() -> Result<Doc, String> {
    BUNDLED_DOC.with(|cell| cell.borrow_mut().get_or_insert_with(|| parse(BUNDLED)).clone())
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
}

/// Mounts the widget in `host`'s shadow root. `options` is an object whose fields are all
/// optional: the element's attributes by name (`view`, `mode`, `persist`, `heading-level`, also
/// accepted in camelCase, e.g. `headingLevel: 3`) and `frameworkJson` (a framework document's
/// text; without it the bundled framework is used).
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

    let get = |name: &str| {
        let v = js_sys::Reflect::get(&options, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())?;
        // Whole numbers and true/false are accepted as well as strings (headingLevel: 3); they
        // are checked like attribute values, so a wrong one is reported, not silently ignored.
        // Numbers are read as whole numbers, as attribute values are (headingLevel: 3 is "3").
        v.as_string()
            .or_else(|| v.as_f64().map(|n| (n as i64).to_string()))
            .or_else(|| v.as_bool().map(|b| b.to_string()))
    };
    let framework = match get("frameworkJson") {
        Some(json) => parse(&json),
        None => bundled(),
    };
    // An option given in JavaScript (camelCase) wins over the element's attribute.
    let (options, warnings) = parse_options(|name| get(&camel_case(name)).or_else(|| get(name)));
    let props = AppProps { framework: framework.map_err(Into::into), options, warnings, host };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget { app: Some(app), shadow })
}

/// "heading-level" → "headingLevel".
fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
