// The plugin on a multisite network (started by tests/wordpress/run, which sets $LSC_WP_HOST and
// $LSC_WP_SITE2_HOST, the two sites' hosts, and writes the site's users and the posts made through
// wp_insert_post on each site to $LSC_WP_WORK): network-activated, the shortcode and the block on
// both sites, settings kept per site, framework_src checked against each site's own address, and
// uninstall removing the settings of every site.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../browser/harness.mjs';
import { wasmScreen, watch } from './widget.mjs';

const { LSC_WP_HOST, LSC_WP_SITE2_HOST, LSC_WP_WORK } = process.env;
if (!LSC_WP_HOST || !LSC_WP_SITE2_HOST || !LSC_WP_WORK) throw new Error('run through tests/wordpress/run, which starts WordPress');
const read = (name) => JSON.parse(readFileSync(path.join(LSC_WP_WORK, name), 'utf8'));
const SITES = [
  { n: 1, host: LSC_WP_HOST },
  { n: 2, host: LSC_WP_SITE2_HOST },
];
for (const site of SITES) {
  site.url = `http://${site.host}`;
  site.posts = ['administrator', 'author'].flatMap((role) => read(`posts-${site.n}-${role}.json`));
  site.review = read(`review-${site.n}-author.json`);
}
/** Settings as the plugin's first release saved them (every field, under the option lsc_settings). */
const legacy = (fields) => JSON.stringify({ source: 'bundled', cdn_base: '', accent: '', background: '', font: '', fallback_href: '', ...fields });

/** A command of site.php on one site of the network; its printed JSON, if any. */
function sitePhp(site, ...args) {
  const out = execFileSync('php', [fileURLToPath(new URL('site.php', import.meta.url)), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LSC_WP_HOST: site.host },
  });
  return out.trim() ? JSON.parse(out) : null;
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Opens a post of one site; requests to any other origin are refused and recorded. */
async function open(site, id) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  watch(page);
  const seen = { loader: [], external: [], errors: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== site.url) {
      seen.external.push(url);
      return route.abort('blockedbyclient');
    }
    if (/\/embed\.[0-9a-f]+\.js$/.test(url)) seen.loader.push(url);
    return route.continue();
  });
  const response = await page.goto(`${site.url}/?p=${id}`);
  assert.equal(response.status(), 200, `site ${site.n}, post ${id}`);
  return { page, seen };
}

test('the network has two sites, the plugin network-activated, and an Author on each', () => {
  const setup = read('site.json');
  assert.equal(setup.site2, 2);
  for (const site of SITES) {
    const kinds = site.posts.map((p) => `${p.kind} by ${p.role}`);
    assert.ok(kinds.includes('shortcode by author') && kinds.includes('block by author'), `site ${site.n}: ${kinds}`);
    // On a network only a super admin has unfiltered_html: the administrator here, not the Author.
    for (const p of site.posts.filter((p) => p.kind === 'shortcode' || p.kind === 'block')) {
      assert.equal(p.unfiltered, p.role === 'administrator', `site ${site.n}: ${p.role}`);
      assert.equal(p.kept_script, p.role === 'administrator', `site ${site.n}: ${p.role}'s <script>`);
    }
  }
});

test('the shortcode and the block, on each site, load the widget from that site', async () => {
  for (const site of SITES) {
    for (const p of site.posts.filter((p) => p.role === 'author' && (p.kind === 'shortcode' || p.kind === 'block'))) {
      const where = `site ${site.n}: ${p.kind} by ${p.role}`;
      const { page, seen } = await open(site, p.id);
      await wasmScreen(page);
      assert.equal(seen.loader.length, 1, where);
      assert.ok(seen.loader[0].startsWith(`${site.url}/lsc-content/plugins/leadership-self-check/assets/embed.`), `${where}: ${seen.loader[0]}`);
      assert.deepEqual(seen.external, [], where);
      assert.deepEqual(seen.errors, [], where);
      await page.context().close();
    }
  }
});

test('framework_src from an Author: each site\'s own address is allowed, the other site\'s is not', async () => {
  for (const site of SITES) {
    const page = async (kind) => (await fetch(`${site.url}/?p=${site.review.find((p) => p.kind === kind).id}`)).text();
    assert.ok((await page('local')).includes(`data-framework-src="${site.url}/lsc-content/absolute.json"`), `site ${site.n}: its own address`);
    const sibling = await page('sibling');
    assert.match(sibling, /<div data-leadership-self-check data-view="framework"/, `site ${site.n}: the widget is there`);
    assert.doesNotMatch(sibling, /data-framework-src/, `site ${site.n}: the other site's address is not`);
    assert.doesNotMatch(await page('remote'), /evil\.example/);
  }
});

test('settings are per site: colours saved on one site are not used on the other', async () => {
  const [one, two] = SITES;
  const saved = sitePhp(two, 'settings', JSON.stringify({ accent: '#5c2d91' }));
  assert.equal(saved.saved.accent, '#5c2d91');
  const shortcode = (site) => site.posts.find((p) => p.kind === 'shortcode' && p.role === 'author').id;
  const onTwo = await (await fetch(`${two.url}/?p=${shortcode(two)}`)).text();
  const onOne = await (await fetch(`${one.url}/?p=${shortcode(one)}`)).text();
  assert.match(onTwo, /--lsc-accent:#5c2d91/);
  assert.doesNotMatch(onOne, /--lsc-accent/);
});

test('a site\'s settings under the plugin\'s old option name are moved on upgrade, on that site', () => {
  const [one, two] = SITES;
  sitePhp(two, 'legacy', legacy({ accent: '#00703c', fallback_href: '/about/' }));
  const options = sitePhp(two, 'get');
  assert.equal(options['2'].lsc_settings, null);
  assert.equal(options['2'].ldrchk_settings?.accent, '#00703c', JSON.stringify(options));
  assert.equal(sitePhp(one, 'get')['1'].ldrchk_settings?.accent ?? '', '', 'the first site keeps its own');
});

test('uninstalling the plugin removes its settings from every site of the network', () => {
  const [one, two] = SITES;
  sitePhp(one, 'settings', JSON.stringify({ accent: '#1d70b8' }));
  sitePhp(two, 'settings', JSON.stringify({ background: '#fafafa' }));
  // A site never visited since the upgrade still holds the old option.
  sitePhp(two, 'legacy', legacy({ accent: '#00703c' }));
  const left = sitePhp(one, 'uninstall');
  assert.deepEqual(Object.keys(left).sort(), ['1', '2']);
  for (const [id, options] of Object.entries(left)) {
    assert.deepEqual(options, { ldrchk_settings: null, lsc_settings: null }, `site ${id}`);
  }
});
