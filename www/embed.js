/*
 * leadership-self-check: the one script a partner page includes.
 *
 *   <script src=".../embed.js" defer></script>
 *   <leadership-self-check></leadership-self-check>
 *   <div data-leadership-self-check data-mode="quick"></div>   (for CMSs that strip unknown tags)
 *
 * It works out where its own files are from its script tag, downloads and compiles the Wasm once
 * per page however many widgets there are (checking its integrity), and mounts the widget in each
 * element, including elements added later. When something fails it shows a plain message in the
 * element and fires `lsc:error` with the technical reason, instead of leaving a blank box or
 * throwing into the host page's console.
 *
 * scripts/package.mjs bundles this file with wasm-bindgen's glue and fills in the constants
 * below, so a release is one script plus one content-hashed Wasm file that can be cached forever.
 */
import initWasm, { mount as mountWasm } from '../pkg/leadership_self_check.js';

/* global __LSC_WASM_FILE__, __LSC_WASM_INTEGRITY__, __LSC_VERSION__ */
var WASM_FILE = __LSC_WASM_FILE__;
var WASM_INTEGRITY = __LSC_WASM_INTEGRITY__;

(function () {
  'use strict';

  // Loaded twice on one page (CMS templates do this): the first copy does the work. (An element
  // with id="LeadershipSelfCheck" is also window.LeadershipSelfCheck, hence .version.)
  if (window.LeadershipSelfCheck && window.LeadershipSelfCheck.version) return;

  var TAG = 'leadership-self-check';
  var DATA_FORM = 'data-leadership-self-check';
  // The widget's options, as attributes (or data- attributes in the div form). Their values are
  // checked by the widget itself, which reports a bad one and uses the default.
  var OPTIONS = ['view', 'mode', 'persist', 'heading-level', 'color-scheme', 'fallback-href'];
  var OWN = ['framework-src'];
  var MAX_FRAMEWORK = 10000000;
  var script = document.currentScript;
  var scriptUrl = (script && script.src) || document.baseURI;
  // An explicit base (data-base="https://…/" on the script tag) wins, for set-ups that rewrite
  // script URLs; a malformed one is reported and the script's own folder used.
  var base;
  try {
    base = new URL((script && script.dataset.base) || '.', scriptUrl);
  } catch (e) {
    console.warn('leadership-self-check: data-base "' + script.dataset.base + '" is not a URL; using ' + scriptUrl);
    base = new URL('.', scriptUrl);
  }

  function attr(el, name) {
    return el.hasAttribute(DATA_FORM) ? el.getAttribute('data-' + name) : el.getAttribute(name);
  }

  function failure(code, message) {
    var err = new Error(message);
    err.code = code;
    return err;
  }

  function text(err) {
    return String((err && err.message) || err);
  }

  // Content-Security-Policy refusals, to tell which failures were ours. Chromium reports a
  // blocked compile as the pseudo-URL "wasm-eval", a blocked download by its URL (or only its
  // origin, when that is another one). The event can arrive a moment after the failure, hence the
  // short wait before a failure is explained. Report-only policies block nothing; the page's own
  // refusals are not ours to report, and only the first few are kept.
  var refusals = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    if (e.disposition === 'enforce' && e.blockedURI && refusals.length < 50) {
      refusals.push({ directive: e.violatedDirective, blocked: e.blockedURI });
    }
  });
  function afterReports(fn) {
    return function (err) {
      return new Promise(function (resolve) { setTimeout(resolve, 50); }).then(function () { return fn(err); });
    };
  }
  // `url`: the request that failed, or none for the compile step. The failure names the
  // policy's directive and what to allow.
  function cspFailure(err, url) {
    var ours = refusals.filter(function (r) {
      return url ? url.indexOf(r.blocked) === 0 : r.blocked === 'wasm-eval';
    }).map(function (r) { return r.directive + ' blocked ' + r.blocked; });
    if (!ours.length && !/Content Security Policy|wasm-unsafe-eval|\bCSP\b/i.test(text(err))) return null;
    return failure('csp', 'the page\'s Content-Security-Policy blocked the widget (' + (ours.join('; ') || text(err)) +
      '). It needs script-src to allow ' + base.origin + ' and \'wasm-unsafe-eval\', and connect-src to allow ' +
      new URL(url || base.href).origin + '.');
  }

  function isWasm(bytes) {
    var b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
    return b.length === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;
  }

  // The Wasm is fetched with its integrity hash, and then any failure, even a 404, looks the
  // same: a network error. Only then is it fetched once more without the hash, to tell the web
  // team what is actually wrong.
  function diagnose(url) {
    return fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        return failure('download', url + ' answered HTTP ' + response.status + ': deploy every file of ' +
          'the release folder at ' + base.href + ', and keep the files of earlier releases');
      }
      var type = response.headers.get('content-type') || 'no content type';
      return response.arrayBuffer().then(function (bytes) {
        return isWasm(bytes)
          ? failure('download', url + ' does not match its integrity hash: files of different releases ' +
            'were mixed (deploy the whole release folder), or the file was changed on its way')
          : failure('download', url + ' is not the widget\'s WebAssembly file (the server sent ' + type +
            '): check that the release folder is deployed at ' + base.href);
      });
    }, afterReports(function (err) {
      return cspFailure(err, url) || failure('download', url + ' could not be downloaded (' + text(err) +
        '): a network error, or a server on another origin that does not send Access-Control-Allow-Origin');
    }));
  }

  // Downloads and compiles the Wasm, turning each way this can fail into a reason a web team can
  // act on (the `code` tells the visitor's message apart).
  function compile() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.compile !== 'function') {
      return Promise.reject(failure('browser', 'this browser does not support WebAssembly'));
    }
    var url = new URL(WASM_FILE, base).href;
    return fetch(url, { integrity: WASM_INTEGRITY, credentials: 'same-origin' }).then(function (response) {
      // Past the integrity check, these are the release's own bytes, whatever the server says.
      var type = (response.headers.get('content-type') || '').split(';')[0].trim();
      if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
        return WebAssembly.compileStreaming(response);
      }
      // It still works, only more slowly: tell the web team, not the visitor.
      console.warn('leadership-self-check: ' + url + ' is served as "' + type +
        '"; serve .wasm files as application/wasm so that browsers compile them while downloading.');
      return response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }, function () {
      return diagnose(url).then(function (err) { throw err; });
    }).catch(afterReports(function (err) {
      if (err && err.code) throw err;
      throw cspFailure(err) || notSupported(err) ||
        failure('download', url + ' could not be downloaded completely: ' + text(err));
    }));
  }

  // Past the integrity check the bytes are right, so a Wasm that does not compile or link means
  // a browser without a WebAssembly feature the build uses: reloading will not help.
  function notSupported(err) {
    var wasm = WebAssembly;
    if (!(err instanceof wasm.CompileError || err instanceof wasm.LinkError)) return null;
    return failure('browser', 'this browser cannot compile the widget\'s WebAssembly: ' + text(err));
  }

  var loading = null;
  function loadWasm() {
    if (!loading) {
      loading = compile().then(function (module) {
        return initWasm({ module_or_path: module }).catch(function (err) {
          // WebKit applies the CSP here, when instantiating, not when compiling.
          throw cspFailure(err) || notSupported(err) || failure('stopped', 'the widget could not start: ' + text(err));
        });
      });
    }
    return loading;
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail }));
  }

  // A few lines of style for the failure message, as a constructed stylesheet: not an inline
  // style, so a strict `style-src 'self'` allows it. Inheritance from the host page is reset.
  var failureSheet = null;
  function failureStyles(root) {
    try {
      if (!failureSheet) {
        failureSheet = new CSSStyleSheet();
        failureSheet.replaceSync(
          '.lsc-failure{all:initial;display:block;font-family:var(--lsc-font-family,system-ui,sans-serif);' +
          'font-size:var(--lsc-font-size,medium);line-height:1.5;color:var(--lsc-text,#0b0c0c);' +
          'background:var(--lsc-background,#fff);border:4px solid var(--lsc-error,#d4351c);padding:1em}' +
          'h2,h3,h4,h5,h6{font-size:1.1875em;line-height:1.25;margin:0 0 .5em}' +
          'p{margin:0 0 .5em}p:last-child{margin:0}a{color:var(--lsc-accent,#1d70b8)}' +
          'a:focus-visible{outline:3px solid var(--lsc-focus,#fd0);box-shadow:0 0 0 6px #0b0c0c}');
      }
      root.adoptedStyleSheets = [failureSheet];
    } catch (e) {
      // Older browsers: the message shows unstyled, which is still readable.
    }
  }

  var VISITOR = {
    browser: 'This browser cannot run it: WebAssembly is not available, or is turned off by a security setting. Please try another browser or device.',
    element: 'It cannot be shown in this part of the page. Please let the website\u2019s team know.',
    csp: 'This page\u2019s security settings stopped it from running. Please let the website\u2019s team know.',
    download: 'Its files could not be downloaded. Please reload the page to try again. If that does not help, please let the website\u2019s team know.',
    framework: 'The framework it shows could not be downloaded. Please reload the page to try again.',
    stopped: 'It stopped working. Please reload the page to try again.',
  };

  // A link the web team offers instead (fallback-href): web addresses only, never script.
  function fallbackLink(el) {
    var given = extras.get(el) || {};
    var href = given.fallbackHref || given['fallback-href'] || attr(el, 'fallback-href');
    if (!href) return null;
    try {
      var url = new URL(href, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      var a = document.createElement('a');
      a.href = url.href;
      a.textContent = 'Read the framework on this website instead';
      return a;
    } catch (e) {
      return null;
    }
  }

  // Plain text only, built with DOM calls: no innerHTML, no inline styles (strict CSP).
  function showFailure(el, err) {
    var code = err.code || 'download';
    var reason = text(err);
    console.warn('leadership-self-check: ' + reason);
    try {
      var root = el.shadowRoot || el.attachShadow({ mode: 'open' });
      failureStyles(root);
      var box = document.createElement('div');
      box.className = 'lsc-failure';
      box.setAttribute('role', 'alert');
      box.setAttribute('lang', 'en-GB'); // the page around it may be in another language
      // A heading at the level the widget's own would have had, so the page's outline holds.
      var level = /^\s*[2-6]\s*$/.test(attr(el, 'heading-level') || '') ? attr(el, 'heading-level').trim() : '2';
      var title = document.createElement('h' + level);
      title.textContent = 'Sorry, the leadership self-check could not be loaded.';
      var p = document.createElement('p');
      p.textContent = VISITOR[code] || VISITOR.download;
      box.append(title, p);
      var link = fallbackLink(el);
      if (link) {
        var linkLine = document.createElement('p');
        linkLine.appendChild(link);
        box.appendChild(linkLine);
      }
      root.replaceChildren(box);
    } catch (e) {
      // An element that cannot hold a shadow root (or already has a closed one): the event
      // below still tells the web team.
    }
    fire(el, 'lsc:error', { message: reason, code: code });
  }

  function options(el) {
    var o = {};
    OPTIONS.forEach(function (name) {
      var value = attr(el, name);
      if (value !== null) o[name] = value;
    });
    return o;
  }

  // Resolves to the document's text, or undefined for the bundled framework. Never throws
  // synchronously (a malformed URL becomes a rejection). Widgets that name the same document
  // share one download; a failed one is forgotten, so that a later mount tries again.
  var documents = new Map();
  function frameworkText(el) {
    var src = attr(el, 'framework-src');
    if (!src) return Promise.resolve(undefined);
    return Promise.resolve().then(function () {
      var url;
      try {
        url = new URL(src, document.baseURI);
      } catch (e) {
        throw failure('framework', 'framework-src "' + src + '" is not a valid URL');
      }
      if (!documents.has(url.href)) {
        var download = fetchDocument(url, src);
        documents.set(url.href, download);
        download.catch(function () { documents.delete(url.href); });
      }
      return documents.get(url.href);
    });
  }

  // Gives up after 15 seconds.
  function fetchDocument(url, src) {
    var abort = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = abort && setTimeout(function () { abort.abort(); }, 15000);
    var init = { credentials: 'same-origin', signal: abort ? abort.signal : undefined };
    return fetch(url, init).then(function (r) {
      clearTimeout(timer);
      if (!r.ok) throw failure('framework', 'framework-src ' + src + ' answered HTTP ' + r.status);
      return r.text().then(function (json) {
        // The bundled framework is 19 KB. Far larger documents render, but slowly enough on a
        // phone to look broken; refuse them with a reason instead.
        if (json.length > MAX_FRAMEWORK) {
          throw failure('framework', 'framework-src ' + src + ' is ' + json.length + ' characters long; the limit is ' + MAX_FRAMEWORK);
        }
        return json;
      });
    }, afterReports(function (err) {
      clearTimeout(timer);
      var csp = cspFailure(err, url.href);
      throw failure('framework', 'framework-src ' + src + ' could not be fetched: ' +
        (csp ? csp.message : text(err) + ' (a network error, a timeout after 15 s, or a server on another origin that does not send Access-Control-Allow-Origin)'));
    }));
  }

  // Per element: its widget, or the promise of it while it loads; the options given to mount()
  // in JavaScript, kept for later remounts; whether its last attempt failed (an attribute change
  // then tries again). `dead`: the trap that stopped the shared Wasm instance, if one did.
  var mounted = new Map();
  var extras = new WeakMap();
  var failed = new WeakSet();
  var dead = null;

  // A widget that could not start on this element, for a reason the web team can act on.
  function startFailure(err) {
    if (err && err.name === 'NotSupportedError') {
      return failure('element', 'this element cannot hold the widget (it cannot have a shadow root): ' +
        'use <leadership-self-check> or a <div data-leadership-self-check>');
    }
    return failure('stopped', 'the widget could not start: ' + text(err));
  }

  function mount(el, extra) {
    if (extra !== undefined && JSON.stringify(extra) !== JSON.stringify(extras.get(el))) {
      // New options for an element that may already be mounted (from its tag or attribute).
      extras.set(el, extra);
      if (mounted.has(el)) unmount(el);
    }
    if (mounted.has(el)) return Promise.resolve(mounted.get(el));
    failed.delete(el);
    var pending = (dead ? Promise.reject(dead) : Promise.all([loadWasm(), frameworkText(el)])).then(function (parts) {
      // Unmounted (or mounted again) while loading: leave it alone.
      if (mounted.get(el) !== pending) return null;
      var opts = Object.assign(options(el), extras.get(el) || {});
      if (parts[1] !== undefined) opts.frameworkJson = parts[1];
      var widget;
      try {
        widget = mountWasm(el, opts);
      } catch (err) {
        // A trap while rendering leaves the shared instance unusable, as one in a handler does.
        if (ours(err)) dead = failure('stopped', 'the widget stopped: ' + err.message);
        throw dead || startFailure(err);
      }
      mounted.set(el, widget);
      return widget;
    }).catch(function (err) {
      if (mounted.get(el) !== pending) return null;
      mounted.delete(el);
      failed.add(el);
      showFailure(el, err);
      return null;
    });
    mounted.set(el, pending);
    return pending;
  }

  function unmount(el) {
    var widget = mounted.get(el);
    mounted.delete(el);
    failed.delete(el);
    if (widget && typeof widget.unmount === 'function') widget.unmount();
  }

  // An option changed on an element (mounted, or showing a failure): mount it again with the
  // new options, once for all the changes made in one go. Saved answers come back from storage;
  // answers kept only in memory (persist="none") start again.
  var queued = new Set();
  function remount(el) {
    if ((!mounted.has(el) && !failed.has(el)) || queued.has(el)) return;
    queued.add(el);
    queueMicrotask(function () {
      queued.delete(el);
      if (!el.isConnected) return;
      unmount(el);
      mount(el);
    });
  }

  // A failure inside the Wasm (a trap: with panic=immediate-abort a Rust panic is one) stops
  // every widget on the page, since they share one instance: say so in each of them rather than
  // leave controls that no longer respond, and in any mounted later. A trap in an event handler
  // arrives as an error event, one in a scheduled task as an unhandled rejection. Traps of other
  // modules on the page are left alone: ours have our Wasm (served as application/wasm, frames
  // are named by its URL) or this script (the glue) in their stack.
  function ours(err) {
    if (typeof WebAssembly !== 'object' || !(err instanceof WebAssembly.RuntimeError)) return false;
    var stack = String(err.stack || '');
    return stack.indexOf(WASM_FILE) >= 0 || stack.indexOf(scriptUrl) >= 0;
  }
  function stopped(e, err) {
    if (!ours(err)) return;
    e.preventDefault(); // reported below, to the visitor and in lsc:error, not as an uncaught error
    dead = failure('stopped', 'the widget stopped: ' + err.message);
    mounted.forEach(function (widget, el) {
      failed.add(el);
      showFailure(el, dead);
    });
    mounted.clear();
  }
  window.addEventListener('error', function (e) { stopped(e, e.error); });
  window.addEventListener('unhandledrejection', function (e) { stopped(e, e.reason); });

  window.LeadershipSelfCheck = { mount: mount, unmount: unmount, base: base.href, version: __LSC_VERSION__ };

  // The element: mounted when it enters the page (now, or later in a single-page app or a CMS
  // preview), freed when it leaves, mounted again when an option changes. Moved within the page
  // (removed and put back in one go), it keeps its widget and the visitor's place in it.
  var WATCHED = OPTIONS.concat(OWN);
  if (window.customElements && !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      static get observedAttributes() { return WATCHED; }
      connectedCallback() { mount(this); }
      disconnectedCallback() {
        var el = this;
        queueMicrotask(function () { if (!el.isConnected) unmount(el); });
      }
      attributeChangedCallback(name, before, after) { if (before !== after) remount(this); }
    });
  }

  // The div form, for CMSs that strip unknown elements: the same, driven by a MutationObserver.
  function adopt(node) {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute(DATA_FORM)) mount(node);
    node.querySelectorAll('[' + DATA_FORM + ']').forEach(function (el) { mount(el); });
  }
  function watch() {
    adopt(document.documentElement);
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === 'attributes') {
          if (r.attributeName === DATA_FORM) {
            if (r.target.hasAttribute(DATA_FORM)) mount(r.target); else unmount(r.target);
          } else if (r.target.hasAttribute(DATA_FORM) && r.oldValue !== r.target.getAttribute(r.attributeName)) {
            remount(r.target);
          }
        } else {
          r.addedNodes.forEach(adopt);
        }
      });
      mounted.forEach(function (widget, el) {
        if (!el.isConnected && el.hasAttribute(DATA_FORM)) unmount(el);
      });
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: [DATA_FORM].concat(WATCHED.map(function (n) { return 'data-' + n; })),
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
})();
