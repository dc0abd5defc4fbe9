// What a screen reader is given, read from Chromium's accessibility tree with Playwright's
// locator.ariaSnapshot() (its YAML form of roles, names and text), not from the DOM: the widget
// one region named by the framework's title, with no landmark of the partner page's own kinds
// (banner, content info) and a named tab list; the radio groups named by their statements and
// the question, the step's progress in its heading, the error summary (an alert), the
// chart's text equivalent, and the status messages in live regions that exist before the
// message is put in them. The first test proves that ariaSnapshot() reaches into the open
// shadow root. Assertions are on the few nodes concerned (parsed from the snapshot), not on
// whole snapshot strings. Every list whose markers are hidden says role="list" (WebKit, and so
// VoiceOver, drops the list otherwise, or not, depending on when its tree was built): checked in
// the DOM on every screen that has such a list, so that it fails whenever the tree was built.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/semantics.test.mjs

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertCleanPage, eventually, heard, readFramework, useBrowser, widgetOpener } from './harness.mjs';
import {
  answerAll,
  button,
  completeWithMouse,
  confirmAnswers,
  expectFocus,
  expectStep,
  expectSummary,
  loadFile,
  NOT_APPLICABLE,
  SCALE,
  showSelfCheck,
  squash,
  stepsFor,
} from './drive.mjs';

const FW = readFramework();
const FULL = stepsFor(FW, 'full');
const QUICK = stepsFor(FW, 'quick');
const HOST = 'leadership-self-check';

const browser = useBrowser();
const { openWidget, openWithAttributes } = widgetOpener(browser, { routedPath: '/test-semantics.html', title: 'Semantics test' });

/**
 * An ariaSnapshot() as a tree: `[{ role, name, attrs, text, children }]`. Lines are
 * `- role "name" [attr=value]`, optionally `: text` or `:` with children indented below; YAML
 * quotes the whole key or the text when they contain a colon.
 */
