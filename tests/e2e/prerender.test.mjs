// The page is prerendered: it reads with JavaScript off, paints before the wasm
// arrives, takes clicks only once live, and going live moves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { watch } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { DIST, serveStatic } from '../support/server.mjs';

const env = useBrowser();

test('with JavaScript off the whole article reads, and each interactive part says it needs JavaScript', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.app.url);
  assert.match(await page.locator('h1').innerText(), /gut–skin axis/);
  assert.equal(await page.locator('article section h2').count(), 7);
  assert.ok((await page.locator('#references li').count()) >= 6);
  assert.equal(await page.locator('figure.axis-diagram svg title').count(), 1);
  const notes = await page.locator('.needs-js').evaluateAll((nodes) =>
    nodes.filter((node) => getComputedStyle(node).display !== 'none').map((node) => node.textContent),
  );
  assert.equal(notes.length, 4, 'quiz, self-check, checklist and snippet builder');
  for (const note of notes) assert.match(note, /needs JavaScript/);
  const noscript = await page.locator('p.noscript').innerText();
  assert.match(noscript, /article reads without JavaScript/);
  assert.doesNotMatch(noscript, /to show the article/);
  await context.close();
});

test('a page whose #app was never prerendered says so in one console line instead of staying silent', async () => {
  const built = await readFile(join(DIST, 'index.html'), 'utf8');
  const blank = built.replace(/<div id="app">[\s\S]*<\/div>(\s*<noscript>)/, '<div id="app"></div>$1');
  assert.notEqual(blank, built, 'the built page has a prerendered #app to empty');
  // Served at the root, so the page's relative asset URLs still resolve.
  const server = await serveStatic(DIST, { routes: { '/blank.html': blank } });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  try {
    await page.goto(`${server.url}blank.html`);
    // Once the app has started (the loader keeps its bindings) and a console line logged
    // after that has arrived, every line its start logged is on record, in order.
    await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 20000 });
    const sentinel = page.waitForEvent('console', (message) => message.text() === 'sentinel: started');
    await page.evaluate(() => console.info('sentinel: started'));
    await sentinel;
    assert.equal(seen.problems.length, 1, seen.problems.join('\n'));
    assert.match(seen.problems[0], /#app holds no prerendered page.*prerender step/);
  } finally {
    await context.close();
    await server.close();
  }
});

test('before the wasm arrives the page is painted and its controls wait; going live moves nothing and never blanks an island', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  let release;
  const wasmHeld = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await wasmHeld;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shift = 0;
    // Every frame, each island must be on screen: the swap to the live twin never blanks one.
    window.__blank = [];
    const sample = () => {
      for (const name of ['quiz', 'self-check', 'checklist', 'embed-builder']) {
        const island = document.querySelector(`[data-island="${name}"]`);
        if (document.readyState !== 'loading' && !island?.firstElementChild) window.__blank.push(name);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('article section h2').first().waitFor();
  assert.equal(await page.locator('.needs-js:visible').count(), 0, 'JavaScript is on');
  // Waiting controls are aria-disabled (they can take focus and a tap), never disabled.
  const waiting = (selector) =>
    page.locator(selector).evaluate((el) => el.getAttribute('aria-disabled') === 'true' && !el.matches(':disabled'));
  for (const selector of ['#axis-next', '#axis-walk', '#quiz button', '#tip-fibre-30g-box', '#habit-sleep-2', '#embed-part-quiz', '#embed-accent']) {
    assert.equal(await waiting(selector), true, `${selector} waits for the app`);
  }
  // The islands go live as the reader nears them.
  await page.locator('#checklist').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => {
    for (const selector of ['h1', '#immune-link', '#quiz', '#tip-fibre-30g-box']) {
      document.querySelector(selector).__prerendered = true;
    }
    return document.querySelector('#checklist').getBoundingClientRect().top;
  });

  release();
  await page.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  const kept = await page.evaluate(() =>
    ['h1', '#immune-link', '#quiz', '#tip-fibre-30g-box'].map((s) => document.querySelector(s).__prerendered === true),
  );
  // The static page is never re-created; each island is swapped for its live twin.
  assert.deepEqual(kept, [true, true, false, false], 'static nodes kept, islands swapped');
  assert.deepEqual(await page.evaluate(() => window.__blank), [], 'no frame without an island');
  assert.equal(await page.locator('h1').count(), 1, 'nothing was rendered twice');
  assert.equal(await page.locator('[id="quiz"]').count(), 1);
  const after = await page.evaluate(() => document.querySelector('#checklist').getBoundingClientRect().top);
  assert.equal(after, before, 'nothing moved when the app went live');
  await page.locator('#tip-fibre-30g-box').check();
  assert.match(await page.locator('#checklist-progress-text').innerText(), /^1 of/);
  assert.equal(await page.evaluate(() => window.__shift), 0, 'cumulative layout shift');
  assert.deepEqual(seen.problems, []);
  await context.close();
});
