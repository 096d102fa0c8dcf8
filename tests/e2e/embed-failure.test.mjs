// End-to-end tests of an iframe embed whose code cannot arrive. The embed's prerendered
// page is hidden until the wasm cuts it down to the chosen parts (index.html); when the
// code fails, the reader gets one failure line with "Try again" in the embed's theme,
// not the whole site page. A page whose loader never runs at all still shows, after 10 s,
// the prerendered page rather than nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const iframe = (app, query) =>
  `<iframe id="explainer" src="${app.url}?embed&${query}" title="Gut–skin axis explainer" style="width:100%;border:0;height:640px"></iframe><script src="${app.url}embed.js" async></script>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/dark.html': hostPage('', iframe(app, 'sections=quiz,checklist&theme=dark')),
  }),
});

const GLUE = /\/gut-skin-axis-[0-9a-f]+\.js$/;
const LOADER = /\/island-loader-[0-9a-f]+\.js$/;

/** Makes requests matching `pattern` fail as with no network while `outage.down` is true. */
async function withOutage(context, pattern) {
  const outage = { down: true };
  await context.route(pattern, (route) => (outage.down ? route.abort('internetdisconnected') : route.continue()));
  return outage;
}

/** What the reader sees in the frame: the failure lines shown, and whether the page's chrome shows. */
const seen = (frame) =>
  frame.locator('html').evaluate(() => ({
    failures: [...document.querySelectorAll('.island-failed')].filter((note) => note.checkVisibility()).map((note) => note.innerText),
    chrome: [...document.querySelectorAll('h1, nav, #embed')].some((element) => element.checkVisibility()),
  }));

test('an embed whose code failed shows one failure line in its theme, not the whole page, even after 10 s', async () => {
  const context = await env.browser.newContext({ colorScheme: 'light' });
  const outage = await withOutage(context, GLUE);
  const page = await context.newPage();
  const { problems } = watch(page);
  await page.goto(new URL('/dark.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('.island-failed:not([hidden])').first().waitFor();
  // index.html's own fallback has run by now: it shows the page after 10 s, so that a page
  // whose loader never ran is not blank for good.
  await frame.locator('html:not([data-embed])').waitFor({ state: 'attached', timeout: 15000 });
  const shown = await seen(frame);
  assert.equal(shown.failures.length, 1, JSON.stringify(shown.failures));
  assert.match(shown.failures[0], /^The quiz could not load/, 'the first part the embed shows');
  // The embed shows no article, so the line points at none.
  assert.doesNotMatch(shown.failures[0], /article/i);
  assert.equal(shown.chrome, false, 'no masthead, contents or builder');
  assert.equal(await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor), 'rgb(20, 23, 27)', 'theme=dark');
  // The iframe (sized by embed.js) fits the line: no screenful of blank below it.
  await page.waitForFunction(() => parseFloat(document.getElementById('explainer').style.height) < 300);
  assert.ok(await frame.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight), 'no inner scrollbar');
  // "Try again" once the code can be had builds the embed, and the line goes.
  outage.down = false;
  await frame.getByRole('button', { name: 'Try again' }).click();
  await frame.locator('#app[data-live] #quiz button:not([aria-disabled])').first().waitFor();
  assert.deepEqual(await seen(frame), { failures: [], chrome: false });
  assert.equal(await frame.locator('#checklist').count(), 1);
  // And the iframe grows to fit the parts.
  await page.waitForFunction(() => parseFloat(document.getElementById('explainer').style.height) > 1000);
  const unexpected = problems.filter((problem) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('an embed whose loader never runs shows its prerendered page after 10 s, not nothing', async () => {
  const context = await env.browser.newContext();
  await withOutage(context, LOADER);
  const page = await context.newPage();
  await page.goto(new URL('/dark.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('article section h2').first().waitFor({ state: 'attached' });
  assert.equal(await frame.locator('article').isVisible(), false, 'hidden while the loader may still come');
  await frame.locator('article').waitFor({ state: 'visible', timeout: 15000 });
  await context.close();
});
