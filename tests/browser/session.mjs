// A session of the tests' own for the browsers, their drivers and Xvfb: a D-Bus session bus
// started here and stopped here, and a check that nothing started under it outlives the run.
//
// Without a session bus, a browser under Xvfb makes GLib autolaunch one (dbus-launch, where
// dbus-x11 is installed), which then starts xdg-desktop-portal, the document portal (with
// fusermount3 and a FUSE mount), the permission store and at-spi-bus-launcher with a bus of its
// own; none of them ends with the browser (133 processes after one run, issue #25). Here every
// process of the run is started with DBUS_SESSION_BUS_ADDRESS of our bus, so nothing is
// autolaunched, and the bus starts no services (no service folders in its configuration: a
// browser asking for a portal or the accessibility bus is told at once there is none; the
// browser tests read WebKit's accessibility tree through WebDriver, not AT-SPI). Every process
// also carries a marker in its environment (LSC_TEST_SESSION), which its children inherit: that
// is how the check finds what the run started, and only that, while other runs share the machine.
//
//   const session = await startSession();  // session.env for every spawn
//   ...                                     // the browsers, drivers and Xvfb end
//   const left = await session.end();       // [] or the processes that outlived the run
//
// As a command, for a step that is one command (the WordPress step's node --test):
//   node tests/browser/session.mjs node --test tests/wordpress/wordpress.test.mjs
// runs it in a session and exits non-zero when it failed or left a process behind.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = 'LSC_TEST_SESSION';
// How long processes that were told to stop may take to be gone: a wait for their exit, ended
// as soon as they have, not a pause.
const EXIT_DEADLINE_MS = 10_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Debian's session.conf without its service folders (<standard_session_servicedirs/>) and
// includes: a bus on which nothing is started on demand.
const BUS_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=${tmpdir()}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

/** `{ pid, cmd }` of every process whose environment carries `marker` (`NAME=value`). */
function processesWith(marker) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(marker)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      // "pid (comm) state …": comm may hold spaces and parentheses.
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // exited, not yet reaped
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      found.push({ pid: Number(entry), cmd });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone.
    }
  }
}

/** Waits until `left()` is empty or the deadline passes; returns what is left. */
async function gone(left) {
  const end = Date.now() + EXIT_DEADLINE_MS;
  for (;;) {
    const now = left();
    if (now.length === 0 || Date.now() > end) return now;
    await sleep(100);
  }
}

const describe = (ps) => ps.map((p) => `pid ${p.pid}: ${p.cmd}`);

/**
 * Starts the session bus. `env` is what every process of the run is started with (on top of
 * process.env); `end()` checks that nothing but the bus is left, stops the bus, and resolves to
 * descriptions of the processes that were left (empty when none; they are killed); `kill()`
 * ends everything at once, for an interrupted run.
 */
export async function startSession() {
  const value = `${process.pid}-${randomUUID()}`;
  const marker = `${MARKER}=${value}`;
  const folder = mkdtempSync(path.join(tmpdir(), 'lsc-bus-'));
  writeFileSync(path.join(folder, 'bus.conf'), BUS_CONFIG);
  const bus = spawn('dbus-daemon', [`--config-file=${path.join(folder, 'bus.conf')}`, '--nofork', '--print-address=1'], {
    env: { ...process.env, [MARKER]: value },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its complaints, but for the one every unprivileged container gives (it may not raise its
  // open-files limit; a test run's bus needs no more than it has).
  bus.stderr.setEncoding('utf8').on('data', (text) => {
    const lines = text.split('\n').filter((l) => l && !l.includes('Failed to set fd limit'));
    if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
  });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    bus.once('error', (err) => reject(new Error(`dbus-daemon could not be started (Debian's dbus-daemon): ${err.message}`)));
    bus.once('exit', (code) => reject(new Error(`dbus-daemon exited (${code}) before it gave its address`)));
    bus.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
  }).finally(() => rmSync(folder, { recursive: true, force: true })); // read at start only
  bus.removeAllListeners('exit');
  bus.stdout.destroy();
  const busExited = new Promise((resolve) => bus.once('exit', resolve));
  const mine = () => processesWith(marker);

  return {
    env: { [MARKER]: value, DBUS_SESSION_BUS_ADDRESS: address },
    async end() {
      // What the run started (browsers, drivers, Xvfb) has been stopped by now, or is stopping:
      // whatever is still there once that has had time is left behind. Checked while the bus
      // still runs, as a GTK program ends with its bus and would hide its leak.
      const leaked = await gone(() => mine().filter((p) => p.pid !== bus.pid));
      signal(leaked.map((p) => p.pid), 'SIGKILL');
      bus.kill();
      // Reaped here, so that no exited bus waits for a parent that has gone.
      await Promise.race([busExited, sleep(EXIT_DEADLINE_MS)]);
      return describe(leaked);
    },
    kill() {
      signal(mine().map((p) => p.pid).filter((pid) => pid !== bus.pid), 'SIGKILL');
      bus.kill(); // SIGTERM: it removes its socket as it ends
    },
  };
}

/** Prints what was left behind; true when nothing was. */
export function reportLeftBehind(left, step) {
  if (left.length === 0) {
    console.log(`\nNo process started by ${step} is left running.`);
    return true;
  }
  console.log(`\nFAILED: ${left.length} process(es) started by ${step} outlived it (now killed):`);
  for (const l of left) console.log(`  ${l}`);
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node tests/browser/session.mjs COMMAND [ARG...]');
    process.exit(2);
  }
  const session = await startSession();
  const interrupted = () => {
    session.kill();
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...session.env } });
  const code = await new Promise((resolve) => {
    child.once('error', (err) => {
      console.error(err.message);
      resolve(127);
    });
    child.once('exit', (c, sig) => resolve(c ?? (sig ? 128 : 1)));
  });
  const clean = reportLeftBehind(await session.end(), [command, ...args].join(' '));
  process.exit(code !== 0 ? code : clean ? 0 : 1);
}
