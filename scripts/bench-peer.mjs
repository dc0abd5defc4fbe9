#!/usr/bin/env node
// @ts-check
// Issue #22's comparison with SurveyJS (scripts/bench runs it after bench.mjs):
//
//   node scripts/bench-peer.mjs [--loads 10] [--mobile-loads 5]
//
// In one run, in headless Chromium (the whole browser, with the browser tests' flags), fresh loads alternating
// between the widget and SurveyJS 2.5.38, both served by bench-mobile.mjs's compressing server
// (brotli quality 11) from one temporary folder:
//  - the widget: the demo page with view="self-check" (as bench.mjs's bench-self-check.html);
//    its first statement answerable, the loader's first-screen mark and lsc:ready;
//  - SurveyJS: bench/surveyjs.html, the widget's first step (the first theme's quick statements
//    from framework.json, the four-point scale as a radiogroup each) with survey-core and
//    survey-js-ui from node_modules; its first statement answerable.
// "Answerable" is bench-page.mjs's definition for both: the first radio in the DOM and enabled.
// --loads loads of each unthrottled, then --mobile-loads of each under Lighthouse's mobile
// throttling (bench-mobile.mjs); medians, min and max, the ratio widget / SurveyJS, and the
// compressed bytes each page load transferred (one untimed load each, which also fills the
// server's compression cache). Prints a table, writes target/bench-peer.json. Timings are
// printed, never judged; exits 1 if a page misbehaves (errors, third-party requests, a timeout),
// 2 on bad usage.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_VIEWPORT, DIST_DIR, REPO_ROOT, readFramework } from '../tests/browser/harness.mjs';
import { launchWholeChromium } from '../tests/browser/engines.mjs';
import { freshPage, isFavicon, loadUntil } from './bench-load.mjs';
import { MOBILE, startCompressingServer } from './bench-mobile.mjs';
import { instrumentPage, instrumentPeerPage } from './bench-page.mjs';
import { printTable, startMachineRecord, stats } from './bench-report.mjs';

const SURVEYJS_VERSION = '2.5.38';
// SurveyJS's production bundles and default theme; the fontless theme, as the default one loads
// Open Sans from fonts.gstatic.com (the widget uses the system font too).
const SURVEYJS_FILES = [
  ['survey-core', 'survey.core.min.js'],
  ['survey-js-ui', 'survey-js-ui.min.js'],
  ['survey-core', 'survey-core.fontless.min.css'],
];
const WIDGET_PAGE = 'bench-self-check.html';
const PEER_PAGE = 'surveyjs/surveyjs.html';

