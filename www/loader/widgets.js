// @ts-check
// The JavaScript API behind every embedding form: mount(), unmount() and mounting again when an
// option changes, with the failure message in the element when the widget cannot run.

import { mount as mountWasm, readPartner } from '../../pkg/leadership_self_check.js';
import FIRST from '../../pkg/first-screens.json';
import { scriptUrl } from './base.js';
import { ownRoot, showFailure, showLoading } from './box.js';
import { replay, rescheme, showFirst } from './first-screen.js';
import { failure, fire, isFailure, text, warn } from './errors.js';
import { frameworkText } from './framework.js';
import { prefetchWhenIdle } from './later.js';
import { elementOptions, mountOptions, remounts, widgetOptions } from './options.js';
import { WASM_FILE, loadWasm } from './wasm.js';

/** @typedef {import('./errors.js').Failure} Failure */
/** @typedef {import('./options.js').OptionValues} OptionValues */
/** @typedef {import('./options.js').Checked} Checked */
/** @typedef {import('../../pkg/leadership_self_check.js').Widget} Widget */

/** What the visitor reads for each failure. */
const VISITOR = {
  browser: 'This browser cannot run it: WebAssembly is not available, or is turned off by a security setting. Please try another browser or device.',
  element: 'It cannot be shown in this part of the page. Please let the website\u2019s team know.',
  csp: 'This page\u2019s security settings stopped it from running. Please let the website\u2019s team know.',
  download: 'Its files could not be downloaded. Please reload the page to try again. If that does not help, please let the website\u2019s team know.',
  framework: 'The framework it shows could not be downloaded. Please reload the page to try again.',
  stopped: 'It stopped working. Please reload the page to try again.',
};

/**
 * Per element: its widget, or the promise of it while it loads. `given`: the options from
 * mount() in JavaScript, kept for later remounts. `applied`: the checked options it was last
 * mounted or updated with. `failed`: its last attempt failed (an option change then tries again).
 * `dead`: the trap that stopped the shared Wasm instance, if one did.
 * @type {Map<HTMLElement, Widget | Promise<Widget | null>>}
 */
const mounted = new Map();
/** @type {WeakMap<HTMLElement, OptionValues>} */
const given = new WeakMap();
/** @type {WeakMap<HTMLElement, Checked>} */
const applied = new WeakMap();
/** @type {WeakSet<HTMLElement>} */
const failed = new WeakSet();
/** Per lazy element waiting for the viewport: ends the wait. @type {WeakMap<HTMLElement, () => void>} */
const waiting = new WeakMap();
/** Per element being mounted: aborted when it is unmounted or fails, which ends the first screen's listeners. @type {WeakMap<HTMLElement, AbortController>} */
const mounting = new WeakMap();
/** @type {Failure | null} */
let dead = null;

/**
 * Shows the failure in the element (when it can hold it) and tells the web team.
 * @param {HTMLElement} el
 * @param {Failure} err
 */
function fail(el, err) {
  console.warn('leadership-self-check: ' + err.message);
  const o = elementOptions(el, given.get(el) || {}).options;
  try {
    const root = ownRoot(el);
    if (root) showFailure(root, o, VISITOR[err.code]);
  } catch {
    // An element that cannot hold a shadow root: the event below still tells the web team.
  }
  fire(el, 'lsc:error', { message: err.message, code: err.code });
}

/** A widget that could not start on this element, for a reason the web team can act on. @param {unknown} err */
function startFailure(err) {
  if (err instanceof DOMException && err.name === 'NotSupportedError') {
    return failure('element', 'this element cannot hold the widget (it cannot have a shadow root): ' +
      'use <leadership-self-check> or a <div data-leadership-self-check>');
  }
  return failure('stopped', 'the widget could not start: ' + text(err));
}

/**
 * Mounts the widget in `el`; options given here win over its attributes. Resolves to its handle,
 * or to null when it could not load (after the message in the element and lsc:error).
 * @param {HTMLElement} el
 * @param {unknown} [options]
 * @returns {Promise<Widget | null>}
 */
