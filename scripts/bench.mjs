#!/usr/bin/env node
// The performance benchmark (run it with scripts/bench, which builds first):
//
//   node scripts/bench.mjs [--loads 10] [--answers-each 3] [--tab-switches 20]
//
// On the demo partner page (dist/index.html, served by scripts/serve.mjs) in headless Chromium
// (the whole browser, with the browser tests' flags), it measures:
//  1. the bytes a visitor downloads: every response the page load received except the partner's
//     own document and the stylesheets and icon its markup links (those belong to the partner, not
//     the widget), each compressed here with gzip -9 and brotli -q 11; judged against budgets.json;
//  2. from navigation start, over --loads fresh page loads (a new browser context each, so an
//     empty cache; the server sends no-store anyway) of the demo page as it is (both views, the
//     framework first) and with view="self-check": the widget rendered, lsc:ready, and the
//     first statement answerable (see bench-page.mjs for the definitions);
//  3. a click on an answer to the widget having handled it, over every statement of the full
//     (39-statement) self-check answered --answers-each times; Next to the next step; a click on
//     a tab to its content rendered;
//  4. the same two page-load figures (lsc:ready, first statement answerable) on the demo page
//     under Lighthouse's mobile throttling (bench-mobile.mjs: 150 ms round trip, 1.6 Mbps down,
//     750 kbps up, CPU slowed 4x), served compressed as a CDN would, over --loads fresh loads;
//  5. after the full self-check: Wasm linear memory (every WebAssembly.Memory the page's instances
//     export, kept by the instrumentation) and the JS heap, both after a forced garbage collection.
// Prints a table, writes target/bench.json. Exits 1 when the bytes exceed the budget or the
// ceiling (the timings are printed, never judged: they depend on the machine), 2 on bad usage,
// and 1 if the page misbehaves (errors, third-party requests, a timeout).

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_DIR, REPO_ROOT, readFramework } from '../tests/browser/harness.mjs';
import { launchWholeChromium } from '../tests/browser/engines.mjs';
import { freshPage, isFavicon, loadUntil } from './bench-load.mjs';
import { MOBILE, startCompressingServer } from './bench-mobile.mjs';
import { answerStep, instrumentPage, switchTab } from './bench-page.mjs';
import { printReport, startMachineRecord, stats } from './bench-report.mjs';
import { compressedSizes, judgeDownload, readLimits, totalOf } from './download-size.mjs';
import { startServer } from './serve.mjs';

