// HTML first (#22): each view's first screen, prerendered at build time by the same components,
// is on the page before the Wasm arrives; the Wasm then shows the same screen in the same space,
// and whatever the visitor did meanwhile is kept. The Wasm is held back with a route until the
// test lets it through.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { activeId, answer, blockStorage, checkedValue, expectFocus, squash } from './drive.mjs';
import { diagnostics, eventually, openPartnerPage, readFramework, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();
const isChromium = () => browser.browser.browserType().name() === 'chromium';

/**
 * A gate for the Wasm's downloads: `route(page)` makes them wait on it; `hold()` closes it for
 * the next load and returns that load's `release()`.
 */
function wasmGate() {
  let gate = Promise.resolve();
  const hold = () => {
    /** @type {() => void} */
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return release;
  };
  const route = (p) => p.route((u) => u.pathname.endsWith('.wasm'), async (r) => {
    await gate;
    return r.continue();
  });
  return { hold, route };
}

/**
 * A partner page with one widget (`attributes` as HTML), its Wasm held until `release()`;
 * `hold()` holds it again for the next load (a reload) and returns that load's release.
 * Layout shifts are recorded from the start (Chromium), and whether lsc:ready has fired.
 * `init`: an init script of the test's own (run first).
 */
async function openHeld(attributes, { init } = {}) {
  const { hold, route } = wasmGate();
  const release = hold();
  const page = await openPartnerPage(browser, `<leadership-self-check id="w" ${attributes}></leadership-self-check><p id="after">The partner's next paragraph.</p>`, {
    setup: async (p) => {
      if (init) await p.addInitScript(init);
      await route(p);
      await p.addInitScript(() => {
        window.__ready = false;
        document.addEventListener('lsc:ready', () => { window.__ready = true; });
        window.__shifts = [];
        if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
          new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => ({ value: e.value, from: e.sources.map((s) => s.node?.nodeName + ' ' + JSON.stringify(s.previousRect) + ' ' + JSON.stringify(s.currentRect)) }))))
            .observe({ type: 'layout-shift', buffered: true });
        }
      });
    },
  });
  const root = page.locator('#w [data-lsc-root]');
  return { page, root, release, hold };
}

/** The widget's text and box, and the box of what follows it on the partner's page. */
const measure = (page) =>
  page.evaluate(() => {
    const host = document.getElementById('w');
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height) };
    };
    const root = host.shadowRoot.querySelector('[data-lsc-root]');
    return { text: root.innerText, widget: box(host), after: box(document.getElementById('after')) };
  });

describe('the first screen comes before the Wasm', () => {
  for (const view of ['both', 'framework', 'self-check']) {
    test(`view="${view}": shown before the Wasm, then the same screen in the same space, with no layout shift`, async () => {
      const { page, root, release } = await openHeld(`view="${view}" heading-level="3"`);
      await root.locator('#lsc-title').waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal(await root.locator('#lsc-title').evaluate((h) => h.localName), 'h3', 'the partner\'s heading level');
      assert.equal(await page.evaluate(() => window.__ready), false, 'shown while the Wasm is held back');
      // The frame that showed it, and its shifts reported, before the Wasm is let through.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
      const shownShifts = await page.evaluate(() => window.__shifts.length);
      const before = await measure(page);
      assert.ok(before.widget.height > 200, `the first screen takes its space at once (${before.widget.height} px)`);
      release();
      await waitForWidget(page, '#w');
      const after = await measure(page);
      assert.equal(squash(after.text), squash(before.text), 'the Wasm shows the screen that was prerendered');
      assert.deepEqual(after.widget, before.widget, 'the widget keeps its box');
      assert.deepEqual(after.after, before.after, 'the partner\'s content after it does not move');
      if (isChromium()) {
        // From the first screen on: the page painted before the loader ran may shift when it
        // appears, unless the page's own CSS keeps the space (docs/web-teams.md).
        assert.ok(await page.evaluate(() => performance.getEntriesByName('leadership-self-check:first-screen').length), 'the loader marks when the first screen is shown');
        const shifts = (await page.evaluate(() => window.__shifts)).slice(shownShifts);
        const total = shifts.reduce((a, b) => a + b.value, 0);
        assert.ok(total <= 0.001, `layout shift from the first screen to ready: ${total} (${JSON.stringify(shifts)})`);
      }
    });
  }
});

test('where the browser blocks storage, neither the first screen nor the widget says answers or checks are kept', async () => {
  const { page, root, release } = await openHeld('view="self-check"', { init: blockStorage });
  const privacy = root.locator('.lsc-privacy');
  await privacy.waitFor({ timeout: 15_000 });
  const line = 'Your answers stay on this device and are not sent anywhere. They are not kept after you leave this page.';
  assert.equal(squash(await privacy.textContent()), line, 'before the Wasm');
  // "Your earlier checks" makes no promise the storage cannot keep either.
  const earlier = root.locator('.lsc-earlier__none');
  const listed = 'Each check you finish on this page is listed here with its date, so you can see how your scores change. They are not kept after you leave this page.';
  assert.equal(squash(await earlier.textContent()), listed, 'before the Wasm');
  release();
  await waitForWidget(page, '#w');
  await eventually(async () => squash(await root.locator('.lsc-notice-region').textContent()).startsWith('This browser is not letting the self-check save'), 'the widget tells why');
  assert.equal(squash(await privacy.textContent()), line, 'once the Wasm has taken over');
  assert.equal(squash(await earlier.textContent()), listed, 'once the Wasm has taken over');
});

