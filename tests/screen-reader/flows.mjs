// The flows a screen-reader user takes through the widget: for each, the page it starts on, the
// keys pressed (xdotool's names) and what must, or must never, be heard on the way, as patterns.
// A flow with `after` carries on where that flow ended, in the same page (run.mjs runs it too).
//
// Each page is a plain partner page with its own banner, main and content-info landmarks, a link
// before the widget and one after; its script (READY_SCRIPT) tells the test server when the widget
// has rendered. Every flow with a page starts on the link before the widget (Tab from the top of
// the page), where a visitor tabbing through the partner's page reaches the widget.

import { makeCode } from '../browser/codes.mjs';
import { readFramework } from '../browser/harness.mjs';

export const READY_PATH = '/__lsc-sr-ready';
export const BEFORE_LINK = 'A link before the widget';

export const READY_SCRIPT = `// Tell the test server once the widget has rendered.
(function wait(started) {
  var host = document.querySelector('leadership-self-check');
  var root = host && host.shadowRoot && host.shadowRoot.querySelector('[data-lsc-root]');
  if (root && root.textContent.trim()) {
    fetch('${READY_PATH}?page=' + encodeURIComponent(location.pathname.split('/').pop()));
  } else if (Date.now() - started < 30000) {
    setTimeout(function () { wait(started); }, 100);
  }
})(Date.now());
`;

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The partner page a flow starts on. */
export function pageHtml(flow) {
  const attrs = Object.entries(flow.page.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escape(flow.title)} – a partner page</title>
<script src="embed.js" defer></script>
<script src="sr-ready.js" defer></script>
</head>
<body>
<header><p>A partner's site</p></header>
<main>
<h1>${escape(flow.title)}</h1>
<p><a href="#lsc-sr-before">${BEFORE_LINK}</a></p>
<leadership-self-check${attrs}></leadership-self-check>
<p><a href="#lsc-sr-after">A link after the widget</a></p>
</main>
<footer><p>The partner's footer</p></footer>
</body>
</html>
`;
}

const times = (n, key) => Array(n).fill(key);
// Keys on the way to what is listened to: quicker, with nothing asserted on what they say.
const FAST = { minMs: 150, quietMs: 150, maxMs: 2000 };
// Orca's say-all (keypad plus) reads on to the end of the page; on a busy machine that takes a
// while, so a step with it waits up to SAY_ALL_WAIT for the end of the page to be heard.
const SAY_ALL = 'KP_Add';
const SAY_ALL_WAIT = 40_000;
// Orca's focus mode: arrow keys then move between radios as in any browser, rather than through
// the page's text; browse mode reads the page. Insert+A toggles between them, and Orca may have
// switched on its own when focus moved (late, on a busy machine), so run.mjs presses it until
// Orca says the mode asked for.
const FOCUS_MODE = { mode: 'Focus mode' };
const BROWSE_MODE = { mode: 'Browse mode' };

const FW = readFramework();
const QUICK_IDS = FW.self_check.quick;
const DATE = /\d{1,2} [A-Z][a-z]+ \d{4}/;
const INVITE = `#lsc-invite=1.${FW.id}.quick.Sam`;

// Reading a whole page (say-all): the partner's page has one banner and one content-info
// landmark, and the widget adds none; no empty live region read as a status bar; no heading or
// summary focused by the widget read as "clickable".
const WHOLE_PAGE = {
  count: [
    [/^banner$/, 1],
    [/^information$/, 1],
  ],
  never: [/status ?bar/i, /\bclickable\b/],
};
const NOT_CLICKABLE = [/\bclickable\b/];

/** From a later step's heading: its three statements answered "Rarely" (Space on each first radio), past Back to Next. */
const answerStep = (n) => ({
  label: `Answer step ${n}'s statements (Space on each first radio) and press Next`,
  keys: [...times(3, ['Tab', 'space']).flat(), 'Tab', 'Tab', 'Return'],
  pace: FAST,
});

export const FLOWS = [
  {
    name: 'explorer',
    title: 'The framework explorer',
    about: 'The framework and the self-check as two tabs (the default, view="both"): the tabs, a theme of the accordion, the cross-framework select, then the page read from the top.',
    page: { attributes: {} },
    steps: [
      { label: 'Tab into the widget', keys: ['Tab'], hear: [/The framework page tab/, /1 of 2/], never: NOT_CLICKABLE },
      { label: 'Right arrow: the other tab', keys: ['Right'], hear: [/Self-check page tab/, /2 of 2/] },
      { label: 'Left arrow: back', keys: ['Left'], hear: [/The framework page tab/, /1 of 2/] },
      { label: 'Tab to "Show all themes"', keys: ['Tab', 'Tab'], hear: [/Show all themes/, /collapsed/] },
      { label: 'Tab to the first theme', keys: ['Tab'], hear: [/Strategic intent/, /collapsed/, /push button/] },
      { label: 'Open it', keys: ['Return'], hear: [/expanded/] },
      { label: 'Tab past the other themes to the select', keys: times(4, 'Tab'), pace: FAST, hear: [/Heading in another framework/, /combo box/] },
      // The live region's summary of the choice, announced.
      { label: 'Down arrow: the first heading of another framework', keys: ['Down'], hear: [/\(Leadership feedback model for CCGs\): linked from \d+ themes?\./] },
      // Orca 43 speaks no tab list's name, on a tab or in a say-all (the name is in the tree:
      // tests/browser/semantics.test.mjs), but reads both tabs with their positions.
      {
        label: 'Browse mode, read the page from the top',
        keys: [BROWSE_MODE, 'ctrl+Home', SAY_ALL],
        wait: SAY_ALL_WAIT,
        hear: [/The framework\s+page tab\s+1 of 2\s+Self-check\s+page tab\s+2 of 2/, /The partner's footer/],
        ...WHOLE_PAGE,
      },
    ],
  },
  {
    name: 'check',
    title: 'A self-check step and the error summary',
    about: 'The self-check alone (view="self-check"), entered from the partner\'s page: the first statement, Next with nothing answered, then the page read from the top.',
    page: { attributes: { view: 'self-check' } },
    steps: [
      {
        label: 'Tab into the widget',
        keys: ['Tab'],
        hear: [/Leadership for empowered and healthy communities/, /How often does this describe you\?/, /Sees the big picture/, /Rarely/, /radio button/],
        never: NOT_CLICKABLE,
      },
      {
        label: 'Tab to the next statement',
        keys: ['Tab'],
        hear: [/Engages the whole workforce/, /How often does this describe you\?/],
        // Named once, on the way in.
        never: [/Leadership for empowered and healthy communities/],
      },
      { label: 'Tab to Next', keys: ['Tab', 'Tab'], pace: FAST },
      {
        label: 'Press Next with nothing answered',
        keys: ['Return'],
        hear: [/There is a problem/, /Select how often this describes you: Sees the big picture/, /Select how often this describes you: Takes a whole population/],
        never: NOT_CLICKABLE,
      },
      { label: 'Tab to the first error link and follow it', keys: ['Tab', 'Return'], hear: [/Sees the big picture/, /Rarely/, /radio button/] },
      // Say-all leaves focus at the end of the page: last.
      { label: 'Read the page from the top', keys: ['ctrl+Home', SAY_ALL], wait: SAY_ALL_WAIT, hear: [/The partner's footer/], ...WHOLE_PAGE },
    ],
  },
  {
    name: 'answers',
    title: 'Answering every step',
    about: 'The self-check alone, every statement answered with Space, step by step, to "Check your answers".',
    page: { attributes: { view: 'self-check' } },
    steps: [
      { label: 'Tab into the widget, Space: "Rarely"', keys: ['Tab', 'space'], hear: [/Sees the big picture/, /selected/] },
      {
        label: 'Answer the rest of step 1 and press Next',
        keys: ['Tab', 'space', 'Tab', 'space', 'Tab', 'Return'],
        pace: FAST,
        hear: [/Step 2 of 4/, /Driving transformation heading/],
        never: NOT_CLICKABLE,
      },
      { ...answerStep(2), hear: [/Step 3 of 4/, /Facilitative and collaborative style heading/], never: NOT_CLICKABLE },
      { ...answerStep(3), hear: [/Step 4 of 4/, /Flexibility and openness heading/], never: NOT_CLICKABLE },
      { ...answerStep(4), hear: [/Check your answers/], never: NOT_CLICKABLE },
    ],
  },
  {
    name: 'change',
    after: 'answers',
    title: 'Check your answers, with Change',
    about: 'On "Check your answers": the first Change button, a new answer, and back.',
    steps: [
      { label: 'Tab to the first Change', keys: ['Tab'], hear: [/Change your answer to: Sees the big picture.*push button/] },
      { label: 'Press Change', keys: ['Return'], hear: [/Sees the big picture/, /How often does this describe you\?/, /Rarely\.?\s+selected radio button/], never: NOT_CLICKABLE },
      { label: 'Focus mode, Right arrow: "Sometimes"', keys: [FOCUS_MODE, 'Right'], hear: [/Sometimes\.?\s+selected radio button/] },
      { label: 'Tab to "Return to your answers"', keys: ['Tab', 'Tab', 'Tab'], pace: FAST, hear: [/Return to your answers push button/] },
      { label: 'Press it', keys: ['Return'], hear: [/Change your answer to: Sees the big picture.*push button/], never: NOT_CLICKABLE },
    ],
  },
  {
    name: 'results',
    after: 'change',
    title: 'The results',
    about: 'From "Check your answers" to the results, read from their heading to the end of the page.',
    steps: [
      { label: 'Tab to "See my results"', keys: times(13, 'Tab'), pace: FAST, hear: [/See my results push button/] },
      { label: 'Press it', keys: ['Return'], hear: [/Your results heading/], never: NOT_CLICKABLE },
      {
        label: 'Read on from the heading',
        keys: [SAY_ALL],
        wait: SAY_ALL_WAIT,
        hear: [/Strategic intent: \d+ out of 100/, /Your action plan/, /Your earlier checks/, /The partner's footer/],
        count: [[/^information$/, 1]],
        never: WHOLE_PAGE.never,
      },
    ],
  },
  {
    name: 'codes',
    after: 'results',
    title: 'A colleague\'s response code entered',
    about: 'In the results: the response-code box found as the fourth text field of the page (after the action plan\'s three), a code typed, "Add the code".',
    steps: [
      { label: 'From the top, text fields (e) to the response code', keys: ['ctrl+Home', ...times(4, 'e')], hear: [/Response code entry/] },
      { label: 'Focus mode, type a code', keys: [FOCUS_MODE, { type: makeCode({ ids: QUICK_IDS }) }], hear: [] },
      { label: 'Tab to "Add the code" and press it', keys: ['Tab', 'Return'], hear: [/Add the code push button/, /Codes added heading/], never: NOT_CLICKABLE },
      { label: 'Tab to the code added', keys: ['Tab'], hear: [/Remove code 1/] },
    ],
  },
  {
    name: 'earlier',
    after: 'codes',
    title: 'An earlier check',
    about: 'In the results: the earlier checks (headings, h), the first one opened.',
    steps: [
      { label: 'Headings (h) to "Your earlier checks"', keys: times(4, 'h'), pace: FAST, hear: [/Your earlier checks heading/] },
      { label: 'Buttons (b) to the first "Open"', keys: ['b'], hear: [new RegExp(`Open ${DATE.source}, quick check \\(this check\\) push button`)] },
      { label: 'Press it', keys: ['Return'], hear: [new RegExp(`Your results from ${DATE.source}`)], never: NOT_CLICKABLE },
    ],
  },
  {
    name: 'colleague',
    title: 'A colleague giving their view',
    about: `The invitation link (${INVITE}) opened by a colleague: the first statement, about Sam, then every step answered and the response code.`,
    page: { attributes: { view: 'self-check' }, hash: INVITE },
    steps: [
      { label: 'Tab into the widget', keys: ['Tab'], hear: [/Sees the big picture/, /How often does this describe Sam\?/, /radio button/] },
      {
        label: 'Answer step 1 and press Next',
        keys: ['space', 'Tab', 'space', 'Tab', 'space', 'Tab', 'Return'],
        pace: FAST,
        hear: [/Step 2 of 4/],
        never: NOT_CLICKABLE,
      },
      { ...answerStep(2), hear: [/Step 3 of 4/] },
      { ...answerStep(3), hear: [/Step 4 of 4/] },
      { ...answerStep(4), hear: [/Check your answers/] },
      { label: 'Tab to "Get my response code"', keys: times(14, 'Tab'), pace: FAST, hear: [/Get my response code push button/] },
      { label: 'Press it', keys: ['Return'], hear: [/Your response code heading/], never: NOT_CLICKABLE },
      { label: 'Read on from the heading', keys: [SAY_ALL], wait: SAY_ALL_WAIT, hear: [/[0-9A-Z]{4}-[0-9A-Z]{4}/, /Copy the code/, /The partner's footer/], never: WHOLE_PAGE.never },
    ],
  },
];