export function mount(el, options) {
  if (!(el instanceof HTMLElement)) {
    return Promise.reject(new TypeError('LeadershipSelfCheck.mount(element, options): element must be an HTML element'));
  }
  if (options !== undefined) {
    const checked = mountOptions(el, options);
    if (JSON.stringify(checked) !== JSON.stringify(given.get(el))) {
      // New options for an element that may already be mounted (from its tag or attributes).
      given.set(el, checked);
      if (mounted.has(el)) unmount(el);
    }
  }
  const current = mounted.get(el);
  if (current) return Promise.resolve(current);
  failed.delete(el);
  const { options: opts, warnings } = elementOptions(el, given.get(el) || {});
  for (const w of warnings) warn(el, w);
  /** @type {ShadowRoot | null} */
  let root;
  try {
    root = ownRoot(el);
  } catch (err) {
    failed.add(el);
    fail(el, startFailure(err));
    return Promise.resolve(null);
  }
  if (!root) {
    // Not ours to wipe: the partner's component already keeps its content in this shadow root.
    warn(el, 'mount(): this element already has a shadow root of its own, so the widget was not put in it ' +
      '(it would replace that content). Mount it in an empty element inside instead.');
    return Promise.resolve(null);
  }
  // The first screen at once (or "Loading…" where there is none), in the widget's own space.
  const attempt = new AbortController();
  mounting.set(el, attempt);
  const first = showFirst(root, opts, attempt.signal);
  if (!first) showLoading(root, opts);
  applied.set(el, opts);
  // Unmounted (or mounted again) while waiting or loading: leave it alone.
  const wanted = () => mounted.get(el) === pending;
  /** @type {Promise<Widget | null>} */
  const pending = (async () => {
    await (opts.loading === 'lazy' ? nearViewport(el, attempt.signal) : null); // always a step later, once `pending` is set
    if (!wanted()) return null;
    if (dead) throw dead;
    const [, json] = await Promise.all([loadWasm(), frameworkText(opts.frameworkSrc)]);
    // A partner's document is read by a later module of the Wasm, before mounting.
    if (json !== undefined) await readPartner(json).catch((/** @type {unknown} */ err) => { throw failure('download', text(err)); });
    if (!wanted()) return null;
    // What the visitor did on the first screen, done again once the Wasm has rendered it.
    const done = first && first.done();
    if (done) el.addEventListener('lsc:ready', () => replay(/** @type {ShadowRoot} */ (root), done), { once: true, signal: attempt.signal });
    /** @type {Widget} */
    let widget;
    try {
      // The options as they are now: some may have changed while it loaded (changed()).
      // The bundled document's text comes with the first screens, which share its words.
      widget = mountWasm(el, widgetOptions(applied.get(el) ?? opts), json, FIRST.framework);
    } catch (err) {
      // A trap while rendering leaves the shared instance unusable, as one in a handler does.
      if (ours(err)) dead = failure('stopped', 'the widget stopped: ' + text(err));
      throw dead || startFailure(err);
    }
    mounted.set(el, widget);
    prefetchWhenIdle();
    return widget;
  })().catch((err) => {
    attempt.abort();
    if (!wanted()) return null;
    mounted.delete(el);
    failed.add(el);
    fail(el, isFailure(err) ? err : failure('stopped', 'the widget could not start: ' + text(err)));
    return null;
  });
  mounted.set(el, pending);
  return pending;
}

/**
 * Resolves when `el` comes within about one screen of the viewport (loading="lazy"), at once
 * where the browser cannot tell, or when it is made eager meanwhile (changed()).
 * @param {HTMLElement} el
 * @param {AbortSignal} signal the mount given up: stop watching
 * @returns {Promise<void>}
 */
