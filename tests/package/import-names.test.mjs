// scripts/import-names.mjs: the first module's imports from wasm-bindgen's glue get short names,
// the same in the Wasm and in the glue, and nothing else in either changes.
// Run after scripts/build:  node --test tests/package/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GLUE_MODULE, renameGlue, renameImports, shortName } from '../../scripts/import-names.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const utf8 = (s) => [...new TextEncoder().encode(s)];
const name = (s) => [utf8(s).length, ...utf8(s)];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >>> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A small Wasm importing two functions from the glue and, from elsewhere, one of each other kind. */
function sample() {
  const imports = [
    ...name(GLUE_MODULE), ...name('__wbg_first_0123456789abcdef'), 0, 0,
    ...name('env'), ...name('memory'), 2, 0, 1,
    ...name(GLUE_MODULE), ...name('__wbg_second_fedcba9876543210'), 0, 0,
    ...name('env'), ...name('table'), 1, 0x70, 1, 0, 2,
    ...name('env'), ...name('global'), 3, 0x7f, 0,
  ];
  return Uint8Array.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [5, ...imports]),
    ...section(0, [...name('after'), 1, 2, 3]),
  ]);
}

test('the short names are distinct, and letters only', () => {
  const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
  assert.deepEqual([0, 1, 51, 52, 53].map(shortName), ['a', 'b', 'Z', 'aa', 'ba']);
});

test("only the glue's imports are renamed; the other imports and the sections after are kept", () => {
  const renamed = renameImports(sample(), GLUE_MODULE, (_, i) => shortName(i));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(renamed));
  assert.deepEqual(imports, [
    { module: GLUE_MODULE, name: 'a', kind: 'function' },
    { module: 'env', name: 'memory', kind: 'memory' },
    { module: GLUE_MODULE, name: 'b', kind: 'function' },
    { module: 'env', name: 'table', kind: 'table' },
    { module: 'env', name: 'global', kind: 'global' },
  ]);
  const custom = WebAssembly.Module.customSections(new WebAssembly.Module(renamed), 'after');
  assert.deepEqual([...new Uint8Array(custom[0])], [1, 2, 3]);
});

test("the glue's keys are renamed, and a glue that does not give each import once is refused", () => {
  const glue = [
    'const import0 = {',
    '        __wbg_first_0123456789abcdef: function(arg0) {',
    '            return arg0;',
    '        },',
    '        __wbg_second_fedcba9876543210: function() { return handleError(function () {',
    '        }, arguments); },',
    '};',
  ].join('\n');
  const names = new Map([['__wbg_first_0123456789abcdef', 'a'], ['__wbg_second_fedcba9876543210', 'b']]);
  assert.equal(renameGlue(glue, names), glue.replace('__wbg_first_0123456789abcdef', 'a').replace('__wbg_second_fedcba9876543210', 'b'));
  // An import the glue does not give, or one it also names elsewhere, would break the link.
  assert.throws(() => renameGlue(glue, new Map([...names, ['__wbg_third_00', 'c']])), /gives 2 of the Wasm's 3 imports/);
  assert.throws(() => renameGlue(glue + '\nwasm.__wbg_first_0123456789abcdef();', names), /each named once/);
});

test("the release's first module imports from the glue by short names, each of them a key of the glue in embed.js", () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/manifest.json'), 'utf8'));
  const wasm = new WebAssembly.Module(readFileSync(path.join(ROOT, 'dist', manifest.wasm.file)));
  const fromGlue = WebAssembly.Module.imports(wasm).filter((i) => i.module === GLUE_MODULE).map((i) => i.name);
  assert.ok(fromGlue.length > 100, `${fromGlue.length} imports from the glue`);
  assert.deepEqual(fromGlue, fromGlue.map((_, i) => shortName(i)));
  const embed = readFileSync(path.join(ROOT, 'dist/embed.js'), 'utf8');
  assert.doesNotMatch(embed, /__wbg_\w+_[0-9a-f]{16}\b/, 'no long import name is left in the loader');
});
