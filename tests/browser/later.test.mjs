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
import { DIST_DIR, diagnostics, eventually, lscErrors, openPartnerPage, readFramework, routeJson, useBrowser, waitForWidget, widgetOpener } from './harness.mjs';
import { answer, answerAll, button, expectFocus, expectStep, loadFile, standIn, readSummary, squash, stepsFor } from './drive.mjs';
import { downloaded } from './engines.mjs';

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

test('"Delete my answers?" whose module cannot be downloaded offers "Cancel" beside "Try again", back to the results', async () => {
  const { page, root } = await openWithAttributes({ view: 'self-check', mode: 'quick' });
  await answerSteps(page, root);
  await root.getByRole('heading', { name: 'Check your answers', exact: true }).waitFor({ timeout: 15_000 });
  await button(root, 'See my results').click();
  await root.getByRole('heading', { name: 'Your results', exact: true }).waitFor({ timeout: 15_000 });
  // Reloaded with the answers' module (the confirmation's) out of reach: the results come back
  // through "Continue where you left off", in the results' own module.
  const answersModule = manifest.later.map((m) => `/${m.file}`).filter((f) => f.startsWith('/split_answers.'));
  assert.equal(answersModule.length, 1, manifest.later.map((m) => m.file).join(', '));
  await page.route((u) => answersModule.includes(u.pathname), (r) => r.abort('connectionreset'));
  await page.reload();
  const again = await waitForWidget(page);
  await button(again, 'Continue where you left off').click();
  await again.getByRole('heading', { name: 'Your results', exact: true }).waitFor({ timeout: 15_000 });
  await button(again, 'Delete my answers').click();
  const panel = again.getByRole('alert').filter({ hasText: 'could not be downloaded' });
  await panel.waitFor({ timeout: 15_000 });
  assert.deepEqual((await panel.locator('button').allTextContents()).map(squash), ['Try again', 'Cancel']);
  await button(panel, 'Cancel').click();
  await again.getByRole('heading', { name: 'Your results', exact: true }).waitFor({ timeout: 15_000 });
  await expectFocus(page, 'lsc-delete', 'back on "Delete my answers"');
  assert.equal(await panel.count(), 0);
  await page.context().close();
});

test('moving to another device whose module cannot be downloaded: the file neither made nor read, said where the visitor is; then both work, the status line saying what the newest did', async () => {
  let failing = true;
  const transfer = manifest.later.map((m) => `/${m.file}`).filter((f) => f.startsWith('/split_transfer.'));
  assert.equal(transfer.length, 1, manifest.later.map((m) => m.file).join(', '));
  const { page, root } = await openWithAttributes({ view: 'self-check', mode: 'quick' }, {
    setup: (p) => p.route((u) => transfer.includes(u.pathname), (r) => (failing ? r.abort('connectionreset') : r.continue())),
  });
  const status = root.locator('.lsc-move p.lsc-earlier__status');
  await button(root, 'Download everything as a file').click();
  const notMade = 'The file could not be made, because part of this self-check could not be downloaded. Check your internet connection, then try again.';
  await root.locator('.lsc-move p.lsc-earlier__status', { hasText: notMade }).waitFor({ timeout: 15_000 });
  const file = JSON.stringify({ format: 'leadership-self-check', version: 1, framework: readFramework().id, exported: '2026-03-03', checks: [], quick: null, full: null });
  const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const before = await stored();
  await loadFile(root, file);
  const notRead = 'The file could not be read, because part of this self-check could not be downloaded. Check your internet connection, then choose the file again. Nothing has changed.';
  await root.locator('#lsc-file-errors', { hasText: notRead }).waitFor({ timeout: 15_000 });
  await expectFocus(page, 'lsc-file-errors', 'the error summary');
  assert.ok(squash(await root.locator('#lsc-file-error').textContent()).includes(notRead), 'the message by the input');
  assert.equal(await stored(), before, '"Nothing has changed": storage as it was');
  // The web team hears of each, with the code of a failed download.
  const codes = await root.evaluate((el) => (el.getRootNode().host.__lscHeard ?? []).filter((e) => e.type === 'lsc:error').map((e) => e.detail.code));
  assert.deepEqual(codes, ['download', 'download']);
  failing = false;
  await loadFile(root, file);
  await root.locator('.lsc-move p.lsc-earlier__status', { hasText: 'The file holds no finished checks.' }).waitFor({ timeout: 15_000 });
  assert.equal(await root.locator('#lsc-file-errors').count(), 0, 'the error summary gone once the file is read');
  // The status line says what the newest action did: the download, not the file read before it.
  const made = await downloaded(page, () => button(root, 'Download everything as a file').click());
  assert.equal(JSON.parse(made.text).format, 'leadership-self-check');
  await eventually(async () => squash(await status.textContent()) === 'Everything kept here has been downloaded as a file.', async () => `status: ${squash(await status.textContent())}`);
  // An answer given since is not in that file: no longer said to be.
  await answer(page, root, stepsFor(readFramework(), 'quick')[0].behaviours[0].id, 2);
  await eventually(async () => squash(await status.textContent()) === '', async () => `status after an answer: ${squash(await status.textContent())}`);
  await page.context().close();
});

for (const link of [
  { kind: 'invite', name: 'Give Sam your view', taken: true },
  { kind: 'collect', name: "Combine colleagues' codes for Sam", taken: false },
]) {
  test(`a #lsc-${link.kind} link waits for the colleagues' module: where it cannot be downloaded the panel says so and the link stays in the address; "Try again" opens its view, focus on its heading`, async () => {
    let failing = true;
    const hash = `#lsc-${link.kind}=1.${readFramework().id}.quick.Sam${link.kind === 'collect' ? '.Ana' : ''}`;
    const { page, root } = await openWidget(`/plain.html${hash}`, {
      setup: (p) => p.route(isLater, (r) => (failing ? r.abort('connectionreset') : r.continue())),
    });
    const panel = root.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await panel.waitFor({ timeout: 15_000 });
    // Not the visitor's own check in its place: they would answer it as the link's view.
    assert.equal(await root.locator('#lsc-step-heading, .lsc-explorer, .lsc-tabs').count(), 0, "the widget's own panel is shown");
    assert.equal(await page.evaluate(() => location.hash), hash, 'the link is left in the address, for a reload');
    failing = false;
    await button(panel, 'Try again').click();
    await root.getByRole('heading', { name: link.name }).waitFor({ timeout: 15_000 });
    await expectFocus(page, 'lsc-arrival-heading', 'after "Try again"');
    // An invitation leaves the address once read; a collector's link stays, to open the same view on a reload.
    assert.equal(await page.evaluate(() => location.hash), link.taken ? '' : hash);
    await page.context().close();
  });
}

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
