#!/usr/bin/env node
// @ts-check
// Lighthouse on the two demo pages (scripts/bench runs it after bench.mjs):
//
//   node scripts/bench-lighthouse.mjs
//
// Runs the pinned Lighthouse CLI (package.json) once per page with its defaults: mobile form factor
// and simulated mobile throttling (150 ms round trip, 1.6 Mbps, CPU 4x slower), categories
// performance, accessibility and best practices. The pages, index.html and strict-csp.html from
// dist/ (or $LSC_DIST), are served compressed as bench-mobile.mjs serves them, strict-csp.html with
// its Content-Security-Policy. Chromium is Debian's: $CHROME_PATH, else the browser tests' path.
// Prints the three scores, cumulative layout shift, total blocking time and every scored audit
// that failed; writes them to target/lighthouse/summary.json, each full report beside it
// (<page>.report.json). Scores are printed, never judged (one run on a shared machine); exits 1
// only if Lighthouse cannot measure a page.

import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { DIST_DIR, REPO_ROOT } from '../tests/browser/harness.mjs';
import { CHROMIUM_PATH } from '../tests/browser/engines.mjs';
import { startCompressingServer } from './bench-mobile.mjs';
import { columns } from './download-size.mjs';

const PAGES = ['index.html', 'strict-csp.html'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const LIGHTHOUSE = path.join(REPO_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
const OUT_DIR = path.join(REPO_ROOT, 'target', 'lighthouse');
const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM_PATH;
// --no-sandbox: Chromium runs as root here, as for the browser tests.
const CHROME_FLAGS = '--headless=new --no-sandbox';

/**
 * One Lighthouse run of `url`, its report written to `outPath`; resolves to the report (the LHR).
 * @param {string} url
 * @param {string} outPath
 */
async function lighthouse(url, outPath) {
  const args = [
    LIGHTHOUSE, url,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--output=json', `--output-path=${outPath}`,
    '--quiet',
  ];
  await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH } });
  const lhr = JSON.parse(await readFile(outPath, 'utf8'));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * The figures of one report: scores out of 100, CLS, TBT in ms, and the scored audits that failed.
 * @param {any} lhr
 */
function figuresOf(lhr) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const c of CATEGORIES) scores[c] = lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100);
  const failed = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failed.push({ category: c, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
    }
  }
  const consoleErrors = (lhr.audits['errors-in-console'].details?.items ?? []).map((/** @type {any} */ i) => `${i.description} (${i.sourceLocation?.url ?? i.source})`);
  return {
    url: lhr.finalDisplayedUrl,
    lighthouse: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    throttling: lhr.configSettings.throttling,
    scores,
    cumulativeLayoutShift: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    failed,
    consoleErrors,
    warnings: lhr.runWarnings,
  };
}

await mkdir(OUT_DIR, { recursive: true });
const server = await startCompressingServer(DIST_DIR);
/** @type {Record<string, ReturnType<typeof figuresOf>>} */
const results = {};
try {
  for (const page of PAGES) {
    process.stderr.write(`bench: Lighthouse (mobile) on ${page}...\n`);
    const report = path.join(OUT_DIR, page.replace(/\.html$/, '.report.json'));
    try {
      results[page] = figuresOf(await lighthouse(server.url + page, report));
    } catch (err) {
      console.error(`bench: Lighthouse could not measure ${page}: ${err instanceof Error ? err.message : err}`);
      process.exitCode = 1;
    }
  }
} finally {
  await server.close();
}

const first = Object.values(results)[0];
if (first) {
  const t = first.throttling;
  const served = Object.entries(server.encodings).map(([e, n]) => `${n} responses ${e}`).join(', ');
  console.log(`\nLighthouse ${first.lighthouse}, ${first.formFactor}, ${first.throttlingMethod} throttling (${t.rttMs} ms round trip, ${(t.throughputKbps / 1024).toFixed(1)} Mbps, CPU ${t.cpuSlowdownMultiplier}x slower), one run per page, served compressed (${served || 'uncompressed'})`);
  const header = ['page', 'performance', 'accessibility', 'best practices', 'CLS', 'TBT ms'];
  const rows = Object.entries(results).map(([page, r]) => [
    page, ...CATEGORIES.map((c) => String(r.scores[c])), String(r.cumulativeLayoutShift), String(r.totalBlockingTimeMs),
  ]);
  const { line, rule } = columns(header, rows);
  for (const l of [line(header), rule, ...rows.map(line)]) console.log(l);
  for (const [page, r] of Object.entries(results)) {
    for (const f of r.failed) console.log(`${page}: ${f.category}: ${f.id} (${f.title})${f.displayValue ? `: ${f.displayValue}` : ''}`);
    for (const e of r.consoleErrors) console.log(`${page}: console error: ${e}`);
    for (const w of r.warnings) console.log(`${page}: Lighthouse warning: ${w}`);
  }
  await writeFile(path.join(OUT_DIR, 'summary.json'), JSON.stringify({ encodings: server.encodings, pages: results }, null, 2) + '\n');
  console.log(`\nWritten: ${path.relative(REPO_ROOT, OUT_DIR)}/summary.json, and Lighthouse's full reports beside it.`);
}
