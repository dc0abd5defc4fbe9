// @ts-check
// The first screens are kept at one heading level (src/bin/prerender.rs) and moved here to the
// level the page asks for, as the widget's `Heading` (src/ui/heading.rs) renders each level:
// h2 to h6, and past h6 an h6 with aria-level. tests/loader/levels.test.mjs checks the result
// against the prerender's own render of every level.

/**
 * `html`'s headings, rendered with the widget's top heading at level `from`, moved to `to`.
 * @param {string} html
 * @param {number} from
 * @param {number} to
 */
export function atLevel(html, from, to) {
  if (from === to) return html;
  // Headings do not nest: each closing tag closes the last one opened. Yew renders a heading's
  // id first, then aria-level (src/ui/heading.rs), then the rest; the test fails if that changes.
  let tag = '';
  return html.replace(/<(\/?)h([1-6])((?: id="[^"]*")?)(?: aria-level="(\d+)")?/g, (_, close, h, id, aria) => {
    if (close) return '</' + tag;
    const level = Math.max(2, Number(aria || h) + to - from);
    tag = 'h' + Math.min(level, 6);
    return '<' + tag + id + (level > 6 ? ' aria-level="' + level + '"' : '');
  });
}
