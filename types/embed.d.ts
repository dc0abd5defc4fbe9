// The script tag's declarations (package.json: "./embed.js"): the element, its events and
// window.LeadershipSelfCheck, with the types they use; the script exports nothing.
export type * from './index.js';
