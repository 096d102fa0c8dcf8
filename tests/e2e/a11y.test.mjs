// Beyond AA, on the English page: AAA text contrast in both themes and every state (and
// in an embed and a widget), 44 × 44 px targets, forced colours, 200 % and 400 % zoom, and
// WCAG 1.4.12's text spacing. The checks take a page URL (tests/support/a11y.mjs and
// layout.mjs), so a page in another language runs the same ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { axeEveryState, axeInEmbeds, paletteProblems, undersizedEveryState, undersizedTargets } from '../support/a11y.mjs';
import { applyTextSpacing, forcedColourProblems, layoutProblems, openBusy } from '../support/layout.mjs';
import { busyInside, hostRoutes } from '../support/states.mjs';
import { useBrowser } from '../support/harness.mjs';

const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));

const env = useBrowser({ hostRoutes: (app) => hostRoutes(app.url) });

/** Only the entries with something in them: `{}` when every state is clean. */
const failing = (found) => Object.fromEntries(Object.entries(found).filter(([, lines]) => lines.length > 0));

/** Writes a full-page screenshot under target/screenshots/ and checks it is not empty. */
async function shoot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = `${SHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true, scale: 'css' });
  assert.ok((await stat(path)).size > 20_000, `${path} looks empty`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`AAA contrast and WCAG 2.2 AA in every state of the page (${colorScheme})`, async () => {
    const found = await axeEveryState(env.browser, env.app.url, colorScheme);
    for (const [state, lines] of Object.entries(found)) console.log(`# axe ${colorScheme}, ${state}: ${lines.length} failing nodes`);
    assert.equal(Object.keys(found).length, 12, `every state was checked: ${Object.keys(found)}`);
    assert.deepEqual(failing(found), {});
  });

  test(`AAA contrast and WCAG 2.2 AA in an iframe embed and a widget (${colorScheme})`, async () => {
    const found = await axeInEmbeds(env.browser, env.host.url, colorScheme);
    assert.deepEqual(Object.keys(found), ['iframe embed', 'widget']);
    assert.deepEqual(failing(found), {});
  });

  test(`the ${colorScheme} palette reaches 7:1 for text (visited links too) and 3:1 for focus rings and strokes`, async () => {
    const { context, page } = await openBusy(env.browser, env.app.url, { colorScheme });
    await shoot(page, `a11y-${colorScheme}-390`);
    assert.deepEqual(await paletteProblems(page), []);
    await context.close();
  });
}

test('every control that is not a link in running text is at least 44 × 44 px at 390 px', async () => {
  const found = await undersizedEveryState(env.browser, env.app.url);
  assert.ok(Object.keys(found).length >= 3);
  assert.deepEqual(failing(found), {});
  // Positive control: the measure does find a small control.
  const { context, page } = await openBusy(env.browser, env.app.url);
  await page.locator('#axis-next').evaluate((el) => Object.assign(el.style, { minHeight: '0', padding: '0' }));
  assert.equal((await undersizedTargets(page)).filter((line) => line.startsWith('button#axis-next')).length, 1);
  await context.close();
});

test('a widget keeps 44 × 44 px targets inside its shadow root', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(new URL('/a11y-widget.html', env.host.url).href);
  await page.locator('#widget fieldset.tip-list:not([aria-disabled])').waitFor();
  await page.locator('#widget #tip-fibre-30g summary').click();
  const found = await undersizedTargets(page);
  assert.deepEqual(found, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`with forced colours (${colorScheme}) every control keeps an edge, and ticks, the step and the points still show`, async () => {
    const { context, page, problems } = await openBusy(env.browser, env.app.url, { forcedColors: 'active', colorScheme });
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    assert.deepEqual(await forcedColourProblems(page), []);
    await shoot(page, `forced-colours-${colorScheme}-390`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('with forced colours a widget keeps its edges and ticks inside its shadow root', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, forcedColors: 'active' });
  const page = await context.newPage();
  await page.goto(new URL('/a11y-widget.html', env.host.url).href);
  await busyInside(page.locator('#widget'));
  assert.deepEqual(await forcedColourProblems(page), []);
  await context.close();
});

for (const [zoom, width] of [[200, 640], [400, 320]]) {
  test(`at ${zoom} % zoom (${width} px at ${zoom / 100}x) nothing scrolls sideways or is cut off`, async () => {
    const { context, page, problems } = await openBusy(env.browser, env.app.url, {
      viewport: { width, height: 1024 / (zoom / 100) },
      deviceScaleFactor: zoom / 100,
    });
    assert.deepEqual(await layoutProblems(page), []);
    await shoot(page, `zoom-${zoom}`);
    // Positive control: a line too wide for the screen is found.
    await page.locator('.lede').evaluate((el) => Object.assign(el.style, { whiteSpace: 'nowrap' }));
    assert.ok((await layoutProblems(page)).some((line) => line.startsWith('sideways scroll')));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("with WCAG 1.4.12's text spacing no text is clipped or overlaps, at 390 and 320 px", async () => {
  for (const width of [390, 320]) {
    const { context, page, problems } = await openBusy(env.browser, env.app.url, { viewport: { width, height: 844 } });
    await applyTextSpacing(page);
    assert.deepEqual(await layoutProblems(page, { overlaps: true }), [], `at ${width} px`);
    if (width === 390) await shoot(page, 'text-spacing-390');
    // Positive control: a paragraph pulled up over the one before it is found.
    await page.locator('article section p').nth(1).evaluate((el) => Object.assign(el.style, { position: 'relative', top: '-3em' }));
    assert.ok((await layoutProblems(page, { overlaps: true })).some((line) => line.startsWith('text overlaps')), `at ${width} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
