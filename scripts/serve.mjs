#!/usr/bin/env node
// Minimal static file server for the demo pages and browser tests.
//
// Dependency-free on purpose: it must run on a fresh machine before (or
// without) `npm install`, and the browser tests start it in-process.
//
// CLI:    node scripts/serve.mjs --root dist --port 8080 [--host 127.0.0.1]
//         (--port 0 picks a free port; prints "Serving ... at URL", then the demo pages)
// Module: const { url, close } = await startServer({ root, port, host, headers })

import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Only the types the widget and demo pages use. Correct types matter:
// WebAssembly.instantiateStreaming refuses anything but application/wasm,
// and with `nosniff` browsers refuse scripts/styles served with wrong types.
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The strictest policy partners are asked to allow: the demo page strict-csp.html and the
// configurator are served with it, so that the browser tests prove the widget works under it.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const STRICT_PAGES = new Set(['/strict-csp.html', '/embed.html']);

/** The demo pages' extra headers (the default for startServer's `headers`). */
export function demoHeaders(urlPath) {
  return STRICT_PAGES.has(urlPath) ? { 'Content-Security-Policy': STRICT_CSP } : undefined;
}

export function contentTypeFor(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start serving `root`.
 *
 * @param {object} options
 * @param {string} options.root       folder to serve (relative to cwd or absolute)
 * @param {number} [options.port=0]   0 = any free port
 * @param {string} [options.host='127.0.0.1']
 * @param {(urlPath: string) => Record<string, string> | undefined} [options.headers]
 *        extra response headers per request path, e.g. a strict
 *        Content-Security-Policy for one test page; default: demoHeaders
 * @returns {Promise<{ url: string, port: number, root: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', headers = demoHeaders } = {}) {
  if (!root) throw new Error('startServer: `root` is required');
  const rootDir = path.resolve(root);
  const rootInfo = await stat(rootDir).catch(() => null);
  if (!rootInfo?.isDirectory()) throw new Error(`startServer: root folder not found: ${rootDir}`);

  const server = createServer((req, res) => {
    handle(req, res, rootDir, headers).catch((err) => {
      // Never leave a browser test hanging on a request we failed to answer.
      if (!res.headersSent) send(res, 500, `Internal error: ${err.message}\n`);
      else res.destroy(err);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host; // IPv6 literal
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    root: rootDir,
    server,
    close: () =>
      new Promise((resolve) => {
        // Browsers keep connections alive; drop them so close() resolves now.
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req, res, rootDir, headersFor) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  }

  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad request\n');
  }

  const extra = headersFor?.(urlPath) ?? {};

  // Path traversal: resolve against the root and insist the result stays
  // inside it. The URL parser already folds "/../", but encoded forms
  // ("%2e%2e%2f", backslashes) only appear after decoding, so check here.
  const filePath = path.resolve(rootDir, '.' + path.posix.normalize('/' + urlPath));
  if (urlPath.includes('\0') || (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep))) {
    return send(res, 403, 'Forbidden\n', extra);
  }

  let target = filePath;
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    // Redirect "/demo" to "/demo/" so relative links in its index.html work.
    if (!urlPath.endsWith('/')) {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      return send(res, 301, 'Moved\n', { ...extra, Location: encodeURI(urlPath + '/') + query });
    }
    target = path.join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, `Not found: ${urlPath}\n`, extra);

  // Like a host set up as docs/web-teams.md asks: the release's pre-compressed sibling (.br, else .gz)
  // when the browser accepts it, with the type of the file it stands for.
  const encoded = await precompressed(target, req.headers['accept-encoding']);
  res.writeHead(200, {
    ...baseHeaders(),
    'Content-Type': contentTypeFor(target),
    'Content-Length': encoded ? encoded.size : info.size,
    ...(encoded ? { 'Content-Encoding': encoded.encoding, Vary: 'Accept-Encoding' } : {}),
    ...extra,
  });
  if (req.method === 'HEAD') return res.end();

  await new Promise((resolve, reject) => {
    createReadStream(encoded ? encoded.file : target).on('error', reject).pipe(res).on('finish', resolve).on('close', resolve);
  });
}

/** The .br or .gz beside `file` that `accept` (an Accept-Encoding header) allows, if there is one. */
async function precompressed(file, accept = '') {
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!new RegExp(`(^|[,\\s])${encoding}(?![\\w-])(?!;q=0(\\.0*)?(?![.\\d]))`).test(accept)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile()) return { file: file + ext, encoding, size: info.size };
  }
  return null;
}

function baseHeaders() {
  return {
    // Tests and local demos must always see the freshly built files.
    'Cache-Control': 'no-store',
    // Like a real host: make MIME-type mistakes fail here, not in production.
    'X-Content-Type-Options': 'nosniff',
  };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    ...baseHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        root: { type: 'string', default: 'dist' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
      },
    }));
  } catch (err) {
    console.error(`${err.message}\nUsage: node scripts/serve.mjs --root dist --port 8080 [--host 127.0.0.1]`);
    process.exit(2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port: ${values.port}`);
    process.exit(2);
  }

  let handle;
  try {
    handle = await startServer({ root: values.root, port, host: values.host });
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  console.log(`Serving ${values.root} at ${handle.url}`);
  console.log(`  demo partner page:       ${handle.url}index.html`);
  console.log(`  configurator:            ${handle.url}embed.html`);
  console.log(`  under a strict CSP:      ${handle.url}strict-csp.html`);

  const stop = async () => {
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run only when executed directly, not when imported by the tests.
// realpath because Node resolves symlinks for import.meta.url but not argv[1].
function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) await main();
