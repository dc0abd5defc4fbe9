// The loader as partners meet it: slow and stalled downloads, loaded as an ES module, the div form
// inside other components, mount() options checked, a partner's own shadow root left alone,
// colour scheme changes in place, the failure box, fallback content, pre-compressed files.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ENGINE } from './engines.mjs';
import { DIST_DIR, diagnostics, eventually, firstModuleFetches, lscErrors, openPartnerPage, routeHtml, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();
const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8'));

/** A page of `body` whose loader tag is `script` (the harness's pageHtml always uses a classic one). */
function openWithScript(script, body, { headers = {}, setup } = {}) {
  const urlPath = '/pages/deep/partner.html';
  return browser.open(urlPath, {
    setup: async (p) => {
      await routeHtml(p, urlPath, `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Loader test</title>${script}</head><body>${body}</body></html>`, { headers });
      await p.addInitScript(() => {
        window.__lscErrors = [];
        document.addEventListener('lsc:error', (e) => window.__lscErrors.push({ id: e.target.id, ...e.detail }));
      });
      if (setup) await setup(p);
    },
  });
}

describe('slow and stalled downloads', () => {
  // A server for pages whose Wasm (or framework-src) never answers (/hang/), or sends the
  // headers and part of the body and then nothing more (/stall/). The page comes from it too:
  // browsers restrict requests from one local origin to another.
  let server;
  let origin;
  const wasm = readFileSync(path.join(DIST_DIR, manifest.wasm.file));
  const pages = {
    '/hang.html': '<script src="/embed.js" data-base="/hang/" data-timeout="2" defer></script><leadership-self-check id="slow" fallback-href="/our-framework"></leadership-self-check>',
    '/stall.html': '<script src="/embed.js" data-base="/stall/" data-timeout="2" defer></script><leadership-self-check id="slow" fallback-href="/our-framework"></leadership-self-check>',
    '/doc.html': '<script src="/embed.js" data-timeout="2" defer></script><leadership-self-check id="doc" framework-src="/stall/doc.json"></leadership-self-check>',
  };
  before(async () => {
    server = createServer((req, res) => {
      if (pages[req.url]) {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end(`<!doctype html><html lang="en-GB"><title>Slow</title>${pages[req.url]}`);
      }
      if (req.url === '/embed.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(readFileSync(path.join(DIST_DIR, 'embed.js')));
      }
      if (req.url === `/${manifest.wasm.file}`) {
        res.writeHead(200, { 'Content-Type': 'application/wasm' });
        return res.end(wasm);
      }
      if (req.url.startsWith('/hang/')) return;
      const doc = req.url.endsWith('.json');
      res.writeHead(200, { 'Content-Type': doc ? 'application/json' : 'application/wasm', 'Content-Length': doc ? 100000 : wasm.length });
      res.write(doc ? '{"schema_version": 1, "title": "' : wasm.subarray(0, 1000));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const open = async (page) => {
    const p = await browser.open(`${origin}${page}`, {
      setup: async (p) => {
        await p.route((u) => u.origin === origin, (r) => r.continue());
        await p.addInitScript(() => {
          window.__lscErrors = [];
          document.addEventListener('lsc:error', (e) => window.__lscErrors.push({ id: e.target.id, ...e.detail }));
        });
      },
    });
    return p;
  };

  for (const where of ['hang', 'stall']) {
    test(`a Wasm download that ${where === 'hang' ? 'never answers' : 'stalls after its headers'}: the first screen at once, then the failure, the link and lsc:error`, async () => {
      const page = await open(`/${where}.html`);
      // Seen at all is before the failure (which replaces it 2 s after the download starts): no
      // wall-clock limit here, which a loaded machine missed (Firefox, three engines at once).
      await page.locator('#slow').getByRole('heading', { name: /Leadership for empowered/ }).waitFor({ timeout: 10_000 });
      const height = await page.locator('#slow').evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(height >= 100, `the first screen takes the widget's space while it loads (${height} px)`);
      const alert = page.locator('#slow').getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      assert.match(await alert.innerText(), /files could not be downloaded/);
      assert.equal(await alert.getByRole('link').getAttribute('href'), new URL('/our-framework', page.url()).href);
      const [error] = await lscErrors(page);
      assert.equal(error.code, 'download');
      assert.match(error.message, /timed out after 2 s/);
      assert.deepEqual(diagnostics(page).pageErrors, []);
    });
  }

  test('a framework-src document that stalls part way: "Loading…" at once (no first screen is rendered for it), then its failure', async () => {
    const page = await open('/doc.html');
    const status = page.locator('#doc').getByRole('status');
    await status.filter({ hasText: 'Loading the leadership self-check' }).waitFor({ timeout: 1500 });
    const height = await page.locator('#doc').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height >= 100, `space is kept for the widget while it loads (${height} px)`);
    await page.locator('#doc').getByRole('alert').waitFor({ timeout: 10_000 });
    const [error] = await lscErrors(page);
    assert.equal(error.code, 'framework');
    assert.match(error.message, /could not be fetched: timed out after 2 s/);
  });
});

describe('the loader as an ES module finds its files next to itself, not next to the page', () => {
  for (const [how, script] of [
    ['<script type="module">', '<script type="module" src="/embed.js"></script>'],
    ['import()', '<script type="module">import("/embed.js");</script>'],
  ]) {
    test(how, async () => {
      const page = await openWithScript(script, '<leadership-self-check id="m"></leadership-self-check>');
      await waitForWidget(page, '#m');
      assert.deepEqual(firstModuleFetches(page), [`/${manifest.wasm.file}`]);
      assert.equal(await page.evaluate(() => window.LeadershipSelfCheck.base), new URL('/', page.url()).href);
    });
  }

  test('with data-base on a module script tag', async () => {
    const page = await openWithScript('<script type="module" src="/elsewhere/embed.js" data-base="/"></script>',
      '<leadership-self-check id="m"></leadership-self-check>', {
        setup: (p) => p.route((u) => u.pathname === '/elsewhere/embed.js', (r) =>
          r.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(DIST_DIR, 'embed.js')) })),
      });
    await waitForWidget(page, '#m');
  });
});

test('the div form inside open shadow roots (declarative, or rendered by components) is mounted', async () => {
  // partner-panel renders the div into its shadow root a moment after it is connected, as
  // component libraries do; it is defined by a module script that runs after embed.js.
  const page = await openPartnerPage(browser,
    '<partner-card><template shadowrootmode="open"><p>Card</p><div id="in-dsd" data-leadership-self-check data-view="framework"></div></template></partner-card>' +
      '<partner-panel id="first"></partner-panel>' +
      `<script type="module">
        customElements.define('partner-panel', class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }); }
          async connectedCallback() {
            await Promise.resolve();
            const div = document.createElement('div');
            div.id = 'in-' + this.id;
            div.setAttribute('data-leadership-self-check', '');
            this.shadowRoot.append(div);
          }
        });
      </script>`);
  await waitForWidget(page, '#in-dsd');
  await waitForWidget(page, '#in-first');
  await page.evaluate(() => {
    const panel = document.createElement('partner-panel');
    panel.id = 'added';
    document.body.append(panel);
  });
  await waitForWidget(page, '#in-added');
  assert.deepEqual(diagnostics(page).pageErrors, []);
});

describe('mount() options', () => {
  const mountWith = async (page, options) => {
    await page.waitForFunction(() => window.LeadershipSelfCheck);
    return page.evaluate(async (options) => {
      const el = document.getElementById('api');
      const o = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v === 'NaN' ? NaN : v]));
      return (await window.LeadershipSelfCheck.mount(el, o)) !== null;
    }, options);
  };

  test('wrong names and kinds of value are reported and ignored, as bad attributes are', async () => {
    const page = await openPartnerPage(browser, '<div id="api"></div>');
    assert.equal(await mountWith(page, { headingLevel: 2.5, mode: 'NaN', view: { name: 'framework' }, frameworkSRC: '/x.json' }), true);
    const root = await waitForWidget(page, '#api');
    const messages = (await lscErrors(page)).map((e) => e.message);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.ok(messages.some((m) => /headingLevel: 2\.5 is not a whole number/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /mode: NaN is not a whole number/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /view: an object is not text/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /"frameworkSRC" is not an option.*frameworkSrc/.test(m)), messages.join('\n'));
    assert.equal(await root.getByRole('tab').count(), 2, 'the defaults are used');
  });

  test('camelCase names work for every option, framework-src included', async () => {
    const page = await openPartnerPage(browser, '<div id="api"></div>', {
      setup: (p) => p.route((u) => u.pathname === '/ours.json', (r) => r.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...JSON.parse(readFileSync(path.join(DIST_DIR, '..', 'framework.json'), 'utf8')), title: 'Our own framework' }),
      })),
    });
    assert.equal(await mountWith(page, { frameworkSrc: '/ours.json', headingLevel: 3, view: 'framework' }), true);
    const root = await waitForWidget(page, '#api');
    await root.getByRole('heading', { level: 3, name: 'Our own framework' }).waitFor();
    assert.deepEqual(await lscErrors(page), []);
  });

  test('an element with a shadow root of its own is refused, and its content left as it was', async () => {
    const page = await openPartnerPage(browser, '<div id="api"></div>');
    await page.evaluate(() => {
      const root = document.getElementById('api').attachShadow({ mode: 'open' });
      root.innerHTML = '<p>Partner content</p>';
    });
    assert.equal(await mountWith(page, {}), false);
    assert.equal(await page.evaluate(() => document.getElementById('api').shadowRoot.innerHTML), '<p>Partner content</p>');
    const [error] = await lscErrors(page);
    assert.match(error.message, /already has a shadow root of its own/);
  });
});

