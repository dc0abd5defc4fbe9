#!/usr/bin/env node
// The screen-reader tests: Orca 43 (Debian's `orca`) reading Firefox ESR through AT-SPI, on a
// headless X display, driven by real key presses. Each flow in flows.mjs is a key plan and what a
// visitor must hear on the way, asserted by pattern, not by whole transcripts.
//
//   node tests/screen-reader/run.mjs                 every flow
//   node tests/screen-reader/run.mjs explorer check  the flows whose names start so (a flow that
//                                                    carries on from another runs that one too)
//   LSC_DIST=dist-other node tests/screen-reader/run.mjs      another build than dist/
//   node tests/screen-reader/run.mjs --docs          also rewrites ACCESSIBILITY.md's transcripts
//
// It installs what it needs (Debian packages), serves the built widget with scripts/serve.mjs,
// starts Xvfb, a session bus, Orca and Firefox (desktop.mjs) and stops all of them by PID. A
// run that never started (Orca or Firefox not up) is tried once more; a failed assertion never
// is. What Orca said, flow by flow, goes to target/screen-reader/transcripts.md. Ends with the
// line "N passed, N failed" and exits non-zero when any assertion failed.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { heard, press, startDesktop, stopDesktop } from './desktop.mjs';
import { BEFORE_LINK, FLOWS, READY_PATH, pageHtml, READY_SCRIPT } from './flows.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DIST = path.resolve(ROOT, process.env.LSC_DIST || 'dist');
const OUT = path.join(ROOT, 'target/screen-reader');
const TRANSCRIPTS = path.join(OUT, 'transcripts.md');
const DOC = path.join(ROOT, 'ACCESSIBILITY.md');
const DOC_START = '<!-- screen-reader transcripts: written by tests/screen-reader/run.mjs --docs -->';
const DOC_END = '<!-- end of screen-reader transcripts -->';

