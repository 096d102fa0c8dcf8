// The diagram the reader drives: a stepper through the gut–skin pathway, by keyboard and
// by tap, that goes live only when used, reads with JavaScript off, prints whole, embeds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { axeViolations, countObserverAnswers, launchChromium, loaderWatching, observersAnswered, watch } from '../support/browser.mjs';
import { serveStatic } from '../support/server.mjs';

const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const STEPS = 11;
const isCode = (url) => /\.wasm(\?|$)/.test(url) || /gut-skin-axis-[0-9a-f]+\.js(\?|$)/.test(url);

const env = {};
before(async () => {
  env.app = await serveStatic(undefined, { gzip: true });
  env.browser = await launchChromium();
});
after(async () => {
  await env.browser?.close();
  await env.app?.close();
});

async function open(url = env.app.url, options = {}, { countAnswers = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  if (countAnswers) await countObserverAnswers(context);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle'); // the page's loader is imported after load
  return { context, page, seen };
}

const said = (page) => page.locator('.axis-walk [role="status"]').textContent();
const position = (page) => page.locator('#axis-position').innerText();
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Waits until the live region says `pattern`. */
async function announced(page, pattern) {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test(document.querySelector('.axis-walk [role="status"]')?.textContent ?? ''),
    [pattern.source, pattern.flags],
  );
  return said(page);
}

/** A tap where the control is, as a reader's would land (Playwright's own click waits
 * for a control that is not aria-disabled, which a waiting control is). */
async function tap(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Computed style of an SVG part (`.gut rect`, `.gut-immune .axis-arrow`, …). */
const style = (page, selector, property) =>
  page.locator(`.axis-svg ${selector}`).evaluate((el, name) => getComputedStyle(el)[name], property);

test('the stepper is driven by keyboard alone: focus stays put and every step is announced', async () => {
  // Without transitions, so the styles read are the step's, not a frame on the way.
  const { context, page, seen } = await open(env.app.url, { reducedMotion: 'reduce' });
  // Tab from the top of the page to the diagram's controls, as a keyboard reader would.
  for (let tabs = 0; tabs < 80 && (await activeId(page)) !== 'axis-walk'; tabs += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await activeId(page), 'axis-walk', 'the diagram takes focus');
  const label = await page.locator('#axis-walk').getAttribute('aria-label');
  assert.match(label, /arrow keys/);
  // The first key press is taken before the code is live, and carried out once it is.
  await page.keyboard.press('ArrowRight');
  assert.match(await announced(page, /^Step 1 of 11/), /^Step 1 of 11 \(gut to skin\): Fibre reaches the colon\. /);
  assert.equal(await activeId(page), 'axis-walk', 'focus stays on the diagram');
  assert.ok(seen.requests.some(isCode), 'the first action made it live');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await announced(page, /^Step 3 of/), /Short-chain fatty acids/);
  assert.equal(await position(page), 'Step 3 of 11 (gut to skin)');
  // The step lights its parts and dims the rest by outline and weight, not colour alone.
  assert.equal(await style(page, '.gut rect', 'strokeWidth'), '4px');
  assert.equal(await style(page, '.skin rect', 'strokeDasharray'), '5px, 4px');
  assert.equal(await style(page, '.gut-immune .axis-arrow', 'strokeWidth'), '5px');
  assert.equal(await style(page, '.skin-immune .axis-arrow', 'strokeDasharray'), '4px, 4px');
  assert.equal(await style(page, '.gut-immune .axis-label', 'fontWeight'), '700');
  // Its caption shows with its citation linked to the reference list; the list gives way.
  const now = page.locator('.axis-now');
  assert.match(await now.innerText(), /^Short-chain fatty acids\. Fermenting fibre/);
  assert.match(await now.locator('a').first().getAttribute('href'), /^#ref-\d+$/);
  assert.equal(await page.locator('.axis-steps').isVisible(), false);
  await page.keyboard.press('End');
  assert.match(await announced(page, /^Step 11 of 11/), /\(skin to gut\): Seen in the gut\./);
  await page.keyboard.press('Home');
  await announced(page, /^Step 1 of 11/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await announced(page, /^Whole/), `Whole diagram: ${STEPS} steps, listed below`);
  assert.equal(await page.locator('.axis-steps').isVisible(), true, 'the list is back');
  assert.equal(await page.locator('.axis-now').count(), 0);
  // The buttons, by keyboard: Previous from the whole diagram goes to the last step.
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'axis-previous');
  await page.keyboard.press('Enter');
  await announced(page, /^Step 11 of 11/);
  assert.equal(await activeId(page), 'axis-previous', 'focus stays on the button');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await activeId(page), 'axis-next');
  await announced(page, /^Whole diagram: 11 steps/);
  await page.keyboard.press('Space');
  await announced(page, /^Step 1 of 11/);
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'axis-show-all');
  await page.keyboard.press('Enter');
  await announced(page, /^Whole diagram: 11 steps/);
  assert.equal(await page.locator('#axis-walk').getAttribute('data-lit'), null);
  // Alt+Left stays the browser's "back", not a step.
  await page.locator('#axis-walk').focus();
  await page.keyboard.press('Alt+ArrowLeft').catch(() => {});
  assert.deepEqual(seen.problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`zero axe violations at a middle step in the ${colorScheme} theme`, async () => {
    const { context, page, seen } = await open(env.app.url, { colorScheme });
    // The first tap on a waiting control is carried out once live.
    await tap(page, '#axis-next');
    await announced(page, /^Step 1 of/);
    for (let step = 2; step <= 6; step += 1) await page.locator('#axis-next').click();
    await announced(page, /^Step 6 of/);
    assert.equal(await page.locator('#axis-walk').getAttribute('data-lit'), 'immune immune-skin skin');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(seen.problems, []);
    await context.close();
  });
}

