// Reflow (WCAG 1.4.10) and target size (WCAG 2.2, 2.5.8) at 320 CSS px wide and at 400 % zoom,
// and text resized to 200 % without zoom (WCAG 1.4.4) on a wide window and at 320 CSS px,
// in the states with the longest content: the explorer with every theme open and
// the longest cross-reference heading chosen, the error summary for a whole unanswered step,
// each step of the full check, the results with an action written, and the confirmation asked
// before deleting.
//
// In each state, inside the widget's shadow root:
// - nothing scrolls sideways: the widget root, and every element whose overflow would clip or
//   scroll (overflow-x other than visible, one-line text fields aside), has scrollWidth <= clientWidth; nor does the page;
// - nothing is cut off: no element's box, and no line of text, reaches past the widget's left or
//   right edge;
// - every target (button, link, radio with its label, select, summary, textarea) is at least
//   24 × 24 CSS px, or meets 2.5.8's spacing exception: a 24 px circle centred on its bounding
//   box intersects no other target and no other undersized target's circle. Links inside a
//   sentence are 2.5.8's inline exception and are skipped (and counted; the widget has none).
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/reflow.test.mjs

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertCleanPage, readFramework, useBrowser, widgetOpener } from './harness.mjs';
import { chromiumOnly, notIn } from './engines.mjs';
import { answerAll, button, confirmAnswers, expectStep, expectSummary, showAllThemes, showSelfCheck, stepsFor } from './drive.mjs';

const FW = readFramework();
const FULL = stepsFor(FW, 'full');

const browser = useBrowser();
const { openWithAttributes } = widgetOpener(browser, { routedPath: '/test-reflow.html', title: 'Reflow test' });

