// @ts-check
/*
 * leadership-self-check: the one script a partner page includes.
 *
 *   <script src=".../embed.js" defer></script>
 *   <leadership-self-check></leadership-self-check>
 *   <div data-leadership-self-check data-mode="quick"></div>   (for CMSs that strip unknown tags)
 *
 * It finds its own files (loader/base.js), downloads and compiles the Wasm once per page
 * (loader/wasm.js), and mounts the widget in each element (loader/element.js,
 * loader/observer.js), including elements added later; loader/widgets.js is the JavaScript API.
 * When something fails it shows a plain message in the element and fires `lsc:error` with the
 * technical reason, instead of leaving a blank box or throwing into the host page's console.
 *
 * scripts/package.mjs bundles these modules with wasm-bindgen's glue and fills in the release's
 * constants, so a release is one script plus one content-hashed Wasm file cached for ever.
 */
import { base } from './loader/base.js';
import { defineElement } from './loader/element.js';
import { watchDivs } from './loader/observer.js';
import { mount, unmount, watchForTraps } from './loader/widgets.js';

// Loaded twice on one page (CMS templates do this): the first copy does the work. (An element
// with id="LeadershipSelfCheck" is also window.LeadershipSelfCheck, hence .version.)
if (!window.LeadershipSelfCheck?.version) {
  watchForTraps();
  window.LeadershipSelfCheck = { mount, unmount, base: base.href, version: __LSC_VERSION__ };
  defineElement();
  watchDivs();
}
