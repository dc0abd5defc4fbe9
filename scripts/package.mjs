#!/usr/bin/env node
// Packages a release into dist/ (run by scripts/build after wasm-bindgen and wasm-opt):
//
//   node scripts/package.mjs                       dist/, as below
//   node scripts/package.mjs --out target/dev --dev  the development build (scripts/build --dev):
//                                                  the same files but no .br/.gz, which take
//                                                  seconds for an unoptimised Wasm of megabytes
//
//   leadership_self_check_bg.<hash>.wasm  the Wasm's first module, named by its content: cache it forever
//   split_*.<hash>.wasm, chunk_*.<hash>.wasm  its later modules (src/split), fetched when first needed or
//                                         when the browser is idle, named by their content too
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
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
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

/** Copies a module of the Wasm under a name made of its content. @param {string} name */
async function hashed(name) {
  const bytes = await readFile(at(`pkg/${name}`));
  const file = name.replace(/\.wasm$/, `.${shortHash(bytes)}.wasm`);
  await copyFile(at(`pkg/${name}`), out(file));
  return { name, file, bytes, integrity: sri(bytes) };
}
const wasm = await readFile(at('pkg/leadership_self_check_bg.wasm'));
const wasmFile = (await hashed('leadership_self_check_bg.wasm')).file;
const later = await Promise.all(
  (await readdir(at('pkg/'))).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort().map(hashed),
);

// The splitter's link module fetches each later module next to itself (import.meta.url, empty in
// the classic script): it asks the loader instead, which knows the release's folder, the
// module's hashed name and its integrity (www/loader/later.js).
const LINK = /fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g;
const linkModule = {
  name: 'wasm-split-link',
  setup(build) {
    build.onLoad({ filter: /__wasm_split\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const names = [...source.matchAll(LINK)].map((m) => m[1]);
      const known = new Set(later.map((m) => m.name));
      if (names.length !== known.size || !names.every((n) => known.has(n))) {
        throw new Error(`the splitter's link module fetches ${names.join(', ') || 'nothing'}, not the later modules ` +
          `${[...known].join(', ')}: has wasm_split_cli_support changed how it fetches them?`);
      }
      const loader = JSON.stringify(fileURLToPath(at('www/loader/later.js')));
      return { contents: `import { fetchLater } from ${loader};\n` + source.replace(LINK, 'fetchLater("$1")'), loader: 'js' };
    });
  },
};

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
    // wasm-bindgen's glue names the splitter's link module once per import it gives: the same
    // module each time, so the repeated key is harmless.
    logOverride: { 'empty-import-meta': 'silent', 'duplicate-object-key': 'silent' },
    plugins: [linkModule],
    define: {
      __LSC_WASM_FILE__: JSON.stringify(wasmFile),
      __LSC_WASM_INTEGRITY__: JSON.stringify(sri(wasm)),
      __LSC_LATER__: JSON.stringify(Object.fromEntries(later.map((m) => [m.name, { file: m.file, integrity: m.integrity }]))),
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
  // What a visitor's browser downloads first: one loader and the Wasm's first module (embed.js and
  // its pinned copy are the same bytes; a page uses one of them).
  downloads: ['embed.js', wasmFile],
  embed: { file: embedFile, integrity: sri(embed) },
  wasm: { file: wasmFile, integrity: sri(wasm) },
  // Fetched after the first screen: when first needed, or when the browser is idle.
  later: later.map(({ file, integrity }) => ({ file, integrity })),
};
await writeFile(out('manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

// The same bytes as the files they sit beside, so their integrity hashes hold after decoding.
const compressed = [['embed.js', embed], [embedFile, embed], [wasmFile, wasm], ...later.map((m) => [m.file, m.bytes])];
for (const [file, bytes] of args.dev ? [] : compressed) {
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
console.log(`Packaged ${embedFile} (${manifest.embed.integrity}), ${wasmFile} and ${later.length} later modules`);
