// Finding one's way: a jump to a part (a contents link, an address with #checklist) lands
// on it even when the parts above it go live with saved progress and change height, and
// keyboard focus never falls to the page's body when the control that had it goes away.
// Found by the page's ids and classes, never by its words.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { allLive, importPlanShown, quizMidway, quizToResult, selfCheckResult } from '../support/states.mjs';

const env = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

/** A context where the quiz was finished on an earlier visit (a result thousands of px tall). */
async function withFinishedQuiz() {
  const { context, page } = await openPage(env.browser, env.app.url, PHONE);
  await allLive(page);
  await quizMidway(page, 1);
  await quizToResult(page);
  await page.close();
  return context;
}

/** Waits until `id`'s top sits at the top of the viewport (within its scroll margin) once the quiz above it is live with its result. */
const landsOn = (page, id) =>
  page.waitForFunction(
    (target) => {
      const top = document.getElementById(target)?.getBoundingClientRect().top;
      return document.querySelector('#quiz .quiz-result') && top > -5 && top < 80;
    },
    id,
    { timeout: 10000 },
  );

for (const [name, viewport] of [['phone', PHONE.viewport], ['desktop', { width: 1280, height: 800 }]]) {
  test(`a contents link lands on its part while the finished quiz above it goes live (${name})`, async () => {
    const context = await withFinishedQuiz();
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(env.app.url);
    await page.locator('nav.toc a[href="#self-check"]').click();
    await landsOn(page, 'self-check');
    await context.close();
  });

  for (const id of ['self-check', 'checklist']) {
    test(`an address naming #${id} lands on it after the parts above go live (${name})`, async () => {
      const context = await withFinishedQuiz();
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${env.app.url}#${id}`);
      await landsOn(page, id);
      await context.close();
    });
  }
}

test('focus moves to the first question after "Start again" in the self-check', async () => {
  const { context, page } = await openPage(env.browser, env.app.url, PHONE);
  await allLive(page);
  await selfCheckResult(page);
  await page.locator('.habit-result button.primary').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.habits-form fieldset.habit-question'));
  const first = await page.evaluate(
    () => document.activeElement === document.querySelector('.habits-form fieldset.habit-question'),
  );
  assert.ok(first, 'the first question has focus');
  await context.close();
});

test('after an import plan\'s "Cancel" or "Import", focus stays on the checklist\'s data controls', async () => {
  const { context, page } = await openPage(env.browser, env.app.url, PHONE);
  await allLive(page);
  const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  await importPlanShown(page);
  await page.locator('.my-data-status button').last().focus(); // Cancel
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.my-data-status button'));
  const importButton = await page.evaluate(() => document.activeElement === document.querySelectorAll('.my-data > button')[1]);
  assert.ok(importButton, `after Cancel: ${await focused()}`);
  await importPlanShown(page);
  await page.locator('.my-data-status button').first().focus(); // Import
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.my-data-status button'));
  const outcome = await page.evaluate(() => document.activeElement === document.querySelector('.my-data-status p'));
  assert.ok(outcome, `after Import: ${await focused()}`);
  await context.close();
});