describe('what the visitor does before the Wasm arrives is kept', () => {
  test('an answer given on the first step is still given once the Wasm has taken over, and kept', async () => {
    const { page, root, release } = await openHeld('view="self-check"');
    const first = root.locator('fieldset').first();
    await first.waitFor({ timeout: 15_000 });
    const id = await first.locator('input').first().getAttribute('name');
    await answer(page, root, id, 2); // "Often"
    // Before the Wasm nothing is saved yet (a reload now would lose the answer): the line says when it is.
    assert.match(await root.locator('.lsc-privacy').textContent(), /Once this self-check has loaded, they are saved in this browser/, 'the first screen promises saving only from when the widget has loaded');
    const focused = await activeId(page, '#w');
    release();
    await waitForWidget(page, '#w');
    if (focused) await expectFocus(page, focused, 'focus stays where it was');
    assert.equal(await checkedValue(root, id), '2', 'the Wasm shows the answer');
    // The widget itself has it: it kept it on the device, so after a reload it offers it back.
    await page.reload();
    const again = await waitForWidget(page, '#w');
    await again.getByRole('button', { name: 'Continue where you left off' }).click();
    await again.locator('fieldset').first().waitFor();
    assert.equal(await checkedValue(again, id), '2', 'the answer was kept by the widget');
  });

  test('on a screen of another shape (answers kept to resume) nothing done before the Wasm is done again', async () => {
    const { page, root, release, hold } = await openHeld('view="self-check"');
    release();
    await waitForWidget(page, '#w');
    const id = await root.locator('fieldset input').first().getAttribute('name');
    await answer(page, root, id, 0); // "Rarely", kept on the device
    await eventually(async () => (await checkedValue(root, id)) === '0', 'answered');
    const releaseAgain = hold();
    await page.reload();
    await root.locator('fieldset').first().waitFor({ timeout: 15_000 }); // the prerendered first step
    await answer(page, root, id, 2); // "Often", on the prerendered step
    releaseAgain();
    await waitForWidget(page, '#w');
    await root.getByRole('button', { name: 'Continue where you left off' }).click();
    await root.locator('fieldset').first().waitFor();
    assert.equal(await checkedValue(root, id), '0', 'the kept answer, not one replayed onto another screen');
  });

  test('a tab pressed before the Wasm arrives opens once it has', async () => {
    const { page, root, release } = await openHeld('view="both"');
    const tab = root.getByRole('tab', { name: 'Self-check' });
    await tab.waitFor({ timeout: 15_000 });
    await tab.click();
    assert.equal(await tab.getAttribute('aria-selected'), 'false', 'nothing happens without the Wasm');
    release();
    await waitForWidget(page, '#w');
    await root.getByRole('tab', { name: 'Self-check', selected: true }).waitFor({ timeout: 10_000 });
    await root.locator('fieldset').first().waitFor({ timeout: 10_000 });
    assert.equal(new URL(page.url()).search, '', 'the form was not sent to the partner\'s page');
  });

  test('a step answered and "Next" pressed before the Wasm arrives goes on to the next step once it has, and nothing is sent to the page', async () => {
    const { page, root, release } = await openHeld('view="self-check"');
    await root.locator('fieldset').first().waitFor({ timeout: 15_000 });
    for (const id of await root.locator('fieldset input[value="0"]').evaluateAll((els) => els.map((e) => e.name))) {
      await answer(page, root, id, 1); // "Sometimes"
    }
    await root.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForTimeout(300); // a form sent to the page would navigate now
    assert.equal(await page.evaluate(() => window.__ready), false, 'still before the Wasm');
    release();
    await waitForWidget(page, '#w');
    await eventually(async () => squash(await root.locator('#lsc-step-heading .lsc-caption').textContent().catch(() => '')) === 'Step 2 of 4', 'step 2 is shown');
    assert.equal(new URL(page.url()).search, '', 'no form was sent to the partner\'s page');
  });

  test('a theme pressed twice before the Wasm arrives (nothing seemed to happen) is open once it has', async () => {
    const { page, root, release } = await openHeld('view="framework"');
    const theme = root.getByRole('button', { name: /^Driving transformation/ });
    await theme.waitFor({ timeout: 15_000 });
    await theme.click();
    await theme.click();
    release();
    await waitForWidget(page, '#w');
    await eventually(async () => (await theme.getAttribute('aria-expanded')) === 'true', 'the theme is open');
  });

  test('a heading chosen from another framework before the Wasm arrives is still chosen, and its themes shown, once it has', async () => {
    const { page, root, release } = await openHeld('view="framework"');
    const select = root.locator('#lsc-crossref-select');
    await select.waitFor({ timeout: 15_000 });
    await select.selectOption('Telling the story (1)');
    release();
    await waitForWidget(page, '#w');
    await eventually(async () => (await select.evaluate((s) => s.options[s.selectedIndex].text)) === 'Telling the story (1)', 'the heading is still chosen');
    await eventually(async () => /Strategic intent/.test(await root.locator('.lsc-crossref').textContent()), 'the linked theme is shown');
  });

  test('a section opened before the Wasm arrives stays open', async () => {
    const { page, root, release } = await openHeld('view="framework"');
    const about = root.locator('summary', { hasText: 'About this framework' });
    await about.waitFor({ timeout: 15_000 });
    await about.click();
    release();
    await waitForWidget(page, '#w');
    assert.equal(await root.locator('details.lsc-details').first().evaluate((d) => d.open), true);
  });

  test('options the partner changes while the Wasm loads (colour scheme, heading level) apply, and the answer given meanwhile is kept', async () => {
    const { page, root, release } = await openHeld('view="self-check"');
    const first = root.locator('fieldset').first();
    await first.waitFor({ timeout: 15_000 });
    const id = await first.locator('input').first().getAttribute('name');
    await answer(page, root, id, 2); // "Often"
    await page.evaluate(() => {
      const w = document.getElementById('w');
      w.setAttribute('color-scheme', 'dark');
      w.setAttribute('heading-level', '3');
    });
    await eventually(async () => (await root.getAttribute('data-scheme')) === 'dark', 'the first screen is not dark at once');
    release();
    await waitForWidget(page, '#w');
    assert.equal(await checkedValue(root, id), '2', 'the answer given before the options changed');
    assert.equal(await root.getAttribute('data-scheme'), 'dark');
    const levels = await root.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => [...new Set(hs.map((h) => h.localName))].sort());
    assert.equal(levels[0], 'h3', `the widget's headings start at h3: ${levels.join(', ')}`);
  });
});

