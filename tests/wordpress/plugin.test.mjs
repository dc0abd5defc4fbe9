// What the WordPress.org plugin directory's review checks in the plugin's files, as far as it can
// be checked without WordPress: readme.txt's headers and sections, the plugin header, one
// distinctive prefix for everything the plugin adds to WordPress's global names, request input
// unslashed and sanitised, and every string a person reads translatable. Needs no site: run with
// `node --test tests/wordpress/plugin.test.mjs` (tests/wordpress/run runs it first).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PLUGIN = fileURLToPath(new URL('../../integrations/wordpress/leadership-self-check/', import.meta.url));
const read = (file) => readFileSync(path.join(PLUGIN, file), 'utf8');
const files = (ext) =>
  readdirSync(PLUGIN, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ file: f, text: read(f) }));

// The prefix: at least four characters and not the widget's own short `lsc` (docs: the directory
// asks for a distinct prefix, and lsc_ is in use by other plugins).
const PREFIX = 'ldrchk';

/** The `Name: value` headers of readme.txt (up to the short description) or of the plugin's header comment. */
function headers(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^[\s*]*([A-Z][A-Za-z ]+):\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

function readme() {
  const text = read('readme.txt');
  const [head, ...rest] = text.split(/\n== /);
  const lines = head.split('\n');
  assert.match(lines[0], /^=== .+ ===$/, 'the plugin name line');
  const headerLines = lines.slice(1).filter((l) => /^[A-Z][A-Za-z ]+: /.test(l));
  const shortDescription = lines.slice(1 + headerLines.length).join('\n').trim();
  const sections = rest.map((s) => s.slice(0, s.indexOf(' ==')));
  return { text, headers: headers(headerLines.join('\n')), shortDescription, sections };
}

test('readme.txt has the headers, short description and sections the directory reads', () => {
  const r = readme();
  for (const name of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
    assert.ok(r.headers[name], `readme.txt header ${name}`);
  }
  const tags = r.headers.Tags.split(',').map((t) => t.trim());
  assert.ok(tags.length >= 1 && tags.length <= 5, `at most 5 tags (the directory ignores the rest): ${tags}`);
  assert.match(r.headers['Tested up to'], /^\d+\.\d+$/, 'Tested up to is a major version, such as 6.1');
  // Only what this suite runs on is claimed: Debian's WordPress, whose version the run reports.
  const tested = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '(\d+\.\d+)/)?.[1];
  if (tested) assert.equal(r.headers['Tested up to'], tested, 'Tested up to is the WordPress these tests run on');
  assert.match(r.headers['Requires at least'], /^\d+\.\d+$/);
  assert.match(r.headers['License URI'], /^https:\/\//);
  assert.ok(r.shortDescription.length > 0 && r.shortDescription.length <= 150, `short description of ${r.shortDescription.length} characters (150 at most)`);
  assert.doesNotMatch(r.shortDescription, /\n/, 'the short description is one line');
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
    assert.ok(r.sections.includes(section), `section ${section}`);
  }
});

test('readme.txt links to the human-readable source of the Wasm and embed.js, and says how to build them', () => {
  const { text } = readme();
  assert.match(text, /https:\/\/github\.com\/leadership-self-check\/leadership-self-check/);
  for (const step of ['scripts/build', 'scripts/wordpress-zip', 'src/', 'scripts/package.mjs']) {
    assert.ok(text.includes(step), `readme.txt names ${step}`);
  }
});

test('the plugin header agrees with readme.txt and names an Author, a GPL-compatible licence and its URI', () => {
  const plugin = headers(read('leadership-self-check.php').split('*/')[0]);
  const r = readme();
  for (const name of ['Plugin Name', 'Description', 'Version', 'Author', 'License', 'License URI', 'Text Domain', 'Requires at least', 'Requires PHP']) {
    assert.ok(plugin[name], `plugin header ${name}`);
  }
  assert.equal(plugin.Version, r.headers['Stable tag']);
  assert.equal(plugin['Requires at least'], r.headers['Requires at least']);
  assert.equal(plugin['Requires PHP'], r.headers['Requires PHP']);
  assert.equal(plugin.License, r.headers.License);
  assert.equal(plugin['License URI'], r.headers['License URI']);
  assert.equal(plugin['Text Domain'], 'leadership-self-check');
  // One licence identifier that the directory's checks know as GPL-compatible (and is compatible
  // with GPLv2, WordPress's own licence: Apache-2.0 alone is compatible with GPLv3 only).
  assert.match(plugin.License, /^(GPLv2 or later|GPL-2\.0-or-later|MIT)$/);
  assert.ok(read('license.txt').includes(plugin.License === 'MIT' ? 'Permission is hereby granted' : 'GNU GENERAL PUBLIC LICENSE'));
});

test('everything the plugin adds to WordPress\'s global names carries its own prefix', () => {
  for (const { file, text } of files('.php')) {
    for (const [, name] of text.matchAll(/^\s*function\s+(\w+)/gm)) {
      assert.ok(name.startsWith(`${PREFIX}_`), `${file}: function ${name}`);
    }
    for (const [, name] of text.matchAll(/^\s*const\s+(\w+)/gm)) {
      assert.ok(name.startsWith(`${PREFIX.toUpperCase()}_`), `${file}: const ${name}`);
    }
    for (const [, name] of text.matchAll(/\b(?:get|add|update|delete)_option\(\s*'([^']+)'/g)) {
      assert.ok(name.startsWith(`${PREFIX}_`) || name === 'lsc_settings', `${file}: option ${name}`);
    }
    for (const [, name] of text.matchAll(/\bwp_(?:register|enqueue)_(?:script|style)\(\s*'([^']+)'/g)) {
      assert.ok(name.startsWith('leadership-self-check'), `${file}: handle ${name}`);
    }
  }
  for (const { file, text } of [...files('.php'), ...files('.js')]) {
    // The old short prefix appears only where the old option is read to move it (and deleted).
    const old = text.split('\n').filter((l) => /\blsc_|\bLSC_|\blscOptions\b/.test(l) && !/'lsc_settings'/.test(l));
    assert.deepEqual(old, [], `${file} still uses the lsc prefix`);
    for (const [, name] of text.matchAll(/window\.(\w+)\s*=/g)) {
      assert.ok(name.startsWith(PREFIX), `${file}: global ${name}`);
    }
  }
});

test('request input is read through wp_unslash and a sanitising function', () => {
  for (const { file, text } of files('.php')) {
    for (const m of text.matchAll(/\$_(GET|POST|REQUEST|COOKIE|SERVER)\[[^\]]+\]/g)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const ok = /isset\(\s*$/.test(before) || /sanitize_\w+\(\s*wp_unslash\(\s*$/.test(before);
      assert.ok(ok, `${file}: ${m[0]} is read without wp_unslash and sanitize_*: …${before}${m[0]}`);
    }
  }
});

test('every string a person reads is translatable, with names and values as placeholders', () => {
  // Without its comments (none of its strings holds a comment's marks).
  const editor = read('block/editor.js').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  // String literals with words in them must be the first argument of __() (or a block/option name).
  for (const m of editor.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
    const literal = m[1];
    if (literal === 'use strict' || !/[A-Za-z]{2,}[^']* [^']*[A-Za-z]|^ *\(/.test(literal)) continue;
    const before = editor.slice(Math.max(0, m.index - 4), m.index);
    assert.match(before, /__\($/, `block/editor.js: '${literal}' is not translatable`);
  }
  for (const { file, text } of files('.php')) {
    // A translated sentence gets words from code only as placeholders for names and values, never
    // a word of the sentence itself (such as an option's key in place of "accent" or "background").
    for (const m of text.matchAll(/sprintf\(\s*(?:\/\*[^*]*\*\/\s*)?__\(\s*'((?:[^'\\]|\\.)*)'[^)]*\)\s*,\s*\$(\w+)\s*\)/g)) {
      assert.notEqual(m[2], 'field', `${file}: '${m[1]}' gets a setting's key as a word`);
    }
  }
});
