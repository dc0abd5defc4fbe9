// The widget on a WordPress page, for the single-site and the network tests: wait for the Wasm's
// screen in a widget element, and when it does not come, say what the page showed and fetched
// instead, so that a failure names its cause (it named the network's stale config, session 11).

import { WIDGET_ROOT_SELECTOR } from '../browser/harness.mjs';

export const WIDGET = '[data-leadership-self-check]';

/** @type {WeakMap<import('playwright-core').Page, string[]>} */
const logs = new WeakMap();

/** From now on, record what `page` fetches (status, or why it failed) and the errors it reports, each with its time. */
export function watch(page) {
  const log = [];
  const start = Date.now();
  const at = () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
  page.on('response', (r) => log.push(`${at()} ${r.status()} ${r.url()}`));
  page.on('requestfinished', (r) => log.push(`${at()} finished ${r.url()}`));
  page.on('requestfailed', (r) => log.push(`${at()} failed (${r.failure()?.errorText}) ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && log.push(`${at()} console.error: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`${at()} uncaught: ${e}`));
  logs.set(page, log);
}

/**
 * Waits until the `index`-th widget element of `page` holds the Wasm's screen. The time allowed
 * is the browser tests' (waitForWidget() in ../browser/harness.mjs): a loaded machine may need it.
 */
export async function wasmScreen(page, index = 0, { timeout = 45_000 } = {}) {
  const widget = page.locator(WIDGET).nth(index);
  try {
    await widget.locator(WIDGET_ROOT_SELECTOR).waitFor({ state: 'attached', timeout });
  } catch (err) {
    const shown =
      (await page.locator(WIDGET).count()) <= index
        ? `no widget element; the page: ${await page.locator('body').innerText()}`
        : await widget
            .evaluate((el) => `${el.shadowRoot ? 'shadow root' : 'no shadow root'}: ${(el.shadowRoot ?? el).textContent}`)
            .catch((e) => `(not read: ${e.message})`);
    const log = logs.get(page) ?? ['(the page was not watched)'];
    throw new Error(
      `widget ${index} of ${page.url()} did not show the Wasm's screen in ${timeout} ms.\n` +
        `It showed (${shown.replace(/\s+/g, ' ').slice(0, 400)})\nThe page's requests and errors:\n  ${log.join('\n  ')}`,
      { cause: err },
    );
  }
}
