// The element's attributes: what a partner chooses to show, and what happens with a bad value.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoExternalRequests, diagnostics, routeHtml, useBrowser, waitForWidget, widgetPageHtml } from './harness.mjs';

const browser = useBrowser();

/** Opens a page with one widget carrying `attributes`, recording its lsc:* events. */
async function open(attributes) {
  const page = await browser.open('/options-under-test.html', {
    setup: async (p) => {
      await routeHtml(p, '/options-under-test.html', widgetPageHtml(attributes));
      await p.addInitScript(() => {
        window.__events = [];
        for (const type of ['lsc:ready', 'lsc:error']) {
          document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail }));
        }
      });
    },
  });
  const root = await waitForWidget(page);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'lsc:ready'));
  return { page, root, events: () => page.evaluate(() => window.__events) };
}

test('view="framework" shows the framework only, without tabs', async () => {
  const { page, root } = await open({ view: 'framework' });
  assert.equal(await root.getByRole('tablist').count(), 0, 'no tabs');
  assert.ok(await root.getByRole('button', { name: 'Show all themes' }).isVisible());
  assert.equal(await root.locator('fieldset').count(), 0, 'no self-check questions');
  assertNoExternalRequests(page);
});

test('view="self-check" starts the questions at once, without tabs', async () => {
  const { root } = await open({ view: 'self-check' });
  assert.equal(await root.getByRole('tablist').count(), 0, 'no tabs');
  assert.match(await root.locator('#lsc-step-heading').innerText(), /Step 1 of 4/);
  assert.equal(await root.locator('fieldset').count(), 3);
  assert.equal(await root.getByRole('button', { name: 'Show all themes' }).count(), 0, 'no explorer');
});

test('heading-level sets the widget\'s top heading, and the others follow it', async () => {
  const { root } = await open({ 'heading-level': '4' });
  // Below h6, headings stay h6 and carry their real level in aria-level.
  const levels = await root.evaluate((el) =>
    [...el.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.getAttribute('aria-level') || h.tagName[1])),
  );
  assert.equal(levels[0], 4, 'the framework title is an h4');
  assert.ok(levels.every((l) => l >= 4), `no heading above the chosen level: ${levels}`);
  // Headings never skip a level on the way down.
  for (let i = 1; i < levels.length; i++) {
    assert.ok(levels[i] <= levels[i - 1] + 1, `heading order jumps from h${levels[i - 1]} to h${levels[i]}`);
  }
});

test('a value that is not allowed is reported and the default used; the widget still renders', async () => {
  const { page, root, events } = await open({ mode: 'everything', 'heading-level': '9', view: 'both' });
  const errors = (await events()).filter((e) => e.type === 'lsc:error').map((e) => e.detail.message);
  assert.equal(errors.length, 2, JSON.stringify(errors));
  assert.ok(errors.some((m) => m.includes('mode="everything"') && m.includes('quick')), JSON.stringify(errors));
  assert.ok(errors.some((m) => m.includes('heading-level="9"')), JSON.stringify(errors));
  // Defaults: both views (tabs), quick mode, top heading h2.
  assert.equal(await root.getByRole('tab').count(), 2);
  assert.equal(await root.locator('h2').count(), 1);
  await root.getByRole('tab', { name: 'Self-check' }).click();
  assert.equal(await root.locator('fieldset').count(), 3, 'the quick check (3 statements on step 1)');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});
