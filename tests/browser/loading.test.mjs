// Loading the Wasm: once per page, and every way it can fail ends in a plain message in each
// widget, `lsc:error` with a reason a web team can act on, and nothing thrown into the page.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { DIST_DIR, diagnostics, eventually, firstModuleFetches, lscErrors, openPartnerPage, readFramework, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8'));
const wasmBytes = () => readFileSync(path.join(DIST_DIR, manifest.wasm.file));
const isWasm = (url) => url.pathname.endsWith('.wasm');

// Two widgets in the two embedding forms, one offering a link to the partner's own copy of the
// framework and one offering a link that must never become one.
const TWO_WIDGETS =
  '<leadership-self-check id="one" fallback-href="https://partner.example/leadership"></leadership-self-check>' +
  '<div id="two" data-leadership-self-check data-fallback-href="javascript:alert(1)"></div>';

function openTwoWidgets(route, { headers, init } = {}) {
  return openPartnerPage(browser, TWO_WIDGETS, {
    headers,
    setup: async (p) => {
      if (route) await p.route(isWasm, route);
      if (init) await p.addInitScript(init);
    },
  });
}

// Each failure: how it is caused, the code in lsc:error, what the web team is told, and what the
// visitor reads.
const FAILURES = [
  {
    name: 'the Wasm file is missing (404)',
    route: (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    code: 'download',
    reason: /HTTP 404/,
    visitor: /files could not be downloaded/,
  },
  {
    name: 'the server answers with an HTML page instead of the Wasm (wrong path, wrong MIME type)',
    route: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' }),
    code: 'download',
    reason: /not the widget's WebAssembly file \(the server sent text\/html\)/,
    visitor: /files could not be downloaded/,
  },
  {
    name: 'the Wasm does not match its integrity hash (files of two releases mixed)',
    route: (r) => {
      const bytes = wasmBytes();
      bytes[bytes.length - 1] ^= 0xff;
      return r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes });
    },
    code: 'download',
    reason: /does not match its integrity hash/,
    visitor: /files could not be downloaded/,
  },
  {
    name: "the page's Content-Security-Policy does not allow 'wasm-unsafe-eval'",
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    code: 'csp',
    reason: /Content-Security-Policy.*'wasm-unsafe-eval'/,
    visitor: /security settings stopped it/,
  },
  {
    name: 'the browser has no WebAssembly',
    init: () => { delete window.WebAssembly; },
    code: 'browser',
    reason: /does not support WebAssembly/,
    visitor: /browser cannot run it/,
  },
  {
    name: 'the browser has no constructable stylesheets (which hold the widget\'s styles)',
    init: () => { delete ShadowRoot.prototype.adoptedStyleSheets; },
    code: 'browser',
    reason: /cannot give the widget its styles/,
    visitor: /browser cannot run it/,
  },
];

describe('when the Wasm cannot be loaded', () => {
  for (const f of FAILURES) {
    test(`${f.name}: each widget says so plainly and fires lsc:error (${f.code})`, async () => {
      const page = await openTwoWidgets(f.route, f);
      for (const id of ['one', 'two']) {
        const alert = page.locator(`#${id}`).getByRole('alert');
        await alert.waitFor({ timeout: 15_000 });
        const text = await alert.innerText();
        assert.match(text, /Sorry, the leadership self-check could not be loaded/, id);
        assert.match(text, f.visitor, id);
      }
      const all = await lscErrors(page);
      // The script "link" is reported to the web team even though the widget could not load.
      assert.deepEqual(all.filter((e) => !e.code).map((e) => [e.id, e.message]), [
        ['two', 'fallback-href="javascript:alert(1)" is not a web address (http, https or relative); using the default, no link.'],
      ]);
      const errors = all.filter((e) => e.code);
      assert.deepEqual(errors.map((e) => e.id).sort(), ['one', 'two'], JSON.stringify(errors));
      for (const e of errors) {
        assert.equal(e.code, f.code, e.message);
        assert.match(e.message, f.reason);
      }
      // The partner's link is offered; a script "link" is not.
      const link = page.locator('#one').getByRole('link', { name: 'Read the framework on this website instead' });
      assert.equal(await link.getAttribute('href'), 'https://partner.example/leadership');
      assert.equal(await page.locator('#two').getByRole('link').count(), 0);
      assert.deepEqual(diagnostics(page).pageErrors, [], 'nothing thrown into the host page');
      assert.deepEqual(diagnostics(page).consoleErrors.filter((m) => !/Content.Security.Policy|integrity|404/.test(m)), []);
    });
  }
});

