// The browser engines the tests run in, from Debian's packages (no browser downloads):
// LSC_ENGINE=chromium (default), firefox or webkit. Tests say what a visitor does through Playwright's
// API; this file is the one place that knows how each engine is launched, and which tests need a
// facility only Chromium has (chromiumOnly()). WebKit is driven through WebDriver (webkit.mjs).

import { createRequire } from 'node:module';
import { chromium, firefox } from 'playwright-core';
import { firefoxEnvironment } from './firefox-environment.mjs';
import { launchWebKit } from './webkit.mjs';

// A browser with no session bus has GLib autolaunch one, which outlives it (issue #25). run.mjs
// gives every browser a bus of the run's own (session.mjs); a suite run on its own with
// node --test gets the address of no bus instead, so that nothing is autolaunched.
process.env.DBUS_SESSION_BUS_ADDRESS ||= 'disabled:';

export const ENGINE = process.env.LSC_ENGINE || 'chromium';
const ENGINES = ['chromium', 'firefox', 'webkit'];
if (!ENGINES.includes(ENGINE)) throw new Error(`LSC_ENGINE=${ENGINE}: expected one of ${ENGINES.join(', ')}`);

/** The whole browser, as visitors run it: the benchmarks (scripts/bench*.mjs) measure with it. */
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';
/**
 * The tests' Chromium: Debian's headless shell, the same engine (Blink, V8) without the browser's
 * own interface, as Playwright runs headless Chromium by default. The whole browser started, beside
 * each test's page, a renderer for its own interface (--top-chrome-webui).
 */
export const CHROMIUM_TEST_PATH = process.env.CHROMIUM_TEST || '/usr/bin/chromium-headless-shell';
export const FIREFOX_PATH = process.env.FIREFOX || '/usr/bin/firefox-esr';
// Quiet, deterministic Chromium: no GPU in containers, no sandbox as root,
// and no background traffic that would show up as "third-party requests".
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * node:test options for a test that needs a facility only Chromium has (a DevTools-protocol
 * call): `test(name, chromiumOnly('why'), fn)`. Elsewhere it is skipped with that reason, which
 * the summary (run.mjs) counts as "Chromium only".
 */
export function chromiumOnly(reason) {
  return { skip: ENGINE === 'chromium' ? false : `Chromium only: ${reason}` };
}

/** The whole Chromium, headless, with the tests' flags: what the benchmarks measure. Caller must close it. */
export function launchWholeChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Launch the engine under test, headless. Caller must close it. */
export function launchEngine(launchOptions = {}) {
  if (ENGINE === 'webkit') return launchWebKit();
  if (ENGINE === 'firefox') {
    answerWhatFirefoxEsrLacks();
    return firefox.launch({
      channel: 'moz-firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: firefoxEnvironment(),
      ...launchOptions,
    });
  }
  return chromium.launch({ executablePath: CHROMIUM_TEST_PATH, headless: true, args: CHROMIUM_ARGS, ...launchOptions });
}

// Playwright drives stock Firefox over WebDriver BiDi and sends, with every new context, a
// command Firefox ESR does not have yet (emulating `prefers-color-scheme`). Answering it here,
// on Playwright's own socket, lets everything else run; tests that emulate a colour scheme say
// so through emulates() below.
const FIREFOX_ESR_LACKS = new Set(['emulation.setMediaFeaturesOverride']);
let answering = false;
function answerWhatFirefoxEsrLacks() {
  if (answering) return;
  answering = true;
  const { ws } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
  const send = ws.prototype.send;
  ws.prototype.send = function (data, ...rest) {
    const message = typeof data === 'string' && data.startsWith('{"id"') ? JSON.parse(data) : null;
    if (!message || !FIREFOX_ESR_LACKS.has(message.method)) return send.call(this, data, ...rest);
    const reply = JSON.stringify({ type: 'success', id: message.id, result: {} });
    setImmediate(() => this.emit('message', Buffer.from(reply), false));
  };
}

/**
 * node:test options for a test that the driver of some engines cannot perform (e.g. WebDriver
 * has no colour-scheme emulation): `test(name, notIn(['webkit'], 'why'), fn)`. The summary
 * counts these apart from the Chromium-only tests.
 */
export function notIn(engines, reason) {
  return { skip: engines.includes(ENGINE) ? `Not in ${ENGINE}: ${reason}` : false };
}

/**
 * Firefox reports a blocked load (Content-Security-Policy, a failed integrity check) through the
 * channel Playwright reads uncaught exceptions from; it is the browser's report, as Chromium's
 * console error is, so the harness files it with the console errors.
 */
export const isBrowserReport = (message) =>
  ENGINE === 'firefox' && /^(Content-Security-Policy: |None of the “sha\d+” hashes in the integrity attribute)/.test(message);

/** Let the page read the clipboard: Chromium asks for permission, Firefox allows it under automation. */
export async function allowClipboard(context) {
  if (ENGINE === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** Before navigation, on every page the harness opens: what the engine's driver needs there. */
export async function preparePage(page) {
  // Firefox ESR's WebDriver BiDi and WebDriver report no downloads: record the file the page
  // hands the browser (a link with `download` to a blob), for downloaded() below.
  if (ENGINE !== 'chromium') {
    await page.addInitScript(() => {
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download && this.href.startsWith('blob:')) {
          const file = { name: this.download, text: null };
          (window.__lscDownloads ??= []).push(file);
          fetch(this.href).then((r) => r.text()).then((text) => (file.text = text));
        }
        return click.call(this);
      };
    });
  }
}

/** The file saved when `click()` runs: `{ name, text }`. */
export async function downloaded(page, click) {
  if (ENGINE === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    let text = '';
    for await (const chunk of await download.createReadStream()) text += chunk;
    return { name: download.suggestedFilename(), text };
  }
  await click();
  const file = await page.waitForFunction(() => window.__lscDownloads?.find((f) => f.text !== null));
  return file.jsonValue();
}
