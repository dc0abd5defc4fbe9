/*
 * leadership-self-check: the one script a partner page includes.
 *
 *   <script src=".../embed.js" defer></script>
 *   <leadership-self-check></leadership-self-check>
 *
 * It works out where its own files are from its script tag, loads the Wasm once per page however
 * many widgets there are, and mounts the widget in each <leadership-self-check> element. When
 * something fails it shows a plain message in the element and fires `lsc:error`, instead of
 * leaving a blank box or throwing into the host page's console.
 */
(function () {
  'use strict';

  // Loaded twice on one page (CMS templates do this): the first copy does the work.
  if (window.LeadershipSelfCheck) return;

  var TAG = 'leadership-self-check';
  var GLUE = 'leadership_self_check.js';
  var WASM = 'leadership_self_check_bg.wasm';
  var script = document.currentScript;
  // An explicit base (data-base on the script tag) wins, for set-ups that rewrite script URLs.
  var base = new URL((script && script.dataset.base) || '.', (script && script.src) || document.baseURI);

  var loading = null;
  function loadWasm() {
    if (!loading) {
      loading = import(new URL(GLUE, base).href).then(function (glue) {
        return glue.default({ module_or_path: new URL(WASM, base) }).then(function () { return glue; });
      });
    }
    return loading;
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail }));
  }

  // Plain text only, built with DOM calls: no innerHTML, no inline styles (strict CSP).
  function showFailure(el, visitorMessage, reason) {
    if (window.console) console.warn('leadership-self-check: ' + reason);
    try {
      var root = el.shadowRoot || el.attachShadow({ mode: 'open' });
      var box = document.createElement('div');
      box.setAttribute('role', 'alert');
      var strong = document.createElement('p');
      var b = document.createElement('strong');
      b.textContent = 'Sorry, the leadership self-check could not be loaded.';
      strong.appendChild(b);
      var p = document.createElement('p');
      p.textContent = visitorMessage;
      box.appendChild(strong);
      box.appendChild(p);
      root.replaceChildren(box);
    } catch (e) {
      // An element that cannot hold a shadow root (or already has a closed one): the event
      // below still tells the web team.
    }
    fire(el, 'lsc:error', { message: reason });
  }

  // The element's attributes, passed as they are: the widget checks them and reports bad values.
  var ATTRIBUTES = ['view', 'mode', 'persist', 'heading-level'];
  function options(el) {
    var o = {};
    ATTRIBUTES.forEach(function (name) {
      if (el.hasAttribute(name)) o[name] = el.getAttribute(name);
    });
    return o;
  }

  // Resolves to the document's text, or undefined for the bundled framework. Never throws
  // synchronously (a malformed URL becomes a rejection), and gives up after 15 seconds.
  function frameworkText(el) {
    var src = el.getAttribute('framework-src');
    if (!src) return Promise.resolve(undefined);
    return Promise.resolve().then(function () {
      var abort = typeof AbortController === 'function' ? new AbortController() : null;
      var timer = abort && setTimeout(function () { abort.abort(); }, 15000);
      var init = { credentials: 'same-origin', signal: abort ? abort.signal : undefined };
      var url;
      try {
        url = new URL(src, document.baseURI);
      } catch (e) {
        throw new Error('framework-src "' + src + '" is not a valid URL');
      }
      return fetch(url, init).then(function (r) {
        clearTimeout(timer);
        if (!r.ok) throw new Error('framework-src ' + src + ' answered HTTP ' + r.status);
        return r.text();
      }, function (err) {
        clearTimeout(timer);
        throw new Error('framework-src ' + src + ' could not be fetched: ' + ((err && err.message) || err));
      });
    });
  }

  // Each element's widget, or the promise of it while it loads.
  var mounted = new Map();

  function mount(el, extra) {
    if (mounted.has(el)) return Promise.resolve(mounted.get(el));
    var loading = Promise.all([loadWasm(), frameworkText(el)]).then(function (parts) {
      // Unmounted (or mounted again) while loading: leave it alone.
      if (mounted.get(el) !== loading) return null;
      var opts = Object.assign(options(el), extra || {});
      if (parts[1] !== undefined) opts.frameworkJson = parts[1];
      var widget = parts[0].mount(el, opts);
      mounted.set(el, widget);
      return widget;
    }).catch(function (err) {
      if (mounted.get(el) === loading) mounted.delete(el);
      var reason = String((err && err.message) || err);
      var visitor = typeof WebAssembly === 'undefined'
        ? 'This browser cannot run it. Please try a recent version of another browser.'
        : 'Please reload the page to try again.';
      showFailure(el, visitor, reason);
      return null;
    });
    mounted.set(el, loading);
    return loading;
  }

  function unmount(el) {
    var widget = mounted.get(el);
    mounted.delete(el);
    if (widget && typeof widget.unmount === 'function') widget.unmount();
  }

  // A failure inside the Wasm stops every widget on the page (they share one instance): say so
  // in each of them rather than leave controls that no longer respond.
  window.addEventListener('error', function (e) {
    if (typeof WebAssembly === 'undefined' || !(e.error instanceof WebAssembly.RuntimeError)) return;
    mounted.forEach(function (widget, el) {
      showFailure(el, 'Please reload the page to try again.', 'the widget stopped: ' + e.error.message);
    });
    mounted.clear();
  });

  window.LeadershipSelfCheck = { mount: mount, unmount: unmount, base: base.href };

  // The element itself: mounted when it enters the page (now, or later in a single-page app or
  // a CMS preview) and freed when it leaves. Other elements use mount() and unmount().
  if (window.customElements && !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      connectedCallback() { mount(this); }
      disconnectedCallback() { unmount(this); }
    });
  }
})();
