// Nothing lost in a race (issue 19): a save merges into what another tab wrote before
// its storage event arrived, and an import plans again on "Import" so it never writes
// over what changed while its plan was showing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';

const env = useBrowser();
const CHECKLIST = 'gut-skin-axis:checklist';
const QUIZ = 'gut-skin-axis:quiz';

async function openChecklist() {
  const opened = await openPage(env.browser, env.app.url, { viewport: { width: 1280, height: 900 } });
  await opened.page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await opened.page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
  await opened.page.waitForSelector('.my-data button:not([aria-disabled])');
  return opened;
}

const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

/** Waits until `key` holds `expected` (5 s at most), then asserts it (naming what it holds). */
async function untilStored(page, key, expected) {
  await page
    .waitForFunction(([key, expected]) => localStorage.getItem(key) === expected, [key, expected], { timeout: 5000 })
    .catch(() => {});
  assert.equal(await stored(page, key), expected);
}

test('a tick after another tab wrote the checklist unseen keeps both ticks', async () => {
  const { context, page, problems } = await openChecklist();
  // Another tab's write whose storage event has not arrived: a page's own setItem fires
  // no storage event in that page, which is exactly that.
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"ticked":["fibre-30g"]}'), CHECKLIST);
  await page.locator('#tip-sleep-7h-box').check();
  await untilStored(page, CHECKLIST, '{"v":1,"ticked":["fibre-30g","sleep-7h"]}');
  // The page shows the merge: the other tab's tick too.
  await page.waitForFunction(() => document.querySelector('#tip-fibre-30g-box').checked);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an import never writes over a key a newer version wrote while its plan showed, and keeps a tick made meanwhile', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-races-'));
  const path = join(dir, 'gut-skin-axis-2026-11-20.json');
  await writeFile(path, JSON.stringify({
    format: 'gut-skin-axis-data', version: 1, exported: '2026-11-20', namespace: null,
    data: {
      checklist: { v: 1, ticked: ['plants-30-week'] },
      quiz: { v: 1, phase: 'start', order: [], option_orders: [], position: 0, selected: null, answers: [], saved: '2026-11-20T09:00:00.000Z' },
    },
  }));
  const { context, page, problems } = await openChecklist();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import my data…' }).click()]);
  await chooser.setFiles(path);
  const status = page.locator('.my-data-status');
  await status.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.match(await status.innerText(), /^Importing this file will add 1 tick and add the file's quiz progress\./);
  // While the plan shows: a newer version of the page saves the quiz in another tab
  // (no event arrives), and the reader ticks a tip here.
  const newer = '{"v":99,"phase":"start"}';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [QUIZ, newer]);
  await page.locator('#tip-sleep-7h-box').check();
  await untilStored(page, CHECKLIST, '{"v":1,"ticked":["sleep-7h"]}');
  const shown = await status.innerText();
  await status.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForFunction((before) => document.querySelector('.my-data-status').innerText !== before, shown);
  assert.equal(await stored(page, QUIZ), newer, 'the newer quiz is not overwritten');
  // The plan made now differs from the one shown: it is shown, and nothing is written.
  assert.match(await status.innerText(), /^What is saved here changed since you chose the file, so nothing was imported yet\./);
  assert.match(await status.innerText(), /A newer version of this page saved your quiz progress, so that is left as it is\./);
  await status.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForFunction(() => /^Imported\./.test(document.querySelector('.my-data-status').innerText));
  assert.equal(await stored(page, QUIZ), newer, 'still not overwritten');
  const ticked = JSON.parse(await stored(page, CHECKLIST)).ticked.sort();
  assert.deepEqual(ticked, ['plants-30-week', 'sleep-7h'], 'the tick made meanwhile survives');
  assert.equal(await page.locator('#tip-plants-30-week-box').isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
  await rm(dir, { recursive: true });
});
