// custom-elements.json against the running element: the attributes it watches are the ones the
// manifest lists, and for each the widget accepts exactly the values and default listed.
// Run after scripts/build:  node --test --test-concurrency=1 tests/browser/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { element, literals } from '../package/metadata.mjs';
import { assertNoErrors, eventually, lscErrors, openPartnerPage, useBrowser, waitForWidget } from './harness.mjs';

const browser = useBrowser();
const listed = element.attributes.map((a) => a.name).sort();

test('the element watches exactly the attributes the manifest lists', async () => {
  const page = await openPartnerPage(browser, '<leadership-self-check></leadership-self-check>');
  await waitForWidget(page);
  const watched = await page.evaluate(() => [...customElements.get('leadership-self-check').observedAttributes].sort());
  assert.deepEqual(watched, listed);
  assertNoErrors(page);
});

test('the widget reads every attribute the manifest lists, and accepts exactly the values and default listed', async () => {
  // One widget per attribute, each with a value no attribute allows: the widget's warning names
  // the attribute and, for a list of words, the words it allows and its default.
  const BAD = 'javascript:not-a-value';
  const body = listed.map((name) => `<leadership-self-check id="w-${name}" ${name}="${BAD}"></leadership-self-check>`).join('');
  const page = await openPartnerPage(browser, body);
  const errors = await eventually(async () => {
    const seen = await lscErrors(page);
    return listed.every((name) => seen.some((e) => e.id === `w-${name}`)) && seen;
  }, async () => `not every widget reported its attribute: ${JSON.stringify(await lscErrors(page))}`, { timeout: 15_000 });
  for (const attribute of element.attributes) {
    const said = errors.filter((e) => e.id === `w-${attribute.name}`).map((e) => e.message);
    assert.equal(said.length, 1, `${attribute.name}: ${JSON.stringify(said)}`);
    assert.ok(said[0].includes(attribute.name), `${attribute.name} was not read: ${said[0]}`);
    const words = literals(attribute.type.text);
    if (!words) continue;
    const allowed = said[0].match(/is not one of (.*); using the default, (.*)\.$/);
    assert.ok(allowed, said[0]);
    assert.deepEqual(allowed[1].split(', '), words, attribute.name);
    assert.equal(allowed[2], JSON.parse(attribute.default), attribute.name);
  }
});
