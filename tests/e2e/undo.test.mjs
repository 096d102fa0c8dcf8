// End-to-end test of the checklist's undo window running out: focus moves only
// if it was on Undo, and the page never scrolls to "Clear all".
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();

async function openChecklist(options) {
  const opened = await openPage(env.browser, env.app.url, options);
  await opened.page.waitForSelector('fieldset.tip-list:not([disabled])');
  return opened;
}

const box = (page, id) => page.locator(`#tip-${id}-box`);

test('when the undo runs out, focus moves only if it was on Undo, and the page never scrolls', async () => {
  // Reduced motion: scrolls happen at once, so a scroll shows in the very next check.
  const { context, page, problems } = await openChecklist({ viewport: { width: 800, height: 600 }, reducedMotion: 'reduce' });
  await page.clock.install();
  const clearAll = page.getByRole('button', { name: 'Clear all' });
  const undo = page.getByRole('button', { name: 'Undo' });
  const scrollY = () => page.evaluate(() => window.scrollY);
  const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

  // Focus still on Undo when it runs out: it moves to "Clear all", without scrolling.
  await box(page, 'fibre-30g').check();
  await clearAll.click();
  await undo.waitFor();
  assert.equal(await isFocused(undo), true);
  // The reader scrolls away (Clear all leaves the screen) but focus stays on Undo.
  await page.evaluate(() => window.scrollBy(0, -1500));
  const before = await scrollY();
  assert.equal(await clearAll.evaluate((el) => el.getBoundingClientRect().top > innerHeight), true);
  await page.clock.runFor(9000);
  await undo.waitFor({ state: 'detached' });
  assert.equal(await isFocused(clearAll), true, 'focus leaves the vanished Undo for Clear all');
  assert.equal(await scrollY(), before, 'no scroll to Clear all');

  // The reader has moved on (clicked into the text, so focus left Undo, and
  // scrolled to the top): neither focus nor the page moves.
  await box(page, 'fibre-30g').check();
  await clearAll.click();
  await undo.waitFor();
  await page.evaluate(() => document.activeElement.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.clock.runFor(9000);
  await undo.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus stays where the reader left it');
  assert.equal(await scrollY(), 0, 'the page does not scroll to Clear all');
  // And the quiz's button, focused by the reader, keeps focus too.
  await box(page, 'fibre-30g').check();
  await clearAll.click();
  await undo.waitFor();
  const start = page.getByRole('button', { name: 'Start the quiz' });
  await start.focus();
  await page.clock.runFor(9000);
  await undo.waitFor({ state: 'detached' });
  assert.equal(await isFocused(start), true);
  assert.deepEqual(problems, []);
  await context.close();
});
