#!/usr/bin/env node
// Runs the browser tests once per engine (LSC_ENGINE, see engines.mjs) and prints, per engine,
// how many tests passed, failed and were left to Chromium, and how long the engine took.
// The engines run side by side, each printing its report when it ends; Firefox and WebKit run their
// files in two processes side by side (SHARDS; one engine alone, or LSC_ENGINES_ONE_BY_ONE=1, runs
// each in one process, printing as it goes). Each WebKit process runs under an Xvfb started here on
// a free display and stopped here. Everything runs under a D-Bus session
// bus of the run's own (session.mjs), and the run fails when a process it started outlives it.
// Run as root (as on CI), it makes the route to 127.0.0.1 acknowledge at once while it runs, for
// Firefox's driver (loopback.mjs), and puts the route back at the end.
//
//   node tests/browser/run.mjs                  every engine
//   node tests/browser/run.mjs firefox webkit   some
//   LSC_SUITES=options,keyboard node tests/browser/run.mjs   some suites
//   LSC_RESULTS=/tmp/mine node tests/browser/run.mjs          reports elsewhere than target/browser-tests
//
// Exits non-zero when any test failed in any engine.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quickLoopback } from './loopback.mjs';
import { reportLeftBehind, startSession } from './session.mjs';
import { startXvfb as startXvfbProcess } from './xvfb.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// Reports and counts; LSC_RESULTS=folder lets a second run in the same tree keep its own.
const OUT = path.resolve(process.env.LSC_RESULTS || path.join(HERE, '../../target/browser-tests'));
const SUITES = process.env.LSC_SUITES?.split(',').map((s) => `${s.trim()}.test.mjs`);
const ALL = readdirSync(HERE).filter((f) => f.endsWith('.test.mjs') && (!SUITES || SUITES.includes(f))).sort();
if (ALL.length === 0) throw new Error(`LSC_SUITES=${process.env.LSC_SUITES}: no such suite in ${HERE}`);
const PACKAGES = { chromium: 'chromium-headless-shell', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver' };
const engines = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PACKAGES);
// Processes per engine, each with its own browser: a browser test mostly waits for its page, and
// Firefox alone took 20 minutes, so the step lasted as long as Firefox's files one after another.
// WebKit, which mostly waits, in two as well; Chromium in two measured no shorter (806 s against
// 810 s: the step is bound by the two cores).
const SHARDS = { chromium: 1, firefox: 2, webkit: 2 };

/** `files` dealt into `n` lists of about equal size, the largest file first (size stands for time). */
function deal(files, n) {
  const shards = Array.from({ length: n }, () => ({ files: [], bytes: 0 }));
  const sized = files.map((f) => ({ f, bytes: statSync(path.join(HERE, f)).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { f, bytes } of sized) {
    const lightest = shards.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f);
    lightest.bytes += bytes;
  }
  return shards.map((s) => s.files.sort()).filter((s) => s.length > 0);
}

const version = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return 'not installed';
  }
};

/** Xvfb (xvfb.mjs), stopped when the run ends (an interrupted run ends the whole session, below). */
function startXvfb(env) {
  return startXvfbProcess({ env: { ...process.env, ...env } });
}

/** Some of one engine's suites, one file at a time; the spec report goes to `log` (stdout when none), the counts to `counts`. */
function runSuites(engine, files, env, log, counts) {
  rmSync(counts, { force: true }); // an earlier run's counts must not stand in for a process that wrote none
  const args = [
    '--test',
    '--test-concurrency=1',
    // A backstop: a test that hangs (a driver that stops answering) fails instead of holding CI.
    // It bounds each file as a whole too: the axe audits took over 5 minutes in Firefox and
    // WebKit on two cores shared with other runs.
    '--test-timeout=900000',
    '--test-reporter=spec',
    `--test-reporter-destination=${log ?? 'stdout'}`,
    `--test-reporter=${path.join(HERE, 'count-reporter.mjs')}`,
    `--test-reporter-destination=${counts}`,
    ...files.map((f) => path.join(HERE, f)),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env, LSC_ENGINE: engine } });
    child.on('exit', (code) => resolve(code));
  });
}

/** The counts one process wrote; a process that wrote none counts as a failure. */
function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, chromiumOnly: 0, skipped: 0, failures: [{ test: 'the test run wrote no counts', why: file }] };
  }
}

