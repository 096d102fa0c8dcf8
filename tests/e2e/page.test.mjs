// End-to-end tests of the release build (dist/) in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';

import { isLoopback, openPage, untilQuiet, WCAG_TAGS } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));

const env = useBrowser();

test('the page loads with no console error and no request off loopback', async () => {
  const { context, page, problems, requests } = await openPage(env.browser, env.app.url);
  await untilQuiet(page, requests);
  assert.deepEqual(problems, []);
  assert.ok(requests.length >= 4, `expected the page and its assets, saw ${requests}`);
  assert.deepEqual(requests.filter((url) => !isLoopback(url)), []);
  await context.close();
});

test('page metadata is complete', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  assert.match(await page.title(), /gut.skin axis/i);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const description = await page.getAttribute('meta[name="description"]', 'content');
  assert.ok(description && description.length > 50);
  assert.match(await page.getAttribute('meta[name="viewport"]', 'content'), /width=device-width/);
  // The favicon is inline (one request fewer); it must decode as an image.
  const icon = await page.getAttribute('link[rel="icon"]', 'href');
  assert.match(icon, /^data:image\/svg\+xml,/);
  const decodes = await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const image = new Image();
        image.onload = () => resolve(image.naturalWidth > 0);
        image.onerror = () => resolve(false);
        image.src = src;
      }),
    icon,
  );
  assert.equal(decodes, true, 'the inline favicon is an image');
  await context.close();
});

test('headings run in order from a single h1', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.map((heading) => Number(heading.tagName[1])),
  );
  assert.equal(levels[0], 1);
  assert.equal(levels.filter((level) => level === 1).length, 1);
  for (let i = 1; i < levels.length; i += 1) {
    assert.ok(levels[i] <= levels[i - 1] + 1, `heading skips a level: ${levels}`);
  }
  assert.ok(levels.length >= 9, 'title, contents, seven sections, references, disclaimer');
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`zero axe violations in the ${colorScheme} theme`, async () => {
    const { context, page } = await openPage(env.browser, env.app.url, { colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    const luminance = (r + g + b) / 3;
    assert.ok(colorScheme === 'dark' ? luminance < 60 : luminance > 200, `${colorScheme}: ${background}`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
    assert.deepEqual(summary, []);
    assert.ok(results.passes.length > 10, 'axe ran its rules');
    await context.close();
  });
}

test('no sideways scroll at 320 px', async () => {
  const { context, page } = await openPage(env.browser, env.app.url, {
    viewport: { width: 320, height: 640 },
  });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`);
  const diagram = await page.locator('figure.axis-diagram svg').boundingBox();
  assert.ok(diagram.width >= 260 && diagram.width <= 320, `diagram is ${diagram.width}px wide`);
  await context.close();
});

test('contents links jump to their sections', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'The immune link' }).click();
  await page.waitForFunction(() => location.hash === '#immune-link');
  await page.waitForFunction(() => {
    const top = document.getElementById('immune-link').getBoundingClientRect().top;
    return top >= 0 && top < 200;
  });
  await context.close();
});

test('citations link to numbered references with DOI or official links', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  const first = page.locator('sup.cite a').first();
  assert.equal(await first.getAttribute('href'), '#ref-1');
  // Screen readers hear "Reference 1"; sighted readers see a bracketed number.
  assert.equal((await first.textContent()).replace(/\s+/g, ' ').trim(), 'Reference 1');
  const mark = page.locator('sup.cite').first();
  assert.equal((await mark.textContent()).replace(/\s+/g, ' '), '[Reference 1]');
  const hidden = await mark.locator('.visually-hidden').boundingBox();
  assert.ok(hidden.width <= 1 && hidden.height <= 1, 'the word "Reference" is for screen readers only');
  const items = page.locator('#references li');
  assert.ok((await items.count()) >= 6);
  const links = await page.$$eval('#references li a', (anchors) => anchors.map((a) => a.href));
  for (const link of links) assert.match(link, /^https:\/\//);
  await context.close();
});

test('at 390 px no citation mark wraps onto a line of its own', async () => {
  const { context, page, problems } = await openPage(env.browser, env.app.url, {
    viewport: { width: 390, height: 844 },
  });
  await page.waitForSelector('.tip-why');
  // Open every "Why it helps" so the tips' marks are laid out too.
  await page.$$eval('details.tip-why', (all) => all.forEach((details) => { details.open = true; }));
  const marks = await page.$$eval('sup.cite', (sups) =>
    sups.map((sup) => {
      // The text just before the mark: its last line box must hold the mark too.
      let before = sup.previousSibling;
      while (before && before.nodeType === Node.COMMENT_NODE) before = before.previousSibling;
      const range = document.createRange();
      range.selectNodeContents(before);
      const lines = [...range.getClientRects()];
      const last = lines[lines.length - 1];
      // Fragments of the mark ("[", each number, "]") on distinct lines.
      const markLines = new Set([...sup.getClientRects()].map((rect) => Math.round(rect.top)));
      const box = sup.getBoundingClientRect();
      return {
        text: `${before.textContent.slice(-20)}${sup.textContent}`,
        pieces: markLines.size,
        lastLineTop: last ? Math.round(last.top) : null,
        lastLineBottom: last ? Math.round(last.bottom) : null,
        markTop: Math.round(box.top),
        markBottom: Math.round(box.bottom),
      };
    }),
  );
  assert.ok(marks.length > 30, `article and tip marks: ${marks.length}`);
  for (const mark of marks) {
    assert.equal(mark.pieces, 1, `${mark.text} is split across lines`);
    assert.notEqual(mark.lastLineTop, null, `${mark.text} has no text before it`);
    // A superscript rides a little above the text, but on the same line: the two boxes overlap.
    assert.ok(
      mark.markBottom > mark.lastLineTop && mark.markTop < mark.lastLineBottom,
      `${mark.text}: mark at ${mark.markTop}-${mark.markBottom}, its word's line at ${mark.lastLineTop}-${mark.lastLineBottom}`,
    );
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('print keeps the article and references and drops the navigation', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.toc').isVisible(), false);
  assert.equal(await page.locator('#references').isVisible(), true);
  assert.equal(await page.locator('article').isVisible(), true);
  const color = await page.evaluate(() => getComputedStyle(document.body).color);
  assert.equal(color, 'rgb(0, 0, 0)');
  await context.close();
});

test('screenshots at 390 px and 1280 px are written under target/', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    const { context, page } = await openPage(env.browser, env.app.url, {
      viewport: { width, height: 900 },
    });
    const path = `${SHOTS}page-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    assert.ok((await stat(path)).size > 20_000, `${path} looks empty`);
    await context.close();
  }
});
