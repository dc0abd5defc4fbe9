// docs/options.json, the options' one published description (written from OPTION_SPECS in
// core/src/options.rs by tests/options_doc.rs, read by the WordPress plugin), held to the rules
// the loader decides: the attributes it reads, the heading levels, safe links, lazy loading.
//   node --test tests/loader/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { OPTIONS } from '../../www/loader/options.js';
import { DEFAULT_HEADING_LEVEL, HEADING_LEVELS, isWebLink } from '../../www/loader/rules.js';

const doc = JSON.parse(readFileSync(new URL('../../docs/options.json', import.meta.url), 'utf8'));
const byAttribute = new Map(doc.options.map((o) => [o.attribute, o]));

test('options.json lists exactly the attributes the loader reads', () => {
  assert.deepEqual([...byAttribute.keys()].sort(), [...OPTIONS].sort());
});

test('the heading levels and their default are the loader\'s', () => {
  const level = byAttribute.get('heading-level');
  assert.deepEqual(level.values, HEADING_LEVELS);
  assert.equal(level.default, DEFAULT_HEADING_LEVEL);
});

test('a web-link option is checked by the loader\'s link rule', () => {
  const links = doc.options.filter((o) => o.format === 'web-link');
  assert.deepEqual(links.map((o) => o.attribute), ['fallback-href']);
  assert.equal(isWebLink('https://example.org/framework'), true);
  assert.equal(isWebLink('javascript:alert(1)'), false);
});

test('loading takes eager (the default) or lazy', () => {
  const loading = byAttribute.get('loading');
  assert.deepEqual(loading.values, ['eager', 'lazy']);
  assert.equal(loading.default, 'eager');
});
