// Shared helpers for the browser tests (node:test + playwright-core).
//
// Uses the engine named by $LSC_ENGINE from Debian's packages (engines.mjs; no
// `playwright install`: browser downloads are not possible here) and serves the built widget with scripts/serve.mjs on a
// free loopback port. Every page is instrumented so tests can assert that it
// logged no errors and contacted no third party: the widget promises both.
//
// Typical use, one browser and one server per test file:
//
//   import { test } from 'node:test';
//   import { useBrowser, waitForWidget, assertCleanPage } from './harness.mjs';
//   const browser = useBrowser();
//   test('renders', async () => {
//     const page = await browser.open('/index.html', { viewport: { width: 320, height: 800 } });
//     const root = await waitForWidget(page);
//     ...
//     assertCleanPage(page);
//   });

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { isBrowserReport, launchEngine, preparePage } from './engines.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folder served to the browser: $LSC_DIST (relative to the repo root) or dist/. */
export const DIST_DIR = path.resolve(REPO_ROOT, process.env.LSC_DIST || 'dist');
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
// The Wasm's root, never the prerendered first screen's (#22): the Wasm renders its root in a
// container of its own (src/app/mount.rs), the loader puts the first screen in the shadow root
// itself. A test acting on the widget then cannot reach the first screen as the Wasm replaces it.
export const WIDGET_ROOT_SELECTOR = '[role="none"] > [data-lsc-root]';
const WIDGET_EVENTS = ['lsc:ready', 'lsc:error', 'lsc:complete'];

/** Launch the engine under test (engines.mjs: $LSC_ENGINE), headless. Caller must close it. */
export const launchBrowser = launchEngine;

// Per-page records, kept outside the Page object so Playwright types stay clean.
const records = new WeakMap();

/**
 * What a page did that tests may want to assert on.
 * @returns {{ pageErrors: Error[], consoleErrors: string[], externalRequests: string[], requests: string[] }}
 */
export function diagnostics(page) {
  const rec = records.get(page);
  if (!rec) throw new Error('diagnostics(): page was not opened through the harness');
  return rec;
}

/**
 * The first module of the Wasm each time the page fetched it (the later modules, src/split, are
 * fetched too once the page is idle, each once: later.test.mjs).
 */
export function firstModuleFetches(page) {
  const later = /\/(split|chunk)_\w+\.[0-9a-f]+\.wasm$/;
  return diagnostics(page).requests.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.wasm') && !later.test(p));
}

function describeProblems(rec) {
  const lines = [
    ...rec.pageErrors.map((e) => `  uncaught: ${e.stack || e.message}`),
    ...rec.consoleErrors.map((m) => `  console.error: ${m}`),
    ...rec.externalRequests.map((u) => `  external request (blocked): ${u}`),
  ];
  return lines.length ? lines.join('\n') : '  (no errors or external requests recorded)';
}

/** Fail unless the page had no uncaught exceptions and no console errors. */
export function assertNoErrors(page) {
  const { pageErrors, consoleErrors } = diagnostics(page);
  assert.ok(
    pageErrors.length === 0 && consoleErrors.length === 0,
    `Page reported errors:\n${describeProblems({ pageErrors, consoleErrors, externalRequests: [] })}`,
  );
}

/** Fail if the page tried to reach anything but the local test server. */
export function assertNoExternalRequests(page) {
  const { externalRequests } = diagnostics(page);
  assert.deepEqual(externalRequests, [], `Page tried to contact third parties:\n  ${externalRequests.join('\n  ')}`);
}

/** Both of the above: the usual end-of-test check. */
export function assertCleanPage(page) {
  assertNoExternalRequests(page);
  assertNoErrors(page);
}

/**
 * New isolated context (fresh storage) + page, instrumented, navigated to
 * `urlPath` on `baseURL`. Throws if the document does not load with
 * `expectStatus` (pass null to skip), usually meaning dist/ is not built.
 * `setup(page)`, if given, runs after instrumentation and before navigation:
 * the place for page.addInitScript() and page.route() (routes registered
 * there take precedence over the harness's third-party blocking).
 */
