// A framework document the widget cannot use, read by the browser's own JSON.parse and
// serde-wasm-bindgen: the message in the alert and in lsc:error names the field and the
// expectation, the line and column of a syntax error, the rule broken or the encoding, and
// points at the validator for the full report. (The same rules natively: tests/load_errors.rs.)
//
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnostics, mountWidget, readFramework, useBrowser, waitForWidget, waitForWidgetEvent } from './harness.mjs';

const browser = useBrowser();
const HINT = 'The validator (cargo run --bin validate-framework -- FILE) lists every problem.';

/** The bundled document changed by `edit`, as text. */
function edited(edit) {
  const d = readFramework();
  edit(d);
  return JSON.stringify(d, null, 2);
}

/** The document as UTF-16 bytes, little-endian with a byte order mark or big-endian without. */
function utf16(text, { le }) {
  const bytes = Buffer.from(text, 'utf16le');
  if (le) return Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
  return bytes.swap16();
}

/** Serves `body` as /doc.json, mounts a widget on it and returns its lsc:ready or lsc:error. */
async function outcome(body) {
  const page = await browser.open('/plain.html');
  await waitForWidget(page);
  await page.route((u) => u.pathname === '/doc.json', (r) => r.fulfill({ contentType: 'application/json', body }));
  await mountWidget(page, { attributes: { 'framework-src': '/doc.json' } });
  const event = await Promise.race([waitForWidgetEvent(page, 'lsc:error'), waitForWidgetEvent(page, 'lsc:ready')]);
  assert.deepEqual(diagnostics(page).pageErrors.map(String), [], 'uncaught exceptions');
  return event;
}

describe('a framework document that cannot be used says why', () => {
  const cases = [
    {
      name: 'an unknown member',
      body: () => edited((d) => { d.themes[0].tagilne = 'typo'; }),
      reason: 'In the framework document at themes[0] ("Strategic intent"): unknown field `tagilne`.',
    },
    {
      name: 'an unknown member at the top level',
      body: () => edited((d) => { d.themse = []; }),
      reason: 'In the framework document at the top level: unknown field `themse`.',
    },
    {
      name: 'a missing member',
      body: () => edited((d) => { delete d.themes[2].behaviours[0].text; }),
      reason: 'In the framework document at themes[2] ("Facilitative and collaborative style").behaviours[0].text: missing.',
    },
    {
      name: 'a member of the wrong type',
      body: () => edited((d) => { d.themes[0].tagline = 42; }),
      // serde's words; a JavaScript number is a floating point one.
      reason: /^In the framework document at themes\[0\] \("Strategic intent"\)\.tagline: invalid type: floating point `42(\.0)?`, expected a string\.$/,
    },
    {
      name: 'a JSON syntax error',
      body: () => '{\n  "schema_version": 1,\n  oops\n}',
      reason: /^The framework document is not valid JSON \(line 3, column 3\): /,
    },
    {
      name: 'another schema_version',
      body: () => edited((d) => { d.schema_version = 2; d.themes = 'broken too'; }),
      reason: 'The framework document has schema_version 2, but this widget reads version 1.',
    },
    {
      name: 'a bidirectional control character',
      body: () => edited((d) => { d.themes[1].behaviours[0].text += ' \u202e'; }),
      reason: /themes\[1\] \("Driving transformation"\)\.behaviours\[0\]\.text: contains the bidirectional control character U\+202E/,
    },
    {
      name: 'an answer label of invisible characters only',
      body: () => edited((d) => { d.self_check.scale[0] = '\u200b\u2060'; }),
      reason: /self_check\.scale\[0\]: expected visible text, found only invisible characters/,
    },
    {
      name: 'UTF-16 with a byte order mark',
      body: () => utf16(JSON.stringify(readFramework()), { le: true }),
      reason: 'The framework document is saved as UTF-16; save it as UTF-8 (without a byte order mark).',
    },
    {
      name: 'UTF-16 without a byte order mark',
      body: () => utf16(JSON.stringify(readFramework()), { le: false }),
      reason: 'The framework document is saved as UTF-16; save it as UTF-8 (without a byte order mark).',
    },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      const event = await outcome(c.body());
      assert.equal(event.type, 'lsc:error', `the document was used: ${JSON.stringify(event)}`);
      const message = event.detail.message;
      assert.ok(message.endsWith(` ${HINT}`), `no pointer to the validator: ${message}`);
      const reason = message.slice(0, -HINT.length - 1);
      if (typeof c.reason === 'string') assert.equal(reason, c.reason);
      else assert.match(reason, c.reason);
    });
  }

  test('optional members given as null or left out are not unknown', async () => {
    const event = await outcome(edited((d) => {
      d.source_note = null;
      d.linked_frameworks[0].note = null;
      delete d.themes[0].behaviours[0].applies_to;
    }));
    assert.equal(event.type, 'lsc:ready', JSON.stringify(event));
  });
});
