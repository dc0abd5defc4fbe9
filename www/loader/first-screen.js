// @ts-check
// HTML first: the widget's first screen, rendered at build time by the same components the Wasm
// runs (src/app/prerender.rs), shown as soon as the loader runs, in the space the widget then
// takes. What the visitor does with it before the Wasm arrives (an answer chosen, a section
// opened, a heading or a file chosen, a button pressed, where focus is) is noted, and done again
// once the Wasm has rendered the same screen.

import FIRST from '../../pkg/first-screens.json';
import { style } from './box.js';
import { atLevel } from './levels.js';

/** @typedef {Pick<import('./option-table.js').Checked, 'view' | 'mode' | 'persist' | 'headingLevel' | 'colorScheme' | 'frameworkSrc'>} Shown checked options */

/** The performance mark set when a first screen is shown. */
export const FIRST_SCREEN_MARK = 'leadership-self-check:first-screen';

// The controls a visitor can use, in document order: the same on both screens when they match.
const CONTROLS = 'input,textarea,select,button,summary,details,a[href]';

/**
 * The screen's shape: every element's name and id, in order, from the widget's root (the Wasm
 * renders it inside a container of its own), headings of every level alike. The Wasm's first
 * screen has the prerendered one's shape unless it shows more or something else: kept answers
 * to resume, earlier checks, a notice about storage, a colleague's response kept in the page's
 * memory only (one kept in the tab, or in the address, has no first screen: `invited`).
 * @param {ParentNode} root
 */
const shape = (root) =>
  // `heading-level` may change while the first screen shows (widgets.js: changed()).
  Array.from(root.querySelectorAll('[data-lsc-root],[data-lsc-root] *'), (e) => e.localName.replace(/^h[1-6]$/, 'h') + '#' + e.id).join();

/**
 * What the visitor did before the Wasm took over, by each control's place in document order: the
 * fields changed (a choice, a text, a selected option, chosen files, a section opened or closed),
 * the buttons pressed in order, and the control with focus.
 * @typedef {{ shape: string, fields: Map<number, string | boolean | FileList>, pressed: number[], focus: number }} Done
 */

/**
 * Whether this browser lets the widget keep answers, read as the Wasm reads it when it starts
 * (src/services/storage.rs): where it does not, the first screen must not say they are saved.
 */
function storageUsable() {
  try {
    return window.localStorage != null && (window.localStorage.getItem(FIRST_SCREEN_MARK), true);
  } catch {
    return false;
  }
}

/**
 * Whether the Wasm may open this widget on a colleague's or a collector's view instead of the
 * visitor's own (src/services/colleagues_store.rs, `may_be_invited`, whose keys the build gives
 * here): a link's key in the address, or the response this tab was giving. No first screen shows
 * that view, and the visitor's own would be answered as if it were it.
 * @param {Shown} opts
 */
