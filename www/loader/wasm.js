// @ts-check
// The Wasm: downloaded with its integrity hash, compiled and instantiated once per page however
// many widgets there are. Each way this can fail becomes a reason a web team can act on.

import initWasm from '../../pkg/leadership_self_check.js';
import { base } from './base.js';
import { afterReports, cspFailure } from './csp.js';
import { TIMED_OUT, fetchWithin } from './download.js';
import { failure, isFailure, text } from './errors.js';

/* The release's Wasm file and its SRI hash, filled in by scripts/package.mjs. */
export const WASM_FILE = __LSC_WASM_FILE__;
const WASM_INTEGRITY = __LSC_WASM_INTEGRITY__;

/** @param {ArrayBuffer} bytes */
function isWasm(bytes) {
  const b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return b.length === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;
}

/**
 * With an integrity hash, any failure, even a 404, looks the same: a network error. Only then is
 * the file fetched once more without the hash, to tell the web team what is actually wrong.
 * @param {string} url
 */
function diagnose(url) {
  return fetchWithin(url, { credentials: 'same-origin', cache: 'no-store' }, async (response) => {
    if (!response.ok) {
      return failure('download', url + ' answered HTTP ' + response.status + ': deploy every file of ' +
        'the release folder at ' + base.href + ', and keep the files of earlier releases');
    }
    const type = response.headers.get('content-type') || 'no content type';
    return isWasm(await response.arrayBuffer())
      ? failure('download', url + ' does not match its integrity hash: files of different releases ' +
        'were mixed (deploy the whole release folder), or the file was changed on its way')
      : failure('download', url + " is not the widget's WebAssembly file (the server sent " + type +
        '): check that the release folder is deployed at ' + base.href);
  }).catch(afterReports((err) => cspFailure(err, url) || downloadFailure(url, err)));
}

/** @param {string} url @param {unknown} err */
function downloadFailure(url, err) {
  return text(err) === TIMED_OUT
    ? failure('download', url + ' ' + TIMED_OUT + ': the server or the network is too slow, or stalled part way')
    : failure('download', url + ' could not be downloaded (' + text(err) +
      '): a network error, or a server on another origin that does not send Access-Control-Allow-Origin');
}

/**
 * Past the integrity check the bytes are right, so a Wasm that does not compile or link means a
 * browser without a WebAssembly feature the build uses: reloading will not help.
 * @param {unknown} err
 */
export function notSupported(err) {
  if (!(err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError)) return null;
  return failure('browser', "this browser cannot compile the widget's WebAssembly: " + text(err));
}

/** Downloads and compiles the Wasm. @returns {Promise<WebAssembly.Module>} */
function compile() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.compile !== 'function') {
    return Promise.reject(failure('browser', 'this browser does not support WebAssembly'));
  }
  // The widget's styles are a constructed stylesheet (box.js): without them it would be unusable.
  if (typeof ShadowRoot !== 'function' || !('adoptedStyleSheets' in ShadowRoot.prototype)) {
    return Promise.reject(failure('browser', 'this browser cannot give the widget its styles (no constructable stylesheets)'));
  }
  const url = new URL(WASM_FILE, base).href;
  let headers = false;
  return fetchWithin(url, { integrity: WASM_INTEGRITY, credentials: 'same-origin' }, (response) => {
    headers = true;
    // Past the integrity check, these are the release's own bytes, whatever the server says.
    const type = (response.headers.get('content-type') || '').split(';')[0].trim();
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    // It still works, only more slowly: tell the web team, not the visitor.
    console.warn('leadership-self-check: ' + url + ' is served as "' + type +
      '"; serve .wasm files as application/wasm so that browsers compile them while downloading.');
    return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  }).catch(async (/** @type {unknown} */ err) => {
    if (isFailure(err)) throw err;
    if (text(err) === TIMED_OUT) throw downloadFailure(url, err);
    if (!headers) throw await diagnose(url);
    throw await afterReports((e) => cspFailure(e) || notSupported(e) ||
      failure('download', url + ' could not be downloaded completely: ' + text(e)))(err);
  });
}

/** @type {Promise<unknown> | null} */
let loading = null;

/**
 * The widget's Wasm, ready to mount widgets: downloaded and started once for all the widgets on
 * the page. A failed attempt is forgotten, so that a widget mounted later tries again.
 */
export function loadWasm() {
  if (!loading) {
    loading = compile().then((module) =>
      initWasm({ module_or_path: module }).catch((err) => {
        // WebKit applies the page's CSP here, when instantiating, not when compiling.
        throw cspFailure(err) || notSupported(err) || failure('stopped', 'the widget could not start: ' + text(err));
      }));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