async function openPage(browser, baseURL, urlPath, options = {}) {
  const {
    viewport = DEFAULT_VIEWPORT,
    waitUntil = 'load',
    expectStatus = 200,
    setup,
    ...contextOptions
  } = options;
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'block', // their fetches would bypass routing below
    ...contextOptions,
  });
  const page = await context.newPage();
  const rec = { pageErrors: [], consoleErrors: [], externalRequests: [], requests: [] };
  records.set(page, rec);

  page.on('pageerror', (err) => {
    if (isBrowserReport(String(err))) rec.consoleErrors.push(String(err));
    else rec.pageErrors.push(err);
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    rec.consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
  });
  // WebSockets are not routed; record them so they still count as external.
  page.on('websocket', (ws) => rec.externalRequests.push(ws.url()));

  // Route at context level so popups and workers are covered too.
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      rec.requests.push(url);
      return route.continue();
    }
    rec.externalRequests.push(url);
    return route.abort('blockedbyclient');
  });

  // Init scripts run in the test's own (http) documents only: Firefox also runs them in the blank
  // document a new tab starts with (no address yet), where storage and the clipboard throw.
  const addInitScript = page.addInitScript.bind(page);
  page.addInitScript = (script, arg) =>
    addInitScript({ content: `if (location.protocol.startsWith('http')) (${script})(${JSON.stringify(arg)});` });

  // What each widget told the page (lsc:ready, lsc:error, lsc:complete), kept on its element as
  // `{ type, detail, bubbles, composed }`, so that tests wait for the widget's own word
  // (waitForWidget(), heard(), waitForWidgetEvent()) rather than for time. On the context, so a
  // second tab (`page.context().newPage()`) is heard too: without it waitForWidget() there could
  // read the prerendered screen at the moment the Wasm's replaced it.
  await context.addInitScript((types) => {
    window.__lscHearing = true;
    for (const type of types) {
      // The element the widget dispatched on, even inside another component's open shadow
      // root (where window sees the event retargeted to that component's host).
      const record = (e) =>
        ((e.composedPath()[0] ?? e.target).__lscHeard ??= []).push({
          type: e.type,
          detail: e.detail == null ? null : JSON.parse(JSON.stringify(e.detail)),
          bubbles: e.bubbles,
          composed: e.composed,
        });
      addEventListener(type, record, true);
    }
  }, WIDGET_EVENTS);
  await preparePage(page);
  if (setup) await setup(page);
  const response = await page.goto(urlPath, { waitUntil });
  if (expectStatus !== null && response?.status() !== expectStatus) {
    const status = response?.status();
    await context.close();
    throw new Error(`GET ${urlPath} returned ${status}, expected ${expectStatus} (served from ${baseURL}; is it built?)`);
  }
  return page;
}

/**
 * Register node:test before/after hooks that start one server and one
 * browser for the enclosing file (or describe block).
 *
 * @param {object} [options]
 * @param {string} [options.root=DIST_DIR] folder to serve
 * @param {(urlPath: string) => Record<string, string>} [options.headers]
 *        extra response headers per path (e.g. a strict CSP for one page)
 * @param {object} [options.launchOptions] passed to chromium.launch
 * @returns {{ readonly browser: import('playwright-core').Browser, readonly baseURL: string,
 *             url(p?: string): string,
 *             open(p?: string, opts?: object): Promise<import('playwright-core').Page> }}
 */
export function useBrowser({ root = DIST_DIR, headers, launchOptions } = {}) {
  let browser;
  let server;

  before(async () => {
    server = await startServer({ root, port: 0, headers });
    browser = await launchBrowser(launchOptions);
  });
  after(async () => {
    await browser?.close(); // closes every context opened below
    await server?.close();
  });

  const ready = () => {
    if (!browser || !server) throw new Error('useBrowser(): use only inside tests (after the before hook ran)');
  };
  return {
    get browser() {
      ready();
      return browser;
    },
    get baseURL() {
      ready();
      return server.url;
    },
    url(urlPath = '/') {
      ready();
      return new URL(urlPath, server.url).href;
    },
    /** Open `urlPath` in a fresh context. Options: viewport, waitUntil, expectStatus, setup(page), any newContext option. */
    open(urlPath = '/index.html', opts) {
      ready();
      return openPage(browser, server.url, urlPath, opts);
    },
  };
}

/**
 * One-off: start a server and browser, open a page, run `fn(page)`, clean
 * up. Handy for a single test with its own headers; prefer useBrowser() for
 * several tests, as each call launches Chromium.
 */