function invited(opts) {
  /** @type {{ fragment: string[], kept: Record<string, string> }} */
  const signs = FIRST.invited;
  if (opts.view === 'framework') return false;
  const parts = location.hash.replace(/^#/, '').split('&');
  if (parts.some((part) => signs.fragment.some((key) => part.startsWith(key + '=')))) return true;
  const kept = signs.kept[opts.mode];
  try {
    return Boolean(kept) && opts.persist === 'local' && window.sessionStorage.getItem(kept) !== null;
  } catch {
    return false;
  }
}

/**
 * Shows the first screen for these options in `root` when one was rendered for them (never for
 * a partner's own document, nor when the widget may open on a colleague's view), and returns
 * what the visitor then does with it: `done()` reads it when the Wasm is about to take over.
 * Null when none was shown. Noting stops when `signal` aborts (the element unmounted, or the
 * load failed) or at `done()`.
 * @param {ShadowRoot} root
 * @param {Shown} opts
 * @param {AbortSignal} signal
 * @returns {{ done: () => Done } | null}
 */
export function showFirst(root, opts, signal) {
  /** @type {Record<string, number>} */
  const keys = FIRST.keys;
  // Blocked storage: the screen that says answers are kept in the page only, as the Wasm will.
  const persist = opts.persist === 'local' && !storageUsable() ? 'none' : opts.persist;
  const key = [opts.view, opts.mode, persist].join('/');
  const kept = opts.frameworkSrc || invited(opts) ? undefined : FIRST.screens[keys[key]];
  if (!kept) return null;
  const html = atLevel(kept, FIRST.level, opts.headingLevel);
  // The build's own markup (no partner input): parsed inertly, then moved into the shadow root.
  const template = document.createElement('template');
  try {
    template.innerHTML = html;
  } catch {
    return null; // a page enforcing Trusted Types refuses HTML from a string: "Loading…" instead
  }
  style(root);
  root.replaceChildren(template.content);
  rescheme(root, opts.colorScheme);
  // When the widget first showed: for the page's own measurements, and scripts/bench's.
  if (typeof performance.mark === 'function') performance.mark(FIRST_SCREEN_MARK);
  const controls = () => Array.from(root.querySelectorAll(CONTROLS));
  // Whether each section was open as rendered (opening one sets its `open` attribute).
  const opened = controls().map((c) => c instanceof HTMLDetailsElement && c.open);
  /** @type {number[]} */
  const pressed = [];
  // Stops at done(), or when the mount is given up.
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const noting = { signal: stop.signal };
  root.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button) return;
    e.preventDefault(); // a submit button would send the form to the partner's page
    const at = controls().indexOf(button);
    // Pressed again because nothing seemed to happen: once is what was meant.
    if (pressed[pressed.length - 1] !== at) pressed.push(at);
  }, noting);
  // Enter in a field: the form's button acts once the Wasm is here.
  root.addEventListener('submit', (e) => e.preventDefault(), noting);
  return {
    done() {
      stop.abort();
      const all = controls();
      /** @type {Map<number, string | boolean | FileList>} */
      const fields = new Map();
      all.forEach((c, i) => {
        if (c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox')) {
          if (c.checked !== c.defaultChecked) fields.set(i, c.checked);
        } else if (c instanceof HTMLInputElement && c.type === 'file') {
          if (c.files && c.files.length) fields.set(i, c.files);
        } else if (c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement) {
          if (c.value !== c.defaultValue) fields.set(i, c.value);
        } else if (c instanceof HTMLSelectElement) {
          if (!c.options[c.selectedIndex]?.defaultSelected) fields.set(i, c.value);
        } else if (c instanceof HTMLDetailsElement && c.open !== opened[i]) {
          fields.set(i, c.open);
        }
      });
      const active = root.activeElement;
      return { shape: shape(root), fields, pressed, focus: active ? all.indexOf(active) : -1 };
    },
  };
}

/**
 * Shows what is in `root` before the Wasm (the first screen, or "Loading…") in the colour scheme
 * asked for: when it is shown, and when a script changes the scheme while the Wasm loads.
 * @param {ShadowRoot} root
 * @param {string} colorScheme
 */
export function rescheme(root, colorScheme) {
  const top = root.querySelector('[data-scheme]');
  if (top instanceof HTMLElement) top.dataset.scheme = colorScheme;
}

/** A task later: the widget renders what an event changed in a microtask, and moves focus after. */
const later = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Does again, on the Wasm's first screen, what the visitor did on the prerendered one: fields
 * set as they were (through the events the widget listens to), focus put back where it was
 * (without scrolling the page to it), then the buttons pressed, in order, while the screen is
 * still the one they were pressed on. Nothing is done on a screen of another shape, where the
 * same place would be another control.
 * @param {ShadowRoot} root
 * @param {Done} done
 */
export async function replay(root, done) {
  if (shape(root) !== done.shape) return;
  const all = Array.from(root.querySelectorAll(CONTROLS));
  done.fields.forEach((value, i) => {
    const c = all[i];
    if (c instanceof HTMLInputElement && typeof value === 'boolean') {
      if (c.checked !== value) c.click();
    } else if (c instanceof HTMLDetailsElement && typeof value === 'boolean') {
      c.open = value;
    } else if (c instanceof HTMLInputElement && value instanceof FileList) {
      c.files = value;
      c.dispatchEvent(new Event('change', { bubbles: true }));
    } else if ((c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement || c instanceof HTMLSelectElement) && typeof value === 'string') {
      c.value = value;
      c.dispatchEvent(new Event('input', { bubbles: true }));
      c.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  const target = all[done.focus];
  if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  for (const i of done.pressed) {
    await later();
    const button = all[i];
    if (shape(root) !== done.shape || !button.isConnected) return;
    if (button instanceof HTMLButtonElement) button.click();
  }
}
