// @ts-check
// The Wasm's later modules (src/split): the views the first screen never shows. The splitter's
// link module asks here for each one's bytes (scripts/package.mjs points it here), and the
// widget asks for all of them once the page is idle, so that a view is there when it is needed.

import { prefetch } from '../../pkg/leadership_self_check.js';
import { base } from './base.js';

/* Each later module's hashed file name and SRI hash, filled in by scripts/package.mjs. */
const LATER = __LSC_LATER__;

/**
 * The response for a later module, checked against its integrity hash. A module that cannot be
 * fetched makes its view show "Try again" (src/split), and the browser's console says why.
 * @param {string} name the splitter's name for it
 */
export function fetchLater(name) {
  const later = LATER[name];
  return fetch(new URL(later.file, base), { integrity: later.integrity, credentials: 'same-origin' });
}

let asked = false;

/** Once per page, after the first widget is shown: the later modules, when the browser is idle. */
export function prefetchWhenIdle() {
  if (asked) return;
  asked = true;
  // Safari has no requestIdleCallback: there, once the first screen is painted, as the other
  // browsers do, not 1 s later, among a visitor's first answers (docs/browser-engines.md: the trap).
  const idle = window.requestIdleCallback || ((/** @type {() => void} */ run) => requestAnimationFrame(() => setTimeout(run, 0)));
  idle(() => prefetch());
}
