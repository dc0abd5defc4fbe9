#!/usr/bin/env node
// The inner loop (run by scripts/dev): builds the development widget (scripts/build --dev, into
// target/dev/), serves it with the demo pages, and builds it again whenever a file it is made of
// changes. Reload the page to see the change; a build that fails leaves the last good one served.
//
//   node scripts/dev.mjs [--port 8080]
//
// Changes are found by looking at the files' modification times twice a second (no watcher to
// install; a few hundred files cost nothing to look at).

import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// What the widget, its loader and its demo pages are made of (core/tests and core/src/bin are not).
const WATCHED = ['src', 'core/src', 'www', 'framework.json', 'build.rs', 'Cargo.toml', 'core/Cargo.toml'];
const IGNORED = /(^|\/)core\/src\/bin\/|(~|\.swp|\.tmp)$/;

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8080' } } });

/** Path -> modification time of every watched file. */
function snapshot() {
  const times = new Map();
  for (const entry of WATCHED) {
    const full = path.join(ROOT, entry);
    const files = statSync(full, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(full, { recursive: true }).map((f) => path.join(entry, f))
      : [entry];
    for (const file of files) {
      if (IGNORED.test(file)) continue;
      const info = statSync(path.join(ROOT, file), { throwIfNoEntry: false });
      if (info?.isFile()) times.set(file, info.mtimeMs);
    }
  }
  return times;
}

/** The files added, removed or changed between two snapshots. */
function changed(before, after) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((f) => before.get(f) !== after.get(f));
}

function build() {
  const started = performance.now();
  return new Promise((resolve) => {
    spawn(path.join(ROOT, 'scripts/build'), ['--dev'], { cwd: ROOT, stdio: 'inherit' }).on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(code === 0 ? `\nBuilt in ${seconds} s: reload the page.` : `\nThe build failed (${seconds} s): still serving the last good one.`);
      resolve(code === 0);
    });
  });
}

let seen = snapshot();
if (!(await build())) console.log('Fix the error and save: the build runs again.');
const server = await startServer({ root: path.join(ROOT, 'target/dev'), port: Number(values.port) }).catch((err) => {
  console.error(`${err.message}\nNo development build to serve yet: fix the error above and run scripts/dev again.`);
  process.exit(1);
});
console.log(`Serving the development build (target/dev/) at ${server.url}`);
console.log(`  demo partner page:       ${server.url}index.html`);
console.log(`  configurator:            ${server.url}embed.html`);
console.log(`  under a strict CSP:      ${server.url}strict-csp.html`);
console.log(`Watching ${WATCHED.join(', ')}; Ctrl-C stops.`);

// One build at a time; changes made during a build are picked up by the next look.
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const now = snapshot();
  const files = changed(seen, now);
  if (files.length === 0) continue;
  seen = now;
  console.log(`\nChanged: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''}`);
  await build();
}
