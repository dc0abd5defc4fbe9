// @ts-check
/*
 * leadership-self-check as an ES module, for apps built with a bundler (the package's "."):
 *
 *   import { define, mount, unmount } from 'leadership-self-check';
 *   define();                                  // <leadership-self-check> and the div form
 *   const widget = await mount(element, { mode: 'full' });
 *
 * The same loader as embed.js, but nothing happens on import and no global is set: define()
 * does what embed.js does on loading. The Wasm is found next to the file this module ends up in
 * (its import.meta.url): copy dist/leadership_self_check_bg.*.wasm there.
 */
import { defineElement } from './loader/element.js';
import { watchDivs } from './loader/observer.js';
import { mount, unmount, watchForTraps } from './loader/widgets.js';

export { mount, unmount };

let defined = false;

/** Defines <leadership-self-check> and mounts every <div data-leadership-self-check>, now and later. */
export function define() {
  if (defined) return;
  defined = true;
  watchForTraps();
  defineElement();
  watchDivs();
}
