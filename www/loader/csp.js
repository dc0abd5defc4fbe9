// @ts-check
// Content-Security-Policy refusals, to tell which failures were the page's policy. Chromium
// reports a blocked compile as the pseudo-URL "wasm-eval", a blocked download by its URL (or only
// its origin, when that is another one). The event can arrive a moment after the failure, hence
// afterReports(). Report-only policies block nothing; only the first few refusals are kept.

import { base } from './base.js';
import { failure, text } from './errors.js';

/** @type {{ directive: string, blocked: string }[]} */
const refusals = [];
document.addEventListener('securitypolicyviolation', (e) => {
  if (e.disposition === 'enforce' && e.blockedURI && refusals.length < 50) {
    refusals.push({ directive: e.violatedDirective, blocked: e.blockedURI });
  }
});

/**
 * `fn`, called a moment later, once the browser has reported any refusal behind the error.
 * @template T
 * @param {(err: unknown) => T} fn
 * @returns {(err: unknown) => Promise<T>}
 */
export function afterReports(fn) {
  return async (err) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return fn(err);
  };
}

/**
 * The failure, if the page's policy caused `err`. `url`: the request that failed, or none for
 * the compile step. The failure names the policy's directive and what to allow.
 * @param {unknown} err
 * @param {string} [url]
 */
export function cspFailure(err, url) {
  const ours = refusals
    .filter((r) => (url ? url.indexOf(r.blocked) === 0 : r.blocked === 'wasm-eval'))
    .map((r) => r.directive + ' blocked ' + r.blocked);
  if (!ours.length && !/Content Security Policy|wasm-unsafe-eval|\bCSP\b/i.test(text(err))) return null;
  return failure('csp', "the page's Content-Security-Policy blocked the widget (" + (ours.join('; ') || text(err)) +
    '). It needs script-src to allow ' + base.origin + " and 'wasm-unsafe-eval', and connect-src to allow " +
    new URL(url || base.href).origin + '.');
}
