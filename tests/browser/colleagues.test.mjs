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
import { chromiumOnly } from './engines.mjs';
import { button, checkedValue, completeWithMouse, expectFocus, resultsHeading, squash, stepsFor } from './drive.mjs';

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

/** No wording may promise anonymity that the direct path does not keep (#21). */
const ANONYMITY = /anonym|picked out|not who|not your name|confidential/i;

/** The visitor's invitation link, with their first name. */
async function makeInvitation(root) {
  const views = squash(await root.locator('.lsc-views').textContent());
  assert.ok(views.includes("You will be able to see each colleague's answers, and whose they are"), views);
  assert.doesNotMatch(views, ANONYMITY);
  await root.locator('#lsc-invite-name').fill('Sam');
  const link = await root.locator('#lsc-invite-link').inputValue();
  assert.match(link, /#lsc-invite=1\.[a-z0-9-]+\.quick\.Sam$/, 'the link: this page with the invitation in its fragment');
  return link;
}

/** What a colleague is told in the direct path: the visitor will see their answers. */
const DIRECT = {
  intro: 'will be able to see each of your answers, and will know they are yours',
  help: 'can read each of your answers, and the person you send it to will know they are yours',
};

/**
 * A colleague opens `link` in a browser context of their own and gives their view; `told` is
 * what they must be told (the direct path's by default). Returns the code and the email's body.
 */
async function giveView(link, answers, told = DIRECT) {
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
  const intro = squash(await again.locator('.lsc-colleague').textContent());
  assert.ok(intro.includes(told.intro), intro);
  assert.doesNotMatch(intro, ANONYMITY);
  await completeWithMouse(page, again, QUICK, answers, { finish: 'Get my response code' });
  assert.equal(squash(await resultsHeading(again).textContent()), 'Your response code');
  const help = squash(await again.locator('#lsc-code-help').textContent());
  assert.ok(help.includes(told.help), help);
  assert.doesNotMatch(help, ANONYMITY);
  const code = squash(await again.locator('#lsc-response-code').textContent());
  const mail = await again.getByRole('link', { name: 'Email the code' }).getAttribute('href');
  assert.ok(mail.startsWith('mailto:?') && decodeURIComponent(mail).includes(code), 'the email carries the code');
  await page.context().close();
  return told === DIRECT ? code : { code, mail: decodeURIComponent(mail) };
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
    assert.ok(squash(await root.locator('.lsc-views').textContent()).includes("Each code shows you that colleague's answers"));
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

/** Codes made here (as the widget lays them out), each `value` throughout, nonces from `from`. */
const made = (n, from = 100, value = 1) => Array.from({ length: n }, (_, i) => makeCode({ ids: IDS, nonce: from + i, value }));

/** The error summary's messages, one per refused code. */
const summaryMessages = async (root) => (await root.locator('#lsc-code-error-summary li').allTextContents()).map(squash);

describe('code entry forgives what email and chat do to text', () => {
  test('several codes pasted at once, mangled, are each added; each refused one has its own message', async () => {
    const { page, root } = await visitorResults();
    const [a, b, c] = made(3);
    // A label, en dashes, a zero-width space, no-break spaces and a code broken over two lines.
    const pasted = `Code: ${a.replace(/-/g, '\u2013')}\n\n${b.replace(/-/g, '-\u200B')}, ${c.slice(0, 14)}\n${c.slice(14).replace(/-/g, '\u00A0')}`;
    await addCode(root, pasted);
    await expectFocus(page, 'lsc-codes-heading', 'after adding three codes');
    assert.deepEqual(await codesShown(root), [a, b, c]);
    assert.equal(squash(await root.locator('#lsc-codes-report').textContent()), '3 codes added.');
    await root.locator('#lsc-comparison').waitFor({ timeout: 5_000 });

    // One good, one with a character wrong, one already added: one message for each refused.
    const [d] = made(1, 200);
    const altered = d.replace(/^(.{8})(.)/, (_, x, ch) => x + (ch === '7' ? '8' : '7'));
    const [e] = made(1, 300);
    await addCode(root, `${e}\n${altered}\n${a}`);
    await expectFocus(page, 'lsc-code-error-summary', 'after a paste with refused codes');
    assert.deepEqual(await summaryMessages(root), [
      'Code 2 of the 3 you pasted: This response code has a character wrong. Check it against the one your colleague sent you',
      'Code 3 of the 3 you pasted: You have already added this response code',
    ]);
    assert.deepEqual(await codesShown(root), [a, b, c, e], 'the good one is added');
    assert.equal((await root.locator('#lsc-code-input').inputValue()).split('\n').length, 2, 'the refused two stay in the box');

    // A colleague who changed an answer: their new code (same nonce) replaces the earlier one.
    const changed = makeCode({ ids: IDS, nonce: 101, value: 3 });
    await addCode(root, changed);
    assert.deepEqual(await codesShown(root), [a, changed, c, e]);
    assert.match(squash(await root.locator('#lsc-codes-report').textContent()), /Code 2 replaced by the same colleague's new code/);
    await page.context().close();
  });

  test('the limit of 50 codes is stated and has its own message', async () => {
    const { page, root } = await visitorResults();
    assert.ok(squash(await root.locator('#lsc-code-hint').textContent()).includes('Up to 50 codes are kept'));
    await addCode(root, made(51, 1000).join('\n'));
    assert.equal(await root.locator('.lsc-codes .lsc-code').count(), 50);
    assert.deepEqual(await summaryMessages(root), [
      'Code 51 of the 51 you pasted: You have added 50 codes, the most this self-check keeps. Remove one before adding another',
    ]);
    await page.context().close();
  });
});

describe('the comparison table reads on a narrow screen', () => {
  for (const { name, fontSize } of [{ name: '320 px' }, { name: '320 px with text at 200 %', fontSize: 32 }]) {
    const only = fontSize ? chromiumOnly('the text size is set through the DevTools protocol') : {};
    test(`at ${name}, no word or number is broken, and the table scrolls in a named, focusable region`, only, async () => {
      const page = await browser.open('/plain.html', { viewport: { width: 320, height: 640 } });
      if (fontSize) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: fontSize } });
      }
      const root = await waitForWidget(page);
      await root.getByRole('tab', { name: 'Self-check', exact: true }).click();
      await completeWithMouse(page, root, QUICK, VISITOR);
      await addCode(root, made(3).join('\n'));
      const table = root.locator('#lsc-comparison');
      await table.waitFor({ timeout: 5_000 });
      // Every word of every cell on one line: a word broken mid-way has more than one box.
      const broken = await table.evaluate((t) => {
        const out = [];
        for (const cell of t.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.data.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      assert.deepEqual(broken, [], 'words or numbers broken across lines');
      const region = root.locator('.lsc-table-wrap');
      assert.equal(await region.getAttribute('role'), 'region');
      assert.equal(await region.getAttribute('tabindex'), '0');
      assert.ok(await region.getAttribute('aria-labelledby'), 'the region is named by the caption');
      // The page itself does not scroll sideways; only the table's region may.
      const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      assert.equal(pageScrolls, false, 'the page scrolls sideways');
      await page.context().close();
    });
  }
});

describe('anonymous through a collector', () => {
  test('colleagues send codes to the collector, who combines 3 or more; the visitor adds the combined code and refuses an individual one', async () => {
    // The visitor names a collector: the invitation carries both names, and a link for the collector.
    const first = await visitorResults();
    await first.root.locator('#lsc-invite-name').fill('Sam');
    await first.root.locator('#lsc-invite-collector').fill('Ana Silva');
    const link = await first.root.locator('#lsc-invite-link').inputValue();
    assert.match(link, /#lsc-invite=1\.[a-z0-9-]+\.quick\.Sam\.Ana%20Silva$/);
    const collectLink = await first.root.locator('#lsc-collect-link').inputValue();
    assert.equal(collectLink, link.replace('#lsc-invite=', '#lsc-collect='));
    // A collector's name that is not a name is refused, and no link is offered.
    await first.root.locator('#lsc-invite-collector').fill('HR: enter pwd at evil.example');
    await first.root.locator('#lsc-collector-error').waitFor();
    assert.equal(await first.root.locator('#lsc-invite-link').count(), 0);
    await first.page.context().close();

    // Three colleagues, each in a context of their own, are told to send their code to Ana.
    const told = {
      intro: 'a short response code to send to Ana Silva, who combines it with the codes of at least 2 other colleagues',
      help: 'Send this code to Ana Silva, not to Sam',
    };
    const sent = [];
    for (const answers of COLLEAGUES) sent.push(await giveView(link, answers, told));
    for (const { mail } of sent) assert.ok(mail.includes(collectLink), 'the email to the collector carries their link');
    const codes = sent.map((s) => s.code);

    // The collector, who has never seen the widget, opens their link.
    const collectUrl = new URL(collectLink);
    const cpage = await browser.open(collectUrl.pathname + collectUrl.hash);
    const croot = await waitForWidget(cpage);
    await croot.getByRole('heading', { name: "Combine colleagues' codes for Sam" }).waitFor({ timeout: 5_000 });
    await addCode(croot, codes.slice(0, 2).join('\n'));
    assert.deepEqual(await codesShown(croot), codes.slice(0, 2));
    await button(croot, 'Combine the codes').click();
    await expectFocus(cpage, 'lsc-code-error-summary', 'combining two');
    assert.match(squash(await croot.locator('#lsc-code-error-summary').textContent()), /Add at least 3 colleagues' codes before combining them/);
    assert.equal(await croot.locator('#lsc-response-code').count(), 0, 'two are not combined');
    await addCode(croot, codes[2]);
    await button(croot, 'Combine the codes').click();
    await expectFocus(cpage, 'lsc-results-heading', 'after combining');
    const combined = squash(await croot.locator('#lsc-response-code').textContent());
    assert.ok(!codes.some((c) => combined.includes(c)), 'the combined code is none of the codes');
    await cpage.context().close();

    // The visitor: an individual code meant for the collector is refused, saying whom it is for;
    // the combined code gives averages and counts, with no range.
    const { page, root } = await visitorResults();
    await addCode(root, codes[0]);
    assert.match(squash(await root.locator('#lsc-code-error-summary').textContent()),
      /meant for the person you asked to collect your colleagues' codes, not for you/);
    assert.equal(await root.locator('.lsc-codes .lsc-code').count(), 0);
    await addCode(root, combined);
    const table = root.locator('#lsc-comparison');
    await table.waitFor({ timeout: 5_000 });
    assert.ok(squash(await root.locator('.lsc-views').textContent()).includes("the averages of 3 colleagues' views"));
    const headers = (await table.locator('thead th').allTextContents()).map(squash);
    assert.deepEqual(headers, ['Theme', 'You', "Colleagues' average", 'Difference'], 'no range in the anonymous path');
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
    );
    assert.deepEqual(rows, QUICK.map((step) => {
      const theirs = COLLEAGUES.map((a) => themeScore(a, step));
      return [step.theme.title, String(themeScore(VISITOR, step)), String(Math.round(theirs.reduce((a, b) => a + b, 0) / 3)),
        'Possible blind spot: you rate yourself at least 20 higher'];
    }));
    await page.context().close();
  });
});
