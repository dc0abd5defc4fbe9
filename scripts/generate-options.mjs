#!/usr/bin/env node
// Writes every list of the widget's options from the one table, option-table.json:
//   www/loader/option-table.js    the loader's list (it checks every option with it)
//   types/index.d.ts               the option types, between `// options:start` and `// options:end`
//   custom-elements.json           the element's attributes
//   docs/web-teams.md              the options table, between <!-- options:start --> and <!-- options:end -->
//   www/configurator.js            the configurator's defaults, between `// options:start` and `// options:end`
//   docs/options.json              the published list, which the WordPress plugin ships and reads
//   integrations/wordpress/leadership-self-check/readme.txt   the shortcode's attribute names
//
//   node scripts/generate-options.mjs    rewrites the files that are stale, and names them
//
// tests/generated/options.test.mjs fails while any of them is stale. What each field of the
// table means, and how to add an option: docs/options.md.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const TABLE = 'option-table.json';
export const COMMAND = 'node scripts/generate-options.mjs';

const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');
const GENERATED = `Generated from ${TABLE} by scripts/generate-options.mjs: edit the table, then run \`${COMMAND}\`.`;

/** "heading-level" → "headingLevel". @param {string} name */
export const camelCase = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** "heading-level" → "LscHeadingLevel", the option's type in types/index.d.ts. @param {string} name */
const typeName = (name) => 'Lsc' + camelCase(name).replace(/^./, (c) => c.toUpperCase());

const FIELDS = ['attribute', 'property', 'type', 'values', 'default', 'absent', 'remount', 'widget', 'description'];

/**
 * The table, checked: a mistake in it stops the generator with the option and what is wrong,
 * before any file is written.
 */
export function readTable(text = read(TABLE)) {
  const { options } = JSON.parse(text);
  const problems = [];
  const seen = new Set();
  for (const [i, o] of options.entries()) {
    const name = o.attribute || `option ${i + 1}`;
    const bad = (why) => problems.push(`${name}: ${why}`);
    for (const key of Object.keys(o)) if (!FIELDS.includes(key)) bad(`unknown field "${key}" (the fields: ${FIELDS.join(', ')})`);
    if (!/^[a-z]+(-[a-z]+)*$/.test(o.attribute || '')) bad('attribute must be lower-case words joined by -');
    if (seen.has(o.attribute)) bad('listed twice');
    seen.add(o.attribute);
    if (o.property !== camelCase(o.attribute || '')) bad(`property must be "${camelCase(o.attribute || '')}" (mount() also takes the attribute name)`);
    if (typeof o.remount !== 'boolean') bad('remount must be true or false');
    if (typeof o.widget !== 'boolean') bad('widget must be true or false');
    if (typeof o.description !== 'string' || !o.description) bad('description is missing');
    if (o.type === 'enum' || o.type === 'integer') {
      const kind = o.type === 'enum' ? 'string' : 'number';
      if (!Array.isArray(o.values) || !o.values.length || o.values.some((v) => typeof v !== kind || (kind === 'number' && !Number.isInteger(v)))) {
        bad(`values must be a list of ${o.type === 'enum' ? 'words' : 'whole numbers'}`);
      } else if (!o.values.includes(o.default)) bad('default must be one of its values');
      if ('absent' in o) bad('absent is for options without a list of values (the default is used)');
    } else if (o.type === 'url' || o.type === 'web-link') {
      if ('values' in o || 'default' in o) bad(`a ${o.type} has no values or default`);
      if (typeof o.absent !== 'string' || !o.absent) bad('absent (what happens when it is not given) is missing');
    } else bad('type must be enum, integer, url or web-link');
  }
  if (problems.length) throw new Error(`${TABLE}:\n  ${problems.join('\n  ')}`);
  return options;
}

/** A JavaScript or TypeScript literal. */
const lit = (v) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v));
/** A property key, quoted when it is not an identifier. */
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : lit(k));

/** The TypeScript type of an option's checked value. */
const valueType = (o) => (o.values ? o.values.map(lit).join(' | ') : 'string');

