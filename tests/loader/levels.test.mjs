// The first screens are kept at one heading level and moved by the loader to the level a page
// asks for (www/loader/levels.js): each, moved to each level, must be exactly what the prerender
// renders at that level (pkg/first-screens-every-level.json, written beside the kept screens by
// scripts/build). Plain node, no browser:
//   node --test tests/loader/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { atLevel } from '../../www/loader/levels.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../../pkg/${name}`, import.meta.url), 'utf8'));
const FIRST = read('first-screens.json');
const EVERY = read('first-screens-every-level.json');

test('each first screen moved to each heading level is the one rendered at that level', () => {
  const keys = Object.keys(EVERY);
  assert.equal(keys.length, 60, 'every view, mode, persist and heading level');
  const levels = new Set();
  for (const key of keys) {
    const [shown, level] = [key.slice(0, key.lastIndexOf('/')), Number(key.slice(key.lastIndexOf('/') + 1))];
    levels.add(level);
    const kept = FIRST.screens[FIRST.keys[shown]];
    assert.ok(kept, `a kept screen for ${shown}`);
    assert.equal(atLevel(kept, FIRST.level, level), EVERY[key], key);
  }
  // Past h6 included: the deepest headings of level 5 and 6 carry aria-level.
  assert.deepEqual([...levels].sort(), [2, 3, 4, 5, 6]);
  assert.match(EVERY['framework/quick/local/6'], /<h6 aria-level="10"/);
});

test('moving headings leaves everything else as it was', () => {
  const html = '<div id="a"><h2 id="t">Title <b>h2</b></h2><header><h3>Sub</h3><hr></header><p>&lt;h4&gt;</p><h6 aria-level="7" class="c">Deep</h6></div>';
  assert.equal(atLevel(html, 2, 2), html);
  assert.equal(
    atLevel(html, 2, 4),
    '<div id="a"><h4 id="t">Title <b>h2</b></h4><header><h5>Sub</h5><hr></header><p>&lt;h4&gt;</p><h6 aria-level="9" class="c">Deep</h6></div>',
  );
});
