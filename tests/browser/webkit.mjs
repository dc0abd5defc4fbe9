// WebKit for the browser tests: Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser (an X
// display is needed: run.mjs starts Xvfb). Playwright cannot drive it, so this is a thin adapter
// with the part of Playwright's API that the suites use, over classic WebDriver: locators (CSS
// piercing open shadow roots, getByRole, getByText, getByLabel, filter, nth) are resolved in the
// page by pageLib() below; clicks, keys and chosen files are real WebDriver input; ariaSnapshot()
// takes each element's role and name from WebKit (Get Computed Role and Label). HTTP front
// servers, one per origin the tests serve, give what WebDriver lacks: routes (page.route,
// fulfil/continue/abort/fetch), init scripts, and the page's uncaught errors and console.error
// calls. A viewport narrower than MiniBrowser's smallest window is an iframe of that width.
//
// A context with colorScheme 'dark' is a MiniBrowser in dark mode. Not available here, so the
// tests that need them say so (engines.mjs: notIn): emulating forced colours and print media, a
// device scale factor, downloads, reading the clipboard, the browser's own console messages,
// frames (frameLocator), and two contexts open at once (WebKitWebDriver runs one session at a
// time: a new context ends the last).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';

const DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const DEFAULT_TIMEOUT = 10_000;
const DRIVER_START_TIMEOUT = 60_000;
const INIT_PATH = '/__lsc-webkit-init.js';
// A page narrower than MiniBrowser's smallest window is shown in an iframe of that size (below).
const FRAME_PATH = '/__lsc-webkit-frame.html';

// Roles WebKit gives elements that are not in the accessibility tree's snapshot.
const NO_ROLE = new Set(['generic', 'none', 'presentation']);
const NAMED_FROM_CONTENT = new Set(['button', 'link', 'tab', 'heading', 'radio', 'checkbox', 'option', 'menuitem', 'cell', 'columnheader', 'rowheader', 'switch', 'treeitem']);
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A string or RegExp, as pageLib() reads it. */
const pattern = (p) => (p instanceof RegExp ? { re: p.source, flags: p.flags } : p);

