// What a visitor downloads, compressed as a host would serve it, and the limits in budgets.json.
// Shared by scripts/size.mjs (the files in a built folder) and scripts/bench.mjs (the responses
// a browser received), so that both count, print and judge bytes the same way.

import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const KB = 1000;

/** `{ file, raw, gzip, brotli }` in bytes for one file's contents: gzip -9 and brotli -q 11. */
export function compressedSizes(file, data) {
  return {
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

/** The row 'TOTAL' summing `rows`. */
export function totalOf(rows) {
  return rows.reduce(
    (t, r) => ({ file: 'TOTAL', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: 'TOTAL', raw: 0, gzip: 0, brotli: 0 },
  );
}

export const fmtBytes = (bytes) => `${bytes} B (${(bytes / KB).toFixed(1)} KB)`;

/**
 * The table as cells plus how to print them: `header` (cells), `table` (one row of cells per
 * file, then the total's), `line(cells)` (one aligned line) and `rule` (a separator line).
 */
export function sizeTable(rows, total = totalOf(rows)) {
  const header = ['file', 'raw', 'gzip -9', 'brotli -q 11'];
  const table = [...rows, total].map((r) => [r.file, fmtBytes(r.raw), fmtBytes(r.gzip), fmtBytes(r.brotli)]);
  return { header, table, ...columns(header, table) };
}

/**
 * For a plain-text table of strings: `line(cells)` pads each column to its widest cell (the first
 * column left-aligned, the others right-aligned), and `rule` is a line of dashes under each.
 */
export function columns(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return { line, rule };
}

/** The table's lines: the header, a rule, one line per file, a rule, the total. */
export function sizeTableLines(rows, total = totalOf(rows)) {
  const { header, table, line, rule } = sizeTable(rows, total);
  return [line(header), rule, ...table.slice(0, -1).map(line), rule, line(table.at(-1))];
}

/** `{ budget, ceiling }` for the first download: brotli (quality 11) bytes, from budgets.json. */
export async function readLimits() {
  const budgets = JSON.parse(await readFile(new URL('../budgets.json', import.meta.url), 'utf8'));
  return budgets.first_download_brotli_bytes;
}

/**
 * How a download's brotli total (what browsers receive from HTTPS servers and CDNs) compares
 * with the limits: `{ exceeded: null | 'budget' | 'ceiling', message }`. Over the budget is
 * reported; over the ceiling fails the caller. gzip is printed by the callers, not judged.
 */
export function judgeDownload({ brotli }, { budget, ceiling }) {
  if (brotli > ceiling) {
    return {
      exceeded: 'ceiling',
      message: `OVER THE CEILING: brotli total ${fmtBytes(brotli)} exceeds the ceiling of ${fmtBytes(ceiling)} (budgets.json; raise it only with the figure and the reason in BENCHMARKS.md).`,
    };
  }
  if (brotli > budget) {
    return {
      exceeded: 'budget',
      message: `OVER BUDGET: brotli total ${fmtBytes(brotli)} exceeds the budget of ${fmtBytes(budget)} by ${fmtBytes(brotli - budget)} (under the ceiling of ${fmtBytes(ceiling)}; budgets.json).`,
    };
  }
  return {
    exceeded: null,
    message: `UNDER BUDGET: brotli total ${fmtBytes(brotli)} is within the budget of ${fmtBytes(budget)} by ${fmtBytes(budget - brotli)}.`,
  };
}
