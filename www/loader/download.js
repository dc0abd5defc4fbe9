// @ts-check
// Downloads with a time limit that covers the whole body, not only the headers: a server that
// stalls half way must end in a message, not a box that stays empty for ever.

import { TIMEOUT_MS } from './base.js';

/** The reason given to AbortController.abort(), to tell a time-out from other failures. */
export const TIMED_OUT = 'timed out after ' + TIMEOUT_MS / 1000 + ' s';

/**
 * fetch(url, init), and `use(response)` on its answer, aborted (body included) when both have
 * not finished within TIMEOUT_MS. A time-out rejects with Error(TIMED_OUT).
 * @template T
 * @param {string | URL} url
 * @param {RequestInit} init
 * @param {(response: Response) => Promise<T>} use
 * @returns {Promise<T>}
 */
export function fetchWithin(url, init, use) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(TIMED_OUT)), TIMEOUT_MS);
  return fetch(url, { ...init, signal: abort.signal })
    .then(use)
    .catch((err) => {
      throw abort.signal.aborted ? abort.signal.reason : err;
    })
    .finally(() => clearTimeout(timer));
}
