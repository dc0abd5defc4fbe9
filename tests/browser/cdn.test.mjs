// From a CDN: the packed npm tarball, unpacked at the path public npm CDNs serve packages at
// (/npm/leadership-self-check@<version>/…) on a second origin with CORS, mounts the widget on a
// partner page of the first origin through docs/web-teams.md's snippet, with Subresource
// Integrity and its Content-Security-Policy for a CDN.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { notIn } from './engines.mjs';
import { REPO_ROOT, assertCleanPage, diagnostics, useBrowser, waitForWidget } from './harness.mjs';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const scratch = mkdtempSync(path.join(tmpdir(), 'lsc-cdn-'));
// The partner's origin serves its pages only (from disk rather than routed, so that Chromium
// knows their address, as it must before it lets them reach another loopback host), with
// docs/web-teams.md's policy for a CDN.
const partnerRoot = path.join(scratch, 'partner');
mkdirSync(partnerRoot);
let cdn;
let folder; // the package's URL on the CDN
let manifest; // the package's own dist/manifest.json
const policy = () => {
  const origin = new URL(cdn.url).origin;
  return `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; connect-src 'self' ${origin}; style-src 'self'; img-src 'self' data:`;
};
const browser = useBrowser({ root: partnerRoot, headers: () => ({ 'Content-Security-Policy': policy() }) });

before(async () => {
  execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: REPO_ROOT, stdio: 'pipe' });
  const at = path.join(scratch, 'cdn/npm', `${pkg.name}@${pkg.version}`);
  mkdirSync(at, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(scratch, `${pkg.name}-${pkg.version}.tgz`), '-C', at, '--strip-components=1']);
  manifest = JSON.parse(readFileSync(path.join(at, 'dist/manifest.json'), 'utf8'));
  // Another host, as a CDN is: every response allows any origin, as public npm CDNs do.
  cdn = await startServer({ root: path.join(scratch, 'cdn'), host: '127.0.0.2', headers: () => ({ 'Access-Control-Allow-Origin': '*' }) });
  folder = `${cdn.url}npm/${pkg.name}@${pkg.version}/`;
});
after(async () => {
  await cdn?.close();
  rmSync(scratch, { recursive: true, force: true });
});

// docs/web-teams.md's snippet for a CDN on a partner page.
async function openPartner({ name = 'partner.html', integrity = manifest.embed.integrity } = {}) {
  writeFileSync(path.join(partnerRoot, name), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Partner</title>
<script src="${folder}dist/embed.js"
        integrity="${integrity}" crossorigin="anonymous" defer></script>
</head><body><h1>Partner</h1><leadership-self-check mode="full"></leadership-self-check></body></html>`);
  const origin = new URL(cdn.url).origin;
  const page = await browser.open(`/${name}`, {
    // The harness blocks other origins; let the CDN through.
    setup: (p) => p.route((url) => url.origin === origin, (route) => route.continue()),
  });
  // What was asked of the CDN, as the page itself saw it (resource timing: the same in every engine).
  const fromCdn = () => page.evaluate((folder) => performance.getEntriesByType('resource').map((e) => e.name)
    .filter((url) => url.startsWith(folder)).map((url) => url.slice(folder.length)), folder);
  return { page, fromCdn };
}

test("the packed package, on a CDN's npm path, mounts the widget on a partner page with SRI", async () => {
  const { page, fromCdn } = await openPartner();
  const root = await waitForWidget(page);
  await root.getByRole('tab', { name: 'Self-check' }).click();
  assert.equal(await root.locator('fieldset').count(), 7, 'full mode: the first theme\'s seven statements');
  assert.equal(await page.evaluate(() => window.LeadershipSelfCheck.version), manifest.version);
  // The loader found the Wasm next to itself on the CDN (and its later modules, once they are
  // fetched); the partner's origin served only the page.
  const later = new Set(manifest.later.map((m) => `dist/${m.file}`));
  assert.deepEqual((await fromCdn()).filter((f) => !later.has(f)).sort(), ['dist/embed.js', `dist/${manifest.wasm.file}`].sort());
  assert.deepEqual(diagnostics(page).requests.map((u) => new URL(u).pathname), ['/partner.html']);
  assertCleanPage(page);
});

test('a loader that does not match the integrity hash in the snippet is not run', async (t) => {
  const other = 'sha384-' + Buffer.alloc(48, 7).toString('base64');
  const { page } = await openPartner({ name: 'tampered.html', integrity: other });
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => typeof window.LeadershipSelfCheck), 'undefined');
  assert.equal(await page.locator('leadership-self-check').evaluate((el) => el.shadowRoot), null);
  await t.test('and the browser says why in its console', notIn(['webkit'], "WebDriver does not pass on the browser's own console messages"), () => {
    assert.ok(diagnostics(page).consoleErrors.some((m) => /integrity/i.test(m)), diagnostics(page).consoleErrors.join('\n'));
  });
});
