#!/usr/bin/env node
// Report what a visitor downloads for the widget, and enforce a size budget.
//
//   node scripts/size.mjs dist [--exclude name ...]
//
// Limits come from budgets.json (bytes, brotli quality 11 total, as browsers download it):
// `budget` is the product's target, reported as over or under; `ceiling` guards against growth
// nobody decided and fails. gzip -9 is printed, not judged. (BENCHMARKS.md, "Download size".)
//
// Judges the first download: the files listed under `downloads` in the folder's manifest.json
// (written by scripts/package.mjs: the loader and the Wasm's first module). The Wasm's later
// modules (`later`, fetched after the first screen) are printed with the whole release's total,
// not judged. Without a manifest it counts every
// .js/.mjs/.wasm/.css/.json file under the folder (recursively), leaving out demo/test pages
// (*.html) and the mock partner page's own stylesheet, which are not part of the widget.
// Exit codes: 0 within limits, 1 over a limit / no .wasm / bad folder, 2 usage.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compressedSizes, judgeDownload, readLimits, sizeTable, totalOf } from './download-size.mjs';

const WIDGET_EXTENSIONS = new Set(['.js', '.mjs', '.wasm', '.css', '.json']);
// Files that sit in dist/ but belong to the demo page or to packaging,
// never to what a partner's visitors load. Extend with --exclude.
const DEFAULT_EXCLUDES = ['partner.css', 'package.json'];

function usage(message) {
  console.error(`${message}\nUsage: node scripts/size.mjs <folder> [--exclude name ...]`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      exclude: { type: 'string', multiple: true, default: [] },
    },
  });
} catch (err) {
  usage(err.message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usage('Expected exactly one folder.');
const limits = await readLimits();

const root = path.resolve(positionals[0]);
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`size: folder not found: ${positionals[0]}`);
  process.exit(1);
}

const excludes = new Set([...DEFAULT_EXCLUDES, ...values.exclude]);
const manifest = await readFile(path.join(root, 'manifest.json'), 'utf8').then(JSON.parse, () => null);
const entries = await readdir(root, { recursive: true, withFileTypes: true });
const files = manifest?.downloads ?? entries
  .filter((e) => e.isFile() && WIDGET_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
  .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((rel) => !excludes.has(rel) && !excludes.has(path.posix.basename(rel)))
  .sort();

if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error(`size: no .wasm file in ${positionals[0]}: build the widget first (scripts/build).`);
  process.exit(1);
}

async function sizes(list) {
  const rows = [];
  for (const rel of list) {
    const data = await readFile(path.join(root, rel)).catch(() => null);
    if (!data) {
      console.error(`size: ${rel}, listed in ${positionals[0]}/manifest.json, is missing: build the widget again (scripts/build).`);
      process.exit(1);
    }
    rows.push(compressedSizes(rel, data));
  }
  return rows;
}
const rows = await sizes(files);
const total = totalOf(rows);
const verdict = judgeDownload(total, limits);
const { header, table, line, rule } = sizeTable(rows, total);

const counted = manifest ? 'the first download: the downloads listed in manifest.json' : `html pages and ${[...excludes].join(', ')} excluded`;
console.log(`Widget download size for ${positionals[0]} (1 KB = 1000 bytes; ${counted})`);
console.log(line(header));
console.log(rule);
for (const row of table.slice(0, -1)) console.log(line(row));
console.log(rule);
console.log(line(table.at(-1)));

if (manifest?.later?.length) {
  const later = await sizes(manifest.later.map((m) => m.file));
  const whole = sizeTable([...rows, ...later], { ...totalOf([...rows, ...later]), file: 'WHOLE RELEASE' });
  console.log(`\nThe Wasm's later modules, fetched after the first screen (not judged)`);
  for (const row of whole.table.slice(rows.length, -1)) console.log(line(row));
  console.log(rule);
  console.log(line(whole.table.at(-1)));
}

if (verdict.exceeded === 'ceiling') {
  console.error(`size: ${verdict.message}`);
  process.exit(1);
}
console.log(`size: ${verdict.message}${verdict.exceeded ? ' See BENCHMARKS.md, "Download size".' : ''}`);
