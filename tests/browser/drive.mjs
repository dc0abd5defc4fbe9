// Driving the widget as a visitor does, and reading where focus is: shared by the self-check,
// keyboard, reflow and semantics tests (harness.mjs opens pages; this knows the widget's screens).

import assert from 'node:assert/strict';
import { eventually } from './harness.mjs';

/** The answer scale and "does not apply", as framework.json words them (the tests check it). */
export const SCALE = ['Rarely', 'Sometimes', 'Often', 'Consistently'];
export const NOT_APPLICABLE = 'Does not apply to my role';
export const NA = 'n/a'; // how "does not apply" is written, in answer lists and as the radio's value

/** An init script that makes window.localStorage throw, as in a sandboxed iframe or blocked storage. */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    },
  });
}

/** Text content of an element, whitespace-collapsed. */
export const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

export const button = (root, name) => root.getByRole('button', { name, exact: true });

/** The steps of a mode: one per theme, with the behaviours asked, in the order asked. */
export function stepsFor(fw, mode) {
  return fw.themes
    .map((theme) => ({
      theme,
      behaviours:
        mode === 'full'
          ? theme.behaviours
          : fw.self_check.quick.map((id) => theme.behaviours.find((b) => b.id === id)).filter(Boolean),
    }))
    .filter((s) => s.behaviours.length > 0);
}

/** Click the "Self-check" tab and wait for the first step (or whatever the check shows). */
export async function showSelfCheck(root) {
  const tab = root.getByRole('tab', { name: 'Self-check', exact: true });
  await tab.click();
  await eventually(async () => (await tab.getAttribute('aria-selected')) === 'true', 'the Self-check tab was not selected');
  await root.locator('.lsc-check').waitFor({ timeout: 5_000 });
}

/** Press "Show all themes" and wait until every theme's panel is open. */
export async function showAllThemes(root) {
  await button(root, 'Show all themes').click();
  await button(root, 'Hide all themes').waitFor({ timeout: 5_000 });
  assert.equal(await root.locator('button[aria-controls][aria-expanded="false"]').count(), 0, 'a theme is still closed');
}

/**
 * The id of the element focused inside the widget's shadow root (its tag and text for one without
 * id, null for none).
 */
export function activeId(page, host = 'leadership-self-check') {
  return page.locator(host).first().evaluate((h) => {
    const el = h.shadowRoot.activeElement;
    if (!el) return null;
    return el.id || `<${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}">`;
  });
}

/**
 * The id of what stands in for the element with `id` while its view's later module downloads
 * (ids::stand_in in src/ui/ids.rs): the line "Loading…", then the failure panel's title if the
 * module cannot be downloaded. Focus sent to `id` meanwhile is there.
 */
export const standIn = (id) => `${id}-later`;

/** The results' heading. */
export const resultsHeading = (root) => root.locator('#lsc-results-heading');

export async function expectFocus(page, id, when) {
  let last;
  await eventually(
    async () => (last = await activeId(page)) === id,
    () => `${when}: focus should be on #${id}, is on ${JSON.stringify(last)}`,
  );
}

/**
 * The focused element, found through open shadow roots (document.activeElement, then each
 * shadowRoot.activeElement in turn), with the focus indicator computed on it: the width in px of
 * its non-transparent `outline` and box-shadow `ring` (spread), and `indicator`, the wider.
 */
export function deepFocus(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const opaque = (color) => {
      const m = /rgba?\(([^)]+)\)/.exec(color);
      return Boolean(m) && (m[1].split(/[ ,/]+/).filter(Boolean)[3] ?? '1') !== '0';
    };
    const outline = cs.outlineStyle !== 'none' && opaque(cs.outlineColor) ? parseFloat(cs.outlineWidth) : 0;
    // Chromium computes each shadow as "<color> <x> <y> <blur> <spread>"; the spread is the ring.
    const shadows = cs.boxShadow === 'none' ? [] : cs.boxShadow.split(/,(?![^(]*\))/);
    const spread = Math.max(0, ...shadows.map((s) => {
      const color = /rgba?\([^)]+\)/.exec(s)?.[0] ?? '';
      const px = s.replace(color, '').trim().split(/\s+/).map(parseFloat);
      return opaque(color) ? Math.abs(px[3] ?? 0) : 0;
    }));
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      text: (el.labels?.[0]?.textContent ?? el.textContent).replace(/\s+/g, ' ').trim(),
      inShadow: el.getRootNode() instanceof ShadowRoot,
      outline,
      ring: spread,
      indicator: Math.max(outline, spread),
      style: `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow ${cs.boxShadow}`,
    };
  });
}

export const stepHeading = (root) => root.locator('#lsc-step-heading');

