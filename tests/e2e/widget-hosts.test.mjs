// End-to-end tests of widget.js on host pages that do not hold still: widget.js included
// twice from two addresses (WordPress adds ?ver= to every script it enqueues), and an
// element that another script takes for its own shadow root.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { observersAnswered, watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const widgetScript = (app, query = '') => `<script type="module" src="${app.url}widget.js${query}"></script>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/taken.html': hostPage('', `<div style="height:10000px">A long article.</div><div id="far" data-gut-skin data-sections="quiz"></div>${widgetScript(app)}`),
    '/twice.html': hostPage('', `<div id="w1" data-gut-skin data-sections="quiz"></div>${widgetScript(app)}${widgetScript(app, '?ver=6.5')}`),
  }),
});

test('widget.js included twice, from two addresses, mounts each widget once with no error', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems, requests } = watch(page);
  await page.goto(new URL('/twice.html', env.host.url).href, { waitUntil: 'load' });
  assert.equal(requests.filter((url) => new URL(url).pathname === '/widget.js').length, 2, 'both copies were fetched');
  await page.locator('#w1 .gsa-widget:not([hidden]) #quiz button:not([aria-disabled])').first().waitFor();
  // Sentinel: every observer, the second copy's too, has answered and what it started
  // (a mount) has begun.
  await observersAnswered(page);
  assert.equal(await page.locator('#w1 .gsa-widget').count(), 1);
  assert.equal(await page.locator('#w1 #quiz').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an element that another script gave a shadow root is left to it, with no error", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/taken.html', env.host.url).href);
  // widget.js has found the far widget (it holds its place); then another script takes it.
  await page.waitForFunction(() => document.getElementById('far').style.minHeight !== '');
  await page.evaluate(() => {
    document.getElementById('far').attachShadow({ mode: 'open' }).innerHTML = '<p id="theirs">Another library</p>';
  });
  await page.locator('#far').scrollIntoViewIfNeeded();
  // Sentinel: widget.js's observer has answered for the far widget, and what it started has begun.
  await observersAnswered(page);
  assert.equal(await page.locator('#far #theirs').count(), 1);
  assert.equal(await page.locator('#far .gsa-widget').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
