// The full check (all 39 statements, mode="full") with the keyboard alone: Tab, Shift+Tab, the
// arrow keys in each radio group, Space and Enter; no clicks and no .check(). On the way: one
// Next with a statement left unanswered (focus to the error summary, Enter on its link to the
// statement's first radio), "Check your answers" with one answer changed through its "Change"
// and every control reached by Tab, and then every control of the results reached by Tab.
//
// At every Tab stop the focused element is found through the shadow root
// (document.activeElement.shadowRoot.activeElement …) and must show a focus indicator: a
// non-transparent outline, or box-shadow spread, of at least 2 px computed on it (WCAG 2.4.7).
// Where a script moves focus (a new step, the error summary, the results) the test checks where.
// The quick check's keyboard test is in self-check.test.mjs; this one covers the long form, and
// then a colleague's response code added, refused and removed by keyboard.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/keyboard.test.mjs

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENGINE } from './engines.mjs';
import { assertCleanPage, readFramework, useBrowser, widgetOpener } from './harness.mjs';
import { makeCode } from './codes.mjs';
import { checkedValue, completeWithMouse, deepFocus, expectFocus, expectStep, resultsHeading, SCALE, squash, stepsFor } from './drive.mjs';

const FW = readFramework();
const FULL = stepsFor(FW, 'full');
assert.deepEqual(FULL.map((s) => s.behaviours.length), [7, 12, 12, 8], 'framework.json: statements per theme');

const browser = useBrowser();
const { openWithAttributes } = widgetOpener(browser, { routedPath: '/test-keyboard.html', title: 'Keyboard test' });

/** A focus indicator at least as thick as WCAG 2.4.13 (Focus Appearance) asks: 2 CSS px. */
const MIN_INDICATOR = 2;

