// The self-check as a visitor experiences it: answering with the keyboard alone, errors,
// the numbers on the results, answers kept on the device (and not kept, or deleted, when
// asked), saved data that cannot be read, the lsc:complete event, the full check, and
// moving between the two tabs.
//
// Expected scores are worked out here from the answers chosen, with the documented formula
// (per theme: round(100 × sum / (3 × number answered)), "does not apply" left out), never
// read back from the widget.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { downloaded, notIn } from './engines.mjs';
import {
  assertCleanPage,
  readFramework,
  useBrowser,
  waitForWidget,
  widgetOpener,
  eventually,
} from './harness.mjs';
import {
  activeId,
  answer,
  answerAll,
  blockStorage,
  button,
  checkedValue,
  completeWithMouse,
  confirmAnswers,
  expectFocus,
  expectStep,
  expectSummary,
  fieldsetOf,
  NA,
  NOT_APPLICABLE,
  readSummary,
  resultsHeading,
  SCALE,
  showSelfCheck,
  squash,
  stepHeading,
  stepsFor,
  summaryHeading,
} from './drive.mjs';

const FW = readFramework();
const browser = useBrowser();
const { openWidget, openWithAttributes } = widgetOpener(browser, { routedPath: '/test-self-check.html' });

const FRAMEWORK_ID = 'leadership-empowered-healthy-communities';
const KEY_PREFIX = 'leadership-self-check';
const keyFor = (mode) => `${KEY_PREFIX}:v1:${FRAMEWORK_ID}:${mode}`;
const KEY_QUICK = keyFor('quick');
const KEY_FULL = keyFor('full');

const QUESTION = 'How often does this describe you?';
const STAYS_HERE = 'Your answers stay on this device and are not sent anywhere.';
const KEPT = 'Once this self-check has loaded, they are saved in this browser as you go, so you can come back later.';
const NOT_KEPT = 'They are not kept after you leave this page.';
const ERROR_MESSAGE = 'Select how often this describes you';

assert.equal(FW.id, FRAMEWORK_ID, 'framework.json: unexpected framework id');
assert.deepEqual(FW.self_check.scale, SCALE, 'framework.json: unexpected answer scale');
assert.equal(FW.self_check.not_applicable, NOT_APPLICABLE, 'framework.json: unexpected "does not apply" label');
assert.equal(FW.self_check.question, QUESTION, 'framework.json: unexpected question');

// ---------------------------------------------------------------------------------------------
// Expectations, from framework.json
// ---------------------------------------------------------------------------------------------

const BEHAVIOURS = new Map(FW.themes.flatMap((t) => t.behaviours.map((b) => [b.id, { ...b, theme: t }])));
const behaviour = (id) => {
  const b = BEHAVIOURS.get(id);
  assert.ok(b, `framework.json: no behaviour ${id}`);
  return b;
};

const QUICK_STEPS = stepsFor(FW, 'quick');
const FULL_STEPS = stepsFor(FW, 'full');
assert.deepEqual(
  QUICK_STEPS.map((s) => s.behaviours.map((b) => b.id)),
  [['si-1', 'si-4', 'si-7'], ['dt-1', 'dt-2', 'dt-3'], ['fc-1', 'fc-5', 'fc-6'], ['fo-1', 'fo-5', 'fo-6']],
  'framework.json: unexpected quick-check statements',
);

/** Per theme, in theme order: { id, title, score } with score = round(100 × sum / (3 × n)). */
function expectedScores(steps, answers) {
  return steps.map(({ theme, behaviours }) => {
    const values = behaviours.map((b) => answers[b.id]).filter((v) => v !== NA);
    assert.equal(values.length + behaviours.filter((b) => answers[b.id] === NA).length, behaviours.length,
      `test bug: not every statement of "${theme.title}" has an answer`);
    const sum = values.reduce((a, v) => a + v, 0);
    const score = values.length ? Math.round((100 * sum) / (3 * values.length)) : null;
    return { id: theme.id, title: theme.title, score };
  });
}

/** Up to three statements rated lowest (below "Consistently"), lowest first, ties in framework order. */
function expectedLowest(steps, answers) {
  const rated = steps.flatMap((s) => s.behaviours).filter((b) => answers[b.id] !== NA && answers[b.id] < 3);
  return [0, 1, 2].flatMap((v) => rated.filter((b) => answers[b.id] === v)).slice(0, 3);
}

