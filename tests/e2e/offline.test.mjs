// Offline: the release page's service worker keeps what the reader has seen, so the
// page opens and its live parts work with no network; a new build replaces the old one
// whole; embeds and widget hosts never get a worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launchChromium, wake, watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { buildAssets, copyBuild, writeNextBuild } from '../support/next-build.mjs';
import { DIST, serveStatic } from '../support/server.mjs';

const env = {};
before(async () => {
  env.temp = mkdtempSync(join(tmpdir(), 'gut-skin-offline-'));
  env.browser = await launchChromium();
});
after(async () => {
  await env.browser?.close();
  rmSync(env.temp, { recursive: true, force: true });
});

const LIVE_CHECKLIST = 'fieldset.tip-list:not([aria-disabled])';
const OFFLINE_NOTE = 'You are offline: this page and your saved data still work.';

/** Our build served from a copy of dist/ (so a test may swap it), with the cache headers of docs/hosting.md. */
async function serveCopy(name) {
  const dir = join(env.temp, name);
  copyBuild(DIST, dir);
  const app = await serveStatic(dir, { gzip: true, caching: true });
  return { app, dir };
}

/** Every URL held in the page's Cache Storage. */
const cachedUrls = (page) =>
  page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls.sort();
  });

/** Polls `check(await cachedUrls(page))` until it holds (10 s at most). */
async function untilCache(page, check, what) {
  const deadline = Date.now() + 10000;
  let urls = [];
  while (Date.now() < deadline) {
    urls = await cachedUrls(page);
    if (check(urls)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`the cache never ${what}: ${urls.join(', ')}`);
}

/** Waits until the Cache Storage holds every one of `urls`. */
const untilCached = (page, wanted) =>
  untilCache(page, (urls) => wanted.every((url) => urls.includes(url)), `held ${wanted.join(', ')}`);

/** No network for the page, its worker, or anything: the browser is offline and the server is gone. */
async function goOffline(context, app) {
  app.setDown(true);
  await context.setOffline(true);
}

const assetUrls = (app, assets) => Object.values(assets).map((name) => `${app.url}${name}`);

test('after one online visit, an offline reload shows the article and a live checklist whose tick saves', async () => {
  const { app, dir } = await serveCopy('visit');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    await untilCached(page, [app.url, ...assetUrls(app, buildAssets(dir))]);
    const article = await page.locator('article').innerText();

    await goOffline(context, app);
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.locator('article').innerText(), article, 'the same article, offline');
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    await page.locator('#tip-sleep-7h-box').check();
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => localStorage.getItem(key).includes('sleep-7h')));

    await page.reload({ waitUntil: 'load' });
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), true, 'the tick survived an offline reload');
    assert.equal(await page.locator('.island-failed:not([hidden])').count(), 0);
    const unexpected = seen.problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(problem));
    assert.deepEqual(unexpected, []);
  } finally {
    await context.close();
    await app.close();
  }
});

test('the offline note appears while the browser is offline and goes away when it is back', async () => {
  const { app } = await serveCopy('note');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    const note = page.locator('.offline-note');
    assert.equal(await note.getAttribute('role'), 'status');
    // The loader comes after load and first paint; until then, and online, the note is empty.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await note.textContent(), '');
    assert.equal(await note.isVisible(), false);
    await context.setOffline(true);
    await page.waitForFunction((text) => document.querySelector('.offline-note').textContent === text, OFFLINE_NOTE);
    assert.equal(await note.isVisible(), true);
    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelector('.offline-note').textContent === '');
    assert.equal(await note.isVisible(), false);

    // Opened offline, the page says so from the start.
    await goOffline(context, app);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction((text) => document.querySelector('.offline-note').textContent === text, OFFLINE_NOTE);
  } finally {
    await context.close();
    await app.close();
  }
});

test('offline, a part whose code was never fetched says it needs a connection the first time', async () => {
  const { app } = await serveCopy('never');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  try {
    // A reader who only reads the top: the page is kept, the islands' code never fetched.
    await page.goto(app.url, { waitUntil: 'load' });
    await untilCached(page, [app.url]);
    assert.equal(seen.requests.filter((url) => /\.wasm$/.test(url)).length, 0);
    const article = await page.locator('article').innerText();

    await goOffline(context, app);
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.locator('article').innerText(), article);
    await page.locator('#checklist').scrollIntoViewIfNeeded();
    const notes = page.locator('.island-failed:not([hidden])');
    await notes.first().waitFor();
    assert.equal(await notes.count(), 5, 'one line for each interactive part');
    const checklistNote = page.locator('.island-failed:has(+ [data-island="checklist"])');
    assert.match(
      await checklistNote.innerText(),
      /^This part needs a connection the first time it opens; then it works offline too\. Try again once online\.\s+Try again$/,
    );
    // Back online, Try again makes it live.
    app.setDown(false);
    await context.setOffline(false);
    await checklistNote.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector(LIVE_CHECKLIST);
  } finally {
    await context.close();
    await app.close();
  }
});

