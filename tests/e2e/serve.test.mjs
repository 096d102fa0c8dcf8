// The README's first command, as a newcomer runs it: `./run.sh serve` must serve the
// same page as the release build (prerendered article, live islands), not a blank one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import { launchChromium, openPage } from '../support/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
// The first dev build compiles the debug wasm and the native prerender step.
const READY_WITHIN_MS = 20 * 60 * 1000;

/** A TCP port that nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on `port`. */
async function listening(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

const server = { output: '' };

before(async () => {
  server.port = await freePort();
  server.url = `http://127.0.0.1:${server.port}/`;
  // Exactly the README's command; Trunk reads the port from TRUNK_SERVE_PORT.
  // Detached, so it leads its own process group and the whole group can be stopped.
  server.child = spawn('./run.sh', ['serve'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, TRUNK_SERVE_PORT: String(server.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.exited = new Promise((resolve) => server.child.once('exit', resolve));
  for (const stream of [server.child.stdout, server.child.stderr]) {
    stream.on('data', (chunk) => {
      server.output = (server.output + chunk).slice(-8000);
    });
  }
  server.browser = await launchChromium();
});

after(async () => {
  await server.browser?.close();
  if (server.child && server.child.exitCode === null) {
    // The whole group: run.sh's trunk, and any cargo or prerender it started.
    try {
      process.kill(-server.child.pid, 'SIGTERM');
    } catch {}
    const stopped = await Promise.race([
      server.exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 10000)),
    ]);
    if (!stopped) {
      try {
        process.kill(-server.child.pid, 'SIGKILL');
      } catch {}
      await server.exited;
    }
  }
});

/** Waits until the dev server answers (Trunk listens only once its first build is done). */
async function firstAnswer() {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      assert.fail(`./run.sh serve exited with ${server.child.exitCode}:\n${server.output}`);
    }
    try {
      const response = await fetch(server.url);
      return { status: response.status, html: await response.text() };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.fail(`./run.sh serve did not answer within ${READY_WITHIN_MS / 60000} minutes:\n${server.output}`);
}

test('./run.sh serve serves the prerendered article with live islands and no console error', { timeout: READY_WITHIN_MS + 120000 }, async () => {
  const { status, html } = await firstAnswer();
  assert.equal(status, 200, server.output);
  assert.match(html, /<h1>The gut–skin axis/, 'the article is in the served HTML itself');
  assert.match(html, /data-island="checklist"/, 'the checklist island has its container');

  const { context, page, problems } = await openPage(server.browser, server.url, {
    viewport: { width: 390, height: 844 },
  });
  assert.match(await page.locator('h1').innerText(), /^The gut–skin axis/);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}serve-390-first-screen.png` });

  // The checklist goes live and a box can be ticked.
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])', { timeout: 60000 });
  const tip = page.locator('#tip-fibre-30g-box');
  await tip.check();
  assert.equal(await tip.isChecked(), true);
  assert.match(await page.locator('#checklist-progress-text').innerText(), /^1 of \d+ done$/);

  // The quiz can be started.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  assert.match(await page.locator('#quiz-progress-text').innerText(), /^Question 1 of \d+$/);
  assert.ok((await page.locator('#quiz input[type="radio"]').count()) >= 3);

  await page.screenshot({ path: `${SHOTS}serve-390.png`, fullPage: true });

  // Live reload: a saved stylesheet (same bytes, so the tree stays clean) rebuilds and
  // reloads the page, which comes back prerendered.
  await page.evaluate(() => {
    window.beforeReload = true;
  });
  const stylesheet = `${ROOT}styles/main.css`;
  await writeFile(stylesheet, await readFile(stylesheet));
  await page.waitForFunction(() => !window.beforeReload, null, { timeout: 120000, polling: 250 });
  await page.waitForSelector('article section h2');
  assert.match(await page.locator('h1').innerText(), /^The gut–skin axis/);

  // The Spanish page, built by the same hook, is served and goes live too.
  await page.locator('header .language-links a[hreflang="es"]').click();
  await page.waitForURL(`${server.url}es/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  // Dev pages make every island live at once, swapping the prerendered nodes: wait for that.
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])', { timeout: 60000 });
  assert.equal(await page.locator('#tip-fibre-30g-box').isChecked(), true, 'the tick made on the English page');
  // An embed asking for Spanish on the English address reaches the Spanish page here too.
  await page.goto(`${server.url}?embed&sections=checklist&lang=es`);
  await page.waitForURL(`${server.url}es/?embed&sections=checklist&lang=es`, { timeout: 60000 });
  await page.waitForSelector('fieldset.tip-list:not([aria-disabled])', { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(problems, []);
  await context.close();
});

test('stopping the test stops the server it started', { timeout: 30000 }, async () => {
  assert.ok(server.child, 'the server was started');
  assert.equal(server.child.exitCode, null, `the server stopped by itself:\n${server.output}`);
  process.kill(-server.child.pid, 'SIGTERM');
  await server.exited;
  let free = false;
  for (let tries = 0; tries < 50 && !free; tries += 1) {
    free = !(await listening(server.port));
    if (!free) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(free, `port ${server.port} still answers after the server was stopped`);
});
