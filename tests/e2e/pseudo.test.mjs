// The page built in the pseudo-language (./run.sh build-pseudo → target/dist-pseudo): in
// every state a reader can bring it to, in an iframe embed and in a widget, no English is
// left (every word came through src/content), and the longer words still fit a 320 px
// phone: nothing scrolls sideways, nothing is clipped. Screenshots: target/screenshots/pseudo-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { layoutProblems } from '../support/layout.mjs';
import * as states from '../support/states.mjs';
import { englishIn } from '../support/words.mjs';

const ROOT = fileURLToPath(new URL('../../target/dist-pseudo/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
/** The pseudo-language's tag (src/build/lang.rs). */
const LANG = 'en-XA';
const PHONE = { viewport: { width: 320, height: 720 } };

if (!existsSync(`${ROOT}index.html`)) {
  throw new Error(`${ROOT}index.html is missing: run ./run.sh build-pseudo (./run.sh test does)`);
}

const env = useBrowser({ root: ROOT, hostRoutes: (app) => states.hostRoutes(app.url) });

/** Only the entries with something in them: `{}` when every state is clean. */
const failing = (found) => Object.fromEntries(Object.entries(found).filter(([, lines]) => lines.length > 0));

/** Each line found once, with the first state it was found in, sorted: what to fix, once each. */
const once = (found) => {
  const first = new Map();
  for (const [state, lines] of Object.entries(found)) for (const line of lines) if (!first.has(line)) first.set(line, state);
  return [...first].map(([line, state]) => `${line}  (${state})`).sort();
};

const slug = (state) => state.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

/**
 * Visits every state once; resolves to { words: { state: [English found] }, layout: { state: [problems] } }.
 * Both tests below read the same visit.
 */
let visit;
function survey() {
  visit ??= surveyAll();
  return visit;
}

async function surveyAll() {
  const words = {};
  const layout = {};
  await mkdir(SHOTS, { recursive: true });
  /** Records `target`'s English and, for a whole page, its layout and a screenshot. */
  const check = async (state, page, target = page, scope = null) => {
    const lang = await target.evaluate(() => document.documentElement.lang);
    if (!scope) assert.equal(lang, LANG, `${state}: the page says it is in ${LANG}`);
    words[state] = await englishIn(target, { scope, lang: LANG });
    layout[state] = await layoutProblems(target);
    await page.screenshot({ path: `${SHOTS}pseudo-${slug(state)}.png`, fullPage: true, scale: 'css' });
  };
  {
    const { context, page } = await openPage(env.browser, env.app.url, { ...PHONE, javaScriptEnabled: false }, { wake: false });
    await check('before going live (JavaScript off)', page);
    await context.close();
  }
  {
    const { context, page, problems } = await states.openLive(env.browser, env.app.url, PHONE);
    await check('live', page);
    await states.quizMidway(page, 2);
    await check('quiz midway', page);
    await states.diagramAt(page, 6);
    await states.selfCheckResult(page);
    await states.checklistTicked(page);
    await check('diagram at step 6, self-check result with breakdown, checklist ticked with a reason open', page);
    await states.quizToResult(page);
    await check('quiz result', page);
    await states.importPlanShown(page);
    await check('import plan', page);
    await states.forgetAsked(page);
    await check('forget asks first', page);
    await states.forgotten(page);
    await check('data forgotten', page);
    await page.locator('#embed-namespace').fill('mysite');
    await page.locator('#embed-accent').fill('teal');
    await page.waitForFunction(() => document.querySelector('#embed .form-status')?.textContent.trim());
    await check('embed builder with an invalid accent', page);
    assert.deepEqual(problems, [], 'the page stayed quiet');
    await context.close();
  }
  for (const notice of states.NOTICE_STATES) {
    const { context, page } = await states.openLive(env.browser, env.app.url, PHONE, notice.init);
    await notice.then(page);
    await check(`notice: ${notice.name}`, page);
    await context.close();
  }
  {
    const { context, page } = await states.resetByAnotherTab(env.browser, env.app.url, PHONE);
    await check('notice: reset by another tab', page);
    await context.close();
  }
  for (const [state, path] of [['iframe embed', '/a11y-embed.html'], ['widget', '/a11y-widget.html']]) {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(new URL(path, env.host.url).href);
    const scope = state === 'widget' ? page.locator('#widget') : page.frameLocator('#explainer');
    await states.busyInside(scope);
    if (state === 'widget') {
      await check(state, page, page, '#widget');
    } else {
      const frame = await (await page.locator('#explainer').elementHandle()).contentFrame();
      await check(state, page, frame);
    }
    await context.close();
  }
  for (const [state, lines] of Object.entries(words)) console.log(`# ${state}: ${lines.length} pieces of English`);
  return { words, layout };
}

test('the finder reports planted English, and not code or text marked as English', async () => {
  const { context, page } = await openPage(env.browser, env.app.url, PHONE, { wake: false });
  await page.evaluate(() => {
    const article = document.querySelector('article');
    article.insertAdjacentHTML(
      'beforeend',
      `<p id="planted">Planted words</p><p translate="no">kept code</p><p lang="en">An English title</p>
       <p lang="${document.documentElement.lang}"><button aria-label="Close this">⟦×⟧</button></p>`,
    );
  });
  const found = await englishIn(page, { lang: LANG });
  assert.ok(found.includes('p#planted: "Planted words"'), found.join('\n'));
  assert.ok(found.includes('button [aria-label]: "Close this"'), found.join('\n'));
  assert.equal(found.filter((line) => /kept code|An English title/.test(line)).length, 0);
  await context.close();
});

test('every word on the pseudo page, in every state, an embed and a widget, came from src/content', async () => {
  const { words } = await survey();
  assert.ok(Object.keys(words).length >= 15, `every state was visited: ${Object.keys(words)}`);
  assert.deepEqual(once(words), [], 'English on the pseudo page (where: "text" (first state))');
});

test('the pseudo page fits 320 px in every state: nothing scrolls sideways or is clipped', async () => {
  const { layout } = await survey();
  assert.deepEqual(failing(layout), {});
});
