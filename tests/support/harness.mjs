// Shared set-up for a test file: the app served on loopback, optional host pages
// on a second origin, and one Chromium, all closed when the file's tests end.
import { after, before } from 'node:test';

import { launchChromium } from './browser.mjs';
import { serveStatic } from './server.mjs';

/**
 * Returns an object whose `app`, `host` and `browser` are ready in the tests.
 * `hostRoutes(app)` maps paths on the host origin to HTML that may embed the app;
 * `root` serves another build folder than dist/.
 */
export function useBrowser({ hostRoutes, root } = {}) {
  const env = {};
  before(async () => {
    // `root`: another build than dist/ (the pseudo-language's, target/dist-pseudo).
    env.app = await serveStatic(root);
    if (hostRoutes) env.host = await serveStatic(undefined, { routes: hostRoutes(env.app) });
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.host?.close();
    await env.app?.close();
  });
  return env;
}
