// Issue #15, the widget's part: pages and browsers where an action used to do nothing, or the
// widget said something that was not true. Sandboxed frames and pages (no allow-forms,
// allow-downloads or allow-modals), a print dialog the browser does not open, saved answers the
// browser will not remove, two self-checks on one page, Windows high-contrast mode, right-to-left
// partner pages, and printing from inside another component's shadow root.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventually, mountWidget, openPartnerPage, pageHtml, readFramework, routeHtml, useBrowser, waitForWidget, waitForWidgetEvent, WIDGET_ROOT_SELECTOR } from './harness.mjs';
import { button, confirmAnswers, expectSummary, resultsHeading, squash } from './drive.mjs';
import { notIn } from './engines.mjs';

const browser = useBrowser();

/** Answer every statement of the step on screen "Often". */
async function answerStep(root) {
  for (const group of await root.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
}

const caption = async (root) => squash(await root.locator('#lsc-step-heading .lsc-caption').textContent());

/** Through the quick check's four steps and "Check your answers" to the results: Enter in a
 * radio for the first step (the browser's implicit submission), the Next button for the others. */
async function toResults(root) {
  await answerStep(root);
  await root.getByRole('radio', { name: 'Often' }).first().press('Enter');
  await eventually(async () => (await caption(root)) === 'Step 2 of 4', async () => `Enter did not move on: "${await caption(root)}"`);
  for (let step = 1; step < 4; step++) {
    await answerStep(root);
    await button(root, 'Next').click();
  }
  await confirmAnswers(root);
}

const statusText = async (root) => squash(await root.locator('.lsc-status').textContent());
const noticeText = async (root) => squash(await root.locator('.lsc-notice-region').textContent());

/** Pages with an opaque origin (a sandbox without allow-same-origin) fetch the Wasm
 * cross-origin: the server must allow it, as a partner's would for such a page. */
async function allowCrossOriginWasm(page) {
  await page.route(/\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
}

const WIDGET = '<leadership-self-check view="self-check"></leadership-self-check>';

/** The three sandboxes: each returns the page and the widget's root inside it. */
const SANDBOXES = {
  'an iframe sandbox="allow-scripts"': 'allow-scripts',
  'an iframe sandbox="allow-scripts allow-same-origin"': 'allow-scripts allow-same-origin',
  'a page sent with Content-Security-Policy: sandbox allow-scripts': null,
};

/** Chromium asks before a page with an opaque origin reaches a loopback address such as the test
 * server (Local Network Access); a partner's public server is not one. */
const localNetwork = () => (browser.browser.browserType().name() === 'chromium' ? { permissions: ['local-network-access'] } : {});

async function openSandboxed(sandbox) {
  if (sandbox === null) {
    const page = await openPartnerPage(browser, WIDGET, {
      ...localNetwork(),
      headers: { 'Content-Security-Policy': 'sandbox allow-scripts' },
      setup: allowCrossOriginWasm,
    });
    return { page, root: await waitForWidget(page) };
  }
  const page = await openPartnerPage(browser,
    `<iframe id="frame" title="Self-check" sandbox="${sandbox}" src="/inner.html" style="width:100%;height:3000px"></iframe>`, {
      ...localNetwork(),
      setup: async (p) => {
        await routeHtml(p, '/inner.html', pageHtml(WIDGET));
        await allowCrossOriginWasm(p);
      },
    });
  const root = page.frameLocator('#frame').locator(`leadership-self-check ${WIDGET_ROOT_SELECTOR}`);
  await root.waitFor({ state: 'attached', timeout: 15_000 });
  return { page, root };
}

describe('sandboxed frames and pages (no allow-forms, allow-downloads, allow-modals, allow-popups)', () => {
  for (const [name, sandbox] of Object.entries(SANDBOXES)) {
    const frames = sandbox === null ? {} : notIn(['webkit'], 'the WebKit adapter does not reach into frames (frameLocator)');
    test(`in ${name}, every action works and download and print say they are unavailable`, frames, async () => {
      const { root } = await openSandboxed(sandbox);
      // Next with nothing answered: GOV.UK's error summary.
      await button(root, 'Next').click();
      await root.locator('#lsc-error-summary').waitFor({ timeout: 5_000 });
      await toResults(root);
      // Back to the summary; a Change, returned from by Enter in a radio; back to the last step
      // and on again.
      await button(root, 'Change my answers').click();
      await expectSummary(root);
      await root.locator('.lsc-summary-list__actions button').first().click();
      await eventually(async () => (await caption(root)) === 'Step 1 of 4', 'Change did not go to the statement');
      await root.getByRole('radio', { name: 'Often' }).first().press('Enter');
      await expectSummary(root);
      await button(root, 'Back').click();
      await eventually(async () => (await caption(root)) === 'Step 4 of 4', 'Back from the summary did not go back');
      await button(root, 'Back').click();
      await eventually(async () => (await caption(root)) === 'Step 3 of 4', 'Back did nothing');
      await button(root, 'Next').click();
      await button(root, 'Next').click();
      await confirmAnswers(root);

      await button(root, 'Download my results').click();
      await eventually(async () => /could not be downloaded/.test(await statusText(root)),
        async () => `download: the status reads "${await statusText(root)}"`);
      const copyField = root.getByRole('textbox', { name: 'Your results, to select and copy' });
      assert.match(await copyField.inputValue(), /Your scores/i, 'the results are offered to copy instead');

      await button(root, 'Print or save as PDF').click();
      await eventually(async () => /print dialog did not open/.test(await statusText(root)),
        async () => `print: the status reads "${await statusText(root)}"`);
      assert.equal(await root.evaluate((el) => el.getRootNode().host.hasAttribute('data-lsc-printing')), false,
        'a blocked print leaves the page marked as printing');
      assert.ok(await copyField.isVisible());
    });
  }
});

test('a print dialog the browser does not open is reported, and the page is not left marked as printing', async (t) => {
  const page = await openPartnerPage(browser, WIDGET);
  const root = await waitForWidget(page);
  await toResults(root);
  // As a browser whose printing is turned off: print() returns at once, no beforeprint.
  await page.evaluate(() => { window.print = () => {}; });
  await button(root, 'Print or save as PDF').click();
  await eventually(async () => /print dialog did not open/.test(await statusText(root)),
    async () => `the status reads "${await statusText(root)}"`);
  assert.ok(await root.getByRole('textbox', { name: 'Your results, to select and copy' }).isVisible());
  assert.equal(await page.evaluate(() => document.querySelector('[data-lsc-printing]')), null);
  await t.test('then the partner page prints as usual', notIn(['webkit'], 'the driver cannot emulate print media'), async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#site').evaluate((el) => getComputedStyle(el).display !== 'none'), true,
      'the partner page prints as usual');
  });
});

