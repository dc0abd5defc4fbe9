// The module map stays a tree a newcomer can read: no two Rust files depend on each other in a
// circle (through any chain of `crate::` paths), and the core crate (core/) never touches the DOM.
// An equivalent of `cargo modules … --acyclic`, without building anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Every .rs file under `dir`, with its module path (`history::earlier`). */
function modules(dir) {
  const found = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.rs') && !relative(dir, path).startsWith('bin/')) {
        const parts = relative(dir, path).replace(/\.rs$/, '').split('/');
        if (['mod', 'lib'].includes(parts.at(-1))) parts.pop();
        found.set(parts.join('::'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return found;
}

/** The paths of a use-tree's braces (`{a::b, c::{d, e}}` after `prefix`), nested ones too. */
function expand(prefix, rest) {
  const items = [];
  let depth = 0;
  let item = '';
  for (const ch of rest) {
    if (ch === '}' && depth === 0) break;
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  return items.flatMap((raw) => {
    const it = raw.trim();
    const open = it.indexOf('{');
    if (open >= 0) return expand(prefix + it.slice(0, open), it.slice(open + 1));
    return it ? [prefix + it] : [];
  });
}

/** Which files each file uses through `crate::` paths (grouped imports included). */
function graph(mods) {
  const edges = new Map();
  for (const [name, text] of mods) {
    const code = text.replace(/\/\/.*$/gm, '');
    const targets = new Set();
    const paths = [];
    for (const m of code.matchAll(/crate::((?:\w+::)*)(\{|\w+)/g)) {
      if (m[2] === '{') paths.push(...expand(m[1], code.slice(m.index + m[0].length)));
      else paths.push(m[1] + m[2]);
    }
    for (const path of paths) {
      const parts = path.split('::').filter(Boolean);
      // The longest prefix that is a module file: `ui::focus::focus_in` is the file `ui::focus`.
      for (let n = parts.length; n > 0; n--) {
        const target = parts.slice(0, n).join('::');
        if (mods.has(target)) {
          if (target !== name && target !== '') targets.add(target);
          break;
        }
      }
    }
    edges.set(name, targets);
  }
  return edges;
}

/** The first cycle found, as a list of modules, or null. */
function cycle(edges) {
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

for (const crate of ['src', 'core/src']) {
  test(`no module of ${crate} depends on itself through others`, () => {
    const found = cycle(graph(modules(join(root, crate))));
    assert.equal(found, null, `import cycle in ${crate}: ${found?.join(' -> ')}`);
  });
}

test('the cycle check finds a cycle when there is one', () => {
  const mods = new Map([
    ['a', 'use crate::b::thing;'],
    ['b', 'use crate::{c::other, a};'],
    ['c', ''],
  ]);
  assert.deepEqual(cycle(graph(mods)), ['a', 'b', 'a']);
});

test('the core crate has no DOM: no yew, web-sys, gloo or Window anywhere in core/', () => {
  for (const [name, text] of modules(join(root, 'core/src'))) {
    assert.doesNotMatch(text, /\b(yew|web_sys|gloo\w*)::/, `core module ${name} uses the DOM`);
  }
  const manifest = readFileSync(join(root, 'core/Cargo.toml'), 'utf8');
  assert.doesNotMatch(manifest, /^(yew|web-sys|gloo[\w-]*)\s*=/m, 'core/Cargo.toml depends on a DOM crate');
});
