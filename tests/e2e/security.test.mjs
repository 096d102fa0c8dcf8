// The release build is locked down: a strict CSP it actually works under, matching
// integrity attributes, and compressed copies identical to their originals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { openPage, watch } from '../support/browser.mjs';
import { useBrowser } from '../support/harness.mjs';
import { DIST, serveStatic } from '../support/server.mjs';

const env = useBrowser();
const POLICY = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();

/** Records every CSP violation in every frame, before any page script runs. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' ' + (event.blockedURI || 'inline'));
  });`;

for (const folder of ['', 'es/']) {
  test(`every integrity value in ${folder}index.html matches its file`, () => {
    const html = readFileSync(join(DIST, folder, 'index.html'), 'utf8');
    const checked = [...html.matchAll(/<(?:link|script)\b[^>]*\bintegrity="([^"]+)"[^>]*>/g)].map(([tag, integrity]) => [
      /\b(?:href|src)="\.?\/?([^"]+)"/.exec(tag)[1],
      integrity,
    ]);
    // The code fetched later: the glue's integrity is in the import map, the wasm's in the loader.
    const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    for (const [url, integrity] of Object.entries(map.integrity ?? {})) checked.push([url.replace(/^\.\//, ''), integrity]);
    const loaderName = /import\('\.\/(island-loader-[0-9a-f]+\.js)'\)/.exec(html)?.[1];
    assert.ok(loaderName, 'the island loader is a file of its own');
    const loader = readFileSync(join(DIST, folder, loaderName), 'utf8');
    const wasm = /const WASM = "\.\/([^"]+)";\s*const WASM_INTEGRITY = "([^"]+)";/.exec(loader);
    if (wasm) checked.push([wasm[1], wasm[2]]);
    for (const kind of ['.css', '.js', '.wasm']) {
      assert.ok(checked.some(([href]) => href.endsWith(kind)), `the ${kind} file carries integrity`);
    }
    for (const [href, integrity] of checked) {
      const [algorithm, expected] = integrity.split(/-(.*)/s);
      const actual = createHash(algorithm).update(readFileSync(join(DIST, folder, href))).digest('base64');
      assert.equal(actual, expected, `${folder}${href} does not match its integrity attribute`);
    }
  });
}

for (const folder of ['', 'es/']) {
  test(`the ${folder || 'default'} page carries a strict CSP with no unsafe-inline script`, () => {
    const html = readFileSync(join(DIST, folder, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, 'a CSP meta tag');
    const policy = meta[1];
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    // One hash per inline script (the embed guard, the import map and the loader's
    // bootstrap), each matching its script.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
    const hashes = [...policy.matchAll(/'sha256-([^']+)'/g)].map(([, hash]) => hash);
    assert.equal(inline.length, 3);
    assert.deepEqual(hashes, inline.map((body) => createHash('sha256').update(body, 'utf8').digest('base64')));
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes first');
    // csp.txt, the header a host sends for the whole site, is the same policy with every
    // page's scripts allowed.
    const site = new Set([...POLICY.matchAll(/'sha256-([^']+)'/g)].map(([, hash]) => hash));
    for (const hash of hashes) assert.ok(site.has(hash), `csp.txt allows ${folder}index.html's script ${hash}`);
    assert.equal(POLICY.replace(/ 'sha256-[^']+'/g, ''), policy.replace(/ 'sha256-[^']+'/g, ''));
  });
}

test('csp.txt allows no inline script that no page has', () => {
  const scripts = ['', 'es/'].flatMap((folder) =>
    [...readFileSync(join(DIST, folder, 'index.html'), 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) =>
      createHash('sha256').update(body, 'utf8').digest('base64'),
    ),
  );
  const hashes = [...POLICY.matchAll(/'sha256-([^']+)'/g)].map(([, hash]) => hash);
  assert.deepEqual([...hashes].sort(), [...new Set(scripts)].sort());
});

test('served with the CSP header, every flow runs without a single violation', async () => {
  const strict = await serveStatic(DIST, {
    headers: { 'content-security-policy': `${POLICY}; frame-ancestors 'self'` },
  });
  try {
    const { context, page, problems } = await openPage(env.browser, strict.url, {}, { init: RECORD_VIOLATIONS });
    await page.waitForSelector('#quiz button:not([aria-disabled])');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.locator('.quiz-question input').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('#habit-sleep-2').check();
    await page.locator('#tip-fibre-30g-box').check();
    await page.locator('#tip-fibre-30g summary').click();
    await page.locator('#embed-part-quiz').uncheck();
    await page.locator('#embed-accent').fill('#0f766e');
    const preview = page.frameLocator('.embed-preview');
    await preview.locator('#self-check').waitFor();
    const previewViolations = await preview.locator('html').evaluate(() => window.__violations);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(previewViolations, []);
    assert.deepEqual(problems, []);

    // The policy is really in force: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.head.append(script);
    });
    await page.waitForFunction(() => window.__violations.length > 0);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    // Reported once per policy in force (header and meta).
    const reported = await page.evaluate(() => window.__violations);
    assert.ok(reported.length >= 1 && reported.every((v) => v === 'script-src-elem inline'), `${reported}`);
    await context.close();
  } finally {
    await strict.close();
  }
});

test('a page on another origin cannot frame the full page when frame-ancestors says so', async () => {
  const strict = await serveStatic(DIST, {
    headers: { 'content-security-policy': `${POLICY}; frame-ancestors 'self'` },
  });
  // Positive control: the same page, served without frame-ancestors, frames fine.
  const open = await serveStatic(DIST, { headers: { 'content-security-policy': POLICY } });
  const host = await serveStatic(DIST, {
    routes: {
      '/framing.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framing</title></head><body><iframe id="f" title="framed" src="${strict.url}"></iframe><iframe id="control" title="control" src="${open.url}"></iframe></body></html>`,
    },
  });
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    watch(page);
    await page.goto(new URL('/framing.html', host.url).href);
    await page.frameLocator('#control').locator('h1').waitFor();
    await page.waitForLoadState('load');
    // A blocked frame shows the browser's error page instead of ours.
    const framed = page.frames().find((frame) => frame.url().startsWith(strict.url));
    const rendered = framed ? await framed.locator('h1').count() : 0;
    assert.equal(rendered, 0, 'the cross-origin frame was blocked');
    await context.close();
  } finally {
    await host.close();
    await strict.close();
    await open.close();
  }
});

test('.gz and .br copies sit beside every text and wasm asset and match it', () => {
  const names = ['', 'es/'].flatMap((folder) =>
    readdirSync(join(DIST, folder))
      .filter((name) => /\.(html|js|css|wasm|svg)$/.test(name))
      .map((name) => folder + name),
  );
  assert.ok(names.length >= 12);
  assert.ok(names.includes('es/index.html'));
  for (const name of names) {
    const original = readFileSync(join(DIST, name));
    assert.deepEqual(gunzipSync(readFileSync(join(DIST, `${name}.gz`))), original, `${name}.gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))), original, `${name}.br`);
  }
});
