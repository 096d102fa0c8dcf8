// End-to-end tests of the opt-in events for host pages: iframe embeds post messages to
// their parent, widgets dispatch DOM events on their host element; without the opt-in,
// nothing is sent. Payloads may hold only a name, a band id or a count of ticks.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';
import { forgotten } from '../support/states.mjs';

const EVENT_NAMES = ['ready', 'quiz-finished', 'self-check-finished', 'checklist-changed'];

// docs/embedding.md's listener for iframe embeds, recording every event (and any other message type seen).
const frameListener = (app) => `<script>
window.events = []; window.otherTypes = [];
addEventListener('message', (event) => {
  const frame = document.getElementById('explainer');
  if (event.source !== frame.contentWindow || event.origin !== ${JSON.stringify(app.origin)}) return;
  if (event.data && event.data.type === 'gut-skin-axis:event') window.events.push(event.data);
  else window.otherTypes.push(event.data && event.data.type);
});
</script>`;

// docs/embedding.md's listener for widgets.
const widgetListener = `<script>
window.events = [];
for (const name of ${JSON.stringify(EVENT_NAMES)}) {
  document.getElementById('w').addEventListener('gut-skin-axis:' + name, (event) => window.events.push({ type: event.type, detail: event.detail }));
}
</script>`;

const iframe = (app, query) =>
  `<iframe id="explainer" src="${app.url}?embed&${query}" title="Gut–skin axis explainer" style="width:100%;border:0;height:2400px"></iframe>`;
const widget = (app, attributes) =>
  `<div id="w" data-gut-skin data-sections="quiz,checklist" ${attributes}></div>${widgetListener}<script type="module" src="${app.url}widget.js"></script>`;

const env = useBrowser({
  hostRoutes: (app) => ({
    '/events.html': hostPage(frameListener(app), iframe(app, 'sections=quiz,self-check,checklist&events')),
    '/quiet.html': hostPage(frameListener(app), iframe(app, 'sections=quiz,self-check,checklist')),
    '/widget-events.html': hostPage('', widget(app, 'data-events')),
    '/widget-quiet.html': hostPage('', widget(app, '')),
  }),
});

async function open(path) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL(path, env.host.url).href);
  return { context, page, ...seen };
}

const events = (page) => page.evaluate(() => window.events);

/** Answers every quiz question with its first option; returns the band the score falls in. */
async function finishQuiz(scope) {
  await scope.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 10; i += 1) {
    await scope.locator('.quiz-question input').first().check();
    await scope.getByRole('button', { name: 'Check answer' }).click();
    await scope.getByRole('button', { name: i === 9 ? 'See your result' : 'Next question' }).click();
  }
  const heading = await scope.locator('.quiz-result h3').innerText();
  const score = Number(/You got (\d+) of 10/.exec(heading)[1]);
  return score >= 8 ? 'strong' : score >= 5 ? 'good' : 'starting';
}

/** Every payload holds only its name and at most a band id or a count. */
function assertPrivate(list, allowed) {
  for (const payload of list) {
    for (const key of Object.keys(payload)) assert.ok(allowed.includes(key), `unexpected field ${key} in ${JSON.stringify(payload)}`);
    if ('band' in payload) assert.match(payload.band, /^(strong|good|starting|room-to-build|good-base)$/);
    if ('ticks' in payload) assert.equal(typeof payload.ticks, 'number');
  }
}