test('after a new build is deployed, an online reload uses only the new build and the old files leave the cache', async () => {
  const { app, dir } = await serveCopy('deploy');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    const first = buildAssets(dir);
    await untilCached(page, [app.url, ...assetUrls(app, first)]);

    const next = writeNextBuild(DIST, dir);
    assert.notDeepEqual(Object.values(next).sort(), Object.values(first).sort());
    const seen = watch(page);
    await page.reload({ waitUntil: 'load' });
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    await untilCached(page, [app.url, ...assetUrls(app, next)]);
    const hashed = seen.requests.filter((url) => /-[0-9a-f]{8,}(?:_bg)?\.(?:js|css|wasm|svg)$/.test(url));
    assert.deepEqual(
      [...new Set(hashed)].sort(),
      assetUrls(app, next).sort(),
      'every asset the page asked for is from the new build, and all of them were',
    );
    assert.deepEqual(seen.problems, []);
    // The old build's files are dropped once the new page has told the worker its own.
    const old = assetUrls(app, first);
    await untilCache(page, (urls) => !urls.some((url) => old.includes(url)), 'dropped the old build');
    assert.deepEqual(await cachedUrls(page), [app.url, ...assetUrls(app, next)].sort());
    // And the page kept is the new one: offline, it opens the new build.
    await goOffline(context, app);
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.locator('link[rel=stylesheet]').getAttribute('href'), `./${next.css}`);
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
  } finally {
    await context.close();
    await app.close();
  }
});

test('the full page registers a worker scoped to its folder; an ?embed view, an iframe embed and a widget host never do', async () => {
  const app = await serveStatic(DIST, { caching: true });
  const host = await serveStatic(DIST, {
    routes: {
      '/iframe.html': hostPage(
        '',
        `<iframe src="${app.url}?embed&sections=checklist" title="Gut–skin axis explainer" style="width:100%;height:640px"></iframe>`,
      ),
      '/widget.html': hostPage(
        '',
        `<div data-gut-skin data-sections="checklist"></div><script type="module" src="${app.url}widget.js"></script>`,
      ),
    },
  });
  const registrations = (target) =>
    target.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
  // Only the island loader registers, at once as its module runs, and the loader has run
  // once an island is live: so a frame that has a live island and no register() call
  // on record never registers, with no need to wait and see.
  const newContext = async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      window.registerCalls = 0;
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.registerCalls += 1;
        return register.apply(this, args);
      };
    });
    return context;
  };
  const registerCalls = (target) => target.evaluate(() => window.registerCalls);
  try {
    // Positive control: the full page registers, with our folder as its scope, and the
    // register() call is on record.
    let context = await newContext();
    let page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await registrations(page), [app.url]);
    assert.equal(await registerCalls(page), 1);
    await context.close();

    // Our own page as an embed view, opened directly: the loader runs, and registers nothing.
    context = await newContext();
    page = await context.newPage();
    await page.goto(`${app.url}?embed&sections=checklist`, { waitUntil: 'load' });
    await page.waitForSelector(LIVE_CHECKLIST);
    assert.equal(await registerCalls(page), 0);
    assert.deepEqual(await registrations(page), []);
    await context.close();

    // An iframe embed on a publisher's page.
    context = await newContext();
    page = await context.newPage();
    await page.goto(`${host.url}iframe.html`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().startsWith(`${app.url}?embed`));
    await frame.waitForSelector(LIVE_CHECKLIST);
    assert.equal(await registerCalls(frame), 0);
    assert.equal(await registerCalls(page), 0);
    assert.deepEqual(await registrations(frame), []);
    assert.deepEqual(await registrations(page), []);
    await context.close();

    // A widget on a publisher's page.
    context = await newContext();
    page = await context.newPage();
    await page.goto(`${host.url}widget.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('[data-gut-skin]')?.shadowRoot?.querySelector('fieldset.tip-list:not([aria-disabled])'),
    );
    assert.equal(await registerCalls(page), 0);
    assert.deepEqual(await registrations(page), []);
    await context.close();
  } finally {
    await host.close();
    await app.close();
  }
});

test('where the browser has no service workers, the page goes live as before and shows no failure', async () => {
  const context = await env.browser.newContext();
  // As on an insecure origin: no navigator.serviceWorker at all.
  await context.addInitScript(() => delete Navigator.prototype.serviceWorker);
  const page = await context.newPage();
  const seen = watch(page);
  const app = await serveStatic(DIST);
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    await wake(page);
    await page.waitForSelector(LIVE_CHECKLIST);
    await page.locator('#tip-sleep-7h-box').check();
    assert.equal(await page.locator('.island-failed:not([hidden])').count(), 0);
    assert.deepEqual(seen.problems, []);
  } finally {
    await context.close();
    await app.close();
  }
});
