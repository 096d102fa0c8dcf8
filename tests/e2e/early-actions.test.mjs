// What a reader does before the parts are live, on a slow connection: a tap before the
// island loader has even arrived is held back (a box must not look ticked, then untick)
// and carried out once the part is live; focus that moved on while the code was coming
// is not pulled back to a control focused earlier.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watch } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const MOBILE = { viewport: { width: 390, height: 844 } };

/** A promise and its resolver: what a held request waits for. */
function gate() {
  let open;
  const opened = new Promise((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Opens the page with requests matching `pattern` held until their gate opens. */
async function openHeld(pattern, held) {
  const context = await env.browser.newContext(MOBILE);
  await context.route(pattern, async (route) => {
    await held.opened;
    await route.continue();
  });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(env.app.url, { waitUntil: 'load' });
  return { context, page, seen };
}

/** Taps the middle of `locator` as a finger would (it is aria-disabled, so no actionability wait). */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('a tick before the loader has arrived is held back, then made and saved once the part is live', async () => {
  const loader = gate();
  const { context, page, seen } = await openHeld(/\/island-loader-[0-9a-f]+\.js$/, loader);
  const box = page.locator('#tip-fibre-30g-box');
  await tap(page, box);
  assert.equal(await page.evaluate(() => window.gsaIn), undefined, 'the loader had not arrived');
  assert.equal(await box.isChecked(), false, 'not shown ticked before the part can keep it');
  loader.open();
  await page.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  await page.waitForFunction(() => document.getElementById('tip-fibre-30g-box')?.checked === true);
  await page.waitForFunction(() => localStorage.getItem('gut-skin-axis:checklist')?.includes('fibre-30g'));
  assert.match(await page.locator('#checklist-progress-text').innerText(), /^1 of/);
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('"Start the quiz" tapped before the loader has arrived starts the quiz once it is live', async () => {
  const loader = gate();
  const { context, page, seen } = await openHeld(/\/island-loader-[0-9a-f]+\.js$/, loader);
  await tap(page, page.getByRole('button', { name: 'Start the quiz' }));
  loader.open();
  await page.locator('#quiz-progress-text').waitFor();
  assert.match(await page.locator('#quiz-progress-text').innerText(), /^Question 1 of \d+$/);
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('focus that moved on out of a part while its code was coming stays where the reader put it', async () => {
  const wasm = gate();
  const { context, page, seen } = await openHeld(/_bg\.wasm$/, wasm);
  await page.waitForFunction(() => window.gsaIn === true);
  // A waiting control takes focus (which starts the code), then the reader tabs on, out of
  // the part, to a link in the article.
  await page.focus('#tip-fibre-30g-box');
  const away = page.locator('#everyday-habits a[href]').first();
  await away.focus();
  const before = await away.evaluate((link) => link.outerHTML);
  wasm.open();
  await page.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  // One frame for the loader to carry out what it held.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.activeElement.outerHTML), before);
  assert.deepEqual(seen.problems, []);
  await context.close();
});
