// Colleagues' views without a server: the visitor's invitation link opened in another browser
// context gives a colleague's response code (the invitation leaves the address bar, a reload
// keeps the colleague's answers); three such codes give the comparison while two do not; each
// kind of bad code gets its own message and changes nothing.
//
// Expected figures are worked out here from the answers chosen (per theme: round(100 × sum /
// (3 × number answered))); bad codes of other kinds are made here with the documented layout
// (core/src/colleagues/response_code.rs), so that they are checksummed like real ones.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFramework, useBrowser, waitForWidget, widgetOpener, eventually } from './harness.mjs';
import { makeCode } from './codes.mjs';
import { button, checkedValue, completeWithMouse, expectFocus, squash, stepsFor } from './drive.mjs';

const FW = readFramework();
const browser = useBrowser();
const { openWidget } = widgetOpener(browser);
const QUICK = stepsFor(FW, 'quick');
const IDS = QUICK.flatMap((s) => s.behaviours.map((b) => b.id));

/** The same answer to every quick statement. */
const all = (value) => Object.fromEntries(IDS.map((id) => [id, value]));
const VISITOR = all(3);
const COLLEAGUES = [all(0), all(1), all(2)];
const themeScore = (answers, step) => {
  const values = step.behaviours.map((b) => answers[b.id]);
  return Math.round((100 * values.reduce((a, b) => a + b, 0)) / (3 * values.length));
};

