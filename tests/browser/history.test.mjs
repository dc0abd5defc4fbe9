// Progress over time and moving to another device, as a visitor meets them: two checks on
// different days (a controlled clock) show each theme's change, in words and on the chart;
// earlier checks open and delete; everything downloaded as one file loads into a fresh browser
// profile without duplicating a check; each kind of bad file gets its message and changes
// nothing; with persist="none" it all works within the page.
//
// Expected scores and changes are worked out here from the answers chosen (per theme:
// round(100 × sum / (3 × number answered))), never read back from the widget.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { controlledClock, setDay } from './clock.mjs';
import { downloaded } from './engines.mjs';
import { assertCleanPage, eventually, readFramework, useBrowser, widgetOpener, WIDGET_ROOT_SELECTOR } from './harness.mjs';
import { button, completeWithMouse, expectFocus, loadFile, resultsHeading, squash, stepsFor } from './drive.mjs';

const FW = readFramework();
const browser = useBrowser();
const { openWithAttributes } = widgetOpener(browser, { routedPath: '/test-history.html' });
const STEPS = stepsFor(FW, 'quick');
const PREFIX = `leadership-self-check:v1:${FW.id}:`;
const ON_PAGE_ONLY = 'Each check you finish on this page is listed here with its date, so you can see how your scores change.';

/** Every quick statement answered `value`, but Strategic intent's, answered `first`. */
function answers(first, value) {
  const a = {};
  for (const s of STEPS) for (const b of s.behaviours) a[b.id] = s.theme.id === 'strategic-intent' ? first : value;
  return a;
}

const score = (value) => Math.round((100 * value * 3) / (3 * 3));

/** Finish a quick check on `day` with these answers (through drive.mjs's helper). */
async function finishOn(page, root, day, first, value) {
  await setDay(page, day);
  await completeWithMouse(page, root, STEPS, answers(first, value));
}

async function startAgain(root) {
  await button(root, 'Start again').click();
  await button(root, 'Yes, start again').click();
  await root.locator('#lsc-step-heading').waitFor();
}

const earlierNames = (root) => root.locator('.lsc-earlier__name').allTextContents();
/** What "Your earlier checks" says before the first check is finished. */
const noneYet = async (root) => squash(await root.locator('.lsc-earlier__none').textContent());
const chartLabels = async (root) => (await root.locator('.lsc-chart__label').allTextContents()).map(squash);
const status = (root) => root.locator('.lsc-earlier > p.lsc-earlier__status');
const moveStatus = (root) => root.locator('.lsc-move p.lsc-earlier__status');

describe('progress over time', () => {
  test('two checks on different days: each theme\'s change in words and on the chart, the theme that moved most, then open and delete an earlier check', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: controlledClock });
    assert.equal(await noneYet(root), 'Each check you finish is kept here with its date, so you can see how your scores change.');
    await finishOn(page, root, '2026-03-03', 1, 1);
    assert.equal(await root.locator('.lsc-chart__change').count(), 0, 'a first check has nothing to compare with');
    assert.deepEqual(await earlierNames(root), ['3 March 2026, quick check (this check)']);

    await startAgain(root);
    await finishOn(page, root, '2026-04-01', 3, 1);
    const [si, ...others] = await chartLabels(root);
    assert.equal(si, `Strategic intent: ${score(3)} out of 100 (up ${score(3) - score(1)} since 3 March 2026)`);
    for (const line of others) assert.match(line, /out of 100 \(no change since 3 March 2026\)$/);
    assert.equal(await root.locator('.lsc-chart__previous').count(), STEPS.length, 'a line for each earlier score');
    const reading = squash(await root.locator('.lsc-results').textContent());
    assert.ok(reading.includes(`Since your previous check, Strategic intent has moved most: up ${score(3) - score(1)} since 3 March 2026.`), reading.slice(0, 600));
    assert.deepEqual(await earlierNames(root), ['1 April 2026, quick check (this check)', '3 March 2026, quick check'], 'newest first, the results on screen labelled');

    // Open the earlier one: its results, read-only, then back.
    await root.getByRole('button', { name: 'Open 3 March 2026, quick check', exact: true }).click();
    await expectFocus(page, 'lsc-results-heading', 'opening an earlier check');
    assert.equal(squash(await resultsHeading(root).textContent()), 'Your results from 3 March 2026');
    assert.equal(await root.locator('textarea').count(), 0, 'an earlier plan is not edited');
    assert.equal(await button(root, 'Delete my answers').count(), 0);
    await button(root, 'Back to the self-check').click();
    await expectFocus(page, 'lsc-earlier-heading', 'closing an earlier check');

    // Delete it, after a confirmation; it stays deleted after a reload.
    await root.getByRole('button', { name: 'Delete 3 March 2026, quick check', exact: true }).click();
    await expectFocus(page, 'lsc-earlier-confirm', 'asking to delete a check');
    await button(root, 'Yes, delete it').click();
    await eventually(async () => squash(await status(root).textContent()) === 'The check has been deleted.', 'no status after deleting');
    assert.deepEqual(await earlierNames(root), ['1 April 2026, quick check (this check)']);
    await page.reload();
    const r = page.locator(`leadership-self-check ${WIDGET_ROOT_SELECTOR}`);
    await r.locator('.lsc-earlier__name').first().waitFor();
    assert.deepEqual(await earlierNames(r), ['1 April 2026, quick check'], 'kept on the device, listed at the offer to continue');
    await button(r, 'Continue where you left off').click();

    // "Delete my answers" deletes the earlier checks too.
    await button(r, 'Delete my answers').click();
    await button(r, 'Yes, delete my answers').click();
    await eventually(async () => (await r.locator('.lsc-earlier__name').count()) === 0, 'earlier checks left after "Delete my answers"');
    const keys = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), PREFIX);
    assert.deepEqual(keys, [], 'nothing left in storage');
    assertCleanPage(page);
  });

  test('persist="none": checks and their changes are kept within the page, and nothing is stored', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check', persist: 'none' }, { setup: controlledClock });
    // Not "kept here": they are listed only while the page is open.
    assert.equal(await noneYet(root), `${ON_PAGE_ONLY} They are not kept after you leave this page.`);
    await finishOn(page, root, '2026-05-04', 2, 2);
    await startAgain(root);
    await finishOn(page, root, '2026-06-01', 2, 1);
    const labels = await chartLabels(root);
    assert.equal(labels[0], `Strategic intent: ${score(2)} out of 100 (no change since 4 May 2026)`);
    assert.equal(labels[1], `Driving transformation: ${score(1)} out of 100 (down ${score(2) - score(1)} since 4 May 2026)`);
    assert.deepEqual(await earlierNames(root), ['1 June 2026, quick check (this check)', '4 May 2026, quick check']);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'persist="none" wrote to storage');
    assertCleanPage(page);
  });
});

