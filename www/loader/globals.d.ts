// Constants scripts/package.mjs fills in when it bundles the loader.
declare const __LSC_WASM_FILE__: string;
declare const __LSC_WASM_INTEGRITY__: string;
declare const __LSC_VERSION__: string;
declare const __LSC_LATER__: Record<string, { file: string; integrity: string }>;

interface Window {
  LeadershipSelfCheck?: {
    mount: typeof import('./widgets.js').mount;
    unmount: typeof import('./widgets.js').unmount;
    base: string;
    version: string;
  };
}
