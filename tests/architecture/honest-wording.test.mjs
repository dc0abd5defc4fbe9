// Promise only what the code keeps: in the direct path each response code shows the visitor that
// colleague's answers, and it arrives from the colleague, so no wording anywhere may promise
// anonymity, that a colleague cannot be picked out, or that a code does not say who gave it.
// Everything a visitor, a colleague or a partner reads is held to that: the widget's strings
// (src/, core/src/), the document's colleague wording (framework.json), the docs and the
// integrations. The collector path's honest sentences, which say what the collector can see and
// what the visitor cannot, are the only ones allowed, each named below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Claims of anonymity the direct path cannot keep (and the ones the issue found). */
const CLAIMS = [
  /anonym/i,
  /picked out/i,
  /not who\b/i,
  /not your name/i,
  /(cannot|can't|can not|never) (be )?(identif|trace|link|tell who|know who)/i,
  /no one (can|will) (know|tell|see)/i,
  /confidential/i,
  /untraceable/i,
  /secret ballot/i,
];

/**
 * Lines that may match: the collector path, which does keep colleagues' answers from the
 * visitor, says so; and HTML's own `crossorigin="anonymous"` attribute, which is not a promise.
 * Each entry is a piece of a line, matched exactly.
 */
const ALLOWED = [
  'crossorigin="anonymous"',
  "crossorigin = 'anonymous'",
  "'\" crossorigin=\"anonymous\" defer></script>'",
  "'crossorigin' => 'anonymous'",
  // The collector path (core/src/colleagues/combined.rs, src/ui/text.rs, docs/colleagues.md).
  'anonymous through a collector',
  'Anonymous through a collector',
  'the anonymous path',
  'The anonymous path',
  'anonymous-path',
];

function files() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (['node_modules', 'target', 'dist', '.git', 'fuzz'].includes(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(rs|md|json|js|mjs|html|php|txt)$/.test(name)) out.push(path);
    }
  };
  for (const d of ['src', 'core/src', 'docs', 'www', 'integrations']) walk(join(root, d));
  for (const f of ['README.md', 'ACCESSIBILITY.md', 'framework.json']) out.push(join(root, f));
  return out;
}

test('no wording promises anonymity the direct path does not keep', () => {
  const found = [];
  for (const path of files()) {
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      let rest = line;
      for (const allowed of ALLOWED) rest = rest.split(allowed).join('');
      for (const claim of CLAIMS) {
        if (claim.test(rest)) found.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(found, [], 'claims of anonymity');
});

test('the check finds the claims the issue found', () => {
  const issue = [
    "They are shown only once there are at least 3, so that no one colleague's answers can be picked out.",
    'Anyone who has it can read your answers, but not who gave them.',
    'it holds your answers, not your name.',
    'Codes stay anonymous.',
  ];
  for (const sentence of issue) assert.ok(CLAIMS.some((c) => c.test(sentence)), sentence);
});

test('the direct path says plainly that the visitor sees each colleague\'s answers', () => {
  const text = readFileSync(join(root, 'src/ui/text.rs'), 'utf8');
  const constant = (name) => text.match(new RegExp(`(?:const|fn) ${name}\\b[\\s\\S]*?"([^"]*(?:\\\\"[^"]*)*)"`))[1];
  assert.match(constant('ASK_INTRO'), /You will be able to see each colleague's answers, and whose they are/);
  assert.match(constant('COLLEAGUE_INTRO'), /will be able to see each of your answers, and will know they are yours/);
  assert.match(constant('send_code'), /can read each of your answers/);
  assert.match(constant('need_more'), /Each code shows you that colleague's answers/);
  assert.match(constant('link_email'), /I will be able to see your answers/);
});