// ---------------------------------------------------------------------------------------------

function loaderModule(options) {
  const entry = (o) => {
    const fields = [`attribute: ${lit(o.attribute)}`, `property: ${lit(o.property)}`, `type: ${lit(o.type)}`];
    if (o.values) fields.push(`values: [${o.values.map(lit).join(', ')}]`, `default: ${lit(o.default)}`);
    else fields.push(`absent: ${lit(o.absent)}`);
    fields.push(`remount: ${o.remount}`, `widget: ${o.widget}`);
    return `  { ${fields.join(', ')} },`;
  };
  const checked = options.map((o) => `${o.property}${o.values ? '' : '?'}: ${valueType(o)}`).join(', ');
  return `// @ts-check
// The widget's options as the loader checks them (www/loader/options.js), in the table's order.
// ${GENERATED}

/**
 * One option: its attribute and property names; its type (\`enum\` and \`integer\` take one of
 * \`values\`, the default when absent or not allowed; \`url\` and \`web-link\` a link, \`absent\`
 * saying what happens without one); whether changing it mounts the widget again (\`remount\`,
 * otherwise it is applied in place); whether the Wasm reads it (\`widget\`, otherwise only the loader).
 * @typedef {{ attribute: string, property: keyof Checked, type: 'enum' | 'integer' | 'url' | 'web-link', values?: (string | number)[], default?: string | number, absent?: string, remount: boolean, widget: boolean }} Option
 */

/**
 * Checked options by property name, as the loader hands them to the widget: every option with a
 * default is present.
 * @typedef {{ ${checked} }} Checked
 */

/** @type {Option[]} */
export const OPTIONS = [
${options.map(entry).join('\n')}
];
`;
}

