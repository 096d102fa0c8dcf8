// End-to-end tests of "Export my data" and "Import my data…": a file made in the
// browser, brought back after "Forget my data", merged by the rules, and bad files
// refused with their own message while storage stays exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { axeViolations, openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { forgotten } from '../support/states.mjs';

const env = useBrowser();

async function open(options = {}, init) {
  const opened = await openPage(env.browser, env.app.url, { viewport: { width: 1280, height: 900 }, ...options }, { init });
  await opened.page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await opened.page.waitForSelector('.my-data button:not([aria-disabled])');
  return opened;
}

/** Every key and value in localStorage, sorted. */
const everything = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
const status = (page) => page.locator('.my-data-status').innerText();

async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function importFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import my data…' }).click()]);
  await chooser.setFiles(path);
}

async function fillSelfCheck(page, choices) {
  for (const [question, option] of choices.entries()) {
    await page.locator('.self-check fieldset').nth(question).locator('input').nth(option).check();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.locator('.habit-result').waitFor();
}

test('export, forget, import gives back the same ticks and results', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-transfer-'));
  const { context, page, problems, requests } = await open();
  await page.locator('#tip-fibre-30g-box').check();
  await page.locator('#tip-sleep-7h-box').check();
  await page.evaluate(() => document.getElementById('self-check').scrollIntoView());
  await page.waitForSelector('.habits-form button:not([aria-disabled])');
  await fillSelfCheck(page, [2, 2, 1, 2, 2, 0, 0]);
  const saved = await everything(page);
  assert.deepEqual(Object.keys(saved), ['gut-skin-axis:checklist', 'gut-skin-axis:self-check', 'gut-skin-axis:self-check-result']);

  const file = await exportFile(page);
  assert.match(file.name, /^gut-skin-axis-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'gut-skin-axis-data');
  assert.equal(json.version, 1);
  assert.equal(`gut-skin-axis-${json.exported}.json`, file.name);
  assert.deepEqual(Object.keys(json.data), ['checklist', 'self-check', 'self-check-result']);
  assert.deepEqual(json.data.checklist, JSON.parse(saved['gut-skin-axis:checklist']));
  assert.match(await status(page), /Your data file was made/);
  const path = join(dir, file.name);
  await writeFile(path, file.text);

  await forgotten(page);
  assert.deepEqual(await everything(page), {});
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), false);

  await importFile(page, path);
  await page.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.equal(
    await status(page).then((text) => text.split('\n')[0]),
    "Importing this file will add 2 ticks, add the file's self-check answers and add the file's last self-check result.",
  );
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'P', 'the plan takes focus');
  assert.deepEqual(await everything(page), {}, 'nothing is written before confirming');
  assert.deepEqual((await axeViolations(page, '#checklist')).map((v) => v.id), []);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  assert.match(await status(page), /^Imported\./);
  assert.deepEqual(await everything(page), saved, 'every key as it was');
  // The parts on the page read the imported keys at once.
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), true);
  assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), true);
  assert.match(await page.locator('.habit-result').innerText(), /9 of 14/);
  await page.reload();
  await page.evaluate(() => document.getElementById('checklist').scrollIntoView({ block: 'nearest' }));
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])');
  assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), true, 'kept across a reload');
  assert.deepEqual(await everything(page), saved);
  assert.ok(requests.every((url) => url.startsWith(env.app.url)), 'nothing is uploaded or fetched elsewhere');
  assert.deepEqual(problems, []);
  await context.close();
  await rm(dir, { recursive: true });
});