const VIEWPORTS = [
  { name: '320 CSS px wide', viewport: { width: 320, height: 640 } },
  // 400 % zoom of a 1280 × 1024 window. Playwright cannot set the browser's zoom; zooming in
  // Chromium shrinks the layout viewport in CSS px and multiplies devicePixelRatio by the same
  // factor, so a 320 × 256 CSS px viewport at deviceScaleFactor 4 is the same layout, the same
  // media queries and the same pixel rounding as 400 % on a 1× screen.
  { name: '400 % zoom of 1280 × 1024', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
  // Text-only zoom (WCAG 1.4.4): the browser's font size setting at 200 % (32 px instead of 16),
  // set through the DevTools protocol as Chromium's settings page sets it. The widget's text is
  // sized from `medium`, so it follows; the layout must then hold on a desktop window and on a
  // phone.
  { name: 'text at 200 % in 1280 × 1024', viewport: { width: 1280, height: 1024 }, fontSize: 32 },
  { name: 'text at 200 % at 320 CSS px wide', viewport: { width: 320, height: 640 }, fontSize: 32 },
];

/** The browser's default font size, as a visitor sets it in the browser's settings. */
async function setFontSize(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

/** WCAG 2.5.8's minimum, in CSS px (with a hundredth of a pixel for rounding). */
const MIN_TARGET = 24;

/**
 * Everything measured in the widget's present state (runs in the page, on the widget root).
 * Elements hidden with the visually-hidden pattern (clip-path) are there for screen readers
 * only: they are clipped on purpose and left out.
 */
function measure(root, MIN) {
  const box = root.getBoundingClientRect();
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const srOnly = (el) => {
    for (let n = el; n && n !== root; n = n.parentElement) if (getComputedStyle(n).clipPath !== 'none') return true;
    return false;
  };
  const name = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` +
    ` "${(el.labels?.[0] ?? el).textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const all = [...root.querySelectorAll('*')].filter((el) => shown(el) && !srOnly(el));

  // A one-line text field scrolling its own value (the invitation link) is the browser's input, not reflow.
  const scrolling = [root, ...all.filter((el) => getComputedStyle(el).overflowX !== 'visible' && el.localName !== 'input')]
    .filter((el) => el.scrollWidth > el.clientWidth)
    .map((el) => `${name(el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);

  const out = (r) => r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
  const cut = all.filter((el) => out(el.getBoundingClientRect()))
    .map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.textContent.trim() || !shown(t.parentElement) || srOnly(t.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    if ([...range.getClientRects()].some(out)) cut.push(`text "${t.textContent.trim().slice(0, 40)}" in ${name(t.parentElement)}`);
  }

  // Targets: each with the boxes that activate it (a radio's input and its label).
  const inline = [];
  const targets = [];
  for (const el of root.querySelectorAll('button, a[href], input, select, summary, textarea')) {
    if (!shown(el) || srOnly(el)) continue;
    if (el.tagName === 'A') {
      // In a sentence: its block has text of its own around the link.
      const block = el.parentElement;
      const own = [...block.childNodes].filter((n) => n !== el).map((n) => n.textContent).join('').trim();
      if (own) {
        inline.push(name(el));
        continue;
      }
    }
    const parts = [el, ...(el.type === 'radio' || el.type === 'checkbox' ? [...el.labels] : [])].map((p) => p.getBoundingClientRect());
    const big = parts.find((r) => r.width >= MIN - 0.01 && r.height >= MIN - 0.01);
    const best = big ?? parts.reduce((a, r) => (Math.min(r.width, r.height) > Math.min(a.width, a.height) ? r : a));
    const bound = el.getBoundingClientRect();
    targets.push({
      name: name(el),
      parts: parts.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      width: best.width,
      height: best.height,
      undersized: !big,
      cx: (bound.left + bound.right) / 2,
      cy: (bound.top + bound.bottom) / 2,
    });
  }
  // 2.5.8's spacing exception, for each undersized target.
  const distToRect = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const small = [];
  for (const t of targets.filter((t) => t.undersized)) {
    const clashes = targets
      .filter((o) => o !== t)
      .filter((o) => o.parts.some((r) => distToRect(t.cx, t.cy, r) < MIN / 2) || (o.undersized && Math.hypot(o.cx - t.cx, o.cy - t.cy) < MIN))
      .map((o) => o.name);
    small.push({ name: t.name, size: `${t.width.toFixed(1)}×${t.height.toFixed(1)}`, clashes });
  }
  const smallest = targets.reduce((a, t) => (Math.min(t.width, t.height) < Math.min(a.width, a.height) ? t : a), targets[0]);
  return {
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth },
    scrolling,
    cut,
    targets: targets.length,
    small,
    inline,
    smallest: smallest ? { name: smallest.name, size: `${smallest.width.toFixed(1)}×${smallest.height.toFixed(1)}` } : null,
  };
}

/** Measure and assert; returns the figures for the summary line. */
async function check(page, root, state) {
  const m = await root.evaluate(measure, MIN_TARGET);
  assert.ok(m.page.scrollWidth <= m.page.innerWidth, `${state}: the page scrolls sideways (${m.page.scrollWidth} > ${m.page.innerWidth})`);
  assert.deepEqual(m.scrolling, [], `${state}: scrolls sideways inside the widget`);
  assert.deepEqual(m.cut, [], `${state}: cut off at the widget's edge`);
  assert.ok(m.targets > 0, `${state}: no targets found`);
  const failing = m.small.filter((s) => s.clashes.length > 0);
  assert.deepEqual(failing, [], `${state}: targets under ${MIN_TARGET}×${MIN_TARGET} px without the spacing 2.5.8 asks for`);
  return { state, ...m };
}

describe('reflow and target size', () => {
  for (const { name, viewport, deviceScaleFactor, fontSize } of VIEWPORTS) {
    const only = fontSize
      ? chromiumOnly("the browser's text size is set through the DevTools protocol")
      : deviceScaleFactor
        ? notIn(['webkit'], 'WebDriver cannot set the device pixel ratio (the layout is the 320 px one, proven above)')
        : {};
    test(`${name}: the explorer, the error summary, every step and the results fit, with targets of 24 px`, only, async () => {
      const setup = fontSize ? (page) => setFontSize(page, fontSize) : undefined;
      const { page, root } = await openWithAttributes({ mode: 'full' }, { viewport, deviceScaleFactor, setup });
      assert.equal(await page.evaluate(() => [innerWidth, devicePixelRatio].join('@')), `${viewport.width}@${deviceScaleFactor ?? 1}`, 'viewport');
      // The widget's text is at the visitor's size: 16 px by default, 32 px at 200 %.
      assert.equal(await root.evaluate((el) => getComputedStyle(el).fontSize), `${fontSize ?? 16}px`, "the widget's text size");
      const seen = [];

      await showAllThemes(root);
      const select = root.locator('#lsc-crossref-select');
      const longest = await select.evaluate((el) => [...el.options].filter((o) => o.value).sort((a, b) => b.text.length - a.text.length)[0].value);
      await select.selectOption(longest);
      await root.locator('ul.lsc-crossref__results > li').first().waitFor();
      seen.push(await check(page, root, 'explorer, every theme open, longest cross-reference chosen'));

      await showSelfCheck(root);
      await button(root, 'Next').click();
      await root.locator('#lsc-error-summary').waitFor();
      seen.push(await check(page, root, `step 1, error summary for ${FULL[0].behaviours.length} statements`));

      // A pattern over the scale, with "Does not apply" wherever it is offered.
      const answers = {};
      FULL.flatMap((s) => s.behaviours).forEach((b, n) => (answers[b.id] = b.applies_to ? 'n/a' : n % 4));
      for (const [i, step] of FULL.entries()) {
        await expectStep(root, i + 1, FULL.length, step.theme.title);
        await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
        seen.push(await check(page, root, `step ${i + 1} of 4, answered`));
        await button(root, 'Next').click();
      }
      await expectSummary(root);
      seen.push(await check(page, root, 'check your answers, 39 statements'));
      await confirmAnswers(root);
      await root.locator('ol.lsc-plan textarea').first().fill('Ask two partners what our shared vision means to them, and write it up');
      seen.push(await check(page, root, 'results with an action written'));
      await root.locator('#lsc-delete').click();
      await root.locator('.lsc-confirm').waitFor();
      seen.push(await check(page, root, 'the "Delete my answers" confirmation'));

      const all = seen.flatMap((s) => s.small.map((x) => `${x.name} ${x.size}`));
      const side = (t) => Math.min(...t.size.split('×').map(Number));
      const smallest = seen.map((s) => s.smallest).reduce((a, b) => (side(b) < side(a) ? b : a));
      console.log(
        `reflow (${name}): ${seen.length} states, ${seen.reduce((a, s) => a + s.targets, 0)} targets measured; ` +
          `smallest ${smallest.name} ${smallest.size}; under 24 px but spaced: ${[...new Set(all)].join('; ') || 'none'}; ` +
          `inline links skipped: ${seen.reduce((a, s) => a + s.inline.length, 0)}`,
      );
      assertCleanPage(page);
    });
  }
});
