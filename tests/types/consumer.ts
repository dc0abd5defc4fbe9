// A partner's TypeScript, type-checked in strict mode by scripts/test (tsc -p tests/types): the
// right uses compile, and each wrong use marked @ts-expect-error must fail to (tsc reports a
// marker that no longer has an error to expect).
import { define, mount, unmount } from 'leadership-self-check';
import type {
  LeadershipSelfCheckAttributes,
  LeadershipSelfCheckElement,
  LscCompleteDetail,
  LscErrorCode,
  MountOptions,
} from 'leadership-self-check/embed.js';
import { mount as scriptMount } from 'leadership-self-check/embed.js';

// The element from a query is typed, and so are its events' details.
const element: LeadershipSelfCheckElement | null = document.querySelector('leadership-self-check');
element?.addEventListener('lsc:complete', (event) => {
  const detail: LscCompleteDetail = event.detail;
  const scores: (number | null)[] = detail.themes.map((theme) => theme.score);
  // @ts-expect-error a score is null when every answer was "does not apply"
  const rounded: number[] = detail.themes.map((theme) => Math.round(theme.score));
  console.log(detail.mode === 'full', detail.framework, scores, rounded);
  // @ts-expect-error the mode is quick or full
  console.log(detail.mode === 'medium');
});

// The events bubble: a listener on the document gets the same types.
document.addEventListener('lsc:error', (event) => {
  const code: LscErrorCode | undefined = event.detail.code;
  if (code === undefined) console.warn('warning:', event.detail.message);
  else if (code === 'download' || code === 'csp') console.error(event.detail.message);
  // @ts-expect-error not one of the codes
  if (code === 'network') console.error('never');
});
document.addEventListener('lsc:ready', (event) => {
  const nothing: null = event.detail;
  console.log(nothing);
});

// The JavaScript API, defined once embed.js has run.
async function mountFull(host: HTMLElement): Promise<void> {
  const api = window.LeadershipSelfCheck;
  if (!api) return;
  const options: MountOptions = { view: 'self-check', mode: 'full', headingLevel: 3, colorScheme: 'auto' };
  const widget = await api.mount(host, options);
  // @ts-expect-error mount() resolves to null when loading failed
  widget.unmount();
  widget?.unmount();
  await api.mount(host, { headingLevel: '4', persist: 'none', fallbackHref: '/leadership' });
  // @ts-expect-error not a mode
  await api.mount(host, { mode: 'medium' });
  // @ts-expect-error heading levels are 2 to 6
  await api.mount(host, { headingLevel: 1 });
  await api.mount(host, { 'heading-level': 3, frameworkSrc: '/other-framework.json', loading: 'lazy' });
  // @ts-expect-error not an option
  await api.mount(host, { theme: 'dark' });
  // @ts-expect-error loading is eager or lazy
  await api.mount(host, { loading: 'later' });
  // @ts-expect-error the version is read-only
  api.version = '9.9.9';
  console.log(api.version.split('+')[0]);
  api.unmount(host);
}

// The ES module, in an app with a bundler: the same functions, without the global.
async function inApp(host: HTMLElement): Promise<void> {
  define();
  const widget = await mount(host, { view: 'framework' });
  if (widget) widget.unmount();
  unmount(host);
  // @ts-expect-error define() takes no options
  define({ tag: 'my-check' });
  // @ts-expect-error mount() needs an element
  await mount('#self-check');
}

// @ts-expect-error the API is undefined until embed.js has run
window.LeadershipSelfCheck.unmount(document.body);

// Attributes, e.g. for a framework's typed template: values as HTML writes them.
const attributes: LeadershipSelfCheckAttributes = { view: 'both', 'heading-level': '3', 'color-scheme': 'dark' };
// @ts-expect-error attribute values are strings
const numeric: LeadershipSelfCheckAttributes = { 'heading-level': 3 };
// @ts-expect-error not an attribute
const unknown: LeadershipSelfCheckAttributes = { theme: 'dark' };

const created = document.createElement('leadership-self-check');
for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
document.body.append(created);
void mountFull(created);
void inApp(created);
console.log(numeric, unknown);
// @ts-expect-error the classic script exports nothing: mount() is the ES module's, or window's
void scriptMount(created);
