// @ts-check
// The widget's options: from the element's attributes (data- attributes in the div form) and
// from mount() in JavaScript, checked here so that a mistake is reported, never silently used.

import { warn } from './errors.js';
import { checkShared, notAllowed } from './rules.js';

export const DATA_FORM = 'data-leadership-self-check';

/**
 * The options, by attribute name. The widget checks the values of the first four itself, the
 * loader the others: the last two are the loader's alone.
 */
export const OPTIONS = ['view', 'mode', 'persist', 'color-scheme', 'heading-level', 'fallback-href', 'framework-src', 'loading'];

/** @typedef {Partial<Record<string, string>>} OptionValues option name → value */

/** "heading-level" → "headingLevel". @param {string} name */
const camelCase = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const NAMES = new Map(OPTIONS.flatMap((name) => [[name, name], [camelCase(name), name]]));

/** @param {Element} el @param {string} name */
export function attr(el, name) {
  return el.hasAttribute(DATA_FORM) ? el.getAttribute('data-' + name) : el.getAttribute(name);
}

/** The options set as attributes. @param {Element} el @returns {OptionValues} */
function attributes(el) {
  /** @type {OptionValues} */
  const o = {};
  for (const name of OPTIONS) {
    const value = attr(el, name);
    if (value !== null) o[name] = value;
  }
  return o;
}

/** @param {unknown} value */
const describe = (value) =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;

/**
 * The options given to mount(), by attribute name, with a warning (on the console and as
 * lsc:error) for each one that cannot be used: an unknown name, or a value that is neither text
 * nor a whole number. Undefined and null mean "not given".
 * @param {Element} el
 * @param {unknown} given
 * @returns {OptionValues}
 */
export function mountOptions(el, given) {
  /** @type {OptionValues} */
  const o = {};
  if (given === undefined || given === null) return o;
  if (typeof given !== 'object') {
    warn(el, `mount(element, options): options must be an object, not ${describe(given)}; the element's attributes are used.`);
    return o;
  }
  for (const [key, value] of Object.entries(given)) {
    const name = NAMES.get(key);
    if (!name) {
      warn(el, `mount() option "${key}" is not an option of the widget, so it is ignored. The options are ${OPTIONS.map(camelCase).join(', ')} (or their attribute names, e.g. 'heading-level').`);
    } else if (typeof value === 'string') {
      o[name] = value;
    } else if (typeof value === 'number' && Number.isInteger(value)) {
      o[name] = String(value);
    } else if (value !== undefined && value !== null) {
      warn(el, `mount() option ${key}: ${describe(value)} is not ${typeof value === 'number' ? 'a whole number' : 'text'}, so it is ignored.`);
    }
  }
  return o;
}

/**
 * The element's options (JavaScript ones win over attributes), with the rules the loader
 * decides applied: a bad value is left out, so that the widget uses its default, and named in
 * `warnings` for the caller to report.
 * @param {Element} el
 * @param {OptionValues} given checked options from mount()
 * @returns {{ options: OptionValues, warnings: string[] }}
 */
export function elementOptions(el, given) {
  const all = { ...attributes(el), ...given };
  const { checked, warnings } = checkShared(all);
  delete all['heading-level'];
  delete all['fallback-href'];
  const loading = all.loading?.trim();
  if (loading !== undefined && loading !== 'eager' && loading !== 'lazy') {
    warnings.push(notAllowed('loading', all.loading || '', 'one of eager, lazy', 'eager'));
    delete all.loading;
  }
  return { options: { ...all, ...checked, ...(loading === 'lazy' ? { loading } : {}) }, warnings };
}