describe('move to another device', () => {
  test('everything downloaded as one file loads into a fresh browser profile, and loading it again adds nothing', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' }, { setup: controlledClock });
    await finishOn(page, root, '2026-03-03', 1, 1);
    await startAgain(root);
    await finishOn(page, root, '2026-04-01', 3, 1);
    await root.locator('#lsc-plan-si-1, .lsc-plan textarea').first().fill('Meet the youth forum');
    const file = await downloaded(page, () => button(root, 'Download everything as a file').click());
    assert.equal(file.name, 'leadership-self-check-everything-2026-04-01.json');
    assert.equal(JSON.parse(file.text).checks.length, 2);

    const other = await openWithAttributes({ view: 'self-check' });
    const there = other.root;
    await loadFile(there, file.text);
    // The results in play came too, as answers in progress, since this profile had none.
    const added = 'Added 2 checks. Your answers in progress from the file were loaded too.';
    await eventually(async () => squash(await moveStatus(there).textContent()) === added, async () => `status: ${squash(await moveStatus(there).textContent())}`);
    await resultsHeading(there).waitFor();
    assert.deepEqual(await earlierNames(there), ['1 April 2026, quick check (this check)', '3 March 2026, quick check']);
    await there.getByRole('button', { name: 'Open 1 April 2026, quick check (this check)', exact: true }).click();
    assert.ok(squash(await there.locator('.lsc-plan').textContent()).includes('One thing I will do: Meet the youth forum'), 'the action plan came too');
    await button(there, 'Back to the self-check').click();

    await loadFile(there, file.text);
    await eventually(async () => squash(await moveStatus(there).textContent()) === 'No checks added: all 2 in the file were already here.', 'loading twice');
    assert.equal((await earlierNames(there)).length, 2, 'no check twice');
    assertCleanPage(page);
    assertCleanPage(other.page);
  });

  test('each kind of bad file gets its message in an error summary and changes nothing', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' });
    const ours = { format: 'leadership-self-check', version: 1, framework: FW.id, exported: '2026-03-03', checks: [], quick: null, full: null };
    const cases = [
      ['a photo.json', 'not a self-check file at all', 'The file is not a self-check file.'],
      ['newer.json', JSON.stringify({ ...ours, version: 2 }), 'The file is from a newer version of this self-check'],
      ['other.json', JSON.stringify({ ...ours, framework: 'another-framework' }), 'The file is from a different self-check'],
      ['damaged.json', JSON.stringify({ ...ours, checks: [{ at: 1, day: '2026-02-30', mode: 'quick', answers: { 'si-1': 9 }, actions: {} }] }), 'The file is damaged'],
    ];
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const [name, text, message] of cases) {
      await loadFile(root, text, name);
      // The file is read asynchronously and the summary may still hold the previous file's
      // message (and focus): wait for this file's message before reading anything.
      await root.locator('#lsc-file-errors', { hasText: message }).waitFor();
      await expectFocus(page, 'lsc-file-errors', `${name}: the error summary`);
      const summary = squash(await root.locator('#lsc-file-errors').textContent());
      assert.ok(summary.startsWith('There is a problem') && summary.includes(message), `${name}: ${summary}`);
      assert.ok(squash(await root.locator('#lsc-file-error').textContent()).includes(message), `${name}: the message by the input`);
      assert.equal(await root.locator('.lsc-earlier__name').count(), 0, `${name}: nothing added`);
    }
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'storage unchanged');
    await root.locator('#lsc-file-errors a').click();
    await expectFocus(page, 'lsc-file', 'the error summary link');
    assertCleanPage(page);
  });
});
