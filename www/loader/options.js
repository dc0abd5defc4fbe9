// @ts-check
// The widget's options: from the element's attributes (data- attributes in the div form) and
// from mount() in JavaScript, each checked against its entry in the option table (option-table.js,
// generated from option-table.json), so that a mistake is reported, never silently used. The
// widget is handed the checked values, typed, and takes them as they are.

import { warn } from './errors.js';
import { OPTIONS } from './option-table.js';
import { isWebLink } from './rules.js';

/** @typedef {import('./option-table.js').Option} Option */
/** @typedef {import('./option-table.js').Checked} Checked */
/** @typedef {Partial<Record<string, string>>} OptionValues attribute name → value as given */

export const DATA_FORM = 'data-leadership-self-check';

/** The attributes the element and the div form watch. */
export const ATTRIBUTES = OPTIONS.map((o) => o.attribute);

/** mount() takes each option by its property name (headingLevel) or its attribute name. */
const NAMES = new Map(OPTIONS.flatMap((o) => [[o.attribute, o.attribute], [o.property, o.attribute]]));

/** @param {Element} el @param {string} name */
export function attr(el, name) {
  return el.hasAttribute(DATA_FORM) ? el.getAttribute('data-' + name) : el.getAttribute(name);
}

/** The options set as attributes. @param {Element} el @returns {OptionValues} */
function attributes(el) {
  /** @type {OptionValues} */
  const o = {};
  for (const name of ATTRIBUTES) {
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
      warn(el, `mount() option "${key}" is not an option of the widget, so it is ignored. The options are ${OPTIONS.map((o) => o.property).join(', ')} (or their attribute names, e.g. 'heading-level').`);
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
 * The value an option takes from `given`, typed as the table says (a number for an integer), or
 * undefined when it is not allowed. Surrounding spaces aside, except in a URL, which is fetched
 * as given.
 * @param {Option} o
 * @param {string} given
 */
function accept(o, given) {
  if (o.type === 'url') return given;
  const value = given.trim();
  if (o.type === 'web-link') return isWebLink(value) ? value : undefined;
  return o.values?.find((v) => String(v) === value);
}

/**
 * The checked options for the values given (by attribute name): each allowed value typed, the
 * default for each option absent or not allowed, and one warning, for the caller to report, for
 * each value not allowed.
 * @param {OptionValues} values
 * @returns {{ options: Checked, warnings: string[] }}
 */
export function checkOptions(values) {
  /** @type {Record<string, unknown>} */
  const options = {};
  /** @type {string[]} */
  const warnings = [];
  for (const o of OPTIONS) {
    const given = values[o.attribute];
    const value = given === undefined ? undefined : accept(o, given);
    if (given !== undefined && value === undefined) {
      const allowed = o.values ? 'one of ' + o.values.join(', ') : 'a web address (http, https or relative)';
      warnings.push(`${o.attribute}="${given}" is not ${allowed}; using the default, ${o.default ?? o.absent}.`);
    }
    if (value !== undefined || o.default !== undefined) options[o.property] = value ?? o.default;
  }
  return { options: /** @type {Checked} */ (options), warnings };
}

/**
 * The element's options (JavaScript ones win over attributes), checked.
 * @param {Element} el
 * @param {OptionValues} given options from mount()
 */
export function elementOptions(el, given) {
  return checkOptions({ ...attributes(el), ...given });
}

/** The options the Wasm reads (the others are the loader's alone). @param {Checked} options */
export function widgetOptions(options) {
  return Object.fromEntries(OPTIONS.filter((o) => o.widget && o.property in options).map((o) => [o.property, options[o.property]]));
}

/**
 * Whether going from one set of options to another needs the widget mounted again: an option the
 * table marks `remount` has changed. Any other change is applied in place, and the visitor keeps
 * their place and answers.
 * @param {Checked} before
 * @param {Checked} after
 */
export function remounts(before, after) {
  return OPTIONS.some((o) => o.remount && before[o.property] !== after[o.property]);
}