test('a page that enforces Trusted Types gets "Loading…" instead of the first screen, then the widget', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check id="w" view="self-check"></leadership-self-check>', {
    headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'" },
  });
  const root = await waitForWidget(page, '#w');
  await root.locator('fieldset').first().waitFor();
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

/** A page opened at `path`, its Wasm held back until the returned `release()`; `hold()` again for a reload. */
async function openPathHeld(path) {
  const { hold, route } = wasmGate();
  const release = hold();
  const page = await browser.open(path, { setup: route });
  /** What the widget's box shows: its text, and how many controls. */
  const shown = () => eventually(() => page.locator('leadership-self-check').evaluate((h) => {
    const text = (h.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text && { text, controls: h.shadowRoot.querySelectorAll('input, button, summary, select').length };
  }), "something shown in the widget's box");
  return { page, release, hold, shown };
}

const LOADING = { text: 'Loading the leadership self-check…', controls: 0 };

for (const link of [
  { kind: 'invite', heading: 'Give Sam your view' },
  { kind: 'collect', heading: "Combine colleagues' codes for Sam" },
]) {
  test(`a page opened from a #lsc-${link.kind} link shows "Loading…", not the visitor's own first screen, then the link's view`, async () => {
    const hash = `#lsc-${link.kind}=1.${readFramework().id}.quick.Sam${link.kind === 'collect' ? '.Ana' : ''}`;
    const { page, release, hold, shown } = await openPathHeld(`/plain.html${hash}`);
    // The visitor's own check would be answered as if it were the link's view.
    assert.deepEqual(await shown(), LOADING);
    release();
    const host = page.locator('leadership-self-check');
    await host.getByRole('heading', { name: link.heading }).waitFor({ timeout: 15_000 });
    if (link.kind === 'invite') {
      // Reloaded while answering: the response kept in the tab opens the colleague's view again.
      assert.equal(await page.evaluate(() => location.hash), '', 'the invitation is taken out of the address');
      const again = hold();
      await page.reload();
      assert.deepEqual(await shown(), LOADING, 'reloaded while answering');
      again();
      await host.getByRole('heading', { name: link.heading }).waitFor({ timeout: 15_000 });
    }
    await page.context().close();
  });
}

test('a widget showing only the framework keeps its first screen when the address holds an invitation', async () => {
  const { page, root, release, hold } = await openHeld('view="framework"');
  release();
  await waitForWidget(page, '#w');
  const again = hold();
  await page.evaluate((hash) => { location.hash = hash; }, `#lsc-invite=1.${readFramework().id}.quick.Sam`);
  await page.reload();
  await root.locator('#lsc-title').waitFor({ state: 'visible', timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.__ready), false, 'the first screen, while the Wasm is held back');
  assert.ok((await root.locator('button, summary').count()) > 0, 'with its controls');
  again();
  await waitForWidget(page, '#w');
  await page.context().close();
});
