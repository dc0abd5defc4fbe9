#!/usr/bin/env node
// @ts-check
// Shortens the names by which the Wasm's first module imports wasm-bindgen's glue: each of its
// 200-odd imports is named like `__wbg_activeElement_1e45e0df6b6ac829`, twice (in the Wasm's
// import section and as a key of the glue's import object), mostly a hash that brotli cannot
// compress. scripts/build runs it on pkg/ after wasm-opt, before packaging; the names become
// `a`, `b`, … `Z`, `aa`, … in both files, in the Wasm's order.
//
//   node scripts/import-names.mjs pkg/leadership_self_check_bg.wasm pkg/leadership_self_check.js
//
// It fails, changing nothing, when the glue does not give each import exactly once in the
// layout it knows (a new wasm-bindgen may write it otherwise).

import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The module name under which the Wasm imports the glue's functions. */
export const GLUE_MODULE = './leadership_self_check_bg.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The `i`-th short name: a, b, … Z, aa, ba, … @param {number} i */
export function shortName(i) {
  let name = '';
  do {
    name += LETTERS[i % LETTERS.length];
    i = Math.floor(i / LETTERS.length) - 1;
  } while (i >= 0);
  return name;
}

/** @param {number} n */
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

/** A reader of a Wasm binary from `at`. @param {Uint8Array} bytes @param {number} at */
function reader(bytes, at) {
  const r = {
    at,
    byte() {
      if (r.at >= bytes.length) throw new Error('import-names: the Wasm ends part way through a section');
      return bytes[r.at++];
    },
    leb() {
      let n = 0;
      let shift = 0;
      let byte;
      do {
        byte = r.byte();
        n += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return n;
    },
    name() {
      const length = r.leb();
      if (r.at + length > bytes.length) throw new Error('import-names: the Wasm ends part way through a name');
      const text = new TextDecoder().decode(bytes.subarray(r.at, r.at + length));
      r.at += length;
      return text;
    },
    limits() {
      const flags = r.leb();
      r.leb();
      if (flags & 1) r.leb();
    },
  };
  return r;
}

/**
 * The Wasm `bytes` with each import from `module` renamed by `rename(name, index)` (`index`
 * counts that module's imports); the other sections as they were.
 * @param {Uint8Array} bytes
 * @param {string} module
 * @param {(name: string, index: number) => string} rename
 */
export function renameImports(bytes, module, rename) {
  const encode = (/** @type {string} */ s) => {
    const utf8 = new TextEncoder().encode(s);
    return [...leb(utf8.length), ...utf8];
  };
  const header = [0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  if (!header.every((b, i) => bytes[i] === b)) throw new Error('import-names: not a version 1 Wasm module');
  const r = reader(bytes, 8);
  while (r.at < bytes.length) {
    const start = r.at;
    const id = r.byte();
    const size = r.leb();
    const body = r.at;
    if (id !== 2) {
      r.at = body + size;
      continue;
    }
    const count = r.leb();
    /** @type {number[]} */
    const section = [...leb(count)];
    let index = 0;
    for (let i = 0; i < count; i++) {
      const from = r.name();
      const name = r.name();
      const desc = r.at;
      const kind = r.byte();
      if (kind === 0) r.leb(); // a function: its type
      else if (kind === 1) (r.byte(), r.limits()); // a table: its element type and limits
      else if (kind === 2) r.limits(); // a memory
      else if (kind === 3) (r.byte(), r.byte()); // a global: its type and mutability
      else if (kind === 4) (r.byte(), r.leb()); // a tag
      else throw new Error(`import-names: import ${from} ${name} is of an unknown kind ${kind}`);
      const renamed = from === module ? rename(name, index++) : name;
      section.push(...encode(from), ...encode(renamed), ...bytes.subarray(desc, r.at));
    }
    const rest = body + size;
    if (r.at !== rest) throw new Error(`import-names: the import section is ${size} bytes, its imports ${r.at - body}`);
    return Uint8Array.from([...bytes.subarray(0, start), id, ...leb(section.length), ...section, ...bytes.subarray(rest)]);
  }
  throw new Error('import-names: the Wasm has no import section');
}

/**
 * The glue `source` with each of `names`' keys in its import object renamed to its value.
 * @param {string} source
 * @param {Map<string, string>} names
 */
export function renameGlue(source, names) {
  if (names.size === 0) throw new Error(`import-names: the Wasm imports nothing from ${GLUE_MODULE}: has wasm-bindgen renamed it?`);
  /** @type {Set<string>} */
  const seen = new Set();
  const renamed = source.replace(/^( {8})([\w$]+)(: function\b)/gm, (line, indent, key, rest) => {
    const short = names.get(key);
    if (short === undefined) return line;
    seen.add(key);
    return indent + short + rest;
  });
  const missing = [...names.keys()].find((key) => !seen.has(key));
  if (missing) {
    throw new Error(`import-names: the glue gives no key "        ${missing}: function" for the Wasm's import ${missing} ` +
      '(has wasm-bindgen changed how it writes its imports, or were they shortened already?)');
  }
  // Named nowhere else in the glue, so nothing else refers to the old name.
  const twice = [...names.keys()].find((key) => source.split(key).length !== 2);
  if (twice) {
    throw new Error(`import-names: the glue names the import ${twice} more than once: something else refers to it ` +
      '(or were the names shortened already?)');
  }
  return renamed;
}

/**
 * The Wasm and its glue with the glue's imports renamed `a`, `b`, … in both.
 * @param {Uint8Array} bytes the Wasm
 * @param {string} source the glue
 */
export function shorten(bytes, source) {
  /** @type {Map<string, string>} */
  const names = new Map();
  // A name imported twice keeps one short name, as the glue has one key for it.
  const wasm = renameImports(bytes, GLUE_MODULE, (name) => {
    if (!names.has(name)) names.set(name, shortName(names.size));
    return /** @type {string} */ (names.get(name));
  });
  return { wasm, glue: renameGlue(source, names) };
}

// Run as a script (a test imports it): compared as real paths, as node resolves its own.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [wasmPath, gluePath] = process.argv.slice(2);
  if (!wasmPath || !gluePath) {
    console.error('Usage: node scripts/import-names.mjs <module.wasm> <glue.js>');
    process.exit(2);
  }
  const { wasm, glue } = shorten(await readFile(wasmPath), await readFile(gluePath, 'utf8'));
  await writeFile(wasmPath, wasm);
  await writeFile(gluePath, glue);
}