/** Wait until the step heading reads "Step n of total" and then `title`. */
export async function expectStep(root, n, total, title) {
  const heading = stepHeading(root);
  await eventually(
    async () => (await heading.count()) === 1 && squash(await heading.locator('.lsc-caption').textContent()) === `Step ${n} of ${total}`,
    async () => `expected "Step ${n} of ${total}"; the self-check shows: "${squash(await root.locator('.lsc-check').textContent()).slice(0, 200)}"`,
  );
  const text = squash(await heading.textContent());
  assert.equal(text, `Step ${n} of ${total}${title}`, 'step heading: the caption then the theme title');
}

/** The fieldset asking about behaviour `id`. */
export const fieldsetOf = (page, root, id) =>
  root.locator('fieldset.lsc-fieldset').filter({ has: page.locator(`input[name="${id}"]`) });

/** The checked value of behaviour `id`'s radios, or null. */
export const checkedValue = (root, id) =>
  root.evaluate((el, id) => el.querySelector(`input[type=radio][name="${id}"]:checked`)?.value ?? null, id);

/** Choose an answer with the mouse, by the radio's label. */
export async function answer(page, root, id, value) {
  const label = value === NA ? NOT_APPLICABLE : SCALE[value];
  await fieldsetOf(page, root, id).getByRole('radio', { name: label, exact: true }).check();
}

export async function answerAll(page, root, answers, ids) {
  for (const id of ids) await answer(page, root, id, answers[id]);
}

/**
 * Answer every step of a check with the mouse, pressing Next, then confirm on "Check your answers"
 * with `finish` ("Get my response code" for a colleague giving their view).
 */
export async function completeWithMouse(page, root, steps, answers, { finish = 'See my results' } = {}) {
  for (const [i, step] of steps.entries()) {
    await expectStep(root, i + 1, steps.length, step.theme.title);
    await answerAll(page, root, answers, step.behaviours.map((b) => b.id));
    await button(root, 'Next').click();
  }
  await confirmAnswers(root, finish);
}

export const summaryHeading = (root) => root.locator('#lsc-summary-heading');

/** Wait for "Check your answers" (after the last step's Next). */
export async function expectSummary(root) {
  await eventually(
    async () => (await summaryHeading(root).count()) === 1,
    async () => `expected "Check your answers"; the self-check shows: "${squash(await root.locator('.lsc-check').textContent()).slice(0, 200)}"`,
  );
}

/** How many times the widget whose root is `root` has dispatched `type`; null on a page the harness did not open. */
const dispatched = (root, type) =>
  root.evaluate((el, type) => (window.__lscHearing ? (el.getRootNode().host?.__lscHeard ?? []).filter((e) => e.type === type).length : null), type);

/**
 * Finish a check from "Check your answers": press "See my results" and wait for the results, and
 * for the visitor's own until they are committed (their lsc:complete). The widget's effects (focus
 * to the results' heading, the check saved and recorded, lsc:complete) run after the render that
 * shows the results, and Yew may yield to the browser in between: a test that typed into the
 * action plan at once could have focus taken from the field in mid-word (issue #25), and one that
 * read "Your earlier checks" at once could find the check not yet listed.
 */
export async function confirmAnswers(root, finish = 'See my results') {
  await expectSummary(root);
  const own = finish === 'See my results';
  const before = own ? await dispatched(root, 'lsc:complete') : null;
  await button(root, finish).click();
  await resultsHeading(root).waitFor({ timeout: 5_000 });
  if (before !== null) {
    await eventually(async () => (await dispatched(root, 'lsc:complete')) > before, 'the results were shown but never committed (no lsc:complete)');
    // lsc:complete goes before the check is recorded, which "Your earlier checks" shows in a
    // render Yew may run after yielding to the browser: wait for it to be listed as this check.
    await eventually(
      () => root.evaluate((el) => !el.querySelector('.lsc-earlier') || el.querySelector('.lsc-earlier').textContent.includes('(this check)')),
      async () => `the finished check was never listed as "(this check)": ${squash(await root.locator('.lsc-earlier').first().textContent())}`,
    );
  }
}

/**
 * The summary as the visitor reads it: per theme heading, its rows as [statement, answer label,
 * the Change button's accessible text].
 */
export function readSummary(root) {
  return root.locator('.lsc-summary').evaluate((section) => {
    const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    return [...section.querySelectorAll('.lsc-summary-list')].map((list) => ({
      theme: squash(list.previousElementSibling?.textContent),
      rows: [...list.querySelectorAll('.lsc-summary-list__row')].map((row) => [
        squash(row.querySelector('dt').textContent),
        squash(row.querySelector('.lsc-summary-list__value').textContent),
        squash(row.querySelector('button').textContent),
      ]),
    }));
  });
}

/** Chooses a file with this text in the "Load a file" input (a DataTransfer: the same in every engine). */
export function loadFile(root, text, name = 'checks.json') {
  return root.locator('#lsc-file').evaluate((input, [text, name]) => {
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [text, name]);
}
