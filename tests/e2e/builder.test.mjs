// The embed builder: choosing options updates the preview and the snippets, copying works,
// and a copied snippet pasted into a page on another origin works as promised.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations, openPage } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { serveStatic } from '../support/server.mjs';

const env = useBrowser();

async function chooseQuizOnlyDark(page) {
  for (const part of ['article', 'diagram', 'self-check', 'checklist']) {
    await page.locator(`#embed-part-${part}`).uncheck();
  }
  await page.locator('#embed-theme-dark').check();
  await page.locator('#embed-namespace').fill('mysite');
}

test('options update the preview and both snippets, and copying puts a snippet on the clipboard', async () => {
  const { context, page, problems } = await openPage(env.browser, env.app.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.origin });
  await chooseQuizOnlyDark(page);
  const iframe = await page.locator('#snippet-iframe').inputValue();
  assert.equal(
    iframe,
    `<iframe src="${env.app.url}?embed&amp;sections=quiz&amp;theme=dark&amp;namespace=mysite" title="The gut–skin axis: quiz" style="width:100%;border:0;height:640px" loading="lazy"></iframe>\n<script src="${env.app.url}embed.js" async></script>`,
  );
  assert.equal(
    await page.locator('#snippet-widget').inputValue(),
    `<div data-gut-skin data-lang="en" data-sections="quiz" data-theme="dark" data-namespace="mysite"></div>\n<script type="module" src="${env.app.url}widget.js"></script>`,
  );
  // The preview follows once the options settle, and loads once for them (lazily, like
  // any iframe: bring it into view).
  const expected = './?embed&sections=quiz&theme=dark&namespace=mysite';
  await page.waitForFunction((src) => document.querySelector('.embed-preview').getAttribute('src') === src, expected);
  const preview = page.frameLocator('.embed-preview');
  await page.locator('.embed-preview').scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    document.querySelector('.embed-preview').contentWindow.location.search.includes('namespace=mysite'),
  );
  await preview.locator('#quiz').waitFor();
  assert.equal(await preview.locator('#checklist').count(), 0);
  await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);

  await page.locator('#embed-accent').fill('teal');
  await page.getByText('The accent colour must look like #1f7a5a').waitFor();
  assert.doesNotMatch(await page.locator('#snippet-iframe').inputValue(), /accent/);
  await page.locator('#embed-accent').fill('#0f766e');
  assert.match(await page.locator('#snippet-widget').inputValue(), /data-accent="#0f766e"/);
  assert.deepEqual(await axeViolations(page, '#embed'), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('snippets copied from the builder work when pasted into a page on another origin', async () => {
  const { context, page } = await openPage(env.browser, env.app.url);
  await chooseQuizOnlyDark(page);
  const iframe = await page.locator('#snippet-iframe').inputValue();
  await page.locator('#embed-namespace').fill('othersite');
  await page.locator('#embed-part-checklist').check();
  const widget = await page.locator('#snippet-widget').inputValue();
  await context.close();

  const host = await serveStatic(undefined, {
    routes: {
      '/pasted.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body><main><h1>Pasted snippets</h1>${iframe.replace('<iframe ', '<iframe id="pasted" ')}${widget}</main></body></html>`,
    },
  });
  try {
    const hostContext = await env.browser.newContext();
    const hostPage = await hostContext.newPage();
    const problems = [];
    hostPage.on('pageerror', (error) => problems.push(error.message));
    await hostPage.goto(new URL('/pasted.html', host.url).href);
    await hostPage.frameLocator('#pasted').locator('#quiz').waitFor();
    await hostPage.waitForFunction(() => document.getElementById('pasted').style.height !== '640px');
    await hostPage.locator('[data-gut-skin] #checklist').waitFor();
    await hostPage.locator('[data-gut-skin] fieldset.tip-list:not([aria-disabled])').waitFor();
    await hostPage.locator('[data-gut-skin] #tip-sleep-7h-box').check();
    assert.deepEqual(await hostPage.evaluate(() => Object.keys(localStorage)), ['gut-skin-axis@othersite:checklist']);
    assert.deepEqual(problems, []);
    await hostContext.close();
  } finally {
    await host.close();
  }
});

test('where the Clipboard API is missing or throws, copying selects the snippet and says how to copy it', async () => {
  const variants = {
    missing: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    },
    throwing: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: () => { throw new DOMException('Not allowed here', 'NotAllowedError'); } }),
        configurable: true,
      });
    },
    refusing: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }),
        configurable: true,
      });
    },
  };
  for (const [name, init] of Object.entries(variants)) {
    const { context, page, problems } = await openPage(env.browser, env.app.url, {}, { init });
    const button = page.getByRole('button', { name: 'Copy the widget snippet' });
    await page.waitForSelector('#embed button:not([aria-disabled])');
    await button.click();
    await page.locator('#embed .copy-status').getByText('press Ctrl+C').waitFor();
    const selection = await page.evaluate(() => {
      const area = document.getElementById('snippet-widget');
      return {
        focused: document.activeElement === area,
        selected: area.value.slice(area.selectionStart, area.selectionEnd),
        value: area.value,
      };
    });
    assert.equal(selection.focused, true, `${name}: the snippet has focus`);
    assert.equal(selection.selected, selection.value, `${name}: the whole snippet is selected`);
    // The page is still live after the failure: another click works the same way.
    await button.click();
    assert.deepEqual(problems, [], name);
    await context.close();
  }
});

test('a keyboard reader can skip the preview, which holds a whole explainer, to the snippets', async () => {
  const { context, page, problems } = await openPage(env.browser, env.app.url);
  await page.locator('#embed-events').focus();
  await page.locator('#embed button:not([aria-disabled])').first().waitFor();
  const skip = page.getByRole('link', { name: 'Skip the preview, to the snippets' });
  await page.keyboard.press('Tab');
  assert.equal(await skip.evaluate((link) => link === document.activeElement), true, 'the next stop after the options');
  const box = await skip.boundingBox();
  assert.ok(box.width > 40 && box.height >= 24, `seen when focused: ${JSON.stringify(box)}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'snippet-iframe', 'then the iframe snippet');
  assert.deepEqual(problems, []);
  await context.close();
});