test('the full check is completed with the keyboard alone, focus visible at every stop and moved where it should be', async () => {
  const { page, root } = await openWithAttributes({ mode: 'full' });
  const stops = [];

  /** Press `key` (Tab or Shift+Tab) and check that focus landed visibly inside the widget. */
  async function tab(key = 'Tab') {
    await page.keyboard.press(key);
    const f = await deepFocus(page);
    assert.ok(f?.inShadow, `${key}: focus left the widget (now on ${JSON.stringify(f)})`);
    assert.ok(
      f.indicator >= MIN_INDICATOR,
      `${key} to ${f.tag}#${f.id} "${f.text}": no visible focus indicator of ${MIN_INDICATOR} px (${f.style})`,
    );
    stops.push(f);
    return f;
  }
  const press = (key) => page.keyboard.press(key);

  // A pattern over the scale, so every arrow-key distance is used.
  const answers = Object.fromEntries(FULL.flatMap((s) => s.behaviours).map((b, n) => [b.id, (n * 3 + 1) % 4]));
  const skipped = FULL[0].behaviours[2].id; // left unanswered on the first Next

  /** Tab into behaviour `id`'s unanswered radio group: focus lands on its first radio. */
  async function tabIntoGroup(id) {
    assert.equal((await tab()).id, `${id}-0`, `Tab into the radios of ${id}: the first radio`);
  }
  /** Choose `id`'s answer in the focused group: Space for the first option, arrows for the others. */
  async function choose(id) {
    const value = answers[id];
    if (value === 0) await press('Space');
    for (let i = 0; i < value; i++) await press('ArrowRight');
    assert.equal(await checkedValue(root, id), String(value), `${id}: checked after the keyboard`);
    await expectFocus(page, `${id}-${value}`, `${id}: focus after choosing ${SCALE[value]}`);
  }

  // Into the widget: the first Tab reaches the selected tab; ArrowRight selects "Self-check".
  assert.equal((await tab()).id, 'lsc-tab-framework', 'first Tab into the widget');
  await press('ArrowRight');
  await expectFocus(page, 'lsc-tab-check', 'ArrowRight on the tabs');
  await expectStep(root, 1, 4, FULL[0].theme.title);

  for (const [i, step] of FULL.entries()) {
    const last = i + 1 === FULL.length;
    for (const b of step.behaviours) {
      await tabIntoGroup(b.id);
      if (b.id !== skipped) await choose(b.id);
    }
    if (i > 0) assert.equal((await tab()).text, 'Back', `step ${i + 1}: Tab after the last statement`);
    if (i === 1) {
      // Back into the last group with Shift+Tab (from Back): focus returns to its checked radio,
      // and ArrowLeft changes the answer.
      const lastId = step.behaviours.at(-1).id;
      assert.equal((await tab('Shift+Tab')).id, `${lastId}-${answers[lastId]}`, 'Shift+Tab from Back: the checked radio');
      const down = answers[lastId] > 0; // not past the first option, which would wrap to the last
      await press(down ? 'ArrowLeft' : 'ArrowRight');
      answers[lastId] += down ? -1 : 1;
      assert.equal(await checkedValue(root, lastId), String(answers[lastId]), `${lastId}: checked after an arrow key`);
      assert.equal((await tab()).text, 'Back', 'Tab back to Back');
    }
    const submit = await tab();
    assert.equal(submit.text, 'Next', `step ${i + 1}: the submit button`);

    if (i === 0) {
      // The deliberate mistake: Next with one statement unanswered.
      await press('Enter');
      await expectFocus(page, 'lsc-error-summary', 'Enter on Next with a statement unanswered');
      const summary = await deepFocus(page);
      assert.ok(summary.indicator >= MIN_INDICATOR, `the focused error summary shows no outline (${summary.style})`);
      await expectStep(root, 1, 4, step.theme.title);
      const link = await tab();
      assert.equal(link.tag, 'a', 'Tab from the error summary: its link');
      assert.equal(link.text, `Select how often this describes you: ${step.behaviours[2].text}`, 'the error link names the statement');
      await press('Enter');
      await expectFocus(page, `${skipped}-0`, 'Enter on the error link: the statement\'s first radio');
      await choose(skipped);
      for (const b of step.behaviours.slice(3)) {
        assert.equal((await tab()).id, `${b.id}-${answers[b.id]}`, `Tab to ${b.id}'s checked radio`);
      }
      assert.equal((await tab()).text, 'Next', 'step 1: Next again');
    }
    await press('Enter');
    if (!last) {
      await expectStep(root, i + 2, 4, FULL[i + 1].theme.title);
      await expectFocus(page, 'lsc-step-heading', `Next on step ${i + 1}: the new step's heading`);
    }
  }
  // Check your answers: focus on its heading; Tab to the first "Change", which names its statement.
  await expectFocus(page, 'lsc-summary-heading', 'Next on the last step: the summary heading');
  const first = FULL[0].behaviours[0];
  const change = await tab();
  assert.equal(change.id, `lsc-change-${first.id}`, 'Tab from the summary heading: the first Change');
  assert.equal(change.text, `Change your answer to: ${first.text}`, 'the Change button names its statement');
  await press('Enter');
  await expectStep(root, 1, 4, FULL[0].theme.title);
  await expectFocus(page, `${first.id}-${answers[first.id]}`, 'Change: the statement\'s chosen radio');
  await press('ArrowRight');
  answers[first.id] += 1;
  assert.equal(await checkedValue(root, first.id), String(answers[first.id]), `${first.id}: changed by an arrow key`);
  // Enter in the group submits the step ("Return to your answers"), back to the same Change.
  await press('Enter');
  await expectFocus(page, `lsc-change-${first.id}`, 'Enter after changing: back on the statement\'s Change');
  const row = root.locator('.lsc-summary-list__row').first();
  assert.equal(squash(await row.locator('dd').first().textContent()), SCALE[answers[first.id]], 'the summary shows the new answer');
  // Every other Change, then Back, then "See my results".
  for (const b of FULL.flatMap((st) => st.behaviours).slice(1)) {
    assert.equal((await tab()).id, `lsc-change-${b.id}`, `Tab on the summary: ${b.id}'s Change`);
  }
  assert.equal((await tab()).text, 'Back', 'Tab after the last Change: Back');
  assert.equal((await tab()).text, 'See my results', 'then "See my results"');
  await press('Enter');
  await expectFocus(page, 'lsc-results-heading', '"See my results": the results heading');
  assert.equal(squash(await resultsHeading(root).textContent()), 'Your results');
  // Every answer chosen by keyboard reached the check (as kept on the device).
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('leadership-self-check:v1:leadership-empowered-healthy-communities:full')));
  assert.deepEqual(kept?.answers, answers, 'the 39 answers the keyboard chose');
  const checkStops = stops.length;

  // The results: Tab from the heading visits every control after it, in order, until focus
  // leaves the widget; an action is typed into the first field on the way.
  const expected = await root.evaluate((el) => {
    const heading = el.querySelector('#lsc-results-heading');
    return [...el.querySelectorAll('button, a[href], textarea, input, select, summary')]
      // Every control shown, whatever its tabindex: one taken out of the tab order must fail.
      .filter((c) => !c.disabled && c.getClientRects().length && heading.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((c) => `${c.tagName.toLowerCase()}#${c.id} ${(c.labels?.[0] ?? c).textContent.replace(/\s+/g, ' ').trim()}`);
  });
  const kinds = (tag) => expected.filter((e) => e.startsWith(`${tag}#`)).length;
  assert.ok(kinds('button') >= 6 && kinds('textarea') >= 1, `the results' controls: ${JSON.stringify(expected)}`);
  const visited = [];
  let typed = false;
  for (let i = 0; i < expected.length; i++) {
    const f = await tab();
    visited.push(`${f.tag}#${f.id} ${f.text}`);
    if (f.tag === 'textarea' && !typed) {
      await page.keyboard.type('Ask two partners what our shared vision means to them');
      typed = true;
    }
  }
  assert.deepEqual(visited, expected, 'Tab from the results heading: every control, in order');
  await page.keyboard.press('Tab');
  const after = await deepFocus(page);
  // Out of the widget. MiniBrowser (WebKit) has no browser controls to take focus, so Tab wraps
  // round to the page's first stop, the widget's selected tab: that is not a trap either.
  const wrapped = ENGINE === 'webkit' && after?.id === 'lsc-tab-check';
  assert.ok(!after?.inShadow || wrapped, `Tab after the last control stayed in the widget: ${JSON.stringify(after)}`);
  const plan = await root.locator('ol.lsc-plan textarea').first().inputValue();
  assert.equal(plan, 'Ask two partners what our shared vision means to them', 'the action typed by keyboard');

  assert.ok(checkStops >= 39 + 3 + 4, `only ${checkStops} Tab stops in the check`);
  console.log(`keyboard: ${stops.length} Tab stops checked for a visible focus indicator (${checkStops} in the check, ${stops.length - checkStops} on the results); thinnest outline ${Math.min(...stops.map((s) => s.outline))} px, ring ${Math.min(...stops.map((s) => s.ring))} px`);
  assertCleanPage(page);
});