/** Strongest and focus themes, for answers chosen so that neither is tied. */
function expectedReading(scores) {
  const max = Math.max(...scores.map((s) => s.score));
  const min = Math.min(...scores.map((s) => s.score));
  const strongest = scores.filter((s) => s.score === max);
  const focus = scores.filter((s) => s.score === min);
  assert.ok(strongest.length === 1 && focus.length === 1, `test bug: choose answers without ties (${JSON.stringify(scores)})`);
  return {
    strongest: strongest[0],
    focus: focus[0],
    sentences: [
      `Your strongest theme is ${strongest[0].title} (${max} out of 100).`,
      `The theme to focus on is ${focus[0].title} (${min} out of 100).`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** The results chart as [{ text, width }]. */
function chartRows(root) {
  return root.locator('ul.lsc-chart > li').evaluateAll((lis) =>
    lis.map((li) => ({
      text: li.textContent.replace(/\s+/g, ' ').trim(),
      width: li.querySelector('rect.lsc-chart__bar')?.getAttribute('width') ?? null,
      svgHidden: li.querySelector('svg')?.getAttribute('aria-hidden') ?? null,
    })),
  );
}

async function expectChart(root, scores) {
  const rows = await chartRows(root);
  assert.deepEqual(
    rows,
    scores.map((s) => ({ text: `${s.title}: ${s.score} out of 100`, width: String(s.score), svgHidden: 'true' })),
    'the score chart: one row per theme with its score as text and a bar of that width',
  );
}

/** Every localStorage entry of the page, as an object. */
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
const saved = async (page, key = KEY_QUICK) => {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw === null ? null : JSON.parse(raw);
};

/** The notice above the self-check (empty when none). */
const noticeText = async (root) => squash(await root.locator('.lsc-notice-region').textContent());
const privacyText = async (root) => squash(await root.locator('.lsc-privacy').textContent());


// Answers used by several tests (quick check). No two themes tie on the highest or lowest score.
const ANSWERS_A = {
  'si-1': 1, 'si-4': 0, 'si-7': 2, // 3/9 → 33
  'dt-1': 3, 'dt-2': 2, 'dt-3': 1, // 6/9 → 67
  'fc-1': 2, 'fc-5': 2, 'fc-6': 3, // 7/9 → 78
  'fo-1': 0, 'fo-5': 3, 'fo-6': 1, // 4/9 → 44
};

// ---------------------------------------------------------------------------------------------
// 1. Keyboard only
// ---------------------------------------------------------------------------------------------

describe('keyboard', () => {
  for (const urlPath of ['/plain.html', '/index.html']) {
    test(`the quick check can be completed with the keyboard alone, focus following each step (${urlPath})`, async () => {
      const { page, root } = await openWidget(urlPath);
      const press = (key) => page.keyboard.press(key);
      // Final answers; step 1's last one is first set to 3 and then corrected with Shift+Tab.
      const answers = {
        'si-1': 1, 'si-4': 0, 'si-7': 2,
        'dt-1': 3, 'dt-2': 1, 'dt-3': 2,
        'fc-1': 0, 'fc-5': 0, 'fc-6': 1,
        'fo-1': 2, 'fo-5': 3, 'fo-6': 3,
      };

      // Into the widget: Tab reaches the selected tab (past the partner page's links on
      // index.html), ArrowRight moves to "Self-check".
      for (let i = 0; ; i++) {
        await press('Tab');
        if ((await activeId(page)) !== null) break;
        assert.ok(i < 60, 'Tab never reached the widget');
      }
      await expectFocus(page, 'lsc-tab-framework', 'first Tab into the widget');
      await press('ArrowRight');
      await expectFocus(page, 'lsc-tab-check', 'ArrowRight on "The framework" tab');
      assert.equal(await root.locator('#lsc-tab-check').getAttribute('aria-selected'), 'true', 'Self-check tab aria-selected after ArrowRight');
      assert.equal(await root.locator('#lsc-tab-check').getAttribute('tabindex'), '0', 'Self-check tab tabindex after ArrowRight (roving)');
      assert.equal(await root.locator('#lsc-tab-framework').getAttribute('tabindex'), '-1', 'framework tab tabindex after ArrowRight (roving)');
      await expectStep(root, 1, 4, QUICK_STEPS[0].theme.title);

      /** Tab into the next radio group and choose `value` with Space (first option) or arrow keys. */
      async function answerByKeyboard(id, value) {
        await press('Tab');
        await expectFocus(page, `${id}-0`, `Tab into the radios of ${id}`);
        if (value === 0) await press('Space');
        for (let i = 0; i < value; i++) await press('ArrowRight');
        assert.equal(await checkedValue(root, id), String(value), `${id}: checked value after the keyboard`);
        await expectFocus(page, `${id}-${value}`, `${id}: focus after choosing ${SCALE[value]}`);
      }


      for (const [i, step] of QUICK_STEPS.entries()) {
        const ids = step.behaviours.map((b) => b.id);
        if (i === 0) {
          await answerByKeyboard('si-1', 1);
          await answerByKeyboard('si-4', 0);
          await answerByKeyboard('si-7', 3);
          await press('Tab');
          await expectFocus(page, '<button "Next">', 'Tab after the last radio group of step 1');
          // Back into the last group with Shift+Tab: focus returns to its checked radio.
          await press('Shift+Tab');
          await expectFocus(page, 'si-7-3', 'Shift+Tab from Next');
          await press('ArrowLeft');
          assert.equal(await checkedValue(root, 'si-7'), '2', 'si-7 after ArrowLeft');
          await press('Tab');
        } else {
          for (const id of ids) await answerByKeyboard(id, answers[id]);
          await press('Tab');
          await expectFocus(page, '<button "Back">', `Tab after the last radio group of step ${i + 1}`);
          await press('Tab');
        }
        const last = i + 1 === QUICK_STEPS.length;
        await expectFocus(page, '<button "Next">', `step ${i + 1}: the submit button`);
        await press('Enter');
        if (!last) {
          await expectStep(root, i + 2, 4, QUICK_STEPS[i + 1].theme.title);
          await expectFocus(page, 'lsc-step-heading', `after Next on step ${i + 1}`);
        }
      }
      await expectSummary(root);
      await expectFocus(page, 'lsc-summary-heading', 'after Next on the last step');
      // Past every "Change" and Back to "See my results".
      for (let i = 0; i < 12 + 2; i++) await press('Tab');
      await expectFocus(page, '<button "See my results">', 'Tab through the summary');
      await press('Enter');
      await resultsHeading(root).waitFor({ timeout: 5_000 });
      await expectFocus(page, 'lsc-results-heading', 'after "See my results"');
      assert.equal(squash(await resultsHeading(root).textContent()), 'Your results');

      const scores = expectedScores(QUICK_STEPS, answers);
      assert.deepEqual(scores.map((s) => s.score), [33, 67, 11, 89], 'test bug: worked example');
      await expectChart(root, scores);
      assertCleanPage(page);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Error summary
// ---------------------------------------------------------------------------------------------

describe('errors', () => {
  test('Next with 1 of 3 answered shows a focused error summary linking to the 2 unanswered statements', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    await expectStep(root, 1, 4, 'Strategic intent');
    const [first, second, third] = QUICK_STEPS[0].behaviours;
    assert.equal(await root.locator('#lsc-error-summary').count(), 0, 'error summary shown before any Next');

    await answer(page, root, second.id, 2);
    await button(root, 'Next').click();

    const summary = root.locator('#lsc-error-summary');
    await summary.waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-error-summary', 'after a failed Next');
    // An alert, as GOV.UK's, so its problems are spoken when it appears: focus alone gave only
    // its name. Orca says it once (tests/screen-reader: the check flow).
    assert.equal(await summary.getAttribute('role'), 'alert', 'error summary role');
    assert.equal(await summary.getAttribute('tabindex'), '-1', 'error summary tabindex');
    assert.ok(await summary.isVisible(), 'error summary not visible');
    assert.equal(
      squash(await summary.getByRole('heading').first().textContent()),
      'There is a problem',
      'error summary heading',
    );
    const links = summary.getByRole('link');
    assert.deepEqual(
      (await links.allTextContents()).map(squash),
      [first, third].map((b) => `Select how often this describes you: ${b.text}`),
      'error summary links: one per unanswered statement, in order, with the statement verbatim',
    );

    // The answered statement keeps its answer and has no error; the others are marked.
    assert.equal(await checkedValue(root, second.id), '2', `${second.id} lost its answer after the failed Next`);
    for (const b of [first, second, third]) {
      const fs = fieldsetOf(page, root, b.id);
      assert.equal(squash(await fs.locator('legend').textContent()), b.text, `${b.id}: legend is the statement verbatim`);
      const missing = b !== second;
      assert.equal(await fs.getAttribute('data-error'), missing ? 'true' : null, `${b.id}: data-error`);
      const msg = fs.locator('p.lsc-error-message');
      if (missing) {
        assert.equal(squash(await msg.textContent()), `Error: ${ERROR_MESSAGE}`, `${b.id}: error message`);
        assert.ok(await msg.isVisible(), `${b.id}: error message not visible`);
      } else {
        assert.equal(await msg.count(), 0, `${b.id}: answered statement shows an error message`);
      }
    }
    assert.equal(await stepHeading(root).count(), 1, 'still on step 1');
    await expectStep(root, 1, 4, 'Strategic intent');

    // A link takes focus to its statement's first radio.
    await links.nth(1).click();
    await expectFocus(page, `${third.id}-0`, 'after clicking the second error link');
    await links.nth(0).click();
    await expectFocus(page, `${first.id}-0`, 'after clicking the first error link');
    assert.equal(new URL(page.url()).pathname, '/plain.html', 'the error link navigated the page');

    // Next again with the same gaps: focus goes back to the summary.
    await button(root, 'Next').click();
    await expectFocus(page, 'lsc-error-summary', 'after a second failed Next');
    assert.equal(await links.count(), 2, 'error links after a second failed Next');

    await answer(page, root, first.id, 0);
    await answer(page, root, third.id, 3);
    await button(root, 'Next').click();
    await expectStep(root, 2, 4, 'Driving transformation');
    await expectFocus(page, 'lsc-step-heading', 'after a successful Next');
    assert.equal(await root.locator('#lsc-error-summary').count(), 0, 'error summary still shown on step 2');
    assert.equal(await root.locator('fieldset[data-error]').count(), 0, 'step 2 starts with errors');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Results
// ---------------------------------------------------------------------------------------------

describe('results', () => {
  test('known answers give the exact scores, bars, reading and action plan', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);

    // Each statement is one fieldset of four labelled radios (no "does not apply" in quick mode).
    const fs = fieldsetOf(page, root, 'si-1');
    assert.equal(squash(await root.locator('#lsc-question').textContent()), QUESTION, 'the question');
    assert.equal(squash(await root.locator('.lsc-tagline').first().textContent()), FW.themes[0].tagline, 'step 1 tagline');
    const radios = await fs.locator('input[type=radio]').evaluateAll((els) =>
      els.map((i) => ({ id: i.id, name: i.name, value: i.value, label: i.labels[0]?.textContent.trim() })),
    );
    assert.deepEqual(
      radios,
      SCALE.map((label, n) => ({ id: `si-1-${n}`, name: 'si-1', value: String(n), label })),
      'si-1 radios',
    );

    const answers = ANSWERS_A;
    await completeWithMouse(page, root, QUICK_STEPS, answers);
    const scores = expectedScores(QUICK_STEPS, answers);
    assert.deepEqual(scores.map((s) => s.score), [33, 67, 78, 44], 'test bug: worked example');
    const results = root.locator('section.lsc-results');

    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    assert.equal(squash(await results.locator('p.lsc-meta').first().textContent()), `${today} · Quick check, 12 statements`, 'results meta line');

    const headings = (await results.getByRole('heading').allTextContents()).map(squash);
    for (const h of ['Your results', 'Your scores (0 to 100)', 'What your scores suggest', 'Your action plan']) {
      assert.ok(headings.includes(h), `results heading "${h}" missing; headings: ${JSON.stringify(headings)}`);
    }
    await expectChart(root, scores);

    const reading = expectedReading(scores);
    for (const sentence of reading.sentences) {
      const p = results.getByText(sentence, { exact: true });
      assert.equal(await p.count(), 1, `sentence "${sentence}" not shown once`);
      assert.ok(await p.isVisible(), `sentence "${sentence}" not visible`);
    }

    // The focus theme: its description and its links to other frameworks.
    const focusTheme = FW.themes.find((t) => t.id === reading.focus.id);
    const focus = results.locator('.lsc-focus');
    assert.equal(await focus.count(), 1, 'no focus theme section');
    assert.ok(squash(await focus.getByRole('heading').first().textContent()).startsWith(focusTheme.title), 'focus section heading names the theme');
    assert.equal(await focus.getByText(focusTheme.description, { exact: true }).count(), 1, 'focus theme description');
    const linkHeadings = (await focus.locator('.lsc-link__heading').allTextContents()).map(squash);
    const expectedLinks = FW.linked_frameworks.flatMap((lf) => focusTheme.links.filter((l) => l.framework === lf.id));
    assert.deepEqual(linkHeadings, expectedLinks.map((l) => l.heading), 'focus theme links: headings in other frameworks');
    for (const q of expectedLinks.flatMap((l) => l.quotes)) {
      assert.ok((await focus.getByText(q, { exact: true }).count()) >= 1, `focus theme quote missing: ${q}`);
    }

    // The action plan: the three lowest statements, verbatim, each with its own labelled field.
    const lowest = expectedLowest(QUICK_STEPS, answers);
    assert.deepEqual(lowest.map((b) => b.id), ['si-4', 'fo-1', 'si-1'], 'test bug: worked example');
    const items = results.locator('ol.lsc-plan > li');
    assert.equal(await items.count(), 3, 'action plan items');
    for (const [n, b] of lowest.entries()) {
      const item = items.nth(n);
      assert.equal(squash(await item.locator('.lsc-plan__statement').textContent()), b.text, `action plan item ${n + 1}`);
      assert.equal(await item.getByText(`You answered: ${SCALE[answers[b.id]]}`, { exact: true }).count(), 1, `item ${n + 1}: its answer`);
      const field = item.getByLabel('One thing I will do', { exact: true });
      assert.equal(await field.count(), 1, `item ${n + 1}: no field labelled "One thing I will do"`);
      assert.equal(await field.getAttribute('id'), `lsc-plan-${b.id}`, `item ${n + 1}: field id`);
      assert.equal(await field.evaluate((el) => el.tagName.toLowerCase()), 'textarea', `item ${n + 1}: field element`);
    }
    for (const name of ['Print or save as PDF', 'Copy my results', 'Download my results', 'Change my answers', 'Start again', 'Delete my answers']) {
      assert.equal(await button(results, name).count(), 1, `results button "${name}"`);
    }
    assertCleanPage(page);
  });

  test('"Download my results" saves a text file with the scores, made on the device', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    const plan = 'Ask two partners what our shared vision means to them';
    await root.locator('#lsc-plan-si-4').fill(plan);

    const { name, text } = await downloaded(page, () => button(root, 'Download my results').click());
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    assert.equal(name, `leadership-self-check-${today}.txt`, 'download file name');
    for (const s of expectedScores(QUICK_STEPS, ANSWERS_A)) {
      assert.ok(text.includes(`${s.title}: ${s.score} out of 100`), `downloaded text lacks "${s.title}: ${s.score} out of 100"`);
    }
    assert.ok(text.includes(plan), 'downloaded text lacks the action plan');
    const status = root.locator('p.lsc-status[aria-live="polite"]');
    await eventually(async () => squash(await status.textContent()) === 'Your results have been downloaded as a text file.', 'download status message');
    assertCleanPage(page);
  });
});

describe('copying the results', () => {
  test('"Copy my results" puts the results on the clipboard when the browser allows it', notIn(['webkit'], 'WebDriver cannot let the test read the clipboard back'), async () => {
    const { page, root } = await openWidget('/plain.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await showSelfCheck(root);
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    await root.locator('#lsc-plan-fo-1').fill('Ask for feedback after every team meeting');
    await button(root, 'Copy my results').click();
    const status = root.locator('p.lsc-status[aria-live="polite"]');
    await eventually(async () => squash(await status.textContent()) === 'Your results have been copied.',
      async () => `copy status; it says "${squash(await status.textContent())}"`);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    for (const s of expectedScores(QUICK_STEPS, ANSWERS_A)) {
      assert.ok(text.includes(`${s.title}: ${s.score} out of 100`), `copied text lacks "${s.title}: ${s.score} out of 100"`);
    }
    assert.ok(text.includes('Ask for feedback after every team meeting'), 'copied text lacks the action plan');
    assert.equal(await root.locator('#lsc-report-text').count(), 0, 'the copy-by-hand field shown after a successful copy');
    assertCleanPage(page);
  });

  test('when copying is refused, the results are offered in a field to copy by hand', async () => {
    const { page, root } = await openWidget('/plain.html', {
      setup: (p) =>
        p.addInitScript(() => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        }),
    });
    await showSelfCheck(root);
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    await button(root, 'Copy my results').click();
    const status = root.locator('p.lsc-status[aria-live="polite"]');
    await eventually(async () => squash(await status.textContent()) === 'This browser did not allow copying.',
      async () => `copy status; it says "${squash(await status.textContent())}"`);
    const field = root.locator('#lsc-report-text');
    await field.waitFor({ timeout: 5_000 });
    assert.equal(await field.evaluate((el) => el.readOnly), true, 'the copy-by-hand field is read-only');
    assert.equal(await root.getByLabel('Your results, to select and copy', { exact: true }).count(), 1, 'the copy-by-hand field is labelled');
    const text = await field.inputValue();
    for (const s of expectedScores(QUICK_STEPS, ANSWERS_A)) {
      assert.ok(text.includes(`${s.title}: ${s.score} out of 100`), `copy-by-hand text lacks "${s.title}: ${s.score} out of 100"`);
    }
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 4–5. Kept on this device
// ---------------------------------------------------------------------------------------------

describe('answers kept on this device', () => {
  test('after a reload the visitor can continue where they left off, and an action plan survives too', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    assert.equal(await privacyText(root), `${STAYS_HERE} ${KEPT}`, 'privacy line with persist="local"');
    const answers = ANSWERS_A;
    await answerAll(page, root, answers, ['si-1', 'si-4', 'si-7']);
    await button(root, 'Next').click();
    await expectStep(root, 2, 4, 'Driving transformation');
    await answerAll(page, root, answers, ['dt-1', 'dt-2']);
    await eventually(async () => Object.keys((await saved(page))?.answers ?? {}).length === 5, 'the 5 answers were not saved');
    assert.deepEqual(
      await saved(page),
      {
        version: 1,
        framework: FRAMEWORK_ID,
        mode: 'quick',
        step: 1,
        finished: false,
        answers: { 'si-1': 1, 'si-4': 0, 'si-7': 2, 'dt-1': 3, 'dt-2': 2 },
        actions: {},
      },
      'saved state',
    );

    await page.reload();
    let r = await waitForWidget(page);
    const checkTab = r.locator('#lsc-tab-check');
    await eventually(async () => (await checkTab.getAttribute('aria-selected')) === 'true', 'the Self-check tab is not selected when saved answers are offered');
    const resume = r.getByRole('heading', { name: 'Continue where you left off?', exact: true });
    await resume.waitFor({ timeout: 5_000 });
    assert.equal(
      await r.getByText('You have answered 5 of 12 statements on this device.', { exact: true }).count(),
      1,
      `resume count; the self-check shows: ${squash(await r.locator('.lsc-check').textContent())}`,
    );
    assert.equal(await button(r, 'Start again').count(), 1, '"Start again" offered on the resume prompt');
    await button(r, 'Continue where you left off').click();
    await expectStep(r, 2, 4, 'Driving transformation');
    await expectFocus(page, 'lsc-step-heading', 'after "Continue where you left off"');
    assert.equal(await checkedValue(r, 'dt-1'), '3', 'dt-1 after resuming');
    assert.equal(await checkedValue(r, 'dt-2'), '2', 'dt-2 after resuming');
    assert.equal(await checkedValue(r, 'dt-3'), null, 'dt-3 after resuming');
    await button(r, 'Back').click();
    await expectStep(r, 1, 4, 'Strategic intent');
    await expectFocus(page, 'lsc-step-heading', 'after Back');
    for (const id of ['si-1', 'si-4', 'si-7']) assert.equal(await checkedValue(r, id), String(answers[id]), `${id} after resuming`);
    await button(r, 'Next').click();
    await expectStep(r, 2, 4, 'Driving transformation');

    // Finish, write an action, reload: straight back to the results with the plan.
    await answer(page, r, 'dt-3', answers['dt-3']);
    await button(r, 'Next').click();
    await expectStep(r, 3, 4, QUICK_STEPS[2].theme.title);
    await answerAll(page, r, answers, ['fc-1', 'fc-5', 'fc-6']);
    await button(r, 'Next').click();
    await expectStep(r, 4, 4, QUICK_STEPS[3].theme.title);
    await answerAll(page, r, answers, ['fo-1', 'fo-5', 'fo-6']);
    await button(r, 'Next').click();

    // Left at "Check your answers": a reload comes back to it.
    await expectSummary(r);
    await eventually(async () => (await saved(page))?.summary === true, 'being at the summary was not saved');
    await page.reload();
    r = await waitForWidget(page);
    await button(r, 'Continue where you left off').click();
    await expectSummary(r);
    await expectFocus(page, 'lsc-summary-heading', 'after resuming at the summary');
    await confirmAnswers(r);
    const plan = 'Book a walk round the estate with the residents\u2019 association';
    await r.locator('#lsc-plan-fo-1').fill(plan);
    await eventually(async () => (await saved(page))?.actions?.['fo-1'] === plan, 'the action plan was not saved');
    assert.equal((await saved(page)).finished, true, 'saved state: finished');

    await page.reload();
    r = await waitForWidget(page);
    await r.getByRole('heading', { name: 'Continue where you left off?', exact: true }).waitFor({ timeout: 5_000 });
    assert.equal(await r.getByText('You have answered 12 of 12 statements on this device.', { exact: true }).count(), 1, 'resume count when finished');
    await button(r, 'Continue where you left off').click();
    await resultsHeading(r).waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-results-heading', 'after resuming a finished check');
    assert.equal(await r.locator('#lsc-plan-fo-1').inputValue(), plan, 'the action plan after a reload');
    await expectChart(r, expectedScores(QUICK_STEPS, answers));
    assertCleanPage(page);
  });

  test('"Start again" on the resume prompt asks first; Cancel returns to it, Yes clears the saved answers', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    await answerAll(page, root, ANSWERS_A, ['si-1', 'si-4']);
    await eventually(async () => Object.keys((await saved(page))?.answers ?? {}).length === 2, 'the 2 answers were not saved');

    await page.reload();
    const r = await waitForWidget(page);
    await r.getByRole('heading', { name: 'Continue where you left off?', exact: true }).waitFor({ timeout: 5_000 });
    assert.equal(await r.getByText('You have answered 2 of 12 statements on this device.', { exact: true }).count(), 1, 'resume count');
    await button(r, 'Start again').click();
    const confirmBox = r.locator('.lsc-confirm');
    await confirmBox.waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-confirm-heading', 'after "Start again"');
    assert.equal(squash(await r.locator('#lsc-confirm-heading').textContent()), 'Start the self-check again?', 'confirmation heading');
    await button(confirmBox, 'Cancel').click();
    await r.getByRole('heading', { name: 'Continue where you left off?', exact: true }).waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-start-again', 'after Cancel');
    assert.notEqual(await saved(page), null, 'Cancel cleared the saved answers');

    await button(r, 'Start again').click();
    await button(confirmBox, 'Yes, start again').click();
    await expectStep(r, 1, 4, 'Strategic intent');
    await expectFocus(page, 'lsc-step-heading', 'after "Yes, start again"');
    for (const id of ['si-1', 'si-4', 'si-7']) assert.equal(await checkedValue(r, id), null, `${id} still answered after starting again`);
    await eventually(async () => (await saved(page)) === null, 'the saved answers were not cleared');
    assertCleanPage(page);
  });

  test('saved data that cannot be read is set aside with a notice, and the check still works', async () => {
    const { page, root } = await openWidget('/plain.html', {
      setup: (p) =>
        p.addInitScript((key) => {
          if (!sessionStorage.getItem('lsc-test-seeded')) {
            sessionStorage.setItem('lsc-test-seeded', '1');
            localStorage.setItem(key, '{not json');
          }
        }, KEY_QUICK),
    });
    await showSelfCheck(root);
    await eventually(
      async () => (await noticeText(root)).includes('Answers saved on this device could not be read, so this self-check starts afresh.'),
      async () => `notice about unreadable saved data; notice region says "${await noticeText(root)}"`,
    );
    assert.equal(await root.locator('.lsc-notice').isVisible(), true, 'the notice is not visible');
    assert.equal(await root.locator('.lsc-notice').locator('xpath=ancestor-or-self::*[@aria-live="polite"]').count(), 1, 'notice is in a polite live region');

    await expectStep(root, 1, 4, 'Strategic intent');
    await answerAll(page, root, ANSWERS_A, ['si-1', 'si-4', 'si-7']);
    await button(root, 'Next').click();
    await expectStep(root, 2, 4, 'Driving transformation');
    await expectFocus(page, 'lsc-step-heading', 'after Next');

    const all = await storage(page);
    const asideKeys = Object.keys(all).filter((k) => k.startsWith(`${KEY_QUICK}:set-aside:`));
    assert.equal(asideKeys.length, 1, `one set-aside copy: ${JSON.stringify(Object.keys(all))}`);
    assert.equal(all[asideKeys[0]], '{not json', 'the unreadable text is kept under the set-aside key');
    await eventually(async () => (await saved(page))?.answers?.['si-7'] === 2, 'new answers are saved under the usual key');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 5b. Check your answers
// ---------------------------------------------------------------------------------------------

describe('check your answers', () => {
  test('an answer changed from the summary comes back to the summary, and the results reflect it', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    for (const [i, step] of QUICK_STEPS.entries()) {
      await answerAll(page, root, ANSWERS_A, step.behaviours.map((b) => b.id));
      await button(root, 'Next').click();
      if (i + 1 < QUICK_STEPS.length) await expectStep(root, i + 2, 4, QUICK_STEPS[i + 1].theme.title);
    }
    await expectSummary(root);
    await expectFocus(page, 'lsc-summary-heading', 'Next on the last step');
    assert.equal(squash(await summaryHeading(root).textContent()), 'Check your answers');
    const rowOf = (id) => root.locator('.lsc-summary-list__row').filter({ has: page.locator(`#lsc-change-${id}`) });
    const shown = async (id) => squash(await rowOf(id).locator('.lsc-summary-list__value').textContent());
    assert.equal(await shown('fo-1'), SCALE[ANSWERS_A['fo-1']], 'fo-1 on the summary before the change');

    // Back goes to the last step; its Next returns to the summary.
    await button(root, 'Back').click();
    await expectStep(root, 4, 4, QUICK_STEPS[3].theme.title);
    await button(root, 'Next').click();
    await expectSummary(root);

    // Change fo-1 (Rarely, the lowest of its theme): its step, focus on its chosen radio, one way on.
    const fo1 = behaviour('fo-1');
    await root.getByRole('button', { name: `Change your answer to: ${fo1.text}`, exact: true }).click();
    await expectStep(root, 4, 4, QUICK_STEPS[3].theme.title);
    await expectFocus(page, `fo-1-${ANSWERS_A['fo-1']}`, 'after Change: fo-1\'s chosen radio');
    assert.equal(await root.locator('.lsc-step button').count(), 1, 'a step reached by Change has only its return button');
    await answer(page, root, 'fo-1', 3);
    await button(root, 'Return to your answers').click();
    await expectSummary(root);
    await expectFocus(page, 'lsc-change-fo-1', 'back on the summary: fo-1\'s Change');
    assert.equal(await shown('fo-1'), SCALE[3], 'fo-1 on the summary after the change');
    assert.equal(await shown('fo-5'), SCALE[ANSWERS_A['fo-5']], 'the other answers are unchanged');

    // The results use the new answer: Flexibility and openness 7/9 -> 78, not 44.
    await confirmAnswers(root);
    const changed = { ...ANSWERS_A, 'fo-1': 3 };
    const scores = expectedScores(QUICK_STEPS, changed);
    assert.equal(scores[3].score, 78, 'test bug: worked example');
    await expectChart(root, scores);
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. lsc:complete
// ---------------------------------------------------------------------------------------------

describe('events', () => {
  test('lsc:complete fires once on reaching the results, with scores only', async () => {
    const { page, root } = await openWidget('/plain.html', {
      setup: (p) =>
        p.addInitScript(() => {
          window.__lscComplete = [];
          document.addEventListener('lsc:complete', (e) => {
            window.__lscComplete.push({
              target: e.target?.tagName?.toLowerCase(),
              bubbles: e.bubbles,
              composed: e.composed,
              json: JSON.stringify(e.detail),
            });
          });
        }),
    });
    const events = () => page.evaluate(() => window.__lscComplete);
    await showSelfCheck(root);
    const answers = ANSWERS_A;
    for (const [i, step] of QUICK_STEPS.entries()) {
      await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
      assert.deepEqual(await events(), [], `lsc:complete fired before the results (step ${i + 1})`);
      await button(root, 'Next').click();
    }
    await expectSummary(root);
    await page.waitForTimeout(200);
    assert.deepEqual(await events(), [], 'lsc:complete fired at "Check your answers"');
    await confirmAnswers(root);
    await eventually(async () => (await events()).length > 0, 'lsc:complete did not reach document');
    await page.waitForTimeout(300); // a duplicate would arrive by now

    const expected = {
      mode: 'quick',
      framework: FRAMEWORK_ID,
      themes: expectedScores(QUICK_STEPS, answers).map(({ id, score }) => ({ id, score })),
    };
    let seen = await events();
    assert.equal(seen.length, 1, `lsc:complete events on reaching the results: ${JSON.stringify(seen)}`);
    assert.deepEqual(
      { ...seen[0], json: JSON.parse(seen[0].json) },
      { target: 'leadership-self-check', bubbles: true, composed: true, json: expected },
      'lsc:complete',
    );

    // Typing a plan does not fire it; reaching the results again does, still without the text.
    const plan = 'SECRET-PLAN-TEXT call the residents\u2019 forum';
    await root.locator('#lsc-plan-si-4').fill(plan);
    await page.waitForTimeout(200);
    assert.equal((await events()).length, 1, 'typing an action fired lsc:complete');
    await button(root, 'Change my answers').click();
    await expectSummary(root);
    await expectFocus(page, 'lsc-summary-heading', 'after "Change my answers"');
    await confirmAnswers(root);
    await eventually(async () => (await events()).length > 1, 'lsc:complete did not fire on reaching the results again');
    await page.waitForTimeout(300);
    seen = await events();
    assert.equal(seen.length, 2, `lsc:complete events after reaching the results twice: ${JSON.stringify(seen)}`);
    assert.deepEqual(JSON.parse(seen[1].json), expected, 'second lsc:complete detail');
    assert.ok(!seen[1].json.includes('SECRET-PLAN-TEXT'), `lsc:complete carried the action text: ${seen[1].json}`);
    assert.equal(await root.locator('#lsc-plan-si-4').inputValue(), plan, 'the action plan after changing answers');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Not kept
// ---------------------------------------------------------------------------------------------

describe('answers not kept', () => {
  test('persist="none" writes nothing to storage and says answers are not kept', async () => {
    const { page, root } = await openWithAttributes({ persist: 'none' });
    await showSelfCheck(root);
    assert.equal(await privacyText(root), `${STAYS_HERE} ${NOT_KEPT}`, 'privacy line with persist="none"');
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    await root.locator('#lsc-plan-si-4').fill('Something to do');
    await expectChart(root, expectedScores(QUICK_STEPS, ANSWERS_A));
    await page.waitForTimeout(200);
    const keys = Object.keys(await storage(page)).filter((k) => k.startsWith(KEY_PREFIX));
    assert.deepEqual(keys, [], 'persist="none" wrote to localStorage');
    const session = await page.evaluate(() => Object.keys(sessionStorage));
    assert.deepEqual(session.filter((k) => k.startsWith(KEY_PREFIX)), [], 'persist="none" wrote to sessionStorage');

    // Nothing comes back after a reload.
    await page.reload();
    const r = await waitForWidget(page);
    await showSelfCheck(r);
    await expectStep(r, 1, 4, 'Strategic intent');
    assert.equal(await checkedValue(r, 'si-1'), null, 'an answer came back after a reload with persist="none"');
    assertCleanPage(page);
  });

  test('when the browser blocks storage the visitor is told and can still finish', async () => {
    const { page, root } = await openWidget('/plain.html', { setup: (p) => p.addInitScript(blockStorage) });
    assert.equal(await page.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } }), 'SecurityError', 'test set-up: storage not blocked');
    await showSelfCheck(root);
    await eventually(
      async () => (await noticeText(root)).startsWith('This browser is not letting the self-check save your answers'),
      async () => `notice about blocked storage; notice region says "${await noticeText(root)}"`,
    );
    assert.equal(await privacyText(root), `${STAYS_HERE} ${NOT_KEPT}`, 'privacy line when storage is blocked');
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    await expectFocus(page, 'lsc-results-heading', 'after "See my results" with storage blocked');
    await expectChart(root, expectedScores(QUICK_STEPS, ANSWERS_A));
    assertCleanPage(page);
  });
});

describe('what the visitor is told about keeping answers stays true', () => {
  test(
    'with storage blocked, dismissing the notice does not make the check claim answers are saved',
    async () => {
      const { page, root } = await openWidget('/plain.html', { setup: (p) => p.addInitScript(blockStorage) });
      await showSelfCheck(root);
      await eventually(async () => (await noticeText(root)).startsWith('This browser is not letting'), 'notice about blocked storage');
      await button(root.locator('.lsc-notice'), 'Dismiss').click();
      await eventually(async () => (await noticeText(root)) === '', 'the notice was not dismissed');
      await answer(page, root, 'si-1', 2);
      assert.equal(await privacyText(root), `${STAYS_HERE} ${NOT_KEPT}`, 'privacy line after dismissing the blocked-storage notice');
      assertCleanPage(page);
    },
  );

  test(
    'when saving fails (storage full), the check does not also say answers are saved as you go',
    async () => {
      const { page, root } = await openWidget('/plain.html', {
        setup: (p) =>
          p.addInitScript(() => {
            const setItem = Storage.prototype.setItem;
            Storage.prototype.setItem = function (key, value) {
              if (String(key).startsWith('leadership-self-check')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
              return setItem.call(this, key, value);
            };
          }),
      });
      await showSelfCheck(root);
      await answer(page, root, 'si-1', 2);
      await eventually(
        async () => (await noticeText(root)).startsWith('Your latest answers could not be saved in this browser'),
        async () => `notice about the failed save; notice region says "${await noticeText(root)}"`,
      );
      assert.notEqual(await privacyText(root), `${STAYS_HERE} ${KEPT}`, 'privacy line after a failed save');
      assertCleanPage(page);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 8. Delete
// ---------------------------------------------------------------------------------------------

describe('deleting answers', () => {
  test('"Delete my answers" asks first; Cancel returns to the button, Yes deletes from the device', async () => {
    // An older copy set aside earlier on this device is deleted too.
    const { page, root } = await openWidget('/plain.html', {
      setup: (p) =>
        p.addInitScript((key) => {
          if (!sessionStorage.getItem('lsc-test-seeded')) {
            sessionStorage.setItem('lsc-test-seeded', '1');
            localStorage.setItem(`${key}:set-aside:1700000000000`, '{"version":0}');
            // Answers of the other mode of the same framework go too ("deleted from this device").
            localStorage.setItem(key.replace(/:quick$/, ':full'), '{"version":1}');
          }
        }, KEY_QUICK),
    });
    await showSelfCheck(root);
    await completeWithMouse(page, root, QUICK_STEPS, ANSWERS_A);
    await root.locator('#lsc-plan-si-4').fill('An action to delete');
    await eventually(async () => (await saved(page))?.actions?.['si-4'] === 'An action to delete', 'the action was not saved');

    // Cancel.
    await root.locator('#lsc-delete').click();
    const confirmBox = root.locator('.lsc-confirm');
    await confirmBox.waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-confirm-heading', 'after "Delete my answers"');
    assert.equal(squash(await root.locator('#lsc-confirm-heading').textContent()), 'Delete your answers?', 'confirmation heading');
    assert.equal(await button(confirmBox, 'Yes, delete my answers').count(), 1, 'the confirm button');
    await button(confirmBox, 'Cancel').click();
    await resultsHeading(root).waitFor({ timeout: 5_000 });
    await expectFocus(page, 'lsc-delete', 'after Cancel');
    assert.notEqual(await saved(page), null, 'Cancel deleted the saved answers');
    assert.equal(await root.locator('#lsc-plan-si-4').inputValue(), 'An action to delete', 'Cancel lost the action plan');

    // Confirm.
    await root.locator('#lsc-delete').click();
    await confirmBox.waitFor({ timeout: 5_000 });
    await button(confirmBox, 'Yes, delete my answers').click();
    await eventually(
      async () => (await noticeText(root)).includes('Your answers have been deleted from this device.'),
      async () => `deleted notice; notice region says "${await noticeText(root)}"`,
    );
    await expectStep(root, 1, 4, 'Strategic intent');
    await expectFocus(page, 'lsc-step-heading', 'after "Yes, delete my answers"');
    for (const id of ['si-1', 'si-4', 'si-7']) assert.equal(await checkedValue(root, id), null, `${id} still answered after deleting`);
    await eventually(async () => (await saved(page)) === null, 'the storage key was not removed');
    const keys = Object.keys(await storage(page)).filter((k) => k.startsWith(KEY_PREFIX));
    assert.deepEqual(keys, [], 'self-check data left in localStorage after deleting');

    // And nothing is offered after a reload.
    await page.reload();
    const r = await waitForWidget(page);
    await page.waitForTimeout(200);
    assert.equal(await r.locator('#lsc-tab-check').getAttribute('aria-selected'), 'false', 'Self-check tab selected after deleting and reloading');
    await showSelfCheck(r);
    await expectStep(r, 1, 4, 'Strategic intent');
    assert.equal(await r.getByText('Continue where you left off?', { exact: true }).count(), 0, 'resume offered after deleting');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Full mode
// ---------------------------------------------------------------------------------------------

describe('full check', () => {
  test('mode="full" asks all 39 statements; "does not apply" only for dt-9 and dt-10, left out of the score', async () => {
    const { page, root } = await openWithAttributes({ mode: 'full' });
    await showSelfCheck(root);
    assert.deepEqual(FULL_STEPS.map((s) => s.behaviours.length), [7, 12, 12, 8], 'framework.json: statements per theme');

    // Answers: a pattern over the scale, with dt-9 and dt-10 "does not apply".
    const answers = {};
    FULL_STEPS.flatMap((s) => s.behaviours).forEach((b, n) => (answers[b.id] = (n * 7 + 3) % 4));
    answers['dt-9'] = NA;
    answers['dt-10'] = NA;
    // Flexibility and openness: 15 of 24 = 62.5, which rounds half up to 63.
    [3, 2, 2, 2, 2, 2, 1, 1].forEach((v, i) => (answers[FULL_STEPS[3].behaviours[i].id] = v));

    const naOffered = [];
    for (const [i, step] of FULL_STEPS.entries()) {
      await expectStep(root, i + 1, 4, step.theme.title);
      const legends = (await root.locator('fieldset.lsc-fieldset > legend').allTextContents()).map(squash);
      assert.deepEqual(legends, step.behaviours.map((b) => b.text), `step ${i + 1}: one fieldset per statement, verbatim, in order`);
      for (const b of step.behaviours) {
        const radios = await fieldsetOf(page, root, b.id).locator('input[type=radio]').evaluateAll((els) =>
          els.map((i) => ({ value: i.value, label: i.labels[0]?.textContent.trim() })),
        );
        const hasNa = radios.some((r) => r.value === NA);
        if (hasNa) naOffered.push(b.id);
        assert.deepEqual(
          radios,
          [...SCALE.map((label, v) => ({ value: String(v), label })), ...(hasNa ? [{ value: NA, label: NOT_APPLICABLE }] : [])],
          `${b.id}: radios`,
        );
      }
      await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
      await button(root, 'Next').click();
    }
    assert.deepEqual(naOffered, ['dt-9', 'dt-10'], '"Does not apply to my role" offered for exactly these statements');

    // Check your answers: every theme in order, every statement verbatim with its answer's label
    // from framework.json ("does not apply" in its own words), each with its own Change.
    await expectSummary(root);
    const label = (v) => (v === NA ? NOT_APPLICABLE : SCALE[v]);
    assert.deepEqual(
      await readSummary(root),
      FULL_STEPS.map((st) => ({
        theme: st.theme.title,
        rows: st.behaviours.map((b) => [b.text, label(answers[b.id]), `Change your answer to: ${b.text}`]),
      })),
      'the summary of the full check',
    );
    await confirmAnswers(root);
    const scores = expectedScores(FULL_STEPS, answers);
    assert.equal(scores[3].score, 63, 'test bug: worked example (62.5 rounds to 63)');
    // Counting "does not apply" as Rarely would give a different Driving transformation score.
    const dt = FULL_STEPS[1].behaviours;
    const asZero = Math.round((100 * dt.reduce((a, b) => a + (answers[b.id] === NA ? 0 : answers[b.id]), 0)) / (3 * dt.length));
    assert.notEqual(scores[1].score, asZero, 'test bug: choose answers where N/A changes the score');
    await expectChart(root, scores);
    assert.ok(
      squash(await root.locator('section.lsc-results p.lsc-meta').first().textContent()).endsWith('Full check, 39 statements'),
      'results meta line in full mode',
    );
    const planIds = await root.locator('ol.lsc-plan textarea').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(planIds, expectedLowest(FULL_STEPS, answers).map((b) => `lsc-plan-${b.id}`), 'action plan statements');

    const s = await saved(page, KEY_FULL);
    assert.equal(s?.answers?.['dt-9'], 'n/a', 'dt-9 saved as "n/a"');
    assert.equal(s?.answers?.['dt-10'], 'n/a', 'dt-10 saved as "n/a"');
    assert.equal(Object.keys(s.answers).length, 39, 'all 39 answers saved');
    assert.equal(await saved(page, KEY_QUICK), null, 'the full check saved under the quick key');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 10. Tabs
// ---------------------------------------------------------------------------------------------

describe('tabs', () => {
  test('moving to "The framework" and back keeps the answers and the step', async () => {
    const { page, root } = await openWidget('/plain.html');
    const tablist = root.getByRole('tablist', { name: 'Leadership framework and self-check', exact: true });
    assert.equal(await tablist.count(), 1, 'the tablist');
    const tabs = (await tablist.getByRole('tab').allTextContents()).map(squash);
    assert.deepEqual(tabs, ['The framework', 'Self-check'], 'tabs');
    const panel = root.locator('#lsc-panel[role="tabpanel"]');
    assert.equal(await panel.getAttribute('aria-labelledby'), 'lsc-tab-framework', 'panel labelled by the selected tab');

    await showSelfCheck(root);
    assert.equal(await panel.getAttribute('aria-labelledby'), 'lsc-tab-check', 'panel labelled by the Self-check tab');
    await answerAll(page, root, ANSWERS_A, ['si-1', 'si-4', 'si-7']);
    await button(root, 'Next').click();
    await expectStep(root, 2, 4, 'Driving transformation');
    await answer(page, root, 'dt-2', 1);

    await root.getByRole('tab', { name: 'The framework', exact: true }).click();
    await root.getByRole('button', { name: 'Show all themes', exact: true }).waitFor({ timeout: 5_000 });
    assert.equal(await stepHeading(root).count(), 0, 'the self-check is still shown on the framework tab');

    // Back with the keyboard this time: End selects the last tab.
    await root.getByRole('tab', { name: 'The framework', exact: true }).focus();
    await page.keyboard.press('End');
    await expectFocus(page, 'lsc-tab-check', 'End on the tabs');
    await expectStep(root, 2, 4, 'Driving transformation');
    assert.equal(await checkedValue(root, 'dt-2'), '1', 'dt-2 after switching tabs');
    assert.equal(await checkedValue(root, 'dt-1'), null, 'dt-1 after switching tabs');
    await page.keyboard.press('Home');
    await expectFocus(page, 'lsc-tab-framework', 'Home on the tabs');
    await page.keyboard.press('ArrowRight');
    await expectStep(root, 2, 4, 'Driving transformation');
    await button(root, 'Back').click();
    await expectStep(root, 1, 4, 'Strategic intent');
    for (const id of ['si-1', 'si-4', 'si-7']) assert.equal(await checkedValue(root, id), String(ANSWERS_A[id]), `${id} after switching tabs`);
    assertCleanPage(page);
  });
});