/** The visitor's invitation link, with their first name. */
async function makeInvitation(root) {
  await root.locator('#lsc-invite-name').fill('Sam');
  const link = await root.locator('#lsc-invite-link').inputValue();
  assert.match(link, /#lsc-invite=1\.[a-z0-9-]+\.quick\.Sam$/, 'the link: this page with the invitation in its fragment');
  return link;
}

/** A colleague opens `link` in a browser context of their own and gives their view. */
async function giveView(link, answers) {
  const page = await browser.open(new URL(link).pathname + new URL(link).hash);
  const root = await waitForWidget(page);
  await root.getByRole('heading', { name: 'Give Sam your view' }).waitFor({ timeout: 5_000 });
  assert.equal(await page.evaluate(() => location.hash), '', 'the invitation is taken out of the address bar');
  assert.equal(squash(await root.locator('#lsc-question').textContent()), 'How often does this describe Sam?');
  // A reload mid-response keeps the invitation and the answers so far.
  const first = QUICK[0].behaviours[0].id;
  await root.locator(`input[name="${first}"][value="${answers[first]}"]`).check();
  await page.reload();
  const again = await waitForWidget(page);
  await again.getByRole('heading', { name: 'Give Sam your view' }).waitFor({ timeout: 5_000 });
  assert.equal(await checkedValue(again, first), String(answers[first]), 'the answer survives a reload');
  await completeWithMouse(page, again, QUICK, answers, { finish: 'Get my response code' });
  assert.equal(squash(await again.locator('#lsc-results-heading').textContent()), 'Your response code');
  const code = squash(await again.locator('#lsc-response-code').textContent());
  const mail = await again.getByRole('link', { name: 'Email the code' }).getAttribute('href');
  assert.ok(mail.startsWith('mailto:?') && decodeURIComponent(mail).includes(code), 'the email carries the code');
  await page.context().close();
  return code;
}

/** Pastes `code` and presses "Add the code". */
async function addCode(root, code) {
  await root.locator('#lsc-code-input').fill(code);
  await button(root, 'Add the code').click();
}

const codesShown = async (root) => (await root.locator('.lsc-codes .lsc-code').allTextContents()).map(squash);

/** The visitor, in a browser context of their own, finishes the quick check with `VISITOR`'s answers. */
async function visitorResults() {
  const { page, root } = await openWidget();
  await root.getByRole('tab', { name: 'Self-check', exact: true }).click();
  await completeWithMouse(page, root, QUICK, VISITOR);
  return { page, root };
}

describe('colleagues\' views', () => {
  test('invitations give codes; three codes give the comparison, two do not; bad codes are refused', async () => {
    // One browser context at a time, as WebKitWebDriver holds one session: the visitor makes the
    // link, each colleague opens it in a fresh context of their own, then the visitor finishes
    // the check again in a fresh context and adds the codes.
    const first = await visitorResults();
    const link = await makeInvitation(first.root);
    assert.ok(!/[?&#].*\d=\d/.test(link.split('#lsc-invite=')[1]), 'no answer in the link');
    await first.page.context().close();

    const codes = [];
    for (const answers of COLLEAGUES) codes.push(await giveView(link, answers));
    assert.equal(new Set(codes).size, 3, 'each colleague gets a code of their own');

    const { page, root } = await visitorResults();
    await root.getByText('Add 3 more response codes', { exact: false }).waitFor();
    await addCode(root, codes[0].toLowerCase().replace(/-/g, ' '));
    await expectFocus(page, 'lsc-codes-heading', 'after adding a code');
    await addCode(root, codes[1]);
    await root.getByText('Add 1 more response code to see', { exact: false }).waitFor();
    assert.equal(await root.locator('#lsc-comparison').count(), 0, 'two codes show no comparison');

    // Each bad code: its message, in the error summary and at the box; nothing else changes.
    const altered = codes[2].replace(/^(.{8})(.)/, (_, a, c) => a + (c === '7' ? '8' : '7'));
    const bad = [
      ['', 'Enter a response code'],
      ['here is my view', 'This is not a response code'],
      [codes[2].slice(0, -6), 'This response code is incomplete'],
      [altered, 'This response code has a character wrong'],
      [codes[0], 'You have already added this response code'],
      [makeCode({ ids: IDS, id: 'another-framework' }), 'This response code is for a different self-check'],
      [makeCode({ ids: IDS, mode: 2 }), 'for the other version of this self-check'],
      [makeCode({ ids: ['si-1', ...IDS.slice(1, -1), 'gone-1'] }), 'statements that have changed since'],
      [makeCode({ ids: IDS, version: 2 }), 'made by a newer version'],
    ];
    assert.equal(await root.locator('#lsc-code-error-summary').count(), 0);
    for (const [code, message] of bad) {
      await addCode(root, code);
      await expectFocus(page, 'lsc-code-error-summary', `after adding ${JSON.stringify(code)}`);
      const summary = squash(await root.locator('#lsc-code-error-summary').textContent());
      assert.ok(summary.includes(message), `${JSON.stringify(code)}: expected "${message}", the summary says "${summary}"`);
      assert.ok(squash(await root.locator('#lsc-code-error').textContent()).includes(message), 'the message at the box');
      assert.deepEqual(await codesShown(root), codes.slice(0, 2), 'a bad code changes nothing');
    }
    // The error summary's link takes focus to the box.
    await root.locator('#lsc-code-error-summary a').click();
    await expectFocus(page, 'lsc-code-input', 'the error summary link');

    await addCode(root, codes[2]);
    assert.equal(await root.locator('#lsc-code-error-summary').count(), 0, 'a good code clears the error');
    const table = root.locator('#lsc-comparison');
    await table.waitFor({ timeout: 5_000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
    );
    assert.deepEqual(
      rows,
      QUICK.map((step) => {
        const theirs = COLLEAGUES.map((a) => themeScore(a, step));
        const average = Math.round(theirs.reduce((a, b) => a + b, 0) / 3);
        return [step.theme.title, String(themeScore(VISITOR, step)), String(average), `${Math.min(...theirs)} to ${Math.max(...theirs)}`,
          'Possible blind spot: you rate yourself at least 20 higher'];
      }),
      'the comparison, theme by theme',
    );

    // Codes are kept with the answers: after a reload, the same three; removing one hides the table.
    await page.reload();
    const again = await waitForWidget(page);
    await button(again, 'Continue where you left off').click();
    await again.locator('#lsc-comparison').waitFor({ timeout: 5_000 });
    assert.deepEqual(await codesShown(again), codes);
    await again.getByRole('button', { name: 'Remove code 3' }).click();
    await again.getByText('Add 1 more response code to see', { exact: false }).waitFor();
    assert.equal(await again.locator('#lsc-comparison').count(), 0);
  });

  test('an invitation for another mode, or a damaged one, says so and the check works as usual', async () => {
    const { page, root } = await openWidget('/plain.html#lsc-invite=1.' + FW.id + '.full.Sam');
    await root.getByText('is for the other version of this self-check', { exact: false }).waitFor({ timeout: 5_000 });
    assert.equal(await page.evaluate(() => location.hash), `#lsc-invite=1.${FW.id}.full.Sam`, 'left for its own widget');
    await root.getByRole('tab', { name: 'Self-check', exact: true }).click();
    await root.locator('#lsc-step-heading').waitFor();
    const damaged = await browser.open('/plain.html#lsc-invite=1.' + FW.id + '.quick.%E2%80%AESam');
    const r2 = await waitForWidget(damaged);
    await r2.getByText('is damaged', { exact: false }).waitFor({ timeout: 5_000 });
    await damaged.context().close();
    await page.context().close();
  });
});
