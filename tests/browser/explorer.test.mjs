// The framework explorer as a visitor and an embedding site experience it: content shown,
// isolation from the host page's CSS, keyboard use, cross-references, untrusted framework
// text, failure reporting, events and narrow screens.
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertCleanPage,
  diagnostics,
  mountWidget,
  readFramework,
  routeJson,
  useBrowser,
  waitForWidget,
  waitForWidgetEvent,
  widgetEvents,
  widgetOpener,
  eventually,
} from './harness.mjs';

const FW = readFramework();
const browser = useBrowser();
const { openWidget } = widgetOpener(browser, { path: '/index.html' });

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const SHOW_ALL = 'Show all themes';
const HIDE_ALL = 'Hide all themes';

/**
 * Every element matched by `locator` is visible: Playwright's isVisible() plus a non-empty box
 * and Element.checkVisibility() (catches opacity 0, visibility hidden, content-visibility).
 * Fails if nothing matches.
 */
async function assertAllVisible(locator, what) {
  const n = await locator.count();
  assert.ok(n > 0, `${what}: not found in the widget`);
  for (let i = 0; i < n; i++) {
    const item = locator.nth(i);
    assert.ok(await item.isVisible(), `${what}: in the widget but not visible (match ${i + 1} of ${n})`);
    const box = await item.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        w: r.width,
        h: r.height,
        visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
      };
    });
    assert.ok(box.w > 0 && box.h > 0 && box.visible, `${what}: rendered invisibly (${JSON.stringify(box)})`);
  }
}

/** Text content of an element, whitespace-collapsed. */
const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Press "Show all themes" and wait until every theme's panel is open. */
async function showAllThemes(root) {
  const button = root.getByRole('button', { name: SHOW_ALL, exact: true });
  await button.click();
  await root.getByRole('button', { name: HIDE_ALL, exact: true }).waitFor({ timeout: 5_000 });
  const closed = await root.locator('button[aria-controls][aria-expanded="false"]').count();
  assert.equal(closed, 0, `after "${SHOW_ALL}", ${closed} theme button(s) still have aria-expanded="false"`);
}

/** The accordion button of the theme titled `title`. */
const themeButton = (root, title) => root.locator('.lsc-acc__button', { hasText: title });

/** The panel a theme button controls (by its aria-controls id). */
async function panelOf(root, button) {
  const id = await button.getAttribute('aria-controls');
  assert.ok(id, 'theme button has no aria-controls');
  return root.locator(`[id="${id}"]`);
}

/** The element that has focus, looking through open shadow roots, described as plain data. */
function deepActiveElement(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
      inShadow: el.getRootNode() instanceof ShadowRoot,
      ariaExpanded: el.getAttribute('aria-expanded'),
      ariaControls: el.getAttribute('aria-controls'),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
    };
  });
}

/** Computed style values of the first element matching `locator`. */
function computedStyles(locator, properties) {
  return locator.first().evaluate(
    (el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    },
    properties,
  );
}

/** Every cross-framework quote in a framework document, as written there. */
const allQuotes = (fw) => fw.themes.flatMap((t) => t.links.flatMap((l) => l.quotes));

/** Headings of linked frameworks compare without regard to case and runs of white space. */
const headingKey = (s) => s.trim().split(/\s+/).join(' ').toLowerCase();

// ---------------------------------------------------------------------------------------------
// a. Content
// ---------------------------------------------------------------------------------------------

