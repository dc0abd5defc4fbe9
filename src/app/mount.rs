//! The Wasm's entry points for the loader: `mount(host, options, framework_json, bundled)` returns
//! a `Widget` with `unmount()`. `www/loader/widgets.js` calls them for every element on the page;
//! sites use the loader's `LeadershipSelfCheck.mount`, not these.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};

use crate::app::root::{App, AppProps};
use crate::app::Doc;
use crate::app::Shared;
use crate::split::points;
use crate::ui::text;
use lsc_core::framework::load::load_bundled;
use lsc_core::options::Options;

thread_local! {
    /// Each document text read on this page, with what it gave.
    static DOCS: RefCell<Vec<(String, Result<Doc, String>)>> = const { RefCell::new(Vec::new()) };
}

/// What a document text gave, if it was read on this page.
fn known(text: &str) -> Option<Result<Doc, String>> {
    DOCS.with(|docs| docs.borrow().iter().find(|(seen, _)| seen == text).map(|(_, doc)| doc.clone()))
}

fn remember(text: String, doc: Result<Doc, String>) {
    DOCS.with(|docs| docs.borrow_mut().push((text, doc)));
}

/// The partner's document (read before by `read_partner`), or else the bundled one, read at most
/// once per page: widgets showing the same document, and a widget mounted again, share one
/// reading. The bundled document was checked by `build.rs`, so it is read without the checks a
/// partner's document gets; the loader carries its text beside the first screens, whose words
/// it shares (`prerender::BUNDLED`), so it is downloaded once compressed with them.
pub(crate) fn read_document(partner: Option<&str>, bundled: &str) -> Result<Doc, String> {
    let text = partner.unwrap_or(bundled);
    if let Some(doc) = known(text) {
        return doc;
    }
    if partner.is_some() {
        return Err(text::NOT_READ.to_string());
    }
    let doc =
        load_bundled(bundled).map(|fw| Shared(Rc::new(fw))).ok_or_else(|| text::BUNDLED_NOT_READ.to_string());
    remember(bundled.to_string(), doc.clone());
    doc
}

/// Reads a partner's document (`framework-src`) with every check a partner's document gets, for
/// `mount` to show: the loader calls it first. The reader is in a later module (src/split), which
/// only pages with a document of their own download; this fails only when it cannot be.
#[wasm_bindgen(js_name = readPartner)]
pub async fn read_partner(json: String) -> Result<(), JsValue> {
    if known(&json).is_none() {
        let read = points::read_partner(json.clone())
            .await
            .map_err(|_| JsValue::from_str(text::READER_NOT_LOADED))?;
        remember(json, read.map(|fw| Shared(Rc::new(fw))));
    }
    Ok(())
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

    /// Applies new options in place, so that the visitor keeps their place and their answers,
    /// even those kept only in the page. The loader calls it only when no option that the option
    /// table marks `remount` has changed (www/loader/options.js, `remounts`). Returns false,
    /// changing nothing, once unmounted or given options that are not the loader's checked ones.
    pub fn update(&mut self, options: JsValue) -> bool {
        let Ok(options) = serde_wasm_bindgen::from_value(options) else { return false };
        let Some(app) = self.app.as_mut() else { return false };
        self.options = options;
        app.update(AppProps {
            framework: self.framework.clone(),
            options: self.options.clone(),
            host: Some(self.host.clone()),
        });
        true
    }
}

/// Downloads the later modules (src/split) in the background: the loader calls it once the
/// first widget is shown and the browser is idle.
#[wasm_bindgen]
pub fn prefetch() {
    yew::platform::spawn_local(crate::split::points::prefetch());
}

/// Mounts the widget in `host`'s shadow root. `options` are the options the loader
/// (www/loader/options.js) has checked against the option table, typed, by property name
/// (`{ view: "both", headingLevel: 2, … }`); `framework_json` is a partner's framework document's
/// text, and without it the bundled framework's, `bundled`, is used.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    options: JsValue,
    framework_json: Option<String>,
    bundled: String,
) -> Result<Widget, JsValue> {
    let options: Options = serde_wasm_bindgen::from_value(options)?;
    crate::services::kept::follow_removals();
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    // The stylesheet is the loader's: it adopted it for the first screen (www/loader/box.js).
    shadow.replace_children_with_node_0();
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let root = document.create_element("div")?;
    // Yew listens for every event of the widget here, so Firefox gives this div an accessible
    // with a "click" action, and every element inside a "click ancestor": screen readers then
    // announce focused headings and the error summary as "clickable". A div of no role is not in
    // the tree, so it is no one's ancestor there.
    root.set_attribute("role", "none")?;
    shadow.append_child(&root)?;

    let framework = read_document(framework_json.as_deref(), &bundled);
    let framework: Result<Doc, AttrValue> = framework.map_err(Into::into);
    let props = AppProps { framework: framework.clone(), options: options.clone(), host: Some(host.clone()) };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget { app: Some(app), shadow, framework, options, host })
}
