// The benchmark's code that runs inside the page (passed to page.addInitScript / page.evaluate,
// so each function is self-contained). Times are performance.now(): milliseconds from the
// navigation's start.

/**
 * Installed before the page's own scripts. Records in `window.__lscBench.marks`:
 *  - rendered:   the widget's root element is in its shadow root;
 *  - ready:      `lsc:ready` reached the document;
 *  - tabClick:   (with `switchToCheck`) the moment the Self-check tab was clicked, in the first
 *                task after lsc:ready, as a visitor with no reaction time would;
 *  - answerable: the first radio of the first statement is in the shadow root and enabled;
 *  - firstScreen: the loader's performance mark 'leadership-self-check:first-screen' (its time).
 * `window.__lscBench.layoutShift()` is the page's cumulative layout shift so far.
 * Shadow-root changes are seen by a MutationObserver attached when the widget's shadow root is
 * created (attachShadow is wrapped to find it): its callbacks run right after each DOM change,
 * before the browser paints it, so the marks are "in the DOM", not "on screen".
 * Also defines `window.__lscBench.timeClick(el, done)`, used by the interaction timings.
 */
export function instrumentPage({ switchToCheck }) {
  const marks = {};
  const mark = (name) => {
    if (!(name in marks)) marks[name] = performance.now();
  };
  const check = (root) => {
    if (root.querySelector('[data-lsc-root]')) mark('rendered');
    const radio = root.querySelector('fieldset input[type="radio"]');
    if (radio && !radio.disabled && !radio.closest('fieldset:disabled')) mark('answerable');
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === 'leadership-self-check') {
      new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true, attributes: true });
    }
    return root;
  };
  document.addEventListener('lsc:error', (e) => (marks.error ??= String(e.detail?.message)), true);
  // The loader's own mark when it shows the prerendered first screen (issue #22), kept as firstScreen.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'leadership-self-check:first-screen') marks.firstScreen ??= entry.startTime;
  }).observe({ type: 'mark', buffered: true });

  // Cumulative layout shift (Chromium's Layout Instability API), as Lighthouse sums it: every
  // shift not caused by the visitor's own input.
  let layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener(
    'lsc:ready',
    (e) => {
      mark('ready');
      if (!switchToCheck) return;
      const host = e.target;
      setTimeout(() => {
        mark('tabClick');
        host.shadowRoot.getElementById('lsc-tab-check').click();
      }, 0);
    },
    true,
  );

  // The end of everything a click set off: a new task runs only after the click's handlers and
  // every microtask they queued (Yew renders and runs its effects in microtasks).
  const afterTasks = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /**
   * Click `el` (a dispatched click, as HTMLElement.click()) and time, from just before it:
   * `handled` until `done()` holds once the click's work has run (checked after each task), and
   * `frame` until the start of the next animation frame after that, the frame that paints it.
   */
  async function timeClick(el, done, timeout = 5_000) {
    const start = performance.now();
    el.click();
    for (;;) {
      await afterTasks();
      if (done()) break;
      if (performance.now() - start > timeout) throw new Error(`no result ${timeout} ms after clicking ${el.outerHTML.slice(0, 120)}`);
    }
    const handled = performance.now() - start;
    await nextFrame();
    return { handled, frame: performance.now() - start };
  }

  // Every Wasm memory the page's instances export, for the memory figures (DevTools'
  // Runtime.queryObjects, which found them before, crashes Chromium 156's renderer on a Wasm page).
  const memories = new Set();
  const keep = (instance) => {
    for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) memories.add(value);
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const out = await original.apply(this, args);
      keep(out instanceof WebAssembly.Instance ? out : out.instance);
      return out;
    };
  }
  const wasmMemories = () => [...memories].map((m) => m.buffer.byteLength);

  window.__lscBench = { marks, timeClick, layoutShift: () => layoutShift, wasmMemories };
}

/**
 * For a peer's page (bench-peer.mjs): records `answerable` in `window.__lscBench.marks` as
 * instrumentPage does, for a form rendered into the light DOM of the element with id `container`:
 * its first radio in the DOM and enabled, seen by a MutationObserver on that element.
 */
export function instrumentPeerPage({ container }) {
  const marks = {};
  const check = (root) => {
    // The same selector as instrumentPage's: SurveyJS, too, puts each question's radios in a fieldset.
    const radio = root.querySelector('fieldset input[type="radio"]');
    if (radio && !radio.disabled && !radio.closest('fieldset:disabled') && !('answerable' in marks)) marks.answerable = performance.now();
  };
  // The container is in the page's markup: the document is watched only until the parser adds it.
  const find = new MutationObserver(() => {
    const root = document.getElementById(container);
    if (!root) return;
    find.disconnect();
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true, attributes: true });
    check(root);
  });
  find.observe(document, { childList: true, subtree: true });
  window.__lscBench = { marks };
}

/**
 * Answer every statement of the current step `answersEach` times (each answer a different value
 * of the scale), then press Next. An answer is done when its radio is checked and the progress
 * saved in localStorage holds it: the widget rendered and ran its effects. Next is done when the
 * following step (or, after the last, "Check your answers") is in the DOM.
 * Returns `{ answers: [{ handled, frame }], next: { handled, frame }, statements, summary }`.
 */
export async function answerStep({ answersEach }) {
  const root = document.querySelector('leadership-self-check').shadowRoot;
  const { timeClick } = window.__lscBench;
  const saved = (id) =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('leadership-self-check:'))
      .map((k) => {
        try {
          return JSON.parse(localStorage.getItem(k)).answers?.[id];
        } catch {
          return undefined;
        }
      });
  const fieldsets = [...root.querySelectorAll('fieldset.lsc-fieldset')];
  const caption = root.querySelector('#lsc-step-heading .lsc-caption')?.textContent;
  const answers = [];
  for (const [n, fieldset] of fieldsets.entries()) {
    for (let k = 0; k < answersEach; k++) {
      const value = String((n + k) % 4); // the scale's four values; never "does not apply"
      const radio = fieldset.querySelector(`input[type="radio"][value="${value}"]`);
      answers.push(await timeClick(radio, () => radio.checked && saved(radio.name).includes(Number(value))));
    }
  }
  const submit = root.querySelector('form.lsc-step button[type="submit"]');
  const next = await timeClick(submit, () => {
    if (root.querySelector('#lsc-summary-heading')) return true;
    const now = root.querySelector('#lsc-step-heading .lsc-caption')?.textContent;
    return now !== undefined && now !== caption && root.querySelector('fieldset input[type="radio"]') !== null;
  });
  return { answers, next, statements: fieldsets.length, summary: root.querySelector('#lsc-summary-heading') !== null };
}

/**
 * Click the tab `to` ('framework' or 'check') and time until its panel's content is in the DOM:
 * for the framework, the explorer with a button for every theme; for the self-check, its panel.
 */
export async function switchTab({ to, themes }) {
  const root = document.querySelector('leadership-self-check').shadowRoot;
  const tab = root.getElementById(to === 'framework' ? 'lsc-tab-framework' : 'lsc-tab-check');
  const shown = () =>
    tab.getAttribute('aria-selected') === 'true' &&
    (to === 'framework'
      ? root.querySelectorAll('.lsc-explorer .lsc-acc__button').length === themes
      : root.querySelector('.lsc-check') !== null);
  return window.__lscBench.timeClick(tab, shown);
}