export async function withPage(fn, { path: urlPath = '/index.html', root = DIST_DIR, headers, ...openOptions } = {}) {
  const server = await startServer({ root, port: 0, headers });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await openPage(browser, server.url, urlPath, openOptions);
    return await fn(page);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/**
 * Wait until `selector` (the widget host) has an *open* shadow root that
 * contains the Wasm's `[data-lsc-root]`, and return a Locator for that element.
 * A CSS locator pierces open shadow roots only, so a closed root times out
 * here, and a light-DOM match is rejected below. 45 s: with three engines on two cores, WebKit
 * once took over 15 s to start a widget that then worked. On a page opened through the harness
 * it then waits for the widget to say it is ready (lsc:ready, or lsc:error for a document it
 * could not use): its first render is committed and its effects have run.
 */
export async function waitForWidget(page, selector = 'leadership-self-check', { timeout = 45_000 } = {}) {
  const root = page.locator(`${selector} ${WIDGET_ROOT_SELECTOR}`).first();
  try {
    await root.waitFor({ state: 'attached', timeout });
  } catch (err) {
    const rec = records.get(page);
    throw new Error(
      `Widget ${selector} did not render ${WIDGET_ROOT_SELECTOR} in an open shadow root within ${timeout} ms.\n` +
        (rec ? describeProblems(rec) : ''),
      { cause: err },
    );
  }
  await heard(root, ['lsc:ready', 'lsc:error']);
  // The locator would also match a light-DOM child; insist on the shadow root.
  const inShadow = await root.evaluate(
    (el, hostSel) => el.getRootNode() instanceof ShadowRoot && el.getRootNode().host.matches(hostSel),
    selector,
  );
  assert.ok(inShadow, `${WIDGET_ROOT_SELECTOR} was found under ${selector} but not inside its shadow root`);
  return root;
}

/**
 * Wait until the widget whose root is `root` has dispatched one of `types` (e.g. 'lsc:complete'
 * once the results are shown) since its element was added; at once on a page the harness did
 * not open (nothing is recorded there). A prerendered screen the Wasm has just replaced is in no
 * shadow root: not heard yet, asked again.
 */
export async function heard(root, types, { timeout = 15_000 } = {}) {
  const wanted = [types].flat();
  let seen;
  await eventually(
    async () => {
      seen = await root.evaluate((el) => (window.__lscHearing ? (el.getRootNode().host?.__lscHeard ?? []).map((e) => e.type) : null));
      return seen === null || seen.some((t) => wanted.includes(t));
    },
    () => `the widget did not dispatch ${wanted.join(' or ')}; it dispatched: ${JSON.stringify(seen)}`,
    { timeout },
  );
}

/**
 * A fresh, mutable copy of the bundled framework document (framework.json),
 * for expectations and for deriving altered documents to serve with routeJson().
 */
export function readFramework() {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'framework.json'), 'utf8'));
}

/**
 * Answer requests for the path `urlPath` (e.g. '/alt-framework.json', any
 * origin, any query) from this page with `value` as JSON; a string is sent as
 * is, so malformed documents can be served too. Takes precedence over the
 * harness's routing, and nothing is written to dist/. Usable before or after
 * navigation (e.g. in open()'s `setup`).
 */
export async function routeJson(page, urlPath, value, { status = 200 } = {}) {
  await page.route(
    (url) => url.pathname === urlPath,
    (route) =>
      route.fulfill({
        status,
        contentType: 'application/json; charset=utf-8',
        body: typeof value === 'string' ? value : JSON.stringify(value),
      }),
  );
}

/**
 * Add a new <leadership-self-check id=…> with `attributes` (e.g.
 * `{ 'framework-src': '/alt.json' }`) at the end of the page's body (the events it dispatches
 * are recorded, as on every page the harness opens), and mount it with
 * `window.LeadershipSelfCheck.mount(el, options)` (embed.js must have run).
 *
 * @returns {Promise<{ selector: string, host: import('playwright-core').Locator, mounted: boolean }>}
 *          `mounted` is false when mount() resolved to null (embed.js showed its failure box).
 */
export async function mountWidget(page, { id = 'lsc-under-test', attributes = {}, options } = {}) {
  const mounted = await page.evaluate(
    async ({ id, attributes, options }) => {
      if (!window.LeadershipSelfCheck) throw new Error('window.LeadershipSelfCheck is missing: embed.js did not run');
      const el = document.createElement('leadership-self-check');
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      const handle = await window.LeadershipSelfCheck.mount(el, options);
      return handle !== null && handle !== undefined;
    },
    { id, attributes, options },
  );
  const selector = `#${id}`;
  return { selector, host: page.locator(selector), mounted };
}

/**
 * The lsc:* events recorded so far on the widget element with id `id` (e.g. one added with
 * mountWidget()): `[{ type, detail, bubbles, composed }]`.
 */
