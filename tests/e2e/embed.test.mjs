// End-to-end tests of the iframe embed across two loopback origins.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations, isLoopback, watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const iframe = (app, attrs, query) =>
  `<iframe ${attrs} src="${app.url}?embed&${query}" title="Gut–skin axis explainer" style="width:100%;border:0;height:640px" loading="lazy"></iframe>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/embed.html': hostPage(
      '',
      `${iframe(app, 'id="explainer"', 'sections=quiz,checklist')}<script src="${app.url}embed.js" async></script>`,
    ),
    '/no-script.html': hostPage('', iframe(app, 'id="explainer"', 'sections=checklist')),
    '/sandboxed.html': hostPage(
      '',
      `${iframe(app, 'id="explainer" sandbox="allow-scripts allow-popups"', 'sections=checklist')}<script src="${app.url}embed.js" async></script>`,
    ),
    '/invalid.html': hostPage('', iframe(app, 'id="explainer"', 'sections=quiz,recipes&theme=purple')),
    '/diagram.html': hostPage('', iframe(app, 'id="explainer"', 'sections=diagram,quiz')),
    '/article.html': hostPage('', iframe(app, 'id="explainer"', 'sections=article')),
  }),
});

async function openHost(path, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL(path, env.host.url).href);
  const frame = page.frameLocator('#explainer');
  return { context, page, frame, ...seen };
}

const frameHeight = (page) => page.locator('#explainer').evaluate((el) => el.getBoundingClientRect().height);

/** Waits until the iframe is exactly as tall as its content: no inner scrollbar, no gap. */
async function waitFitted(page, frame) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const outer = await frameHeight(page);
    const inner = await frame.locator('html').evaluate((html) => ({
      scroll: html.scrollHeight,
      client: html.clientHeight,
      app: Math.ceil(document.getElementById('app').getBoundingClientRect().height),
    }));
    const fitted = outer === inner.app && inner.scroll <= inner.client;
    if (fitted) return outer;
    if (Date.now() > deadline) assert.fail(`not fitted: frame ${outer}px, content ${JSON.stringify(inner)}`);
    await page.waitForTimeout(50);
  }
}

test('the iframe sizes itself to its content as the quiz advances and a disclosure opens', async () => {
  const { context, page, frame, problems, requests } = await openHost('/embed.html');
  await frame.locator('#quiz button:not([aria-disabled])').waitFor();
  const start = await waitFitted(page, frame);
  assert.notEqual(start, 640, 'the snippet height was replaced');
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  const asking = await waitFitted(page, frame);
  assert.ok(asking > start, `the question is taller than the start screen (${asking} vs ${start})`);
  await frame.locator('.quiz-question input').first().check();
  await frame.getByRole('button', { name: 'Check answer' }).click();
  await frame.locator('.quiz-feedback p').first().waitFor();
  const checked = await waitFitted(page, frame);
  assert.ok(checked > asking, 'feedback made it taller');
  await frame.locator('#tip-fibre-30g summary').click();
  const opened = await waitFitted(page, frame);
  assert.ok(opened > checked, 'the disclosure made it taller');
  assert.equal(await frame.locator('article').count(), 0, 'only the chosen sections');
  assert.equal(await frame.locator('h1').count(), 0, 'no page chrome');
  assert.deepEqual(requests.filter((url) => !isLoopback(url)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('forged or insane height messages are ignored', async () => {
  const { context, page, frame, problems } = await openHost('/embed.html');
  await frame.locator('#quiz button:not([aria-disabled])').waitFor();
  const fitted = await waitFitted(page, frame);
  // Every height embed.js applies from now on is recorded.
  await page.evaluate(() => {
    window.appliedHeights = [];
    const target = document.getElementById('explainer');
    new MutationObserver(() => window.appliedHeights.push(target.style.height)).observe(target, {
      attributes: true,
      attributeFilter: ['style'],
    });
  });
  // From the host page itself: the wrong source.
  await page.evaluate(() => window.postMessage({ type: 'gut-skin-axis:height', height: 300 }, '*'));
  // From inside our iframe, but not a sane height.
  await frame.locator('body').evaluate(() => {
    for (const height of [Number.NaN, -50, 0, 1e9, Infinity, '400', null]) {
      window.parent.postMessage({ type: 'gut-skin-axis:height', height }, '*');
    }
  });
  // From another frame on the host page; resolves once the host page has received it
  // (embed.js listened first, so it has handled it too).
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const other = document.createElement('iframe');
        addEventListener('message', (event) => {
          if (event.source === other.contentWindow) resolve();
        });
        other.srcdoc = "<script>parent.postMessage({type:'gut-skin-axis:height',height:333},'*')</script>";
        document.body.append(other);
      }),
  );
  // Positive control, sent last: a sane message from our own iframe is applied, so the
  // listener was working all along, and it saw the forged ones first.
  const control = fitted + 37;
  await frame.locator('body').evaluate((_, height) => {
    window.parent.postMessage({ type: 'gut-skin-axis:height', height }, '*');
  }, control);
  await page.waitForFunction((height) => window.appliedHeights.includes(`${height}px`), control);
  const applied = await page.evaluate(() => window.appliedHeights);
  for (const height of applied) {
    assert.ok([`${fitted}px`, `${control}px`].includes(height), `a forged height was applied: ${applied}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('without embed.js the iframe keeps its snippet height and scrolls', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const { problems } = watch(page);
  // Positive control: the app does post its height; only nothing on this page listens.
  await page.addInitScript(() => {
    window.heightMessages = 0;
    addEventListener('message', (event) => {
      if (event.data?.type === 'gut-skin-axis:height') window.heightMessages += 1;
    });
  });
  await page.goto(new URL('/no-script.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  await page.waitForFunction(() => window.heightMessages > 0);
  assert.equal(await frameHeight(page), 640);
  const scrollable = await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight);
  assert.ok(scrollable, 'the content scrolls inside the frame');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a sandboxed iframe without allow-same-origin runs in memory, says so, and is sized', async () => {
  const { context, page, frame, problems } = await openHost('/sandboxed.html');
  await frame.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  // Its messages come from the opaque origin "null"; embed.js still knows them for its own.
  assert.notEqual(await waitFitted(page, frame), 640, 'the snippet height was replaced');
  assert.match(await frame.locator('.checklist .storage-notice').innerText(), /not letting the page save data/);
  await frame.locator('#tip-sleep-7h-box').check();
  assert.match(await frame.locator('#checklist-progress-text').innerText(), /^1 of/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('invalid options are ignored with one warning each, and the embed still renders', async () => {
  const { context, frame, problems, warnings } = await openHost('/invalid.html');
  await frame.locator('#quiz button:not([aria-disabled])').waitFor();
  const ours = warnings.filter((text) => text.startsWith('gut-skin-axis:'));
  assert.equal(ours.length, 2, ours.join('\n'));
  assert.match(ours[0], /unknown section "recipes"/);
  assert.match(ours[1], /theme="purple"/);
  // The parts it names are shown: a typo in one does not bring back every part.
  assert.equal(await frame.locator('article').count(), 0);
  assert.equal(await frame.locator('#checklist').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`zero axe violations on the host page and inside the iframe (${colorScheme})`, async () => {
    const { context, page, frame } = await openHost('/embed.html', { colorScheme });
    await frame.locator('#quiz button:not([aria-disabled])').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await page.locator('#explainer').getAttribute('title'), 'the iframe has a title');
    await context.close();
  });
}

test('the iframe never flashes the full page before its embed view is built', async () => {
  const context = await env.browser.newContext();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL('/embed.html', env.host.url).href);
  const frame = page.frameLocator('#explainer');
  await frame.locator('h1').waitFor({ state: 'attached' });
  // Prerendered, but out of sight until the app has built the embed view.
  assert.equal(await frame.locator('#app').evaluate((el) => getComputedStyle(el).display), 'none');
  assert.equal(await frame.locator('h1').isVisible(), false);
  release();
  await frame.locator('#quiz button:not([aria-disabled])').waitFor();
  assert.equal(await frame.locator('h1').count(), 0);
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('a diagram-only embed shows the figure without the article, and links out for the rest', async () => {
  const { context, frame, problems } = await openHost('/diagram.html');
  await frame.locator('#quiz button:not([aria-disabled])').waitFor();
  assert.equal(await frame.locator('figure.axis-diagram svg').count(), 1);
  assert.equal(await frame.locator('article, #references, #checklist, #self-check').count(), 0);
  // The disclaimer notice's link leads to the full page's disclaimer, in a new tab.
  const disclaimer = frame.locator('.notice a', { hasText: 'Read the full disclaimer' });
  assert.match(await disclaimer.getAttribute('href'), new RegExp(`^${env.app.url}#disclaimer$`));
  assert.equal(await disclaimer.getAttribute('target'), '_blank');
  const source = frame.locator('.embed-source a');
  assert.equal(await source.isVisible(), true);
  assert.equal(await source.getAttribute('href'), env.app.url);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an article embed keeps the article and its references but leaves out the diagram', async () => {
  const { context, frame, problems } = await openHost('/article.html');
  await frame.locator('article section h2').first().waitFor();
  await frame.locator('#app[data-live]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('article section h2').count(), 7);
  assert.equal(await frame.locator('figure.axis-diagram').count(), 0);
  assert.ok((await frame.locator('#references li').count()) >= 6);
  assert.equal(await frame.locator('#quiz, #checklist, #embed, h1').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
