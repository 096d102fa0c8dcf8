// End-to-end tests of the knowledge quiz and the habits self-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations, openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { forgotten } from '../support/states.mjs';

const QUIZ_KEY = 'gut-skin-axis:quiz';

const env = useBrowser();

async function open(options = {}, init) {
  const opened = await openPage(env.browser, env.app.url, options, { init });
  await opened.page.waitForSelector('#quiz button:not([aria-disabled])');
  await opened.page.waitForSelector('.habits-form button[type=submit]:not([aria-disabled])');
  return opened;
}

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: el.textContent.trim().slice(0, 60) };
  });

async function expectAxeClean(page, scope) {
  assert.deepEqual(await axeViolations(page, scope), []);
}

/** Answers the current question with the keyboard, from focus on its fieldset. */
async function answerByKeyboard(page, downPresses) {
  await page.keyboard.press('Tab'); // onto the radio group
  if (downPresses === 0) await page.keyboard.press('Space');
  for (let i = 0; i < downPresses; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // onto "Check answer"
  assert.equal((await focused(page)).text, 'Check answer');
  await page.keyboard.press('Enter');
}

test('the knowledge quiz works end to end with the keyboard alone, focus following the reader', async () => {
  const { context, page, problems } = await open();
  await expectAxeClean(page, '#quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).focus();
  await page.keyboard.press('Enter');
  let rights = 0;
  for (let number = 1; number <= 10; number += 1) {
    assert.equal(await page.locator('#quiz-progress-text').innerText(), `Question ${number} of 10`);
    assert.equal((await focused(page)).cls, 'quiz-question', 'focus is on the new question');
    await answerByKeyboard(page, number % 3);
    const feedback = await focused(page);
    assert.equal(feedback.cls, 'quiz-feedback', 'focus lands on the feedback');
    assert.match(feedback.text, /^(Right\.|Not quite\.)/);
    if (feedback.text.startsWith('Right.')) rights += 1;
    if (number === 1) await expectAxeClean(page, '#quiz');
    // The explanation's reference links come first, each to its entry in the list.
    await page.keyboard.press('Tab');
    let cited = 0;
    while (/^Reference \d+$/.test((await focused(page)).text)) {
      const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
      assert.match(href, /^#ref-\d+$/);
      cited += 1;
      await page.keyboard.press('Tab');
    }
    assert.ok(cited >= 1, 'the explanation shows its reference numbers');
    assert.match((await focused(page)).text, /^Read more in/);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, number === 10 ? 'See your result' : 'Next question');
    await page.keyboard.press('Enter');
  }
  const result = await focused(page);
  assert.equal(result.tag, 'h3', 'focus lands on the result');
  assert.equal(result.text, `You got ${rights} of 10`);
  assert.equal(await page.locator('.quiz-review li').count(), 10);
  assert.equal(await page.locator('.quiz-review li.wrong').count(), 10 - rights);
  await expectAxeClean(page, '#quiz');
  await page.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#quiz-progress-text').innerText(), 'Question 1 of 10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('feedback is announced and explained, in the dark theme too', async () => {
  const { context, page, problems } = await open({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  assert.equal(await page.locator('.quiz-feedback').getAttribute('aria-live'), 'polite');
  assert.equal(await page.getByRole('button', { name: 'Check answer' }).isDisabled(), true);
  // A tap anywhere on an option's box chooses it, even far from the radio button.
  const option = page.locator('.quiz-question .option').first();
  const box = await option.boundingBox();
  await option.click({ position: { x: box.width - 6, y: box.height - 6 } });
  assert.equal(await option.locator('input').isChecked(), true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = await page.locator('.quiz-feedback').innerText();
  assert.ok(feedback.split(/\s+/).length > 12, feedback);
  assert.equal(await page.locator('.quiz-question input:disabled').count(), await page.locator('.quiz-question input').count());
  await expectAxeClean(page, '#quiz');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload mid-quiz resumes at the same question', async () => {
  const { context, page, problems } = await open();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 3; i += 1) {
    await page.locator('.quiz-question input').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  const prompt = await page.locator('.quiz-question legend').innerText();
  await page.reload();
  await page.waitForSelector('#quiz-progress-text');
  assert.equal(await page.locator('#quiz-progress-text').innerText(), 'Question 4 of 10');
  assert.equal(await page.locator('.quiz-question legend').innerText(), prompt);
  assert.deepEqual(problems, []);
  await context.close();
});

test('saved progress that no longer matches the questions restarts cleanly', async () => {
  const stale = JSON.stringify({
    v: 1,
    phase: 'asking',
    order: ['a-question-that-was-removed'],
    option_orders: [[0, 1, 2]],
    position: 0,
    selected: null,
    answers: [null],
  });
  const init = `localStorage.setItem(${JSON.stringify(QUIZ_KEY)}, ${JSON.stringify(stale)})`;
  const { context, page, problems } = await open({}, init);
  assert.match(await page.locator('#quiz .storage-notice').innerText(), /the quiz has started fresh/);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  assert.equal(await page.locator('#quiz-progress-text').innerText(), 'Question 1 of 10');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Picks option `choice` of every self-check question with the keyboard, from its first radio. */
async function fillSelfCheck(page, choices) {
  await page.locator('#habit-fruit-veg-0').focus();
  for (const [index, choice] of choices.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    if (choice === 0) await page.keyboard.press('Space');
    for (let i = 0; i < choice; i += 1) await page.keyboard.press('ArrowDown');
  }
}

test('the self-check works by keyboard and a weakest-area link lands on its tip', async () => {
  const { context, page, problems } = await open();
  await expectAxeClean(page, '#self-check');
  // 0 points on sleep and stress, 1 on plants, 2 elsewhere: 9 of 14.
  await fillSelfCheck(page, [2, 2, 1, 2, 2, 0, 0]);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'See my result');
  await page.keyboard.press('Enter');
  const result = await focused(page);
  assert.equal(result.tag, 'h3');
  assert.equal(result.text, 'Your habits score: 9 of 14');
  const text = await page.locator('.habit-result').innerText();
  assert.match(text, /A good base with a few gaps/);
  assert.match(text, /not a diagnosis/);
  assert.match(text, /doctor, pharmacist or dermatologist/);
  // Stressed "most days": the result also gives the crisis route, as its sources do.
  assert.match(text, /call a crisis line now: 116 123 \(Samaritans, UK\), 988 \(US\), 024 \(Spain\)/);
  assert.match(text, /If your life is in danger, call your local emergency number/);
  const areas = await page.locator('.weakest li strong').allInnerTexts();
  assert.deepEqual(areas, ['Sleep', 'Stress', 'Plant variety']);
  await expectAxeClean(page, '#self-check');

  await page.keyboard.press('Tab'); // first weakest-area link
  assert.match((await focused(page)).text, /7 hours/);
  await page.keyboard.press('Enter');
  const landed = await focused(page);
  assert.equal(landed.id, 'tip-sleep-7h-box', 'focus lands on the tip checkbox');
  assert.match(await page.locator('#tip-sleep-7h').getAttribute('class'), /highlight/);
  // Scrolling may be smooth; it must end with the tip in view.
  await page.waitForFunction(
    () => {
      const box = document.getElementById('tip-sleep-7h').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    },
    null,
    { timeout: 3000 },
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('asking for a result too early points to the first unanswered question', async () => {
  const { context, page, problems } = await open();
  await page.locator('#habit-fruit-veg-2').check();
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.match(await page.locator('.habits-form .form-status').innerText(), /answer the 6 remaining questions/);
  const target = await page.evaluate(() => document.activeElement.querySelector('legend')?.textContent);
  assert.match(target, /^2\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('answers resume after a reload, and the last result shows on the next visit until forgotten', async () => {
  const { context, page, problems } = await open();
  await page.locator('#habit-fruit-veg-1').check();
  await page.locator('#habit-sleep-2').check();
  await page.reload();
  await page.waitForSelector('.habits-form button[type=submit]:not([aria-disabled])');
  assert.equal(await page.locator('#habit-fruit-veg-1').isChecked(), true);
  assert.equal(await page.locator('#habit-sleep-2').isChecked(), true);
  for (const id of ['whole-grains', 'plant-variety', 'fermented', 'ultra-processed', 'stress']) {
    await page.locator(`#habit-${id}-0`).check();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await page.locator('.habit-result h3').innerText(), 'Your habits score: 3 of 14');
  await page.getByRole('button', { name: 'Start again' }).click();
  const day = await page.evaluate(() =>
    new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long' }),
  );
  const expected = `Last time, on ${day}: 3 of 14, “Lots of room to build healthy habits”.`;
  assert.equal(await page.locator('.last-result').innerText(), expected, 'straight after starting again');
  await page.reload();
  await page.waitForSelector('.last-result');
  assert.equal(await page.locator('.last-result').innerText(), expected, 'and on the next visit');
  await forgotten(page);
  await page.getByText(/Removed from this device: .*your last self-check result/).waitFor();
  assert.equal(await page.locator('.last-result').count(), 0, 'the last result goes at once');
  // The next answer is saved, alone: neither the result nor the old answers come back.
  await page.locator('#habit-fruit-veg-2').check();
  await page.waitForFunction(() => localStorage.getItem('gut-skin-axis:self-check') !== null);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['gut-skin-axis:self-check']);
  const answers = await page.evaluate(() => JSON.parse(localStorage.getItem('gut-skin-axis:self-check')).answers);
  assert.equal(answers.filter((answer) => answer !== null).length, 1);
  await forgotten(page);
  await page.getByText('Removed from this device: your self-check answers.').waitFor();
  await page.reload();
  await page.waitForSelector('.habits-form button[type=submit]:not([aria-disabled])');
  assert.equal(await page.locator('.last-result').count(), 0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a result and answers saved by the old eight-question self-check carry over', async () => {
  const { context, page, problems } = await open({}, () => {
    // Saved by the 16-point version: 10 of 16 was "a good base" there (it would be "strong" over 14).
    localStorage.setItem(
      'gut-skin-axis:self-check-result',
      JSON.stringify({ v: 1, score: 10, max: 16, weakest: ['sleep'], date: '2026-11-12' }),
    );
    localStorage.setItem(
      'gut-skin-axis:self-check',
      JSON.stringify({ v: 1, answers: [2, 1, 0, 2, 1, 0, 2, 1], submitted: true }),
    );
  });
  await page.waitForSelector('.last-result');
  assert.equal(
    await page.locator('.last-result').innerText(),
    'Last time, on 12 November: 10 of 16, “A good base with a few gaps”.',
  );
  // The seven answers that still apply are kept; no notice, and the form asks again.
  assert.equal(await page.locator('#self-check .storage-notice .notice').count(), 0);
  assert.equal(await page.locator('.habits-form input:checked').count(), 7);
  assert.equal(await page.locator('#habit-plant-variety-0').isChecked(), true);
  await page.getByRole('button', { name: 'See my result' }).click();
  assert.equal(await page.locator('.habit-result h3').innerText(), 'Your habits score: 8 of 14');
  await expectAxeClean(page, '#self-check');
  assert.deepEqual(problems, []);
  await context.close();
});

test('both flows fit a 320 px phone screen without sideways scroll', async () => {
  const { context, page, problems } = await open({ viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('.quiz-question input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  for (const id of ['fruit-veg', 'whole-grains', 'plant-variety', 'fermented', 'ultra-processed', 'sleep', 'stress']) {
    await page.locator(`#habit-${id}-1`).check();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${scrollWidth} > ${clientWidth}`);
  assert.deepEqual(problems, []);
  await context.close();
});
