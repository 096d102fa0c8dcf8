// End-to-end tests of the tip checklist: persistence, failures, tabs, keyboard, axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { axeViolations, launchPersistent, openPage, openTab } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { forgotten } from '../support/states.mjs';

const KEY = 'gut-skin-axis:checklist';
const TIP_COUNT = 9;

const env = useBrowser();

/** Opens the page and waits until the checklist is live. */
async function openChecklist(options = {}, init) {
  const opened = await openPage(env.browser, env.app.url, options, { init });
  await waitLive(opened.page);
  return opened;
}

async function waitLive(page) {
  // The islands go live as they near the viewport, as the reader scrolls to them.
  // (One step in the page, so an island being swapped for its live twin cannot trip it.)
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
}

const box = (page, id) => page.locator(`#tip-${id}-box`);
const progressText = (page) => page.locator('#checklist-progress-text').innerText();
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const notice = (page) => page.locator('.checklist .storage-notice').innerText();

test('ticks survive a reload and progress counts them', async () => {
  const { context, page, problems } = await openChecklist();
  assert.equal(await progressText(page), `0 of ${TIP_COUNT} done`);
  await box(page, 'fibre-30g').check();
  await box(page, 'sleep-7h').check();
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);
  assert.equal(await page.locator('.checklist-progress progress').getAttribute('value'), '2');
  assert.deepEqual(JSON.parse(await stored(page)), { v: 1, ticked: ['fibre-30g', 'sleep-7h'] });
  await page.reload();
  await waitLive(page);
  assert.equal(await box(page, 'fibre-30g').isChecked(), true);
  assert.equal(await box(page, 'sleep-7h').isChecked(), true);
  assert.equal(await box(page, 'fermented-food').isChecked(), false);
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);
  assert.equal(await notice(page), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('ticks survive a browser restart', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'gut-skin-profile-'));
  try {
    let context = await launchPersistent(profile);
    let page = await context.newPage();
    await page.goto(env.app.url);
    await waitLive(page);
    await box(page, 'probiotic-ask-pharmacist').check();
    await context.close();

    context = await launchPersistent(profile);
    page = await context.newPage();
    await page.goto(env.app.url);
    await waitLive(page);
    assert.equal(await box(page, 'probiotic-ask-pharmacist').isChecked(), true);
    assert.equal(await progressText(page), `1 of ${TIP_COUNT} done`);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('a second tab follows the first within a second', async () => {
  const { context, page, problems } = await openChecklist();
  const second = await openTab(context, env.app.url, problems);
  await waitLive(second);
  await box(page, 'fermented-food').check();
  await second.waitForFunction(() => document.querySelector('#tip-fermented-food-box').checked, null, { timeout: 1000 });
  assert.equal(await progressText(second), `1 of ${TIP_COUNT} done`);
  await box(second, 'fermented-food').uncheck();
  await page.waitForFunction(() => !document.querySelector('#tip-fermented-food-box').checked, null, { timeout: 1000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('blocked storage works in memory and says ticks will not be saved', async () => {
  const init = () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  };
  const { context, page, problems } = await openChecklist({}, init);
  assert.match(await notice(page), /not letting the page save data/);
  await box(page, 'stress-routine').check();
  assert.equal(await progressText(page), `1 of ${TIP_COUNT} done`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full quota keeps the tick and says it could not be saved', async () => {
  const init = () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  };
  const { context, page, problems } = await openChecklist({}, init);
  assert.equal(await notice(page), '');
  await box(page, 'plants-30-week').check();
  await page.waitForFunction(() => document.querySelector('.checklist .storage-notice').innerText !== '');
  assert.match(await notice(page), /could not be saved: this browser's storage is full/);
  assert.equal(await box(page, 'plants-30-week').isChecked(), true);
  assert.equal(await progressText(page), `1 of ${TIP_COUNT} done`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a save that fails for another reason says it could not be saved, not that storage is full', async () => {
  const init = () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Write refused', 'InvalidStateError');
    };
  };
  const { context, page, problems } = await openChecklist({}, init);
  assert.equal(await notice(page), '');
  await box(page, 'plants-30-week').check();
  await page.waitForFunction(() => document.querySelector('.checklist .storage-notice').innerText !== '');
  const text = await notice(page);
  assert.match(text, /could not be saved/);
  assert.doesNotMatch(text, /full/);
  assert.equal(await box(page, 'plants-30-week').isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt or misshapen stored data starts fresh and says so', async () => {
  for (const bad of ['{not json', '{"v":1,"ticked":"fibre-30g"}', '[1,2,3]']) {
    // Seed once: the init script runs again on every navigation.
    const init = `if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(bad)});
      sessionStorage.setItem('seeded', '1');
    }`;
    const { context, page, problems } = await openChecklist({}, init);
    assert.match(await notice(page), /could not be read, so the checklist has started fresh/, bad);
    assert.equal(await progressText(page), `0 of ${TIP_COUNT} done`);
    await box(page, 'fibre-30g').check();
    assert.deepEqual(JSON.parse(await stored(page)), { v: 1, ticked: ['fibre-30g'] });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('data from a newer version is shown and never overwritten', async () => {
  const newer = JSON.stringify({ v: 2, ticked: ['sleep-7h'], streaks: { 'sleep-7h': 4 } });
  const init = `localStorage.getItem(${JSON.stringify(KEY)}) || localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(newer)})`;
  const { context, page, problems } = await openChecklist({}, init);
  assert.equal(await box(page, 'sleep-7h').isChecked(), true);
  assert.match(await notice(page), /newer version/);
  await box(page, 'fibre-30g').check();
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);
  // Positive control: a later save by another part of the page does reach storage.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.waitForFunction(() => localStorage.getItem('gut-skin-axis:quiz') !== null);
  assert.equal(await stored(page), newer);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clear all can be undone, and the undo closes after a few seconds', async () => {
  const { context, page, problems } = await openChecklist();
  await page.clock.install();
  await box(page, 'fibre-30g').check();
  await box(page, 'sleep-7h').check();
  await page.getByRole('button', { name: 'Clear all' }).click();
  assert.equal(await progressText(page), `0 of ${TIP_COUNT} done`);
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.waitFor();
  assert.equal(await undo.evaluate((el) => el === document.activeElement), true, 'focus moves to Undo');
  await undo.click();
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);
  assert.deepEqual(JSON.parse(await stored(page)).ticked, ['fibre-30g', 'sleep-7h']);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await undo.waitFor();
  await page.clock.runFor(9000);
  await undo.waitFor({ state: 'detached' });
  assert.deepEqual(JSON.parse(await stored(page)).ticked, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('forget my data removes only the keys the app owns and says what it removed', async () => {
  const init = () => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('host-preference', 'dark');
      localStorage.setItem('gut-skin-axis-lookalike', 'not ours');
      localStorage.setItem('gut-skin-axis@othersite:checklist', '{"v":1,"ticked":["a"]}');
      sessionStorage.setItem('seeded', '1');
    }
  };
  const { context, page, problems } = await openChecklist({}, init);
  await box(page, 'fibre-30g').check();
  await forgotten(page);
  await page.getByText('Removed from this device: your checklist ticks.').waitFor();
  assert.equal(await stored(page), null);
  assert.equal(await box(page, 'fibre-30g').isChecked(), false);
  const others = await page.evaluate(() => ({
    host: localStorage.getItem('host-preference'),
    lookalike: localStorage.getItem('gut-skin-axis-lookalike'),
    other: localStorage.getItem('gut-skin-axis@othersite:checklist'),
    count: localStorage.length,
  }));
  assert.deepEqual(others, {
    host: 'dark',
    lookalike: 'not ours',
    other: '{"v":1,"ticked":["a"]}',
    count: 3,
  });
  // The next tick is saved, alone: the forgotten tick is not written back.
  await box(page, 'sleep-7h').check();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  assert.deepEqual(JSON.parse(await stored(page)), { v: 1, ticked: ['sleep-7h'] });
  await page.reload();
  await waitLive(page);
  assert.equal(await box(page, 'fibre-30g').isChecked(), false);
  assert.equal(await box(page, 'sleep-7h').isChecked(), true);
  await forgotten(page);
  await page.getByText('Removed from this device: your checklist ticks.').waitFor();
  // With nothing stored there is nothing to confirm: it says so at once.
  await page.getByRole('button', { name: 'Forget my data on this device' }).click();
  await page.getByText('Nothing from this page was stored on this device.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the browser will not remove the keys, forget says so and nothing goes', async () => {
  const init = () => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('gut-skin-axis:checklist', '{"v":1,"ticked":["fibre-30g"]}');
      sessionStorage.setItem('seeded', '1');
    }
    Storage.prototype.removeItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  };
  const { context, page, problems } = await openChecklist({}, init);
  await box(page, 'sleep-7h').check();
  await forgotten(page);
  const kept = 'This browser did not let the page remove your checklist ticks, so it is still stored here and still shown.';
  await page.locator('.checklist-status').getByText(kept).waitFor();
  assert.equal(await box(page, 'fibre-30g').isChecked(), true);
  assert.equal(await box(page, 'sleep-7h').isChecked(), true);
  assert.deepEqual(JSON.parse(await stored(page)), { v: 1, ticked: ['fibre-30g', 'sleep-7h'] });
  // As after a forget that worked, the report stays until the reader changes the checklist.
  await box(page, 'stress-routine').check();
  await page.waitForFunction(() => document.querySelector('.checklist-status').innerText.trim() === '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the whole checklist works by keyboard', async () => {
  const { context, page, problems } = await openChecklist();
  await box(page, 'fibre-30g').focus();
  await page.keyboard.press('Space');
  assert.equal(await box(page, 'fibre-30g').isChecked(), true);
  // Next stop: the tip's "Why it helps" disclosure, opened with Enter.
  await page.keyboard.press('Tab');
  const summary = page.locator('#tip-fibre-30g summary');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#tip-fibre-30g details').getAttribute('open'), '');
  // Then the reason's reference numbers, each linking to its entry in the list, and the article link.
  const links = page.locator('#tip-fibre-30g details a');
  const count = await links.count();
  assert.ok(count >= 2, 'at least one reference link and the article link');
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press('Tab');
    const link = links.nth(index);
    assert.equal(await link.evaluate((el) => el === document.activeElement), true, `link ${index + 1} is reachable`);
    const href = await link.getAttribute('href');
    assert.match(href, index < count - 1 ? /^#ref-\d+$/ : /^#everyday-habits$/);
    if (index < count - 1) assert.equal(await page.locator(href).count(), 1, `${href} is in the page`);
  }
  await page.keyboard.press('Tab');
  assert.equal(await box(page, 'fruit-veg-5').evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Space');
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);

  await page.getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // focus is on Undo
  assert.equal(await progressText(page), `2 of ${TIP_COUNT} done`);
  assert.equal(
    await page.getByRole('button', { name: 'Clear all' }).evaluate((el) => el === document.activeElement),
    true,
    'focus returns to Clear all after Undo',
  );
  // Forget asks first; its question takes focus, and "Yes" is the next Tab stop.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, forget my data' }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByText('Removed from this device: your checklist ticks.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`zero axe violations with ticks, notices and undo showing (${colorScheme})`, async () => {
    const init = () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    };
    const { context, page, problems } = await openChecklist({ colorScheme }, init);
    await box(page, 'fibre-30g').check();
    await box(page, 'sleep-7h').check();
    await page.locator('#tip-sleep-7h summary').click();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.locator('.checklist .storage-notice .notice').waitFor();
    assert.deepEqual(await axeViolations(page, '#checklist'), []);
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