let values;
try {
  ({ values } = parseArgs({
    options: {
      loads: { type: 'string', default: '10' },
      'answers-each': { type: 'string', default: '3' },
      'tab-switches': { type: 'string', default: '20' },
    },
  }));
} catch (err) {
  console.error(`${err.message}\nUsage: node scripts/bench.mjs [--loads 10] [--answers-each 3] [--tab-switches 20]`);
  process.exit(2);
}
function positiveInt(name, max = Infinity) {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${max}, not ${values[name]}`);
    process.exit(2);
  }
  return n;
}
const LOADS = positiveInt('loads');
const ANSWERS_EACH = positiveInt('answers-each', 4); // each answer a different value of the scale
const TAB_SWITCHES = positiveInt('tab-switches');

const FW = readFramework();
const STATEMENTS = FW.themes.reduce((n, t) => n + t.behaviours.length, 0);
const DOWNLOAD_RULE = "the first download: every response to loading the demo page except the page itself, the stylesheets and icon it links, and the Wasm's later modules";
const finishMachineRecord = startMachineRecord(REPO_ROOT);

// The demo page's element with extra attributes, for the variants: same page, same partner CSS.
const demoHtml = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8').catch(() => {
  console.error(`bench: ${path.join(DIST_DIR, 'index.html')} not found: build the widget first (scripts/build).`);
  process.exit(1);
});
function demoWith(attributes) {
  const element = '<leadership-self-check>';
  if (!demoHtml.includes(element)) throw new Error(`bench: dist/index.html has no ${element} to configure`);
  return demoHtml.replace(element, `<leadership-self-check ${attributes}>`);
}


// The variants are served from a copy of dist/ with two more pages, so that no request is
// intercepted (interception would add to every timing) and nothing is written to dist/.
const variantRoot = await mkdtemp(path.join(os.tmpdir(), 'lsc-bench-'));
let demoServer, variantServer, compressingServer, browser, result;
try {
  await cp(DIST_DIR, variantRoot, { recursive: true });
  await writeFile(path.join(variantRoot, 'bench-self-check.html'), demoWith('view="self-check"'));
  await writeFile(path.join(variantRoot, 'bench-full.html'), demoWith('mode="full"'));
  await writeFile(path.join(variantRoot, 'bench-lazy.html'), demoWith('loading="lazy"'));
  demoServer = await startServer({ root: DIST_DIR, port: 0 });
  variantServer = await startServer({ root: variantRoot, port: 0 });
  compressingServer = await startCompressingServer(DIST_DIR);
  browser = await launchWholeChromium();
  result = await measure();
} finally {
  await browser?.close();
  await demoServer?.close();
  await variantServer?.close();
  await compressingServer?.close();
  await rm(variantRoot, { recursive: true, force: true });
}

await mkdir(path.join(REPO_ROOT, 'target'), { recursive: true });
await writeFile(path.join(REPO_ROOT, 'target', 'bench.json'), JSON.stringify(result, null, 2) + '\n');
printReport(result);
console.log('\nWritten: target/bench.json. Timings and memory are printed, not judged; the download is judged against budgets.json.');
const { verdict } = result.download;
if (verdict.exceeded === 'ceiling') {
  console.error(`bench: ${verdict.message}`);
  process.exit(1);
}
console.log(`bench: ${verdict.message}`);

/**
 * A fresh context and page, instrumented, navigated to `url`; resolves once `marks` has every
 * mark in `until`. Fails on page errors, console errors, lsc:error or any third-party request.
 */
async function load(url, { switchToCheck, until, onResponse, mobile = false }) {
  const { context, page, problems } = await freshPage(browser, url, { mobile });
  if (onResponse) page.on('response', onResponse);
  await page.addInitScript(instrumentPage, { switchToCheck });
  const marks = await loadUntil(page, url, until, problems);
  if (!marks || marks.error || problems.length) {
    await context.close();
    throw new Error(`bench: ${url}: ${marks?.error ? `lsc:error ${marks.error}` : 'failed'}; marks ${JSON.stringify(marks)}; ${problems.join('; ') || 'no errors recorded'}`);
  }
  return { context, page, marks };
}

/** The bytes: one load of the demo page, keeping the widget's responses. */
async function measureDownload() {
  process.stderr.write('bench: the download...\n');
  const responses = [];
  const { context, page } = await load(demoServer.url + 'index.html', {
    switchToCheck: true,
    until: ['ready', 'answerable'],
    onResponse: (r) => responses.push(r),
  });
  // The stylesheets and the icon the page links are the partner's, not the widget's.
  const partnerLinks = await page.evaluate(() => [...document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]')].map((l) => l.href));
  const widget = responses.filter((r) => r.request().resourceType() !== 'document' && !partnerLinks.includes(r.url()) && !isFavicon(r.url()));
  const failed = widget.filter((r) => !r.ok());
  if (failed.length) throw new Error(`bench: widget files failed to load: ${failed.map((r) => `${r.url()} ${r.status()}`).join(', ')}`);
  const manifest = await readFile(path.join(DIST_DIR, 'manifest.json'), 'utf8').then(JSON.parse, () => ({}));
  // The Wasm's later modules, fetched once the page is idle, are not part of the first download.
  const later = new Set((manifest.later ?? []).map((m) => m.file));
  const files = [];
  for (const r of widget) {
    const file = new URL(r.url()).pathname.slice(1);
    if (!later.has(file)) files.push(compressedSizes(file, await r.body()));
  }
  await context.close();
  // The build's own list of what a visitor downloads first, if it writes one, should agree with the browser.
  const listed = manifest.downloads;
  const seen = files.map((f) => f.file).sort();
  const disagreement = Array.isArray(listed) && JSON.stringify([...listed].sort()) !== JSON.stringify(seen)
    ? `manifest.json lists ${listed.join(', ')}; the browser downloaded ${seen.join(', ')}`
    : null;
  const total = totalOf(files);
  return { rule: DOWNLOAD_RULE, files, total, verdict: judgeDownload(total, await readLimits()), disagreement };
}

/** `LOADS` fresh loads of `url`: the widget in the DOM, lsc:ready, the first statement answerable. */
async function measureLoads(url, switchToCheck, view, mobile = false) {
  process.stderr.write(`bench: ${LOADS} loads of ${new URL(url).pathname}${mobile ? ', mobile-throttled' : ''}...\n`);
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, marks } = await load(url, { switchToCheck, until: ['rendered', 'ready', 'answerable'], mobile });
    samples.push(marks);
    await context.close();
  }
  const of = (key) => stats(samples.map((m) => m[key]));
  return { view, rendered: of('rendered'), ready: of('ready'), firstStatementAnswerable: of('answerable'), samples };
}

/**
 * The layout shift the widget causes: `LOADS` fresh loads of `url` with nothing clicked, the
 * page's cumulative layout shift once the widget is ready and has painted (two frames later).
 */
async function measureLayoutShift(url, loading) {
  process.stderr.write(`bench: ${LOADS} loads of ${new URL(url).pathname} for layout shift...\n`);
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await load(url, { switchToCheck: false, until: ['rendered', 'ready'] });
    samples.push(
      await page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        await frame();
        await frame();
        return window.__lscBench.layoutShift();
      }),
    );
    await context.close();
  }
  const round = (x) => Math.round(x * 10000) / 10000;
  const sorted = [...samples].sort((a, b) => a - b);
  return { loading, n: samples.length, median: round(sorted[Math.floor((sorted.length - 1) / 2)]), max: round(sorted.at(-1)), samples };
}

/** Wasm linear memory (every WebAssembly.Memory the page's instances export, in bytes) and JS heap, after a GC. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemories = await page.evaluate(() => window.__lscBench.wasmMemories());
  return { wasmMemories, wasmBytes: wasmMemories.reduce((a, b) => a + b, 0), jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize };
}

/** The full self-check answered on the demo page, then the tabs; memory before and after. */
async function measureFullCheck() {
  process.stderr.write('bench: the full self-check, then the tabs...\n');
  const { context, page } = await load(variantServer.url + 'bench-full.html', { switchToCheck: true, until: ['ready', 'answerable'] });
  const cdp = await context.newCDPSession(page);
  const atStart = await memory(page, cdp);
  const answers = [];
  const next = [];
  let statements = 0;
  for (let step = 0; step < FW.themes.length; step++) {
    const r = await page.evaluate(answerStep, { answersEach: ANSWERS_EACH });
    answers.push(...r.answers);
    next.push(r.next);
    statements += r.statements;
    if (r.summary) break;
  }
  // "See my results" on "Check your answers".
  await page.evaluate(() =>
    document.querySelector('leadership-self-check').shadowRoot.querySelector('.lsc-summary .lsc-button:not(.lsc-button--secondary)').click(),
  );
  await page.waitForFunction(() => document.querySelector('leadership-self-check').shadowRoot.querySelector('#lsc-results-heading') !== null);
  const onResults = await page.evaluate(() => document.querySelector('leadership-self-check').shadowRoot.querySelector('#lsc-results-heading') !== null);
  if (!onResults || statements !== STATEMENTS) {
    throw new Error(`bench: the full self-check did not end on its results after ${STATEMENTS} statements (answered ${statements})`);
  }
  const afterFullCheck = await memory(page, cdp);
  const toFramework = [];
  const toCheck = [];
  for (let i = 0; i < TAB_SWITCHES; i++) {
    toFramework.push(await page.evaluate(switchTab, { to: 'framework', themes: FW.themes.length }));
    toCheck.push(await page.evaluate(switchTab, { to: 'check', themes: FW.themes.length }));
  }
  await context.close();
  const both = (times) => ({ handled: stats(times.map((t) => t.handled)), frame: stats(times.map((t) => t.frame)) });
  return {
    interaction: { answer: both(answers), next: both(next), tabToFramework: both(toFramework), tabToSelfCheck: both(toCheck) },
    memory: { statements, atStart, afterFullCheck },
  };
}

async function measure() {
  const download = await measureDownload();
  const loads = {
    demoPage: await measureLoads(demoServer.url + 'index.html', true, 'both (the default: the framework tab first)'),
    selfCheckOnly: await measureLoads(variantServer.url + 'bench-self-check.html', false, 'self-check'),
    mobile: {
      ...(await measureLoads(compressingServer.url + 'index.html', true, 'both, mobile-throttled', true)),
      throttling: MOBILE,
      contentEncodings: compressingServer.encodings,
    },
  };
  const layoutShift = [
    await measureLayoutShift(demoServer.url + 'index.html', 'eager'),
    await measureLayoutShift(variantServer.url + 'bench-lazy.html', 'lazy'),
  ];
  const { interaction, memory } = await measureFullCheck();
  return { machine: await finishMachineRecord(browser.version()), download, loads, layoutShift, interaction, memory };
}
