// The Wasm's later modules (src/split): the views the first screen never shows ("Check your
// answers", the results, an earlier check, a colleague's views) come in modules of their own,
// fetched when the browser is idle after the first screen, or when first needed. A visitor who
// gets there first sees "Loading…" (focus waits on it, then moves on to the view); a module that
// cannot be downloaded ends in a panel that says so, with "Try again". A partner's own
// framework-src document is read by a later module too, before the widget is mounted.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST_DIR, diagnostics, lscErrors, openPartnerPage, readFramework, routeJson, useBrowser, widgetOpener } from './harness.mjs';
import { answerAll, button, expectFocus, expectStep, standIn, readSummary, squash, stepsFor } from './drive.mjs';

const browser = useBrowser();
const { openWidget, openWithAttributes } = widgetOpener(browser);
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8'));
const LATER = new Set(manifest.later.map((m) => `/${m.file}`));
const isLater = (u) => LATER.has(u.pathname);
const QUICK = stepsFor(readFramework(), 'quick');
const answers = Object.fromEntries(QUICK.flatMap((s) => s.behaviours.map((b) => [b.id, 2])));

/** Answers every step of the quick check, up to "Check your answers". */
async function answerSteps(page, root) {
  for (const [i, step] of QUICK.entries()) {
    await expectStep(root, i + 1, QUICK.length, step.theme.title);
    await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
    await button(root, 'Next').click();
  }
}

test('the first screen works before the later modules arrive; "Check your answers" waits for its module, focus following', async () => {
  let release;
  const arrived = new Promise((resolve) => (release = resolve));
  const { page, root } = await openWithAttributes({ view: 'self-check', mode: 'quick' }, {
    setup: (p) => p.route(isLater, async (r) => {
      await arrived;
      return r.continue();
    }),
  });
  const first = diagnostics(page).requests.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.wasm'));
  assert.ok(first.includes(`/${manifest.wasm.file}`), first.join(', '));
  // Every step answered while no later module has arrived.
  await answerSteps(page, root);
  const loading = root.locator(`#${standIn('lsc-summary-heading')}`);
  assert.equal(squash(await loading.textContent()), 'Loading…');
  assert.equal(await loading.getAttribute('role'), 'status');
  // The view's id is only ever the view's heading, which a partner's script may look for.
  assert.equal(await root.locator('#lsc-summary-heading').count(), 0, 'the loading line has the heading id');
  await expectFocus(page, standIn('lsc-summary-heading'), 'on the loading line');
  release();
  await root.getByRole('heading', { name: 'Check your answers', exact: true }).waitFor({ timeout: 15_000 });
  await expectFocus(page, 'lsc-summary-heading', 'once "Check your answers" has arrived');
  await button(root, 'See my results').click();
  await root.getByRole('heading', { name: 'Your results', exact: true }).waitFor({ timeout: 15_000 });
  // Each later module fetched once, and only later modules of this release.
  const later = diagnostics(page).requests.map((u) => new URL(u)).filter(isLater).map((u) => u.pathname);
  assert.deepEqual([...new Set(later)].sort(), later.sort(), `fetched more than once: ${later.join(', ')}`);
  await page.context().close();
});

test('a later module that cannot be downloaded ends in a panel that says so, and "Try again" gets it', async () => {
  let failing = true;
  const { page, root } = await openWithAttributes({ view: 'self-check', mode: 'quick' }, {
    setup: (p) => p.route(isLater, (r) => (failing ? r.abort('connectionreset') : r.continue())),
  });
  await answerSteps(page, root);
  const panel = root.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await panel.waitFor({ timeout: 15_000 });
  assert.deepEqual(await panel.locator('p, button').allTextContents(), [
    'Sorry, this part of the self-check could not be downloaded',
    'Check your internet connection, then try again. Your answers are still here on this page.',
    'Try again',
  ]);
  await expectFocus(page, standIn('lsc-summary-heading'), 'on the panel\'s title');
  // The web team hears of it: lsc:error with the loader's code for a failed download, once.
  const errors = () => root.evaluate((el) => (el.getRootNode().host.__lscHeard ?? []).filter((e) => e.type === 'lsc:error').map((e) => e.detail));
  const [error, ...more] = await errors();
  assert.deepEqual([error?.code, more], ['download', []], JSON.stringify(await errors()));
  assert.match(error.message, /a later module of the Wasm .*could not be downloaded/);
  failing = false;
  await button(panel, 'Try again').click();
  await root.getByRole('heading', { name: 'Check your answers', exact: true }).waitFor({ timeout: 15_000 });
  // Focus is not lost with the button: it waits on the loading line and goes on to the view.
  await expectFocus(page, 'lsc-summary-heading', 'after "Try again"');
  // The answers given before the failure are all there.
  const labels = (await readSummary(root)).flatMap(({ rows }) => rows.map(([, label]) => label));
  assert.deepEqual(labels, Object.keys(answers).map(() => 'Often'));
  assert.equal((await errors()).length, 1, 'no lsc:error once the module has arrived');
  await page.context().close();
});

test("an invitation waits for the colleagues' module: where it cannot be downloaded the panel says so and the invitation stays in the address; \"Try again\" opens the colleague's check", async () => {
  let failing = true;
  const hash = `#lsc-invite=1.${readFramework().id}.quick.Sam`;
  const { page, root } = await openWidget(`/plain.html${hash}`, {
    setup: (p) => p.route(isLater, (r) => (failing ? r.abort('connectionreset') : r.continue())),
  });
  const panel = root.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await panel.waitFor({ timeout: 15_000 });
  // Not the visitor's own check in its place: the colleague would answer about themselves.
  assert.equal(await root.locator('#lsc-step-heading, .lsc-explorer, .lsc-tabs').count(), 0, 'the widget\'s own panel is shown');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the invitation is left in the address, for a reload');
  failing = false;
  await button(panel, 'Try again').click();
  await root.getByRole('heading', { name: 'Give Sam your view' }).waitFor({ timeout: 15_000 });
  await expectFocus(page, 'lsc-colleague-heading', 'after "Try again"');
  assert.equal(await page.evaluate(() => location.hash), '', 'the invitation is taken out of the address once read');
  await page.context().close();
});

test("a partner's framework-src document is read by a later module; where it cannot be downloaded, the failure box says so", async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="ours" framework-src="/ours.json" fallback-href="/our-framework"></leadership-self-check>', {
      setup: async (p) => {
        await routeJson(p, '/ours.json', readFramework());
        await p.route(isLater, (r) => r.fulfill({ status: 404, body: '' }));
      },
    });
  const alert = page.locator('#ours').getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  const href = await alert.getByRole('link', { name: 'Read the framework on this website instead' }).getAttribute('href');
  assert.equal(new URL(href, page.url()).pathname, '/our-framework');
  const messages = (await lscErrors(page)).map((e) => e.message);
  assert.ok(messages.some((m) => m.includes('the part of the widget that reads framework-src documents could not be downloaded')), messages.join('\n'));
  await page.context().close();
});
