// @ts-check
// One fresh page load for the benchmarks (bench.mjs, bench-peer.mjs): a new context with an empty
// cache, throttled to mobile when asked, recording what would make its timings meaningless, and
// the instrumentation's marks awaited.

import { DEFAULT_VIEWPORT } from '../tests/browser/harness.mjs';
import { throttle } from './bench-mobile.mjs';

// Headless Chromium asks the site for /favicon.ico by itself (a 404 here): the site's, not the widget's.
export const isFavicon = (/** @type {string} */ url) => Boolean(url) && URL.canParse(url) && new URL(url).pathname === '/favicon.ico';

/**
 * A fresh context and page for `url`, and its `problems` as they happen: uncaught errors,
 * console errors and any third-party request.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ mobile?: boolean }} [options]
 */
export async function freshPage(browser, url, { mobile = false } = {}) {
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'block' });
  const page = await context.newPage();
  if (mobile) await throttle(await context.newCDPSession(page));
  /** @type {string[]} */
  const problems = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isFavicon(msg.location().url)) problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) problems.push(`third-party request: ${u}`);
  });
  return { context, page, problems };
}

/**
 * Navigates to `url` and waits until the instrumentation's marks include every one of `until`
 * (or an error): the marks then, or undefined; a timeout is added to `problems`.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string[]} until
 * @param {string[]} problems
 */
export async function loadUntil(page, url, until, problems) {
  await page.goto(url);
  try {
    await page.waitForFunction(
      // @ts-ignore: __lscBench is the instrumentation's.
      (names) => names.every((n) => n in window.__lscBench.marks) || 'error' in window.__lscBench.marks,
      until,
      { timeout: 60_000, polling: 50 },
    );
  } catch {
    problems.push(`did not reach ${until.join(', ')} within 60 s`);
  }
  // @ts-ignore: __lscBench is the instrumentation's.
  return page.evaluate(() => window.__lscBench?.marks).catch(() => undefined);
}
