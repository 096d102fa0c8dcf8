// Release-only post-build step (run by `./run.sh post-build`): replaces Trunk's loader
// with ours (island-loader.js, fetched after load), puts the favicon inline, writes the
// offline service worker (service-worker.js), adds a Content-Security-Policy
// <meta> that allows the page's inline scripts by hash
// (and no other inline script), writes csp.txt, then a .gz and .br copy beside every
// text and wasm asset. Every edit checks that the markup it expects is there, so a
// change in Trunk's output fails the build instead of shipping a page without its CSP.
//   node tests/build/lock-down.mjs DIST_DIR   (CSP_BASE in the environment)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dir] = process.argv.slice(2);
const base = process.env.CSP_BASE;
if (!dir || !base) {
  console.error('usage: CSP_BASE=… node tests/build/lock-down.mjs DIST_DIR');
  process.exit(2);
}

/** Replaces exactly one match of `pattern`, or fails the build naming what was missing. */
function replaceOnce(html, pattern, replacement, what) {
  const count = typeof pattern === 'string' ? html.split(pattern).length - 1 : [...html.matchAll(pattern)].length;
  if (count !== 1) {
    console.error(`lock-down: expected exactly one ${what} in index.html, found ${count}`);
    process.exit(1);
  }
  return html.replace(pattern, replacement);
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Trunk's loader imports the glue and the wasm at once. Ours fetches them only when
// an island is about to be seen (static/island-loader.js), after the largest
// content has painted, so a reader who only reads downloads only what they read.
html = replaceOnce(html, /<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/g, '', 'wasm preload link');
html = html.replace(/<link rel="modulepreload" href="[^"]+\.js"[^>]*>/g, '');
const trunkLoader =
  /<script type="module">\s*import init, \* as bindings from '(\.\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+_bg\.wasm)' \}\);[\s\S]*?<\/script>/g;
const found = [...html.matchAll(trunkLoader)];
if (found.length !== 1) {
  console.error(`lock-down: expected exactly one Trunk loader in index.html, found ${found.length}`);
  process.exit(1);
}
const [, glue, wasm] = found[0];
const source = readFileSync(new URL('../../static/island-loader.js', import.meta.url), 'utf8');
if (["'@GLUE@'", "'@WASM@'", "'@WASM_INTEGRITY@'"].some((slot) => source.split(slot).length !== 2)) {
  console.error("lock-down: island-loader.js must hold one each of '@GLUE@', '@WASM@' and '@WASM_INTEGRITY@'");
  process.exit(1);
}
// The code is fetched later, but still checked: the import map gives the glue its
// integrity (it applies to dynamic imports too), and the loader fetches the wasm with its own.
const integrity = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;
const loader = source
  .replace(/^\/\/.*\n/gm, '')
  .replace("'@GLUE@'", JSON.stringify(glue))
  .replace("'@WASM@'", JSON.stringify(wasm))
  .replace("'@WASM_INTEGRITY@'", JSON.stringify(integrity(wasm)));
// The loader is its own small file, fetched once the page has loaded: the page's HTML
// must fit in the first round trip (about 14 kB gzip on a new connection), and nothing
// may compete with it before first paint; measured, either cost first paint 150–200 ms.
const loaderName = `island-loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loader);
// The import map gives the loader and the glue their integrity (dynamic imports too).
const importMap = JSON.stringify({ integrity: { [`./${loaderName}`]: integrity(loaderName), [glue]: integrity(glue) } });
// It is imported after load and after the first contentful paint: a request that starts
// before that paint is counted against it (Lighthouse's simulated FCP rose 755 to 830 ms).
// An embed view is hidden until the wasm builds it, so it cannot wait for a paint; nor
// can a page whose #app holds no islands (never prerendered: the shell names the cause).
const bootstrap = `const go = () => import('./${loaderName}');
const afterPaint = () => document.documentElement.hasAttribute('data-embed') || !document.querySelector('#app [data-island]') || !window.PerformanceObserver?.supportedEntryTypes?.includes('paint') ? go()
  : new PerformanceObserver((list, seen) => { if (list.getEntriesByName('first-contentful-paint').length) { seen.disconnect(); go(); } }).observe({ type: 'paint', buffered: true });
if (document.readyState === 'complete') afterPaint(); else addEventListener('load', afterPaint, { once: true });`;
html = replaceOnce(
  html,
  trunkLoader,
  () => `<script type="importmap">${importMap}</script>\n<script type="module">\n${bootstrap}\n</script>`,
  'Trunk loader',
);

// The favicon goes inline (a few hundred bytes): its own request would put a reader who
// only reads over the budget of four requests, now that the service worker's script is
// one of them.
const icon = /<link rel="icon" href="\.\/(favicon-[0-9a-f]+\.svg)"[^>]*>/g;
const [iconFound] = [...html.matchAll(icon)];
const iconUrl = iconFound
  ? `data:image/svg+xml,${readFileSync(join(dir, iconFound[1]), 'utf8')
      .trim()
      .replace(/"/g, "'")
      .replace(/[%#<>\n]/g, (c) => encodeURIComponent(c))}`
  : '';
html = replaceOnce(html, icon, () => `<link rel="icon" href="${iconUrl}">`, 'favicon link');

// The service worker that keeps what the reader has seen for offline use; the loader
// registers it on the full page only. It keeps its name, so every build updates it.
const worker = readFileSync(new URL('../../static/service-worker.js', import.meta.url), 'utf8').replace(/^\/\/.*\n/gm, '');
writeFileSync(join(dir, 'service-worker.js'), worker);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length === 0) {
  console.error('lock-down: no inline script found to hash');
  process.exit(1);
}
const hashes = inline.map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const scriptSrc = "script-src 'self' 'wasm-unsafe-eval'";
if (!base.includes(scriptSrc)) {
  console.error(`lock-down: CSP_BASE lacks "${scriptSrc}"`);
  process.exit(1);
}
if (!base.includes("worker-src 'self'")) {
  console.error(`lock-down: CSP_BASE lacks "worker-src 'self'" (the offline service worker)`);
  process.exit(1);
}
const policy = base.replace(scriptSrc, [scriptSrc, ...hashes].join(' '));
html = replaceOnce(
  html,
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
  'charset meta',
);
writeFileSync(indexPath, html);
writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);

let compressed = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg)$/.test(name)) continue;
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(
    join(dir, `${name}.br`),
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
  compressed += 1;
}
if (compressed < 4) {
  console.error(`lock-down: only ${compressed} assets to compress in ${dir}`);
  process.exit(1);
}
