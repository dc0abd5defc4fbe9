// A headless desktop with a screen reader: Xvfb, a D-Bus session bus (which starts the AT-SPI
// bus when Orca asks for it), Orca 43 with no speech server (every utterance is a line of its
// debug log) and Firefox ESR with accessibility forced on. Keys are real X key presses
// (xdotool), so Orca hears them as a visitor's keyboard.
//
// Everything is started here in a process group of its own and stopped here by PID (the group
// of each), in reverse order. Every process carries a marker in its environment, which the
// processes it starts inherit (the AT-SPI bus launcher, registry and Firefox's content
// processes too), so `leftovers()` finds anything still running afterwards, by PID.

import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readSync, closeSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { firefoxEnvironment } from '../browser/firefox-environment.mjs';
import { startXvfb } from '../browser/xvfb.mjs';

const MARKER = 'LSC_SCREEN_READER_RUN';

// Orca without a speech server: speech-dispatcher, started with no audio, hangs Orca. Without
// echoing the keys pressed (the tests know them) and without reading each page out on load
// (a flow reads what it needs). The debug log is written line by line (Orca buffers it), so that
// what is heard after a key is in the log when the key's wait ends.
const ORCA_CUSTOMIZATIONS = `import orca.debug
import orca.settings
if orca.debug.debugFile:
    orca.debug.debugFile.reconfigure(line_buffering=True)
orca.settings.speechServerFactory = None
orca.settings.enableKeyEcho = False
orca.settings.sayAllOnLoad = False
orca.settings.enablePositionSpeaking = True
`;

// Firefox exposes its tree to AT-SPI only when asked; these prefs force it on and keep first-run
// pages, updates and telemetry out of the way.
const FIREFOX_PREFS = {
  'accessibility.force_disabled': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  'extensions.autoDisableScopes': 15,
  'browser.translations.automaticallyPopup': false,
};

/** Orca's utterances in a debug-log chunk, one per line `HH:MM:SS.micro - SPEECH OUTPUT: '…'`. */
export function utterances(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^\S+ - SPEECH OUTPUT: '(.*)'(?: ?\{.*\}| voice=\S+.*)?\s*$/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

/** The PIDs of running processes whose environment carries `token` under MARKER. */
function processesWith(token) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (env.split('\0').includes(`${MARKER}=${token}`)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

const commandOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').join(' ').trim();
  } catch {
    return '(gone)';
  }
};

function killGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child, ms) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([new Promise((r) => child.once('exit', () => r(true))), sleep(ms).then(() => false)]);
}

/**
 * Starts the desktop in `dir` (a fresh folder for the profile, Orca's settings and its log) and
 * Firefox at `url`. Rejects with `notStarted: true` when Orca or Firefox never came up.
 */
export async function startDesktop({ dir, url, startupMs = 60_000 }) {
  mkdirSync(dir, { recursive: true });
  const token = randomBytes(8).toString('hex');
  const desk = {
    token,
    log: path.join(dir, 'orca-debug.log'),
    children: [],
    offset: 0,
  };
  const baseEnv = { ...process.env, [MARKER]: token };
  delete baseEnv.DBUS_SESSION_BUS_ADDRESS;
  delete baseEnv.AT_SPI_BUS_ADDRESS;

  const fail = async (message) => {
    await stopDesktop(desk);
    throw Object.assign(new Error(message), { notStarted: true });
  };

  const xvfb = await startXvfb({ env: baseEnv });
  desk.children.push(xvfb.process);
  // DISPLAY before the bus: the AT-SPI bus launcher it starts must know the display, or key
  // events never reach AT-SPI.
  const env = { ...baseEnv, DISPLAY: xvfb.display };
  desk.env = env;

  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  desk.children.push(bus);
  const address = await new Promise((resolve) => {
    let out = '';
    bus.stdout.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(out.split('\n')[0].trim());
    });
    bus.once('exit', () => resolve(null));
  });
  if (!address) return fail('the D-Bus session bus did not start');
  env.DBUS_SESSION_BUS_ADDRESS = address;

  const prefs = path.join(dir, 'orca');
  mkdirSync(prefs, { recursive: true });
  writeFileSync(path.join(prefs, 'orca-customizations.py'), ORCA_CUSTOMIZATIONS);
  writeFileSync(desk.log, '');
  const orca = spawn('orca', ['-u', prefs, '--debug-file', desk.log], {
    env: { ...env, GNOME_ACCESSIBILITY: '1' },
    detached: true,
    stdio: 'ignore',
  });
  desk.children.push(orca);
  if (!(await waitFor(desk, (all) => all.includes('Screen reader on.'), startupMs))) {
    return fail('Orca did not start (no "Screen reader on." in its log)');
  }

  const profile = path.join(dir, 'firefox');
  mkdirSync(profile, { recursive: true });
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''),
  );
  const firefox = spawn('firefox-esr', ['--no-remote', '--new-instance', '--profile', profile, url], {
    env: { ...firefoxEnvironment(env), GNOME_ACCESSIBILITY: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    detached: true,
    stdio: 'ignore',
  });
  desk.children.push(firefox);
  if (!(await waitFor(desk, (all) => /Finished loading/.test(all), startupMs))) {
    return fail('Firefox did not load the first page (no "Finished loading" from Orca)');
  }
  return desk;
}