// The Debian packages, each with a file it installs (the same list scripts/setup --test reads).
const PACKAGES = readFileSync(path.join(HERE, 'packages'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.trim().split(/\s+/));
// Watched before and after: the run must leave none of these more than it found.
const WATCHED = ['orca', 'Xvfb', 'firefox-esr', 'at-spi-bus-launcher', 'at-spi2-registryd', 'dbus-daemon'];

const args = process.argv.slice(2);
const writeDocs = args.includes('--docs');
const wanted = args.filter((a) => !a.startsWith('--'));

function install() {
  const missing = PACKAGES.filter(([, file]) => !existsSync(file)).map(([p]) => p);
  if (!missing.length) return;
  console.log(`==> Installing Debian's ${missing.join(' ')} for the screen-reader tests`);
  const root = process.getuid() === 0 ? [] : ['sudo'];
  const run = (cmd) => execFileSync(root[0] ?? cmd[0], root.length ? cmd : cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

const version = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return 'not installed';
  }
};

/** The PIDs of the watched programs now running (pgrep). */
function running() {
  const out = new Map();
  for (const name of WATCHED) {
    try {
      for (const pid of execFileSync('pgrep', ['-x', name.slice(0, 15)], { encoding: 'utf8' }).trim().split('\n')) {
        // A process that has ended but is not yet reaped (a zombie) is not running.
        let stat = '';
        try {
          stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        } catch {
          // ended meanwhile
        }
        if (/^\d+ \(.*\) [^Z]/.test(stat)) out.set(pid, name);
      }
    } catch {
      // none
    }
  }
  return out;
}

/** The flows asked for, with the flows they carry on from. */
function chosenFlows() {
  if (!wanted.length) return FLOWS;
  const names = new Set();
  const add = (flow) => {
    if (flow.after) add(FLOWS.find((f) => f.name === flow.after));
    names.add(flow.name);
  };
  for (const w of wanted) {
    const matches = FLOWS.filter((f) => f.name.startsWith(w));
    if (!matches.length) throw new Error(`no flow named ${w}…; flows: ${FLOWS.map((f) => f.name).join(', ')}`);
    matches.forEach(add);
  }
  return FLOWS.filter((f) => names.has(f.name));
}

/** A folder served to Firefox: dist's files (linked) and one page per flow, plus the readiness script. */
function makeSite(flows) {
  if (!existsSync(path.join(DIST, 'embed.js'))) throw new Error(`no built widget in ${DIST} (run scripts/build)`);
  const site = mkdtempSync(path.join(os.tmpdir(), 'lsc-sr-site-'));
  for (const entry of readdirSync(DIST)) symlinkSync(path.join(DIST, entry), path.join(site, entry));
  writeFileSync(path.join(site, 'sr-ready.js'), READY_SCRIPT);
  writeFileSync(path.join(site, 'sr-start.html'), '<!doctype html><html lang="en"><title>Screen-reader tests</title><p>Starting.</p></html>\n');
  for (const flow of flows) if (flow.page) writeFileSync(path.join(site, `sr-${flow.name}.html`), pageHtml(flow));
  return site;
}

const show = (u) => u.join(' | ');
// How long a step may wait for what it must hear, unless it says (`wait`).
const HEAR_WAIT_MS = 10_000;
const OTHER_ORCA_WAIT_MS = 8 * 60_000;

// Orca's key with A toggles browse and focus mode, and Orca says which it is now.
const TOGGLE_MODE = 'Insert+a';
const MODE_SAID = /^(Browse|Focus) mode$/;

/**
 * Toggles Orca's mode until it says `mode` ("Focus mode" or "Browse mode"); returns what was
 * heard, and whether Orca said it. Twice is enough from either mode; a third press covers a
 * switch Orca made on its own between them.
 */
async function setMode(desk, mode) {
  // What the last step still had to say (Orca switching on its own, late) is not this press's answer.
  await press(desk, null, { minMs: 300 });
  const said = heard(desk);
  for (let i = 0; i < 3; i++) {
    const from = said.length;
    await press(desk, TOGGLE_MODE);
    const until = Date.now() + HEAR_WAIT_MS;
    let now;
    while (!now && Date.now() < until) {
      said.push(...heard(desk));
      now = said.slice(from).map((u) => u.trim()).filter((u) => MODE_SAID.test(u)).pop();
      if (!now) await new Promise((r) => setTimeout(r, 200));
    }
    if (now === mode) return { said, set: true };
  }
  return { said, set: false };
}

/** Runs one flow's plan; returns its transcript and assertion results. */
async function runFlow(desk, flow, base, ready) {
  const results = [];
  const steps = [];
  if (flow.page) {
    ready.clear();
    const url = `${base}sr-${flow.name}.html${flow.page.hash ?? ''}`;
    await press(desk, 'ctrl+l');
    await press(desk, { type: url }, { minMs: 200 });
    await press(desk, 'Return', { minMs: 200, maxMs: 1000 });
    const until = Date.now() + 30_000;
    while (!ready.has(`sr-${flow.name}.html`) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (!ready.has(`sr-${flow.name}.html`)) {
      results.push({ name: `${flow.name}: the page and its widget load`, ok: false, detail: 'the widget never reported ready' });
      return { steps, results };
    }
    // Tab from the top of the page to the link before the widget.
    await press(desk, null, { minMs: 300 });
    heard(desk);
    for (let i = 0; i < 3 && !heard(desk).some((u) => u.includes(BEFORE_LINK)); i++) await press(desk, 'Tab');
  }
  for (const step of flow.steps) {
    const said = [];
    for (const key of step.keys) {
      if (key.mode) {
        const mode = await setMode(desk, key.mode);
        said.push(...mode.said);
        if (!mode.set) results.push({ name: `${flow.name} › ${step.label}: Orca says "${key.mode}"`, ok: false, detail: show(mode.said) });
      } else {
        await press(desk, key, step.pace);
        said.push(...heard(desk));
      }
    }
    // Speech can lag behind a key on a busy machine: wait (a while) for what must be heard
    // before the next key, so that it is not counted with the next step.
    const until = Date.now() + (step.wait ?? HEAR_WAIT_MS);
    while ((step.hear ?? []).some((re) => !re.test(said.join('\n'))) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200));
      said.push(...heard(desk));
    }
    steps.push({ label: step.label, keys: step.keys, said });
    const text = said.join('\n');
    for (const re of step.hear ?? []) {
      results.push({ name: `${flow.name} › ${step.label}: hears ${re}`, ok: re.test(text), detail: show(said) });
    }
    for (const re of step.never ?? []) {
      results.push({ name: `${flow.name} › ${step.label}: never hears ${re}`, ok: !re.test(text), detail: show(said) });
    }
    for (const [re, n] of step.count ?? []) {
      const found = said.filter((u) => re.test(u.trim())).length;
      results.push({ name: `${flow.name} › ${step.label}: hears ${re} ${n} time(s)`, ok: found === n, detail: `${found} time(s): ${show(said)}` });
    }
  }
  return { steps, results };
}

