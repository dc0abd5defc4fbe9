// TypeScript declarations for leadership-self-check: the ES module (`import { define, mount,
// unmount } from 'leadership-self-check'`), the element, its attributes, its events, and the
// JavaScript API of the script tag. Loaded with the script tag only, bring them in with
//   /// <reference types="leadership-self-check/embed.js" />
// The public contract these describe, and what changes it in which version: docs/web-teams.md.

// options:start Generated from option-table.json by scripts/generate-options.mjs: edit the table, then run `node scripts/generate-options.mjs`.
/** `view`: Which parts to show: the framework explorer, the self-check, or both as tabs. */
export type LscView = 'framework' | 'self-check' | 'both';
/** `mode`: The self-check's length: quick asks 12 statements, full all 39. */
export type LscMode = 'quick' | 'full';
/** `persist`: local keeps a visitor's answers in their browser (localStorage); none keeps them in the page only. */
export type LscPersist = 'local' | 'none';
/** `heading-level`: The level of the widget's top heading, so that it fits the page's outline. */
export type LscHeadingLevel = 2 | 3 | 4 | 5 | 6;
/** `color-scheme`: The palette: light, dark, or auto (the visitor's own setting, prefers-color-scheme). */
export type LscColorScheme = 'light' | 'dark' | 'auto';
/** `loading`: eager loads at once; lazy downloads and starts the widget only when it comes within about one screen of the viewport (the Wasm is still downloaded once for all the widgets). */
export type LscLoading = 'eager' | 'lazy';

/**
 * The element's attributes as written in HTML (`<leadership-self-check mode="full">`); in the
 * div form each is a `data-` attribute (`<div data-leadership-self-check data-mode="full">`).
 * Every one is optional; a value that is not allowed is reported in `lsc:error` and the default
 * is used.
 */
export interface LeadershipSelfCheckAttributes {
  /** Default `both`. */
  view?: LscView;
  /** Default `quick`. */
  mode?: LscMode;
  /** Default `local`. */
  persist?: LscPersist;
  /** Default `2`. */
  'heading-level'?: `${LscHeadingLevel}`;
  /** Default `light`. */
  'color-scheme'?: LscColorScheme;
  /** The URL of another framework document in the same schema (docs/framework-schema.md); widgets naming the same document share one download. Default: the bundled framework. */
  'framework-src'?: string;
  /** A link (https, http or relative) to the framework on your site, offered if the widget cannot load. Default: no link. */
  'fallback-href'?: string;
  /** Default `eager`. */
  loading?: LscLoading;
}

/**
 * The options of `mount()`, named in camelCase or as the attributes (`headingLevel` or
 * `'heading-level'`); given this way they win over the element's attributes.
 */
export interface MountOptions {
  view?: LscView;
  mode?: LscMode;
  persist?: LscPersist;
  headingLevel?: LscHeadingLevel | `${LscHeadingLevel}`;
  'heading-level'?: LscHeadingLevel | `${LscHeadingLevel}`;
  colorScheme?: LscColorScheme;
  'color-scheme'?: LscColorScheme;
  frameworkSrc?: string;
  'framework-src'?: string;
  fallbackHref?: string;
  'fallback-href'?: string;
  loading?: LscLoading;
}
// options:end

/** A mounted widget. */
export interface LeadershipSelfCheckWidget {
  /** Frees the widget and empties its shadow root; a second call does nothing. */
  unmount(): void;
}

/** `lsc:ready`: the widget is interactive. */
export type LscReadyDetail = null;

/** One theme's score in `lsc:complete`. */
export interface LscThemeScore {
  /** The theme's `id` in the framework document. */
  id: string;
  /** 0 to 100, or `null` when every answer in the theme was "does not apply". */
  score: number | null;
}

/**
 * `lsc:complete`: a visitor finished the last step and reached their results (not when they come
 * back to results saved earlier). Never any text the visitor wrote.
 */
export interface LscCompleteDetail {
  mode: LscMode;
  /** The framework document's `id`. */
  framework: string;
  themes: LscThemeScore[];
}

/**
 * Why loading failed: `browser` (no WebAssembly, or a feature it lacks), `element` (the element
 * cannot hold a shadow root), `csp` (the page's Content-Security-Policy blocked it), `download`
 * (the Wasm missing, not Wasm, failing its integrity check, or unreachable), `framework`
 * (`framework-src` unreachable or too large), `stopped` (the widget crashed).
 */
export type LscErrorCode = 'browser' | 'element' | 'csp' | 'download' | 'framework' | 'stopped';

/**
 * `lsc:error`: `message` is for the web team. With a `code`, loading failed and the element shows
 * the visitor a plain message instead; without one it is a warning (an attribute value that is
 * not allowed) or an invalid `framework-src` document, which the widget shows in its place.
 */
export interface LscErrorDetail {
  message: string;
  code?: LscErrorCode;
}

/** The events, dispatched on the element; they bubble and cross the shadow boundary. */
export interface LeadershipSelfCheckEventMap {
  'lsc:ready': CustomEvent<LscReadyDetail>;
  'lsc:complete': CustomEvent<LscCompleteDetail>;
  'lsc:error': CustomEvent<LscErrorDetail>;
}

/**
 * `<leadership-self-check>`: configured by its attributes only; it has no properties of its own.
 * Its events are typed on every element (see `GlobalEventHandlersEventMap` below).
 */
export interface LeadershipSelfCheckElement extends HTMLElement {}

/** `window.LeadershipSelfCheck`, defined by the script `embed.js`. */
export interface LeadershipSelfCheckApi {
  /** The ES module's `mount()`. */
  mount: typeof mount;
  /** The ES module's `unmount()`. */
  unmount: typeof unmount;
  /** The release: the package's version, `+`, and the Wasm's content hash (e.g. `0.2.0+3f2a…`). */
  readonly version: string;
}

/**
 * Mounts the widget in any element (also one with the tag or the `data-` form; calling it again
 * with other options mounts it again with them). Resolves to the widget, or to `null` when
 * loading failed (after the element's message and `lsc:error`).
 */
export declare function mount(element: HTMLElement, options?: MountOptions): Promise<LeadershipSelfCheckWidget | null>;

/** Frees the widget in `element`: call it before removing an element you mounted this way. */
export declare function unmount(element: HTMLElement): void;

/**
 * Defines `<leadership-self-check>` and mounts every `<div data-leadership-self-check>`, now and
 * when they are added later, as the script tag does when it loads; calling it again does nothing.
 */
export declare function define(): void;

declare global {
  interface Window {
    /** Defined once `embed.js` has run. */
    LeadershipSelfCheck?: LeadershipSelfCheckApi;
  }
  interface HTMLElementTagNameMap {
    'leadership-self-check': LeadershipSelfCheckElement;
  }
  // The events bubble and are composed, so listeners on any element, the document or the window
  // hear them.
  interface GlobalEventHandlersEventMap extends LeadershipSelfCheckEventMap {}
}