test('changing color-scheme mid-check repaints in place: the answers and the place are kept', async () => {
  for (const persist of ['none', 'local']) {
    const page = await openPartnerPage(browser, `<leadership-self-check view="self-check" persist="${persist}"></leadership-self-check>`);
    const root = await waitForWidget(page);
    for (const group of await root.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
    await root.getByRole('button', { name: 'Next' }).click();
    await root.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    await root.locator('fieldset').first().getByRole('radio', { name: 'Rarely' }).check();
    await page.evaluate(() => document.querySelector('leadership-self-check').setAttribute('color-scheme', 'dark'));
    await page.waitForFunction(() => document.querySelector('leadership-self-check').shadowRoot.querySelector('[data-scheme="dark"]'));
    assert.equal(await root.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(27, 27, 27)', persist);
    assert.ok(await root.getByRole('heading', { name: /Step 2 of 4/ }).isVisible(), `${persist}: still on step 2`);
    assert.equal(await root.locator('fieldset').first().getByRole('radio', { name: 'Rarely' }).isChecked(), true, persist);
    assert.equal(await root.getByRole('button', { name: /Continue/ }).count(), 0, `${persist}: no "Continue where you left off?"`);
    await page.context().close();
  }
});

describe('a widget mounted again (view, mode or persist changed) keeps the answers and the place', () => {
  /** Takes a check to step 2 and answers two of its statements there. */
  async function answerTwo(page) {
    const root = await waitForWidget(page);
    for (const group of await root.locator('fieldset').all()) await group.getByRole('radio', { name: 'Often' }).check();
    await root.getByRole('button', { name: 'Next' }).click();
    await root.getByRole('heading', { name: /Step 2 of 4/ }).waitFor();
    const [first, second] = await root.locator('fieldset').all();
    await first.getByRole('radio', { name: 'Rarely' }).check();
    await second.getByRole('radio', { name: 'Sometimes' }).check();
    return root;
  }

  /** Sets an attribute and waits until the widget is mounted again (a new root in its shadow root). */
  async function remount(page, name, value) {
    await page.evaluate(([name, value]) => {
      const host = document.querySelector('leadership-self-check');
      host.shadowRoot.querySelector('[data-lsc-root]').dataset.before = '';
      host.setAttribute(name, value);
    }, [name, value]);
    await page.waitForFunction(() => {
      const root = document.querySelector('leadership-self-check').shadowRoot.querySelector('[data-lsc-root]');
      return root && !('before' in root.dataset);
    });
  }

  async function expectKept(root, when) {
    await root.getByRole('heading', { name: /Step 2 of 4/ }).waitFor({ timeout: 5_000 }).catch(() => {});
    assert.ok(await root.getByRole('heading', { name: /Step 2 of 4/ }).isVisible(), `${when}: still on step 2`);
    const [first, second] = await root.locator('fieldset').all();
    assert.equal(await first.getByRole('radio', { name: 'Rarely' }).isChecked(), true, `${when}: first answer kept`);
    assert.equal(await second.getByRole('radio', { name: 'Sometimes' }).isChecked(), true, `${when}: second answer kept`);
    assert.equal(await root.getByRole('button', { name: /Continue/ }).count(), 0, `${when}: no "Continue where you left off?"`);
  }

  test('with persist="none", changing mode there and back, then view', async () => {
    const page = await openPartnerPage(browser, '<leadership-self-check view="self-check" persist="none"></leadership-self-check>');
    const root = await answerTwo(page);
    await remount(page, 'mode', 'full');
    assert.ok(await root.getByRole('heading', { name: /Step 1 of/ }).isVisible(), 'the full check starts at its first step');
    await remount(page, 'mode', 'quick');
    await expectKept(root, 'mode full and back to quick');
    await remount(page, 'view', 'both');
    await expectKept(root, 'view both');
    await page.context().close();
  });

  test('with persist="local", changing view or persist resumes silently at the same place', async () => {
    const page = await openPartnerPage(browser, '<leadership-self-check view="self-check" persist="local"></leadership-self-check>');
    const root = await answerTwo(page);
    await remount(page, 'view', 'both');
    await expectKept(root, 'view both');
    await remount(page, 'persist', 'none');
    await expectKept(root, 'persist none');
    await page.context().close();
  });
});

test('the failure box follows color-scheme, is a block like the widget, and refuses a disguised script link', async () => {
  const page = await openPartnerPage(browser,
    '<main style="width:600px"><leadership-self-check id="dark" color-scheme="dark" fallback-href="&#xA0;javascript:alert(1)"></leadership-self-check></main>',
    { setup: (p) => p.route((u) => u.pathname.endsWith('.wasm'), (r) => r.fulfill({ status: 404, body: '' })) });
  const alert = page.locator('#dark').getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  assert.equal(await alert.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(27, 27, 27)');
  assert.equal(await page.locator('#dark').evaluate((el) => getComputedStyle(el).display), 'block');
  assert.equal(await alert.getByRole('link').count(), 0, 'no link made of "\\u00A0javascript:"');
  const messages = (await lscErrors(page)).map((e) => e.message);
  assert.ok(messages.some((m) => m.startsWith('fallback-href="\u00A0javascript:alert(1)" is not a web address')), messages.join('\n'));
});

describe('content inside the element', () => {
  const body = '<leadership-self-check id="w"><a href="/our-framework">Read the framework</a></leadership-self-check>';
  test('shows when the page\'s CSP blocks the loader', async () => {
    const page = await openPartnerPage(browser, body, { headers: { 'Content-Security-Policy': "script-src 'none'" } });
    assert.ok(await page.getByRole('link', { name: 'Read the framework' }).isVisible());
  });
  test('is hidden once the loader runs', async () => {
    const page = await openPartnerPage(browser, body);
    await waitForWidget(page, '#w');
    assert.equal(await page.getByRole('link', { name: 'Read the framework' }).isVisible(), false);
  });
});

test('the release\'s pre-compressed files are what the browser downloads, with the right types', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check></leadership-self-check>');
  await waitForWidget(page);
  const sizes = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .filter((e) => /\.(js|wasm)$/.test(e.name)).map((e) => [new URL(e.name).pathname, [e.encodedBodySize, e.decodedBodySize]])));
  // WebKitGTK's network library (libsoup) does not ask for brotli over plain HTTP, as the test
  // server is: there, the .gz sibling is what it takes.
  const sibling = ENGINE === 'webkit' ? 'gz' : 'br';
  for (const file of ['embed.js', manifest.wasm.file]) {
    const [encoded, decoded] = sizes[`/${file}`];
    assert.equal(decoded, statSync(path.join(DIST_DIR, file)).size, file);
    assert.equal(encoded, statSync(path.join(DIST_DIR, `${file}.${sibling}`)).size, `${file} came as its .${sibling} sibling`);
  }
  const response = await page.request.get(`/${manifest.wasm.file}`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(response.headers()['content-encoding'], 'gzip');
  assert.equal(response.headers()['content-type'], 'application/wasm');
});

describe('loading="lazy"', () => {
  const wasmRequests = firstModuleFetches;
  const far = '<div style="height:5000px">Partner content</div>';

  test('fetches nothing until the element nears the viewport, then renders; the Wasm once for several widgets', async () => {
    const page = await openPartnerPage(browser,
      `${far}<leadership-self-check id="a" loading="lazy"></leadership-self-check>` +
        '<div id="b" data-leadership-self-check data-loading="lazy"></div><div id="c"></div>');
    await page.waitForFunction(() => window.LeadershipSelfCheck);
    await page.evaluate(() => { window.LeadershipSelfCheck.mount(document.getElementById('c'), { loading: 'lazy' }); });
    // Space is kept before it renders, so that the page does not jump.
    assert.ok((await page.locator('#a').evaluate((el) => el.getBoundingClientRect().height)) >= 100);
    await page.waitForTimeout(500);
    assert.deepEqual(wasmRequests(page), [], 'no Wasm request before the widget nears the viewport');
    // Each shows its first screen, so each is a screen or more tall: each starts as it is reached.
    for (const id of ['#a', '#b', '#c']) {
      await page.locator(id).scrollIntoViewIfNeeded();
      await waitForWidget(page, id);
    }
    assert.equal(wasmRequests(page).length, 1);
    assert.deepEqual(await lscErrors(page), []);
  });

  test('made eager while it waits for the viewport, it loads at once, where it is, on the first screen it shows', async () => {
    let release = () => {};
    const gate = new Promise((resolve) => (release = resolve));
    let asked = false;
    const page = await openPartnerPage(browser, `${far}<leadership-self-check id="a" loading="lazy" view="framework"></leadership-self-check>`, {
      setup: (p) => p.route((u) => u.pathname.endsWith('.wasm'), async (r) => {
        asked = true;
        await gate;
        return r.fallback();
      }),
    });
    const first = page.locator('#a [data-lsc-root]');
    await first.waitFor({ state: 'attached', timeout: 15_000 });
    await first.evaluate((el) => el.setAttribute('data-test-shown', 'first'));
    await page.waitForTimeout(300);
    assert.equal(asked, false, 'no Wasm request while it waits');
    await page.locator('#a').evaluate((el) => el.setAttribute('loading', 'eager'));
    await eventually(() => asked, 'no Wasm request once made eager');
    // Not mounted anew: the screen a visitor may be reading stays until the Wasm takes it over.
    assert.equal(await first.getAttribute('data-test-shown'), 'first', 'the first screen was shown again');
    release();
    await waitForWidget(page, '#a');
    assert.equal(wasmRequests(page).length, 1);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'loaded where it is, without being scrolled to');
    assert.deepEqual(await lscErrors(page), []);
  });

  test('unmounted while it waits for the viewport, its mount() promise settles to null and nothing is fetched', async () => {
    const page = await openPartnerPage(browser, `${far}<div id="c"></div>`);
    await page.waitForFunction(() => window.LeadershipSelfCheck);
    const settled = await page.evaluate(async () => {
      const el = document.getElementById('c');
      const mounting = window.LeadershipSelfCheck.mount(el, { loading: 'lazy' });
      window.LeadershipSelfCheck.unmount(el);
      return Promise.race([mounting, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000))]);
    });
    assert.equal(settled, null);
    assert.deepEqual(wasmRequests(page), [], 'the Wasm fetched for a widget no longer wanted');
  });

  test('eager is the default, and a value that is not allowed is reported and eager used', async () => {
    const page = await openPartnerPage(browser, `${far}<leadership-self-check id="a" loading="later"></leadership-self-check>`);
    await waitForWidget(page, '#a');
    const messages = (await lscErrors(page)).map((e) => e.message);
    assert.deepEqual(messages, ['loading="later" is not one of eager, lazy; using the default, eager.']);
  });
});

test('after a failed Wasm download, a widget mounted again (an option changed) tries the download again', async () => {
  let attempts = 0;
  const page = await openPartnerPage(browser, '<leadership-self-check id="w" view="framework"></leadership-self-check>', {
    setup: (p) => p.route((u) => u.pathname.endsWith('.wasm'), (r) => {
      attempts += 1;
      return attempts === 1 ? r.abort('connectionreset') : r.continue();
    }),
  });
  await page.locator('#w').getByRole('alert').waitFor({ timeout: 15_000 });
  // Forget the first mount's lsc:error, so that waitForWidget() waits for the new mount's word
  // rather than reading its prerendered screen as the Wasm replaces it.
  await page.evaluate(() => {
    const w = /** @type {any} */ (document.getElementById('w'));
    w.__lscHeard = [];
    w.setAttribute('view', 'self-check');
  });
  const root = await waitForWidget(page, '#w');
  await root.locator('fieldset').first().waitFor();
});
