// Nothing until it is needed: the release page downloads only what the reader reads
// (the offline service worker's script included),
// and its islands go live as they near the viewport, on the reader's first action on
// one, or when the page opens at one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  countObserverAnswers,
  launchChromium,
  loaderArrived,
  loaderWatching,
  markLoaderArrival,
  observersAnswered,
  untilQuiet,
  watch,
} from '../support/browser.mjs';
import { serveStatic } from '../support/server.mjs';

const env = {};
before(async () => {
  // With the cache headers of docs/hosting.md: the service worker keeps the first visit's files
  // from the browser's HTTP cache, as it would from a real host.
  env.app = await serveStatic(undefined, { gzip: true, caching: true });
  env.browser = await launchChromium();
});
after(async () => {
  await env.browser?.close();
  await env.app?.close();
});

const MOBILE = { viewport: { width: 390, height: 844 } };
const isCode = (url) => /\.wasm(\?|$)/.test(url) || /gut-skin-axis-[0-9a-f]+\.js(\?|$)/.test(url);
const LIVE = {
  quiz: '#quiz button:not([aria-disabled])',
  'self-check': '.habits-form button[type=submit]:not([aria-disabled])',
  checklist: 'fieldset.tip-list:not([aria-disabled])',
  'embed-builder': '#embed button:not([aria-disabled])',
};

async function open(url, { init } = {}) {
  const context = await env.browser.newContext(MOBILE);
  await countObserverAnswers(context);
  await markLoaderArrival(context);
  if (init) await context.route('**/*_bg.wasm', init);
  const page = await context.newPage();
  const seen = watch(page);
  const sizes = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => [request.url(), size])));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, seen, sizes };
}

/**
 * Scrolls like a reader, a screen at a time, `screens` times; after each screen, waits
 * until the page has scrolled and the loader's observer has answered for it.
 */
async function read(page, screens) {
  for (let screen = 0; screen < screens; screen += 1) {
    const target = (await page.evaluate(() => scrollY)) + 800;
    await page.mouse.wheel(0, 800);
    await page.waitForFunction((y) => scrollY >= y, target);
    await observersAnswered(page);
  }
}

test('reading the first screens fetches no wasm and no glue, and costs at most 30 kB gzip in at most 4 requests', async () => {
  const before = env.app.served.length;
  const { context, page, seen, sizes } = await open(env.app.url);
  await loaderWatching(page); // past the paint-first wait
  await read(page, 3);
  assert.deepEqual(seen.requests.filter(isCode), [], 'no code while reading the first screens');
  // The diagram, near the top, was in view all along: it waits for the reader's action.
  assert.equal(await page.locator('[data-island="diagram"][data-on-use]').count(), 1);
  assert.equal(await page.locator('#axis-next').getAttribute('aria-disabled'), 'true');
  // The worker has kept the page and every file the page fetched, so whatever it fetched
  // to do that is on record at the server too.
  await page.waitForFunction(
    async () => {
      const kept = new Set();
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) kept.add(request.url);
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      const ours = fetched.filter((url) => /\/(island-loader-[0-9a-f]+\.js|main-[0-9a-f]+\.css)$/.test(url));
      return ours.length === 2 && [location.href, ...ours].every((url) => kept.has(url));
    },
    null,
    { polling: 100 },
  );
  const finished = await Promise.all(sizes);
  const bytes = finished.reduce((sum, [, size]) => sum + size.responseBodySize + size.responseHeadersSize, 0);
  console.log(`# first screens: ${finished.length} requests, ${(bytes / 1000).toFixed(1)} kB on the wire`);
  assert.ok(finished.length <= 4, `${finished.length} requests: ${finished.map(([url]) => url)}`);
  assert.ok(bytes <= 30000, `${bytes} bytes`);
  // What reached the server counts the service worker's script and anything the worker
  // fetched (the page's own requests above do not show the worker's).
  const served = env.app.served.slice(before);
  const servedBytes = served.reduce((sum, { bytes: body }) => sum + body, 0);
  console.log(`# first screens, at the server: ${served.map(({ path }) => path).join(' ')} (${servedBytes} bytes)`);
  assert.ok(served.some(({ path }) => path === '/service-worker.js'), 'the worker was registered while reading');
  assert.ok(served.length <= 4, `${served.length} requests reached the server: ${served.map(({ path }) => path)}`);
  assert.ok(servedBytes <= 30000, `${servedBytes} bytes reached the server`);
  // Positive control: reading on to the quiz fetches the code and makes it live.
  await page.locator('#quiz').scrollIntoViewIfNeeded();
  await page.waitForSelector(LIVE.quiz);
  assert.equal(seen.requests.filter(isCode).length, 2, 'the glue and the wasm, once each');
  assert.deepEqual(seen.problems, []);
  await context.close();
});