function parseSnapshot(yaml) {
  const unquote = (s) => (s.startsWith('"') ? JSON.parse(s) : s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s);
  const top = { children: [] };
  const stack = [{ indent: -1, node: top }];
  for (const line of yaml.split('\n')) {
    const m = /^(\s*)- (.*)$/.exec(line);
    if (!m) continue;
    let rest = m[2];
    let key;
    if (rest.startsWith("'")) {
      let j = 1; // the closing quote: a ' not doubled
      while (j < rest.length && !(rest[j] === "'" && rest[j + 1] !== "'")) j += rest[j] === "'" ? 2 : 1;
      key = unquote(rest.slice(0, j + 1));
      rest = rest.slice(j + 1);
    } else {
      const k = /^[^":]*(?:"(?:[^"\\]|\\.)*")?[^":]*/.exec(rest)[0];
      key = k;
      rest = rest.slice(k.length);
    }
    const text = rest.startsWith(': ') ? unquote(rest.slice(2)) : null;
    const km = /^(\S+)(?: ("(?:[^"\\]|\\.)*"))?((?: \[[^\]]*\])*)$/.exec(key.trim());
    const node = km
      ? { role: km[1], name: km[2] ? JSON.parse(km[2]) : '', attrs: km[3].trim(), text, children: [] }
      : { role: key.trim(), name: '', attrs: '', text, children: [] };
    const indent = m[1].length;
    while (stack.at(-1).indent >= indent) stack.pop();
    stack.at(-1).node.children.push(node);
    stack.push({ indent, node });
  }
  return top.children;
}

async function tree(locator) {
  return parseSnapshot(await locator.ariaSnapshot());
}

/** Every node of a tree, depth first. */
const flat = (nodes) => nodes.flatMap((n) => [n, ...flat(n.children)]);

/**
 * The <ul> and <ol> under `scope` (open shadow roots included) that WebKit may not read as
 * lists: none of their items shows a marker, and they do not say role="list". Read from the
 * DOM and the computed style, which is brought up to date whenever it is asked for, so the
 * answer does not depend on when the browser built its accessibility tree.
 */
function unmarkedLists(scope) {
  return scope.locator('ul, ol').evaluateAll((lists) => {
    const marked = (el) => {
      const cs = getComputedStyle(el);
      return cs.display === 'list-item' && (cs.listStyleType !== 'none' || cs.listStyleImage !== 'none');
    };
    return lists
      .filter((list) => {
        if (list.getAttribute('role') === 'list') return false;
        const items = [...list.children].filter((c) => c.localName === 'li');
        return items.length ? !items.some(marked) : !marked(list);
      })
      .map((list) => `<${list.localName} class="${list.className}">${(list.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}…`);
  });
}

describe('the accessibility tree', () => {
  test('ariaSnapshot() of the host element reaches into the widget\'s open shadow root', async () => {
    const { page } = await openWidget('/plain.html');
    const host = page.locator(HOST);
    assert.equal(await host.evaluate((h) => h.childNodes.length), 0, 'the host has light-DOM children: the test would not prove anything');
    const nodes = flat(await tree(host));
    assert.ok(
      nodes.some((n) => n.role === 'heading' && n.name === FW.title),
      `the widget's heading (only in the shadow root) is missing from the host's snapshot: ${JSON.stringify(nodes.slice(0, 5))}`,
    );
    assert.ok(nodes.some((n) => n.role === 'tablist'), 'the tablist is missing from the host\'s snapshot');
    assertCleanPage(page);
  });

  test('the widget is one region named by the framework\'s title, adds no banner or content-info landmark to the page, and names its tab list', async () => {
    const { page } = await openWidget('/plain.html');
    const [region, ...others] = await tree(page.locator(HOST));
    assert.deepEqual([region?.role, region?.name, others.length], ['region', FW.title, 0], `the widget in the tree: ${JSON.stringify(region)?.slice(0, 200)}`);
    const nodes = flat(region.children);
    for (const landmark of ['banner', 'contentinfo']) {
      assert.deepEqual(nodes.filter((n) => n.role === landmark), [], `a ${landmark} landmark of the widget's own on the partner's page`);
    }
    const tablist = nodes.find((n) => n.role === 'tablist');
    assert.equal(tablist?.name, 'Leadership framework and self-check', 'the tab list\'s name');
    assert.deepEqual(tablist.children.filter((n) => n.role === 'tab').map((n) => n.name), ['The framework', 'Self-check'], 'the tabs');
    assertCleanPage(page);
  });

  test('full check: each statement is a group named by it, its radios named by the scale; the step heading gives the progress', async () => {
    const { page, root } = await openWithAttributes({ mode: 'full' });
    await showSelfCheck(root);
    const answers = Object.fromEntries(FULL.flatMap((s) => s.behaviours).map((b, n) => [b.id, n % 4]));
    let groups = 0;
    for (const [i, step] of FULL.entries()) {
      await expectStep(root, i + 1, FULL.length, step.theme.title);
      const nodes = await tree(root.locator('form.lsc-step'));
      const heading = nodes.find((n) => n.role === 'heading');
      assert.equal(heading?.name, `Step ${i + 1} of 4 ${step.theme.title}`, `step ${i + 1}: the heading's accessible name`);
      assert.equal(heading.attrs, '[level=3]', `step ${i + 1}: heading level below the widget's h2`);
      if (i > 0) await expectFocus(page, 'lsc-step-heading', `step ${i + 1}: focus on the heading that announces it`);

      // Named by the statement and the question (a screen reader may not read a group's
      // description: Orca does not), so the question is heard with every group's radios.
      const found = nodes.filter((n) => n.role === 'group');
      assert.deepEqual(
        found.map((g) => g.name),
        step.behaviours.map((b) => `${b.text} ${FW.self_check.question}`),
        `step ${i + 1}: groups named by their statements and the question`,
      );
      for (const [g, b] of found.map((g, k) => [g, step.behaviours[k]])) {
        const radios = g.children.filter((c) => c.role === 'radio').map((c) => c.name);
        assert.deepEqual(radios, [...SCALE, ...(b.applies_to ? [NOT_APPLICABLE] : [])], `${b.id}: radios named by the scale`);
      }
      groups += found.length;
      await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
      await button(root, 'Next').click();
    }
    assert.equal(groups, 39, 'radio groups across the full check');

    // Check your answers: its heading, then each theme's one level below; each "Change" button
    // named by its statement, then Back and "See my results".
    await expectSummary(root);
    const summary = flat(await tree(root.locator('section.lsc-summary')));
    assert.deepEqual(
      summary.filter((n) => n.role === 'heading').map((n) => [n.name, n.attrs]),
      [['Check your answers', '[level=3]'], ...FULL.map((st) => [st.theme.title, '[level=4]'])],
      'the summary\'s headings',
    );
    assert.deepEqual(
      summary.filter((n) => n.role === 'button').map((n) => n.name),
      [...FULL.flatMap((st) => st.behaviours.map((b) => `Change your answer to: ${b.text}`)), 'Back', 'See my results'],
      'the summary\'s buttons, by name',
    );
    assertCleanPage(page);
  });

  test('the error summary that takes focus is an alert named "There is a problem" and links to each statement by name', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    await button(root, 'Next').click();
    await expectFocus(page, 'lsc-error-summary', 'after a failed Next');
    const [summary, ...others] = await tree(root.locator('#lsc-error-summary'));
    // The focused element itself must be in the tree with its name: a screen reader announces
    // the element that receives focus by its role and name; as an alert (GOV.UK's), its heading
    // and problems are spoken when it appears.
    assert.deepEqual([summary?.role, summary?.name, others.length], ['alert', 'There is a problem', 0], `the error summary in the tree: ${JSON.stringify(summary)}`);
    const links = flat(summary.children).filter((n) => n.role === 'link').map((n) => n.name);
    assert.deepEqual(links, QUICK[0].behaviours.map((b) => `Select how often this describes you: ${b.text}`), 'error links');
    assertCleanPage(page);
  });

  test('the chart has a text equivalent: every theme\'s score as text, the bars hidden', async () => {
    const { page, root } = await openWidget('/plain.html');
    await showSelfCheck(root);
    // Per theme, n answers of 0…3 in turn: score = round(100 × sum / (3 × n)).
    const answers = Object.fromEntries(QUICK.flatMap((s) => s.behaviours).map((b, n) => [b.id, n % 4]));
    await completeWithMouse(page, root, QUICK, answers);
    await heard(root, 'lsc:complete'); // the results are rendered and their effects have run
    const expected = QUICK.map((s) => {
      const sum = s.behaviours.reduce((a, b) => a + answers[b.id], 0);
      return `${s.theme.title}: ${Math.round((100 * sum) / (3 * s.behaviours.length))} out of 100`;
    });
    const [results] = await tree(root.locator('section.lsc-results'));
    assert.deepEqual([results?.role, results?.name], ['region', 'Your results'], 'the results section in the tree');
    const nodes = results.children;
    const at = nodes.findIndex((n) => n.role === 'heading' && n.name === 'Your scores (0 to 100)');
    const chart = nodes[at + 1];
    assert.equal(chart?.role, 'list', `the chart after its heading: ${JSON.stringify(chart)}`);
    assert.deepEqual(chart.children.map((c) => c.text), expected, 'the chart\'s items read as the scores');
    const graphics = flat(chart.children).filter((n) => n.role !== 'listitem' && !n.name);
    assert.deepEqual(graphics, [], 'unnamed graphics or other nodes in the chart');
    assert.equal(await root.locator('svg.lsc-chart__svg:not([aria-hidden="true"])').count(), 0, 'a bar not hidden from assistive technology');
    assertCleanPage(page);
  });
});

describe('lists whose markers are hidden', () => {
  test('say role="list" on every screen that has one, so that WebKit and VoiceOver keep them lists', async () => {
    // The demo partner page: its own lists, styled as navigation and links, are checked too.
    const { page, root } = await openWidget('/index.html');
    // `shown`: the screen's own list is there (else the check would prove nothing).
    async function expectLists(where, shown) {
      await root.locator(shown).first().waitFor();
      assert.deepEqual(await unmarkedLists(page.locator('body')), [], `${where}: lists without markers or role="list"`);
    }

    const select = root.locator('#lsc-crossref-select');
    await select.selectOption(await select.evaluate((el) => [...el.options].find((o) => o.value).value));
    await expectLists('the explorer\'s cross-references', 'ul.lsc-crossref__results > li');

    await showSelfCheck(root);
    await button(root, 'Next').click();
    await expectFocus(page, 'lsc-error-summary', 'after a failed Next');
    await expectLists('the self-check\'s error summary', '#lsc-error-summary li');

    await completeWithMouse(page, root, QUICK, Object.fromEntries(QUICK.flatMap((s) => s.behaviours).map((b) => [b.id, 2])));
    await heard(root, 'lsc:complete');
    await expectLists('the results: the chart and the earlier checks', '.lsc-chart li, .lsc-earlier li');

    await button(root, 'Add the code').click();
    await expectLists('the colleagues\' views: a code refused', '#lsc-code-error-summary li');

    await loadFile(root, 'not a self-check file at all', 'a photo.json');
    await expectLists('moving to another device: a file refused', '#lsc-file-errors li');
    assertCleanPage(page);
  });
});

describe('status messages', () => {
  /** Mark the live region now, so a later check can tell it is the same element. */
  const mark = (region) => region.evaluate((el) => (el.__lscMarked = true));
  async function expectAnnounced(region, message, when) {
    await eventually(
      async () => squash(await region.textContent()).includes(message),
      async () => `${when}: "${message}" not in the live region; it says "${squash(await region.textContent())}"`,
    );
    const live = await region.evaluate((el) => ({ marked: el.__lscMarked === true, role: el.getAttribute('role'), live: el.getAttribute('aria-live') }));
    assert.ok(live.marked, `${when}: the live region was created with the message, so it may not be announced`);
    // Polite, and no role: an empty status is read out as a "status bar", and a role added with
    // the message replaced the region in Firefox, which Orca then did not announce (src/ui/status.rs).
    assert.deepEqual([live.live, live.role], ['polite', null], `${when}: not a polite live region of no role (${JSON.stringify(live)})`);
    assert.ok(flat(await tree(region)).some((n) => (n.text ?? '').includes(message)), `${when}: the message is not in the accessibility tree`);
  }

  test('"copied" is put into a polite live region that was there, empty and of no role, before', async () => {
    const { page, root } = await openWidget('/plain.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await showSelfCheck(root);
    await completeWithMouse(page, root, QUICK, Object.fromEntries(QUICK.flatMap((s) => s.behaviours).map((b) => [b.id, 1])));
    // The results' own region (the invitation link and the earlier checks have theirs).
    const region = root.locator('.lsc-results p.lsc-status[aria-live="polite"]');
    assert.equal(await region.count(), 1, 'one live region for the results themselves');
    assert.equal(squash(await region.textContent()), '', 'the live region before copying');
    // Empty, it is no status (a screen reader reading the page would say "status bar").
    assert.deepEqual(flat(await tree(region)).filter((n) => n.role === 'status'), [], 'the empty live region must be no status in the tree before copying');
    await mark(region);
    await button(root, 'Copy my results').click();
    await expectAnnounced(region, 'Your results have been copied.', 'Copy my results');
    assertCleanPage(page);
  });

  test('a failed save and "answers deleted" are put into the notice region that was there before', async () => {
    const { page, root } = await openWidget('/plain.html', {
      setup: (p) =>
        p.addInitScript(() => {
          // Storage that fills up once the visitor has answered two statements.
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (String(key).startsWith('leadership-self-check') && Object.keys(JSON.parse(value).answers ?? {}).length > 2) {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
            return setItem.call(this, key, value);
          };
        }),
    });
    await showSelfCheck(root);
    const region = root.locator('.lsc-check > .lsc-notice-region[aria-live="polite"]');
    assert.equal(await region.count(), 1, 'one notice region in the self-check');
    assert.equal(await region.getAttribute('role'), null, 'the empty notice region must be no status');
    await answerAll(page, root, { 'si-1': 1, 'si-4': 2 }, ['si-1', 'si-4']);
    assert.equal(squash(await region.textContent()), '', 'a notice before saving failed');
    await mark(region);
    await answerAll(page, root, { 'si-7': 3 }, ['si-7']);
    await expectAnnounced(region, 'Your latest answers could not be saved in this browser', 'saving failed');

    // Dismissed, then "Delete my answers" from the results: the same region says so.
    await button(root.locator('.lsc-notice'), 'Dismiss').click();
    await eventually(async () => squash(await region.textContent()) === '', 'the notice was not dismissed');
    for (const [i, step] of QUICK.entries()) {
      await answerAll(page, root, Object.fromEntries(step.behaviours.map((b) => [b.id, 2])), step.behaviours.map((b) => b.id));
      await button(root, 'Next').click();
    }
    await confirmAnswers(root);
    await root.locator('#lsc-delete').click();
    await button(root.locator('.lsc-confirm'), 'Yes, delete my answers').click();
    await expectAnnounced(region, 'Your answers have been deleted from this device.', 'Yes, delete my answers');
    assertCleanPage(page);
  });
});
