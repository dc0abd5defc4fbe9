// Nothing a visitor keeps is lost (issue #20), as an unlucky visitor meets it: two tabs finishing
// checks and typing a plan, a history write the browser refuses, a file with more checks than are
// kept (and one too large), "Delete my answers" naming what it deletes, and dates after a reload
// and from a file, and two tabs adding and removing colleagues' codes. Each test failed before
// the kept-data layer.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { controlledClock, setDay } from './clock.mjs';
import { assertCleanPage, eventually, readFramework, routeHtml, useBrowser, waitForWidget, widgetOpener, widgetPageHtml } from './harness.mjs';
import { answer, button, completeWithMouse, loadFile, resultsHeading, squash, stepsFor } from './drive.mjs';
import { makeCode } from './codes.mjs';
import { downloaded } from './engines.mjs';

const FW = readFramework();
const browser = useBrowser();
const PAGE = { path: '/test-kept-data.html', title: 'Kept data' };
const { openWithAttributes } = widgetOpener(browser, { routedPath: PAGE.path, title: PAGE.title });
const QUICK = stepsFor(FW, 'quick');
const FULL = stepsFor(FW, 'full');
const HISTORY = `leadership-self-check:v1:${FW.id}:history`;
const KEPT = 'Once this self-check has loaded, they are saved in this browser as you go, so you can come back later.';

/** Every statement of these steps answered `value`. */
const all = (steps, value) => Object.fromEntries(steps.flatMap((s) => s.behaviours.map((b) => [b.id, value])));
const earlierNames = (root) => root.locator('.lsc-earlier__name').allTextContents();
const storedHistory = async (page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), HISTORY)) ?? 'null');
const privacy = async (root) => squash(await root.locator('.lsc-privacy').textContent());
const moveStatus = async (root) => squash(await root.locator('.lsc-move p.lsc-earlier__status').textContent());

/** In the page: the browser refuses writes to `key` as a full storage does. */
const refuse = (key) => (page) =>
  page.addInitScript((key) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  }, key);

/** A file in our own format holding these checks. */
function fileWith(checks, extra = {}) {
  return JSON.stringify({ format: 'leadership-self-check', version: 1, framework: FW.id, exported: '2025-12-31', checks, quick: null, full: null, ...extra });
}

/** A quick check as our file writes it, on `day`, every statement answered `value`. */
const fileCheck = (at, day, value) => ({ at, day, mode: 'quick', answers: all(QUICK, value), actions: {} });

/** Two tabs on the self-check: A on the quick check, B on `mode`'s. */
async function twoTabs(mode) {
  const { page: a, root: ra } = await openWithAttributes({ view: 'self-check' });
  const b = await a.context().newPage();
  await routeHtml(b, PAGE.path, widgetPageHtml({ view: 'self-check', mode }, { title: PAGE.title }));
  await b.goto(PAGE.path);
  return { a, ra, b, rb: await waitForWidget(b) };
}

