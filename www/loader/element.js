// @ts-check
// <leadership-self-check>: mounted when it enters the page (now, or later in a single-page app
// or a CMS preview), freed when it leaves, updated when an option changes. Moved within the page
// (removed and put back in one go), it keeps its widget and the visitor's place in it.

import { ATTRIBUTES } from './options.js';
import { changed, mount, unmount } from './widgets.js';

export const TAG = 'leadership-self-check';

export function defineElement() {
  if (!window.customElements || customElements.get(TAG)) return;
  customElements.define(TAG, class extends HTMLElement {
    static get observedAttributes() {
      return ATTRIBUTES;
    }

    connectedCallback() {
      mount(this);
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (!this.isConnected) unmount(this);
      });
    }

    /** @param {string} _name @param {string | null} before @param {string | null} after */
    attributeChangedCallback(_name, before, after) {
      if (before !== after) changed(this);
    }
  });
}
