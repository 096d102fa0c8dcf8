// End-to-end tests of embed.js on the host pages publishers really have: a phone-width
// column where the whole explainer is over 20,000 px tall, a stylesheet that gives every
// iframe padding and a border under `box-sizing: border-box`, and embed.js arriving late
// (a "delay JS" plugin or a tag manager) after the iframe has already told its height.
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
    // No embed.js yet: the test adds it once the iframe has told its height.
    '/late.html': hostPage(
      `<script>window.heights = []; addEventListener('message', (event) => {
        if (event.data?.type === 'gut-skin-axis:height') window.heights.push(event.data);
      });</script>`,
      iframe(app, '&sections=quiz,checklist'),
    ),
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

test('embed.js that starts after the iframe told its height asks again, and sizes it', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/late.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  // The iframe has told its height as it is now, and nobody was listening but this page.
  const told = async () => {
    const { app } = await sizes(page);
    return page.evaluate((height) => window.heights.some((message) => message.height === height), app);
  };
  for (const deadline = Date.now() + 10000; !(await told()); ) {
    if (Date.now() > deadline) assert.fail('the iframe never told its height');
    await page.waitForTimeout(50);
  }
  const before = await page.evaluate(() => window.heights.length);
  await page.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.body.append(script);
      }),
    `${env.app.url}embed.js`,
  );
  const fitted = await waitFitted(page);
  assert.equal(fitted.outer, fitted.app);
  // The answer is the height alone, as ever.
  const answers = await page.evaluate((from) => window.heights.slice(from), before);
  assert.ok(answers.length >= 1);
  for (const answer of answers) assert.deepEqual(Object.keys(answer).sort(), ['height', 'type']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed answers only a request to measure, and only with its height', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/late.html', env.host.url).href);
  await page.frameLocator('#explainer').locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  const frame = page.frames().find((candidate) => candidate.url().startsWith(env.app.url));
  // Added after the app's own listener (the app is live), so once this one has seen a
  // message, the app has handled it too, and posted any answer.
  await frame.evaluate(() => {
    window.received = 0;
    addEventListener('message', () => (window.received += 1));
  });
  const from = await page.evaluate(() => window.heights.length);
  const others = [{ type: 'gut-skin-axis:height', height: 5 }, { type: 'gut-skin-axis:event' }, 'gut-skin-axis:measure', null];
  await page.evaluate((messages) => {
    for (const data of messages) document.getElementById('explainer').contentWindow.postMessage(data, '*');
  }, others);
  await frame.waitForFunction((count) => window.received === count, others.length);
  // Sentinel: the content grows and the app tells its new height. Any answer to the
  // messages above was posted before that, so it would arrive first.
  const grown = await frame.evaluate(() => {
    const app = document.getElementById('app');
    const block = document.createElement('div');
    block.style.height = '100px';
    app.append(block);
    return Math.ceil(app.getBoundingClientRect().height);
  });
  await page.waitForFunction((height) => window.heights.some((message) => message.height === height), grown);
  const heard = await page.evaluate((start) => window.heights.slice(start), from);
  assert.deepEqual(heard.map((message) => message.height), [grown], 'only the growth was told');
  // A request to measure is answered, with the height alone.
  await page.evaluate(() => document.getElementById('explainer').contentWindow.postMessage({ type: 'gut-skin-axis:measure' }, '*'));
  await page.waitForFunction((start) => window.heights.length > start + 1, from);
  const answers = await page.evaluate((start) => window.heights.slice(start + 1), from);
  assert.deepEqual(answers, [{ type: 'gut-skin-axis:height', height: grown }]);
  assert.deepEqual(problems, []);
  await context.close();
});
