#!/usr/bin/env node
// Packages a release into dist/ (run by scripts/build after wasm-pack and wasm-opt):
//
//   node scripts/package.mjs                       dist/, as below
//   node scripts/package.mjs --out target/dev --dev  the development build (scripts/build --dev):
//                                                  the same files but no .br/.gz, which take
//                                                  seconds for an unoptimised Wasm of megabytes
//
//   leadership_self_check_bg.<hash>.wasm  the Wasm, named by its content: cache it forever
//   embed.js                              the loader with the glue bundled in; the stable address
//   embed.<hash>.js                       the same bytes under a name that never changes content,
//                                         for snippets pinned with Subresource Integrity
//   manifest.json                         the files a visitor downloads and their SRI hashes
//   module.js                             the loader and the glue as an ES module, for apps with a
//                                         bundler (package.json's "."); it finds the Wasm through
//                                         import.meta.url
//   *.br, *.gz                            the loaders and the Wasm compressed in advance (brotli
//                                         quality 11, gzip level 9), for servers that send
//                                         pre-compressed files (docs/web-teams.md, "Serving the files")
//
// The loader carries the Wasm's file name and integrity hash, so a loader and a Wasm of different
// releases can never be paired: either the pair matches or the download fails its integrity check.

import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, dev: { type: 'boolean', default: false } },
});
const root = new URL('../', import.meta.url);
const at = (p) => new URL(p, root);
const out = (file) => at(`${args.out}/${file}`);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const shortHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

const version = (await readFile(at('Cargo.toml'), 'utf8')).match(/^version = "(.*)"$/m)?.[1] ?? '0';

const wasm = await readFile(at('pkg/leadership_self_check_bg.wasm'));
const wasmFile = `leadership_self_check_bg.${shortHash(wasm)}.wasm`;
await copyFile(at('pkg/leadership_self_check_bg.wasm'), out(wasmFile));

// The loader and the glue in one file. The release's constants are filled in.
const bundle = (entry, format) =>
  build({
    entryPoints: [fileURLToPath(at(entry))],
    bundle: true,
    write: false,
    minify: format === 'iife',
    format,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    // In the classic script import.meta is empty: the loader then finds itself from its script
    // tag, and always gives the glue the compiled module.
    logOverride: { 'empty-import-meta': 'silent' },
    define: {
      __LSC_WASM_FILE__: JSON.stringify(wasmFile),
      __LSC_WASM_INTEGRITY__: JSON.stringify(sri(wasm)),
      __LSC_VERSION__: JSON.stringify(`${version}+${shortHash(wasm)}`),
    },
  }).then((result) => Buffer.from(result.outputFiles[0].contents));

const embed = await bundle('www/embed.js', 'iife');
// The ES module for bundlers (package.json's "."), left readable: the app's bundler minifies it.
await writeFile(out('module.js'), await bundle('www/module.js', 'esm'));
const embedFile = `embed.${shortHash(embed)}.js`;
await writeFile(out('embed.js'), embed);
await writeFile(out(embedFile), embed);

const manifest = {
  version: `${version}+${shortHash(wasm)}`,
  // What a visitor's browser downloads: one loader and the Wasm (embed.js and its pinned copy
  // are the same bytes; a page uses one of them).
  downloads: ['embed.js', wasmFile],
  embed: { file: embedFile, integrity: sri(embed) },
  wasm: { file: wasmFile, integrity: sri(wasm) },
};
await writeFile(out('manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

// The same bytes as the files they sit beside, so their integrity hashes hold after decoding.
for (const [file, bytes] of args.dev ? [] : [['embed.js', embed], [embedFile, embed], [wasmFile, wasm]]) {
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.js') ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  await writeFile(out(`${file}.br`), brotli);
  await writeFile(out(`${file}.gz`), gzipSync(bytes, { level: 9 }));
}
console.log(`Packaged ${embedFile} (${manifest.embed.integrity}) and ${wasmFile}`);
