// @ts-check
// Failures a web team can act on, and the events that tell the partner page about them.

/**
 * Why the widget could not load: `browser` (no usable WebAssembly), `csp` (the page's policy
 * blocked it), `download` (the Wasm missing, wrong, incomplete or too slow), `framework`
 * (framework-src unusable), `element` (the element cannot hold the widget), `stopped` (a trap).
 * @typedef {'browser' | 'csp' | 'download' | 'framework' | 'element' | 'stopped'} FailureCode
 */

/** @typedef {Error & { code: FailureCode }} Failure */

/**
 * @param {FailureCode} code
 * @param {string} message
 * @returns {Failure}
 */
export function failure(code, message) {
  return Object.assign(new Error(message), { code });
}

/** @param {unknown} err @returns {err is Failure} */
export function isFailure(err) {
  return err instanceof Error && typeof (/** @type {{ code?: unknown }} */ (err).code) === 'string';
}

/** The message of anything thrown. @param {unknown} err */
export function text(err) {
  return String((err && /** @type {{ message?: unknown }} */ (err).message) || err);
}

/**
 * Dispatches `name` on the element; it bubbles and crosses shadow boundaries.
 * @param {Element} el
 * @param {'lsc:error'} name
 * @param {{ message: string, code?: FailureCode }} detail
 */
export function fire(el, name, detail) {
  el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/**
 * A bad option: the web team is told on the console and by `lsc:error` without a code, and the
 * widget carries on with the default.
 * @param {Element} el
 * @param {string} message
 */
export function warn(el, message) {
  console.warn('leadership-self-check: ' + message);
  fire(el, 'lsc:error', { message });
}
