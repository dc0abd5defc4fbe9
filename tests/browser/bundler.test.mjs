// From a bundler: a tiny app imports the package's ES module (`import { define, mount } from
// 'leadership-self-check'`, resolved from the packed tarball installed in its node_modules), is
// bundled by esbuild, and runs from the bundle's output folder with the package's Wasm copied
// beside it, which the module finds through import.meta.url.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { REPO_ROOT, assertCleanPage, diagnostics, eventually, useBrowser, waitForWidget } from './harness.mjs';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const app = mkdtempSync(path.join(tmpdir(), 'lsc-bundler-'));
const out = path.join(app, 'out');
mkdirSync(out);
const browser = useBrowser({ root: out });
let manifest;

before(async () => {
  const installed = path.join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('npm', ['pack', '--pack-destination', app, '--silent'], { cwd: REPO_ROOT, stdio: 'pipe' });
  execFileSync('tar', ['-xzf', path.join(app, `${pkg.name}-${pkg.version}.tgz`), '-C', installed, '--strip-components=1']);
  manifest = JSON.parse(readFileSync(path.join(installed, 'dist/manifest.json'), 'utf8'));

  writeFileSync(path.join(app, 'main.js'), `import { define, mount, unmount } from '${pkg.name}';
define();
const events = (window.events = []);
document.addEventListener('lsc:ready', (e) => events.push(e.target.id));
window.mounted = mount(document.getElementById('mounted'), { view: 'self-check', mode: 'full' })
  .then((widget) => widget !== null && typeof unmount === 'function');
`);
  await build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, format: 'esm', outdir: out, logLevel: 'warning' });
  // The one step a bundler leaves to the app: the Wasm's modules beside the bundle.
  for (const file of [manifest.wasm.file, ...manifest.later.map((m) => m.file)]) {
    copyFileSync(path.join(installed, 'dist', file), path.join(out, file));
  }
  writeFileSync(path.join(out, 'index.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="main.js"></script></head>
<body><h1>App</h1><leadership-self-check id="tag"></leadership-self-check><div id="mounted"></div></body></html>`);
});
after(() => rmSync(app, { recursive: true, force: true }));

test('an app bundled by esbuild imports the ES module and mounts the widget from its output folder', async () => {
  const page = await browser.open('/index.html');
  await waitForWidget(page, '#tag');
  const mounted = await waitForWidget(page, '#mounted');
  assert.equal(await page.evaluate(() => window.mounted), true);
  assert.equal(await mounted.locator('fieldset').count(), 7, "mount()'s options: full mode, the first theme's seven statements");
  assert.deepEqual((await page.evaluate(() => window.events)).sort(), ['mounted', 'tag']);
  // The views' later modules are fetched too once the page is idle, from the same folder, each
  // once; the reader of framework-src documents is not: no widget here gives one.
  const fetched = () => diagnostics(page).requests.map((u) => new URL(u).pathname);
  const views = ['split_results', 'split_answers', 'split_colleagues'];
  await eventually(async () => views.every((v) => fetched().some((p) => p.startsWith(`/${v}.`))),
    "the views' later modules fetched", { timeout: 15_000 });
  const later = new Set(manifest.later.map((m) => `/${m.file}`));
  const paths = fetched();
  assert.deepEqual(paths.filter((p) => !later.has(p)).sort(), ['/index.html', '/main.js', `/${manifest.wasm.file}`].sort());
  assert.equal(new Set(paths).size, paths.length, `a file fetched twice: ${paths.join(', ')}`);
  assert.ok(!paths.some((p) => p.startsWith('/split_reader.')), `the reader fetched: ${paths.join(', ')}`);
  assertCleanPage(page);
});
