// @ts-check
// Where the release's files are: next to the loader, however it was loaded (a classic script tag,
// <script type="module">, or import()), unless data-base on its script tag says otherwise.

/**
 * The loader's own URL. The ES module knows it; a classic script knows its element; the classic
 * script run as a module (or by import()) has no document.currentScript, so its URL is read from
 * a stack trace, which every engine prints with the script's address.
 * @returns {string | null}
 */
function ownUrl() {
  // The ES module build (dist/module.js, or an app's bundle that includes it) knows its own URL;
  // in the classic script's bundle import.meta is empty.
  if (import.meta.url) return import.meta.url;
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return script.src;
  const stack = String(new Error().stack || '');
  const match = stack.match(/(?:https?|file):\/\/[^\s()@]+?\.m?js(?=[?#:)\s]|$)/);
  return match ? match[0] : null;
}

/** The script element that loaded `url`, for its data-base. @param {string} url */
function scriptFor(url) {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) return script;
  for (const s of document.querySelectorAll('script[src]')) {
    if (s instanceof HTMLScriptElement && s.src.split(/[?#]/)[0] === url.split(/[?#]/)[0]) return s;
  }
  return null;
}

/**
 * @returns {{ scriptUrl: string, base: URL, script: HTMLScriptElement | null }}
 */
function find() {
  const found = ownUrl();
  const scriptUrl = found || document.baseURI;
  if (!found) {
    console.warn('leadership-self-check: could not tell where embed.js was loaded from; looking for its files next to the page. ' +
      'Set data-base="https://…/" (the release folder, with its final /) on its script tag.');
  }
  const script = found ? scriptFor(found) : null;
  const given = script && script.dataset.base;
  // An explicit base wins, for set-ups that rewrite script URLs; a malformed one is reported.
  if (given) {
    try {
      return { scriptUrl, base: new URL(given, scriptUrl), script };
    } catch {
      console.warn('leadership-self-check: data-base "' + given + '" is not a URL; using ' + scriptUrl);
    }
  }
  return { scriptUrl, base: new URL('.', scriptUrl), script };
}

export const { scriptUrl, base, script } = find();

/**
 * How long the loader waits for a download (the Wasm, a framework-src document) before saying it
 * failed: `data-timeout` on the script tag, in seconds, or 30.
 */
export const TIMEOUT_MS = (() => {
  const seconds = Number(script?.dataset.timeout);
  return seconds > 0 ? seconds * 1000 : 30000;
})();
