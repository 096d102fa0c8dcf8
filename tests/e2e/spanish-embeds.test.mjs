// The Spanish page at es/ (issue 23), embedded and kept: a Spanish iframe (asked for by
// lang=es on the English address), English for a language with no page, and a Spanish
// widget beside an English one, following each other; es/ offline from its own worker, beside the English page's; a reader who only
// reads es/ downloads within 3 kB gzip of the English reader; AAA contrast in both themes
// and 320 px; its compressed copies. Everything is found by ids and classes, not words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { countObserverAnswers, loaderWatching, observersAnswered, watch } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { hostPage } from '../support/host.mjs';
import { DIST, serveStatic } from '../support/server.mjs';
import * as states from '../support/states.mjs';

const env = useBrowser({
  hostRoutes: (app) => {
    const widget = `${app.url}widget.js`;
    return {
      '/iframe-es.html': hostPage(
        '',
        `<iframe id="explainer" src="${app.url}?embed&amp;sections=checklist&amp;lang=es" title="x" style="width:100%;border:0;height:640px"></iframe>`,
      ),
      '/iframe-unknown.html': hostPage(
        '',
        `<iframe id="explainer" src="${app.url}es/?embed&amp;sections=checklist&amp;lang=fr" title="x" style="width:100%;border:0;height:640px"></iframe>`,
      ),
      '/widgets-unknown.html': hostPage(
        '',
        `<div id="a" data-gut-skin data-sections="checklist" data-lang="fr"></div><div id="b" data-gut-skin data-sections="quiz" data-lang="xx-YY"></div><script type="module" src="${widget}"></script>`,
      ),
      '/two-widgets.html': hostPage(
        '',
        `<div id="en" data-gut-skin data-sections="checklist"></div><div id="es" data-gut-skin data-sections="checklist" data-lang="es"></div><div id="mx" data-gut-skin data-sections="checklist" data-lang="es_MX"></div><script type="module" src="${widget}"></script>`,
      ),
    };
  },
});
const es = () => `${env.app.url}es/`;
const MOBILE = { viewport: { width: 390, height: 844 } };

