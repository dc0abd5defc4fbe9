// Page loads under mobile conditions for the benchmark: Lighthouse's mobile throttling applied
// through the DevTools protocol (Chromium only), and the widget served compressed, as a visitor's
// browser gets it from any HTTPS server or CDN.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { contentTypeFor, demoHeaders } from './serve.mjs';

/**
 * Lighthouse's mobile settings (its `mobileSlow4G` throttling and 4x CPU slowdown): 150 ms
 * round trip, 1.6 Mbps down and 750 kbps up, with Lighthouse's 1 kbps = 1024 bits/s.
 */
export const MOBILE = { latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750, cpuSlowdown: 4 };

/** Applies `MOBILE` to the page behind the DevTools session `cdp`, before it navigates. */
export async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latencyMs,
    downloadThroughput: (MOBILE.downloadKbps * 1024) / 8, // bytes per second
    uploadThroughput: (MOBILE.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

/**
 * Serves `root` like scripts/serve.mjs (no-store, the right types, the strict pages' CSP), but
 * compressed as the request accepts: brotli quality 11, else gzip level 9. Returns { url, close, encodings }, where
 * `encodings` counts the Content-Encoding of every compressed response, so the report can say
 * what the browser actually received.
 */
export async function startCompressingServer(root) {
  const rootDir = path.resolve(root);
  const cache = new Map();
  const encodings = {};
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(rootDir, path.normalize(urlPath === '/' ? '/index.html' : urlPath));
    const body = file.startsWith(rootDir + path.sep) ? await readFile(file).catch(() => null) : null;
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found\n');
      return;
    }
    const headers = { 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-store', Vary: 'Accept-Encoding', ...demoHeaders(urlPath) };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(path.extname(file)) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (!encoding) {
      res.writeHead(200, headers).end(body);
      return;
    }
    const key = `${encoding} ${file}`;
    if (!cache.has(key)) {
      cache.set(key, encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }));
    }
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding }).end(cache.get(key));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, encodings, close: () => new Promise((resolve) => server.close(resolve)) };
}
