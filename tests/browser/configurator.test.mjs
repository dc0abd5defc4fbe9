// The configurator for web teams (embed.html): the preview is the real widget with the options
// chosen, and the snippet it gives, pasted into a blank page under the strict CSP, works.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { allowClipboard, ENGINE } from './engines.mjs';
import { DIST_DIR, diagnostics, eventually, routeHtml, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8'));

const openConfigurator = () =>
  browser.open('/embed.html', {
    setup: (p) => p.addInitScript(() => {
      window.__refused = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(`${e.violatedDirective} ${e.blockedURI}`));
    }),
  });

test('the snippet from the configurator, pasted into a blank page under the strict CSP, gives the widget chosen', async () => {
  const page = await openConfigurator();
  await waitForWidget(page, '#preview leadership-self-check');
  await page.getByLabel('The self-check only').check();
  await page.getByLabel(/Full: all 39 key behaviours/).check();
  await page.getByLabel("Level of the widget's main heading").selectOption('3');
  await page.getByLabel('Use my own colours').check();
  await page.getByLabel('Buttons and links').fill('#5c2d91');
  await page.getByLabel(/A <div data-leadership-self-check>/).check();

  // The preview is the widget with those options.
  const preview = await waitForWidget(page, '#preview [data-leadership-self-check]');
  assert.equal(await preview.locator('fieldset').count(), 7, 'full mode: the first theme\'s seven statements');
  assert.equal(await preview.getByRole('button', { name: 'Next' }).evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(92, 45, 145)');

  const html = await page.getByLabel('HTML', { exact: true }).inputValue();
  const css = await page.getByLabel("CSS for your site's stylesheet").inputValue();
  const src = new URL(manifest.embed.file, page.url()).href;
  assert.equal(html, `<script src="${src}" integrity="${manifest.embed.integrity}" crossorigin="anonymous" defer></script>\n` +
    '<div data-leadership-self-check data-view="self-check" data-mode="full" data-heading-level="3"></div>');
  assert.match(css, /^\[data-leadership-self-check\] \{\n {2}--lsc-accent: #5c2d91;\n {2}--lsc-on-accent: #ffffff;/);
  assert.deepEqual(await page.evaluate(() => window.__refused), [], 'the configurator itself runs under the strict CSP');

  // Pasted into a blank page, with the CSS in its stylesheet, under the strict policy.
  const blank = await browser.open('/pasted.html', {
    setup: async (p) => {
      await routeHtml(p, '/pasted.html',
        `<!doctype html><html lang="en"><head><title>Pasted</title><link rel="stylesheet" href="/pasted.css"></head><body>${html}</body></html>`,
        { headers: { 'Content-Security-Policy': STRICT_CSP } });
      await p.route((u) => u.pathname === '/pasted.css', (r) => r.fulfill({ contentType: 'text/css', body: css }));
    },
  });
  const root = await waitForWidget(blank, '[data-leadership-self-check]');
  assert.equal(await root.locator('fieldset').count(), 7);
  assert.equal(await root.locator('h3').first().isVisible(), true);
  assert.equal(await root.getByRole('button', { name: 'Next' }).evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(92, 45, 145)');
  assert.deepEqual(diagnostics(blank).pageErrors, []);
  assert.deepEqual(diagnostics(blank).consoleErrors, []);
});

test('the copy button copies the snippet, and colours below AA contrast are called out', async (t) => {
  const page = await openConfigurator();
  await allowClipboard(page.context());
  // WebDriver can neither grant WebKit the clipboard nor read it back, and whether WebKit allows
  // the write then depends on timing (a run under load never said "Copied"): there the write is
  // recorded instead, so the page's handling of it is what is tested.
  const webkit = ENGINE === 'webkit';
  if (webkit) await page.evaluate(() => (navigator.clipboard.writeText = async (text) => void (window.__copied = text)));
  await page.getByRole('button', { name: 'Copy the HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
  await t.test('what is on the clipboard', async () => {
    const copied = await page.evaluate((webkit) => (webkit ? window.__copied : navigator.clipboard.readText()), webkit);
    assert.equal(copied, await page.getByLabel('HTML', { exact: true }).inputValue());
    assert.match(copied, /^<script src="[^"]+\/embed\.[0-9a-f]{12}\.js" integrity="sha384-/);
    assert.match(copied, /<leadership-self-check><\/leadership-self-check>$/, 'defaults are left out of the snippet');
  });

  const warning = page.locator('#contrast');
  await page.getByLabel('Use my own colours').check();
  assert.equal(await warning.innerText(), '');
  await page.getByLabel('Text', { exact: true }).fill('#999999');
  await eventually(async () => /text on the background/.test(await warning.innerText()), 'no contrast warning for grey text');
  // A dark background: the whole palette follows (panels, secondary text, error colour, native
  // controls), and the default blue links are now too dark to read on it.
  await page.getByLabel('Text', { exact: true }).fill('#ffffff');
  await page.getByLabel('Background').fill('#000000');
  await eventually(async () => (await warning.innerText()).includes('links on the background, links on panels'),
    async () => `warning: ${await warning.innerText()}`);
  assert.doesNotMatch(await warning.innerText(), /text on|secondary|error|button/);
  assert.match(await page.getByLabel('HTML', { exact: true }).inputValue(), /<leadership-self-check color-scheme="dark">/);
  const css = await page.getByLabel("CSS for your site's stylesheet").inputValue();
  for (const property of ['--lsc-muted: #bfbfbf', '--lsc-panel: #0f0f0f', '--lsc-error: #f47738']) assert.ok(css.includes(property), `${property} in\n${css}`);
  assert.deepEqual(diagnostics(page).pageErrors, []);
});
