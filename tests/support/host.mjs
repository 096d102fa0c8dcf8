// A publisher's page on another origin, for embed and widget tests.
import assert from 'node:assert/strict';

/** A minimal, accessible host page with `head` extras and `body` content. */
export function hostPage(head, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>A publisher's page</title>${head}</head>
<body><main><h1>A publisher's article</h1><p>Some text before the embed.</p>${body}</main></body></html>`;
}

/**
 * Presses the failure line's "Try again" of the quiz widget `#w1` twice while its code is
 * still on its way, lets the code arrive (`release`), and checks the widget mounted once.
 */
export async function doubleRetryMountsOnce(page, release) {
  await page.evaluate(() => {
    const retry = document.getElementById('w1').shadowRoot.querySelector('.gsa-failed button');
    retry.click();
    retry.click();
  });
  release();
  const start = page.locator('#w1 .gsa-widget:not([hidden])').getByRole('button', { name: 'Start the quiz' });
  await start.first().waitFor();
  // Sentinel: the quiz started and shows its first question; a second mount would be in
  // the widget by then.
  await start.first().click();
  await page.locator('#w1 .quiz-question input').first().waitFor();
  assert.equal(await page.locator('#w1 .gsa-widget .quiz-question').count(), 1, 'one quiz: mounted once');
  assert.equal(await start.count(), 0, 'and no second quiz still waiting to start');
  assert.equal(await page.locator('#w1 .gsa-failed').count(), 0);
}