/** Waits until `test(everything Orca said so far)` holds; false after `ms`. */
async function waitFor(desk, test, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (test(utterances(readFileSync(desk.log, 'utf8')).join('\n'))) return true;
    if (desk.children.some((c) => c.exitCode !== null)) return false;
    await sleep(250);
  }
  return false;
}

/** What Orca said since the last call. */
export function heard(desk) {
  const size = statSync(desk.log).size;
  if (size <= desk.offset) return [];
  const fd = openSync(desk.log, 'r');
  const buf = Buffer.alloc(size - desk.offset);
  readSync(fd, buf, 0, buf.length, desk.offset);
  closeSync(fd);
  // Only whole lines; a line being written is read next time.
  const text = buf.toString('utf8');
  const end = text.lastIndexOf('\n') + 1;
  desk.offset += Buffer.byteLength(text.slice(0, end));
  return utterances(text.slice(0, end));
}

/**
 * Presses one key (xdotool's names: Tab, shift+Tab, Return, space, Right…), types text
 * ({ type: '…' }) or, with none, only waits until Orca has been quiet for `quietMs` (at least `minMs`, at most
 * `maxMs`): the pace of a visitor who listens before pressing on.
 */
export async function press(desk, key, { minMs = 700, quietMs = 500, maxMs = 4000 } = {}) {
  if (key) {
    const args = typeof key === 'string' ? ['key', '--clearmodifiers', key] : ['type', '--delay', '30', key.type];
    execFileSync('xdotool', args, { env: desk.env, stdio: 'ignore' });
  }
  const start = Date.now();
  let last = statSync(desk.log).size;
  let lastChange = start;
  while (Date.now() - start < maxMs) {
    await sleep(100);
    const size = statSync(desk.log).size;
    if (size !== last) {
      last = size;
      lastChange = Date.now();
    }
    const now = Date.now();
    if (now - start >= minMs && now - lastChange >= quietMs) break;
  }
}

/** Stops what startDesktop started, newest first, each by its process group. */
export async function stopDesktop(desk) {
  for (const child of [...desk.children].reverse()) {
    if (child.spawnargs[0] === 'Xvfb') child.kill();
    else killGroup(child);
    if (!(await exited(child, 5000))) {
      if (child.spawnargs[0] === 'Xvfb') child.kill('SIGKILL');
      else killGroup(child, 'SIGKILL');
      await exited(child, 2000);
    }
  }
  // The session bus's services (the AT-SPI bus launcher and registry) leave with the bus, and
  // Firefox's crash helper with Firefox; any of ours still running after a moment is stopped by
  // PID, and reported if even that fails.
  for (let i = 0; i < 8 && processesWith(desk.token).length; i++) await sleep(250);
  const stopped = processesWith(desk.token).map((pid) => ({ pid, command: commandOf(pid) }));
  for (const { pid } of stopped) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  for (let i = 0; i < 8 && processesWith(desk.token).length; i++) await sleep(250);
  const left = processesWith(desk.token).map((pid) => ({ pid, command: commandOf(pid) }));
  return { stopped, left };
}
