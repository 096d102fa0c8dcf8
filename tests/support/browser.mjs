// Launches Debian's Chromium through playwright-core; nothing downloads a browser.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A browser with a profile on disk: closing and relaunching it is a browser restart. */
export function launchPersistent(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS });
}

/**
 * Makes the page's islands live as a reader scrolling down would (the wasm is fetched
 * only when an island nears the viewport): scrolls to the first island, waits until
 * the app has started, then scrolls back to the top.
 */
export async function wake(page) {
  const hasIslands = await page.evaluate(() => {
    // The first island that goes live as it nears (the diagram's waits for the reader).
    const island = document.querySelector('#app [data-island]:not([data-on-use])');
    island?.scrollIntoView();
    return island !== null;
  });
  if (!hasIslands) return;
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Counts, in every page of `context`, the answers of every IntersectionObserver
 * (`window.observerAnswers`), so a test can wait for the island loader's observer to have
 * answered, rather than wait a fixed time to see that it did nothing. Call before a page opens.
 */
export async function countObserverAnswers(context) {
  await context.addInitScript(() => {
    window.observerAnswers = 0;
    const Native = window.IntersectionObserver;
    if (!Native) return;
    window.IntersectionObserver = class extends Native {
      constructor(callback, options) {
        super((entries, observer) => {
          try {
            callback(entries, observer);
          } finally {
            window.observerAnswers += 1;
          }
        }, options);
      }
    };
  });
}

/**
 * Marks, in every page of `context`, the moment the island loader has arrived and listens
 * for the reader's actions (`window.loaderListening`): it comes after load and first paint,
 * and a tap before then is not caught (docs/architecture.md). Call before a page opens.
 */
export async function markLoaderArrival(context) {
  await context.addInitScript(() => {
    window.loaderListening = false;
    const native = Document.prototype.addEventListener;
    Document.prototype.addEventListener = function listen(type, listener, options) {
      if (type === 'pointerdown' && (options === true || options?.capture)) window.loaderListening = true;
      return native.call(this, type, listener, options);
    };
  });
}

/** Resolves once the island loader listens for the reader's actions (see markLoaderArrival). */
export const loaderArrived = (page) => page.waitForFunction(() => window.loaderListening === true);

/**
 * Resolves once every IntersectionObserver already in the page has answered for the page
 * as it is laid out now: a new observer's first answer comes after theirs, in the same
 * rendering step. Then one more frame and task, for what those answers started (a fetch).
 */
export const observersAnswered = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const probe = new IntersectionObserver(() => {
          probe.disconnect();
          requestAnimationFrame(() => setTimeout(resolve, 0));
        });
        probe.observe(document.body);
      }),
  );

/** Resolves once the island loader has watched the islands (after its paint-first wait) and answered. */
export const loaderWatching = (page) => page.waitForFunction(() => window.observerAnswers > 0);

/**
 * Opens `url` in a fresh context and records every console error, page error
 * and request, so tests can assert the page stayed quiet and on loopback.
 * With `wake` (the default) the islands are made live as a reader scrolling would.
 */
export async function openPage(browser, url, contextOptions = {}, { init, wake: waking = true } = {}) {
  const context = await browser.newContext(contextOptions);
  // `init` runs in the page before any of its scripts, to inject failures.
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('article section h2');
  if (waking) await wake(page);
  return { context, page, problems, requests };
}

/**
 * Waits until a page's recorded `requests` have not grown for `quiet` ms (10 s at most).
 * Playwright's 'networkidle' is not used: once the page registers its service worker it
 * often never arrives, though every request has finished (even with a worker that
 * handles no fetch at all).
 */
export async function untilQuiet(page, requests, quiet = 1000) {
  const deadline = Date.now() + 10000;
  let count = -1;
  while (count !== requests.length && Date.now() < deadline) {
    count = requests.length;
    await page.waitForTimeout(quiet);
  }
}

/** Opens another tab in the same context, recording its problems too. */
export async function openTab(context, url, problems) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('article section h2');
  await wake(page);
  return page;
}

/** True when a URL goes nowhere but loopback (or is inline data). */
export function isLoopback(url) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** The WCAG tags every axe run checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations as "rule: targets" lines (empty when clean), optionally within `include`. */
export async function axeViolations(page, include) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/** Records a page's errors (console and uncaught), warnings and requests. */
export function watch(page) {
  const seen = { problems: [], warnings: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`console: ${message.text()}`);
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}
