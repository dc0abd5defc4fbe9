// node:test reporter for run.mjs: one JSON line with the tests that passed, failed, were skipped
// as needing Chromium (engines.mjs: chromiumOnly()), or were skipped otherwise (notIn(): the
// engine's driver cannot do what the test does).
export default async function* countTests(source) {
  const counts = { passed: 0, failed: 0, chromiumOnly: 0, skipped: 0, failures: [] };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (type === 'test:fail') {
      counts.failed += 1;
      counts.failures.push(`${data.file ? data.file.replace(/.*\//, '') : '?'}: ${data.name}`);
    } else if (typeof data.skip === 'string' && data.skip.startsWith('Chromium only')) counts.chromiumOnly += 1;
    else if (data.skip) counts.skipped += 1;
    else counts.passed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
