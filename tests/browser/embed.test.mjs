// Embedding: both forms, several widgets, late and removed elements, the loader twice, the strict
// CSP page, theming; failures stay with their element and the partner page is left alone.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { notIn } from './engines.mjs';
import { DIST_DIR, diagnostics, eventually, firstModuleFetches, lscErrors, openPartnerPage, useBrowser, waitForWidget } from './harness.mjs';
import { confirmAnswers, resultsHeading } from './drive.mjs';

const browser = useBrowser();

test('a malformed framework-src URL fails on its own element and the other widgets still load', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="bad" framework-src="http://[::1/x.json"></leadership-self-check>' +
      '<leadership-self-check id="good"></leadership-self-check>');
  await waitForWidget(page, '#good');
  const alert = page.locator('#bad').getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  assert.match(await alert.innerText(), /could not be loaded/);
  const errors = await lscErrors(page);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].id, 'bad');
  assert.match(errors[0].message, /framework-src/);
  assert.deepEqual(diagnostics(page).pageErrors, [], 'no uncaught exception in the host page');
});

test('printing the results hides the partner page only while the widget prints', notIn(['firefox', 'webkit'], 'the driver cannot emulate print media'), async () => {
  const page = await openPartnerPage(browser, '<main><leadership-self-check view="self-check"></leadership-self-check></main>');
  const root = await waitForWidget(page);
  // Reach the results quickly: answer every statement "Often".
  for (let step = 0; step < 4; step++) {
    for (const group of await root.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
    await root.getByRole('button', { name: 'Next' }).click();
  }
  await confirmAnswers(root);
  // Headless Chromium does not open a print dialog; record that print() was asked for, and fire
  // beforeprint as a browser that opens the dialog does (without it the widget reports a blocked print).
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
      window.dispatchEvent(new Event('beforeprint'));
    };
  });
  await root.getByRole('button', { name: 'Print or save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.emulateMedia({ media: 'print' });
  const headerShown = () => page.locator('#site').evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await headerShown(), false, 'while the widget prints, the partner header is hidden');
  assert.ok(await resultsHeading(root).isVisible(), 'the results print');
  // After printing, the page prints as it always did.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await headerShown(), true, 'after printing, the partner page prints normally again');
});

