// End-to-end tests of the storage rules across two tabs of one browser: a forget
// in one tab resets every part of the other, which never writes the forgotten
// progress back; data a newer version writes after load is never overwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openPage, openTab } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { forgotten } from '../support/states.mjs';

const KEYS = {
  checklist: 'gut-skin-axis:checklist',
  quiz: 'gut-skin-axis:quiz',
  selfCheck: 'gut-skin-axis:self-check',
  result: 'gut-skin-axis:self-check-result',
};

const env = useBrowser();

async function waitLive(page) {
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
  await page.waitForSelector('#quiz button:not([aria-disabled])');
  await page.waitForSelector('.habits-form button[type=submit]:not([aria-disabled])');
}

const stored = (page) =>
  page.evaluate((keys) => Object.fromEntries(Object.entries(keys).map(([part, key]) => [part, localStorage.getItem(key)])), KEYS);
const notice = (page, part) => page.locator(`${part} .storage-notice`);
const box = (page, id) => page.locator(`#tip-${id}-box`);

/** Answers every self-check question with its first option, sees the result, starts again. */
async function giveSelfCheckResult(page) {
  const questions = page.locator('.habits-form fieldset.habit-question');
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) await questions.nth(i).locator('input').first().check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.locator('.last-result').waitFor();
}

test('a forget in one tab resets every part of the other tab, which never writes the forgotten progress back', async () => {
  const { context, page: tabB, problems } = await openPage(env.browser, env.app.url);
  await waitLive(tabB);
  // Tab B: a last self-check result, one answer in progress, a quiz answer, two ticks.
  await giveSelfCheckResult(tabB);
  await tabB.locator('.habits-form fieldset.habit-question').first().locator('input').last().check();
  await tabB.getByRole('button', { name: 'Start the quiz' }).click();
  await tabB.locator('.quiz-question input').first().check();
  await tabB.getByRole('button', { name: 'Check answer' }).click();
  await box(tabB, 'fibre-30g').check();
  await box(tabB, 'sleep-7h').check();
  const before = await stored(tabB);
  assert.ok(Object.values(before).every((value) => value !== null), `every part saved: ${JSON.stringify(before)}`);
  assert.equal(JSON.parse(before.quiz).answers.filter((answer) => answer !== null).length, 1);

  const tabA = await openTab(context, env.app.url, problems);
  await waitLive(tabA);
  await forgotten(tabA);
  await tabA.getByText(/Removed from this device: .*your quiz progress/).waitFor();

  // Tab B follows: every part resets and says so in its own status line.
  for (const part of ['#quiz', '#self-check', '#checklist']) {
    await notice(tabB, part).getByText('removed in another tab').waitFor({ timeout: 2000 });
  }
  assert.match(await notice(tabB, '#quiz').innerText(), /quiz/);
  assert.match(await notice(tabB, '#self-check').innerText(), /self-check/);
  assert.match(await notice(tabB, '#checklist').innerText(), /checklist/);
  assert.equal(await tabB.getByRole('button', { name: 'Start the quiz' }).count(), 1, 'the quiz is back at its start');
  assert.equal(await box(tabB, 'fibre-30g').isChecked(), false);
  assert.equal(await box(tabB, 'sleep-7h').isChecked(), false);
  assert.equal(await tabB.locator('.last-result').count(), 0, 'the last result is gone');
  assert.equal(await tabB.locator('.habits-form input:checked').count(), 0, 'no self-check answer is left');
  assert.deepEqual(await stored(tabB), { checklist: null, quiz: null, selfCheck: null, result: null });

  // Tab B's next actions save only what they create: nothing forgotten comes back.
  await box(tabB, 'fermented-food').check();
  await tabB.waitForFunction((key) => localStorage.getItem(key) !== null, KEYS.checklist);
  await tabB.getByRole('button', { name: 'Start the quiz' }).click();
  await tabB.waitForFunction((key) => localStorage.getItem(key) !== null, KEYS.quiz);
  const after = await stored(tabB);
  assert.deepEqual(JSON.parse(after.checklist), { v: 1, ticked: ['fermented-food'] });
  const quiz = JSON.parse(after.quiz);
  assert.equal(quiz.position, 0);
  assert.ok(quiz.answers.every((answer) => answer === null), 'no forgotten quiz answer is written back');
  assert.equal(after.selfCheck, null);
  assert.equal(after.result, null);
  // And tab A, following tab B, shows the new tick.
  await tabA.waitForFunction(() => document.querySelector('#tip-fermented-food-box').checked, null, { timeout: 2000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('newer data written by another tab after load is never overwritten by the next tick', async () => {
  const { context, page, problems } = await openPage(env.browser, env.app.url);
  await waitLive(page);
  await box(page, 'fibre-30g').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEYS.checklist);
  const other = await openTab(context, env.app.url, problems);
  const newer = JSON.stringify({ v: 999, ticked: ['sleep-7h'], streaks: { 'sleep-7h': 4 } });
  await other.evaluate(([key, value]) => localStorage.setItem(key, value), [KEYS.checklist, newer]);

  await notice(page, '#checklist').getByText('A newer version of this page saved your ticks').waitFor({ timeout: 2000 });
  assert.equal(await box(page, 'sleep-7h').isChecked(), true, 'what could be read is shown');
  await box(page, 'plants-30-week').check();
  assert.equal(await box(page, 'plants-30-week').isChecked(), true, 'the tick shows');
  // Positive control: a later save by another part of this page does happen.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEYS.quiz);
  assert.equal((await stored(page)).checklist, newer, 'the newer data is untouched');
  assert.match(await notice(page, '#checklist').innerText(), /newer version/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt data written by another tab leaves this tab working with its notice', async () => {
  const { context, page, problems } = await openPage(env.browser, env.app.url);
  await waitLive(page);
  await box(page, 'fibre-30g').check();
  const other = await openTab(context, env.app.url, problems);
  await other.evaluate((keys) => {
    localStorage.setItem(keys.checklist, '{not json');
    localStorage.setItem(keys.quiz, '{"v":1,"phase":"finished","order":["x"],"option_orders":[],"position":18446744073709551615,"selected":null,"answers":[]}');
  }, KEYS);
  await notice(page, '#checklist').getByText('could not be read, so the checklist has started fresh').waitFor({ timeout: 2000 });
  await notice(page, '#quiz').getByText('could not be read, so the quiz has started fresh').waitFor({ timeout: 2000 });
  assert.equal(await box(page, 'fibre-30g').isChecked(), false);
  await box(page, 'sleep-7h').check();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('sleep-7h'), KEYS.checklist);
  assert.deepEqual(JSON.parse((await stored(page)).checklist), { v: 1, ticked: ['sleep-7h'] });
  assert.deepEqual(problems, []);
  await context.close();
});
