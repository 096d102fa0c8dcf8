// The Spanish page at es/ (issue 23), for what depends on the language: it reads whole
// with JavaScript off and goes live part by part in Spanish; the two pages point at each
// other and never redirect by browser language; progress follows the reader across
// languages (the same keys: ticks across tabs, a quiz in progress, an export made in one
// imported in the other). Embeds, offline, weight and accessibility: spanish-embeds.test.mjs.
// Everything is found by ids, classes and roles, never by English words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { openPage, openTab } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import * as states from '../support/states.mjs';

const env = useBrowser();
const es = () => `${env.app.url}es/`;
const MOBILE = { viewport: { width: 390, height: 844 } };
const KEY = 'gut-skin-axis:checklist';


/** Each island's text as a reader sees it, by island name. */
const islandTexts = (page) =>
  page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('#app [data-island]')].map((island) => [island.dataset.island, island.innerText.trim()])),
  );

test('es/ reads whole with JavaScript off, in Spanish, with the same sections as the English page', async () => {
  const context = await env.browser.newContext({ ...MOBILE, javaScriptEnabled: false });
  const page = await context.newPage();
  const outline = async (url) => {
    await page.goto(url);
    return page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      sections: [...document.querySelectorAll('main h2[id], main section[id], main [id^="tip-"]')].map((node) => node.id),
      islands: [...document.querySelectorAll('#app [data-island]')].map((node) => node.dataset.island),
      words: document.body.innerText.length,
    }));
  };
  const english = await outline(env.app.url);
  const spanish = await outline(es());
  assert.equal(english.lang, 'en');
  assert.equal(spanish.lang, 'es');
  assert.notEqual(spanish.title, english.title);
  assert.deepEqual(spanish.sections, english.sections, 'the same sections, tips and anchors');
  assert.deepEqual(spanish.islands, english.islands);
  assert.ok(spanish.words > english.words * 0.9, `the Spanish page is whole (${spanish.words} characters)`);
  // Spanish, not English: the quiz, self-check and checklist words are the prerendered Spanish.
  const text = await page.locator('main').innerText();
  for (const word of ['Contenido', 'Referencias', 'Aviso médico']) assert.ok(text.includes(word), word);
  await context.close();
});

test('each page links to the other near the top and lists every language as an alternate, relatively', async () => {
  // A reader whose browser asks for Spanish still gets the page they opened: no redirect.
  const context = await env.browser.newContext({ ...MOBILE, locale: 'es-ES', extraHTTPHeaders: { 'accept-language': 'es-ES,es;q=0.9' } });
  const page = await context.newPage();
  await page.goto(env.app.url);
  assert.equal(new URL(page.url()).pathname, '/');
  const links = (url) =>
    page.evaluate(() => ({
      language: [...document.querySelectorAll('header .language-links a')].map((a) => [a.getAttribute('href'), a.hreflang, a.lang]),
      alternates: [...document.querySelectorAll('link[rel=alternate]')].map((link) => [link.hreflang, link.getAttribute('href')]),
      top: document.querySelector('header .language-links a')?.getBoundingClientRect().top,
    }));
  const english = await links();
  assert.deepEqual(english.language, [['es/', 'es', 'es']]);
  assert.deepEqual(english.alternates, [['en', './'], ['es', 'es/'], ['x-default', './']]);
  assert.ok(english.top < 200, 'the link is near the top');
  await page.locator('header .language-links a').click();
  await page.waitForURL(`${es()}`);
  const spanish = await links();
  assert.deepEqual(spanish.language, [['../', 'en', 'en']]);
  assert.deepEqual(spanish.alternates, [['en', '../'], ['es', './'], ['x-default', '../']]);
  await context.close();
});

