// The environment every Firefox ESR the tests start runs in (the browser tests through
// Playwright, the screen-reader tests directly).
//
// Firefox ESR 153 crashed at launch (exit 11), twice in a dozen runs of the browser step: while
// its main thread adds variables to the environment (glibc moves the array; Firefox's allocator
// poisons the old one), a GLib worker connecting to the session bus translates a message, and
// glibc's gettext reads LANGUAGE with libc's own getenv, which Firefox's environment lock does
// not cover. In the "C" message locale gettext returns before reading the environment, so no
// thread but the main one reads it unguarded (docs/browser-engines.md, "Flakes looked for").
// Pages see no difference: Firefox's own strings and the page's locale do not come from here.
export function firefoxEnvironment(env = process.env) {
  const { LC_ALL, ...rest } = env;
  // LC_ALL would override LC_MESSAGES; as LANG it still sets every other category.
  return { ...rest, ...(LC_ALL ? { LANG: LC_ALL } : {}), LC_MESSAGES: 'C' };
}