test('an iframe asking for lang=es on the English address shows the Spanish embed', async () => {
  const context = await env.browser.newContext(MOBILE);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL('/iframe-es.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  const inside = page.frames().find((candidate) => candidate !== page.mainFrame());
  assert.equal(new URL(inside.url()).pathname, '/es/');
  assert.match(new URL(inside.url()).search, /embed/);
  assert.equal(await inside.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await frame.locator('.masthead, #references').count(), 0, 'the embed shows only its part');
  await frame.locator('#tip-fibre-30g-box').check();
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('a language with no page falls back to English with one console warning, in an iframe and in widgets', async () => {
  const context = await env.browser.newContext(MOBILE);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && /lang=/.test(message.text()) && warnings.push(message.text()));
  await page.goto(new URL('/iframe-unknown.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  const inside = page.frames().find((candidate) => candidate !== page.mainFrame());
  // Asked on the Spanish address for French: the English page, which says so once.
  assert.equal(new URL(inside.url()).pathname, '/');
  assert.equal(await inside.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /lang="fr"/);
  // Two widgets asking for languages with no page: both English, one warning for the page.
  warnings.length = 0;
  await page.goto(new URL('/widgets-unknown.html', env.host.url).href);
  for (const id of ['a', 'b']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} .gsa-widget:not([hidden])`).waitFor();
  }
  const langs = await page.evaluate(() => ['a', 'b'].map((id) => document.getElementById(id).shadowRoot.querySelector('.gsa-widget').lang));
  assert.deepEqual(langs, ['en', 'en']);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  await context.close();
});

test('a Spanish widget beside an English one: each in its language, and each follows the other', async () => {
  const context = await env.browser.newContext(MOBILE);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL('/two-widgets.html', env.host.url).href);
  for (const id of ['en', 'es', 'mx']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} fieldset.tip-list:not([aria-disabled])`).waitFor();
  }
  const roots = await page.evaluate(() =>
    ['en', 'es', 'mx'].map((id) => {
      const root = document.getElementById(id).shadowRoot.querySelector('.gsa-widget');
      return [root.lang, root.querySelector('legend, h2')?.textContent];
    }),
  );
  assert.equal(roots[0][0], 'en');
  assert.equal(roots[1][0], 'es');
  // WordPress writes locales as es_MX: the Spanish build, with no warning.
  assert.deepEqual(roots[2], roots[1]);
  assert.deepEqual(seen.warnings.filter((text) => text.startsWith('gut-skin-axis:')), []);
  assert.notEqual(roots[0][1], roots[1][1], 'two languages, two sets of words');
  await page.locator('#es #tip-fibre-30g-box').check();
  await page.locator('#en #tip-fibre-30g-box:checked').waitFor();
  await page.locator('#en #tip-sleep-7h-box').check();
  await page.locator('#es #tip-sleep-7h-box:checked').waitFor();
  assert.deepEqual(seen.problems, []);
  await context.close();
});

/** Every URL each cache of the page's origin holds, by cache name. */
const cached = (page) =>
  page.evaluate(async () => {
    const found = {};
    for (const name of await caches.keys()) found[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return found;
  });

test('after both pages were read, each has its own worker and cache, and es/ opens offline', async () => {
  const context = await env.browser.newContext(MOBILE);
  const page = await context.newPage();
  // The English page first: its worker's scope (the site's root) covers es/ too.
  await page.goto(env.app.url);
  await states.allLive(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active);
  await page.goto(es());
  await states.allLive(page);
  await page.waitForFunction(async (scope) => (await navigator.serviceWorker.getRegistration())?.scope === scope && (await navigator.serviceWorker.getRegistration()).active, es());
  // Both workers have kept their page's code.
  await page.waitForFunction(async () => {
    let wasm = 0;
    for (const name of await caches.keys()) wasm += (await (await caches.open(name)).keys()).filter((request) => request.url.endsWith('_bg.wasm')).length;
    return wasm === 2;
  });
  const kept = await cached(page);
  const spanishCache = Object.entries(kept).find(([name]) => name.endsWith(es()));
  const englishCache = Object.entries(kept).find(([name]) => name.endsWith(env.app.url));
  assert.ok(spanishCache && englishCache, Object.keys(kept).join(', '));
  for (const url of spanishCache[1]) assert.ok(url.startsWith(es()), `the Spanish worker keeps only es/ files: ${url}`);
  for (const url of englishCache[1]) assert.ok(!url.startsWith(es()), `the English worker keeps no es/ file: ${url}`);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.locator('#checklist').scrollIntoViewIfNeeded();
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
  await page.goto(env.app.url);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the English page opens offline too');
  await context.close();
});

test('a reader who only reads es/ downloads within 3 kB gzip of the English page, in as many requests', async () => {
  // Served gzip, as the budget is measured (docs/hosting.md: the build's .gz copies).
  const app = await serveStatic(DIST, { gzip: true });
  const load = async (url) => {
    const context = await env.browser.newContext(MOBILE);
    await countObserverAnswers(context);
    const page = await context.newPage();
    const seen = watch(page);
    const sizes = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize)));
    await page.goto(url, { waitUntil: 'load' });
    await loaderWatching(page);
    for (let screen = 0; screen < 3; screen += 1) {
      await page.mouse.wheel(0, 800);
      await observersAnswered(page);
    }
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    const code = seen.requests.filter((request) => /\.wasm|gut-skin-axis-/.test(request));
    await context.close();
    return { requests: sizes.length, bytes, code };
  };
  const english = await load(app.url);
  const spanish = await load(`${app.url}es/`);
  await app.close();
  console.log(`# reader-only load: English ${english.requests} requests ${english.bytes} bytes, Spanish ${spanish.requests} requests ${spanish.bytes} bytes`);
  assert.deepEqual(spanish.code, [], 'no code while reading');
  assert.equal(spanish.requests, english.requests);
  assert.ok(spanish.bytes <= english.bytes + 3000, `${spanish.bytes - english.bytes} bytes more than English`);
});

test('es/ passes axe (AAA contrast) in light and dark, and fits a 320 px phone when busy', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page, problems } = await states.openLive(env.browser, es(), { colorScheme: scheme });
    await states.quizMidway(page, 2);
    await states.selfCheckResult(page);
    await states.checklistTicked(page);
    const { axeAAA } = await import('../support/a11y.mjs');
    assert.deepEqual(await axeAAA(page), [], `${scheme}: axe`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { layoutProblems } = await import('../support/layout.mjs');
  const { context, page } = await states.openLive(env.browser, es(), { viewport: { width: 320, height: 720 } });
  await states.quizMidway(page, 1);
  await states.checklistTicked(page);
  assert.deepEqual(await layoutProblems(page), []);
  await context.close();
});

test("the Spanish page's files have compressed copies that match them", () => {
  const html = readFileSync(join(DIST, 'es', 'index.html'));
  assert.match(html.toString(), /<html lang="es">/);
  assert.match(html.toString(), /import\('\.\/island-loader-[0-9a-f]+\.js'\)/, 'its own loader, beside it');
  assert.deepEqual(gunzipSync(readFileSync(join(DIST, 'es', 'index.html.gz'))), html);
  assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, 'es', 'index.html.br'))), html);
});
