#!/usr/bin/env node
// Checks that a release can be made, before anything is packed (`npm pack` runs it as `prepack`,
// scripts/release before it builds):
//
//   node scripts/release-check.mjs              the version is the same in Cargo.toml,
//                                               package.json and package-lock.json
//   node scripts/release-check.mjs --changelog  also: CHANGELOG.md has an entry for it
//   node scripts/release-check.mjs --dist       also: dist/ is a build of this version
//
// Cargo.toml is the one source of the version; the others must follow it. Packing checks dist/
// rather than building it: a release build takes minutes and needs the Rust toolchain, so
// `npm pack` says what to run instead of starting it silently.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export function cargoVersion(root = ROOT) {
  const toml = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  // The first `version =` line is the [package] table's: it comes before any dependency table.
  return toml.match(/^version = "([^"]+)"$/m)?.[1] ?? null;
}

const json = (root, file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

/** Problems with the version's copies: an empty list when they all agree with Cargo.toml's. */
export function versionProblems(root = ROOT) {
  const version = cargoVersion(root);
  if (!version) return ['Cargo.toml has no version line'];
  const copies = [
    ['package.json', json(root, 'package.json').version],
    ['package-lock.json', json(root, 'package-lock.json').version],
  ];
  return copies
    .filter(([, v]) => v !== version)
    .map(([file, v]) => `${file} has version ${v}, Cargo.toml ${version}: set it to ${version} (Cargo.toml is the source)`);
}

/** Whether CHANGELOG.md has a `## [version]` entry (Keep a Changelog). */
export function changelogHas(version, root = ROOT) {
  const file = path.join(root, 'CHANGELOG.md');
  if (!existsSync(file)) return false;
  const escaped = version.replace(/[.+]/g, '\\$&');
  return new RegExp(`^## \\[${escaped}\\]`, 'm').test(readFileSync(file, 'utf8'));
}

/** Problems with dist/: missing, from another version, missing a file its manifest names, or holding another build's. */
export function distProblems(root = ROOT) {
  const version = cargoVersion(root);
  const manifestFile = path.join(root, 'dist/manifest.json');
  if (!existsSync(manifestFile)) return ['dist/ is not built: run scripts/build first'];
  const manifest = json(root, 'dist/manifest.json');
  if (!String(manifest.version).startsWith(`${version}+`)) {
    return [`dist/ is a build of ${manifest.version}, not of ${version}: run scripts/build again`];
  }
  const files = new Set(['embed.js', manifest.embed.file, manifest.wasm.file, ...manifest.downloads, ...manifest.later.map((m) => m.file)]);
  const missing = [...files]
    .filter((f) => !existsSync(path.join(root, 'dist', f)))
    .map((f) => `dist/${f} is missing: run scripts/build again`);
  // package.json's "files" packs every hashed loader and Wasm in dist/: only this build's may be.
  const stale = readdirSync(path.join(root, 'dist'))
    .filter((f) => /^(embed|leadership_self_check_bg|split_\w+|chunk_\w+)\.[0-9a-f]+\.(js|wasm)$/.test(f) && !files.has(f))
    .map((f) => `dist/${f} is from another build: run scripts/build again`);
  return [...missing, ...stale];
}

function main(args) {
  const version = cargoVersion();
  const problems = versionProblems();
  if (args.includes('--changelog') && version && !changelogHas(version)) {
    problems.push(`CHANGELOG.md has no entry "## [${version}]": describe this release there first`);
  }
  if (args.includes('--dist')) problems.push(...distProblems());
  for (const p of problems) console.error(`release check: ${p}`);
  process.exitCode = problems.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