test('an element added after the page loaded is mounted, and one removed is freed', async () => {
  const page = await openPartnerPage(browser, '<div id="slot"></div>');
  await page.waitForFunction(() => window.LeadershipSelfCheck);
  await page.evaluate(() => {
    const el = document.createElement('leadership-self-check');
    el.id = 'late';
    el.setAttribute('view', 'framework');
    document.getElementById('slot').append(el);
  });
  const root = await waitForWidget(page, '#late');
  assert.ok(await root.getByRole('button', { name: 'Show all themes' }).isVisible());
  // Removed: the widget is freed, and its shadow root emptied (once the removal is known not to
  // be a move, at the end of the task).
  const children = await page.evaluate(async () => {
    const el = document.getElementById('late');
    el.remove();
    await Promise.resolve();
    return el.shadowRoot.childNodes.length;
  });
  assert.equal(children, 0, 'the removed element still holds a widget');
  // Put back: mounted again.
  await page.evaluate(() => document.getElementById('slot').append(document.createElement('leadership-self-check')));
  await waitForWidget(page, '#slot leadership-self-check');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

/** Every localStorage key of the page. */
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
/** The first statement's radio group in a widget, by the statement's position. */
const firstGroup = (root) => root.locator('fieldset').first();

test('two widgets on one page keep separate answers, and separate saved data when their mode differs', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="quick" view="self-check"></leadership-self-check>' +
      '<leadership-self-check id="full" view="self-check" mode="full"></leadership-self-check>');
  const quick = await waitForWidget(page, '#quick');
  const full = await waitForWidget(page, '#full');
  await firstGroup(quick).getByRole('radio', { name: 'Rarely' }).check();
  await firstGroup(full).getByRole('radio', { name: 'Consistently' }).check();
  assert.equal(await firstGroup(quick).getByRole('radio', { name: 'Rarely' }).isChecked(), true);
  assert.equal(await firstGroup(quick).getByRole('radio', { name: 'Consistently' }).isChecked(), false);
  assert.equal(await firstGroup(full).getByRole('radio', { name: 'Rarely' }).isChecked(), false);
  await page.waitForFunction(() => Object.keys(localStorage).length === 2);
  assert.deepEqual(await storageKeys(page), [
    'leadership-self-check:v1:leadership-empowered-healthy-communities:full',
    'leadership-self-check:v1:leadership-empowered-healthy-communities:quick',
  ]);
  // Each comes back with its own answer.
  await page.reload();
  for (const [id, answer] of [['#quick', 'Rarely'], ['#full', 'Consistently']]) {
    const root = await waitForWidget(page, id);
    await root.getByRole('button', { name: 'Continue' }).click();
    assert.equal(await firstGroup(root).getByRole('radio', { name: answer }).isChecked(), true, id);
  }
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('the div form works like the element, with data- options, for CMSs that strip unknown elements', async () => {
  const page = await openPartnerPage(browser,
    '<div id="div" data-leadership-self-check data-view="self-check" data-mode="full" data-heading-level="3" data-persist="sometimes"></div>');
  const root = await waitForWidget(page, '#div');
  // Full mode: the first theme's seven behaviours, under a level-3 heading with no tabs.
  assert.equal(await root.locator('fieldset').count(), 7);
  assert.equal(await root.getByRole('tab').count(), 0);
  assert.equal(await root.locator('h2').count(), 0, 'data-heading-level="3": no h2');
  assert.equal(await root.locator('h3, h4').first().evaluate((h) => h.tagName), 'H3');
  assert.deepEqual((await lscErrors(page)).map((e) => e.message), [
    'persist="sometimes" is not one of local, none; using the default, local.',
  ]);
  // Added later, removed, and an option changed: like the element.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'late';
    div.setAttribute('data-leadership-self-check', '');
    div.setAttribute('data-view', 'framework');
    document.body.append(div);
  });
  const late = await waitForWidget(page, '#late');
  assert.ok(await late.getByRole('button', { name: 'Show all themes' }).isVisible());
  await page.evaluate(() => document.getElementById('late').setAttribute('data-view', 'self-check'));
  await eventually(async () => (await page.locator('#late fieldset').count()) > 0, 'data-view change did not remount');
  // Removed: freed, its shadow root emptied (the observer runs after the removal; waited for,
  // not given a fixed time).
  await page.evaluate(() => {
    window.__lscRemoved = document.getElementById('late');
    window.__lscRemoved.remove();
  });
  await eventually(
    () => page.evaluate(() => window.__lscRemoved.shadowRoot.childNodes.length === 0),
    'a div removed from the page still holds a widget',
  );
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('an element moved within the page keeps its widget and the visitor\'s answers, even when they are not saved', async () => {
  const page = await openPartnerPage(browser,
    '<div id="a"><leadership-self-check view="self-check" persist="none"></leadership-self-check></div><div id="b"></div>');
  const root = await waitForWidget(page);
  await firstGroup(root).getByRole('radio', { name: 'Often' }).check();
  await page.evaluate(() => document.getElementById('b').append(document.querySelector('leadership-self-check')));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const moved = await waitForWidget(page, '#b leadership-self-check');
  assert.equal(await firstGroup(moved).getByRole('radio', { name: 'Often' }).isChecked(), true, 'the answer was lost in the move');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('options given to mount() in JavaScript apply to a tagged element, and survive an attribute change', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check id="api" view="self-check"></leadership-self-check>');
  await waitForWidget(page, '#api');
  const mounted = await page.evaluate(async () =>
    (await window.LeadershipSelfCheck.mount(document.getElementById('api'), { mode: 'full' })) !== null);
  assert.equal(mounted, true);
  const root = await waitForWidget(page, '#api');
  await eventually(async () => (await root.locator('fieldset').count()) === 7, 'mode: "full" from mount() was ignored');
  await page.evaluate(() => document.getElementById('api').setAttribute('heading-level', '3'));
  await eventually(async () => (await root.locator('h3').count()) > 0, 'heading-level change did not remount');
  assert.equal(await root.locator('fieldset').count(), 7, 'the JavaScript option was lost when an attribute changed');
});

test('an element whose framework-src failed tries again when the attribute is corrected', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check id="typo" view="framework" framework-src="/typo.json"></leadership-self-check>');
  await page.locator('#typo').getByRole('alert').waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.getElementById('typo').removeAttribute('framework-src'));
  const root = await waitForWidget(page, '#typo');
  await root.getByRole('button', { name: 'Show all themes' }).waitFor();
  assert.equal((await lscErrors(page)).filter((e) => e.code === 'framework').length, 1);
});

test('changing an attribute of a mounted element mounts it again with the new option', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check view="framework"></leadership-self-check>');
  const root = await waitForWidget(page);
  assert.equal(await root.locator('fieldset').count(), 0);
  await page.evaluate(() => document.querySelector('leadership-self-check').setAttribute('view', 'self-check'));
  await eventually(async () => (await root.locator('fieldset').count()) > 0, 'view change did not remount');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('embed.js included twice (and its pinned copy) does no harm', async () => {
  const { embed } = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8'));
  const page = await openPartnerPage(browser, '<leadership-self-check></leadership-self-check>', {
    head: `<script src="/embed.js" defer></script><script src="/${embed.file}" integrity="${embed.integrity}" crossorigin="anonymous" defer></script>`,
  });
  const root = await waitForWidget(page);
  assert.equal(await page.locator('leadership-self-check').count(), 1);
  assert.equal(await root.locator('[data-lsc-root]').count(), 0, 'no widget nested in the widget');
  assert.equal(await page.evaluate(() => document.querySelector('leadership-self-check').shadowRoot.querySelectorAll('[data-lsc-root]').length), 1);
  assert.equal(firstModuleFetches(page).length, 1);
  assert.deepEqual(diagnostics(page).pageErrors, []);
  assert.deepEqual(diagnostics(page).consoleErrors, []);
});

test('under the strict Content-Security-Policy, both embedding forms work and nothing is refused', async () => {
  const page = await browser.open('/strict-csp.html', {
    setup: (p) => p.addInitScript(() => {
      window.__refused = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(`${e.violatedDirective} ${e.blockedURI}`));
    }),
  });
  const response = await page.request.get('/strict-csp.html');
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const framework = await waitForWidget(page, '#framework');
  const check = await waitForWidget(page, '#check');
  await framework.getByRole('button', { name: 'Show all themes' }).click();
  assert.ok(await framework.getByText('Seeing the whole picture').first().isVisible());
  // Styled by the widget's own stylesheet (a constructed one, which the policy allows).
  const button = check.getByRole('button', { name: 'Next' });
  assert.equal(await button.evaluate((b) => getComputedStyle(b).minHeight), '44px');
  for (const group of await check.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
  await button.click();
  await check.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__refused), []);
  assert.deepEqual(diagnostics(page).pageErrors, []);
  assert.deepEqual(diagnostics(page).consoleErrors, []);
});

