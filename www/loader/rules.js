// @ts-check
// The rule for a link the widget offers (fallback-href, and any option of type web-link in the
// option table): one that can only lead to a web page.

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
