// End-to-end tests of the self-check's breakdown by area and the printable summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { axeViolations, openPage } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const AREAS = ['fruit-veg', 'whole-grains', 'plant-variety', 'fermented', 'ultra-processed', 'sleep', 'stress'];
const WORDS = ['room to grow', 'on the way', 'going well'];

const env = useBrowser({
  hostRoutes: (app) => ({
    '/widget.html': hostPage(
      '',
      `<div id="w1" data-gut-skin data-sections="self-check,checklist"></div><script type="module" src="${app.url}widget.js"></script>`,
    ),
  }),
});

async function open(init, url = env.app.url) {
  const opened = await openPage(env.browser, url, {}, { init });
  await opened.page.waitForSelector('.habits-form button[type=submit]:not([aria-disabled])');
  await opened.page.waitForSelector('#checklist .print-summary:not([aria-disabled])');
  // The print dialog would block the test: count calls instead.
  await opened.page.evaluate(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls += 1;
    };
  });
  return opened;
}

async function answer(page, options) {
  for (const [index, id] of AREAS.entries()) await page.locator(`#habit-${id}-${options[index]}`).check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.locator('.habit-result h3').waitFor();
}

/** Text-bearing elements that print (or show) outside the summary's marked parts. */
const visibleOutsideSummary = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.checkVisibility() && !el.closest('.in-summary'))
      .filter((el) => [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim()))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`),
  );

const texts = (locator) => locator.evaluateAll((els) => els.map((el) => el.textContent.trim()));

test('the result shows each area with its points, its word and a link to its tip', async () => {
  const { context, page, problems } = await open();
  const options = [2, 1, 0, 2, 1, 0, 2];
  await answer(page, options);
  assert.equal(await page.locator('.habit-result h3').innerText(), 'Your habits score: 8 of 14');
  for (const [index, id] of AREAS.entries()) {
    const item = page.locator(`.habit-result [data-area="${id}"]`);
    const points = options[index];
    assert.equal(await item.locator('.area-points').innerText(), `${points} of 2 points: ${WORDS[points]}`, id);
    assert.equal(await item.locator('.area-point.earned').count(), points, id);
    assert.equal(await item.locator('.area-point').count(), 2, id);
    assert.match(await item.locator('a').getAttribute('href'), /^#tip-/);
  }
  // The band, the weakest areas and the caveat stay.
  assert.match(await page.locator('.habit-result').innerText(), /A good base with a few gaps/);
  assert.equal(await page.locator('.habit-result .weakest li').count(), 3);
  assert.match(await page.locator('.habit-result').innerText(), /It is not a diagnosis/);
  // The area's link goes to its tip and focuses its box.
  await page.locator('[data-area="sleep"] a').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tip-sleep-7h-box');
  assert.deepEqual(await axeViolations(page, '#self-check'), []);
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page, '#self-check'), []);
  // The saved result keeps the points per area.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('gut-skin-axis:self-check-result')));
  assert.deepEqual([saved.v, saved.areas, saved.score], [2, options, 8]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the summary prints the band, the areas, the ticks and nothing else, on one page', async () => {
  const { context, page, problems } = await open();
  for (const id of ['fibre-30g', 'sleep-7h']) await page.locator(`#tip-${id}-box`).check();
  await answer(page, [2, 2, 1, 2, 2, 0, 1]);
  const ticked = await texts(page.locator('label[for="tip-fibre-30g-box"], label[for="tip-sleep-7h-box"]'));
  await page.locator('.habit-result').getByRole('button', { name: 'Print or save my summary' }).click();
  assert.equal(await page.evaluate(() => window.printCalls), 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.print), 'summary');
  // On screen nothing changed.
  assert.equal(await page.locator('.summary-head').first().isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleOutsideSummary(page), []);
  for (const hidden of ['article', '#quiz', '.habits-form', '.tip-list', '#references', '#disclaimer', '.masthead', '.toc', '.axis-diagram', '#embed']) {
    assert.equal(await page.locator(hidden).first().isVisible().catch(() => false), false, hidden);
  }
  assert.equal(await page.locator('#self-check .summary-head').isVisible(), true);
  assert.equal(await page.locator('#checklist .summary-head').isVisible(), false, 'one heading');
  assert.match(await page.locator('#self-check .summary-head').innerText(), /Made on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  assert.match(await page.locator('#self-check .summary-head').innerText(), /not a diagnosis/);
  assert.equal(await page.locator('.habit-result h3').innerText(), 'Your habits score: 10 of 14');
  assert.match(await page.locator('.habit-result').innerText(), /Strong everyday habits/);
  assert.equal(await page.locator('.habit-result [data-area="sleep"] .area-points').innerText(), '0 of 2 points: room to grow');
  assert.equal(await page.locator('.habit-result .weakest li').count(), 3, 'the weakest areas with their tips');
  assert.deepEqual(await texts(page.locator('.ticks-summary .ticked li')), ticked);
  assert.equal(await page.locator('.ticks-summary .not-ticked li').count(), 7);
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons printed');
  // Readable: body text at least 10 pt.
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.area-points')).fontSize));
  assert.ok(size >= 13.3, `${size}px`);
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${SHOTS}summary-print.png`, fullPage: true });
  assert.ok((await stat(`${SHOTS}summary-print.png`)).size > 10_000);
  for (const format of ['A4', 'Letter']) {
    // Printing to PDF fires "afterprint", which ends the summary mode: start it again each time.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.habit-result').getByRole('button', { name: 'Print or save my summary' }).click();
    await page.emulateMedia({ media: 'print' });
    const path = `${SHOTS}summary-print-${format.toLowerCase()}.pdf`;
    await page.pdf({ path, format });
    const pages = (await readFile(path, 'latin1')).match(/\/Type\s*\/Page\b/g) ?? [];
    assert.equal(pages.length, 1, `${format}: ${pages.length} pages`);
    // After the print the page prints the article again (as a plain Ctrl+P does).
    assert.equal(await page.evaluate(() => document.documentElement.dataset.print), undefined);
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('article').isVisible(), true);
  assert.equal(await page.locator('#self-check .summary-head').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('before any self-check the summary shows the checklist and says the self-check is not taken', async () => {
  const { context, page, problems } = await open();
  await page.locator('#tip-plants-30-week-box').check();
  await page.locator('#checklist').getByRole('button', { name: 'Print or save my summary' }).click();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleOutsideSummary(page), []);
  const notTaken = page.locator('#self-check .print-only.in-summary', { hasText: 'not taken the habits self-check' });
  assert.equal(await notTaken.isVisible(), true);
  assert.match(await notTaken.innerText(), /doctor, pharmacist or dermatologist/);
  assert.equal(await page.locator('.habits-form').isVisible(), false);
  assert.equal(await page.locator('.ticks-summary .ticked li').count(), 1);
  assert.equal(await page.locator('.ticks-summary .not-ticked li').count(), 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a plain print (Ctrl+P) still prints the article, not the summary', async () => {
  const { context, page } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('article').isVisible(), true);
  assert.equal(await page.locator('.summary-head').first().isVisible(), false);
  assert.equal(await page.locator('.ticks-summary').isVisible(), false);
  await context.close();
});

test('a result saved before the breakdown shows its band without one, on screen and printed', async () => {
  const { context, page, problems } = await open(() => {
    localStorage.setItem(
      'gut-skin-axis:self-check-result',
      JSON.stringify({ v: 1, score: 10, max: 16, weakest: ['sleep'], date: '2026-11-12' }),
    );
  });
  await page.locator('.last-result').waitFor();
  assert.equal(await page.locator('.last-result').innerText(), 'Last time, on 12 November: 10 of 16, “A good base with a few gaps”.');
  assert.equal(await page.locator('.area-breakdown').count(), 0);
  await page.locator('#checklist').getByRole('button', { name: 'Print or save my summary' }).click();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleOutsideSummary(page), []);
  assert.equal(await page.locator('.last-result').isVisible(), true);
  assert.match(await page.locator('.last-details').innerText(), /Sleep/);
  assert.equal(await page.locator('.area-breakdown').count(), 0);
  assert.equal(await page.locator('#self-check', { hasText: 'not taken' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an iframe embed offers the summary; a direct-mount widget does not', async () => {
  const context = await env.browser.newContext();
  const embed = await context.newPage();
  await embed.goto(`${env.app.url}?embed&sections=self-check,checklist`);
  await embed.locator('#checklist .print-summary:not([aria-disabled])').waitFor();
  await embed.locator('#checklist .print-summary').click();
  await embed.emulateMedia({ media: 'print' });
  assert.equal(await embed.locator('.ticks-summary').isVisible(), true);
  assert.equal(await embed.locator('#self-check .summary-head').isVisible(), true);

  const page = await context.newPage();
  await page.goto(new URL('/widget.html', env.host.url).href);
  await page.locator('#w1 .gsa-widget:not([hidden])').waitFor();
  await page.locator('#w1').scrollIntoViewIfNeeded();
  await page.locator('#w1 .checklist-actions button:not([aria-disabled])').first().waitFor();
  await page.locator('#w1 .habits-form button[type=submit]:not([aria-disabled])').waitFor();
  assert.equal(await page.locator('#w1 .print-summary').count(), 0);
  await context.close();
});

test('both intros say how many questions, about how long, and what is kept', async () => {
  const { context, page } = await open();
  assert.match(await page.locator('#quiz .quiz-intro').innerText(), /10 questions, about 3 minutes\./);
  assert.match(await page.locator('#self-check .quiz-intro').innerText(), /7 questions, about 2 minutes\./);
  assert.match(await page.locator('#self-check .quiz-intro').innerText(), /kept only in this browser on this device/);
  assert.deepEqual(await axeViolations(page, '#checklist'), []);
  await context.close();
});