describe('theming', () => {
  const colours = (root) => root.evaluate((el) => {
    const button = el.querySelector('button[type=submit]');
    const css = (e, p) => getComputedStyle(e)[p];
    return { text: css(el, 'color'), background: css(el, 'backgroundColor'), button: css(button, 'backgroundColor'), font: css(el, 'fontFamily') };
  });
  // The widget with `attributes`, on a page whose stylesheet is `css`.
  const themed = (attributes, { css = '', colorScheme = 'light' } = {}) =>
    openPartnerPage(browser, `<leadership-self-check view="self-check"${attributes}></leadership-self-check>`, {
      colorScheme,
      head: '<link rel="stylesheet" href="/theme-under-test.css">',
      setup: (p) => p.route((u) => u.pathname === '/theme-under-test.css', (r) => r.fulfill({ contentType: 'text/css', body: css })),
    });

  test('the host page sets the documented custom properties, and nothing else gets in', async () => {
    const page = await themed('', {
      css: 'leadership-self-check { --lsc-accent: #5c2d91; --lsc-font-family: Georgia, serif; color: red; font-family: Impact; }',
    });
    const c = await colours(await waitForWidget(page));
    assert.equal(c.button, 'rgb(92, 45, 145)');
    assert.equal(c.font, 'Georgia, serif');
    assert.equal(c.text, 'rgb(11, 12, 12)', 'the host page\'s own color does not get in');
  });

  test('color-scheme="dark" gives a dark widget; "auto" follows the visitor\'s setting; light is the default', notIn(['firefox'], 'the driver cannot emulate prefers-color-scheme'), async () => {
    const dark = { text: 'rgb(243, 242, 241)', background: 'rgb(27, 27, 27)' };
    const light = { text: 'rgb(11, 12, 12)', background: 'rgb(255, 255, 255)' };
    for (const [attributes, scheme, expected] of [
      [' color-scheme="dark"', 'light', dark],
      [' color-scheme="auto"', 'dark', dark],
      [' color-scheme="auto"', 'light', light],
      ['', 'dark', light],
    ]) {
      const page = await themed(attributes, { colorScheme: scheme });
      const c = await colours(await waitForWidget(page));
      assert.deepEqual({ text: c.text, background: c.background }, expected, `${attributes || 'no attribute'} with a ${scheme} preference`);
      await page.context().close();
    }
  });
});