export function widgetEvents(page, id = 'lsc-under-test') {
  return page.evaluate((id) => document.getElementById(id)?.__lscHeard ?? [], id);
}

/** Wait until the widget element with id `id` has dispatched `type`; returns that event's record. */
export async function waitForWidgetEvent(page, type, { id = 'lsc-under-test', timeout = 15_000 } = {}) {
  try {
    const handle = await page.waitForFunction(
      ({ id, type }) => document.getElementById(id)?.__lscHeard?.find((e) => e.type === type),
      { id, type },
      { timeout },
    );
    return await handle.jsonValue();
  } catch (err) {
    const seen = await widgetEvents(page, id).catch(() => []);
    throw new Error(
      `#${id} did not dispatch ${type} within ${timeout} ms; events seen: ${JSON.stringify(seen)}\n` +
        describeProblems(diagnostics(page)),
      { cause: err },
    );
  }
}

/**
 * Answer requests for the path `urlPath` (e.g. '/test-full.html') from this page with `html`
 * as an HTML document, so a test can embed the widget with its own attributes without writing
 * to dist/. Use in open()'s `setup` and then open that path; relative URLs in it (embed.js)
 * resolve against the test server. `headers` are sent with it (e.g. a Content-Security-Policy).
 */
export async function routeHtml(page, urlPath, html, { status = 200, headers = {} } = {}) {
  await page.route(
    (url) => url.pathname === urlPath,
    (route) => route.fulfill({ status, headers, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * A minimal partner page with `body` as its content (one header, then the body) that includes
 * embed.js, as the HTML text for routeHtml(). `head` is added to the head, after the script.
 */
export function pageHtml(body, { head = '', title = 'Embed test' } = {}) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>
<script src="/embed.js" defer></script>${head}</head><body><header id="site">Partner header</header>${body}</body></html>`;
}

/**
 * Open a partner page made of `body` (see pageHtml(); `head` and `headers` as there and in
 * routeHtml()), with every lsc:error recorded for lscErrors(). `setup(page)` runs before
 * navigation, for more routes and init scripts.
 */
export function openPartnerPage(browser, body, { head, headers, setup, path: urlPath = '/partner-under-test.html', ...options } = {}) {
  return browser.open(urlPath, {
    ...options,
    setup: async (p) => {
      await routeHtml(p, urlPath, pageHtml(body, { head }), { headers });
      await p.addInitScript(() => {
        window.__lscErrors = [];
        document.addEventListener('lsc:error', (e) => window.__lscErrors.push({ id: e.target.id, ...e.detail }));
      });
      if (setup) await setup(p);
    },
  });
}

/** The lsc:error details recorded on a page opened with openPartnerPage(): `[{ id, message, code? }]`. */
export const lscErrors = (page) => page.evaluate(() => window.__lscErrors);

/**
 * A minimal page embedding one widget with `attributes` (e.g. `{ mode: 'full' }`), as the
 * HTML text for routeHtml().
 */
export function widgetPageHtml(attributes = {}, { title = 'Widget under test' } = {}) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${esc(title)}</title><script src="/embed.js" defer></script></head>
<body><p>${esc(title)}</p><leadership-self-check${attrs}></leadership-self-check></body>
</html>
`;
}

/** Poll `fn` (async, truthy when done) until it passes; fail with `message` (a string, or an
 * async function that describes what was seen instead). */
export async function eventually(fn, message, { timeout = 5_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) {
      assert.fail(`${typeof message === 'function' ? await message() : message} (still false after ${timeout} ms)`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Page openers for one test file: `openWidget(path, opts)` opens a page and waits for its
 * widget; `openWithAttributes(attributes, opts)` opens a routed page that embeds one widget with
 * those attributes. `defaults` gives the default path, extra open() options and the routed page.
 */
export function widgetOpener(browser, { path: defaultPath = '/plain.html', routedPath = '/test-widget.html', title, ...defaults } = {}) {
  async function openWidget(urlPath = defaultPath, opts = {}) {
    const page = await browser.open(urlPath, { ...defaults, ...opts });
    const root = await waitForWidget(page);
    return { page, root };
  }
  function openWithAttributes(attributes, opts = {}) {
    const { setup } = opts;
    return openWidget(routedPath, {
      ...opts,
      setup: async (page) => {
        await routeHtml(page, routedPath, widgetPageHtml(attributes, title ? { title } : {}));
        if (setup) await setup(page);
      },
    });
  }
  return { openWidget, openWithAttributes };
}
