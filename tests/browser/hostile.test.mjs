// Hostile input, nothing lost: documents that are huge, long or full of markup and script, storage
// that fills up mid-check, two tabs writing the same answers, and saved data of every broken kind.
// In each, the widget shows what it was given as plain text or a plain message, keeps the
// visitor's answers, never runs anything it was given, and never stops (a Rust panic would end in
// the loader's "It stopped working" box and a console warning: both are checked for).
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/hostile.test.mjs

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertCleanPage,
  diagnostics,
  eventually,
  mountWidget,
  readFramework,
  routeHtml,
  routeJson,
  useBrowser,
  waitForWidget,
  widgetOpener,
  widgetPageHtml,
} from './harness.mjs';
import { button, confirmAnswers, expectSummary, squash } from './drive.mjs';

const browser = useBrowser();
const PAGE = { path: '/test-hostile.html', title: 'Hostile input' };
const { openWithAttributes } = widgetOpener(browser, { routedPath: PAGE.path, title: PAGE.title });

const FW = readFramework();
const KEY_QUICK = `leadership-self-check:v1:${FW.id}:quick`;
const SET_ASIDE_MESSAGES = [
  'Answers saved on this device could not be read, so this self-check starts afresh.',
  'Answers saved on this device are from another version of this self-check, so it starts afresh.',
  'Answers saved on this device belong to a different self-check, so this one starts afresh.',
  'Answers saved on this device refer to statements that have changed since, so this self-check starts afresh.',
];
const NOT_KEPT = 'They are not kept after you leave this page.';
const KEPT = 'Once this self-check has loaded, they are saved in this browser as you go, so you can come back later.';
const ELSEWHERE = 'Your answers were changed in another tab or window, or in another self-check on this page.';
const DELETED_ELSEWHERE = 'Your saved answers were deleted in another tab or window, or in another self-check on this page.';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const notice = async (root) => squash(await root.locator('.lsc-notice-region').textContent());
const privacy = async (root) => squash(await root.locator('.lsc-privacy').textContent());
const press = (root, name) => button(root, name).click();

/** The quick check's statements per step, in the order asked. */
const QUICK = FW.themes.map((t) => t.behaviours.filter((b) => FW.self_check.quick.includes(b.id)).map((b) => b.id));

/** Check the radio of `value` (0-3, or 'n/a') for behaviour `id`, as a visitor clicks it. */
const choose = (root, id, value) => root.locator(`input[type=radio][name="${id}"][value="${value}"]`).check();

/** The checked value of each of `ids`, as an object (null where nothing is checked). */
const checked = (root, ids) =>
  root.evaluate(
    (el, ids) => Object.fromEntries(ids.map((id) => [id, el.querySelector(`input[name="${id}"]:checked`)?.value ?? null])),
    ids,
  );

/** Wait for "Step n of …" in the step heading. */
const onStep = (root, n) =>
  eventually(
    async () => squash(await root.locator('#lsc-step-heading .lsc-caption').textContent().catch(() => '')).startsWith(`Step ${n} of`),
    async () => `expected step ${n}; the self-check shows "${squash(await root.locator('.lsc-check').textContent()).slice(0, 160)}"`,
  );

/**
 * Records console warnings and failure boxes: a panic in the Wasm aborts it, and the loader then
 * replaces the widget with "It stopped working" and warns (not errors) in the console.
 */
function watchWarnings(page) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  return warnings;
}
async function assertNotStopped(page, warnings) {
  const stopped = warnings.filter((w) => /stopped|unreachable|panick/i.test(w));
  assert.deepEqual(stopped, [], 'the Wasm stopped (a panic or trap reached the console)');
  const boxes = await page.locator('leadership-self-check').evaluateAll((els) =>
    els.map((el) => el.shadowRoot?.querySelector('.lsc-failure')?.textContent ?? '').filter(Boolean),
  );
  assert.deepEqual(boxes.filter((t) => /stopped working/.test(t)), [], 'a widget shows "It stopped working"');
}

// ---------------------------------------------------------------------------------------------
// 1. A document of 5 MB
// ---------------------------------------------------------------------------------------------

/**
 * framework.json grown to at least `bytes`: every theme's description made very long and every
 * link given many quotes, with the characters a JSON reader must get right (escaped quotes,
 * backslashes, line breaks, non-ASCII, a surrogate pair). Still valid in the schema.
 */
