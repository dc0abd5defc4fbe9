// node:test reporter for run.mjs: one JSON line with the tests that passed, failed, were skipped
// as needing Chromium (engines.mjs: chromiumOnly()), or were skipped otherwise (notIn(): the
// engine's driver cannot do what the test does). A failure keeps the start of its message and
// where in the test it was thrown, so the run's last lines (all CI shows) say why.
export default async function* countTests(source) {
  const counts = { passed: 0, failed: 0, chromiumOnly: 0, skipped: 0, failures: [] };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (type === 'test:fail') {
      counts.failed += 1;
      counts.failures.push({ test: `${data.file ? data.file.replace(/.*\//, '') : '?'}: ${data.name}`, why: why(data.details?.error) });
    } else if (typeof data.skip === 'string' && data.skip.startsWith('Chromium only')) counts.chromiumOnly += 1;
    else if (data.skip) counts.skipped += 1;
    else counts.passed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}

/** The first lines of a failure's message, and the test file's line that threw it. */
function why(error) {
  const cause = error?.cause ?? error;
  const message = String(cause?.message ?? cause ?? '').split('\n').slice(0, 12);
  const at = String(cause?.stack ?? '').split('\n').find((l) => /\.test\.mjs:\d+/.test(l));
  return [...message, ...(at ? [at.trim()] : [])].map((l) => l.slice(0, 600)).join('\n');
}