for (const [island, live] of Object.entries(LIVE)) {
  test(`scrolling to the ${island} makes it live`, async () => {
    const { context, page, seen } = await open(env.app.url);
    await page.locator(`[data-island="${island}"]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(live);
    // Let the builder's preview frame finish loading too, or closing cuts off its fetches.
    await untilQuiet(page, seen.requests);
    assert.deepEqual(seen.problems, []);
    await context.close();
  });
}

test('a page opened at #quiz arrives with the quiz live', async () => {
  const { context, page, seen } = await open(`${env.app.url}#quiz`);
  await page.waitForSelector(LIVE.quiz, { timeout: 10000 });
  assert.ok(seen.requests.some(isCode));
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('a tap on a control before it is live makes it live, says it is getting ready, and is carried out', async () => {
  // Hold the wasm back, as a slow connection would, until the page says it is getting ready.
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const slow = async (route) => {
    await released;
    await route.continue();
  };
  const { context, page, seen } = await open(env.app.url, { init: slow });
  const start = page.getByRole('button', { name: 'Start the quiz' });
  // Once the loader listens (a tap before it arrives is not caught, docs/architecture.md);
  // the held wasm keeps the quiz waiting however soon its observer answers.
  await loaderArrived(page);
  await start.scrollIntoViewIfNeeded();
  const box = await start.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.island-status').getByText('Getting ready…').waitFor();
  release();
  await page.locator('#quiz-progress-text').waitFor();
  assert.match(await page.locator('#quiz-progress-text').innerText(), /^Question 1 of \d+$/);
  await page.waitForFunction(() => document.querySelector('.island-status').textContent === '');
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('if the code cannot be fetched, each part says so with Try again, and the article is untouched', async () => {
  let refuse = true;
  const flaky = (route) => (refuse ? route.abort('internetdisconnected') : route.continue());
  const { context, page, seen } = await open(env.app.url, { init: flaky });
  // The article's own text, without the diagram's "could not load" line that sits in it.
  const articleText = () =>
    page.locator('article').evaluate((el) => {
      const copy = el.cloneNode(true);
      for (const note of copy.querySelectorAll('.island-failed')) note.remove();
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    });
  const article = await articleText();
  await page.locator('#checklist').scrollIntoViewIfNeeded();
  const notes = page.locator('.island-failed:not([hidden])');
  await notes.first().waitFor();
  assert.equal(await notes.count(), 5, 'one line for each interactive part');
  assert.match(await notes.nth(0).innerText(), /^The diagram's step-by-step view could not load\./);
  assert.match(await notes.nth(3).innerText(), /^The checklist could not load\./);
  assert.equal(await articleText(), article);
  refuse = false;
  await notes.nth(3).getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector(LIVE.checklist);
  assert.equal(await page.locator('.island-failed:not([hidden])').count(), 0);
  await page.locator('#tip-sleep-7h-box').check();
  const unexpected = seen.problems.filter((problem) => !/Failed to load resource|_bg\.wasm/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('a keyboard reader reaches a control before it is live, and its key press and focus carry over', async () => {
  let release;
  let requested;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  const wasmAsked = new Promise((resolve) => {
    requested = resolve;
  });
  const { context, page, seen } = await open(env.app.url, {
    init: async (route) => {
      requested();
      await held;
      await route.continue();
    },
  });
  // Waiting controls take focus (a disabled one could not).
  await page.focus('#tip-fibre-30g-box');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tip-fibre-30g-box');
  // Focus in an island starts the code (once the loader has arrived, after first paint);
  // a key press before the loader itself is in the page is not caught (see docs/architecture.md).
  await wasmAsked;
  await page.keyboard.press('Space');
  await page.locator('.island-status').getByText('Getting ready…').waitFor();
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), false, 'nothing ticks before it is live');
  release();
  await page.waitForFunction(() => document.getElementById('tip-fibre-30g-box')?.checked === true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tip-fibre-30g-box', 'focus stays on the box');
  assert.match(await page.locator('#checklist-progress-text').innerText(), /^1 of/);
  assert.deepEqual(seen.problems, []);
  await context.close();
});
