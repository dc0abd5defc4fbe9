// How the loader checks the options (www/loader/options.js, against the table's entries in
// www/loader/option-table.js) before it hands them to the widget: every allowed value is taken,
// typed; anything else is reported and the default used; which changes mount the widget again.
// Plain node, no browser:  node --test tests/loader/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPTIONS } from '../../www/loader/option-table.js';
import { checkOptions, remounts, widgetOptions } from '../../www/loader/options.js';

/** The options when nothing is set. */
const { options: DEFAULTS, warnings: none } = checkOptions({});

test('nothing set gives every default, typed, without warnings; a link option is absent', () => {
  assert.deepEqual(none, []);
  for (const o of OPTIONS) assert.equal(DEFAULTS[o.property], o.default, o.attribute);
  assert.deepEqual(Object.keys(DEFAULTS), OPTIONS.filter((o) => o.default !== undefined).map((o) => o.property));
  assert.equal(DEFAULTS.headingLevel, 2, 'a heading level is a number');
});

test('every value the table lists is taken, typed, surrounding spaces aside', () => {
  for (const o of OPTIONS.filter((o) => o.values)) {
    for (const value of o.values ?? []) {
      for (const written of [String(value), ` ${value}\t`, `\n${value} `]) {
        const { options, warnings } = checkOptions({ [o.attribute]: written });
        assert.deepEqual(warnings, [], `${o.attribute}=${JSON.stringify(written)}`);
        assert.deepEqual(options, { ...DEFAULTS, [o.property]: value }, `${o.attribute}=${JSON.stringify(written)}`);
      }
    }
  }
  assert.equal(checkOptions({ 'heading-level': '4' }).options.headingLevel, 4, 'a heading level is handed over as a number');
});

test('each value not allowed gives the default and one warning naming it, what is allowed and the default', () => {
  const cases = [
    ['mode', 'long'], ['mode', 'Full'], ['mode', ''], ['mode', '   '], ['view', ''], ['view', 'selfcheck'], ['view', 'BOTH'],
    ['persist', 'session'], ['persist', 'true'], ['persist', ''], ['color-scheme', 'Dark'], ['loading', 'later'],
  ];
  for (const [name, value] of cases) {
    const { options, warnings } = checkOptions({ [name]: value });
    assert.deepEqual(options, DEFAULTS, `${name}=${JSON.stringify(value)}`);
    assert.equal(warnings.length, 1, `${name}=${JSON.stringify(value)}: ${warnings}`);
    assert.ok(warnings[0].startsWith(`${name}="${value}" is not one of `), warnings[0]);
  }
  assert.deepEqual(checkOptions({ mode: 'long' }).warnings, ['mode="long" is not one of quick, full; using the default, quick.']);
  assert.deepEqual(checkOptions({ view: '' }).warnings, ['view="" is not one of framework, self-check, both; using the default, both.']);
  assert.deepEqual(checkOptions({ persist: 'session' }).warnings, ['persist="session" is not one of local, none; using the default, local.']);
  assert.deepEqual(checkOptions({ 'color-scheme': 'Dark' }).warnings, ['color-scheme="Dark" is not one of light, dark, auto; using the default, light.']);
  assert.deepEqual(checkOptions({ loading: 'later' }).warnings, ['loading="later" is not one of eager, lazy; using the default, eager.']);
});

test('heading levels 2 to 6, surrounding spaces aside; anything else is reported and h2 used', () => {
  for (const value of ['7', '1', '0', 'two', '', '2.5', '300', '02', '+3', '3e0', 'NaN']) {
    const { options, warnings } = checkOptions({ 'heading-level': value });
    assert.equal(options.headingLevel, 2, value);
    assert.deepEqual(warnings, [`heading-level="${value}" is not one of 2, 3, 4, 5, 6; using the default, 2.`], value);
  }
});

test('a bad fallback link is left out with a warning that says what is allowed; a good one is kept, trimmed', () => {
  assert.deepEqual(checkOptions({ 'fallback-href': ' /ours ' }), { options: { ...DEFAULTS, fallbackHref: '/ours' }, warnings: [] });
  assert.deepEqual(checkOptions({ 'fallback-href': '\u00A0javascript:alert(1)' }), {
    options: DEFAULTS,
    warnings: ['fallback-href="\u00A0javascript:alert(1)" is not a web address (http, https or relative); using the default, no link.'],
  });
});

test('a framework-src is fetched as given; empty means the bundled framework', () => {
  assert.deepEqual(checkOptions({ 'framework-src': ' /ours.json' }), { options: { ...DEFAULTS, frameworkSrc: ' /ours.json' }, warnings: [] });
});

test('values not allowed do not affect the allowed ones, and each is reported', () => {
  const { options, warnings } = checkOptions({ view: 'framework', mode: 'long', persist: 'none', 'color-scheme': 'dim', 'heading-level': ' 3 ' });
  assert.deepEqual(options, { ...DEFAULTS, view: 'framework', persist: 'none', headingLevel: 3 });
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.ok(warnings.some((w) => w.startsWith('mode="long"')) && warnings.some((w) => w.startsWith('color-scheme="dim"')), warnings.join('\n'));
});

test('the widget is handed only the options it reads', () => {
  const { options } = checkOptions({ 'framework-src': '/ours.json', loading: 'lazy', 'fallback-href': '/ours', mode: 'full' });
  const handed = widgetOptions(options);
  assert.deepEqual(Object.keys(handed), OPTIONS.filter((o) => o.widget).map((o) => o.property));
  for (const [property, value] of Object.entries(handed)) assert.equal(value, options[property], property);
});

test('a change mounts the widget again exactly when an option marked remount changed its value', () => {
  for (const o of OPTIONS) {
    const other = o.values ? String(o.values.find((v) => v !== o.default)) : '/other';
    assert.equal(remounts(DEFAULTS, checkOptions({ [o.attribute]: other }).options), o.remount, `${o.attribute}=${other}`);
  }
  // The same value written differently, or a bad value that leaves the default, changes nothing.
  assert.equal(remounts(DEFAULTS, checkOptions({ view: ' both ' }).options), false);
  assert.equal(remounts(DEFAULTS, checkOptions({ view: 'bogus' }).options), false);
});