function hugeFramework(bytes) {
  const fw = readFramework();
  const chunk = 'Leaders \u201clisten\u201d, say "yes" and \\ no \u2014 caf\u00e9, na\u00efve, \u{1F91D}; line\nbreak. ';
  for (const t of fw.themes) for (const l of t.links) l.quotes = Array.from({ length: 150 }, (_, i) => `Quote ${i}: ${chunk.repeat(3)}`);
  const base = JSON.stringify(fw).length;
  const repeat = Math.ceil((bytes - base) / fw.themes.length / chunk.length) + 1;
  for (const t of fw.themes) t.description = `${chunk.repeat(repeat)}END OF ${t.id}`;
  return fw;
}

describe('a framework document of 5 MB', () => {
  test('is shown in full, within the usual waits, with every quote and without errors', async () => {
    const fw = hugeFramework(5_000_000);
    const body = JSON.stringify(fw);
    assert.ok(Buffer.byteLength(body) >= 5_000_000, `test set-up: the document is only ${Buffer.byteLength(body)} bytes`);

    const started = Date.now();
    const { page, root } = await openWithAttributes(
      { 'framework-src': '/huge.json' },
      { setup: async (p) => { await routeJson(p, '/huge.json', body); } },
    );
    const warnings = watchWarnings(page);
    // waitForWidget (inside openWithAttributes) allows 15 s; rendering must also end by then.
    await root.locator('.lsc-acc__panel').first().waitFor({ state: 'attached', timeout: Math.max(1, 15_000 - (Date.now() - started)) });
    const elapsed = Date.now() - started;

    await press(root, 'Show all themes');
    const panels = root.locator('.lsc-acc__panel');
    for (const [i, t] of fw.themes.entries()) {
      const text = await panels.nth(i).locator('p').first().textContent();
      assert.equal(text.length, t.description.length, `theme ${t.id}: description length`);
      assert.ok(text.endsWith(`END OF ${t.id}`), `theme ${t.id}: the description is cut short`);
      assert.equal(text, t.description, `theme ${t.id}: the description is not shown exactly`);
      const quotes = t.links.reduce((n, l) => n + l.quotes.length, 0);
      assert.equal(await panels.nth(i).locator('blockquote.lsc-quote').count(), quotes, `theme ${t.id}: quotes shown`);
    }
    // Still responsive: the self-check answers at once.
    await root.getByRole('tab', { name: 'Self-check', exact: true }).click();
    await onStep(root, 1);
    await choose(root, QUICK[0][0], 2);
    assert.equal((await checked(root, [QUICK[0][0]]))[QUICK[0][0]], '2');
    console.log(`# 5 MB framework document (${Buffer.byteLength(body)} bytes) rendered in ${elapsed} ms`);
    await assertNotStopped(page, warnings);
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. 1,000 behaviours
// ---------------------------------------------------------------------------------------------

/** framework.json with `total` behaviours, spread evenly over its themes; the quick selection is kept. */
function manyBehaviours(total) {
  const fw = readFramework();
  for (let n = fw.themes.reduce((sum, t) => sum + t.behaviours.length, 0); n < total; n++) {
    const t = fw.themes[n % fw.themes.length];
    t.behaviours.push({ id: `${t.id}-extra-${n}`, text: `Extra statement ${n} of ${t.title}.` });
  }
  return fw;
}

describe('a framework with 1,000 behaviours', () => {
  test('renders, and the full self-check asks them all and moves on after a step is answered', async () => {
    const fw = manyBehaviours(1000);
    const count = fw.themes.reduce((n, t) => n + t.behaviours.length, 0);
    assert.equal(count, 1000, 'test set-up: behaviours');
    const { page, root } = await openWithAttributes(
      { 'framework-src': '/many.json', mode: 'full', view: 'self-check' },
      { setup: (p) => routeJson(p, '/many.json', fw) },
    );
    const warnings = watchWarnings(page);
    await onStep(root, 1);
    const first = fw.themes[0].behaviours;
    assert.equal(await root.locator('fieldset.lsc-fieldset').count(), first.length, 'statements on step 1');
    assert.equal(
      squash(await root.locator('#lsc-step-heading .lsc-caption').textContent()),
      `Step 1 of ${fw.themes.length}`,
      'step caption',
    );
    // Answer every statement of the step (each click is a real click event on a radio).
    await root.evaluate((el) => el.querySelectorAll('fieldset.lsc-fieldset input[value="1"]').forEach((r) => r.click()));
    const answers = await checked(root, first.map((b) => b.id));
    assert.deepEqual(Object.values(answers).filter((v) => v !== '1'), [], 'every statement of step 1 answered "1"');
    await press(root, 'Next');
    await onStep(root, 2);
    assert.equal(await root.locator('fieldset.lsc-fieldset').count(), fw.themes[1].behaviours.length, 'statements on step 2');

    // Kept, and offered back after a reload with the right count.
    await eventually(
      async () => Object.keys(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), `leadership-self-check:v1:${fw.id}:full`)) ?? '{}').answers ?? {}).length === first.length,
      'the answers to step 1 were not saved',
    );
    await page.reload();
    const r = await waitForWidget(page);
    await r.getByText(`You have answered ${first.length} of 1000 statements on this device.`, { exact: true }).waitFor({ timeout: 5_000 });
    await press(r, 'Continue where you left off');
    await onStep(r, 2);
    await assertNotStopped(page, warnings);
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Markup and script in the document's text
// ---------------------------------------------------------------------------------------------

/** `s` followed by markup that would set window.__lscPwned (to `tag`) if it were ever parsed or followed. */
const poison = (s, tag) =>
  `${s} <script>window.__lscPwned='${tag}'</script><img src="/x-${tag}" onerror="window.__lscPwned='${tag}'">` +
  ` javascript:window.__lscPwned='${tag}' <a href="javascript:window.__lscPwned='${tag}'">${tag}</a>`;

/** framework.json with every string a visitor can see poisoned (ids cannot hold markup: the schema refuses it). */
function poisonedFramework() {
  const fw = readFramework();
  let n = 0;
  const p = (s) => poison(s, `p${n++}`);
  for (const k of ['title', 'date', 'summary', 'attribution', 'source_note']) fw[k] = p(fw[k]);
  fw.publishers = fw.publishers.map(p);
  for (const a of fw.about) {
    a.heading = p(a.heading);
    a.paragraphs = a.paragraphs.map(p);
  }
  for (const lf of fw.linked_frameworks) {
    for (const k of ['name', 'heading', 'note']) if (lf[k]) lf[k] = p(lf[k]);
  }
  for (const t of fw.themes) {
    for (const k of ['title', 'tagline', 'description']) t[k] = p(t[k]);
    for (const b of t.behaviours) {
      b.text = p(b.text);
      if (b.applies_to) b.applies_to = p(b.applies_to);
    }
    for (const l of t.links) {
      l.heading = p(l.heading);
      l.quotes = l.quotes.map(p);
    }
  }
  const sc = fw.self_check;
  sc.question = p(sc.question);
  sc.not_applicable = p(sc.not_applicable);
  sc.scale = sc.scale.map(p);
  return fw;
}

/** What is inside the widget's shadow root that could run script or lead away from the page. */
function dangerIn(page, selector = 'leadership-self-check') {
  return page.locator(selector).first().evaluate((host) => {
    const all = [...host.shadowRoot.querySelectorAll('*')];
    return {
      elements: all.filter((el) => /^(script|img|iframe|object|embed|svg:script|frame|base|meta|link)$/i.test(el.localName)).map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)),
      // Links that are not http(s), an anchor in this page, or the widget's own emails (to no one:
      // the visitor or colleague chooses the recipient).
      links: all
        .filter((el) => el.matches('a[href], area[href], [formaction], form[action]'))
        .map((el) => el.getAttribute('href') ?? el.getAttribute('formaction') ?? el.getAttribute('action'))
        .filter((href) => !href.startsWith('#') && !href.startsWith('mailto:?') && !/^https?:$/.test(new URL(href, document.baseURI).protocol)),
      text: host.shadowRoot.textContent,
    };
  });
}

describe('markup and script in the document', () => {
  test('every string is shown as literal text; nothing runs; no link leads anywhere but http(s)', async () => {
    const fw = poisonedFramework();
    const { page, root } = await openWithAttributes(
      { 'framework-src': '/poisoned.json', mode: 'full' },
      { setup: (p) => routeJson(p, '/poisoned.json', fw) },
    );
    const warnings = watchWarnings(page);
    const seen = [];
    const look = async (when) => {
      const d = await dangerIn(page);
      assert.deepEqual(d.elements, [], `${when}: elements made from the document's text`);
      assert.deepEqual(d.handlers, [], `${when}: event handler attributes`);
      assert.deepEqual(d.links, [], `${when}: links that are not http(s)`);
      seen.push(d.text);
    };

    // The explorer, every theme open, and a heading of each linked framework browsed.
    await press(root, 'Show all themes');
    await look('explorer');
    const options = await root.locator('#lsc-crossref-select option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    for (const value of options) {
      await root.locator('#lsc-crossref-select').selectOption(value);
      await look(`browsing heading ${value}`);
    }

    // The full self-check, "does not apply" where offered, to the results.
    await root.getByRole('tab', { name: 'Self-check', exact: true }).click();
    for (let i = 0; i < fw.themes.length; i++) {
      await onStep(root, i + 1);
      await look(`step ${i + 1}`);
      // A mix of answers, so that the results list statements to work on.
      await root.evaluate((el) =>
        el.querySelectorAll('fieldset.lsc-fieldset').forEach((f, j) => {
          const radios = f.querySelectorAll('input[type=radio]');
          radios[j % radios.length].click();
        }),
      );
      await press(root, 'Next');
    }
    await expectSummary(root);
    await look('check your answers');
    await confirmAnswers(root);
    await root.locator('textarea').first().fill(poison('My plan', 'plan'));
    await look('results');

    // Every string of the document was on screen, exactly as written.
    const shown = seen.join('\n');
    const strings = [];
    const collect = (v) => (typeof v === 'string' ? strings.push(v) : v && typeof v === 'object' && Object.values(v).forEach(collect));
    collect(fw);
    // Not shown by design (docs/framework-schema.md): linked frameworks' notes, and applies_to
    // (it only makes the self-check offer "does not apply").
    const hidden = new Set([...fw.linked_frameworks.map((l) => l.note), ...fw.themes.flatMap((t) => t.behaviours.map((b) => b.applies_to))]);
    const poisoned = strings.filter((s) => s.includes('<script>') && !hidden.has(s));
    const missing = poisoned.filter((s) => !shown.includes(s));
    assert.deepEqual(missing, [], 'strings of the document not shown as literal text');
    assert.ok(poisoned.length > 100, `test set-up: only ${poisoned.length} strings poisoned`);

    // Nothing ran, and nothing was fetched for an <img>.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    assert.equal(await page.evaluate(() => window.__lscPwned ?? null), null, 'script from the document ran');
    const fetched = diagnostics(page).requests.filter((u) => new URL(u).pathname.startsWith('/x-'));
    assert.deepEqual(fetched, [], 'an <img> from the document was loaded');
    await assertNotStopped(page, warnings);
    assertCleanPage(page);
  });

  test('a broken document\'s message shows its text literally, and fallback-href only ever links to http(s)', async () => {
    const fw = poisonedFramework();
    fw.themes[1].id = fw.themes[0].id; // a duplicate id: refused, and the message names the theme's (poisoned) title
    for (const [href, link] of [
      ["javascript:window.__lscPwned='fallback'", null],
      ["JaVaScRiPt:window.__lscPwned='fallback'", null],
      ["java\tscript:window.__lscPwned='fallback'", null],
      ["data:text/html,<script>window.__lscPwned='fallback'</script>", null],
      ['https://partner.example/framework', 'https:'],
      ['/framework.html', 'http:'],
    ]) {
      const { page } = await openWithAttributes(
        { 'framework-src': '/broken.json', 'fallback-href': href },
        { setup: (p) => routeJson(p, '/broken.json', fw) },
      );
      const root = await waitForWidget(page);
      await root.locator('.lsc-failure').waitFor({ timeout: 5_000 });
      const d = await dangerIn(page);
      assert.deepEqual([d.elements, d.handlers, d.links], [[], [], []], `fallback-href ${JSON.stringify(href)}: markup or a non-http(s) link`);
      assert.ok(d.text.includes(`"${fw.themes[0].id}" is used more than once`), `the reason is shown: ${d.text.slice(0, 200)}`);
      assert.ok(d.text.includes(fw.themes[1].title), 'the poisoned title is shown as text in the reason');
      const hrefs = await root.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.href).protocol));
      assert.deepEqual(hrefs, link ? [link] : [], `fallback-href ${JSON.stringify(href)}: the link offered`);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      assert.equal(await page.evaluate(() => window.__lscPwned ?? null), null, 'script from the document ran');
      assertCleanPage(page);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Storage fills up while the visitor answers
// ---------------------------------------------------------------------------------------------

/**
 * In the page: fill this origin's localStorage to its real quota with one filler entry (the
 * longest that fits, found by halving), so that any longer write throws the browser's own
 * QuotaExceededError. Returns the filler's length.
 */
function fillStorage() {
  const fits = (n) => {
    try {
      localStorage.setItem('lsc-test-filler', 'x'.repeat(n));
      return true;
    } catch (e) {
      if (e.name !== 'QuotaExceededError') throw e;
      return false;
    }
  };
  let [lo, hi] = [0, 1 << 16];
  while (fits(hi)) [lo, hi] = [hi, hi * 2];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
  return lo;
}

describe('storage that fills up', () => {
  test('the visitor is told answers are not kept, keeps every answer in the page, and saving resumes once there is room', async () => {
    const { page, root } = await openWithAttributes({ view: 'self-check' });
    const warnings = watchWarnings(page);
    const saved = async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY_QUICK)) ?? 'null');
    await onStep(root, 1);
    await choose(root, QUICK[0][0], 1);
    await eventually(async () => (await saved())?.answers?.[QUICK[0][0]] === 1, 'the first answer was not saved');
    assert.equal(await privacy(root), `Your answers stay on this device and are not sent anywhere. ${KEPT}`);

    const filler = await page.evaluate(fillStorage);
    const probe = await page.evaluate(() => {
      try {
        localStorage.setItem('lsc-test-probe', 'xx');
        return 'stored';
      } catch (e) {
        return `${e instanceof DOMException ? 'DOMException' : e.constructor.name} ${e.name}`;
      }
    });
    assert.equal(probe, 'DOMException QuotaExceededError', `test set-up: storage is not full (filler of ${filler} characters)`);

    // Every answer from here on: saving fails, the visitor is told, nothing is lost.
    const answers = {};
    // The first as already saved (a write of the same length would still fit); a mix after it, some
    // higher and some lower than the answer in the same place on the next step.
    QUICK.flat().forEach((id, i) => (answers[id] = String((i * 7 + 1) % 4)));
    for (const [i, ids] of QUICK.entries()) {
      await onStep(root, i + 1);
      for (const id of ids) await choose(root, id, answers[id]);
      if (i === 0) {
        await eventually(
          async () => (await notice(root)).startsWith('Your latest answers could not be saved in this browser'),
          async () => `notice after a failed save; it says "${await notice(root)}"`,
        );
        assert.equal(await privacy(root), `Your answers stay on this device and are not sent anywhere. ${NOT_KEPT}`);
      }
      await press(root, 'Next');
    }
    await confirmAnswers(root);
    assert.equal(await privacy(root), `Your answers stay on this device and are not sent anywhere. ${NOT_KEPT}`, 'at the results');

    // The answers behind the results are the ones given.
    await press(root, 'Change my answers');
    await expectSummary(root);
    await press(root, 'Back');
    for (let i = QUICK.length - 1; i >= 0; i--) {
      await onStep(root, i + 1);
      assert.deepEqual(await checked(root, QUICK[i]), Object.fromEntries(QUICK[i].map((id) => [id, answers[id]])), `step ${i + 1} after the failed saves`);
      if (i > 0) await press(root, 'Back');
    }
    // What is stored is the last save that worked, whole and readable.
    assert.deepEqual((await saved()).answers, { [QUICK[0][0]]: 1 }, 'the stored answers after the failed saves');

    // Room again: the next change saves everything, and the check says so again.
    await page.evaluate(() => localStorage.removeItem('lsc-test-filler'));
    await choose(root, QUICK[0][1], '3');
    answers[QUICK[0][1]] = '3';
    await eventually(async () => Object.keys((await saved())?.answers ?? {}).length === QUICK.flat().length, 'all answers saved once there is room');
    assert.deepEqual(
      Object.fromEntries(Object.entries((await saved()).answers).map(([k, v]) => [k, String(v)])),
      answers,
      'the stored answers once there is room',
    );
    await eventually(async () => (await privacy(root)).endsWith(KEPT), 'the privacy line says answers are kept again');
    assert.equal(await notice(root), '', 'the failed-save notice is gone once saving works');
    await assertNotStopped(page, warnings);
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Two tabs of one browser on the same self-check
// ---------------------------------------------------------------------------------------------

/** Tab B: a second page of `a`'s browser context (so the same localStorage), not yet loaded; its errors are collected. */
async function secondTab(a, attributes) {
  const b = await a.context().newPage();
  const errorsB = [];
  b.on('pageerror', (e) => errorsB.push(e.message));
  b.on('console', (m) => (m.type() === 'error' || /stopped/.test(m.text())) && errorsB.push(m.text()));
  await routeHtml(b, PAGE.path, widgetPageHtml(attributes, { title: PAGE.title }));
  return { b, errorsB };
}

/** The quick check as stored in `page`'s localStorage, or null. */
const storedIn = async (page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY_QUICK)) ?? 'null');

describe('two tabs on the same self-check', () => {
  test('the later write wins; the other tab says so and can take it up; no corrupt state', async () => {
    const attributes = { view: 'self-check' };
    const { page: a, root: ra } = await openWithAttributes(attributes);
    const warnings = watchWarnings(a);
    const { b, errorsB } = await secondTab(a, attributes);
    const stored = () => storedIn(a);
    const step1 = QUICK[0];
    const [s1, s2, s3] = step1;
    const noticesSeen = [];
    const noticeOf = async (root) => {
      const n = await notice(root);
      noticesSeen.push(n);
      return n;
    };

    // A answers two statements.
    await onStep(ra, 1);
    await choose(ra, s1, 0);
    await choose(ra, s2, 0);
    await eventually(async () => Object.keys((await stored())?.answers ?? {}).length === 2, 'tab A did not save');

    // B opens the same page, takes up A's answers, and changes them.
    await b.goto(PAGE.path);
    let rb = await waitForWidget(b);
    await rb.getByText('You have answered 2 of 12 statements on this device.', { exact: true }).waitFor({ timeout: 5_000 });
    await press(rb, 'Continue where you left off');
    await onStep(rb, 1);
    assert.deepEqual(await checked(rb, step1), { [s1]: '0', [s2]: '0', [s3]: null }, 'tab B after continuing');
    await choose(rb, s1, 3);
    await choose(rb, s3, 2);
    await eventually(async () => (await stored())?.answers?.[s3] === 2, 'tab B did not save');

    // A is told, and nothing moved under the visitor's hand.
    await eventually(async () => (await noticeOf(ra)).startsWith(ELSEWHERE), async () => `tab A's notice: "${await notice(ra)}"`);
    assert.deepEqual(await checked(ra, step1), { [s1]: '0', [s2]: '0', [s3]: null }, 'tab A before choosing');
    await press(ra.locator('.lsc-notice'), 'Use those answers');
    await eventually(async () => (await notice(ra)) === '', 'the notice stayed after "Use those answers"');
    assert.deepEqual(await checked(ra, step1), { [s1]: '3', [s2]: '0', [s3]: '2' }, 'tab A after "Use those answers"');
    assert.equal(await a.locator('leadership-self-check').evaluate((h) => h.shadowRoot.activeElement?.id), 'lsc-step-heading', 'focus after "Use those answers"');

    // A writes later: B is told in turn; B carries on (dismisses), and what A wrote stays stored.
    await choose(ra, s2, 1);
    await eventually(async () => (await stored())?.answers?.[s2] === 1, 'tab A did not save its later answer');
    await eventually(async () => (await noticeOf(rb)).startsWith(ELSEWHERE), async () => `tab B's notice: "${await notice(rb)}"`);
    await press(rb.locator('.lsc-notice'), 'Dismiss');
    assert.deepEqual((await stored()).answers, { [s1]: 3, [s2]: 1, [s3]: 2 }, 'stored after A\'s later answer');

    // Reloading either tab gives the same, valid answers: the last write.
    await b.reload();
    rb = await waitForWidget(b);
    await a.reload();
    const ra2 = await waitForWidget(a);
    for (const r of [rb, ra2]) await r.getByText('You have answered 3 of 12 statements on this device.', { exact: true }).waitFor({ timeout: 5_000 });
    await press(ra2, 'Continue where you left off');
    await onStep(ra2, 1);
    assert.deepEqual(await checked(ra2, step1), { [s1]: '3', [s2]: '1', [s3]: '2' }, 'tab A after reloading');

    // B, left at its resume offer, offers the newer answers when A moves on and answers more.
    await press(ra2, 'Next');
    await onStep(ra2, 2);
    await choose(ra2, QUICK[1][0], 2);
    await rb.getByText('You have answered 4 of 12 statements on this device.', { exact: true }).waitFor({ timeout: 5_000 });
    assert.equal(await notice(rb), '', 'no notice at the resume offer');
    await press(rb, 'Continue where you left off');
    await onStep(rb, 2);
    assert.deepEqual(await checked(rb, QUICK[1]), { [QUICK[1][0]]: '2', [QUICK[1][1]]: null, [QUICK[1][2]]: null }, 'tab B after continuing');

    // Never a corrupt-data notice, never a set-aside copy.
    assert.deepEqual(noticesSeen.filter((n) => SET_ASIDE_MESSAGES.some((m) => n.includes(m))), [], 'a set-aside notice');
    const keys = await a.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys.filter((k) => k.includes(':set-aside:')), [], 'saved data was set aside');
    assert.deepEqual(errorsB, [], 'tab B reported errors');
    await assertNotStopped(a, warnings);
    await assertNotStopped(b, []);
    assertCleanPage(a);
  });

  test('answers deleted in one tab are not brought back unasked by the other', async () => {
    const attributes = { view: 'self-check' };
    const { page: a, root: ra } = await openWithAttributes(attributes);
    const warnings = watchWarnings(a);
    const { b, errorsB } = await secondTab(a, attributes);
    const [s1, s2, s3] = QUICK[0];
    await onStep(ra, 1);
    await choose(ra, s1, 0);
    await choose(ra, s2, 1);
    await eventually(async () => Object.keys((await storedIn(a))?.answers ?? {}).length === 2, 'tab A did not save');

    // B, at the resume offer, starts again: the saved answers are deleted.
    await b.goto(PAGE.path);
    const rb = await waitForWidget(b);
    await press(rb, 'Start again');
    await press(rb, 'Yes, start again');
    await eventually(async () => (await storedIn(a)) === null, 'tab B did not delete the saved answers');

    // A is told; its answers stay on the page and nothing else moves; nothing is written back yet.
    await eventually(async () => (await notice(ra)).startsWith(DELETED_ELSEWHERE), async () => `tab A's notice: "${await notice(ra)}"`);
    assert.deepEqual(await checked(ra, QUICK[0]), { [s1]: '0', [s2]: '1', [s3]: null }, 'tab A after the deletion');
    assert.equal(await storedIn(a), null, 'tab A wrote its answers back without a change');
    // Carrying on saves this page's answers again, as the notice says.
    await choose(ra, s3, 2);
    await eventually(async () => (await storedIn(a))?.answers?.[s3] === 2, 'tab A did not save after the deletion');
    assert.deepEqual((await storedIn(a)).answers, { [s1]: 0, [s2]: 1, [s3]: 2 });

    // B, reloaded, is at the resume offer when A's answers are deleted (as Delete does, by another
    // page of this browser): B goes to the first step, with nothing to take up and nothing answered.
    await b.reload();
    const rb2 = await waitForWidget(b);
    await rb2.getByText('You have answered 3 of 12 statements on this device.', { exact: true }).waitFor({ timeout: 5_000 });
    await a.evaluate((k) => localStorage.removeItem(k), KEY_QUICK);
    await onStep(rb2, 1);
    assert.ok((await notice(rb2)).startsWith(DELETED_ELSEWHERE), `tab B's notice: "${await notice(rb2)}"`);
    assert.deepEqual(await checked(rb2, QUICK[0]), { [s1]: null, [s2]: null, [s3]: null }, 'tab B after the deletion');
    assert.equal(await b.locator('leadership-self-check').evaluate((h) => h.shadowRoot.activeElement?.id), 'lsc-step-heading', 'focus after the offer went');
    assert.equal(await storedIn(a), null, 'tab B brought the deleted answers back');

    assert.deepEqual(errorsB, [], 'tab B reported errors');
    await assertNotStopped(a, warnings);
    await assertNotStopped(b, []);
    assertCleanPage(a);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Saved data broken in every way we could think of
// ---------------------------------------------------------------------------------------------

const [UNREADABLE, OTHER_VERSION, OTHER_CHECK, OUTDATED] = SET_ASIDE_MESSAGES;
/** A saved quick check as the widget writes it, with `fields` replaced; withRaw puts raw JSON text in one field. */
const savedText = (fields = {}) =>
  JSON.stringify({ version: 1, framework: FW.id, mode: 'quick', step: 0, finished: false, answers: { 'si-1': 1 }, actions: {}, ...fields });
const withRaw = (field, raw) => savedText({ [field]: '@@' }).replace('"@@"', raw);
const BROKEN = [
  ['a megabyte of text', 'x'.repeat(1_000_000), UNREADABLE],
  ['an empty string', '', UNREADABLE],
  ['null', 'null', UNREADABLE],
  ['a list', '[1,2,3]', UNREADABLE],
  ['a string', '"answers"', UNREADABLE],
  ['arrays nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), UNREADABLE],
  ['objects nested 100,000 deep', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), UNREADABLE],
  ['trailing text', `${savedText()} and more`, UNREADABLE],
  ['a raw control character', savedText({ actions: { 'si-1': 'a\u0000b' } }).replace('\\u0000', '\u0000'), UNREADABLE],
  ['an empty object', '{}', OTHER_VERSION],
  ['version as a string', savedText({ version: '1' }), OTHER_VERSION],
  ['version 2', savedText({ version: 2 }), OTHER_VERSION],
  ['a huge version', withRaw('version', '1e400'), OTHER_VERSION],
  ['another framework', savedText({ framework: 'another-framework' }), OTHER_CHECK],
  ['the other mode', savedText({ mode: 'full' }), OTHER_CHECK],
  ['step as a string', savedText({ step: '0' }), UNREADABLE],
  ['a negative step', savedText({ step: -1 }), UNREADABLE],
  ['a fractional step', savedText({ step: 0.5 }), UNREADABLE],
  ['a step past u64', withRaw('step', '18446744073709551616'), UNREADABLE],
  ['a huge step', withRaw('step', '1e308'), UNREADABLE],
  ['a step past the last', savedText({ step: 99 }), OUTDATED],
  ['finished as a string', savedText({ finished: 'true' }), UNREADABLE],
  ['finished missing', savedText({ finished: undefined }), UNREADABLE],
  ['answers as a list', savedText({ answers: [1, 2] }), UNREADABLE],
  ['answers null', savedText({ answers: null }), UNREADABLE],
  ['a huge answer', withRaw('answers', '{"si-1":99999999999999999999999999}'), UNREADABLE],
  ['an answer of 256', savedText({ answers: { 'si-1': 256 } }), UNREADABLE],
  ['a negative answer', savedText({ answers: { 'si-1': -1 } }), UNREADABLE],
  ['a fractional answer', savedText({ answers: { 'si-1': 1.5 } }), UNREADABLE],
  ['an answer as a string', savedText({ answers: { 'si-1': '1' } }), UNREADABLE],
  ['an answer true', savedText({ answers: { 'si-1': true } }), UNREADABLE],
  ['an answer past the scale', savedText({ answers: { 'si-1': 4 } }), OUTDATED],
  ['"does not apply" where it is not offered', savedText({ answers: { 'si-1': 'n/a' } }), OUTDATED],
  ['a 10,000-character statement id', savedText({ answers: { ['x'.repeat(10_000)]: 1 } }), OUTDATED],
  ['__proto__ as a statement id', withRaw('answers', '{"__proto__":1}'), OUTDATED],
  ['a lone surrogate in a statement id', withRaw('answers', '{"\\ud800":1}'), UNREADABLE], // the JSON reader refuses it
  ['an action that is a number', savedText({ actions: { 'si-1': 5 } }), UNREADABLE],
  ['an action for a statement not asked', savedText({ actions: { 'si-2': 'Plan' } }), OUTDATED],
];

describe('saved data that cannot be used', () => {
  test('each kind ends in the set-aside notice, with the data kept aside and a fresh check that works', async () => {
    const page = await browser.open('/plain.html');
    await waitForWidget(page);
    const warnings = watchWarnings(page);
    for (const [i, [what, text, message]] of BROKEN.entries()) {
      await page.evaluate(([k, v]) => {
        for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
        localStorage.setItem(k, v);
      }, [KEY_QUICK, text]);
      const id = `broken-${i}`;
      const { selector, mounted } = await mountWidget(page, { id, attributes: { view: 'self-check' } });
      assert.ok(mounted, `${what}: the widget did not mount`);
      const root = await waitForWidget(page, selector);
      await eventually(
        async () => (await notice(root)).startsWith(message),
        async () => `${what}: expected "${message}"; the notice says "${await notice(root)}"`,
      );
      await onStep(root, 1);
      const left = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
      const aside = Object.keys(left).filter((k) => k.startsWith(`${KEY_QUICK}:set-aside:`));
      assert.equal(aside.length, 1, `${what}: one set-aside copy (${Object.keys(left).map((k) => k.slice(0, 80))})`);
      assert.ok(left[aside[0]] === text, `${what}: the set-aside copy is not the saved text`);
      assert.equal(left[KEY_QUICK], undefined, `${what}: the unusable data is still under the usual key`);
      // The fresh check works and saves.
      await choose(root, 'si-7', 2);
      await eventually(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY_QUICK)) ?? '{}').answers?.['si-7'] === 2, `${what}: the fresh check did not save`);
      await page.evaluate((id) => {
        const el = document.getElementById(id);
        window.LeadershipSelfCheck.unmount(el);
        el.remove();
      }, id);
    }
    await assertNotStopped(page, warnings);
    assertCleanPage(page);
  });
});
