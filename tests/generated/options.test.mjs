// Every list of the widget's options is written from the one table, option-table.json, by
// scripts/generate-options.mjs: this fails while any committed copy is stale, or the table has
// a mistake the generator refuses. Plain node, no build:  node --test tests/generated/

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COMMAND, ROOT, TABLE, outputs, readTable, stale } from '../../scripts/generate-options.mjs';

test('every generated list of options is what the table gives', () => {
  const files = stale();
  assert.deepEqual(files, [], `${files.join(', ')} ${files.length === 1 ? 'is' : 'are'} stale: run \`${COMMAND}\` and commit the result`);
});

test('the generator writes each kind of list', () => {
  assert.deepEqual([...outputs().keys()].sort(), [
    'custom-elements.json', 'docs/options.json', 'docs/web-teams.md', 'integrations/wordpress/leadership-self-check/readme.txt',
    'types/index.d.ts', 'www/configurator.js', 'www/loader/option-table.js',
  ]);
});

/** The table with `edit` applied to its option named `attribute`. */
function tableWith(attribute, edit) {
  const table = JSON.parse(readFileSync(new URL(TABLE, `file://${ROOT}`), 'utf8'));
  edit(table.options.find((o) => o.attribute === attribute), table.options);
  return JSON.stringify(table);
}

test('a mistake in the table stops the generator, naming the option and what is wrong', () => {
  const refused = [
    [tableWith('mode', (o) => { o.default = 'long'; }), 'mode: default must be one of its values'],
    [tableWith('mode', (o) => { o.property = 'Mode'; }), 'mode: property must be "mode"'],
    [tableWith('heading-level', (o) => { o.values = ['2', '3']; }), 'heading-level: values must be a list of whole numbers'],
    [tableWith('fallback-href', (o) => { delete o.absent; }), 'fallback-href: absent (what happens when it is not given) is missing'],
    [tableWith('view', (o) => { delete o.remount; }), 'view: remount must be true or false'],
    [tableWith('view', (o) => { o.remounts = true; }), 'view: unknown field "remounts"'],
    [tableWith('view', (o, all) => { all.push({ ...o }); }), 'view: listed twice'],
    [tableWith('loading', (o) => { o.type = 'boolean'; }), 'loading: type must be enum, integer, url or web-link'],
  ];
  for (const [text, problem] of refused) {
    assert.throws(() => readTable(text), (err) => err.message.includes(problem), problem);
  }
  assert.doesNotThrow(() => readTable());
});
