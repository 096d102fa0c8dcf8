// The loader, widget and service worker survive bad input and failed or hanging fetches
// (issue 19): a malformed fragment is ignored, "Try again" after a failed glue fetch goes
// live and mounts once however often it is pressed, and a page request that hangs is
// answered from the worker's copy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchChromium, watch } from '../support/browser.mjs';
import { doubleRetryMountsOnce, hostPage } from '../support/host.mjs';
import { serveStatic } from '../support/server.mjs';

const env = {};
before(async () => {
  // With the README's cache headers, as the offline tests: the worker keeps the page.
  env.app = await serveStatic(undefined, { caching: true });
  env.host = await serveStatic(undefined, {
    routes: {
      '/widget.html': hostPage('', `<div id="w1" data-gut-skin data-sections="quiz"></div><script type="module" src="${env.app.url}widget.js"></script>`),
    },
  });
  env.browser = await launchChromium();
});
after(async () => {
  await env.browser?.close();
  await env.host?.close();
  await env.app?.close();
});

const LIVE_CHECKLIST = 'fieldset.tip-list:not([aria-disabled])';
const GLUE = /\/gut-skin-axis-[0-9a-f]+\.js$/;
const WASM = /_bg\.wasm$/;

/**
 * Fails the first glue fetch as with no network; later ones are held, as on a slow
 * connection, until the test calls the `release` this returns.
 */
async function glueFailsOnce(context) {
  let failed = false;
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await context.route(GLUE, async (route) => {
    if (!failed) {
      failed = true;
      await route.abort('internetdisconnected');
      return;
    }
    await released;
    await route.continue();
  });
  return release;
}

for (const hash of ['#%', '#quiz%zz']) {
  test(`a link ending in ${hash} still gives live parts and a registered worker`, async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${env.app.url}${hash}`, { waitUntil: 'load' });
    await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
    await page.waitForSelector(LIVE_CHECKLIST, { timeout: 15000 });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined, null, { polling: 100 });
    assert.deepEqual(seen.problems, []);
    await context.close();
  });
}

test('on the page, a glue fetch that failed goes live on Try again, and a double press mounts once', async () => {
  const context = await env.browser.newContext();
  const release = await glueFailsOnce(context);
  await context.addInitScript(() => {
    window.starts = 0;
    addEventListener('TrunkApplicationStarted', () => (window.starts += 1));
  });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(env.app.url, { waitUntil: 'load' });
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  // The checklist's line (the fourth part's).
  await page.locator('.island-failed:not([hidden])').nth(3).waitFor();
  // Two presses in the same instant, as a quick double tap.
  await page.evaluate(() => {
    const retry = document.querySelectorAll('#app .island-failed button')[3];
    retry.click();
    retry.click();
  });
  release();
  await page.waitForSelector(LIVE_CHECKLIST);
  // Sentinel: a tick made and saved after going live; a second start would be on record by then.
  await page.locator('#tip-sleep-7h-box').check();
  await page.waitForFunction(() => Object.values(localStorage).some((value) => value.includes('sleep-7h')));
  assert.equal(await page.evaluate(() => window.starts), 1, 'started once');
  assert.equal(seen.requests.filter((url) => GLUE.test(url)).length, 2, 'the failed fetch and one more');
  assert.equal(seen.requests.filter((url) => WASM.test(url)).length, 1);
  const unexpected = seen.problems.filter((problem) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('in a widget, a glue fetch that failed goes live on Try again, and a double press mounts once', async () => {
  const context = await env.browser.newContext();
  const release = await glueFailsOnce(context);
  const page = await context.newPage();
  await page.goto(new URL('/widget.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  await failed.waitFor();
  await doubleRetryMountsOnce(page, release);
  await context.close();
});

test('a page request that hangs is answered from the worker copy within about 3 s', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(env.app.url, { waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    await page.waitForFunction(
      async (url) => (await caches.keys()).length > 0 && (await caches.match(url)) !== undefined,
      env.app.url,
      { polling: 100, timeout: 10000 },
    );
    const article = await page.locator('article').innerText();
    env.app.setHanging(true);
    // Well under the browser's own timeout (minutes): the worker answers after about 3 s.
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 8000 });
    assert.equal(await page.locator('article').innerText(), article);
  } finally {
    env.app.setHanging(false);
    await context.close();
  }
});

test('after a panic, "Reload the page" reloads it though no wasm runs any more', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.app.url, { waitUntil: 'load' });
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await page.waitForSelector(LIVE_CHECKLIST);
  // The line the panic hook writes (tests/panic_browser.rs checks the hook writes it).
  await page.evaluate(() => {
    window.beforeReload = true;
    const island = document.querySelector('#app [data-island="checklist"]');
    island.innerHTML = '<p class="island-stopped" role="alert">Stopped. <button type="button" data-reload>Reload the page</button></p>';
  });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload the page' }).click()]);
  assert.equal(await page.evaluate(() => window.beforeReload), undefined, 'a new page');
  await context.close();
});