test('"Your earlier checks" with the keyboard alone: open a check and come back, then delete one after its confirmation', async () => {
  const { page, root } = await openWithAttributes({ view: 'self-check' });
  const quick = stepsFor(FW, 'quick');
  await completeWithMouse(page, root, quick, Object.fromEntries(quick.flatMap((s) => s.behaviours.map((b) => [b.id, 2]))));
  const tabTo = async (text) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await deepFocus(page);
      assert.ok(f?.indicator >= MIN_INDICATOR, `no visible focus on ${JSON.stringify(f)}`);
      if (f?.text === text) return;
    }
    assert.fail(`Tab never reached "${text}"`);
  };
  await root.locator('#lsc-earlier-heading').focus();
  const name = squash(await root.locator('.lsc-earlier__name').first().textContent());
  await tabTo(`Open ${name}`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'lsc-results-heading', 'Enter on Open: the earlier check\'s heading');
  await tabTo('Back to the self-check');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'lsc-earlier-heading', 'Back: the section heading');
  await tabTo(`Delete ${name}`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'lsc-earlier-confirm', 'Delete: its confirmation');
  await tabTo('Yes, delete it');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'lsc-earlier-heading', 'deleted: the section heading');
  assert.equal(await root.locator('.lsc-earlier__name').count(), 0, 'the check was deleted');
  assertCleanPage(page);
});

test('a colleague\'s response code is added, refused and removed with the keyboard alone', async () => {
  const { page, root } = await openWithAttributes({ view: 'self-check' });
  const QUICK = stepsFor(FW, 'quick');
  const ids = QUICK.flatMap((s) => s.behaviours.map((b) => b.id));
  await completeWithMouse(page, root, QUICK, Object.fromEntries(ids.map((id) => [id, 2])));
  const press = (key) => page.keyboard.press(key);
  /** Tab until focus is on `id`, each stop visibly focused, within `limit` stops. */
  async function tabTo(id, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await press('Tab');
      const f = await deepFocus(page);
      assert.ok(f?.inShadow && f.indicator >= MIN_INDICATOR, `Tab to ${f?.tag}#${f?.id}: focus visible in the widget`);
      if (f.id === id) return f;
    }
    assert.fail(`#${id} not reached by Tab`);
  }
  await tabTo('lsc-code-input');
  await page.keyboard.type('not a code');
  await press('Tab');
  assert.equal((await deepFocus(page)).text, 'Add the code');
  await press('Enter');
  await expectFocus(page, 'lsc-code-error-summary', 'a refused code: the error summary');
  await press('Tab');
  await press('Enter');
  await expectFocus(page, 'lsc-code-input', 'the error summary\'s link: the box');
  await press('End');
  for (const _ of 'not a code') await press('Backspace');
  await page.keyboard.type(makeCode({ ids }));
  await press('Tab');
  await press('Enter');
  await expectFocus(page, 'lsc-codes-heading', 'a code added: the list of codes');
  assert.equal(await root.locator('.lsc-codes li').count(), 1);
  await press('Tab');
  assert.equal(squash((await deepFocus(page)).text), 'Remove code 1');
  await press('Enter');
  await expectFocus(page, 'lsc-codes-heading', 'a code removed: the list of codes');
  assert.equal(await root.locator('.lsc-codes li').count(), 0);
  assertCleanPage(page);
});
