// scripts/import-names.mjs: the first module's imports from wasm-bindgen's glue get short names,
// the same in the Wasm and in the glue, and nothing else in either changes.
// Run after scripts/build:  node --test tests/package/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GLUE_MODULE, renameImports, shortName, shorten } from '../../scripts/import-names.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const utf8 = (s) => [...new TextEncoder().encode(s)];
const name = (s) => [utf8(s).length, ...utf8(s)];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >>> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/**
 * A small Wasm importing functions from the glue (`names`, in order) and, from elsewhere, one of
 * each other kind; a custom section after the imports.
 */
function sample(names = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210']) {
  const glue = names.map((n) => [...name(GLUE_MODULE), ...name(n), 0, 0]);
  const imports = [
    ...(glue[0] ?? []),
    ...name('env'), ...name('memory'), 2, 0, 1,
    ...glue.slice(1).flat(),
    ...name('env'), ...name('table'), 1, 0x70, 1, 0, 2,
    ...name('env'), ...name('global'), 3, 0x7f, 0,
    ...name('env'), ...name('tag'), 4, 0, 0,
  ];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [...leb(names.length + 4), ...imports]),
    ...section(0, [...name('after'), 1, 2, 3]),
  ]);
}

/** The glue's import object for `names`, as wasm-bindgen writes it, and a use of something else. */
const glueFor = (names) => ['const import0 = {', ...names.flatMap((n) => [
  `        ${n}: function(arg0) {`,
  '            return arg0;',
  '        },',
]), '};', 'wasm.__wbindgen_start();'].join('\n');

test('the short names are distinct, and letters only', () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
  assert.deepEqual([0, 1, 51, 52, 53].map(shortName), ['a', 'b', 'Z', 'aa', 'ba']);
});

test("only the glue's imports are renamed, in both files; the other imports and sections are kept", () => {
  const names = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210'];
  const { wasm, glue } = shorten(sample(names), glueFor(names));
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: GLUE_MODULE, name: 'a', kind: 'function' },
    { module: 'env', name: 'memory', kind: 'memory' },
    { module: GLUE_MODULE, name: 'b', kind: 'function' },
    { module: 'env', name: 'table', kind: 'table' },
    { module: 'env', name: 'global', kind: 'global' },
    { module: 'env', name: 'tag', kind: 'tag' },
  ]);
  assert.deepEqual([...new Uint8Array(WebAssembly.Module.customSections(module, 'after')[0])], [1, 2, 3]);
  assert.equal(glue, glueFor(['a', 'b']));
});

test('a name imported twice keeps one short name, as the glue has one key for it', () => {
  const { wasm, glue } = shorten(sample(['__wbg_x_01', '__wbg_y_02', '__wbg_x_01']), glueFor(['__wbg_x_01', '__wbg_y_02']));
  const fromGlue = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((i) => i.module === GLUE_MODULE);
  assert.deepEqual(fromGlue.map((i) => i.name), ['a', 'b', 'a']);
  assert.equal(glue, glueFor(['a', 'b']));
});

test('what would break the link is refused, naming the import: a key the glue lacks or names twice, no imports, a second run, a damaged Wasm', () => {
  const names = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210'];
  assert.throws(() => shorten(sample(names), glueFor(names.slice(0, 1))), /no key .*__wbg_second_fedcba9876543210/);
  assert.throws(() => shorten(sample(names), glueFor(names) + '\nwasm.__wbg_first_0123456789abcdef();'), /names the import __wbg_first_0123456789abcdef more than once/);
  assert.deepEqual(renameImports(sample(names), GLUE_MODULE, (n) => n), sample(names), 'the same names: the same bytes');
  assert.throws(() => shorten(sample([]), glueFor([])), /imports nothing from/);
  const once = shorten(sample(names), glueFor(names));
  assert.throws(() => shorten(once.wasm, once.glue), /shortened already/);
  const bytes = sample(names);
  assert.throws(() => shorten(bytes.subarray(0, 40), glueFor(names)), /ends part way/);
  assert.throws(() => shorten(Uint8Array.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]), ''), /not a version 1 Wasm module/);
});

test("the release's first module imports from the glue by short names, and the loader holds none of the long ones", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/manifest.json'), 'utf8'));
  const wasm = new WebAssembly.Module(readFileSync(path.join(ROOT, 'dist', manifest.wasm.file)));
  const fromGlue = WebAssembly.Module.imports(wasm).filter((i) => i.module === GLUE_MODULE).map((i) => i.name);
  assert.ok(fromGlue.length > 100, `${fromGlue.length} imports from the glue`);
  assert.deepEqual(fromGlue, fromGlue.map((_, i) => shortName(i)));
  const embed = readFileSync(path.join(ROOT, 'dist/embed.js'), 'utf8');
  assert.doesNotMatch(embed, /__wbg_\w+_[0-9a-f]{16}\b/, 'no long import name is left in the loader');
});