/** Runs one engine, its files dealt to SHARDS[engine] processes; with `log`, its report is printed in one piece when it ends. */
async function runEngine(engine, log, session) {
  const title = `\n── Browser tests in ${engine} (${PACKAGES[engine]} ${version(PACKAGES[engine])}): ${ALL.length} files`;
  if (!log) console.log(title);
  const started = Date.now();
  const shards = deal(ALL, log ? SHARDS[engine] : 1).map((files, i) => ({
    files,
    log: log && `${log.replace(/\.log$/, '')}.${i + 1}.log`,
    counts: path.join(OUT, `${engine}.${i + 1}.json`),
  }));
  // WebKit's processes each have an Xvfb of their own: MiniBrowser windows on one display take the
  // keyboard focus from each other, and focus-visible tests then failed (measured). The second
  // Xvfb says "server already running" of the display it finds taken, and takes the next.
  const displays = [];
  try {
    if (engine === 'webkit') for (let i = 0; i < shards.length; i++) displays.push(await startXvfb(session.env));
    const env = (i) => ({ ...session.env, ...(displays[i] ? { DISPLAY: displays[i].display } : {}) });
    await Promise.all(shards.map((s, i) => runSuites(engine, s.files, env(i), s.log, s.counts)));
  } finally {
    for (const xvfb of displays) xvfb.stop();
  }
  const report = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : `(${file}: no report written)`);
  if (log) console.log(`${title}\n${shards.map((s) => report(s.log)).join('\n')}`);
  const counts = shards.map((s) => readCounts(s.counts));
  const sum = (key) => counts.reduce((total, c) => total + c[key], 0);
  return {
    engine,
    version: version(PACKAGES[engine]),
    files: ALL.length,
    passed: sum('passed'),
    failed: sum('failed'),
    chromiumOnly: sum('chromiumOnly'),
    skipped: sum('skipped'),
    failures: counts.flatMap((c) => c.failures),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

for (const engine of engines) {
  if (!PACKAGES[engine]) throw new Error(`unknown engine ${engine}; expected ${Object.keys(PACKAGES).join(', ')}`);
}
mkdirSync(OUT, { recursive: true });
const session = await startSession();
// Firefox's driver waits on delayed acknowledgements (loopback.mjs); put back when the run ends.
const loopback = engines.includes('firefox') ? quickLoopback() : { restore() {} };
if (loopback.refused) console.log(`Loopback still acknowledges late, so Firefox's suites take longer: ${loopback.refused}`);
// Interrupted: the browsers, drivers, Xvfb and the bus are ended with the run.
const interrupted = () => {
  session.kill();
  loopback.restore();
  process.exit(130);
};
process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
// The engines run side by side by default: most of a browser test is waiting for the page, and
// one after another they took over 50 minutes on two shared cores. LSC_ENGINES_ONE_BY_ONE=1 runs
// them in turn, printing as they go.
const rows = [];
let left;
try {
  if (process.env.LSC_ENGINES_ONE_BY_ONE || engines.length === 1) {
    for (const engine of engines) rows.push(await runEngine(engine, undefined, session));
  } else {
    rows.push(...(await Promise.all(engines.map((e) => runEngine(e, path.join(OUT, `${e}.log`), session)))));
  }
} finally {
  left = await session.end();
  loopback.restore();
}

console.log('\nBrowser tests per engine');
console.log('engine    version                 files  passed  failed  Chromium only  other skips  time');
for (const r of rows) {
  console.log(
    `${r.engine.padEnd(9)} ${r.version.padEnd(23)} ${String(r.files).padStart(5)} ${String(r.passed).padStart(7)} ` +
      `${String(r.failed).padStart(7)} ${String(r.chromiumOnly).padStart(14)} ${String(r.skipped).padStart(12)}  ${r.seconds} s`,
  );
  for (const f of r.failures) {
    console.log(`  failed in ${r.engine}: ${f.test}`);
    if (f.why) console.log(f.why.replace(/^/gm, '      '));
  }
}
const clean = reportLeftBehind(left, 'the browser tests');
process.exitCode = rows.some((r) => r.failed > 0) || !clean ? 1 : 0;
