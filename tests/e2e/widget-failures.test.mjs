// End-to-end tests of a widget (widget.js) whose code cannot arrive or cannot run on the
// host page: the app's server down, a connection that hangs, a page that enforces
// Trusted Types. Each ends in one failure line with "Try again" in the widget's place,
// never in blank space or an uncaught error; a retry mounts the widget styled, and once.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watch } from '../support/browser.mjs';
import { doubleRetryMountsOnce, hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const widget = (app, attributes) =>
  `<div id="w1" data-gut-skin ${attributes}></div><p id="after">The publisher's text goes on.</p><script type="module" src="${app.url}widget.js"></script>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/dark.html': hostPage('', widget(app, 'data-sections="quiz,checklist" data-theme="dark" data-accent="#c026d3"')),
    // A dark publisher's page: its colours stop at the shadow root.
    '/dark-host.html': hostPage('<style>body { background: #111; color: #eee; }</style>', widget(app, 'data-sections="quiz" data-theme="dark"')),
    '/quiz.html': hostPage('', widget(app, 'data-sections="quiz"')),
    '/trusted-types.html': hostPage(
      `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`,
      widget(app, 'data-sections="quiz"'),
    ),
  }),
});

const GLUE = /\/gut-skin-axis-[0-9a-f]+\.js$/;

/**
 * Makes every request to the app but widget.js fail as with no network while `outage.down`
 * is true (widget.js itself has arrived: the outage starts after the host page loaded).
 */
async function withOutage(context) {
  const outage = { down: true };
  await context.route(
    (url) => url.origin === env.app.origin && !url.pathname.endsWith('/widget.js'),
    (route) => (outage.down ? route.abort('internetdisconnected') : route.continue()),
  );
  return outage;
}

/** The widget's height on the host page, in px. */
const hostHeight = (page) => page.locator('#w1').evaluate((el) => el.getBoundingClientRect().height);

test('a widget that could not load gives back the space it reserved', async () => {
  const context = await env.browser.newContext();
  await withOutage(context);
  const page = await context.newPage();
  await page.goto(new URL('/dark.html', env.host.url).href);
  await page.locator('#w1 .gsa-failed').waitFor();
  // The line alone: not the 2,000 px or so the quiz and checklist would have filled.
  const height = await hostHeight(page);
  assert.ok(height < 200, `the failed widget is ${height}px tall`);
  assert.equal(await page.locator('#w1').evaluate((el) => el.style.minHeight), '');
  await context.close();
});

test('after an outage, "Try again" fetches the stylesheet again and shows the widget only once styled', async () => {
  const context = await env.browser.newContext();
  const outage = await withOutage(context);
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/dark.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  await failed.waitFor();
  // The look the widget has when it is first shown, whatever comes after.
  await page.evaluate(() => {
    const root = document.getElementById('w1').shadowRoot.querySelector('.gsa-widget');
    new MutationObserver((_, observer) => {
      if (root.hidden) return;
      observer.disconnect();
      window.firstShown = { background: getComputedStyle(root).backgroundColor, font: getComputedStyle(root).fontFamily };
    }).observe(root, { attributes: true, attributeFilter: ['hidden'] });
  });
  outage.down = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#w1 .gsa-widget:not([hidden]) #quiz button:not([aria-disabled])').first().waitFor();
  const firstShown = await page.evaluate(() => window.firstShown);
  assert.equal(firstShown.background, 'rgb(20, 23, 27)', 'shown in its dark theme from the start');
  assert.doesNotMatch(firstShown.font, /Times/, 'in its own font, not the browser default');
  const accent = await page.locator('#w1 button.primary').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(accent, 'rgb(192, 38, 211)', 'data-accent');
  assert.equal(await page.locator('#w1 .gsa-failed').count(), 0);
  const unexpected = problems.filter((problem) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('a connection that hangs ends in the failure line, and what arrives late mounts once', async () => {
  const context = await env.browser.newContext();
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await context.route(GLUE, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/quiz.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  // widget.js gives up waiting after about 15 s.
  await failed.waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#w1').evaluate((el) => el.style.minHeight), '', 'the reserved space is given back');
  // A double press while the code is still on its way, then the code arrives.
  await doubleRetryMountsOnce(page, release);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a host page that enforces Trusted Types, the widget says it could not load, with no uncaught error', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems, requests } = watch(page);
  await page.goto(new URL('/trusted-types.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not load/);
  assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the code arrived: it is running it that failed');
  assert.equal(await page.locator('#w1').evaluate((el) => el.style.minHeight), '');
  // "Try again" fails the same way, in a fresh container in place of the half-mounted one.
  await page.locator('#w1 .gsa-widget').evaluate((root) => root.setAttribute('data-tried', ''));
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#w1 .gsa-widget:not([data-tried])').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#w1 .gsa-widget').count(), 1);
  assert.equal(await failed.count(), 1);
  // The browser's own reports of the blocked assignments are console errors; nothing is uncaught.
  assert.deepEqual(problems.filter((problem) => problem.startsWith('pageerror')), []);
  await context.close();
});

test('on a dark host page, the failure line is in the widget\'s dark theme with a button that looks like one', async () => {
  const context = await env.browser.newContext();
  // The stylesheet arrives, the code does not.
  await context.route(/_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await page.goto(new URL('/dark-host.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  await failed.waitFor();
  const look = await failed.evaluate((line) => {
    const style = getComputedStyle(line);
    const button = getComputedStyle(line.querySelector('button'));
    return { color: style.color, background: style.backgroundColor, font: style.fontFamily, buttonBorder: button.borderTopStyle };
  });
  assert.equal(look.background, 'rgb(20, 23, 27)', JSON.stringify(look));
  assert.notEqual(look.color, 'rgb(0, 0, 0)', JSON.stringify(look));
  assert.doesNotMatch(look.font, /Times/, JSON.stringify(look));
  assert.equal(look.buttonBorder, 'solid', JSON.stringify(look));
  await context.close();
});
