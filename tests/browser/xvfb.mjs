// Xvfb on the first free display (it picks one and tells us through -displayfd): used by the
// browser tests for WebKit's MiniBrowser and by the screen-reader tests for Firefox and Orca.

import { spawn } from 'node:child_process';

/** Starts Xvfb; resolves to its display (":N"), its process and `stop()`, once it is ready. */
export function startXvfb({ env = process.env } = {}) {
  // -noreset: by default X resets when its last client leaves and refuses connections meanwhile
  // (3 in 300 back-to-back clients here); the next test's MiniBrowser was then refused the display
  // ("cannot open display") and the WebKit tests lost 60 s to a driver restart, several times a run.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    env,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      xvfb.stdio[3].destroy();
      resolve({ display: `:${out.trim()}`, process: xvfb, stop: () => xvfb.kill() });
    });
  });
}