test('saved answers the browser refuses to remove are not reported as deleted', async () => {
  const page = await openPartnerPage(browser, WIDGET, {
    setup: (p) => p.addInitScript(() => {
      Storage.prototype.removeItem = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    }),
  });
  const root = await waitForWidget(page);
  await toResults(root);
  await button(root, 'Delete my answers').click();
  await button(root, 'Yes, delete my answers').click();
  await eventually(async () => /did not let the self-check remove your saved answers/.test(await noticeText(root)),
    async () => `the notice reads "${await noticeText(root)}"`);
  assert.doesNotMatch(await noticeText(root), /have been deleted/);
  // The answers (and the finished check kept in the history) are indeed still saved.
  assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':quick'))), 'the answers are indeed still saved');
});

test('two self-checks of the same framework and mode on one page keep in step, and keep the answers over a reload', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="one" view="self-check"></leadership-self-check>' +
      '<leadership-self-check id="two" view="both"></leadership-self-check>');
  const one = await waitForWidget(page, '#one');
  const two = await waitForWidget(page, '#two');
  await two.getByRole('tab', { name: 'Self-check' }).click();
  const first = (root) => root.locator('fieldset').first();
  const second = (root) => root.locator('fieldset').nth(1);
  await first(one).getByRole('radio', { name: 'Rarely' }).check();
  // The other widget is told, as another tab would be, and can take the answers up.
  await eventually(async () => /changed .*in another self-check on this page/.test(await noticeText(two)),
    async () => `#two's notice reads "${await noticeText(two)}"`);
  await button(two, 'Use those answers').click();
  assert.equal(await first(two).getByRole('radio', { name: 'Rarely' }).isChecked(), true);
  await second(two).getByRole('radio', { name: 'Consistently' }).check();
  await eventually(async () => /in another self-check on this page/.test(await noticeText(one)), '#one was not told');
  // After a reload both answers are there, in either widget.
  await page.reload();
  for (const id of ['#one', '#two']) {
    const root = await waitForWidget(page, id);
    await button(root, 'Continue where you left off').click();
    assert.equal(await first(root).getByRole('radio', { name: 'Rarely' }).isChecked(), true, id);
    assert.equal(await second(root).getByRole('radio', { name: 'Consistently' }).isChecked(), true, id);
  }
});

