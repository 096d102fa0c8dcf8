// End-to-end tests of the direct-mount widget (widget.js) on a host page of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations, isLoopback, watch } from '../support/browser.mjs';
import { hostPage } from '../support/host.mjs';
import { useBrowser } from '../support/harness.mjs';

const HOSTILE = `<style>
  html { font-size: 40px; }
  body { font-size: 30px; line-height: 3; letter-spacing: 3px; color: red; text-transform: uppercase; font-family: serif; }
  button { background: red !important; font-size: 50px !important; }
  * { box-sizing: content-box !important; }
  p, h2, legend, label { margin: 40px !important; }
</style>`;

const TWO_WIDGETS = `
<div id="w1" data-gut-skin data-sections="quiz" data-theme="dark" data-namespace="site-a"></div>
<div id="w2" data-gut-skin data-sections="self-check,checklist" data-theme="light" data-namespace="site-b" data-accent="#1f3a93"></div>`;

const widgetScript = (app) => `<script type="module" src="${app.url}widget.js"></script>`;

// A long publisher's article above the widget: about twelve phone screens.
const FAR_ABOVE = `<div style="height:10000px">A long article by the publisher.</div>`;

// env.app (origin B) serves the explainer; env.host (origin A) is a publisher's site.
const env = useBrowser({
  hostRoutes: (app) => ({
    '/plain.html': hostPage('', TWO_WIDGETS + widgetScript(app)),
    '/hostile.html': hostPage(HOSTILE, TWO_WIDGETS + widgetScript(app)),
    '/static-parts.html': hostPage(
      '',
      `<div id="w1" data-gut-skin data-sections="article"></div>
       <div id="w2" data-gut-skin data-sections="diagram,checklist"></div>${widgetScript(app)}`,
    ),
    '/invalid.html': hostPage(
      '',
      '<div id="w1" data-gut-skin data-sections="quiz" data-theme="neon"></div>' + widgetScript(app),
    ),
    ...Object.fromEntries(
      ['article', 'diagram', 'quiz', 'self-check', 'checklist', 'quiz,checklist'].map((sections) => [
        `/far-${sections}.html`,
        hostPage('', `${FAR_ABOVE}<div id="far" data-gut-skin data-sections="${sections}"></div><p id="after">The publisher's text goes on.</p>${widgetScript(app)}`),
      ]),
    ),
  }),
});

async function openHost(path, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL(path, env.host.url).href);
  // Playwright's CSS selectors pierce open shadow roots.
  await page.locator('#w1 .gsa-widget:not([hidden])').waitFor();
  return { context, page, ...seen };
}

