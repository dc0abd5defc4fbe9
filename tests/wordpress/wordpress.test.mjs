// The plugin on a real WordPress (started by tests/wordpress/run, which sets LSC_WP_URL and
// writes the site's users and the posts made through wp_insert_post to $LSC_WP_WORK): posts by
// an Administrator, an Editor, an Author and under DISALLOW_UNFILTERED_HTML, through
// wp_insert_post and the REST API, with the shortcode and with the block, each shown in headless
// Chromium.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, WIDGET_ROOT_SELECTOR } from '../browser/harness.mjs';

const SITE = process.env.LSC_WP_URL;
const WORK = process.env.LSC_WP_WORK;
if (!SITE || !WORK) throw new Error('run through tests/wordpress/run, which starts WordPress');
const read = (name) => JSON.parse(readFileSync(path.join(WORK, name), 'utf8'));
const site = read('site.json');
const WIDGET = '[data-leadership-self-check]';
// Each role writes as itself; the last one is an administrator on a site with DISALLOW_UNFILTERED_HTML.
const WRITERS = [
  { role: 'administrator', disallow: false, file: 'posts-administrator.json' },
  { role: 'editor', disallow: false, file: 'posts-editor.json' },
  { role: 'author', disallow: false, file: 'posts-author.json' },
  { role: 'administrator', disallow: true, file: 'posts-disallow.json' },
];
const posts = WRITERS.flatMap((w) => read(w.file));

function auth(role) {
  const { login, password } = site.users[role];
  return 'Basic ' + Buffer.from(`${login}:${password}`).toString('base64');
}

async function rest(route, { role, disallow = false, method = 'GET', body } = {}) {
  const response = await fetch(`${SITE}/?rest_route=${encodeURIComponent(route).replace(/%2F/g, '/')}`, {
    method,
    headers: {
      authorization: auth(role),
      'content-type': 'application/json',
      ...(disallow ? { 'x-lsc-disallow-unfiltered-html': '1' } : {}),
    },
    body: body && JSON.stringify(body),
  });
  const json = await response.json();
  return { status: response.status, json };
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Opens a post, recording its requests and console messages; third parties are refused. */
async function open(id, { setup } = {}) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const seen = { requests: [], warnings: [], errors: [], external: [] };
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== new URL(SITE).origin) {
      seen.external.push(url);
      return route.abort('blockedbyclient');
    }
    seen.requests.push(url);
    return route.continue();
  });
  if (setup) await setup(page);
  const response = await page.goto(`${SITE}/?p=${id}`);
  assert.equal(response.status(), 200, `post ${id}`);
  return { page, seen };
}

const loaderRequests = (seen) => seen.requests.filter((u) => /\/embed\.[0-9a-f]+\.js$/.test(u));

/** Waits for the widget inside every widget element of the page; returns their count. */
async function widgetsMount(page) {
  const count = await page.locator(WIDGET).count();
  assert.ok(count > 0, 'the post has the widget\'s element');
  for (let i = 0; i < count; i++) {
    await page.locator(WIDGET).nth(i).locator(WIDGET_ROOT_SELECTOR).waitFor({ state: 'attached', timeout: 15_000 });
  }
  return count;
}

test('the content filters are active: a script survives only for roles with unfiltered_html', () => {
  for (const p of posts.filter((p) => p.kind !== 'bad' && p.kind !== 'plain')) {
    const expected = p.role !== 'author' && !p.disallow;
    assert.equal(p.unfiltered, expected, `${p.role}${p.disallow ? ' (DISALLOW_UNFILTERED_HTML)' : ''} has unfiltered_html`);
    assert.equal(p.kept_script, expected, `post ${p.id} (${p.kind} by ${p.role}) kept its <script>`);
  }
});

