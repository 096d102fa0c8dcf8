// End-to-end tests of embed.js on the host pages publishers really have: a phone-width
// column where the whole explainer is over 20,000 px tall, and a stylesheet that gives
// every iframe padding and a border under `box-sizing: border-box`.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const iframe = (app, query) =>
  `<iframe id="explainer" src="${app.url}?embed${query}" title="Gut–skin axis explainer" style="width:100%;border:0;height:640px" loading="lazy"></iframe>`;
const embedScript = (app) => `<script src="${app.url}embed.js" async></script>`;

// A host stylesheet of the kind many themes ship: every box border-box, iframes framed.
const FRAMED = '<style>* { box-sizing: border-box; } iframe { border: 5px solid #888 !important; padding: 10px; }</style>';

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/all.html': hostPage('', iframe(app, '') + embedScript(app)),
    '/framed.html': hostPage(FRAMED, iframe(app, '&sections=quiz,checklist') + embedScript(app)),
  }),
});

/** The iframe's outer height on the host page, and its content's sizes inside it. */
async function sizes(page) {
  const outer = await page.locator('#explainer').evaluate((el) => el.getBoundingClientRect().height);
  const inner = await page.frameLocator('#explainer').locator('html').evaluate((html) => ({
    scroll: html.scrollHeight,
    client: html.clientHeight,
    app: Math.ceil(document.getElementById('app').getBoundingClientRect().height),
  }));
  return { outer, ...inner };
}

/**
 * Waits until the iframe's viewport is exactly as tall as its content (no inner scrollbar,
 * no gap), polling for `within` ms at most; resolves to the last sizes seen.
 */
async function waitFitted(page, within = 10000) {
  const deadline = Date.now() + within;
  for (;;) {
    const seen = await sizes(page);
    if (seen.client === seen.app && seen.scroll <= seen.client) return seen;
    if (Date.now() > deadline) assert.fail(`not fitted: ${JSON.stringify(seen)}`);
    await page.waitForTimeout(50);
  }
}

test('every part at a phone width, over 20,000 px tall, fits its iframe', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/all.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('#app[data-live] #quiz button:not([aria-disabled])').waitFor();
  const fitted = await waitFitted(page);
  assert.ok(fitted.outer > 20000, `the whole explainer at 390 px is ${fitted.outer} px tall`);
  assert.equal(fitted.outer, fitted.app, 'the iframe is as tall as its content');
  assert.deepEqual(problems, []);
  await context.close();
});

test("an iframe with the host's padding and border under border-box still fits, with no inner scrollbar", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/framed.html', env.host.url).href);
  await page.frameLocator('#explainer').locator('#quiz button:not([aria-disabled])').waitFor();
  const fitted = await waitFitted(page);
  // The host's 10 px padding and 5 px border, top and bottom, are around the content.
  assert.equal(fitted.outer, fitted.app + 30);
  assert.deepEqual(problems, []);
  await context.close();
});
