// @ts-check
// The div form, for CMSs that strip unknown elements: <div data-leadership-self-check>, mounted,
// freed and updated like the element, driven by MutationObservers. Divs inside other components'
// open shadow roots are found too: each open shadow root met (on elements added to the page, and
// in the whole page once it has loaded, when components defined by later scripts have rendered)
// is observed as well. A closed shadow root cannot be seen into, nor one attached later to an
// element already seen: there, mount the widget with LeadershipSelfCheck.mount.

import { ATTRIBUTES, DATA_FORM } from './options.js';
import { changed, freeDetached, isKnown, mount, unmount } from './widgets.js';

/** @type {WeakSet<Node>} */
const observed = new WeakSet();

/** @type {MutationObserver} */
const observer = new MutationObserver((records) => {
  for (const r of records) {
    const target = /** @type {Element} */ (r.target);
    if (r.type === 'attributes' && target instanceof HTMLElement) {
      if (r.attributeName === DATA_FORM) {
        if (target.hasAttribute(DATA_FORM)) mount(target);
        else unmount(target);
      } else if (r.attributeName && target.hasAttribute(DATA_FORM) && r.oldValue !== target.getAttribute(r.attributeName)) {
        changed(target);
      }
    } else {
      r.addedNodes.forEach((node) => adopt(node));
    }
  }
  freeDetached((el) => el.hasAttribute(DATA_FORM));
});

/** @param {Node} root the document or an open shadow root */
function observe(root) {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: [DATA_FORM, ...ATTRIBUTES.map((n) => 'data-' + n)],
  });
}

/**
 * Mounts every div form in `node` and below, looking into open shadow roots (other than the
 * widget's own, which hold no partner content). `again`: a second look at the whole page, which
 * leaves the divs already met (mounted, or showing a failure) as they are.
 * @param {Node} node
 * @param {boolean} [again]
 */
function adopt(node, again = false) {
  if (!(node instanceof Element)) return;
  for (const el of [node, ...node.querySelectorAll('*')]) {
    if (el instanceof HTMLElement && el.hasAttribute(DATA_FORM)) {
      if (!again || !isKnown(el)) mount(el);
    } else if (el.shadowRoot && el.localName !== 'leadership-self-check') {
      observe(el.shadowRoot);
      for (const child of el.shadowRoot.children) adopt(child, again);
    }
  }
}

export function watchDivs() {
  const start = () => {
    observe(document);
    adopt(document.documentElement);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  if (document.readyState !== 'complete') window.addEventListener('load', () => adopt(document.documentElement, true));
}
