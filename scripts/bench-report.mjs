// The benchmark's statistics, the machine it ran on, and its printed report.

import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { columns, sizeTableLines } from './download-size.mjs';

/**
 * n, median, p90, p95, min and max of `samples` (ms, rounded to 0.1). Percentiles are
 * nearest-rank: the smallest sample with at least p% of the samples at or below it.
 */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (p) => s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
  const round = (x) => Math.round(x * 10) / 10;
  return { n: s.length, median: round(rank(50)), p90: round(rank(90)), p95: round(rank(95)), min: round(s[0]), max: round(s.at(-1)) };
}

const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** Call before measuring; the returned function describes the machine once done. */
export function startMachineRecord(repoRoot) {
  const date = new Date().toISOString();
  const before = loadAverage();
  return async (chromium) => {
    const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
    let commit = 'unknown';
    try {
      const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
      commit = git('rev-parse', '--short', 'HEAD');
      if (git('status', '--porcelain', '--untracked-files=no')) commit += ' (with uncommitted changes)';
    } catch {
      // Not a git checkout: the figures still stand, without a commit.
    }
    return {
      date,
      commit,
      cpus: os.availableParallelism(),
      cpuModel: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      chromium,
      node: process.version,
      loadAverage: { before, after: loadAverage() },
    };
  };
}

const mib = (b) => `${(b / 2 ** 20).toFixed(2)} MiB`;

export function printTable(title, header, rows) {
  const { line, rule } = columns(header, rows);
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(rule);
  for (const r of rows) console.log(line(r));
}

const statRow = (label, s, cols) => [label, String(s.n), ...cols.map((c) => String(s[c]))];

/** Prints the result written to target/bench.json as tables. */
export function printReport({ machine, download, loads, layoutShift, interaction, memory }) {
  const m = machine;
  console.log(`Benchmark of ${m.commit}, ${m.date}`);
  console.log(`Machine: ${m.cpus} CPUs (${m.cpuModel}), ${mib(m.memoryBytes)} memory, Chromium ${m.chromium}, Node ${m.node}`);
  console.log(`Load average (1, 5, 15 min) before: ${m.loadAverage.before.join(', ')}; after: ${m.loadAverage.after.join(', ')}`);

  console.log(`\nDownload: ${download.rule} (1 KB = 1000 bytes)`);
  for (const l of sizeTableLines(download.files, download.total)) console.log(l);
  if (download.disagreement) console.log(`NOTE: ${download.disagreement}.`);

  const loadCols = ['median', 'min', 'max', 'p90'];
  const { demoPage: d, selfCheckOnly: c } = loads;
  printTable(`Page load, ms from navigation start (${d.ready.n} fresh loads each: new context, empty cache)`, ['demo page', 'n', ...loadCols], [
    statRow('widget in the DOM (its first render)', d.rendered, loadCols),
    statRow('lsc:ready', d.ready, loadCols),
    statRow('first statement answerable (Self-check tab clicked at lsc:ready)', d.firstStatementAnswerable, loadCols),
    statRow('view="self-check": lsc:ready', c.ready, loadCols),
    statRow('view="self-check": first statement answerable', c.firstStatementAnswerable, loadCols),
  ]);

  const mo = loads.mobile;
  const t = mo.throttling;
  const served = Object.entries(mo.contentEncodings).map(([e, n]) => `${n} responses ${e}`).join(', ');
  printTable(
    `Page load under mobile throttling (${t.latencyMs} ms round trip, ${t.downloadKbps / 1024} Mbps down, ${t.uploadKbps} kbps up, CPU ${t.cpuSlowdown}x slower), ms from navigation start, ${mo.ready.n} fresh loads, served compressed (${served || 'uncompressed'})`,
    ['demo page, mobile', 'n', ...loadCols],
    [
      statRow('lsc:ready', mo.ready, loadCols),
      statRow('first statement answerable (Self-check tab clicked at lsc:ready)', mo.firstStatementAnswerable, loadCols),
    ],
  );

  printTable(
    'Cumulative layout shift on the demo page, until the widget is ready and painted (aim: 0)',
    ['loading', 'n', 'median', 'max'],
    layoutShift.map((l) => [`loading="${l.loading}"`, String(l.n), String(l.median), String(l.max)]),
  );

  const clickCols = ['median', 'p95', 'max'];
  const i = interaction;
  printTable('Interaction, ms from a dispatched click ("handled": its DOM updates and effects done; "frame": the next animation frame)', ['click', 'n', ...clickCols], [
    statRow('answer -> handled (radio checked, re-rendered, saved)', i.answer.handled, clickCols),
    statRow('answer -> frame', i.answer.frame, clickCols),
    statRow('Next -> next step (or the summary) in the DOM', i.next.handled, clickCols),
    statRow('Framework tab -> explorer rendered', i.tabToFramework.handled, clickCols),
    statRow('Framework tab -> frame', i.tabToFramework.frame, clickCols),
    statRow('Self-check tab -> self-check (results) rendered', i.tabToSelfCheck.handled, clickCols),
  ]);

  const memRow = (label, x) => [label, mib(x.wasmBytes), mib(x.jsHeapUsed), mib(x.jsHeapTotal)];
  printTable('Memory after a forced garbage collection (JS heap: the whole page, the partner page too)', ['full mode, on the demo page', 'Wasm linear memory', 'JS heap used', 'JS heap total'], [
    memRow('self-check open, no answers yet', memory.atStart),
    memRow(`after the full self-check (${memory.statements} statements)`, memory.afterFullCheck),
  ]);
}
