// The package and the release: one version everywhere, `npm pack` gives partners only what they
// need, and scripts/release refuses a version the changelog does not describe.
// Run after scripts/build:  node --test tests/package/

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cargoVersion, versionProblems } from '../../scripts/release-check.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/manifest.json'), 'utf8'));

const scratch = mkdtempSync(path.join(tmpdir(), 'lsc-release-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// A copy of the files the release checks read, with `edit` applied, to break one thing at a time.
function copyWith(name, edit) {
  const dir = path.join(scratch, name);
  for (const f of ['Cargo.toml', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'scripts/release', 'scripts/release-check.mjs']) {
    cpSync(path.join(ROOT, f), path.join(dir, f));
  }
  edit(dir);
  return dir;
}

test("the package's version is the crate's, and the check names any copy that differs", () => {
  assert.equal(pkg.version, cargoVersion());
  assert.deepEqual(versionProblems(), []);
  const dir = copyWith('bumped', (d) => {
    const toml = readFileSync(path.join(d, 'Cargo.toml'), 'utf8');
    writeFileSync(path.join(d, 'Cargo.toml'), toml.replace(/^version = ".*"$/m, 'version = "9.8.7"'));
  });
  assert.deepEqual(versionProblems(dir), [
    `package.json has version ${pkg.version}, Cargo.toml 9.8.7: set it to 9.8.7 (Cargo.toml is the source)`,
    `package-lock.json has version ${pkg.version}, Cargo.toml 9.8.7: set it to 9.8.7 (Cargo.toml is the source)`,
  ]);
});

test('scripts/release refuses a version without a changelog entry, before building anything', () => {
  const run = (dir, ...args) => spawnSync(path.join(dir, 'scripts/release'), args, { cwd: dir, encoding: 'utf8' });
  const described = run(copyWith('described', () => {}), '--check');
  assert.equal(described.status, 0, described.stderr);

  const dir = copyWith('undescribed', (d) => {
    const log = readFileSync(path.join(d, 'CHANGELOG.md'), 'utf8');
    writeFileSync(path.join(d, 'CHANGELOG.md'), log.replace(`## [${pkg.version}]`, '## [0.0.1]'));
  });
  const refused = run(dir);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, new RegExp(`CHANGELOG.md has no entry "## \\[${pkg.version.replace(/\./g, '\\.')}\\]"`));
  // The copy has no scripts/build: getting past the check would have failed differently.
  assert.doesNotMatch(refused.stderr, /scripts\/(setup|build)/);
});

test('npm pack gives exactly the files a partner needs, and every path package.json names is in it', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' }));
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md',
    'README.md',
    'custom-elements.json',
    'docs/privacy.md',
    'docs/web-teams.md',
    `dist/${manifest.embed.file}`,
    'dist/embed.js',
    `dist/${manifest.wasm.file}`,
    ...manifest.later.map((m) => `dist/${m.file}`),
    'dist/manifest.json',
    'dist/module.js',
    'package.json',
    'types/embed.d.ts',
    'types/index.d.ts',
  ].sort());
  assert.equal(packed.name, 'leadership-self-check');
  assert.equal(packed.version, cargoVersion());
  const named = [pkg.types, pkg.customElements, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  for (const p of named) assert.ok(files.includes(path.posix.normalize(p)), `${p} is named in package.json but not packed`);
});

test("npm pack refuses a dist/ that is missing or holds another build's files, so a package ships this build only", () => {
  const dir = copyWith('unbuilt', () => {});
  const check = () => spawnSync('node', [path.join(dir, 'scripts/release-check.mjs'), '--dist'], { encoding: 'utf8' });
  assert.equal(check().status, 1);
  assert.match(check().stderr, /dist\/ is not built: run scripts\/build first/);
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  assert.equal(check().status, 0, check().stderr);
  cpSync(path.join(dir, 'dist/embed.js'), path.join(dir, 'dist/embed.0123456789ab.js'));
  assert.equal(check().status, 1);
  assert.match(check().stderr, /dist\/embed\.0123456789ab\.js is from another build/);
});

test("the packed declarations serve a partner's TypeScript that has only the script tag", () => {
  const app = path.join(scratch, 'app');
  const installed = path.join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync('tar', ['-xzf', path.join(scratch, `${pkg.name}-${pkg.version}.tgz`), '-C', installed, '--strip-components=1']);
  writeFileSync(path.join(app, 'page.ts'), `/// <reference types="${pkg.name}/embed.js" />
document.addEventListener('lsc:complete', (e) => console.log(e.detail.themes.map((t) => t.score ?? 0)));
const found = document.querySelector('leadership-self-check');
if (found) void window.LeadershipSelfCheck?.mount(found, { mode: 'full' });
`);
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  const args = ['--strict', '--noEmit', '--target', 'es2022', '--module', 'preserve', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'page.ts'];
  const result = spawnSync(tsc, args, { cwd: app, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  // Without the reference the same page does not compile: the types came from the package.
  writeFileSync(path.join(app, 'page.ts'), readFileSync(path.join(app, 'page.ts'), 'utf8').replace(/^\/\/\/.*\n/, ''));
  assert.notEqual(spawnSync(tsc, args, { cwd: app, encoding: 'utf8' }).status, 0);
});

test("the WordPress plugin has the widget's version", () => {
  const version = cargoVersion();
  const plugin = (file) => readFileSync(path.join(ROOT, 'integrations/wordpress/leadership-self-check', file), 'utf8');
  const php = plugin('leadership-self-check.php');
  assert.ok(php.split('\n').some((l) => l.trim() === `* Version:           ${version}`), 'plugin header Version');
  assert.ok(php.includes(`const LDRCHK_VERSION = '${version}';`), 'LDRCHK_VERSION');
  const readme = plugin('readme.txt');
  assert.ok(readme.split('\n').includes(`Stable tag: ${version}`), 'readme.txt Stable tag');
  assert.ok(readme.includes(`= ${version} =`), `readme.txt has a changelog entry for ${version}`);
});