test('an iframe embed with the events flag tells its host each event, in order, and nothing private', async () => {
  const { context, page, problems } = await open('/events.html');
  const frame = page.frameLocator('#explainer');
  await page.waitForFunction(() => window.events.length > 0);
  assert.deepEqual(await events(page), [{ type: 'gut-skin-axis:event', name: 'ready' }]);
  assert.match(await frame.locator('.events-note').innerText(), /never told your answers/);
  assert.match(await frame.locator('#checklist .privacy-note').innerText(), /told how many tips you have ticked, never which/);

  await frame.locator('#tip-fibre-30g-box').check();
  await frame.locator('#tip-sleep-7h-box').check();
  await frame.locator('#tip-fibre-30g-box').uncheck();
  const band = await finishQuiz(frame);
  // 9 of 14: a good base.
  for (const [question, option] of [[0, 2], [1, 2], [2, 1], [3, 2], [4, 2], [5, 0], [6, 0]]) {
    await frame.locator('.self-check fieldset').nth(question).locator('input').nth(option).check();
  }
  await frame.getByRole('button', { name: 'See my result' }).click();
  await frame.locator('.habit-result').waitFor();
  // A last tick as a sentinel: messages from the frame arrive in order, so any event sent
  // since the self-check arrives before its checklist-changed.
  await frame.locator('#tip-sleep-7h-box').uncheck();
  await page.waitForFunction(() => window.events.length >= 7);
  const seen = await events(page);
  assert.deepEqual(
    seen.map(({ name, band, ticks }) => [name, band ?? ticks ?? null]),
    [
      ['ready', null],
      ['checklist-changed', 1],
      ['checklist-changed', 2],
      ['checklist-changed', 1],
      ['quiz-finished', band],
      ['self-check-finished', 'good-base'],
      ['checklist-changed', 0],
    ],
  );
  assertPrivate(seen, ['type', 'name', 'band', 'ticks']);

  // A reload restores the finished quiz and self-check: the host hears only "ready" again,
  // then the sentinel tick's event (anything the restore sent would come before it).
  await page.reload();
  await page.waitForFunction(() => window.events.length > 0);
  await frame.locator('.quiz-result').waitFor();
  await frame.locator('.habit-result').waitFor();
  await frame.locator('#tip-fibre-30g-box').check();
  await page.waitForFunction(() => window.events.length >= 2);
  assert.deepEqual(await events(page), [
    { type: 'gut-skin-axis:event', name: 'ready' },
    { type: 'gut-skin-axis:event', name: 'checklist-changed', ticks: 1 },
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an iframe embed without the flag sends no event at all', async () => {
  const { context, page, problems } = await open('/quiet.html');
  const frame = page.frameLocator('#explainer');
  await frame.locator('#tip-fibre-30g-box:not([aria-disabled])').check();
  await finishQuiz(frame);
  // Sentinel: a tip opened makes the frame taller, and its height message comes after any
  // event the quiz or the tick had sent, from the same frame.
  const heights = await page.evaluate(() => window.otherTypes.length);
  await frame.locator('#tip-fibre-30g summary').click();
  await page.waitForFunction((seen) => window.otherTypes.length > seen, heights);
  assert.deepEqual(await events(page), []);
  assert.ok(
    (await page.evaluate(() => window.otherTypes)).every((type) => type === 'gut-skin-axis:height'),
    'only height messages',
  );
  assert.equal(await frame.locator('.events-note').isVisible(), false);
  assert.match(await frame.locator('#checklist .privacy-note').innerText(), /Nothing is sent anywhere/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a widget with data-events dispatches events on its host element; without it, none', async () => {
  const { context, page, problems } = await open('/widget-events.html');
  await page.waitForFunction(() => window.events.length > 0);
  await page.locator('#w #tip-fibre-30g-box').check();
  const band = await finishQuiz(page.locator('#w'));
  await page.waitForFunction(() => window.events.length >= 3);
  const seen = await events(page);
  assert.deepEqual(
    seen.map(({ type, detail }) => [type, detail.band ?? detail.ticks ?? null]),
    [['gut-skin-axis:ready', null], ['gut-skin-axis:checklist-changed', 1], ['gut-skin-axis:quiz-finished', band]],
  );
  assertPrivate(seen.map(({ detail }) => detail), ['name', 'band', 'ticks']);
  assert.deepEqual(problems, []);
  await context.close();

  const quiet = await open('/widget-quiet.html');
  await quiet.page.locator('#w #tip-fibre-30g-box:not([aria-disabled])').check();
  await finishQuiz(quiet.page.locator('#w'));
  // Widget events are dispatched as the part updates: once a later tick has rendered,
  // any event of the quiz or the first tick would have been recorded.
  await quiet.page.locator('#w #tip-sleep-7h-box').check();
  await quiet.page.locator('#w #checklist-progress-text', { hasText: /^2 of / }).waitFor();
  assert.deepEqual(await events(quiet.page), []);
  assert.deepEqual(quiet.problems, []);
  await quiet.context.close();
});

test('"Forget my data" tells the host the ticks are gone, once', async () => {
  const { context, page, problems } = await open('/widget-events.html');
  await page.waitForFunction(() => window.events.length > 0);
  await page.locator('#w #tip-fibre-30g-box').check();
  await page.locator('#w #tip-sleep-7h-box').check();
  await page.waitForFunction(() => window.events.length >= 3);
  await forgotten(page.locator('#w'));
  await page.waitForFunction(() => window.events.length >= 4);
  const seen = (await events(page)).map(({ type, detail }) => [type, detail.ticks ?? null]);
  assert.deepEqual(seen.slice(1), [
    ['gut-skin-axis:checklist-changed', 1],
    ['gut-skin-axis:checklist-changed', 2],
    ['gut-skin-axis:checklist-changed', 0],
  ]);
  // A later tick is told after it, so nothing else was told in between.
  await page.locator('#w #tip-fibre-30g-box').check();
  await page.waitForFunction(() => window.events.length >= 5);
  assert.deepEqual((await events(page)).length, 5);
  assert.deepEqual(problems, []);
  await context.close();
});