describe('content on the partner page', () => {
  test('shows the framework title and every theme with its tagline', async () => {
    const { page, root } = await openWidget('/index.html');
    await assertAllVisible(root.getByRole('heading', { name: FW.title, exact: true }), `framework title "${FW.title}"`);
    assert.equal(FW.themes.length, 4, 'framework.json: expected 4 themes');
    for (const theme of FW.themes) {
      const button = themeButton(root, theme.title);
      await assertAllVisible(button.getByText(theme.title, { exact: true }), `theme title "${theme.title}"`);
      await assertAllVisible(button.getByText(theme.tagline, { exact: true }), `tagline "${theme.tagline}" of "${theme.title}"`);
    }
    assertCleanPage(page);
  });

  test('"Show all themes" reveals every key behaviour and every cross-framework quote', async () => {
    const { page, root } = await openWidget('/index.html');
    const behaviours = FW.themes.flatMap((t) => t.behaviours.map((b) => ({ theme: t.title, text: b.text })));
    assert.equal(behaviours.length, 39, 'framework.json: expected 39 key behaviours');

    // Closed panels hide their content.
    assert.equal(
      await root.getByText(behaviours[0].text, { exact: true }).isVisible(),
      false,
      'a key behaviour is visible before any theme was opened',
    );

    await showAllThemes(root);
    for (const b of behaviours) {
      await assertAllVisible(root.getByText(b.text, { exact: true }), `key behaviour of "${b.theme}": "${b.text.slice(0, 60)}…"`);
    }
    const listed = await root.locator('ul.lsc-behaviours > li').count();
    assert.equal(listed, behaviours.length, 'number of key behaviour list items');

    const quotes = allQuotes(FW);
    assert.ok(quotes.length > 0, 'framework.json has no quotes');
    for (const q of quotes) {
      await assertAllVisible(root.getByText(q, { exact: true }), `quote "${q.slice(0, 60)}…"`);
    }
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// b. Isolation from the host page's CSS
// ---------------------------------------------------------------------------------------------

describe('isolation from the host page', () => {
  // None of these depends on the container's width.
  const TEXT_PROPS = [
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'line-height',
    'letter-spacing',
    'word-spacing',
    'color',
    'background-color',
    'text-transform',
    'text-decoration-line',
    'text-align',
    'text-indent',
    'white-space',
    'box-sizing',
    'margin-top',
    'display',
  ];
  const ELEMENTS = [
    { name: 'widget root', selector: '[data-lsc-root]' },
    { name: 'framework title (h2)', selector: '[data-lsc-root] h2' },
    { name: '"Show all themes" button', selector: '.lsc-acc__controls button' },
    { name: 'first theme button', selector: '.lsc-acc__button' },
    { name: 'theme title in its button', selector: '.lsc-acc__title' },
    { name: 'key behaviour list', selector: 'ul.lsc-behaviours', extra: ['list-style-type', 'padding-inline-start'] },
    { name: 'key behaviour item', selector: 'ul.lsc-behaviours > li', extra: ['list-style-type'] },
    { name: 'quote (blockquote)', selector: 'blockquote.lsc-quote', extra: ['padding-left', 'border-left-width'] },
    { name: 'heading select', selector: '#lsc-crossref-select' },
    { name: 'credit paragraph', selector: '.lsc-credit p' },
  ];
  const VIEWPORT = { width: 800, height: 900 };

  async function stylesOn(urlPath) {
    const { page, root } = await openWidget(urlPath, { viewport: VIEWPORT });
    await showAllThemes(root);
    const out = {};
    for (const { name, selector, extra = [] } of ELEMENTS) {
      const loc = page.locator(`leadership-self-check ${selector}`);
      assert.ok((await loc.count()) > 0, `${urlPath}: no ${name} (${selector}) in the widget`);
      out[name] = await computedStyles(loc, [...TEXT_PROPS, ...extra]);
    }
    assertCleanPage(page);
    return out;
  }

  test('computed styles inside the widget are the same on the hostile page as on a plain page', async () => {
    const plain = await stylesOn('/plain.html');
    const hostile = await stylesOn('/index.html');
    const diffs = [];
    for (const { name } of ELEMENTS) {
      for (const [prop, value] of Object.entries(plain[name])) {
        if (hostile[name][prop] !== value) diffs.push(`  ${name} ${prop}: plain "${value}", hostile "${hostile[name][prop]}"`);
      }
    }
    assert.deepEqual(diffs, [], `the host page's CSS leaked into the widget:\n${diffs.join('\n')}`);
  });

  test('the widget keeps its own type and controls on the hostile page', async () => {
    const { page, root } = await openWidget('/index.html', { viewport: VIEWPORT });
    const rootStyle = await computedStyles(root, ['font-size', 'letter-spacing', 'font-family', 'line-height']);
    assert.equal(rootStyle['font-size'], '16px', 'widget root font-size (host sets html{font-size:22px})');
    assert.equal(rootStyle['letter-spacing'], 'normal', 'widget root letter-spacing (host sets *{letter-spacing:.02em})');
    assert.equal(rootStyle['line-height'], '24px', 'widget root line-height (host sets body{line-height:2.1})');
    assert.doesNotMatch(rootStyle['font-family'], /georgia/i, 'widget root font-family (host sets Georgia)');

    const showAll = root.getByRole('button', { name: SHOW_ALL, exact: true });
    const btn = await computedStyles(showAll, ['text-transform', 'background-color']);
    assert.equal(btn['text-transform'], 'none', '"Show all themes" text-transform (host forces uppercase on buttons)');
    assert.notEqual(btn['background-color'], 'rgb(255, 105, 180)', '"Show all themes" is hotpink like the host\'s buttons');

    const title = await computedStyles(root.locator('h2').first(), ['color', 'text-decoration-line']);
    assert.notEqual(title.color, 'rgb(128, 0, 128)', 'framework title is purple like the host\'s h2');
    assert.equal(title['text-decoration-line'], 'none', 'framework title is underlined like the host\'s h2');

    await showAllThemes(root);
    const list = await computedStyles(root.locator('ul.lsc-behaviours').first(), ['list-style-type']);
    assert.equal(list['list-style-type'], 'disc', 'key behaviour list style (host sets ul{list-style:square})');
    const box = await computedStyles(root.locator('ul.lsc-behaviours > li').first(), ['box-sizing']);
    assert.equal(box['box-sizing'], 'border-box', 'box-sizing inside the widget (host forces content-box)');

    // [hidden]{display:block} on the host must not open closed panels: close all again.
    await root.getByRole('button', { name: HIDE_ALL, exact: true }).click();
    const firstPanel = await panelOf(root, themeButton(root, FW.themes[0].title));
    assert.equal(await firstPanel.isVisible(), false, 'a closed theme panel is visible (host sets [hidden]{display:block})');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// c. Keyboard
// ---------------------------------------------------------------------------------------------

describe('keyboard', () => {
  /** Any outline or box-shadow drawn on a focused element. */
  const hasFocusIndicator = (a) =>
    (a.outlineStyle !== 'none' && parseFloat(a.outlineWidth) > 0) || (a.boxShadow !== '' && a.boxShadow !== 'none');
  const describeIndicator = (a) =>
    `outline "${a.outlineStyle} ${a.outlineWidth} ${a.outlineColor}", box-shadow "${a.boxShadow}", :focus-visible ${a.focusVisible}`;

  /** Press Tab from the top of the page until `done(active)`; returns the focus path. */
  async function tabUntil(page, done, what, limit = 60) {
    const path = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const active = await deepActiveElement(page);
      path.push(active);
      if (done(active)) return path;
    }
    const trail = path.map((a) => `${a?.tag}${a?.inShadow ? ' (widget)' : ''} "${a?.text?.slice(0, 30)}"`);
    assert.fail(`Tab never reached ${what} in ${limit} presses. Focus went:\n  ${trail.join('\n  ')}`);
  }

  test('Tab reaches the first theme; Enter opens it and Space closes it, focus staying on its button', async () => {
    const { page, root } = await openWidget('/index.html');
    const first = FW.themes[0];
    const button = themeButton(root, first.title);
    const panel = await panelOf(root, button);
    const onFirst = (a) => Boolean(a?.inShadow && a.ariaControls && a.text.includes(first.title));

    const path = await tabUntil(page, onFirst, `the "${first.title}" button`);
    let active = path.at(-1);
    assert.equal(active.tag, 'button', 'the theme control is not a <button>');
    assert.equal(active.ariaExpanded, 'false', 'first theme should start closed');
    assert.equal(await panel.isVisible(), false, 'first theme panel visible before opening');

    await page.keyboard.press('Enter');
    await eventually(async () => (await button.getAttribute('aria-expanded')) === 'true', 'Enter did not set aria-expanded="true"');
    await assertAllVisible(panel, 'first theme panel after Enter');
    await assertAllVisible(panel.getByText(first.behaviours[0].text, { exact: true }), 'first key behaviour after Enter');
    active = await deepActiveElement(page);
    assert.ok(onFirst(active), `focus left the theme button after Enter (now on ${JSON.stringify(active)})`);

    await page.keyboard.press('Space');
    await eventually(async () => (await button.getAttribute('aria-expanded')) === 'false', 'Space did not set aria-expanded="false"');
    assert.equal(await panel.isVisible(), false, 'first theme panel still visible after Space');
    active = await deepActiveElement(page);
    assert.ok(onFirst(active), `focus left the theme button after Space (now on ${JSON.stringify(active)})`);
    assertCleanPage(page);
  });

  test(
    'every control reached with Tab shows a visible focus indicator',
    async () => {
      const { page, root } = await openWidget('/index.html');
      const lastTheme = FW.themes.at(-1).title;
      // Through the widget, with all themes closed: past the last theme button to the select.
      const path = await tabUntil(page, (a) => a?.inShadow && a.tag === 'select', 'the heading select');
      const stops = path.filter((a) => a?.inShadow);
      assert.ok(
        stops.some((a) => a.text.includes(lastTheme)),
        `Tab skipped the "${lastTheme}" theme button; stops: ${stops.map((a) => a.tag).join(', ')}`,
      );
      const missing = stops.filter((a) => !hasFocusIndicator(a));
      assert.deepEqual(
        missing.map((a) => `${a.tag} "${a.text.slice(0, 40)}": ${describeIndicator(a)}`),
        [],
        'keyboard-focused controls without a visible focus indicator',
      );
      assertCleanPage(page);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// d. Cross-reference browser
// ---------------------------------------------------------------------------------------------

describe('cross-reference browser', () => {
  test('choosing the LQF\'s "Creating the vision" lists its themes; "Show this theme" opens one and focuses it', async () => {
    const { page, root } = await openWidget('/index.html');
    const lqf = FW.linked_frameworks.find((f) => f.id === 'lqf');
    assert.ok(lqf, 'framework.json: no linked framework "lqf"');
    const HEADING = 'Creating the vision';
    const linked = FW.themes
      .map((t) => ({
        theme: t,
        quotes: t.links.filter((l) => l.framework === 'lqf' && headingKey(l.heading) === headingKey(HEADING)).flatMap((l) => l.quotes),
      }))
      .filter((m) => m.quotes.length > 0);
    const n = linked.length;
    assert.equal(n, 4, 'framework.json: expected the LQF\'s "Creating the vision" to be linked from 4 themes');

    const select = root.locator('#lsc-crossref-select');
    await assertAllVisible(select, 'heading select');
    assert.equal(
      squash(await root.locator('label[for="lsc-crossref-select"]').textContent()),
      'Heading in another framework',
      'the select\'s label',
    );
    const groups = await select.locator('optgroup').evaluateAll((els) => els.map((g) => g.label));
    assert.deepEqual(groups, FW.linked_frameworks.map((f) => f.name), 'one optgroup per linked framework, by name');

    const option = await select.evaluate(
      (el, { group, heading }) => {
        const g = [...el.querySelectorAll('optgroup')].find((x) => x.label === group);
        const o = g && [...g.querySelectorAll('option')].find((x) => x.textContent.trim().startsWith(heading + ' ('));
        return o ? { value: o.value, text: o.textContent.trim() } : null;
      },
      { group: lqf.name, heading: HEADING },
    );
    assert.ok(option, `no "${HEADING}" option under the "${lqf.name}" group`);
    assert.equal(option.text, `${HEADING} (${n})`, 'option text shows the number of linked themes');
    await select.selectOption(option.value);

    const status = root.locator('p.lsc-crossref__status[aria-live="polite"]');
    await eventually(async () => squash(await status.textContent()).includes(`linked from ${n} themes`), `status never said "linked from ${n} themes"`);
    assert.equal(
      squash(await status.textContent()),
      `${HEADING} (${lqf.name}): linked from ${n} themes.`,
      'status text',
    );

    const results = root.locator('ul.lsc-crossref__results > li');
    assert.equal(await results.count(), n, 'number of themes listed');
    for (const { theme, quotes } of linked) {
      const item = results.filter({ has: page.getByRole('heading', { name: theme.title, exact: true }) });
      assert.equal(await item.count(), 1, `"${theme.title}" listed once among the results`);
      await assertAllVisible(item.getByText(theme.tagline, { exact: true }), `tagline of "${theme.title}" in the results`);
      assert.ok((await item.locator('blockquote').count()) >= 1, `"${theme.title}" result has no quote`);
      for (const q of quotes) await assertAllVisible(item.getByText(q, { exact: true }), `LQF quote for "${theme.title}"`);
      await assertAllVisible(item.getByRole('button', { name: /^Show this theme/ }), `"Show this theme" for "${theme.title}"`);
    }

    const target = FW.themes.find((t) => t.title === 'Driving transformation');
    assert.ok(target, 'framework.json: no theme "Driving transformation"');
    const accButton = themeButton(root, target.title);
    const accPanel = await panelOf(root, accButton);
    assert.equal(await accPanel.isVisible(), false, `"${target.title}" panel open before "Show this theme"`);

    const item = results.filter({ has: page.getByRole('heading', { name: target.title, exact: true }) });
    await item.getByRole('button', { name: /^Show this theme/ }).click();

    await eventually(async () => (await accButton.getAttribute('aria-expanded')) === 'true', `"${target.title}" did not open`);
    await assertAllVisible(accPanel, `"${target.title}" panel`);
    await eventually(
      () => accButton.evaluate((el) => el.getRootNode().activeElement === el),
      `focus did not move to the "${target.title}" accordion button`,
    );
    const inView = await accButton.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, `the focused "${target.title}" button is scrolled out of view`);
    // Only that theme was opened.
    for (const t of FW.themes.filter((x) => x !== target)) {
      assert.equal(await themeButton(root, t.title).getAttribute('aria-expanded'), 'false', `"${t.title}" was opened too`);
    }
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// e. Untrusted text
// ---------------------------------------------------------------------------------------------

describe('framework text is never markup', () => {
  test('HTML in titles and behaviours is shown as literal text and never runs', async () => {
    const BEHAVIOUR = '<img src=x onerror="window.__pwned=1">Injected <b>bold</b>';
    const TITLE = '<script>window.__pwned=2</script>Title';
    const doc = readFramework();
    doc.themes[0].behaviours[0].text = BEHAVIOUR;
    doc.themes[0].title = TITLE;

    const page = await browser.open('/plain.html');
    await waitForWidget(page); // the page's own widget, so embed.js is ready
    await routeJson(page, '/test-framework-html.json', doc);
    const { selector, mounted } = await mountWidget(page, { attributes: { 'framework-src': '/test-framework-html.json' } });
    assert.ok(mounted, 'mount() resolved to null');
    const root = await waitForWidget(page, selector);
    await waitForWidgetEvent(page, 'lsc:ready');

    const button = themeButton(root, TITLE);
    await assertAllVisible(button.getByText(TITLE, { exact: true }), 'literal theme title with <script>');
    await button.click();
    await assertAllVisible(root.getByText(BEHAVIOUR, { exact: true }), 'literal behaviour text with <img> and <b>');

    // Give a smuggled <img onerror> time to fail and fire.
    await page.waitForTimeout(300);
    const found = await page.locator(selector).evaluate((host) => ({
      img: host.shadowRoot.querySelectorAll('img').length,
      script: host.shadowRoot.querySelectorAll('script').length,
      b: host.shadowRoot.querySelectorAll('b').length,
    }));
    assert.deepEqual(found, { img: 0, script: 0, b: 0 }, 'framework text was parsed as HTML inside the shadow root');
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'injected script ran (window.__pwned set)');
    const xRequests = diagnostics(page).requests.filter((u) => new URL(u).pathname === '/x');
    assert.deepEqual(xRequests, [], 'the injected <img src=x> was requested');
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// f. Failures
// ---------------------------------------------------------------------------------------------

describe('failures are reported, not thrown', () => {
  const invalid = [
    {
      name: 'schema_version 2',
      doc: () => ({ ...readFramework(), schema_version: 2 }),
      reason: [/schema_version/, /\b2\b/],
    },
    {
      name: 'a theme with no key behaviours',
      doc: () => {
        const d = readFramework();
        d.themes[1].behaviours = [];
        return d;
      },
      reason: [/themes\[1\]/, /behaviours/, /at least one key behaviour/],
    },
  ];

  for (const c of invalid) {
    test(`an invalid framework document (${c.name}) shows an alert with the reason and fires lsc:error`, async () => {
      const page = await browser.open('/plain.html');
      await waitForWidget(page);
      await routeJson(page, '/test-framework-invalid.json', c.doc());
      const { selector } = await mountWidget(page, { attributes: { 'framework-src': '/test-framework-invalid.json' } });
      const error = await waitForWidgetEvent(page, 'lsc:error');

      const alert = page.locator(`${selector} [role="alert"]`);
      await assertAllVisible(alert, 'error alert');
      await assertAllVisible(
        alert.getByRole('heading', { name: 'Sorry, the leadership framework could not be shown', exact: true }),
        'alert heading',
      );
      const reason = squash(await alert.locator('code').textContent());
      for (const re of c.reason) assert.match(reason, re, `reason shown in the alert: "${reason}"`);

      assert.equal(typeof error.detail?.message, 'string', `lsc:error detail.message: ${JSON.stringify(error.detail)}`);
      assert.equal(squash(error.detail.message), reason, 'lsc:error detail.message is the reason shown');
      assert.ok(error.bubbles && error.composed, 'lsc:error bubbles and is composed');
      const events = await widgetEvents(page);
      assert.ok(!events.some((e) => e.type === 'lsc:ready'), 'lsc:ready fired for an invalid document');
      assert.equal(await page.locator(`${selector} .lsc-acc__button`).count(), 0, 'themes rendered for an invalid document');

      assert.deepEqual(diagnostics(page).pageErrors.map(String), [], 'uncaught exceptions');
    });
  }

  test('a framework-src that answers 404 shows the load-failure alert and fires lsc:error', async () => {
    const page = await browser.open('/plain.html');
    await waitForWidget(page);
    const { selector, mounted } = await mountWidget(page, { attributes: { 'framework-src': '/no-such-framework.json' } });
    assert.equal(mounted, false, 'mount() should resolve to null when framework-src fails');
    const error = await waitForWidgetEvent(page, 'lsc:error');

    const alert = page.locator(`${selector} [role="alert"]`);
    await assertAllVisible(alert, 'load-failure alert');
    await assertAllVisible(alert.getByText('Sorry, the leadership self-check could not be loaded.', { exact: true }), 'load-failure message');
    assert.equal(typeof error.detail?.message, 'string', `lsc:error detail.message: ${JSON.stringify(error.detail)}`);
    assert.match(error.detail.message, /404/, 'lsc:error detail.message names the HTTP status');
    assert.match(error.detail.message, /no-such-framework\.json/, 'lsc:error detail.message names the URL');
    assert.ok(error.bubbles && error.composed, 'lsc:error bubbles and is composed');
    assert.deepEqual(diagnostics(page).pageErrors.map(String), [], 'uncaught exceptions');
  });
});

// ---------------------------------------------------------------------------------------------
// g. Events
// ---------------------------------------------------------------------------------------------

describe('events', () => {
  test('lsc:ready fires once on the host element, after rendering, and bubbles to document', async () => {
    const page = await browser.open('/index.html', {
      setup: (p) =>
        p.addInitScript(() => {
          window.__lscDocEvents = [];
          for (const type of ['lsc:ready', 'lsc:error']) {
            document.addEventListener(type, (e) => {
              const host = e.target;
              window.__lscDocEvents.push({
                type: e.type,
                target: host?.tagName?.toLowerCase(),
                phase: e.eventPhase,
                bubbles: e.bubbles,
                composed: e.composed,
                rendered: Boolean(host?.shadowRoot?.querySelector('[data-lsc-root] .lsc-acc__button')),
              });
            });
          }
        }),
    });
    await waitForWidget(page);
    await eventually(
      () => page.evaluate(() => window.__lscDocEvents.length > 0),
      'no lsc:* event reached document',
    );
    await page.waitForTimeout(200); // a duplicate would arrive by now
    const events = await page.evaluate(() => window.__lscDocEvents);
    assert.deepEqual(
      events,
      [{ type: 'lsc:ready', target: 'leadership-self-check', phase: 3 /* Event.BUBBLING_PHASE */, bubbles: true, composed: true, rendered: true }],
      `events heard on document: ${JSON.stringify(events)}`,
    );
    assertCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// h. Narrow screens
// ---------------------------------------------------------------------------------------------

describe('narrow screens', () => {
  test('at 320 px wide nothing scrolls sideways, with every theme open and cross-references shown', async () => {
    const { page, root } = await openWidget('/index.html', { viewport: { width: 320, height: 640 } });
    await showAllThemes(root);
    // The longest labels and quotes are in the cross-reference results: show some too.
    const select = root.locator('#lsc-crossref-select');
    const longest = await select.evaluate((el) =>
      [...el.options].filter((o) => o.value).sort((a, b) => b.text.length - a.text.length)[0].value,
    );
    await select.selectOption(longest);
    await root.locator('ul.lsc-crossref__results > li').first().waitFor();

    const m = await root.evaluate((el) => {
      const limit = el.getBoundingClientRect().right + 0.5;
      const wide = [...el.querySelectorAll('*')]
        .filter((d) => d.getBoundingClientRect().right > limit && d.getClientRects().length)
        .slice(0, 5)
        .map((d) => `${d.tagName.toLowerCase()}.${d.className} right=${Math.round(d.getBoundingClientRect().right)}`);
      return {
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        docScrollWidth: document.documentElement.scrollWidth,
        wide,
      };
    });
    assert.ok(
      m.scrollWidth <= m.clientWidth,
      `widget root scrolls sideways: scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; too wide: ${m.wide.join(', ')}`,
    );
    assert.ok(m.docScrollWidth <= 320, `page scrolls sideways: documentElement.scrollWidth ${m.docScrollWidth} > 320`);
    assert.deepEqual(m.wide, [], 'elements sticking out of the widget');
    assertCleanPage(page);
  });
});
