// The rule for the links the widget offers (www/loader/rules.js): which fallback links are safe.
// Plain node, no browser:
//   node --test tests/loader/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWebLink } from '../../www/loader/rules.js';

test('a fallback link must lead to a web page', () => {
  for (const href of ['https://example.org/leadership', 'http://example.org', '/framework', '../a?b#c', 'framework.html', 'HTTPS://x.org', '/search?q=a:b', '  https://example.org  ']) {
    assert.equal(isWebLink(href), true, href);
  }
  for (const href of [
    'javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:x', '\u00A0javascript:alert(1)',
    '\u2028javascript:x', 'java\u200Bscript:x', 'data:text/html,x', 'vbscript:x', '', '   ', 'https://a b',
    'https://a\u00A0b', 'java\nscript:x',
  ]) {
    assert.equal(isWebLink(href), false, JSON.stringify(href));
  }
});

test('property: whatever the text, a link the rule accepts opens a web page (http or https), never script', () => {
  // Pieces that make up tricky addresses, joined at random (a fixed seed, so a failure repeats).
  const pieces = ['javascript', 'JavaScript', 'data', 'vbscript', 'http', 'https', 's', ':', '/', '//', '\\', '?', '#', '%0a',
    '%3a', '&#58;', '.', '..', 'a', 'x.org', ' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\uFEFF', '\u200B', '\u0000', '\u001F', 'alert(1)'];
  let seed = 20261201;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  let accepted = 0;
  for (let i = 0; i < 50_000; i++) {
    let href = '';
    for (let n = 1 + random(7); n > 0; n--) href += pieces[random(pieces.length)];
    if (!isWebLink(href)) continue;
    accepted += 1;
    let url;
    try {
      url = new URL(href.trim(), 'https://partner.example/page');
    } catch {
      continue; // the loader makes no link of an address that does not parse
    }
    assert.match(url.protocol, /^https?:$/, JSON.stringify(href));
  }
  assert.ok(accepted > 1000, `the random addresses include enough accepted ones (${accepted})`);
});
