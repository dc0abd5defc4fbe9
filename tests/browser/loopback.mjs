// Loopback that acknowledges at once while the browser tests run, put back as it was after.
//
// Firefox's WebDriver BiDi server sends its replies with Nagle's algorithm on: a reply written
// while the one before is not yet acknowledged waits for that acknowledgement, which Linux delays
// by up to 40 ms on a connection that is only reading. Each of Playwright's locator calls on
// Firefox took about 130 ms instead of 20 ms, and Firefox's suites 2.4 times as long (measured:
// the explorer and self-check suites, 177 s and 74 s). The `quickack` of the route to 127.0.0.1
// turns the delayed acknowledgement off. Changing a route needs root, as on CI; elsewhere the
// tests run the same, only slower (run.mjs says so).

import { execFileSync } from 'node:child_process';

const ip = (...args) => execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Makes the route to 127.0.0.1 acknowledge at once. `restore()` puts it back as it was;
 * `refused` says why it could not be changed (the tests then run as they are, only slower).
 * @returns {{ restore: () => void, refused?: string }}
 */
export function quickLoopback() {
  const unchanged = () => {};
  let route;
  try {
    route = ip('route', 'show', 'table', 'local', 'exact', '127.0.0.1').trim().split(/\s+/);
    if (route[0] !== 'local') return { restore: unchanged, refused: `no local route to 127.0.0.1 (${route.join(' ')})` };
    if (route.includes('quickack')) return { restore: unchanged }; // already so: left as it is
    ip('route', 'change', 'table', 'local', ...route, 'quickack', '1');
  } catch (e) {
    return { restore: unchanged, refused: String(e.stderr || e.message).trim() };
  }
  return {
    restore() {
      try {
        ip('route', 'change', 'table', 'local', ...route, 'quickack', '0');
      } catch {
        // A route left acknowledging at once harms nothing.
      }
    },
  };
}