test('every part of es/ goes live in Spanish, says the same as its prerender, and works', async () => {
  // The prerendered parts as a reader sees them before they go live: the wasm never arrives.
  const still = await env.browser.newContext(MOBILE);
  await still.route('**/*_bg.wasm', () => {});
  const waiting = await still.newPage();
  await waiting.goto(es());
  const prerendered = await islandTexts(waiting);
  await still.close();
  const { context, page, problems } = await states.openLive(env.browser, es());
  const live = await islandTexts(page);
  const shown = Object.entries(prerendered).filter(([, text]) => text !== '');
  assert.equal(shown.length, Object.keys(prerendered).length, 'every part shows words before it is live');
  for (const [island, text] of shown) {
    assert.equal(live[island], text, `${island}: the live part speaks the prerender's Spanish`);
  }
  await states.diagramAt(page, 3);
  await states.quizMidway(page, 2);
  await states.quizToResult(page);
  assert.match(await page.locator('.quiz-result').innerText(), /\d/);
  await states.selfCheckResult(page);
  await states.checklistTicked(page);
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), true);
  // The checklist's count is worded by the Spanish build ("2 de 9").
  assert.match(await page.locator('.checklist').innerText(), /\b2 de 9\b/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(problems, []);
  await context.close();
});

test('ticks follow the reader across tabs and languages: the same keys in both', async () => {
  const context = await env.browser.newContext(MOBILE);
  const problems = [];
  const english = await openTab(context, env.app.url, problems);
  const spanish = await openTab(context, es(), problems);
  for (const page of [english, spanish]) {
    await page.locator('#checklist').scrollIntoViewIfNeeded();
    await page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
  }
  await spanish.locator('#tip-fibre-30g-box').check();
  await english.locator('#tip-fibre-30g-box:checked').waitFor();
  await english.locator('#tip-sleep-7h-box').check();
  await spanish.locator('#tip-sleep-7h-box:checked').waitFor();
  await spanish.locator('#tip-fibre-30g-box').uncheck();
  await english.locator('#tip-fibre-30g-box:not(:checked)').waitFor();
  const stored = JSON.parse(await english.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(stored.ticked, ['sleep-7h']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a quiz in progress and the last self-check result carry across a switch of language', async () => {
  const { context, page, problems } = await states.openLive(env.browser, env.app.url);
  await states.quizMidway(page, 2);
  await states.selfCheckResult(page);
  const where = () =>
    page.evaluate(() => ({
      progress: document.querySelector('#quiz-progress-text')?.textContent.match(/\d+/g),
      radios: [...document.querySelectorAll('.quiz-question input[type=radio]')].map((input) => [input.id, input.checked]),
      points: document.querySelector('.habit-result')?.textContent.match(/\d+/g)?.slice(0, 2),
    }));
  const english = await where();
  assert.equal(english.radios.filter(([, checked]) => checked).length, 1, 'the second answer is shown with its feedback');
  const stored = await page.evaluate(() => ({ ...localStorage }));
  await page.goto(es());
  await states.allLive(page);
  await page.locator('#quiz-progress-text').waitFor();
  await page.locator('.habit-result').waitFor();
  const spanish = await where();
  // The same question, the same answer picked, the same progress; the same points.
  assert.deepEqual(spanish, english);
  assert.notEqual(await page.locator('.habit-result').innerText(), '', 'worded in Spanish');
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), stored, 'nothing rewritten by the switch');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an export made on es/ imports on the English page, and the English page names the same ticks', async () => {
  const { context, page, problems } = await openPage(env.browser, es(), { viewport: { width: 1280, height: 900 } });
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await page.waitForSelector('.my-data button:not([aria-disabled])');
  await page.locator('#tip-fibre-30g-box').check();
  await page.locator('#tip-plants-30-week-box').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.my-data > button').nth(0).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(file).data.checklist.ticked.sort(), ['fibre-30g', 'plants-30-week']);
  await states.forgotten(page); // on es/, answering its question
  await page.waitForFunction(() => Object.keys(localStorage).length === 0);
  await page.goto(env.app.url);
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await page.waitForSelector('.my-data button:not([aria-disabled])');
  await page.locator('.my-data input[type=file]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForFunction(() => document.querySelectorAll('.my-data-status button').length === 2);
  await page.locator('.my-data-status button').first().click(); // import
  await page.locator('#tip-fibre-30g-box:checked').waitFor();
  assert.equal(await page.locator('#tip-plants-30-week-box').isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