function declarations(options) {
  const aliases = options.filter((o) => o.values).flatMap((o) => [
    `/** \`${o.attribute}\`: ${o.description} */`,
    `export type ${typeName(o.attribute)} = ${valueType(o)};`,
  ]);
  const attributeType = (o) => (!o.values ? 'string' : o.type === 'integer' ? `\`\${${typeName(o.attribute)}}\`` : typeName(o.attribute));
  const mountType = (o) => (!o.values ? 'string' : o.type === 'integer' ? `${typeName(o.attribute)} | \`\${${typeName(o.attribute)}}\`` : typeName(o.attribute));
  const attributes = options.flatMap((o) => [
    `  /** ${o.values ? `Default \`${o.default}\`.` : `${o.description} Default: ${o.absent}.`} */`,
    `  ${key(o.attribute)}?: ${attributeType(o)};`,
  ]);
  const mount = options.flatMap((o) => [...new Set([o.property, o.attribute])].map((name) => `  ${key(name)}?: ${mountType(o)};`));
  return `// options:start ${GENERATED}
${aliases.join('\n')}

/**
 * The element's attributes as written in HTML (\`<leadership-self-check mode="full">\`); in the
 * div form each is a \`data-\` attribute (\`<div data-leadership-self-check data-mode="full">\`).
 * Every one is optional; a value that is not allowed is reported in \`lsc:error\` and the default
 * is used.
 */
export interface LeadershipSelfCheckAttributes {
${attributes.join('\n')}
}

/**
 * The options of \`mount()\`, named in camelCase or as the attributes (\`headingLevel\` or
 * \`'heading-level'\`); given this way they win over the element's attributes.
 */
export interface MountOptions {
${mount.join('\n')}
}
// options:end`;
}

function manifestAttributes(options) {
  return options.map((o) => {
    const a = {
      name: o.attribute,
      type: { text: o.values ? o.values.map((v) => `'${v}'`).join(' | ') : 'string' },
      description: o.values ? o.description : `${o.description} Default: ${o.absent}.`,
    };
    if (o.values) a.default = JSON.stringify(String(o.default));
    return a;
  });
}

function readmeTable(options) {
  const code = (v) => `\`${v}\``;
  const rows = options.map((o) => {
    const values = o.values ? o.values.map(code).join(', ') : o.type === 'url' ? 'a URL' : 'a link';
    const cells = [
      code(o.attribute),
      `${values}: ${o.description}`,
      o.values ? code(o.default) : o.absent,
      o.remount ? 'mounts the widget again' : 'applies in place',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return `<!-- options:start ${GENERATED} -->
| attribute (\`data-\` in the div form) | values | default | a change later |
|---|---|---|---|
${rows.join('\n')}
<!-- options:end -->`;
}

function configuratorDefaults(options) {
  const pairs = options.filter((o) => o.values).map((o) => `${key(o.attribute)}: ${lit(String(o.default))}`);
  return `// options:start ${GENERATED}
  // The widget's default for each option with a list of values, in the table's order.
  var DEFAULTS = { ${pairs.join(', ')} };
  // options:end`;
}

/** The published list, in the form the WordPress plugin reads (includes/options.php). */
function optionsJson(options) {
  const published = options.map((o) => {
    // Keys in alphabetical order, as this file has always been written.
    const entry = { attribute: o.attribute, default: o.values ? String(o.default) : '', description: o.description };
    if (!o.values) entry.format = o.type;
    entry.name = o.attribute.replace(/-/g, '_');
    if (o.values) entry.values = o.values.map(String);
    return entry;
  });
  const about = `The widget's options: the shortcode's and block's name, the element's attribute, the default, a description, and the values allowed or a format (url, web-link). ${GENERATED}`;
  return JSON.stringify({ about, options: published }, null, 2) + '\n';
}

function shortcodeNames(options) {
  const names = options.map((o) => `\`${o.attribute.replace(/-/g, '_')}\``);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------

/** Replaces the text from the line holding `start` to the line holding `end` (both included). */
function section(file, text, start, end, replacement) {
  const re = new RegExp(`^[^\\n]*${start}[^\\n]*\\n[\\s\\S]*?^[^\\n]*${end}[^\\n]*$`, 'm');
  if (!re.test(text)) throw new Error(`${file}: no section from "${start}" to "${end}" to write the options into`);
  const indent = text.match(new RegExp(`^([ \\t]*)[^\\n]*${start}`, 'm'))[1];
  return text.replace(re, () => indent + replacement);
}

/** Every generated file: its path and the text it should have. */
export function outputs(options = readTable()) {
  const files = new Map();
  files.set('www/loader/option-table.js', loaderModule(options));
  files.set('types/index.d.ts', section('types/index.d.ts', read('types/index.d.ts'), '// options:start', '// options:end', declarations(options)));
  const cem = JSON.parse(read('custom-elements.json'));
  const element = cem.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'leadership-self-check');
  element.attributes = manifestAttributes(options);
  files.set('custom-elements.json', JSON.stringify(cem, null, 2) + '\n');
  files.set('docs/web-teams.md', section('docs/web-teams.md', read('docs/web-teams.md'), '<!-- options:start', '<!-- options:end -->', readmeTable(options)));
  files.set('www/configurator.js', section('www/configurator.js', read('www/configurator.js'), '// options:start', '// options:end', configuratorDefaults(options)));
  files.set('docs/options.json', optionsJson(options));
  const readme = 'integrations/wordpress/leadership-self-check/readme.txt';
  const faq = /(Every option of the widget, with `_` for `-`: )[^.]*(\.)/;
  if (!faq.test(read(readme))) throw new Error(`${readme}: no sentence "Every option of the widget, with \`_\` for \`-\`: …." to list the options in`);
  files.set(readme, read(readme).replace(faq, (_, before, stop) => before + shortcodeNames(options) + stop));
  return files;
}

/** The generated files whose committed text differs from what the table gives. */
export function stale(files = outputs()) {
  return [...files].filter(([file, text]) => !existsSync(path.join(ROOT, file)) || read(file) !== text).map(([file]) => file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const files = outputs();
    const changed = stale(files);
    for (const file of changed) writeFileSync(path.join(ROOT, file), files.get(file));
    console.log(changed.length ? `Wrote ${changed.join(', ')}` : 'Every generated file is up to date.');
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