test('a Wasm served with the wrong MIME type still works, and the web team is told how to fix it', async () => {
  const warnings = [];
  const page = await openTwoWidgets(
    (r) => r.fulfill({ status: 200, contentType: 'application/octet-stream', body: wasmBytes() }),
  );
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await waitForWidget(page, '#one');
  await waitForWidget(page, '#two');
  // Only the widget's own warning about the script link it was offered.
  const errors = await lscErrors(page);
  assert.deepEqual(errors.map((e) => [e.id, e.message]), [
    ['two', 'fallback-href="javascript:alert(1)" is not a web address (http, https or relative); using the default, no link.'],
  ]);
  await page.reload();
  await waitForWidget(page, '#one');
  assert.ok(warnings.some((w) => /serve \.wasm files as application\/wasm/.test(w)), warnings.join('\n'));
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('the Wasm is downloaded once however many widgets the page has, in any embedding form', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="a" view="framework"></leadership-self-check>' +
      '<div id="b" data-leadership-self-check data-view="self-check"></div><div id="c"></div>');
  await page.waitForFunction(() => window.LeadershipSelfCheck);
  await page.evaluate(() => window.LeadershipSelfCheck.mount(document.getElementById('c'), { mode: 'full' }));
  for (const id of ['#a', '#b', '#c']) await waitForWidget(page, id);
  assert.deepEqual(firstModuleFetches(page), [`/${manifest.wasm.file}`]);
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('widgets naming the same framework-src share one download of it', async () => {
  const doc = { ...readFramework(), title: 'Our own leadership framework' };
  let downloads = 0;
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="a" view="framework" framework-src="/ours.json"></leadership-self-check>' +
      '<div id="b" data-leadership-self-check data-view="self-check" data-framework-src="ours.json"></div>', {
    setup: (p) => p.route((u) => u.pathname === '/ours.json', (r) => {
      downloads += 1;
      return r.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) });
    }),
  });
  for (const id of ['#a', '#b']) {
    const root = await waitForWidget(page, id);
    await root.getByRole('heading', { name: doc.title }).waitFor();
  }
  assert.equal(downloads, 1, 'downloads of /ours.json');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('a framework-src document that cannot be used offers the fallback-href link too', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="doc" framework-src="/broken.json" fallback-href="/our-framework"></leadership-self-check>' +
      '<leadership-self-check id="gone" framework-src="/missing.json" fallback-href="/our-framework"></leadership-self-check>', {
    setup: async (p) => {
      await p.route((u) => u.pathname === '/broken.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"schema_version": 1' }));
      await p.route((u) => u.pathname === '/missing.json', (r) => r.fulfill({ status: 404, body: '' }));
    },
  });
  for (const id of ['doc', 'gone']) {
    const alert = page.locator(`#${id}`).getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    const link = alert.getByRole('link', { name: 'Read the framework on this website instead' });
    assert.equal(await link.evaluate((a) => a.href), new URL('/our-framework', page.url()).href, id);
  }
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

test('a framework-src on an origin the page\'s CSP does not allow is reported as such', async () => {
  const page = await openPartnerPage(browser,
    '<leadership-self-check id="other" framework-src="https://frameworks.example/other.json"></leadership-self-check>',
    { headers: { 'Content-Security-Policy': STRICT_CSP } });
  await page.locator('#other').getByRole('alert').waitFor({ timeout: 15_000 });
  const [error] = await lscErrors(page);
  assert.equal(error.code, 'framework');
  assert.match(error.message, /Content-Security-Policy blocked the widget \(connect-src blocked https:\/\/frameworks\.example/);
  assert.match(error.message, /connect-src to allow https:\/\/frameworks\.example/);
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

describe('when the Wasm traps (a Rust panic aborts as a trap)', () => {
  // A trap cannot be caused from outside without a fault in the widget, so the browser's own
  // report of one is reproduced: a WebAssembly.RuntimeError whose stack runs through our Wasm.
  for (const [how, ours] of [['error', true], ['unhandledrejection', true], ['error', false]]) {
    test(`a RuntimeError from ${ours ? 'our' : 'another'} module as ${how}: ${ours ? 'every widget says it stopped' : 'ignored'}`, async () => {
      const page = await openTwoWidgets();
      await waitForWidget(page, '#one');
      await waitForWidget(page, '#two');
      await page.evaluate(({ how, name }) => {
        const err = new WebAssembly.RuntimeError('unreachable');
        Object.defineProperty(err, 'stack', { value: `RuntimeError: unreachable\n    at ${location.origin}/${name}:wasm-function[7]:0x1f` });
        if (how === 'error') window.dispatchEvent(new ErrorEvent('error', { error: err, message: err.message, cancelable: true }));
        else window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: err, cancelable: true }));
      }, { how, name: ours ? manifest.wasm.file : 'someone-else.wasm' });
      const alerts = page.getByRole('alert');
      if (ours) {
        await eventually(async () => (await alerts.count()) === 2, 'both widgets should show the failure');
        assert.match(await alerts.first().innerText(), /It stopped working\. Please reload the page/);
        const codes = (await lscErrors(page)).map((e) => e.code).filter(Boolean);
        assert.deepEqual(codes, ['stopped', 'stopped']);
        // The shared instance is not used again: a widget added now says so at once.
        await page.evaluate(() => {
          const late = document.createElement('leadership-self-check');
          late.id = 'late';
          document.body.append(late);
        });
        await page.locator('#late').getByRole('alert').filter({ hasText: 'It stopped working' }).waitFor();
      } else {
        // The handlers run during dispatchEvent: nothing to wait for.
        assert.equal(await alerts.count(), 0, 'another module\'s trap must not stop the widget');
      }
    });
  }
});

test('a framework-src document over 10 million characters is refused with the reason, not rendered for ever', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check id="big" framework-src="/big.json"></leadership-self-check>', {
    setup: (p) => p.route((u) => u.pathname === '/big.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: `{"title":"${'a'.repeat(10_000_000)}"}` })),
  });
  await page.locator('#big').getByRole('alert').waitFor({ timeout: 15_000 });
  const [error] = await lscErrors(page);
  assert.equal(error.code, 'framework');
  assert.match(error.message, /is 10000012 characters long; the limit is 10000000/);
});