test('ticks merge by id, a newer-version key is left alone, and the plan says so', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-transfer-'));
  const path = join(dir, 'gut-skin-axis-2026-11-20.json');
  await writeFile(path, JSON.stringify({
    format: 'gut-skin-axis-data', version: 1, exported: '2026-11-20', namespace: null,
    data: {
      checklist: { v: 1, ticked: ['fibre-30g', 'plants-30-week', 'from-a-newer-version'] },
      'self-check-result': { v: 1, score: 12, max: 14, weakest: ['sleep'], date: '2026-11-20', saved: '2026-11-20T09:00:00.000Z' },
      quiz: { v: 1, phase: 'start', order: [], option_orders: [], position: 0, selected: null, answers: [] },
    },
  }));
  const init = () => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('gut-skin-axis:checklist', '{"v":1,"ticked":["fibre-30g"]}');
    localStorage.setItem('gut-skin-axis:self-check-result', '{"v":1,"score":5,"max":14,"weakest":["sleep"],"date":"2026-11-02","saved":"2026-11-02T09:00:00.000Z"}');
    localStorage.setItem('gut-skin-axis:quiz', '{"v":99,"phase":"start"}');
  };
  const { context, page, problems } = await open({}, init);
  await importFile(page, path);
  await page.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.equal(
    (await status(page)).split('\n')[0],
    'Importing this file will add 2 ticks and replace your saved last self-check result from 2 November. A newer version of this page saved your quiz progress, so that is left as it is.',
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const after = await everything(page);
  assert.deepEqual(JSON.parse(after['gut-skin-axis:checklist']).ticked, ['fibre-30g', 'plants-30-week', 'from-a-newer-version']);
  assert.match(after['gut-skin-axis:self-check-result'], /"score":12/);
  assert.equal(after['gut-skin-axis:quiz'], '{"v":99,"phase":"start"}');
  assert.equal(await page.locator('#tip-plants-30-week-box').isChecked(), true);
  assert.match(await page.locator('#checklist-progress-text').innerText(), /^2 of/);
  assert.deepEqual(problems, []);
  await context.close();
  await rm(dir, { recursive: true });
});

test('each kind of bad file is refused with its own message and storage is unchanged', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-transfer-'));
  const good = { format: 'gut-skin-axis-data', version: 1, exported: '2026-11-20', namespace: null, data: { checklist: { v: 1, ticked: ['plants-30-week'] } } };
  const files = {
    'holiday.json': ['{"photos": 12}', /not a data file exported from this explainer/],
    'notes.txt': ['hello there', /not a data file exported from this explainer/],
    'damaged.json': [JSON.stringify(good).slice(0, 60), /damaged or was edited/],
    'edited.json': [JSON.stringify({ ...good, data: { checklist: { v: 1, ticked: 'plants-30-week' } } }), /damaged or was edited/],
    'future.json': [JSON.stringify({ ...good, version: 2 }), /newer version of this explainer/],
    'huge.json': [JSON.stringify(good) + ' '.repeat(100_001), /too large/],
  };
  const { context, page, problems } = await open();
  await page.locator('#tip-fibre-30g-box').check();
  const before = await everything(page);
  for (const [name, [text, message]] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    await importFile(page, join(dir, name));
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.my-data-status').innerText), message.source);
    assert.match(await status(page), /Nothing was changed\.$/, name);
    assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).count(), 0, name);
    assert.deepEqual(await everything(page), before, `${name} changed nothing`);
  }
  assert.deepEqual(problems, []);
  await context.close();
  await rm(dir, { recursive: true });
});

test('on a wide screen a file can be dropped on the controls; Cancel drops the plan', async () => {
  const { context, page, problems } = await open();
  assert.equal(await page.locator('.drop-hint').isVisible(), true);
  const file = JSON.stringify({ format: 'gut-skin-axis-data', version: 1, exported: '2026-11-20', namespace: null, data: { checklist: { v: 1, ticked: ['plants-30-week'] } } });
  const dataTransfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'gut-skin-axis-2026-11-20.json', { type: 'application/json' }));
    return data;
  }, file);
  await page.locator('.my-data').dispatchEvent('drop', { dataTransfer });
  await page.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.match(await status(page), /will add 1 tick\./);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await status(page), '');
  assert.deepEqual(await everything(page), {});
  assert.deepEqual(problems, []);
  await context.close();

  const phone = await open({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  assert.equal(await phone.page.locator('.drop-hint').isVisible(), false, 'no drop hint on a phone');
  await phone.context.close();
});

