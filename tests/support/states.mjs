// The page in each state a reader can bring it to, reached the way a reader would, for
// checks that must hold in every state (tests/support/a11y.mjs). Everything is found by
// the page's ids and classes, never by its words, so a page in another language reuses it.
import { openPage, openTab } from './browser.mjs';
import { hostPage } from './host.mjs';

const KEY = (part) => `gut-skin-axis:${part}`;

/** Opens `url` (390 px wide unless `options.viewport` says otherwise) with every island live. */
export async function openLive(browser, url, options = {}, init) {
  const opened = await openPage(browser, url, { viewport: { width: 390, height: 844 }, ...options }, { init });
  await allLive(opened.page);
  return opened;
}

/** Scrolls to each island that goes live as it nears and waits until it is live, then back up. */
export async function allLive(page) {
  const count = await page.locator('#app [data-island]:not([data-on-use])').count();
  for (let index = 0; index < count; index += 1) {
    await page.evaluate((n) => document.querySelectorAll('#app [data-island]:not([data-on-use])')[n].scrollIntoView(), index);
    await page.waitForFunction(
      (n) => !document.querySelectorAll('#app [data-island]:not([data-on-use])')[n]?.querySelector('[aria-disabled="true"]'),
      index,
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Steps the diagram to `step` (a tap, as a reader's, on the waiting control makes it live). */
export async function diagramAt(page, step) {
  const next = page.locator('#axis-next');
  await next.scrollIntoViewIfNeeded();
  const box = await next.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('#axis-next:not([aria-disabled])').waitFor();
  await page.waitForFunction(() => document.querySelector('#axis-walk')?.hasAttribute('data-lit'));
  for (let at = 2; at <= step; at += 1) await next.click();
}

/** Starts the quiz and answers `answered` questions; the last one's feedback stays showing. */
export async function quizMidway(page, answered) {
  await page.locator('#quiz button.primary').first().click(); // start
  for (let number = 1; number <= answered; number += 1) {
    await page.locator('.quiz-question input').first().check();
    await page.locator('#quiz .quiz-actions button.primary').click(); // check the answer
    await page.locator('.quiz-feedback p').first().waitFor();
    if (number < answered) await page.locator('#quiz .quiz-actions button.primary').click(); // next
  }
}

/** Answers the rest of the quiz (from a question's feedback) and shows the result. */
export async function quizToResult(page) {
  for (;;) {
    await page.locator('#quiz .quiz-actions button.primary').click(); // next, or the result
    if (await page.locator('.quiz-result').count()) return;
    await page.locator('.quiz-question input').last().check();
    await page.locator('#quiz .quiz-actions button.primary').click();
    await page.locator('.quiz-feedback p').first().waitFor();
  }
}

/** Answers every self-check question (option `choices[i]`, else the middle one) and shows the result with its breakdown. */
export async function selfCheckResult(page, choices = [2, 2, 1, 2, 2, 0, 0]) {
  const questions = page.locator('.habits-form fieldset.habit-question');
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    await questions.nth(index).locator('input').nth(choices[index] ?? 1).check();
  }
  await page.locator('.habits-form button[type=submit]').click();
  await page.locator('.habit-result .area-breakdown').waitFor();
}

/** Ticks two tips and opens the second one's "Why it helps". */
export async function checklistTicked(page) {
  await page.locator('#tip-fibre-30g-box').check();
  await page.locator('#tip-sleep-7h-box').check();
  await page.locator('#tip-sleep-7h summary').click();
  await page.locator('#tip-sleep-7h details[open]').waitFor();
}

/** Picks a valid data file in "Import my data…" so that its plan shows. */
export async function importPlanShown(page) {
  const file = {
    format: 'gut-skin-axis-data',
    version: 1,
    exported: '2026-11-25',
    namespace: null,
    data: { checklist: { v: 1, ticked: ['plants-30-week', 'fermented-food'] } },
  };
  await page.locator('.my-data input[type=file]').setInputFiles({
    name: 'gut-skin-axis-2026-11-25.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.waitForFunction(() => document.querySelectorAll('.my-data-status button').length === 2);
}

// "Forget my data on this device", its question's "yes" and the line that asks or reports.
const FORGET = '.checklist-actions button:nth-child(2)';
const FORGET_LINE = '.checklist-status p[tabindex]';
const FORGET_YES = `${FORGET_LINE} + button`;

/** Presses "Forget my data on this device" in `scope` (a page, or a widget's locator) and waits until it asks. */
export async function forgetAsked(scope) {
  await scope.locator(FORGET).click();
  await scope.locator(FORGET_YES).waitFor();
}

/** "Forget my data on this device" in `scope`, answered yes if it asks (it does when something is stored), and waits for what it says. */
export async function forgotten(scope) {
  const yes = scope.locator(FORGET_YES);
  if (!(await yes.count())) {
    await scope.locator(FORGET).click();
    // The question, or at once the line saying that nothing was stored: one render.
    await scope.locator(FORGET_LINE).waitFor();
  }
  if (await yes.count()) {
    await yes.click();
    await yes.waitFor({ state: 'detached' });
  }
  await scope.locator(FORGET_LINE).filter({ hasText: /\S/ }).waitFor();
}

/** Waits until the checklist shows a storage notice. */
export const noticeShown = (page, part = '.checklist') => page.locator(`${part} .storage-notice .notice`).first().waitFor();

/**
 * The storage notices, each as { name, init, then }: `init` runs in the page before its
 * scripts (to break storage as a browser would), `then(page)` brings the notice up.
 */
export const NOTICE_STATES = [
  {
    name: 'memory only (storage blocked)',
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
    then: (page) => noticeShown(page),
  },
  {
    name: 'storage full',
    init: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    },
    then: async (page) => {
      await page.locator('#tip-fibre-30g-box').check();
      await noticeShown(page);
    },
  },
  {
    name: 'could not save',
    init: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Write refused', 'InvalidStateError');
      };
    },
    then: async (page) => {
      await page.locator('#tip-fibre-30g-box').check();
      await noticeShown(page);
    },
  },
  {
    name: 'newer version',
    init: `localStorage.setItem(${JSON.stringify(KEY('checklist'))}, ${JSON.stringify(JSON.stringify({ v: 2, ticked: ['sleep-7h'] }))})`,
    then: (page) => noticeShown(page),
  },
  {
    name: 'could not be read',
    init: `localStorage.setItem(${JSON.stringify(KEY('checklist'))}, '{not json')`,
    then: (page) => noticeShown(page),
  },
];

/** Two tabs: the first ticks and starts the quiz, the second forgets; resolves to the first, showing "removed in another tab". */
export async function resetByAnotherTab(browser, url, options = {}) {
  const opened = await openLive(browser, url, options);
  const { context, page, problems } = opened;
  await checklistTicked(page);
  await quizMidway(page, 1);
  const other = await openTab(context, url, problems);
  await allLive(other);
  await forgotten(other);
  for (const part of ['#checklist', '#quiz']) await noticeShown(page, part);
  await other.close();
  return opened;
}

/** Host pages on another origin with `url` as an iframe embed (all parts) and as a widget. */
export function hostRoutes(url) {
  const base = new URL('.', url).href;
  return {
    '/a11y-embed.html': hostPage(
      '',
      `<iframe id="explainer" src="${url}?embed" title="Gut–skin axis explainer" style="width:100%;border:0;height:640px"></iframe><script src="${base}embed.js" async></script>`,
    ),
    '/a11y-widget.html': hostPage('', `<div id="widget" data-gut-skin></div><script type="module" src="${base}widget.js"></script>`),
  };
}

/** Ticks a tip, opens its reason and starts the quiz inside `scope` (a frame or a widget's host). */
export async function busyInside(scope) {
  await scope.locator('fieldset.tip-list:not([aria-disabled])').waitFor();
  await scope.locator('#tip-fibre-30g-box').check();
  await scope.locator('#tip-fibre-30g summary').click();
  await scope.locator('#quiz button.primary:not([aria-disabled])').first().click();
  await scope.locator('.quiz-question input').first().check();
  await scope.locator('#quiz .quiz-actions button.primary').click();
  await scope.locator('.quiz-feedback p').first().waitFor();
}
