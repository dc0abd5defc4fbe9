// custom-elements.json and types/index.d.ts against the widget's sources: the events it
// dispatches, the custom properties its stylesheets read, the parts it exposes, the failure codes
// of its loader, the ES module's exports. (Their options are generated from option-table.json,
// tests/generated/; tests/browser/custom-elements.test.mjs checks them on the running element.)
// Run:  node --test tests/package/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captures, cem, element, literals, read, sources } from './metadata.mjs';

const names = (list) => list.map((x) => x.name).sort();
// The loader and the views (the configurator is a separate page and only listens).
const loader = () => sources('www', ['.js', '.ts', '.mjs']).filter((t) => !/The configurator/.test(t));
const rust = () => sources('src', ['.rs']);
const css = () => sources('src', ['.css']);

test('the manifest lists exactly the events the widget dispatches', () => {
  const dispatched = captures([...rust(), ...loader()], /["'](lsc:[a-z]+)["']/g);
  assert.deepEqual(names(element.events), dispatched);
});

test("the manifest and the web teams' page list exactly the custom properties the widget's styles read, with their defaults", () => {
  const read_ = captures([...css(), ...loader()], /var\(\s*(--lsc-[a-z-]+)/g);
  assert.deepEqual(names(element.cssProperties), read_);
  assert.deepEqual(captures([read('docs/web-teams.md')], /^\| `(--lsc-[a-z-]+)` \|/gm), read_, "docs/web-teams.md's theming table");
  // The light palette's defaults come first in base.css.
  const base = read('src/ui/base.css');
  for (const p of element.cssProperties) {
    const first = base.match(new RegExp(`var\\(${p.name},\\s*([^;]*)\\);`));
    assert.ok(first, `${p.name} has no default in base.css`);
    assert.equal(p.default, first[1], p.name);
  }
});

test('the manifest lists exactly the parts the widget exposes', () => {
  const parts = captures(rust(), /\bpart=\{?"([^"]+)"/g);
  assert.deepEqual(names(element.cssParts), parts);
});

test("the declarations' failure codes are the loader's", () => {
  const types = read('types/index.d.ts');
  const codes = captures(loader(), /failure\('([a-z]+)'/g);
  assert.deepEqual(literals(types.match(/type LscErrorCode = ([^;]*);/)[1]).sort(), codes);
  const errorType = element.events.find((e) => e.name === 'lsc:error').type.text;
  assert.deepEqual(literals(errorType.match(/code\?: ([^;}]*)/)[1].trim()).sort(), codes);
});

test("the manifest lists exactly the ES module's exports", () => {
  const esm = cem.modules.find((m) => m.path === 'dist/module.js');
  // esbuild ends the module with one `export { a, b as c };`.
  const list = read('dist/module.js').match(/^export \{([^}]*)\};/m)[1];
  const exported = list.split(',').map((e) => e.trim().split(/\s+as\s+/).pop()).filter(Boolean).sort();
  assert.deepEqual(esm.exports.map((e) => e.name).sort(), exported);
  assert.deepEqual(esm.declarations.map((d) => d.name).sort(), exported);
});