test('in forced colours (Windows high contrast) the selected tab is drawn selected and the other not', notIn(['firefox', 'webkit'], 'the driver cannot emulate forced colours'), async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check view="both"></leadership-self-check>');
  const root = await waitForWidget(page);
  await page.emulateMedia({ forcedColors: 'active' });
  const look = () => root.evaluate((el) => {
    // The system's selection colour, as this browser resolves it.
    const probe = document.createElement('span');
    probe.style.cssText = 'forced-color-adjust:none;background-color:SelectedItem';
    el.append(probe);
    const selectedItem = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const tab = (selected) => getComputedStyle(el.querySelector(`[role=tab][aria-selected="${selected}"]`));
    return { selectedItem, selected: tab(true).backgroundColor, other: tab(false).backgroundColor, selectedText: tab(true).color, otherText: tab(false).color };
  });
  for (const name of ['Self-check', 'The framework']) {
    await root.getByRole('tab', { name }).click();
    const seen = await look();
    assert.equal(seen.selected, seen.selectedItem, `the selected tab (${name}) has the selection colour: ${JSON.stringify(seen)}`);
    assert.notEqual(seen.other, seen.selectedItem, `the other tab has not: ${JSON.stringify(seen)}`);
    assert.notEqual(seen.selectedText, seen.otherText);
  }
});

test('on a right-to-left page the widget stays left to right, in its own language', async () => {
  const page = await browser.open('/rtl-partner.html', {
    setup: (p) => routeHtml(p, '/rtl-partner.html', pageHtml(WIDGET).replace('<html lang="en-GB">', '<html lang="ar" dir="rtl">')),
  });
  const root = await waitForWidget(page);
  const seen = await root.evaluate((el) => {
    const radio = el.querySelector('.lsc-radio__input');
    const label = el.querySelector('.lsc-radio__label');
    return {
      dir: el.closest('[dir]')?.getAttribute('dir'),
      lang: el.closest('[lang]')?.getAttribute('lang'),
      direction: getComputedStyle(el.querySelector('.lsc-question')).direction,
      radioBeforeLabel: radio.getBoundingClientRect().left < label.getBoundingClientRect().left,
    };
  });
  assert.deepEqual(seen, { dir: 'ltr', lang: 'en-GB', direction: 'ltr', radioBeforeLabel: true });
});

test("the widget's language and direction are the framework document's, not the page's", async () => {
  const page = await browser.open('/plain.html');
  await waitForWidget(page);
  const doc = readFramework();
  doc.language = 'cy-GB';
  doc.direction = 'rtl';
  await page.route((u) => u.pathname === '/doc.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }));
  await mountWidget(page, { attributes: { 'framework-src': '/doc.json' } });
  await waitForWidgetEvent(page, 'lsc:ready');
  const root = await waitForWidget(page, '#lsc-under-test');
  const seen = await root.evaluate((el) => ({ lang: el.getAttribute('lang'), dir: el.getAttribute('dir'), direction: getComputedStyle(el).direction }));
  assert.deepEqual(seen, { lang: 'cy-GB', dir: 'rtl', direction: 'rtl' });
});

test('printing from a widget inside another component\'s shadow root prints only the widget', notIn(['firefox', 'webkit'], 'the driver cannot emulate print media'), async () => {
  const page = await openPartnerPage(browser, '<div id="card"></div>');
  await page.waitForFunction(() => window.LeadershipSelfCheck);
  await page.evaluate(async () => {
    const shadow = document.getElementById('card').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="card-text">The component\'s own text</p><div id="inner"></div>';
    await window.LeadershipSelfCheck.mount(shadow.getElementById('inner'), { view: 'self-check' });
  });
  // (waitForWidget's check of the host cannot see through the component's shadow root.)
  const root = page.locator(`#card #inner ${WIDGET_ROOT_SELECTOR}`);
  await root.waitFor({ state: 'attached', timeout: 15_000 });
  await toResults(root);
  // Headless Chromium opens no print dialog: as one that does, print() fires beforeprint.
  await page.evaluate(() => { window.print = () => window.dispatchEvent(new Event('beforeprint')); });
  await button(root, 'Print or save as PDF').click();
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.locator(selector).evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await shown('#site'), false, 'the partner header is hidden');
  assert.equal(await shown('#card #card-text'), false, "the component's own text is hidden");
  assert.ok(await resultsHeading(root).isVisible(), 'the results print');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await shown('#site'), true, 'after printing, the page prints as usual');
  assert.equal(await shown('#card #card-text'), true);
  assert.equal(await statusText(root), '', 'nothing is reported as failed');
});
