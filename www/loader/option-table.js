// @ts-check
// The widget's options as the loader checks them (www/loader/options.js), in the table's order.
// Generated from option-table.json by scripts/generate-options.mjs: edit the table, then run `node scripts/generate-options.mjs`.

/**
 * One option: its attribute and property names; its type (`enum` and `integer` take one of
 * `values`, the default when absent or not allowed; `url` and `web-link` a link, `absent`
 * saying what happens without one); whether changing it mounts the widget again (`remount`,
 * otherwise it is applied in place); whether the Wasm reads it (`widget`, otherwise only the loader).
 * @typedef {{ attribute: string, property: keyof Checked, type: 'enum' | 'integer' | 'url' | 'web-link', values?: (string | number)[], default?: string | number, absent?: string, remount: boolean, widget: boolean }} Option
 */

/**
 * Checked options by property name, as the loader hands them to the widget: every option with a
 * default is present.
 * @typedef {{ view: 'framework' | 'self-check' | 'both', mode: 'quick' | 'full', persist: 'local' | 'none', headingLevel: 2 | 3 | 4 | 5 | 6, colorScheme: 'light' | 'dark' | 'auto', frameworkSrc?: string, fallbackHref?: string, loading: 'eager' | 'lazy' }} Checked
 */

/** @type {Option[]} */
export const OPTIONS = [
  { attribute: 'view', property: 'view', type: 'enum', values: ['framework', 'self-check', 'both'], default: 'both', remount: true, widget: true },
  { attribute: 'mode', property: 'mode', type: 'enum', values: ['quick', 'full'], default: 'quick', remount: true, widget: true },
  { attribute: 'persist', property: 'persist', type: 'enum', values: ['local', 'none'], default: 'local', remount: true, widget: true },
  { attribute: 'heading-level', property: 'headingLevel', type: 'integer', values: [2, 3, 4, 5, 6], default: 2, remount: false, widget: true },
  { attribute: 'color-scheme', property: 'colorScheme', type: 'enum', values: ['light', 'dark', 'auto'], default: 'light', remount: false, widget: true },
  { attribute: 'framework-src', property: 'frameworkSrc', type: 'url', absent: 'the bundled framework', remount: true, widget: false },
  { attribute: 'fallback-href', property: 'fallbackHref', type: 'web-link', absent: 'no link', remount: false, widget: true },
  { attribute: 'loading', property: 'loading', type: 'enum', values: ['eager', 'lazy'], default: 'eager', remount: false, widget: false },
];
