// What the package says about the element (custom-elements.json, types/index.d.ts), read for the
// tests that hold it to what the widget's sources and the running widget really do.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');

export const cem = JSON.parse(read('custom-elements.json'));
/** The element's declaration in custom-elements.json. */
export const element = cem.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'leadership-self-check');

/** The values of a type written as a union of string literals ("'a' | 'b'"), or null for any other. */
export function literals(typeText) {
  if (!/^'[^']*'( \| '[^']*')*$/.test(typeText)) return null;
  return [...typeText.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** The text of every file under `dir` (relative to the repository) whose name ends with one of `exts`. */
export function sources(dir, exts) {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

/** Each distinct first capture of `re` over `texts`, sorted. */
export const captures = (texts, re) => [...new Set(texts.flatMap((t) => [...t.matchAll(re)].map((m) => m[1])))].sort();