/** Runs in the page: finds elements for a locator's steps and reports errors. Keep self-contained. */
function pageLib() {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text, p, exact) => {
    if (p && typeof p === 'object') return new RegExp(p.re, p.flags).test(text);
    return exact ? text === norm(p) : text.toLowerCase().includes(norm(p).toLowerCase());
  };
  const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  const inside = (el, scope) => {
    for (let n = el; n; n = parentOf(n)) if (n === scope) return true;
    return scope === document;
  };
  function deepAll(scope) {
    const out = [];
    const walk = (node) => {
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.children) {
        out.push(child);
        walk(child);
      }
    };
    walk(scope);
    return out;
  }
  // "a b > c, d" → [[{sel:'a'},{sel:'b',comb:' '},{sel:'c',comb:'>'}], [{sel:'d'}]]
  function parseCss(selector) {
    const lists = [];
    let parts = [];
    let cur = '';
    let depth = 0;
    let quote = null;
    let comb = null;
    const push = () => {
      if (cur.trim()) parts.push({ sel: cur.trim(), comb: parts.length ? comb || ' ' : null });
      cur = '';
      comb = null;
    };
    for (const ch of selector) {
      if (quote) {
        cur += ch;
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
        cur += ch;
      } else if (ch === '[' || ch === '(') {
        depth += 1;
        cur += ch;
      } else if (ch === ']' || ch === ')') {
        depth -= 1;
        cur += ch;
      } else if (depth === 0 && ch === ',') {
        push();
        lists.push(parts);
        parts = [];
      } else if (depth === 0 && (ch === ' ' || ch === '>')) {
        if (cur.trim()) push();
        if (ch === '>') comb = '>';
      } else cur += ch;
    }
    push();
    lists.push(parts);
    return lists;
  }
  function chain(el, parts, i, scope) {
    if (!el.matches(parts[i].sel)) return false;
    if (i === 0) return true;
    if (parts[i].comb === '>') {
      const p = parentOf(el);
      return Boolean(p) && p !== scope && chain(p, parts, i - 1, scope);
    }
    for (let a = parentOf(el); a && a !== scope; a = parentOf(a)) if (chain(a, parts, i - 1, scope)) return true;
    return false;
  }
  const css = (scope, selector) => {
    const lists = parseCss(selector);
    return deepAll(scope).filter((el) => lists.some((parts) => chain(el, parts, parts.length - 1, scope)));
  };

  const hiddenForAria = (el) => {
    for (let n = el; n; n = parentOf(n)) {
      if (n.getAttribute('aria-hidden') === 'true' || n.hidden) return true;
      const cs = getComputedStyle(n);
      if (cs.display === 'none') return true;
      if (n === el && cs.visibility === 'hidden') return true;
    }
    return false;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const INPUT_ROLES = { checkbox: 'checkbox', radio: 'radio', button: 'button', submit: 'button', reset: 'button', image: 'button', range: 'slider', number: 'spinbutton', search: 'searchbox' };
  function role(el) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    const tag = el.localName;
    if (tag === 'input') return INPUT_ROLES[el.type] ?? (el.type === 'hidden' ? null : 'textbox');
    if (/^h[1-6]$/.test(tag)) return 'heading';
    const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    return (
      {
        a: el.hasAttribute('href') ? 'link' : null,
        button: 'button',
        textarea: 'textbox',
        select: el.multiple || el.size > 1 ? 'listbox' : 'combobox',
        option: 'option',
        ul: 'list',
        ol: 'list',
        li: 'listitem',
        nav: 'navigation',
        main: 'main',
        fieldset: 'group',
        details: 'group',
        dialog: 'dialog',
        table: 'table',
        p: 'paragraph',
        blockquote: 'blockquote',
        hr: 'separator',
        img: el.getAttribute('alt') === '' ? 'presentation' : 'img',
        section: named ? 'region' : null,
        form: named ? 'form' : null,
        aside: 'complementary',
        // Landmarks only outside sectioning content; WebKit says which (none drop out).
        header: 'banner',
        footer: 'contentinfo',
        progress: 'progressbar',
      }[tag] ?? null
    );
  }
  const FROM_CONTENT = new Set(['button', 'link', 'tab', 'heading', 'option', 'cell', 'menuitem', 'treeitem', 'radio', 'checkbox', 'switch', 'tooltip', 'row', 'columnheader', 'rowheader']);
  function textOf(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return '';
    if (node.hasAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
    if (node.localName === 'img') return node.getAttribute('alt') ?? '';
    const inner = [...(node.shadowRoot ?? node).childNodes].map(textOf).join('');
    return getComputedStyle(node).display.startsWith('inline') ? inner : ` ${inner} `;
  }
  function name(el) {
    const root = el.getRootNode();
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => (root.getElementById(id) ? textOf(root.getElementById(id)) : '')).join(' '));
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return norm(label);
    if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(' '));
    if (el.localName === 'input' && ['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
    if (el.localName === 'fieldset') {
      const legend = [...el.children].find((c) => c.localName === 'legend');
      if (legend) return norm(textOf(legend));
    }
    if (el.localName === 'img') return norm(el.getAttribute('alt'));
    if (FROM_CONTENT.has(role(el))) return norm(textOf(el));
    return norm(el.getAttribute('title'));
  }
  const ownText = (el) => norm([...el.childNodes].map((n) => (n.nodeType === 3 ? n.data : '')).join(''));
  const fullText = (el) => norm(el.shadowRoot ? textOf(el) : el.textContent);

  function apply(step, scope) {
    if (step.css !== undefined) return css(scope, step.css);
    if (step.xpath !== undefined) {
      const r = document.evaluate(step.xpath, scope, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      return Array.from({ length: r.snapshotLength }, (_, i) => r.snapshotItem(i));
    }
    const all = deepAll(scope);
    if (step.role !== undefined) {
      return all.filter((el) => role(el) === step.role && !hiddenForAria(el) && (step.name === undefined || matches(name(el), step.name, step.exact)));
    }
    if (step.text !== undefined) {
      const hits = all.filter((el) => !['script', 'style', 'head'].includes(el.localName) && matches(fullText(el), step.text, step.exact));
      return hits.filter((el) => !hits.some((h) => h !== el && parentOf(h) && inside(h, el)) || matches(ownText(el), step.text, step.exact));
    }
    if (step.label !== undefined) {
      return all.filter((el) => (el.labels?.length || el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) && matches(name(el), step.label, step.exact));
    }
    throw new Error(`unknown locator step ${JSON.stringify(step)}`);
  }
  function resolve(steps, start = [document]) {
    let set = start;
    for (const step of steps) {
      if (step.nth !== undefined) set = step.nth < 0 ? set.slice(step.nth).slice(0, 1) : set.slice(step.nth, step.nth + 1);
      else if (step.filter) {
        const f = step.filter;
        set = set.filter(
          (el) =>
            (!f.has || resolve(f.has, [el]).length > 0) &&
            (!f.hasNot || resolve(f.hasNot, [el]).length === 0) &&
            (f.hasText === undefined || matches(fullText(el), f.hasText, false)) &&
            (f.hasNotText === undefined || !matches(fullText(el), f.hasNotText, false)) &&
            (f.visible === undefined || visible(el) === f.visible),
        );
      } else set = [...new Set(set.flatMap((scope) => apply(step, scope)))];
    }
    return set;
  }
  const drain = () => {
    const rec = window.__lscWebKit;
    if (!rec) return { errors: [], console: [] };
    const out = { errors: rec.errors.splice(0), console: rec.console.splice(0) };
    return out;
  };
  /**
   * For ariaSnapshot(): the elements under `top` (shadow trees included) that may have a role,
   * and the text between them, in order, each with its parent's index. Their roles and names
   * are then asked of WebKit itself.
   */
  function axTree(top) {
    const out = [];
    const visit = (node, parent) => {
      for (const c of (node.shadowRoot ?? node).childNodes) {
        if (c.nodeType === Node.TEXT_NODE) {
          if (norm(c.data)) out.push({ parent, text: c.data });
        } else if (c.nodeType === Node.ELEMENT_NODE && !['script', 'style', 'template'].includes(c.localName) && !hiddenForAria(c)) {
          if (role(c)) {
            const level = /^h[1-6]$/.test(c.localName) ? Number(c.getAttribute('aria-level') || c.localName[1]) : null;
            out.push({ parent, el: c, level });
            visit(c, out.length - 1);
          } else visit(c, parent);
        }
      }
    };
    if (role(top)) out.push({ parent: -1, el: top, level: /^h[1-6]$/.test(top.localName) ? Number(top.localName[1]) : null });
    visit(top, out.length - 1);
    return out;
  }
  return { resolve, visible, drain, norm, axTree };
}

/** Installed in every HTML page before its own scripts: records what Playwright's events report. */
function recordErrors() {
  if (window.__lscWebKit) return;
  const rec = (window.__lscWebKit = { errors: [], console: [] });
  const text = (v) => (v instanceof Error ? `${v.name}: ${v.message}\n${v.stack}` : String(v));
  // When, and which Wasm modules had arrived by then (name@ms): whether an error came as the later
  // modules arrived (docs/browser-engines.md, the WebKit trap).
  const when = () => {
    const wasm = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm'));
    const arrived = wasm.map((r) => `${r.name.split('/').pop().split('.')[0]}@${Math.round(r.responseEnd)}`);
    return `[at ${Math.round(performance.now())} ms; Wasm arrived: ${arrived.join(' ') || 'none'}]`;
  };
  // The message stays the first line (the harness reads it); when, the second.
  const record = (v) => {
    const [message, ...stack] = text(v).split('\n');
    rec.errors.push([message, when(), ...stack].join('\n'));
  };
  addEventListener('error', (e) => {
    if (e.error !== undefined || e.message) record(e.error ?? e.message);
  });
  addEventListener('unhandledrejection', (e) => record(e.reason));
  for (const [method, type] of [['error', 'error'], ['warn', 'warning']]) {
    const original = console[method];
    console[method] = function (...args) {
      rec.console.push({ type, text: args.map((a) => (typeof a === 'string' ? a : text(a))).join(' ') });
      return original.apply(this, args);
    };
  }
}

const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: ' ',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};
function keyActions(combo) {
  const keys = combo.split('+').map((k) => KEYS[k] ?? k);
  return [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
}

// The drivers running now: stopped when this process exits, even where a file's process ends
// before its after hook ran (a driver left running outlives the run).
const RUNNING = new Set();
process.once('exit', () => {
  for (const driver of RUNNING) driver.stop();
});

class WebDriver {
  static async start() {
    const driver = new WebDriver();
    await driver.spawn();
    return driver;
  }
  async spawn() {
    const port = await freePort();
    // One session at a time: WebKitWebDriver refuses a second, so a new context ends the last.
    // Its own process group, killed whole in `stop`, and no pipe of ours: a MiniBrowser left behind
    // by a driver restarted mid-run once held the test runner's stderr open, and the run never ended.
    // Without accelerated compositing, which Xvfb's software GL draws: the web process used a
    // quarter less CPU (the explorer and self-check suites: 60 CPU s instead of 82), pages laid
    // out and run alike.
    this.proc = spawn(DRIVER, [`--port=${port}`, '--replace-on-new-session'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    });
    RUNNING.add(this);
    // The last lines the driver, MiniBrowser and WebKit's web processes print (a GLib error before
    // a web process dies), for lost() to report.
    this.said = [];
    this.proc.stderr.setEncoding('utf8').on('data', (chunk) => {
      this.said.push(...chunk.split('\n').filter((line) => line.trim()));
      this.said.splice(0, this.said.length - 20);
    });
    this.url = `http://127.0.0.1:${port}`;
    // Ready when it answers (up to a minute: a loaded machine may be slow to start it); an exit
    // before that (the port taken meanwhile) fails at once.
    const exited = new Promise((resolve) => this.proc.once('exit', (code, sig) => resolve(`exited (${code ?? sig})`)));
    const end = Date.now() + DRIVER_START_TIMEOUT;
    for (;;) {
      const state = await Promise.race([fetch(`${this.url}/status`).then(() => 'up', () => 'down'), exited]);
      if (state === 'up') return;
      if (state !== 'down') throw new Error(`${DRIVER} ${state} before it answered on port ${port}`);
      if (Date.now() > end) throw new Error(`${DRIVER} did not answer on port ${port} within ${DRIVER_START_TIMEOUT} ms`);
      await sleep(50);
    }
  }
  /**
   * A new session. On a loaded machine WebKitWebDriver now and then never answers this request
   * (seen: no answer in 300 s); a driver started afresh then starts one at once.
   */
  async newSession(capabilities) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.send('POST', '/session', { capabilities }, AbortSignal.timeout(60_000));
      } catch (err) {
        if (attempt === 3) throw err;
        // What the driver and MiniBrowser last said ("cannot open display" was seen) names the cause.
        const said = this.said.length ? this.said.join(' | ') : 'nothing';
        console.error(`# WebKit: no new session (${err.message}); the driver's last lines: ${said}; restarting ${DRIVER}`);
        this.stop();
        await this.spawn();
      }
    }
  }
  /** A WebDriver command; none may hang a run for ever (`signal` may ask for less than 2 minutes). */
  async send(method, path, body, signal = AbortSignal.timeout(120_000)) {
    const res = await fetch(this.url + path, {
      method,
      signal,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (json.value?.error) throw new Error(`WebDriver ${path.replace(/^\/session\/[^/]+/, '')}: ${json.value.error}: ${json.value.message}${await this.lost(path, json.value)}`);
    return json.value;
  }
  /**
   * WebKitWebDriver says "Could not parse script result" when the page's web process ended before
   * the result came back (the browser then passes on an empty result: docs/browser-engines.md).
   * Says so, with what the session answers now.
   */
  async lost(path, { message }) {
    if (message !== 'Could not parse script result') return '';
    const now = await fetch(`${this.url}${path.match(/^\/session\/[^/]+/)?.[0]}/url`, { signal: AbortSignal.timeout(10_000) })
      .then((res) => res.json())
      .then(({ value }) => (value?.error ? `${value.error}: ${value.message}` : `the page is at ${value}`), (err) => `no answer (${err.message})`);
    const said = this.said.length ? this.said.join(' | ') : 'nothing';
    return ` (WebKit's process for the page ended before the script's result came back; the session now: ${now}; the browser's last lines: ${said})`;
  }
  stop() {
    RUNNING.delete(this);
    try {
      process.kill(-this.proc.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

class Route {
  constructor(request, respond) {
    this._request = request;
    this._respond = respond;
  }
  request() {
    return this._request;
  }
  fulfill({ response, status = response?.status() ?? 200, headers = response?.headers() ?? {}, contentType, body = response?.body ?? '' } = {}) {
    return this._respond({ kind: 'fulfill', status, headers: contentType ? { ...headers, 'content-type': contentType } : headers, body });
  }
  /** The test server's answer, for fulfill({ response }). */
  async fetch() {
    const res = await fetch(this._request.url(), { headers: { accept: this._request.headers().accept ?? '*/*' } });
    const body = Buffer.from(await res.arrayBuffer());
    const headers = Object.fromEntries([...res.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)));
    return { status: () => res.status, headers: () => headers, body };
  }
  continue() {
    return this._respond({ kind: 'continue' });
  }
  fallback() {
    return this._respond({ kind: 'fallback' });
  }
  abort() {
    return this._respond({ kind: 'abort' });
  }
}

const globMatches = (glob, url) =>
  glob === '**/*' || new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`).test(url);

/**
 * The front servers, one per origin of a server the tests started, shared by the contexts of a
 * browser, so that a page keeps its origin from one context to the next, as in Playwright. They
 * pass each request to the context in use (WebKitWebDriver runs one session at a time).
 */
class Fronts {
  constructor() {
    this.byBackend = new Map();
    this.servers = [];
    this.active = null;
  }
  /** The front server's origin for `backend`, started on first use. */
  async for(backend) {
    if (!this.byBackend.has(backend)) {
      const server = createServer((req, res) => this.active.handle(req, res, backend).catch((err) => res.destroy(err)));
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      this.servers.push(server);
      this.byBackend.set(backend, `http://127.0.0.1:${server.address().port}`);
    }
    return this.byBackend.get(backend);
  }
  origins() {
    return [...this.byBackend.values()];
  }
  async close() {
    for (const server of this.servers) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }
}

/** One WebDriver session (one MiniBrowser with its own storage) behind the front servers. */
class Context {
  constructor(driver, fronts, options) {
    this.driver = driver;
    this.fronts = fronts;
    this.uploads = []; // temporary folders of setInputFiles()
    this.options = options;
    this.routes = []; // newest first: { matcher, handler, page }
    this.initScripts = [];
    this.pages = [];
    this.statuses = new Map();
  }
  async start() {
    this.fronts.active = this;
    this.origin = await this.fronts.for(new URL(this.options.baseURL).origin);
    // MiniBrowser's dark mode is the visitor's dark preference (prefers-color-scheme: dark).
    const args = ['--automation', ...(this.options.colorScheme === 'dark' ? ['--dark-mode'] : [])];
    const caps = { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args }, pageLoadStrategy: 'normal' };
    const session = await this.driver.newSession({ alwaysMatch: caps });
    this.session = `/session/${session.sessionId}`;
    this.version = session.capabilities.browserVersion;
    const first = await this.driver.send('GET', `${this.session}/window`);
    this.current = first;
    this.firstWindow = first;
    return this;
  }
  /** Where the browser is sent for `url`: the same path on its origin's front server. */
  async through(url) {
    const u = new URL(url, this.origin);
    if (this.fronts.origins().includes(u.origin)) return u.href;
    return new URL(u.pathname + u.search + u.hash, await this.fronts.for(u.origin)).href;
  }
  async handle(req, res, backend) {
    const pathAndQuery = req.url;
    // A fresh connection per request: WebKit's network library sends a request again when a
    // reused connection closes without an answer, which would undo route.abort().
    res.setHeader('connection', 'close');
    // MiniBrowser asks every site for its icon on its own; the page did not.
    if (pathAndQuery === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    if (pathAndQuery.startsWith(INIT_PATH)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end([`(${recordErrors})();`, ...this.initScripts].join('\n'));
      return;
    }
    if (pathAndQuery.startsWith(FRAME_PATH)) {
      const q = new URL(pathAndQuery, this.origin).searchParams;
      const [w, h, src] = ['w', 'h', 'src'].map((k) => q.get(k).replace(/[<>"&]/g, encodeURIComponent));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><title>${w} px</title><body style="margin:0"><iframe src="${src}" style="display:block;border:0;width:${w}px;height:${h}px"></iframe>`);
      return;
    }
    // The page sees the front server; routes see the test server's URL, as in the other engines.
    const url = new URL(pathAndQuery, backend).href;
    const request = { url: () => url, method: () => req.method, headers: () => req.headers, resourceType: () => 'other' };
    const urlObject = new URL(url);
    for (const r of this.routes) {
      const hit = typeof r.matcher === 'function' ? r.matcher(urlObject) : r.matcher instanceof RegExp ? r.matcher.test(url) : globMatches(r.matcher, url);
      if (!hit) continue;
      const outcome = await new Promise((resolve) => {
        Promise.resolve(r.handler(new Route(request, async (o) => resolve(o)))).catch((err) => resolve({ kind: 'error', err }));
      });
      if (outcome.kind === 'fallback') continue;
      if (outcome.kind === 'abort' || outcome.kind === 'error') {
        res.destroy();
        return;
      }
      if (outcome.kind === 'fulfill') {
        this.send(res, urlObject.pathname, outcome.status, outcome.headers, Buffer.from(outcome.body));
        return;
      }
      break; // continue: to the test server
    }
    // To the test server, and its answer back as it comes (compressed, stalled or hanging): only
    // a page is read whole, uncompressed, to put the init script in.
    const page = /text\/html/.test(req.headers.accept ?? '');
    const asked = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => ['accept', 'range', 'origin', 'referer', ...(page ? [] : ['accept-encoding'])].includes(k)),
    );
    const upstream = httpRequest(url, { method: req.method, headers: asked });
    res.on('close', () => upstream.destroy());
    upstream.on('error', () => res.destroy());
    upstream.on('response', (answer) => {
      const headers = Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !['transfer-encoding', 'connection'].includes(k)));
      if (/^text\/html/.test(answer.headers['content-type'] ?? '')) {
        const chunks = [];
        answer.on('data', (c) => chunks.push(c)).on('end', () => {
          delete headers['content-length'];
          this.send(res, urlObject.pathname, answer.statusCode, headers, Buffer.concat(chunks));
        });
        return;
      }
      this.statuses.set(urlObject.pathname, answer.statusCode);
      res.writeHead(answer.statusCode, headers);
      answer.pipe(res);
    });
    upstream.end();
  }
  send(res, pathname, status, headers, body) {
    this.statuses.set(pathname, status);
    const type = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    if (type.startsWith('text/html')) {
      // Before the page's own scripts, as Playwright's init scripts run.
      const tag = `<script src="${INIT_PATH}?${Date.now()}"></script>`;
      const html = body.toString('utf8');
      const at = /<head[^>]*>/i.exec(html);
      body = Buffer.from(at ? html.slice(0, at.index + at[0].length) + tag + html.slice(at.index + at[0].length) : tag + html);
    }
    res.writeHead(status, headers);
    res.end(body);
  }
  async newPage() {
    let handle = this.firstWindow;
    if (this.pages.length > 0 || !handle) handle = (await this.driver.send('POST', `${this.session}/window/new`, { type: 'tab' })).handle;
    const page = new Page(this, handle);
    this.pages.push(page);
    const { width, height } = this.options.viewport ?? { width: 1280, height: 900 };
    await page.setViewportSize({ width, height });
    return page;
  }
  async route(matcher, handler) {
    this.routes.push({ matcher, handler });
  }
  async addInitScript(script, arg) {
    this.initScripts.push(typeof script === 'function' ? `(${script})(${JSON.stringify(arg)});` : script.content);
  }
  async grantPermissions() {
    throw new Error('WebKit adapter: permissions (clipboard) cannot be granted over WebDriver');
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    // Ten seconds at most: a driver that stopped answering must not hold the run (the browser's
    // close then stops it).
    await this.driver.send('DELETE', this.session, undefined, AbortSignal.timeout(10_000)).catch(() => {});
    for (const folder of this.uploads.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

class Keyboard {
  constructor(page) {
    this.page = page;
  }
  async press(combo) {
    await this.page._actions(keyActions(combo));
  }
  async type(text) {
    await this.page._actions([...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]));
  }
}

class Page {
  constructor(context, handle) {
    this._context = context;
    this._handle = handle;
    this._listeners = { console: [], pageerror: [] };
    this.keyboard = new Keyboard(this);
    // page.request: a request outside the page, through the front server as the page's would go.
    this.request = {
      get: async (url, { headers } = {}) => {
        const res = await fetch(new URL(url, this._context.origin), { headers });
        const body = await res.text();
        return { status: () => res.status, headers: () => Object.fromEntries(res.headers), text: async () => body };
      },
    };
    this._routes = [];
  }
  context() {
    return this._context;
  }
  async _cmd(method, path, body) {
    const ctx = this._context;
    if (ctx.current !== this._handle) {
      await ctx.driver.send('POST', `${ctx.session}/window`, { handle: this._handle });
      if (this._frame) await ctx.driver.send('POST', `${ctx.session}/frame`, { id: 0 });
      ctx.current = this._handle;
    }
    return ctx.driver.send(method, `${ctx.session}${path}`, body);
  }
  on(event, fn) {
    if (this._listeners[event]) this._listeners[event].push(fn);
  }
  _report({ errors, console }) {
    // Kept too, for a failed wait to name (the harness's record is not the adapter's to read),
    // with the stack's first frames: a Wasm trap names its function's index there.
    (this._errors ??= []).push(...errors.map((e) => e.split('\n').slice(0, 12).join(' | ')));
    for (const e of errors) for (const fn of this._listeners.pageerror) fn(Object.assign(new Error(e.split('\n')[0]), { stack: e }));
    for (const m of console) for (const fn of this._listeners.console) fn({ type: () => m.type, text: () => m.text, location: () => ({}) });
  }
  /** Run `body` (source of `(lib, ...args) => value`) in the page with pageLib(). */
  async _run(body, args = []) {
    const script = `const done = arguments[arguments.length - 1];
const lib = (${pageLib})();
Promise.resolve().then(() => (${body})(lib, ...arguments[0]))
  .then((v) => done({ ok: true, v: v === undefined ? null : v, undef: v === undefined, d: lib.drain() }),
        (e) => done({ ok: false, e: e instanceof Error ? e.name + ': ' + e.message + '\\n' + e.stack : String(e), d: lib.drain() }));`;
    const out = await this._cmd('POST', '/execute/async', { script, args: [args] });
    if (out?.d) this._report(out.d);
    if (!out?.ok) throw new Error(`in the page: ${out?.e}`);
    return out.undef ? undefined : out.v;
  }
  async _actions(actions) {
    await this._cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this._cmd('DELETE', '/actions');
    await this._run('() => null');
  }
  async goto(url) {
    this._url = await this._context.through(url);
    const at = this._frame ? `${FRAME_PATH}?${new URLSearchParams({ ...this._frame, src: this._url })}` : this._url;
    await this._cmd('POST', '/url', { url: new URL(at, this._context.origin).href });
    await this._intoFrame();
    await this._run('() => null');
    const status = this._context.statuses.get(new URL(this._url).pathname);
    return { status: () => status, ok: () => status >= 200 && status < 300 };
  }
  /** After a navigation the page is loaded (WebDriver waits for that); 'load' waits for its subresources too. */
  async waitForLoadState(state = 'load', { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitForFunction((state) => document.readyState === 'complete' || (state !== 'load' && document.readyState === 'interactive'), state, { timeout });
  }
  async reload() {
    // As Playwright's, this returns once the new document has loaded, never on the old one: the
    // old document is marked, and the page is read until it is gone.
    await this._run('() => { window.__lscOldDocument = true; }');
    await this._cmd('POST', '/refresh', {});
    await this._intoFrame();
    await this.waitForFunction(() => !window.__lscOldDocument && document.readyState === 'complete');
  }
  /** After a navigation WebDriver talks to the top document: to the narrow page's frame again. */
  async _intoFrame() {
    if (this._frame) await this._cmd('POST', '/frame', { id: 0 });
  }
  /** The address last navigated to (Playwright's is synchronous too). */
  url() {
    return this._url;
  }
  /**
   * As Playwright's: a function is called with `arg`; a string is run as a script (axe-core's
   * source), by WebDriver itself, so that the page's CSP (no 'unsafe-eval') does not refuse it.
   */
  evaluate(fn, arg) {
    if (typeof fn === 'string') return this._cmd('POST', '/execute/sync', { script: fn, args: [] });
    return this._run(`(lib, arg) => (${fn})(arg)`, [arg ?? null]);
  }
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(fn, arg);
      if (v) return { jsonValue: async () => v };
      if (Date.now() > end) throw new Error(`waitForFunction: still falsy after ${timeout} ms`);
      await sleep(50);
    }
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  async addInitScript(script, arg) {
    await this._context.addInitScript(script, arg);
  }
  async route(matcher, handler) {
    this._context.routes.unshift({ matcher, handler });
  }
  /**
   * MiniBrowser's window is never narrower than about 447 CSS px: a narrower viewport is an
   * iframe of exactly that size in a page of its own, where the test then runs (its media
   * queries, innerWidth and layout are those of the requested width). Call before goto().
   */
  async setViewportSize({ width, height }) {
    const [innerW, innerH, outerW, outerH] = await this._run('() => [innerWidth, innerHeight, outerWidth, outerHeight]');
    await this._cmd('POST', '/window/rect', { width: width + (outerW - innerW), height: height + (outerH - innerH) });
    const w = await this._run('() => innerWidth');
    this._frame = w > width ? { w: width, h: height } : null;
  }
  async close() {
    await this._cmd('DELETE', '/window');
    this._context.current = null;
  }
  async emulateMedia() {
    throw new Error('WebKit adapter: media emulation is not available over WebDriver');
  }
  async waitForEvent(event) {
    throw new Error(`WebKit adapter: the ${event} event is not available over WebDriver`);
  }
  locator(selector, filter) {
    return new Locator(this, []).locator(selector, filter);
  }
  getByRole(r, o) {
    return new Locator(this, []).getByRole(r, o);
  }
  getByText(t, o) {
    return new Locator(this, []).getByText(t, o);
  }
  getByLabel(t, o) {
    return new Locator(this, []).getByLabel(t, o);
  }
}

class Locator {
  constructor(page, steps) {
    this._page = page;
    this._steps = steps;
  }
  _with(step) {
    return new Locator(this._page, [...this._steps, step]);
  }
  locator(selector, filter) {
    if (selector instanceof Locator) return new Locator(this._page, [...this._steps, ...selector._steps]);
    const found = this._with(selector.startsWith('xpath=') ? { xpath: selector.slice(6) } : { css: selector });
    return filter ? found.filter(filter) : found;
  }
  getByRole(role, { name, exact = false } = {}) {
    return this._with({ role, name: name === undefined ? undefined : pattern(name), exact });
  }
  getByText(text, { exact = false } = {}) {
    return this._with({ text: pattern(text), exact });
  }
  getByLabel(text, { exact = false } = {}) {
    return this._with({ label: pattern(text), exact });
  }
  filter({ has, hasNot, hasText, hasNotText, visible } = {}) {
    return this._with({
      filter: { has: has?._steps, hasNot: hasNot?._steps, hasText: hasText === undefined ? undefined : pattern(hasText), hasNotText: hasNotText === undefined ? undefined : pattern(hasNotText), visible },
    });
  }
  first() {
    return this._with({ nth: 0 });
  }
  page() {
    return this._page;
  }
  last() {
    return this._with({ nth: -1 });
  }
  nth(n) {
    return this._with({ nth: n });
  }
  async all() {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }
  allTextContents() {
    return this.evaluateAll((els) => els.map((el) => el.textContent));
  }
  allInnerTexts() {
    return this.evaluateAll((els) => els.map((el) => el.innerText));
  }
  count() {
    return this._page._run('(lib, steps) => lib.resolve(steps).length', [this._steps]);
  }
  /** Wait until exactly one element matches (Playwright's strictness), then run fn(el, arg) in the page. */
  async _one(fn, arg, { timeout = DEFAULT_TIMEOUT, visible = false } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const out = await this._page._run(
        `(lib, steps, visible, arg) => { const els = lib.resolve(steps);
          if (els.length !== 1 || (visible && !lib.visible(els[0]))) return { n: els.length };
          return Promise.resolve((${fn})(els[0], arg, lib)).then((v) => ({ n: 1, v, undef: v === undefined })); }`,
        [this._steps, visible, arg ?? null],
      );
      if (out.n > 1) throw new Error(`strict mode violation: ${JSON.stringify(this._steps)} matched ${out.n} elements`);
      if (out.n === 1 && 'v' in out) return out.undef ? undefined : out.v;
      if (Date.now() > end) {
        throw new Error(`timed out after ${timeout} ms waiting for ${JSON.stringify(this._steps)}${visible ? ' to be visible' : ''}${await this._shown()}`);
      }
      await sleep(50);
    }
  }
  /**
   * For a failed wait: what the nearest elements that are there showed then (each of them, with
   * the inputs they hold, when a filter after them found none), and how many steps in they are
   * (a flake leaves nothing else).
   */
  async _shown() {
    const out = await this._page
      ._run(
        `(lib, steps) => { for (let n = steps.length - 1; n > 0; n--) { const els = lib.resolve(steps.slice(0, n));
          const inputs = (el) => Array.from(el.querySelectorAll?.('input') ?? [], (i) => i.name + (i.checked ? '*' : '')).filter((v, i, all) => all.indexOf(v) === i);
          const one = (el, i) => '#' + (i + 1) + ' <' + el.localName + '> ' + JSON.stringify(inputs(el)) + ' ' + (el.innerText ?? el.textContent).slice(0, els.length > 1 ? 300 : 1500);
          if (els.length) return { n, text: els.length + ' found: ' + els.slice(0, 12).map(one).join(' | ') }; }
          // Nothing of it: which document this is, and what its widgets' shadow roots hold.
          const hosts = Array.from(document.querySelectorAll('leadership-self-check'), (h) => h.shadowRoot?.innerHTML.slice(0, 600) ?? 'no open shadow root');
          return { n: 0, text: location.href + ' ' + document.readyState + ' ' + JSON.stringify(hosts) }; }`,
        [this._steps],
      )
      .catch((e) => ({ n: 0, text: `the page could not be read: ${e.message}` }));
    const errors = this._page._errors?.length ? `; uncaught in the page: ${JSON.stringify(this._page._errors)}` : '';
    return `; ${JSON.stringify(this._steps.slice(0, out.n))} showed: ${JSON.stringify(out.text.replace(/\s+/g, ' '))}${errors}`;
  }
  evaluate(fn, arg, options) {
    return this._one(fn.toString(), arg, options);
  }
  evaluateAll(fn, arg) {
    return this._page._run(`(lib, steps, arg) => (${fn})(lib.resolve(steps), arg)`, [this._steps, arg ?? null]);
  }
  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const ok = await this._page._run(
        `(lib, steps, state) => { const els = lib.resolve(steps);
          if (state === 'attached') return els.length > 0; if (state === 'detached') return els.length === 0;
          if (state === 'hidden') return !els.some(lib.visible); return els.some(lib.visible); }`,
        [this._steps, state],
      );
      if (ok) return;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${JSON.stringify(this._steps)} to be ${state}${await this._shown()}`);
      await sleep(50);
    }
  }
  textContent(o) {
    return this._one('(el) => el.textContent', null, o);
  }
  innerText(o) {
    return this._one('(el) => el.innerText', null, o);
  }
  getAttribute(n, o) {
    return this._one('(el, n) => el.getAttribute(n)', n, o);
  }
  inputValue(o) {
    return this._one('(el) => el.value', null, o);
  }
  isChecked(o) {
    return this._one('(el) => el.checked', null, o);
  }
  async isVisible() {
    return this._page._run(
      `(lib, steps) => { const els = lib.resolve(steps); if (els.length > 1) throw new Error('strict mode violation: ' + els.length + ' elements'); return els.length === 1 && lib.visible(els[0]); }`,
      [this._steps],
    );
  }
  focus(o) {
    return this._one('(el) => el.focus()', null, o);
  }
  scrollIntoViewIfNeeded(o) {
    return this._one("(el) => el.scrollIntoView({ block: 'center' })", null, o);
  }
  dispatchEvent(type, o) {
    return this._one('(el, type) => { el.dispatchEvent(new Event(type, { bubbles: true, composed: true })); }', type, o);
  }
  async _element(o, visible = true) {
    const el = await this._one('(el) => ({ el })', null, { ...o, visible });
    return el.el[ELEMENT];
  }
  /**
   * As Playwright's: paths, or `{ name, mimeType, buffer }` (written to a temporary folder
   * first), chosen in an `<input type="file">` (it may be hidden) as WebDriver chooses files:
   * their paths sent as keys. An empty list clears the choice.
   */
  async setInputFiles(files, o) {
    const list = (Array.isArray(files) ? files : [files]).map((f) => {
      if (typeof f === 'string') return path.resolve(f);
      const folder = mkdtempSync(path.join(tmpdir(), 'lsc-webkit-upload-'));
      this._page._context.uploads.push(folder);
      const file = path.join(folder, f.name);
      writeFileSync(file, f.buffer);
      return file;
    });
    const id = await this._element(o, false);
    await this._page._cmd('POST', `/element/${id}/clear`, {});
    if (list.length) await this._page._cmd('POST', `/element/${id}/value`, { text: list.join('\n') });
    await this._page._run('() => null');
  }
  async click(o) {
    const id = await this._element(o);
    await this._page._cmd('POST', `/element/${id}/click`, {});
    await this._page._run('() => null');
  }
  async check(o) {
    if (!(await this.isChecked(o))) await this.click(o);
    if (!(await this.isChecked(o))) throw new Error(`check(): ${JSON.stringify(this._steps)} did not become checked`);
  }
  async fill(value, o) {
    // As Playwright: inputs one does not type into (colour, date, range) are set, with their events.
    const set = await this._one(
      `(el, value) => { if (el.localName !== 'input' || !['color', 'date', 'time', 'datetime-local', 'month', 'week', 'range'].includes(el.type)) return false;
        el.value = value; el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); el.dispatchEvent(new Event('change', { bubbles: true }));
        return true; }`,
      value,
      o,
    );
    if (set) return;
    const id = await this._element(o);
    await this._page._cmd('POST', `/element/${id}/clear`, {});
    if (value) await this._page._cmd('POST', `/element/${id}/value`, { text: value });
    await this._page._run('() => null');
  }
  async type(text, o) {
    await this.focus(o);
    await this._page.keyboard.type(text);
  }
  async press(key, o) {
    await this.focus(o);
    await this._page.keyboard.press(key);
  }
  selectOption(value, o) {
    return this._one(
      `(el, value) => { const opt = [...el.options].find((x) => x.value === value || x.label === value);
        if (!opt) throw new Error('no option ' + value); el.value = opt.value;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); el.dispatchEvent(new Event('change', { bubbles: true }));
        return [opt.value]; }`,
      value,
      o,
    );
  }
  /**
   * Playwright's YAML form of the accessibility tree (roles, names, heading levels, text). The
   * elements come from the DOM (axTree); each one's role and name are WebKit's own, through
   * WebDriver's Get Computed Role and Get Computed Label, and those WebKit gives no role drop out.
   */
  async ariaSnapshot(o) {
    const entries = await this._one('(el, arg, lib) => lib.axTree(el)', null, o);
    const top = { children: [] };
    const nodes = [];
    for (const [i, e] of entries.entries()) {
      const parent = e.parent < 0 ? top : nodes[e.parent];
      if (e.text !== undefined) {
        parent.children.push({ text: e.text });
        nodes[i] = parent;
        continue;
      }
      const id = e.el[ELEMENT];
      const role = await this._page._cmd('GET', `/element/${id}/computedrole`);
      if (!role || NO_ROLE.has(role)) {
        nodes[i] = parent;
        continue;
      }
      const node = { role, name: await this._page._cmd('GET', `/element/${id}/computedlabel`), level: e.level, children: [] };
      parent.children.push(node);
      nodes[i] = node;
    }
    const lines = [];
    const write = (list, indent) => {
      // Consecutive text is one text node, as in Playwright's snapshot.
      const merged = [];
      for (const n of list) {
        if (n.text !== undefined && merged.at(-1)?.text !== undefined) merged.at(-1).text += n.text;
        else merged.push(n.text !== undefined ? { text: n.text } : n);
      }
      for (const n of merged) {
        const pad = ' '.repeat(indent);
        if (n.text !== undefined) {
          if (norm(n.text)) lines.push(`${pad}- text: ${JSON.stringify(norm(n.text))}`);
          continue;
        }
        const key = `${n.role}${n.name ? ` ${JSON.stringify(norm(n.name))}` : ''}${n.level ? ` [level=${n.level}]` : ''}`;
        const roles = n.children.filter((c) => c.text === undefined);
        const text = norm(n.children.map((c) => c.text ?? '').join(' '));
        if (roles.length === 0) {
          // Text that only repeats a name taken from it is left out, as Playwright leaves it out.
          const repeated = NAMED_FROM_CONTENT.has(n.role) && text === norm(n.name);
          lines.push(text && !repeated ? `${pad}- ${key}: ${JSON.stringify(text)}` : `${pad}- ${key}`);
        } else {
          lines.push(`${pad}- ${key}:`);
          write(n.children, indent + 2);
        }
      }
    };
    write(top.children, 0);
    return lines.join('\n');
  }
}

/** A Playwright-like Browser for WebKit. */
export async function launchWebKit() {
  const driver = await WebDriver.start();
  const fronts = new Fronts();
  const contexts = new Set();
  let version = '';
  return {
    version: () => version,
    browserType: () => ({ name: () => 'webkit' }),
    async newContext(options = {}) {
      for (const [key, ok] of [['colorScheme', (v) => !v || v === 'light' || v === 'dark'], ['forcedColors', (v) => !v || v === 'none'], ['deviceScaleFactor', (v) => !v || v === 1]]) {
        if (!ok(options[key])) throw new Error(`WebKit adapter: ${key}: ${JSON.stringify(options[key])} cannot be emulated over WebDriver`);
      }
      const ctx = await new Context(driver, fronts, options).start();
      version = ctx.version;
      contexts.add(ctx);
      return ctx;
    },
    async close() {
      // The driver is stopped whatever happens: one left running outlives the run (run.mjs).
      try {
        for (const ctx of contexts) await ctx.close();
        await fronts.close();
      } finally {
        driver.stop();
      }
    },
  };
}