/** @type {{ [name: string]: string | undefined }} */
let values = {};
try {
  ({ values } = parseArgs({ options: { loads: { type: 'string', default: '10' }, 'mobile-loads': { type: 'string', default: '5' } } }));
} catch (err) {
  console.error(`${err instanceof Error ? err.message : err}\nUsage: node scripts/bench-peer.mjs [--loads 10] [--mobile-loads 5]`);
  process.exit(2);
}
/** @param {'loads' | 'mobile-loads'} name */
function positiveInt(name) {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number from 1, not ${values[name]}`);
    process.exit(2);
  }
  return n;
}
const LOADS = positiveInt('loads');
const MOBILE_LOADS = positiveInt('mobile-loads');

/**
 * The widget's first step as a SurveyJS survey: the first theme's quick statements, each a
 * radiogroup with the scale's four answers (values 0 to 3, as the widget's radios).
 * @param {any} fw framework.json
 */
function firstStep(fw) {
  const theme = fw.themes[0];
  const statements = theme.behaviours.filter((/** @type {any} */ b) => fw.self_check.quick.includes(b.id));
  return {
    title: fw.title,
    description: fw.self_check.question,
    pages: [{
      name: theme.id,
      title: theme.title,
      description: theme.tagline,
      elements: statements.map((/** @type {any} */ b) => ({
        type: 'radiogroup',
        name: b.id,
        title: b.text,
        choices: fw.self_check.scale.map((/** @type {string} */ text, /** @type {number} */ value) => ({ value, text })),
      })),
    }],
  };
}

/** The folder served: dist/, the widget's self-check page, and the peer with SurveyJS's files. */
async function prepareRoot() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lsc-bench-peer-'));
  // A copy, so that a rebuild of dist/ during the run changes nothing measured.
  await cp(DIST_DIR, root, { recursive: true });
  const demo = await readFile(path.join(root, 'index.html'), 'utf8');
  const element = '<leadership-self-check>';
  if (!demo.includes(element)) throw new Error(`bench: ${DIST_DIR}/index.html has no ${element} to configure`);
  await writeFile(path.join(root, WIDGET_PAGE), demo.replace(element, '<leadership-self-check view="self-check">'));
  const peer = path.join(root, 'surveyjs');
  await mkdir(peer);
  for (const [pkg, file] of SURVEYJS_FILES) {
    const version = JSON.parse(await readFile(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    if (version !== SURVEYJS_VERSION) throw new Error(`bench: node_modules/${pkg} is ${version}, not ${SURVEYJS_VERSION}: run npm ci`);
    await cp(path.join(REPO_ROOT, 'node_modules', pkg, file), path.join(peer, file));
  }
  for (const file of ['surveyjs.html', 'surveyjs.js']) await cp(path.join(REPO_ROOT, 'bench', file), path.join(peer, file));
  await writeFile(path.join(peer, 'first-step.js'), `window.benchFirstStep = ${JSON.stringify(firstStep(readFramework()))};\n`);
  return root;
}

/**
 * A fresh context and page (empty cache), instrumented, navigated to `url`; resolves once the
 * page's marks include every one of `until`. Fails on page errors, console errors, lsc:error or
 * any third-party request.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ widget: boolean, until: string[], mobile?: boolean }} options
 */
async function load(browser, url, { widget, until, mobile = false }) {
  const { context, page, problems } = await freshPage(browser, url, { mobile });
  if (widget) await page.addInitScript(instrumentPage, { switchToCheck: false });
  else await page.addInitScript(instrumentPeerPage, { container: 'survey' });
  const marks = await loadUntil(page, url, until, problems);
  if (!marks || marks.error || problems.length) {
    await context.close();
    throw new Error(`bench: ${url}: ${marks?.error ? `lsc:error ${marks.error}` : 'failed'}; marks ${JSON.stringify(marks)}; ${problems.join('; ') || 'no errors recorded'}`);
  }
  return { context, page, marks };
}

const WIDGET_UNTIL = ['firstScreen', 'answerable', 'ready'];
const PEER_UNTIL = ['answerable'];

/**
 * The compressed bytes one load of `url` transferred, response bodies as received, without the
 * page's own document, the stylesheets and icons the widget's partner page links (the partner's),
 * and Chromium's own favicon request.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {boolean} widget
 */
async function transferred(browser, url, widget) {
  /** @type {import('playwright-core').Response[]} */
  const responses = [];
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('response', (r) => responses.push(r));
  if (widget) await page.addInitScript(instrumentPage, { switchToCheck: false });
  else await page.addInitScript(instrumentPeerPage, { container: 'survey' });
  await page.goto(url);
  // @ts-ignore: __lscBench is the instrumentation's.
  await page.waitForFunction((names) => names.every((n) => n in window.__lscBench.marks), widget ? WIDGET_UNTIL : PEER_UNTIL, { timeout: 120_000 });
  // Anything fetched after the marks (later modules, fonts) belongs to the load too.
  await page.waitForLoadState('networkidle');
  const partnerLinks = widget
    ? await page.evaluate(() => [...document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]')].map((l) => /** @type {HTMLLinkElement} */ (l).href))
    : [];
  const files = [];
  for (const r of responses) {
    if (r.request().resourceType() === 'document' || partnerLinks.includes(r.url()) || isFavicon(r.url())) continue;
    if (!r.ok()) throw new Error(`bench: ${r.url()}: ${r.status()}`);
    const { responseBodySize } = await r.request().sizes();
    files.push({ file: new URL(r.url()).pathname.slice(1), encoding: r.headers()['content-encoding'] ?? 'none', bytes: responseBodySize });
  }
  await context.close();
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/**
 * `n` rounds of one widget load then one SurveyJS load, each fresh; the marks of every load.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {number} n
 * @param {boolean} mobile
 */
async function alternate(browser, base, n, mobile) {
  process.stderr.write(`bench: ${n} loads each of the widget and SurveyJS, alternating${mobile ? ', mobile-throttled' : ''}...\n`);
  /** @type {Record<string, number>[]} */
  const widget = [];
  /** @type {Record<string, number>[]} */
  const surveyjs = [];
  for (let i = 0; i < n; i++) {
    for (const [isWidget, samples] of /** @type {const} */ ([[true, widget], [false, surveyjs]])) {
      const { context, marks } = await load(browser, base + (isWidget ? WIDGET_PAGE : PEER_PAGE), { widget: isWidget, until: isWidget ? WIDGET_UNTIL : PEER_UNTIL, mobile });
      samples.push(marks);
      await context.close();
    }
  }
  const of = (/** @type {Record<string, number>[]} */ samples, /** @type {string} */ key) => stats(samples.map((m) => m[key]));
  const w = { firstScreen: of(widget, 'firstScreen'), answerable: of(widget, 'answerable'), ready: of(widget, 'ready') };
  const s = { answerable: of(surveyjs, 'answerable') };
  return { widget: w, surveyjs: s, ratio: Math.round((w.answerable.median / s.answerable.median) * 100) / 100, samples: { widget, surveyjs } };
}

const finishMachineRecord = startMachineRecord(REPO_ROOT);
const root = await prepareRoot();
let server, browser, result;
try {
  server = await startCompressingServer(root);
  // Chromium here (bench-mobile.mjs's throttling is Chromium's): a Playwright Browser.
  browser = /** @type {import('playwright-core').Browser} */ (await launchWholeChromium());
  process.stderr.write('bench: one untimed load of each, for the bytes...\n');
  const bytes = {
    widget: await transferred(browser, server.url + WIDGET_PAGE, true),
    surveyjs: await transferred(browser, server.url + PEER_PAGE, false),
  };
  const unthrottled = await alternate(browser, server.url, LOADS, false);
  const mobile = await alternate(browser, server.url, MOBILE_LOADS, true);
  result = {
    machine: await finishMachineRecord(browser.version()),
    surveyjs: SURVEYJS_VERSION,
    pages: { widget: WIDGET_PAGE, surveyjs: PEER_PAGE },
    contentEncodings: server.encodings,
    bytes,
    unthrottled,
    mobile: { ...mobile, throttling: MOBILE },
  };
} finally {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
}

await mkdir(path.join(REPO_ROOT, 'target'), { recursive: true });
await writeFile(path.join(REPO_ROOT, 'target', 'bench-peer.json'), JSON.stringify(result, null, 2) + '\n');

const m = result.machine;
console.log(`\nSurveyJS comparison (issue #22) of ${m.commit}, ${m.date}; ${m.cpus} CPUs (${m.cpuModel}), Chromium ${m.chromium}`);
console.log(`Load average (1, 5, 15 min) before: ${m.loadAverage.before.join(', ')}; after: ${m.loadAverage.after.join(', ')}`);
const served = Object.entries(result.contentEncodings).map(([e, n]) => `${n} responses ${e}`).join(', ');
const t = MOBILE;
const range = (/** @type {{ min: number, max: number }} */ s) => `${s.min}–${s.max}`;
const none = ['', '', ''];
/**
 * @param {string} label
 * @param {ReturnType<typeof stats>} w
 * @param {ReturnType<typeof stats>} [s]
 */
const row = (label, w, s) => [label, String(w.n), String(w.median), range(w), ...(s ? [String(s.median), range(s), String(Math.round((w.median / s.median) * 100) / 100)] : none)];
const u = result.unthrottled;
const mo = result.mobile;
printTable(
  `Widget (${WIDGET_PAGE}) and SurveyJS ${SURVEYJS_VERSION} (${PEER_PAGE}), fresh loads alternating, served compressed (${served}), ms from navigation start; mobile: ${t.latencyMs} ms round trip, ${t.downloadKbps / 1024} Mbps down, CPU ${t.cpuSlowdown}x slower`,
  ['', 'n', 'widget median', 'min–max', 'SurveyJS median', 'min–max', 'widget / SurveyJS'],
  [
    row('first statement answerable, unthrottled', u.widget.answerable, u.surveyjs.answerable),
    row('  widget: first screen shown (loader mark)', u.widget.firstScreen),
    row('  widget: lsc:ready', u.widget.ready),
    row('first statement answerable, mobile', mo.widget.answerable, mo.surveyjs.answerable),
    row('  widget: first screen shown (loader mark)', mo.widget.firstScreen),
    row('  widget: lsc:ready', mo.widget.ready),
    ['bytes transferred, compressed (one load)', '1', String(result.bytes.widget.bytes), '', String(result.bytes.surveyjs.bytes), '', String(Math.round((result.bytes.widget.bytes / result.bytes.surveyjs.bytes) * 100) / 100)],
  ],
);
for (const [who, b] of Object.entries(result.bytes)) console.log(`${who}: ${b.files.map((f) => `${f.file} ${f.bytes} B ${f.encoding}`).join(', ')}`);
console.log('\nWritten: target/bench-peer.json. Timings are printed, not judged (the machine may be busy: see the load average).');