/** What was heard, flow by flow, step by step; with `abridged`, a long step (a say-all) keeps its start and end. */
function transcriptMarkdown(runs, { abridged = false } = {}) {
  const keyName = (k) => (typeof k === 'string' ? k : k.mode ? `${TOGGLE_MODE} until ${k.mode}` : `type "${k.type}"`);
  const quote = (list) => list.map((u) => `“${u.trim()}”`).filter((u) => u !== '“”').join(' ');
  const lines = [];
  for (const { flow, steps } of runs) {
    lines.push(`### ${flow.title}`, '', flow.about, '');
    for (const s of steps) {
      const said =
        abridged && s.said.length > 60
          ? `${quote(s.said.slice(0, 40))} … (${s.said.length - 55} more) … ${quote(s.said.slice(-15))}`
          : quote(s.said);
      lines.push(`- **${s.label}** (${s.keys.map(keyName).join(', ')}): ${said || '(silence)'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  install();
  const flows = chosenFlows();
  let waited = false;
  // Orca will not start beside another Orca of the same user (another run of these tests on
  // this machine): wait for that one to end, for as long as a whole run takes.
  for (const until = Date.now() + OTHER_ORCA_WAIT_MS; [...running().values()].includes('orca') && Date.now() < until; ) {
    if (!waited) console.log('Another Orca is running (another screen-reader run?): waiting for it to end.');
    waited = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
  const before = running();
  const site = makeSite(flows);
  const ready = new Set();
  const server = await startServer({ root: site });
  server.server.on('request', (req) => {
    const u = new URL(req.url, server.url);
    if (u.pathname === READY_PATH) ready.add(u.searchParams.get('page'));
  });
  console.log(`Screen-reader tests: Orca ${version('orca')} reading Firefox ESR ${version('firefox-esr')}, ${flows.length} flows`);

  let desk;
  let dir;
  // Interrupted: stop what was started before leaving.
  const interrupted = async () => {
    if (desk) await stopDesktop(desk);
    await server.close();
    rmSync(site, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const runs = [];
  let stopped = { stopped: [], left: [] };
  try {
    for (let attempt = 1; attempt <= 2 && !desk; attempt++) {
      dir = mkdtempSync(path.join(os.tmpdir(), 'lsc-sr-desk-'));
      try {
        desk = await startDesktop({ dir, url: `${server.url}sr-start.html` });
      } catch (err) {
        if (!err.notStarted || attempt === 2) throw err;
        console.log(`The run never started (${err.message}); trying once more.`);
      }
    }
    for (const flow of flows) {
      const t = Date.now();
      const run = await runFlow(desk, flow, server.url, ready);
      runs.push({ flow, ...run });
      const failed = run.results.filter((r) => !r.ok).length;
      console.log(`${failed ? '✖' : '✔'} ${flow.title} (${run.results.length - failed}/${run.results.length}, ${((Date.now() - t) / 1000).toFixed(1)} s)`);
      for (const r of run.results.filter((r) => !r.ok)) console.log(`    ✖ ${r.name}\n      heard: ${r.detail}`);
    }
  } finally {
    if (desk) stopped = await stopDesktop(desk);
    if (dir) {
      // Orca's whole debug log is kept beside the transcripts, for working out what went wrong.
      mkdirSync(OUT, { recursive: true });
      if (existsSync(path.join(dir, 'orca-debug.log'))) copyFileSync(path.join(dir, 'orca-debug.log'), path.join(OUT, 'orca-debug.log'));
      rmSync(dir, { recursive: true, force: true });
    }
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }

  // Nothing of ours is left: none of the processes started carries on (desktop.mjs finds them by
  // a marker in their environment), and pgrep finds none of the watched programs that was not
  // running before, unless it belongs to another run on this machine (no marker).
  const results = runs.flatMap((r) => r.results);
  const ours = new Set(stopped.stopped.concat(stopped.left).map((p) => String(p.pid)));
  const appeared = [...running()].filter(([pid]) => !before.has(pid));
  if (stopped.stopped.length) console.log(`Stopped by PID after the rest: ${stopped.stopped.map((p) => `${p.pid} ${p.command.slice(0, 60)}`).join('; ')}`);
  const others = appeared.filter(([pid]) => !ours.has(pid));
  if (others.length) console.log(`Running now and not before, not started by this run: ${others.map(([pid, name]) => `${pid} ${name}`).join(', ')}`);
  results.push({
    name: 'nothing the run started is left running',
    ok: stopped.left.length === 0,
    detail: stopped.left.map((l) => `${l.pid} ${l.command}`).join('; '),
  });
  if (!results.at(-1).ok) console.log(`✖ ${results.at(-1).name}: ${results.at(-1).detail}`);

  mkdirSync(OUT, { recursive: true });
  const md = transcriptMarkdown(runs);
  writeFileSync(TRANSCRIPTS, md);
  console.log(`What Orca said: ${path.relative(ROOT, TRANSCRIPTS)}`);
  if (writeDocs) {
    const doc = readFileSync(DOC, 'utf8');
    const a = doc.indexOf(DOC_START);
    const b = doc.indexOf(DOC_END);
    if (a < 0 || b < a) throw new Error(`ACCESSIBILITY.md lacks the markers ${DOC_START} … ${DOC_END}`);
    writeFileSync(DOC, `${doc.slice(0, a + DOC_START.length)}\n\n${transcriptMarkdown(runs, { abridged: true })}\n${doc.slice(b)}`);
    console.log('ACCESSIBILITY.md: transcripts rewritten');
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`Screen-reader tests took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
