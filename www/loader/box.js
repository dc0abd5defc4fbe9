// @ts-check
// What the element shows when there is no first screen to show (src/app/prerender.rs renders
// none for a partner's own document): "Loading…" at once, in space kept for the widget; and, when
// loading fails, a plain message with the partner's fallback link. Built with DOM calls and
// constructed stylesheets (the box's and the widget's, adopted here once for both): no inline
// styles (strict CSP).

import FIRST from '../../pkg/first-screens.json';

/** Shadow roots this loader attached: the only ones it may fill (see ownRoot). */
const ours = new WeakSet();

// The host is a block, as when the widget runs (the element form is inline by default), and
// inheritance from the host page is reset. The palettes are the widget's, as in base.css.
const CSS =
  ':host{display:block}' +
  '.lsc-box{all:initial;display:block;font-family:var(--lsc-font-family,system-ui,sans-serif);' +
  'font-size:var(--lsc-font-size,medium);line-height:1.5;color:var(--lsc-text,#0b0c0c);' +
  'background:var(--lsc-background,#fff);--accent:var(--lsc-accent,#1d70b8);--error:var(--lsc-error,#d4351c);padding:1em}' +
  '.lsc-box[data-scheme=dark]{color:var(--lsc-text,#f3f2f1);background:var(--lsc-background,#1b1b1b);' +
  '--accent:var(--lsc-accent,#6cb4ee);--error:var(--lsc-error,#f47738);color-scheme:dark}' +
  '@media (prefers-color-scheme:dark){.lsc-box[data-scheme=auto]{color:var(--lsc-text,#f3f2f1);' +
  'background:var(--lsc-background,#1b1b1b);--accent:var(--lsc-accent,#6cb4ee);--error:var(--lsc-error,#f47738);color-scheme:dark}}' +
  // Two classes: the widget's stylesheet, adopted beside this one, has a .lsc-failure of its own.
  '.lsc-box.lsc-loading{min-height:16em}' +
  '.lsc-box.lsc-failure{border:4px solid var(--error)}' +
  '.lsc-box :is(h2,h3,h4,h5,h6){font-size:1.1875em;line-height:1.25;margin:0 0 .5em}' +
  '.lsc-box p{margin:0 0 .5em}.lsc-box p:last-child{margin:0}.lsc-box a{color:var(--accent)}' +
  '.lsc-box a:focus-visible{outline:3px solid var(--lsc-focus,#fd0);box-shadow:0 0 0 6px #0b0c0c}';

/** @type {CSSStyleSheet[]} */
let sheets = [];

/**
 * The box's stylesheet and the widget's (from the build's prerender), made once per page and
 * adopted by every widget's shadow root: the first screen and the Wasm's render use them.
 * @param {ShadowRoot} root
 */
export function style(root) {
  try {
    if (!sheets.length) {
      sheets = [CSS, FIRST.css].map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      });
    }
    root.adoptedStyleSheets = sheets;
  } catch {
    // Older browsers: the box shows unstyled, which is still readable.
  }
}

/**
 * The element's shadow root if this loader made it (making it now if there is none), or null
 * when the element already has one of its own: a partner component's content, never to be
 * wiped. Throws when the element cannot have a shadow root, or has a closed one.
 * @param {HTMLElement} el
 * @returns {ShadowRoot | null}
 */
export function ownRoot(el) {
  if (el.shadowRoot) return ours.has(el.shadowRoot) ? el.shadowRoot : null;
  const root = el.attachShadow({ mode: 'open' });
  ours.add(root);
  return root;
}

/** @typedef {Pick<import('./option-table.js').Checked, 'colorScheme' | 'headingLevel' | 'fallbackHref'>} Look checked options */

/** @param {Look} look */
function box(look) {
  const div = document.createElement('div');
  div.className = 'lsc-box';
  div.lang = 'en-GB'; // the page around it may be in another language
  div.dataset.scheme = look.colorScheme;
  return div;
}

/** @param {string} href @returns {string | null} */
function resolve(href) {
  try {
    return new URL(href, document.baseURI).href;
  } catch {
    return null;
  }
}

/**
 * "Loading…" at once, in the space the widget will take, told to screen readers politely. The
 * text is added a moment after the live region, which is when screen readers notice it.
 * @param {ShadowRoot} root
 * @param {Look} look
 */
export function showLoading(root, look) {
  style(root);
  const div = box(look);
  div.classList.add('lsc-loading');
  div.setAttribute('role', 'status');
  root.replaceChildren(div);
  setTimeout(() => {
    div.textContent = 'Loading the leadership self-check\u2026';
  }, 0);
}

/**
 * The failure message: a heading at the level the widget's own would have had (so the page's
 * outline holds), what the visitor can do, and the partner's own link when given.
 * @param {ShadowRoot} root
 * @param {Look} look
 * @param {string} message for the visitor
 */
export function showFailure(root, look, message) {
  style(root);
  const div = box(look);
  div.classList.add('lsc-failure');
  div.setAttribute('role', 'alert');
  const title = document.createElement('h' + look.headingLevel);
  title.textContent = 'Sorry, the leadership self-check could not be loaded.';
  const p = document.createElement('p');
  p.textContent = message;
  div.append(title, p);
  const href = look.fallbackHref && resolve(look.fallbackHref);
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = 'Read the framework on this website instead';
    const line = document.createElement('p');
    line.append(a);
    div.append(line);
  }
  root.replaceChildren(div);
}
