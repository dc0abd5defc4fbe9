// The loader: failures stay with their element, and the widget leaves the partner page alone.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnostics, routeHtml, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();

const page2 = (body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Embed test</title>
<script src="/embed.js" defer></script></head><body><header id="site">Partner header</header>${body}</body></html>`;

test('a malformed framework-src URL fails on its own element and the other widgets still load', async () => {
  const html = page2(
    '<leadership-self-check id="bad" framework-src="http://[::1/x.json"></leadership-self-check>' +
      '<leadership-self-check id="good"></leadership-self-check>',
  );
  const page = await browser.open('/embed-under-test.html', {
    setup: async (p) => {
      await routeHtml(p, '/embed-under-test.html', html);
      await p.addInitScript(() => {
        window.__errors = [];
        document.addEventListener('lsc:error', (e) => window.__errors.push({ id: e.target.id, message: e.detail.message }));
      });
    },
  });
  await waitForWidget(page, '#good');
  const alert = page.locator('#bad').getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  assert.match(await alert.innerText(), /could not be loaded/);
  const errors = await page.evaluate(() => window.__errors);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].id, 'bad');
  assert.match(errors[0].message, /framework-src/);
  assert.deepEqual(diagnostics(page).pageErrors, [], 'no uncaught exception in the host page');
});

test('printing the results hides the partner page only while the widget prints', async () => {
  const page = await browser.open('/print-under-test.html', {
    setup: (p) => routeHtml(p, '/print-under-test.html', page2('<main><leadership-self-check view="self-check"></leadership-self-check></main>')),
  });
  const root = await waitForWidget(page);
  // Reach the results quickly: answer every statement "Often".
  for (let step = 0; step < 4; step++) {
    for (const group of await root.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
    await root.getByRole('button', { name: step === 3 ? 'See my results' : 'Next' }).click();
  }
  await root.locator('#lsc-results-heading').waitFor();
  // Headless Chromium does not open a print dialog; record that print() was asked for.
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  await root.getByRole('button', { name: 'Print or save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.emulateMedia({ media: 'print' });
  const headerShown = () => page.locator('#site').evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await headerShown(), false, 'while the widget prints, the partner header is hidden');
  assert.ok(await root.locator('#lsc-results-heading').isVisible(), 'the results print');
  // After printing, the page prints as it always did.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await headerShown(), true, 'after printing, the partner page prints normally again');
});

test('an element added after the page loaded is mounted, and one removed is freed', async () => {
  const page = await browser.open('/late-under-test.html', {
    setup: (p) => routeHtml(p, '/late-under-test.html', page2('<div id="slot"></div>')),
  });
  await page.waitForFunction(() => window.LeadershipSelfCheck);
  await page.evaluate(() => {
    const el = document.createElement('leadership-self-check');
    el.id = 'late';
    el.setAttribute('view', 'framework');
    document.getElementById('slot').append(el);
  });
  const root = await waitForWidget(page, '#late');
  assert.ok(await root.getByRole('button', { name: 'Show all themes' }).isVisible());
  // Removed: the widget is freed, and its shadow root emptied.
  const children = await page.evaluate(() => {
    const el = document.getElementById('late');
    el.remove();
    return el.shadowRoot.childNodes.length;
  });
  assert.equal(children, 0, 'the removed element still holds a widget');
  // Put back: mounted again.
  await page.evaluate(() => document.getElementById('slot').append(document.createElement('leadership-self-check')));
  await waitForWidget(page, '#slot leadership-self-check');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});