function nearViewport(el, signal) {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const near = () => {
      observer.disconnect();
      if (waiting.get(el) === near) waiting.delete(el);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) near();
    }, { rootMargin: '100% 0px' });
    observer.observe(el);
    waiting.set(el, near);
    // Given up (unmounted, or mounted again): the mount goes on to find itself unwanted.
    signal.addEventListener('abort', near, { once: true });
  });
}

/** Frees the widget in `el`. @param {HTMLElement} el */
export function unmount(el) {
  mounting.get(el)?.abort();
  const widget = mounted.get(el);
  mounted.delete(el);
  failed.delete(el);
  if (widget && !(widget instanceof Promise)) widget.unmount();
}

/** @type {Set<HTMLElement>} */
const queued = new Set();

/**
 * An option changed on an element (mounted, or showing a failure): once for all the changes made
 * in one go, the widget applies them in place when the option table marks none of the options
 * that changed `remount` (the visitor keeps their place and answers), or is mounted again with
 * the new options.
 * @param {HTMLElement} el
 */
export function changed(el) {
  if (!mounted.has(el) && !failed.has(el)) return;
  if (queued.has(el)) return;
  queued.add(el);
  queueMicrotask(() => {
    queued.delete(el);
    if (!el.isConnected) return;
    const widget = mounted.get(el);
    const before = applied.get(el);
    const { options: opts, warnings } = elementOptions(el, given.get(el) || {});
    const inPlace = before && !remounts(before, opts);
    // Still loading (the first screen, which the visitor may be using): the Wasm mounts with the
    // new options and takes over what was done; the colour scheme changes at once, and a lazy
    // widget made eager stops waiting for the viewport.
    if (widget instanceof Promise && inPlace) {
      applied.set(el, opts);
      rescheme(/** @type {ShadowRoot} */ (el.shadowRoot), opts.colorScheme);
      if (opts.loading === 'eager') waiting.get(el)?.();
      for (const w of warnings) warn(el, w);
      return;
    }
    if (widget && !(widget instanceof Promise) && inPlace && widget.update(widgetOptions(opts))) {
      applied.set(el, opts);
      for (const w of warnings) warn(el, w);
      return;
    }
    unmount(el);
    mount(el);
  });
}

/**
 * Whether a WebAssembly trap is ours: our Wasm (frames are named by its URL) or this script (the
 * glue) is in its stack. Other modules' traps are left alone.
 * @param {unknown} err
 */
function ours(err) {
  if (typeof WebAssembly !== 'object' || !(err instanceof WebAssembly.RuntimeError)) return false;
  const stack = String(err.stack || '');
  return stack.indexOf(WASM_FILE) >= 0 || stack.indexOf(scriptUrl) >= 0;
}

/**
 * A trap (with panic=immediate-abort a Rust panic is one) stops every widget on the page, since
 * they share one instance: say so in each of them, and in any mounted later, rather than leave
 * controls that no longer respond. A trap in an event handler arrives as an error event, one in a
 * scheduled task as an unhandled rejection.
 * @param {Event} e
 * @param {unknown} err
 */
function stopped(e, err) {
  if (!ours(err)) return;
  e.preventDefault(); // reported below, to the visitor and in lsc:error, not as an uncaught error
  const reason = failure('stopped', 'the widget stopped: ' + text(err));
  dead = reason;
  mounted.forEach((widget, el) => {
    failed.add(el);
    fail(el, reason);
  });
  mounted.clear();
}

export function watchForTraps() {
  window.addEventListener('error', (e) => stopped(e, e.error));
  window.addEventListener('unhandledrejection', (e) => stopped(e, e.reason));
}

/** Whether `el` has a widget, or is loading or showing a failure. @param {HTMLElement} el */
export const isKnown = (el) => mounted.has(el) || failed.has(el);

/** Frees every widget whose element has left the page. @param {(el: HTMLElement) => boolean} which */
export function freeDetached(which) {
  mounted.forEach((widget, el) => {
    if (!el.isConnected && which(el)) unmount(el);
  });
}
