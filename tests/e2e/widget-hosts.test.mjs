// End-to-end tests of widget.js on host pages that do not hold still: widgets a CMS or a
// single-page app adds after widget.js ran, widget.js included twice from two addresses
// (WordPress adds ?ver= to every script it enqueues), and an element that another script
// takes for its own shadow root.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { observersAnswered, watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const widgetScript = (app, query = '') => `<script type="module" src="${app.url}widget.js${query}"></script>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    // One widget from the start (the sentinel that widget.js has run), and a slot that
    // the page fills later.
    '/later.html': hostPage('', `<div id="w1" data-gut-skin data-sections="quiz"></div><div id="slot"></div>${widgetScript(app)}`),
    '/taken.html': hostPage('', `<div style="height:10000px">A long article.</div><div id="far" data-gut-skin data-sections="quiz"></div>${widgetScript(app)}`),
    // Theme CSS that makes every div a flex container, the widget's element included.
    '/flex.html': hostPage('<style>div { display: flex; }</style>', `<div id="w1" data-gut-skin data-sections="quiz"></div>${widgetScript(app)}`),
    '/twice.html': hostPage('', `<div id="w1" data-gut-skin data-sections="quiz"></div>${widgetScript(app)}${widgetScript(app, '?ver=6.5')}`),
  }),
});

test('widgets the page adds after widget.js ran hold their place, and mount as they near the viewport', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/later.html', env.host.url).href);
  await page.locator('#w1 .gsa-widget:not([hidden]) #quiz').waitFor();
  // As a CMS renders a block: a wrapper with a widget in it, one just below the first
  // screen, and one far down the page.
  await page.evaluate(() => {
    const block = document.createElement('section');
    block.innerHTML = `<div id="near" data-gut-skin data-sections="checklist"></div>
      <div style="height:10000px">More of the publisher's article.</div>
      <div id="far" data-gut-skin data-sections="quiz"></div>`;
    document.getElementById('slot').append(block);
  });
  await page.locator('#near .gsa-widget:not([hidden]) fieldset.tip-list:not([aria-disabled])').waitFor();
  // Sentinel: every observer has answered for the page as it is now; the far widget
  // would have begun mounting (attaching its shadow root) by then.
  await observersAnswered(page);
  const far = page.locator('#far');
  assert.ok((await far.evaluate((el) => el.getBoundingClientRect().height)) > 400, 'the far widget holds its place');
  assert.equal(await far.evaluate((el) => el.shadowRoot === null), true, 'and waits until it is needed');
  await far.scrollIntoViewIfNeeded();
  await page.locator('#far .gsa-widget:not([hidden]) #quiz button:not([aria-disabled])').first().waitFor();
  // A widget added on its own, straight into the page, mounts too.
  await page.evaluate(() => {
    const alone = document.createElement('div');
    alone.id = 'alone';
    alone.dataset.gutSkin = '';
    alone.dataset.sections = 'quiz';
    document.getElementById('far').after(alone);
  });
  await page.locator('#alone .gsa-widget:not([hidden]) #quiz').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
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

test('a host whose CSS makes the widget element a flex container still gets a full-width widget', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/flex.html', env.host.url).href);
  await page.locator('#w1 .gsa-widget:not([hidden]) #quiz').waitFor();
  const widths = await page.locator('#w1').evaluate((host) => ({
    host: host.getBoundingClientRect().width,
    widget: host.shadowRoot.querySelector('.gsa-widget').getBoundingClientRect().width,
  }));
  assert.equal(widths.widget, widths.host, JSON.stringify(widths));
  assert.deepEqual(problems, []);
  await context.close();
});