test('reading past the diagram fetches no code; the first tap on it makes it live and is carried out', async () => {
  const { context, page, seen } = await open(env.app.url, {}, { countAnswers: true });
  await page.locator('.axis-stepper').scrollIntoViewIfNeeded();
  // Past the paint-first wait, and the loader's observer has answered for this view.
  await loaderWatching(page);
  await observersAnswered(page);
  assert.deepEqual(seen.requests.filter(isCode), [], 'no code for a diagram only looked at');
  assert.equal(await page.locator('#axis-next').getAttribute('aria-disabled'), 'true', 'still waiting');
  await tap(page, '#axis-next');
  await announced(page, /^Step 1 of 11/);
  assert.equal(await position(page), 'Step 1 of 11 (gut to skin)');
  assert.equal(seen.requests.filter(isCode).length, 2, 'the glue and the wasm, once each');
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('going live moves nothing: the first live render is the prerendered whole diagram', async () => {
  const { context, page } = await open();
  const before = await page.locator('.axis-stepper').evaluate((el) => [el.getBoundingClientRect().height, el.innerText]);
  await page.locator('#axis-walk').focus();
  await page.locator('#axis-next:not([aria-disabled])').waitFor();
  const after = await page.locator('.axis-stepper').evaluate((el) => [el.getBoundingClientRect().height, el.innerText]);
  assert.deepEqual(after, before);
  await context.close();
});

test('with reduced motion the step changes without transitions', async () => {
  const { context, page } = await open(env.app.url, { reducedMotion: 'reduce' });
  assert.equal(await style(page, '.gut rect', 'transitionDuration'), '0s');
  await context.close();
  const moving = await open(env.app.url, { reducedMotion: 'no-preference' });
  assert.notEqual(await style(moving.page, '.gut rect', 'transitionDuration'), '0s');
  await moving.context.close();
});

test('with JavaScript off the whole diagram reads, followed by every step in order', async () => {
  const { context, page } = await open(env.app.url, { javaScriptEnabled: false });
  assert.equal(await page.locator('.axis-stepper svg title').count(), 1);
  const steps = page.locator('.axis-steps ol > li');
  assert.equal(await steps.count(), STEPS);
  assert.match(await steps.first().innerText(), /^Fibre reaches the colon\. Our own enzymes/);
  assert.match(await steps.nth(STEPS - 1).innerText(), /^Seen in the gut\./);
  assert.equal(await page.locator('.axis-steps').isVisible(), true);
  assert.equal(await page.locator('.axis-walk').isVisible(), false, 'no controls that cannot work');
  assert.match(await page.locator('.axis-steps > p').innerText(), /1 to 6 .* 7 to 11/);
  await context.close();
});

test('printed mid-walk, the figure is the whole diagram with its steps listed', async () => {
  const { context, page } = await open();
  await tap(page, '#axis-next');
  await announced(page, /^Step 1 of/);
  await page.locator('#axis-next').click();
  await page.locator('#axis-next').click();
  await announced(page, /^Step 3 of/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.axis-steps').isVisible(), true);
  assert.equal(await page.locator('.axis-steps ol > li').count(), STEPS);
  assert.equal(await page.locator('.axis-walk').isVisible(), false, 'no controls on paper');
  assert.equal(await style(page, '.skin rect', 'strokeDasharray'), 'none', 'nothing dimmed');
  assert.equal(await style(page, '.gut rect', 'strokeWidth'), '2px', 'nothing lit');
  await context.close();
});

test('an embed of the diagram alone steps too, with citations sent to the full explainer', async () => {
  const { context, page, seen } = await open(`${env.app.url}?embed&sections=diagram`);
  await page.locator('#app[data-live] .axis-stepper').waitFor();
  assert.equal(await page.locator('article').count(), 0);
  assert.equal(await page.locator('.axis-steps ol > li').count(), STEPS);
  await page.locator('#axis-next:not([aria-disabled])').click();
  await announced(page, /^Step 1 of 11/);
  const cite = page.locator('.axis-now a').first();
  assert.match(await cite.getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/#ref-\d+$/);
  assert.equal(await cite.getAttribute('target'), '_blank');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('screenshots of a middle step at 390 px and 1280 px are written under target/screenshots/', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    const { context, page } = await open(env.app.url, { viewport: { width, height: 900 } });
    await page.locator('#axis-walk').focus();
    await page.locator('#axis-next:not([aria-disabled])').waitFor();
    for (let step = 1; step <= 4; step += 1) await page.keyboard.press('ArrowRight');
    await announced(page, /^Step 4 of/);
    // Let the transitions finish.
    await page.locator('.axis-stepper').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    const path = `${SHOTS}diagram-step-${width}.png`;
    await page.locator('.axis-stepper').screenshot({ path });
    assert.ok((await stat(path)).size > 10_000, `${path} looks empty`);
    await context.close();
  }
});