test('two widgets with their own sections, themes and namespaces work and store apart', async () => {
  const { context, page, problems, requests } = await openHost('/plain.html');
  await page.locator('#w2 .gsa-widget:not([hidden])').waitFor();
  const w1 = page.locator('#w1');
  const w2 = page.locator('#w2');
  assert.equal(await w1.locator('#quiz').count(), 1);
  assert.equal(await w1.locator('#checklist').count(), 0);
  assert.equal(await w2.locator('#self-check').count(), 1);
  assert.equal(await w2.locator('#checklist').count(), 1);
  assert.equal(await w2.locator('#quiz').count(), 0);
  const background = (locator) => locator.locator('.gsa-widget').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background(w1), 'rgb(20, 23, 27)', 'data-theme="dark"');
  assert.equal(await background(w2), 'rgb(251, 250, 247)', 'data-theme="light"');
  const accentButton = await w2.locator('button.primary').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(accentButton, 'rgb(31, 58, 147)', 'data-accent');

  await w1.locator('button:not([aria-disabled])', { hasText: 'Start the quiz' }).click();
  await w2.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  await w2.locator('#tip-fibre-30g-box').check();
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(stored, ['gut-skin-axis@site-a:quiz', 'gut-skin-axis@site-b:checklist']);
  assert.deepEqual(requests.filter((url) => !isLoopback(url)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hostile host stylesheet does not change the widget', async () => {
  const measure = async (path) => {
    const { context, page, problems } = await openHost(path);
    await page.locator('#w2 .gsa-widget:not([hidden])').waitFor();
    const styles = await page.locator('#w1 .gsa-widget').evaluate((root) => {
      const pick = (selector, props) => {
        const style = getComputedStyle(root.querySelector(selector));
        return props.map((prop) => `${selector} ${prop}=${style[prop]}`);
      };
      return [
        ...pick('h2', ['fontSize', 'marginTop', 'letterSpacing', 'textTransform', 'fontFamily']),
        ...pick('button', ['backgroundColor', 'fontSize', 'boxSizing', 'padding']),
        ...pick('p', ['lineHeight', 'color', 'marginTop']),
        `height=${Math.round(root.getBoundingClientRect().height)}`,
      ];
    });
    await context.close();
    return { styles, problems };
  };
  const plain = await measure('/plain.html');
  const hostile = await measure('/hostile.html');
  assert.deepEqual(hostile.styles, plain.styles);
  assert.deepEqual([...plain.problems, ...hostile.problems], []);
});

test('a weakest-area link focuses its tip inside the same widget', async () => {
  const { context, page, problems } = await openHost('/plain.html');
  const w2 = page.locator('#w2');
  await w2.locator('.habits-form button[type=submit]:not([aria-disabled])').waitFor();
  for (const id of ['fruit-veg', 'whole-grains', 'plant-variety', 'fermented', 'ultra-processed', 'sleep', 'stress']) {
    await w2.locator(`#habit-${id}-${id === 'stress' ? 0 : 2}`).check();
  }
  await w2.getByRole('button', { name: 'See my result' }).click();
  await w2.locator('.weakest a').first().click();
  const focused = await page.evaluate(() => document.getElementById('w2').shadowRoot.activeElement?.id);
  assert.equal(focused, 'tip-stress-routine-box');
  assert.deepEqual(problems, []);
  await context.close();
});

test('article and diagram parts come from the prerendered page, cut to what was asked', async () => {
  const { context, page, problems, requests } = await openHost('/static-parts.html');
  const w1 = page.locator('#w1');
  const w2 = page.locator('#w2');
  await w1.locator('article section h2').first().waitFor();
  assert.equal(await w1.locator('article section h2').count(), 7);
  assert.equal(await w1.locator('figure.axis-diagram').count(), 0, 'no diagram unless asked for');
  assert.ok((await w1.locator('#references li').count()) >= 6);
  assert.equal(await w1.locator('#quiz').count(), 0);
  assert.equal(await w1.locator('h1, nav.toc, .skip-link, footer').count(), 0, 'no page chrome');
  assert.equal(await page.locator('main').count(), 1, "only the host's own <main>");
  // A citation link finds its reference inside the same widget.
  await w1.locator('sup.cite a').first().click();
  await page.waitForFunction(() => {
    const item = document.getElementById('w1').shadowRoot.getElementById('ref-1');
    const box = item.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
  // The second widget sits below a whole article: it mounts as the reader nears it.
  await w2.scrollIntoViewIfNeeded();
  await page.locator('#w2 .gsa-widget:not([hidden])').waitFor();
  assert.equal(await w2.locator('figure.axis-diagram svg title').count(), 1);
  assert.equal(await w2.locator('article').count(), 0);
  // The diagram steps inside the widget, by button and by key, and its list is there.
  assert.equal(await w2.locator('.axis-steps ol > li').count(), 11);
  await w2.locator('#axis-next:not([aria-disabled])').click();
  await page.waitForFunction(() =>
    document.getElementById('w2').shadowRoot.getElementById('axis-position')?.textContent.startsWith('Step 1 of 11'),
  );
  assert.equal(await w2.locator('#axis-walk').getAttribute('data-lit'), 'gut');
  await w2.locator('#axis-walk').focus();
  await page.keyboard.press('End');
  assert.equal(await w2.locator('#axis-position').innerText(), 'Step 11 of 11 (skin to gut)');
  assert.equal(await w2.locator('.axis-steps').isVisible(), false, 'the list gives way while stepping');
  await w2.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  // The tip's "Read more" goes to the full explainer: its section is not in this widget.
  const readMore = w2.locator('#tip-fibre-30g details a', { hasText: 'Read more' });
  assert.equal(await readMore.getAttribute('target'), '_blank');
  assert.match(await readMore.getAttribute('href'), new RegExp(`^${env.app.url}#everyday-habits$`));
  // So do the reason's reference numbers: the reference list is not in this widget either.
  const cited = w2.locator('#tip-fibre-30g details sup.cite a');
  assert.ok((await cited.count()) >= 1);
  for (const link of await cited.all()) {
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), new RegExp(`^${env.app.url}#ref-\\d+$`));
  }
  assert.deepEqual(requests.filter((url) => !isLoopback(url)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an invalid data attribute falls back with one warning naming it', async () => {
  const { context, page, problems, warnings } = await openHost('/invalid.html');
  assert.equal(await page.locator('#w1 #quiz').count(), 1);
  const ours = warnings.filter((text) => text.startsWith('gut-skin-axis:'));
  assert.equal(ours.length, 1, ours.join('\n'));
  assert.match(ours[0], /theme="neon"/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`zero axe violations in the widgets and on the host page (${colorScheme})`, async () => {
    const { context, page } = await openHost('/plain.html', { colorScheme });
    await page.locator('#w2 .gsa-widget:not([hidden])').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('a widget far down the page fetches nothing beyond widget.js until it nears the viewport, and holds its place', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(new URL('/far-quiz,checklist.html', env.host.url).href);
  // widget.js has run once the far widget holds its place: it sets that, then observes it.
  await page.waitForFunction(() => document.getElementById('far').style.minHeight !== '');
  // Sentinel: an observer made now gets its first answer just after widget.js's (in the
  // same rendering step, in the order they were made), by when widget.js would have
  // begun mounting the widget, attaching its shadow root before fetching anything.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          resolve();
        }, { rootMargin: '200% 0px' });
        observer.observe(document.getElementById('far'));
      }),
  );
  assert.equal(await page.locator('#far').evaluate((el) => el.shadowRoot === null), true, 'not mounted yet');
  const fromApp = () => seen.requests.filter((url) => url.startsWith(env.app.origin));
  assert.deepEqual(fromApp().map((url) => new URL(url).pathname), ['/widget.js'], 'only widget.js until needed');
  const reserved = await page.locator('#far').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(reserved > 1000, `the widget holds its place (${reserved}px)`);
  // Positive control: scrolling down to it fetches the rest and mounts it.
  await page.locator('#far').scrollIntoViewIfNeeded();
  await page.locator('#far .gsa-widget:not([hidden]) fieldset.tip-list:not([aria-disabled])').waitFor();
  assert.ok(fromApp().some((url) => url.endsWith('.wasm')));
  assert.deepEqual(seen.problems, []);
  await context.close();
});

/** An element's height once it has held for five animation frames running (10 s at most). */
const steadyHeight = (locator) =>
  locator.evaluate(
    (el) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + 10000;
        let last = -1;
        let same = 0;
        const look = () => {
          const height = el.getBoundingClientRect().height;
          same = height === last ? same + 1 : 0;
          last = height;
          if (same >= 5) resolve(height);
          else if (performance.now() > deadline) reject(new Error(`never steady: ${height}px`));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );

test('each part reserves within a fifth of its real height, from a narrow column to a desktop', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const off = [];
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const sections of ['article', 'diagram', 'quiz', 'self-check', 'checklist']) {
      await page.goto(new URL(`/far-${sections}.html`, env.host.url).href);
      const reserved = await page.locator('#far').evaluate((el) => el.getBoundingClientRect().height);
      await page.locator('#far').scrollIntoViewIfNeeded();
      await page.locator('#far .gsa-widget:not([hidden])').waitFor();
      const real = await steadyHeight(page.locator('#far'));
      console.log(`# ${sections} at ${width}px: reserved ${Math.round(reserved)}, real ${Math.round(real)}`);
      if (Math.abs(reserved - real) > real / 5) off.push(`${sections} at ${width}px: reserved ${reserved}, real ${real}`);
    }
  }
  assert.deepEqual(off, [], 'update HEIGHTS in static/widget.js from the figures above');
  await context.close();
});

test('a widget whose code cannot be fetched says so in its place and can try again', async () => {
  const context = await env.browser.newContext();
  let refuse = true;
  await context.route('**/*_bg.wasm', (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  const page = await context.newPage();
  await page.goto(new URL('/plain.html', env.host.url).href);
  const failed = page.locator('#w1 .gsa-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not load/);
  refuse = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#w1 .gsa-widget:not([hidden]) #quiz button:not([aria-disabled])').waitFor();
  assert.equal(await page.locator('#w1 .gsa-failed').count(), 0);
  await context.close();
});