test('posts through the REST API, by each role, with the shortcode and the block', async () => {
  for (const { role, disallow } of WRITERS) {
    for (const kind of ['shortcode', 'block']) {
      const { status, json } = await rest('/wp/v2/posts', {
        role,
        disallow,
        method: 'POST',
        body: { title: `${kind} by ${role}${disallow ? ' (DISALLOW_UNFILTERED_HTML)' : ''} via REST`, content: site.posts[kind], status: 'publish' },
      });
      assert.equal(status, 201, `${role} ${kind}: ${JSON.stringify(json).slice(0, 300)}`);
      const kept = json.content.raw.includes('<script');
      assert.equal(kept, role !== 'author' && !disallow, `${role}${disallow ? ' (disallow)' : ''}: <script> kept`);
      assert.match(json.content.raw, kind === 'block' ? /<!-- wp:leadership-self-check\/widget / : /\[leadership_self_check /);
      posts.push({ id: json.id, kind, role, disallow, via: 'REST' });
    }
  }
});

test('the widget mounts on every post with it, and the loader is the release\'s, deferred, with SRI', async () => {
  const withWidget = posts.filter((p) => p.kind === 'shortcode' || p.kind === 'block');
  assert.equal(withWidget.length, 16, '4 writers x 2 forms x 2 ways');
  for (const p of withWidget) {
    const { page, seen } = await open(p.id);
    const where = `post ${p.id} (${p.kind} by ${p.role}${p.disallow ? ', DISALLOW_UNFILTERED_HTML' : ''} via ${p.via})`;
    assert.equal(await widgetsMount(page), 1, where);
    assert.equal(loaderRequests(seen).length, 1, `${where}: one loader request`);
    const script = page.locator('script[src*="/embed."]');
    assert.equal(await script.count(), 1, where);
    assert.equal(await script.getAttribute('defer'), '', `${where}: defer`);
    assert.equal(await script.getAttribute('crossorigin'), 'anonymous', `${where}: crossorigin`);
    assert.match(await script.getAttribute('integrity'), /^sha384-[A-Za-z0-9+/]+=*$/, `${where}: integrity`);
    // The options reached the widget: the shortcode shows the framework, the block the self-check.
    const root = page.locator(`${WIDGET} ${WIDGET_ROOT_SELECTOR}`);
    if (p.kind === 'shortcode') {
      assert.ok(await root.getByRole('button', { name: 'Show all themes' }).isVisible(), `${where}: view="framework"`);
      assert.equal(await root.locator('h3').first().count(), 1, `${where}: heading_level="3"`);
    } else {
      await root.locator('#lsc-step-heading').waitFor();
      assert.match(await root.locator('#lsc-step-heading').innerText(), /Step 1 of/, `${where}: view="self-check"`);
    }
    assert.deepEqual(seen.errors, [], where);
    assert.deepEqual(seen.external, [], where);
    await page.context().close();
  }
});

test('a page without the widget does not load it', async () => {
  const plain = posts.filter((p) => p.kind === 'plain');
  assert.equal(plain.length, 4);
  for (const p of plain) {
    const { page, seen } = await open(p.id);
    assert.equal(await page.locator(WIDGET).count(), 0);
    assert.deepEqual(loaderRequests(seen), [], `post ${p.id} by ${p.role}: no loader`);
    assert.equal(await page.locator('script[src*="/embed."]').count(), 0);
    await page.context().close();
  }
});

test('a bad attribute value gets the widget\'s warning and its default', async () => {
  for (const p of posts.filter((p) => p.kind === 'bad')) {
    const { page, seen } = await open(p.id);
    await widgetsMount(page);
    const root = page.locator(`${WIDGET} ${WIDGET_ROOT_SELECTOR}`);
    // view's default, both: the framework and the self-check as tabs; the valid mode still applies.
    await root.getByRole('tablist').waitFor();
    assert.equal(await root.getByRole('tab').count(), 2, `post ${p.id}`);
    assert.ok(
      seen.warnings.some((w) => w.includes('view="sideways" is not one of framework, self-check, both; using the default, both.')),
      `post ${p.id}: the widget's warning; console warnings: ${JSON.stringify(seen.warnings)}`,
    );
    await page.context().close();
  }
});

test('the block editor\'s preview names a bad value; the page keeps it for the widget to report', async () => {
  const route = '/wp/v2/block-renderer/leadership-self-check/widget';
  const response = await fetch(`${SITE}/?rest_route=${route}&context=edit&attributes[view]=sideways&attributes[mode]=full`, {
    headers: { authorization: auth('author') },
  });
  const json = await response.json();
  assert.equal(response.status, 200, JSON.stringify(json));
  assert.match(json.rendered, /view=&quot;sideways&quot; is not one of framework, self-check, both; the widget will use the default, both\./);
  assert.match(json.rendered, /<div data-leadership-self-check data-view="sideways" data-mode="full"/);
  assert.doesNotMatch(json.rendered, /embed\./, 'the editor preview does not load the widget');
});

test('when the loader is blocked, the link inside the element shows; once the widget mounts it is hidden', async () => {
  const shortcode = posts.find((p) => p.kind === 'shortcode');
  const blocked = await open(shortcode.id, {
    setup: (page) => page.route(/\/embed\.[0-9a-f]+\.js$/, (r) => r.abort('blockedbyclient')),
  });
  const link = blocked.page.locator(`${WIDGET} a`);
  assert.ok(await link.isVisible(), 'the fallback link shows');
  assert.equal(await link.getAttribute('href'), '/about/');
  await blocked.page.context().close();

  const working = await open(shortcode.id);
  await widgetsMount(working.page);
  assert.equal(await working.page.locator(`${WIDGET} > p a`).isVisible(), false, 'hidden under the widget');
  await working.page.context().close();
});

test('the version and the CSP additions shown to the administrator', async () => {
  assert.equal(site.csp['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(site.csp['connect-src'], "'self'");
  const { page } = await open(posts[0].id);
  const src = await page.locator('script[src*="/embed."]').getAttribute('src');
  assert.ok(src.startsWith(`${SITE}/lsc-content/plugins/leadership-self-check/assets/embed.`), src);
  const version = await page.evaluate(() => window.LeadershipSelfCheck?.version);
  assert.equal(version?.split('+')[0], site.version, 'the bundled release is the plugin\'s version');
  await page.context().close();
});

/** Saves settings as the settings page would (through the plugin's sanitizing), in the PHP CLI. */
function saveSettings(settings) {
  const out = execFileSync('php', [fileURLToPath(new URL('site.php', import.meta.url)), 'settings', JSON.stringify(settings)], { encoding: 'utf8' });
  return JSON.parse(out);
}

test('settings: site-wide colours and font on the element, and the style hash in the CSP shown', async () => {
  const bad = saveSettings({ accent: 'red;}body{display:none', font: 'x;}', background: '#FFF' });
  assert.equal(bad.saved.accent, '', 'a bad colour is not saved');
  assert.equal(bad.saved.font, '', 'a bad font is not saved');
  assert.equal(bad.saved.background, '#ffffff');
  assert.equal(bad.messages.length, 2, JSON.stringify(bad.messages));

  const { csp } = saveSettings({ accent: '#5c2d91', background: '#fafafa', font: 'Georgia, serif' });
  const { page } = await open(posts.find((p) => p.kind === 'shortcode').id);
  await widgetsMount(page);
  const style = await page.locator('#leadership-self-check-theme-inline-css').evaluate((el) => el.textContent);
  assert.equal(csp['style-src'], `'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  const props = await page.locator(WIDGET).evaluate((el) => {
    const s = getComputedStyle(el);
    return ['--lsc-accent', '--lsc-on-accent', '--lsc-background', '--lsc-font-family'].map((p) => s.getPropertyValue(p).trim());
  });
  assert.deepEqual(props, ['#5c2d91', '#ffffff', '#fafafa', 'Georgia, serif']);
  await page.context().close();
});

test('settings: a CDN base URL serves the loader from there, and the CSP shown names its origin', async () => {
  const { saved, csp } = saveSettings({ source: 'cdn', cdn_base: 'https://cdn.example.org/lsc' });
  assert.equal(saved.cdn_base, 'https://cdn.example.org/lsc/');
  assert.deepEqual(csp, { 'script-src': "https://cdn.example.org 'wasm-unsafe-eval'", 'connect-src': 'https://cdn.example.org' });
  const { page, seen } = await open(posts.find((p) => p.kind === 'shortcode').id);
  const src = await page.locator('script[src*="/embed."]').getAttribute('src');
  assert.match(src, /^https:\/\/cdn\.example\.org\/lsc\/embed\.[0-9a-f]+\.js$/);
  assert.deepEqual(seen.external, [src], 'the browser asked the CDN (refused here)');
  // With the CDN out of reach the link inside the element is what the visitor sees.
  assert.ok(await page.locator(`${WIDGET} a`).isVisible());
  await page.context().close();

  const back = saveSettings({ source: 'cdn', cdn_base: 'http://cdn.example.org/' });
  assert.equal(back.saved.source, 'bundled', 'without an https base the bundled files are used');
  assert.equal(back.messages.length, 2, JSON.stringify(back.messages));
});

/** A browser page logged in to wp-admin as `role`. */
async function logIn(role) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === new URL(SITE).origin ? route.continue() : route.abort('blockedbyclient'),
  );
  await page.goto(`${SITE}/wp-login.php`);
  await page.fill('#user_login', site.users[role].login);
  await page.fill('#user_pass', site.users[role].login_password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return { page, errors };
}

test('the block in the editor: a placeholder, the options in the sidebar, saved as a comment', async () => {
  const { page, errors } = await logIn('author');
  await page.goto(`${SITE}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('leadership-self-check/widget'), null, { timeout: 30_000 });
  const clientId = await page.evaluate(() => {
    const block = wp.blocks.createBlock('leadership-self-check/widget');
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    return block.clientId;
  });
  const placeholder = page.locator('.components-placeholder', { hasText: 'Leadership self-check' });
  await placeholder.waitFor();
  assert.match(await placeholder.innerText(), /appear here on the published page/);
  // One control per option of options.json, with its allowed values.
  const view = page.getByLabel('view', { exact: true });
  await view.waitFor();
  const choices = await view.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(choices, ['', 'framework', 'self-check', 'both']);
  for (const name of ['mode', 'persist', 'heading-level', 'color-scheme', 'framework-src', 'fallback-href']) {
    assert.equal(await page.getByLabel(name, { exact: true }).count(), 1, `a control for ${name}`);
  }
  await view.selectOption('self-check');
  await page.getByLabel('heading-level', { exact: true }).selectOption('3');
  const content = await page.evaluate((id) => {
    const attributes = wp.data.select('core/block-editor').getBlockAttributes(id);
    return { attributes, saved: wp.blocks.serialize(wp.data.select('core/block-editor').getBlocks()) };
  }, clientId);
  assert.equal(content.attributes.view, 'self-check');
  assert.equal(content.saved, '<!-- wp:leadership-self-check/widget {"view":"self-check","heading_level":"3"} /-->');
  // The server's rendering under the placeholder, from the same attributes.
  const rendered = page.locator('[data-leadership-self-check][data-view="self-check"][data-heading-level="3"]');
  // The editor fetches it from the REST API after each change: slow on a busy machine.
  await rendered.waitFor({ state: 'attached', timeout: 60_000 }).catch(async (err) => {
    const block = await page.locator(`[data-block="${clientId}"]`).innerHTML();
    throw new Error(`the server's rendering did not appear in the block: ${block}`, { cause: err });
  });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the settings page saves the settings and shows the CSP additions for them', async () => {
  saveSettings({});
  const { page, errors } = await logIn('administrator');
  await page.goto(`${SITE}/wp-admin/options-general.php?page=leadership-self-check`);
  assert.equal((await page.locator('#ldrchk-csp').innerText()).trim(), "script-src 'self' 'wasm-unsafe-eval'\nconnect-src 'self'");
  await page.getByLabel('Accent colour').fill('#5c2d91');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal(await page.getByLabel('Accent colour').inputValue(), '#5c2d91');
  assert.match(await page.locator('#ldrchk-csp').innerText(), /^style-src 'sha256-[A-Za-z0-9+/]+=*'$/m);
  assert.deepEqual(errors, []);
  await page.context().close();
  saveSettings({});
});