describe('kept data: nothing is lost', () => {
  test('1. two tabs finish a quick and a full check, then one types a plan: both checks are kept and both tabs list them', async () => {
    const { a, ra, b, rb } = await twoTabs('full');

    await completeWithMouse(a, ra, QUICK, all(QUICK, 1));
    await completeWithMouse(b, rb, FULL, all(FULL, 2));
    const modes = async () => ((await storedHistory(a))?.checks ?? []).map((c) => c.mode).sort();
    await eventually(async () => (await modes()).join() === 'full,quick', async () => `stored after both finished: ${await modes()}`);

    // Tab A, which finished first, types a plan line: its write merges, B's check stays.
    await ra.locator('.lsc-plan textarea').first().fill('Ask the youth forum');
    await eventually(async () => (await storedHistory(a))?.checks?.some((c) => Object.values(c.actions).includes('Ask the youth forum')), 'the plan was not stored');
    assert.deepEqual(await modes(), ['full', 'quick'], 'stored after tab A wrote its plan');
    // Both tabs hear every write and list both checks.
    for (const [root, name] of [[ra, 'A'], [rb, 'B']]) {
      await eventually(async () => (await earlierNames(root)).length === 2, async () => `tab ${name} lists ${JSON.stringify(await earlierNames(root))}`);
    }
    // A check deleted in B stays deleted when A writes again.
    const quickName = (await earlierNames(rb)).find((n) => n.includes('quick check'));
    await rb.getByRole('button', { name: `Delete ${quickName}`, exact: true }).click();
    await button(rb, 'Yes, delete it').click();
    await eventually(async () => (await modes()).join() === 'full', 'the deletion was not stored');
    await ra.locator('.lsc-plan textarea').first().fill('Ask the youth forum again');
    await eventually(async () => (await earlierNames(ra)).length === 1, async () => `tab A lists ${JSON.stringify(await earlierNames(ra))}`);
    assert.deepEqual(await modes(), ['full'], 'a stale tab did not bring the deleted check back');
    assertCleanPage(a);
    await b.close();
  });

  test('2. a history write the browser refuses is told at the results, with no "saved" promise', async () => {
    // The history key alone is refused, as a full storage refuses a new key while a same-length
    // rewrite of the answers still fits.
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: refuse(HISTORY) });
    await completeWithMouse(page, root, QUICK, all(QUICK, 2));
    const alert = root.locator('.lsc-check > p.lsc-warning[role="alert"]');
    await eventually(async () => (await alert.count()) === 1, 'no message that the check was not saved');
    assert.ok(squash(await alert.textContent()).startsWith('This check could not be saved with your earlier checks in this browser'));
    assert.ok(!(await privacy(root)).includes(KEPT), `the privacy line still promises: ${await privacy(root)}`);
    assert.equal(await button(root, 'Download everything as a file').count(), 1, 'a way to keep it is offered');
    assertCleanPage(page);
  });

  test('3. a file with more checks than are kept is asked about first, never drops this device\'s check, says what it did not add, and a 3 MB file is "too large"', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' });
    await completeWithMouse(page, root, QUICK, all(QUICK, 3));
    const [mine] = await earlierNames(root);
    const checks = Array.from({ length: 25 }, (_, i) => fileCheck(1_600_000_000_000 + i, `2025-01-${String(i + 1).padStart(2, '0')}`, i % 4));
    checks.push(fileCheck(9_000_000_000_000, '9999-12-31', 0));
    await loadFile(root, fileWith(checks));
    // Asked first: what the file holds and what would not be added; nothing changed yet.
    const question = root.locator('#lsc-file-question');
    await question.waitFor({ timeout: 5_000 });
    const asked = squash(await question.textContent());
    assert.ok(asked.startsWith('The file holds 26 checks. Loading it would add 19 checks (the newest that fit), and no check on this device would be removed. 7 would not be added:'), asked);
    assert.deepEqual(await earlierNames(root), [mine], 'nothing added before the visitor chose');
    await button(root, 'Load what fits').click();
    await eventually(async () => (await moveStatus(root)).startsWith('Added 19 checks.'), async () => `status: ${await moveStatus(root)}`);
    const said = await moveStatus(root);
    assert.ok(said.includes('6 checks from the file were not added: up to 20 checks are kept'), said);
    assert.ok(said.includes('1 check was dated after today, so not added.'), said);
    const names = await earlierNames(root);
    assert.equal(names.length, 20);
    assert.ok(names.includes(mine), `this device's check is kept: ${JSON.stringify(names)}`);
    const changes = squash(await root.locator('.lsc-results').textContent());
    assert.ok(!changes.includes('9999'), 'no change since a day to come');

    await loadFile(root, fileWith([], { padding: 'x'.repeat(3_000_000) }), 'big.json');
    const summary = root.locator('#lsc-file-errors');
    await summary.waitFor();
    assert.ok(squash(await summary.textContent()).includes('The file is larger than 2 MB, the most this self-check loads'), squash(await summary.textContent()));
    assertCleanPage(page);
  });

  test('4. "Delete my answers" says it deletes the earlier checks and colleagues\' codes, with how many', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' });
    await completeWithMouse(page, root, QUICK, all(QUICK, 1));
    await button(root, 'Delete my answers').click();
    const body = squash(await root.locator('.lsc-confirm, [aria-labelledby="lsc-confirm-heading"]').first().textContent());
    assert.ok(body.includes('1 earlier check and 0 colleagues\' response codes'), body);
    assertCleanPage(page);
  });

  test('5. after a reload on a later day the results show the check\'s own day, and the list labels it as this check', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: controlledClock });
    await setDay(page, '2026-03-03');
    await completeWithMouse(page, root, QUICK, all(QUICK, 2));
    await page.reload();
    await setDay(page, '2026-03-10');
    const r = await waitForWidget(page);
    await button(r, 'Continue where you left off').click();
    await resultsHeading(r).waitFor();
    const meta = squash(await r.locator('.lsc-results .lsc-meta').first().textContent());
    assert.ok(meta.startsWith('3 March 2026'), `the date line: ${meta}`);
    assert.deepEqual(await earlierNames(r), ['3 March 2026, quick check (this check)']);
    assertCleanPage(page);
  });

  test('5. a check finished while the clock is behind the previous one\'s is compared with it, and the dates are said to disagree', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: controlledClock });
    await setDay(page, '2026-03-03');
    await completeWithMouse(page, root, QUICK, all(QUICK, 1));
    await button(root, 'Start again').click();
    await button(root, 'Yes, start again').click();
    await root.locator('#lsc-step-heading').waitFor();
    await setDay(page, '2025-02-19');
    await completeWithMouse(page, root, QUICK, all(QUICK, 2));
    const labels = (await root.locator('.lsc-chart__label').allTextContents()).map(squash);
    assert.equal(labels[0], 'Strategic intent: 67 out of 100 (up 34 since 3 March 2026, a later date: a clock was wrong)');
    assertCleanPage(page);
  });

  test('6. a colleague\'s code the browser refuses to save is told, and stays listed to copy', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: refuse(`leadership-self-check:v1:${FW.id}:quick:views`) });
    await completeWithMouse(page, root, QUICK, all(QUICK, 1));
    const code = makeCode({ ids: QUICK.flatMap((s) => s.behaviours.map((b) => b.id)), nonce: 7 });
    await root.locator('#lsc-code-input').fill(code);
    await button(root, 'Add the code').click();
    const alert = root.locator('.lsc-views p.lsc-warning[role="alert"]');
    await alert.waitFor({ timeout: 5_000 });
    assert.ok(squash(await alert.textContent()).startsWith('These codes could not be saved in this browser'));
    assert.equal((await root.locator('.lsc-codes .lsc-code').allTextContents()).length, 1, 'the code is listed to copy');
    assertCleanPage(page);
  });

  test('7. two tabs add and remove colleagues\' codes: each keeps the other\'s, a removal stays removed, and both list the same', async () => {
    const { page: a, root: ra } = await openWithAttributes({ view: 'self-check' });
    await completeWithMouse(a, ra, QUICK, all(QUICK, 1));
    const b = await a.context().newPage();
    await routeHtml(b, PAGE.path, widgetPageHtml({ view: 'self-check' }, { title: PAGE.title }));
    await b.goto(PAGE.path);
    const rb = await waitForWidget(b);
    await button(rb, 'Continue where you left off').click();
    await rb.locator('#lsc-code-input').waitFor();

    const ids = QUICK.flatMap((s) => s.behaviours.map((x) => x.id));
    const [one, two, three] = [11, 12, 13].map((nonce) => makeCode({ ids, nonce, value: nonce % 4 }));
    const add = async (root, code) => {
      await root.locator('#lsc-code-input').fill(code);
      await button(root, 'Add the code').click();
    };
    const listed = async (root) => (await root.locator('.lsc-codes .lsc-code').allTextContents()).map(squash);
    const both = async (want, when) => {
      for (const [tab, root] of [['A', ra], ['B', rb]]) {
        await eventually(async () => (await listed(root)).join() === want.join(), async () => `${when}: tab ${tab} lists ${await listed(root)}`);
      }
    };
    await add(ra, one);
    await add(rb, two);
    await both([one, two], 'each tab added one');
    await ra.getByRole('button', { name: 'Remove code 1', exact: true }).click();
    await add(rb, three);
    await both([two, three], 'A removed the first, B added a third');
    const stored = await a.evaluate(() => Object.values(localStorage).join('\n'));
    assert.ok(!stored.includes(one) && stored.includes(two), 'a removed code leaves nothing of it on the device');
    await b.reload();
    const again = await waitForWidget(b);
    await button(again, 'Continue where you left off').click();
    await again.locator('#lsc-code-input').waitFor();
    assert.deepEqual(await listed(again), [two, three], 'kept on the device');
    assertCleanPage(a);
  });

  // Tab A downloads everything; tab B then keeps answers the file lacks: its own check's (the
  // quick check, as A's) or the other check's (the file holds the answers in progress of both).
  for (const [name, mode, statement] of [
    ['"Everything kept here has been downloaded as a file" is no longer said in one tab once another tab keeps different answers', 'quick', QUICK[0].behaviours[1].id],
    ['…nor once another tab keeps different answers to the other check (the file holds both)', 'full', FULL[0].behaviours[0].id],
  ]) {
    test(name, async () => {
      const { a, ra, b, rb } = await twoTabs(mode);
      await answer(a, ra, QUICK[0].behaviours[0].id, 2);
      await downloaded(a, () => button(ra, 'Download everything as a file').click());
      await eventually(async () => (await moveStatus(ra)) === 'Everything kept here has been downloaded as a file.', async () => `tab A: ${await moveStatus(ra)}`);
      await answer(b, rb, statement, 1);
      await eventually(async () => (await moveStatus(ra)) === '', async () => `tab A after tab B (the ${mode} check) kept its answers: ${await moveStatus(ra)}`);
      assertCleanPage(a);
    });
  }

  test('with different answers to the same check saved in another tab, the file holds this page\'s and says the device\'s are not in it', async () => {
    const { a, ra, b, rb } = await twoTabs('quick');
    const [mine, theirs] = [QUICK[0].behaviours[0].id, QUICK[0].behaviours[1].id];
    await answer(a, ra, mine, 2);
    await answer(b, rb, theirs, 1); // tab B saves its own answers over tab A's
    const stored = async () => JSON.parse(await a.evaluate((k) => localStorage.getItem(k), `leadership-self-check:v1:${FW.id}:quick`))?.answers;
    await eventually(async () => JSON.stringify(await stored()) === JSON.stringify({ [theirs]: 1 }), async () => `kept: ${JSON.stringify(await stored())}`);
    const { text } = await downloaded(a, () => button(ra, 'Download everything as a file').click());
    assert.deepEqual(JSON.parse(text).quick.answers, { [mine]: 2 }, 'the file holds the answers on this page: nothing shown here is lost');
    await eventually(
      async () => (await moveStatus(ra)) === 'The file has been downloaded, with the answers on this page. Different answers saved on this device are not in it.',
      async () => `tab A: ${await moveStatus(ra)}`,
    );
    assertCleanPage(a);
  });
});
