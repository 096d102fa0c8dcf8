// "Forget my data on this device" asks before it removes anything (WCAG 3.3.4): the
// question takes focus, "No, keep my data" keeps every part as it was, "Yes" removes it
// all; by keyboard and by tap, and with nothing stored there is nothing to ask. With
// storage blocked, work shown but never stored is asked about too, and exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { readFile } from 'node:fs/promises';

import { NOTICE_STATES, openLive, quizMidway } from '../support/states.mjs';

const env = useBrowser();

const QUESTION = /^Remove your checklist ticks, your quiz progress and your self-check answers and result from this device\?/;
const ours = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('gut-skin-axis:')).sort());
const focused = (page) => page.evaluate(() => document.activeElement?.textContent.trim());

test('forget asks first; keeping the data changes nothing and focus goes back to the button', async () => {
  const { context, page, problems } = await openLive(env.browser, env.app.url);
  await page.locator('#tip-fibre-30g-box').check();
  await quizMidway(page, 1);
  await page.waitForFunction(() => localStorage.getItem('gut-skin-axis:quiz') !== null);
  const before = await ours(page);
  assert.deepEqual(before, ['gut-skin-axis:checklist', 'gut-skin-axis:quiz']);

  const forget = page.getByRole('button', { name: 'Forget my data on this device' });
  await forget.click();
  const question = page.locator('.checklist-status p[tabindex]');
  await question.waitFor();
  assert.match(await question.innerText(), QUESTION);
  // The question has focus, so a screen reader reads it; Tab reaches "Yes" next.
  assert.match(await focused(page), QUESTION);
  assert.deepEqual(await ours(page), before, 'nothing is removed by asking');
  assert.deepEqual(await axeViolations(page, '#checklist'), []);

  await page.getByRole('button', { name: 'No, keep my data' }).click();
  await question.waitFor({ state: 'detached' });
  assert.equal(await focused(page), 'Forget my data on this device');
  assert.deepEqual(await ours(page), before);
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), true);
  assert.match(await page.locator('#quiz-progress-text').innerText(), /^Question 1 of/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('by keyboard: Enter asks, Tab and Enter on "Yes" removes everything and says what went', async () => {
  const { context, page, problems } = await openLive(env.browser, env.app.url);
  await page.locator('#tip-sleep-7h-box').check();
  await page.waitForFunction(() => localStorage.getItem('gut-skin-axis:checklist') !== null);
  await page.getByRole('button', { name: 'Forget my data on this device' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.checklist-status p[tabindex]').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Yes, forget my data');
  await page.keyboard.press('Enter');
  await page.getByText('Removed from this device: your checklist ticks.').waitFor();
  assert.deepEqual(await ours(page), []);
  assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), false);
  // The question's buttons are gone; focus is back on the button, not lost to the page.
  assert.equal(await page.getByRole('button', { name: 'Yes, forget my data' }).count(), 0);
  assert.equal(await focused(page), 'Forget my data on this device');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with nothing stored there is no question: it says so at once', async () => {
  const { context, page, problems } = await openLive(env.browser, env.app.url);
  await page.getByRole('button', { name: 'Forget my data on this device' }).click();
  await page.getByText('Nothing from this page was stored on this device.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Yes, forget my data' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with storage blocked, Export saves the ticks shown, and Forget asks before it drops them', async () => {
  const blocked = NOTICE_STATES.find(({ name }) => name.startsWith('memory only'));
  const { context, page, problems } = await openLive(env.browser, env.app.url, {}, blocked.init);
  await page.locator('#tip-fibre-30g-box').check();
  await page.locator('#tip-sleep-7h-box').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(file.data.checklist.ticked.sort(), ['fibre-30g', 'sleep-7h']);
  await page.getByRole('button', { name: 'Forget my data on this device' }).click();
  await page.getByRole('button', { name: 'Yes, forget my data' }).click();
  await page.getByText('Removed from this device: your checklist ticks.').waitFor();
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), false);
  // Forgotten means gone from the export too.
  await page.getByRole('button', { name: 'Export my data' }).click();
  await page.getByText('Nothing is saved in this browser yet, so there is nothing to export.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
