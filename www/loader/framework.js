// @ts-check
// A framework document named by framework-src: downloaded once per page for all the widgets that
// name it, refused with a reason when it cannot be used.

import { afterReports, cspFailure } from './csp.js';
import { TIMED_OUT, fetchWithin } from './download.js';
import { failure, isFailure, text } from './errors.js';

/** The bundled framework is 19 KB; far larger documents render too slowly on a phone. */
const MAX_FRAMEWORK = 10000000;

/** @type {Map<string, Promise<string>>} */
const documents = new Map();

/**
 * Resolves to the document's text, or undefined for the bundled framework. Never throws
 * synchronously (a malformed URL becomes a rejection). A failed download is forgotten, so that
 * a later mount tries again.
 * @param {string | undefined} src
 * @returns {Promise<string | undefined>}
 */
export async function frameworkText(src) {
  if (!src) return undefined;
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw failure('framework', 'framework-src "' + src + '" is not a valid URL');
  }
  let download = documents.get(url.href);
  if (!download) {
    download = fetchDocument(url.href, src);
    documents.set(url.href, download);
    download.catch(() => documents.delete(url.href));
  }
  return download;
}

/** @param {string} url @param {string} src */
function fetchDocument(url, src) {
  return fetchWithin(url, { credentials: 'same-origin' }, async (r) => {
    if (!r.ok) throw failure('framework', 'framework-src ' + src + ' answered HTTP ' + r.status);
    const json = await r.text();
    if (json.length > MAX_FRAMEWORK) {
      throw failure('framework', 'framework-src ' + src + ' is ' + json.length + ' characters long; the limit is ' + MAX_FRAMEWORK);
    }
    return json;
  }).catch(afterReports((err) => {
    if (isFailure(err)) throw err;
    const csp = cspFailure(err, url);
    throw failure('framework', 'framework-src ' + src + ' could not be fetched: ' + (csp ? csp.message
      : text(err) === TIMED_OUT ? TIMED_OUT + ' (the server or the network is too slow, or stalled part way)'
        : text(err) + ' (a network error, or a server on another origin that does not send Access-Control-Allow-Origin)'));
  }));
}