test('with nothing saved, export says so and makes no file', async () => {
  const { context, page, problems } = await open();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Export my data' }).click();
  assert.match(await status(page), /nothing to export/);
  // Sentinel: with a tip ticked, export makes a file; downloads arrive in order, so one
  // from the first press would have come before it.
  await page.locator('#tip-fibre-30g-box').check();
  const later = await exportFile(page);
  assert.match(later.text, /fibre-30g/);
  assert.equal(downloads, 1, 'only the later export made a file');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Starts the quiz and answers its first question, so it shows question 2. */
async function reachQuestionTwo(page) {
  await page.evaluate(() => document.getElementById('quiz').scrollIntoView());
  await page.waitForSelector('#quiz button:not([aria-disabled])');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('#quiz fieldset input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  assert.equal(await page.locator('#quiz-progress-text').innerText(), 'Question 2 of 10');
}

const notices = (page) =>
  page.evaluate(() => [...document.querySelectorAll('#app [role=status]')].map((e) => e.textContent.trim()).filter(Boolean));

test('an import the browser will not store keeps everything on screen and names what was not saved', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-transfer-'));
  const path = join(dir, 'gut-skin-axis-2026-12-01.json');
  await writeFile(path, JSON.stringify({
    format: 'gut-skin-axis-data', version: 1, exported: '2026-12-01', namespace: null,
    data: { checklist: { v: 1, ticked: ['fibre-30g'] } },
  }));
  for (const error of ['QuotaExceededError', 'SecurityError']) {
    const init = `Storage.prototype.setItem = function () { throw new DOMException('refused', '${error}'); };`;
    const { context, page, problems } = await open({}, init);
    await reachQuestionTwo(page);
    await page.locator('#tip-sleep-7h-box').check();
    await page.locator('#tip-plants-30-week-box').check();
    await importFile(page, path);
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    assert.equal((await status(page)).split('\n')[0], 'Importing this file will add 1 tick.', error);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('.my-data-status button'));
    assert.equal(
      await status(page),
      "This browser would not save the file's checklist, so what you had there still shows. The file's other parts, if any, were saved.",
      error,
    );
    // Nothing the reader had is lost, the quiz (not in the file) is untouched, and no
    // notice speaks of another tab: nothing was removed.
    assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), true, error);
    assert.equal(await page.locator('#tip-plants-30-week-box').isChecked(), true, error);
    assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), false, error);
    assert.equal(await page.locator('#quiz-progress-text').innerText(), 'Question 2 of 10', error);
    assert.deepEqual((await notices(page)).filter((text) => /another tab/.test(text)), [], error);
    assert.deepEqual(await everything(page), {}, error);
    assert.deepEqual(problems, [], error);
    await context.close();
  }
  await rm(dir, { recursive: true });
});

test('an import the browser stores in part shows what was written and keeps the rest as it was', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gsa-transfer-'));
  const path = join(dir, 'gut-skin-axis-2026-12-01.json');
  await writeFile(path, JSON.stringify({
    format: 'gut-skin-axis-data', version: 1, exported: '2026-12-01', namespace: null,
    data: {
      checklist: { v: 1, ticked: ['fibre-30g'] },
      'self-check-result': { v: 2, score: 9, max: 14, weakest: ['sleep'], areas: [], date: '2026-12-01', saved: '2026-12-01T10:00:00.000Z' },
    },
  }));
  // The checklist's key is full; the others can be written.
  const init = () => {
    const real = Storage.prototype.setItem;
    if (!sessionStorage.getItem('seeded')) {
      real.call(sessionStorage, 'seeded', '1');
      real.call(localStorage, 'gut-skin-axis:checklist', '{"v":1,"ticked":["sleep-7h"]}');
    }
    Storage.prototype.setItem = function (key, value) {
      if (this === localStorage && key === 'gut-skin-axis:checklist') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  };
  const { context, page, problems } = await open({}, init);
  await page.locator('#tip-plants-30-week-box').check(); // shown, but not saved
  await page.locator('.checklist .storage-notice p').waitFor();
  await importFile(page, path);
  await page.getByRole('button', { name: 'Cancel' }).waitFor();
  assert.equal(
    (await status(page)).split('\n')[0],
    "Importing this file will add 1 tick and add the file's last self-check result.",
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('.my-data-status button'));
  assert.equal(
    await status(page),
    "This browser would not save the file's checklist, so what you had there still shows. The file's other parts, if any, were saved.",
  );
  const after = await everything(page);
  assert.equal(after['gut-skin-axis:checklist'], '{"v":1,"ticked":["sleep-7h"]}');
  assert.match(after['gut-skin-axis:self-check-result'], /"score":9/);
  // The unsaved tick stays on screen; the written result shows.
  assert.equal(await page.locator('#tip-plants-30-week-box').isChecked(), true);
  assert.equal(await page.locator('#tip-sleep-7h-box').isChecked(), true);
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), false);
  await page.evaluate(() => document.getElementById('self-check').scrollIntoView());
  await page.waitForFunction(() => /1 December: 9 of 14/.test(document.querySelector('#self-check .last-result')?.textContent));
  assert.deepEqual((await notices(page)).filter((text) => /another tab/.test(text)), []);
  assert.deepEqual(problems, []);
  await context.close();
  await rm(dir, { recursive: true });
});
