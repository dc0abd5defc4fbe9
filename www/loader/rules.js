// @ts-check
// The option rules that the loader's own messages need as much as the widget does, decided here
// only: the loader passes the widget checked values (core/src/options.rs takes them as given).

/** The widget's top heading: h2 unless the partner's page outline needs a lower one. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'];
export const DEFAULT_HEADING_LEVEL = '2';

/**
 * The heading level for an option's value (surrounding spaces aside), or null when it is not one
 * of HEADING_LEVELS.
 * @param {string} value
 */
export function headingLevel(value) {
  const level = value.trim();
  return HEADING_LEVELS.includes(level) ? level : null;
}

/**
 * Whether `href` can only lead to a web page: a relative address, or an absolute one with the
 * http or https scheme. Anything else (`javascript:`, `data:`…) could run script when clicked.
 * Browsers drop tabs and newlines inside URLs ("java\tscript:") and the URL parser keeps a
 * leading no-break space as part of a relative path, so any control or space character inside
 * the trimmed address disqualifies it rather than being guessed about.
 * @param {string} href
 */
export function isWebLink(href) {
  const link = href.trim();
  if (link === '' || /[\p{Cc}\p{Z}\s]/u.test(link)) return false;
  const colon = link.indexOf(':');
  if (colon < 0) return true;
  const path = link.search(/[/?#]/);
  if (path >= 0 && path < colon) return true;
  return /^https?$/i.test(link.slice(0, colon));
}

/**
 * The warning for a value that is not allowed, worded as the widget words its own.
 * @param {string} name
 * @param {string} value
 * @param {string} allowed
 * @param {string} fallback
 */
export function notAllowed(name, value, allowed, fallback) {
  return `${name}="${value}" is not ${allowed}; using the default, ${fallback}.`;
}

/**
 * Checks the two options the loader decides, returning the checked values (a bad one is left
 * out) and one warning for each bad one.
 * @param {{ 'heading-level'?: string, 'fallback-href'?: string }} given
 */
export function checkShared(given) {
  /** @type {{ 'heading-level'?: string, 'fallback-href'?: string }} */
  const checked = {};
  /** @type {string[]} */
  const warnings = [];
  const level = given['heading-level'];
  if (level !== undefined) {
    const ok = headingLevel(level);
    if (ok) checked['heading-level'] = ok;
    else warnings.push(notAllowed('heading-level', level, 'one of ' + HEADING_LEVELS.join(', '), DEFAULT_HEADING_LEVEL));
  }
  const href = given['fallback-href'];
  if (href !== undefined) {
    if (isWebLink(href)) checked['fallback-href'] = href.trim();
    else warnings.push(notAllowed('fallback-href', href, 'a web address (http, https or relative)', 'no link'));
  }
  return { checked, warnings };
}
