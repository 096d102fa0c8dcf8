// Benchmark: Lighthouse (mobile preset) on the page and on a static snapshot of the same
// prerendered page with every script removed (the physical limit), alternating runs.
// Usage: node bench/lighthouse.mjs [runs]   (./run.sh bench builds first and calls this)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM } from '../support/browser.mjs';
import { DIST, serveStatic } from '../support/server.mjs';

const runs = Number(process.argv[2] ?? 5);
const staticPage = readFileSync(join(DIST, 'index.html'), 'utf8')
  .replace(/<script\b[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
const server = await serveStatic(DIST, { routes: { '/static.html': staticPage }, gzip: true, brotli: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const pages = { page: server.url, static: `${server.url}static.html` };
const results = { page: [], static: [] };
try {
  for (let run = 0; run < runs; run += 1) {
    for (const [name, url] of Object.entries(pages)) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const audit = (id) => lhr.audits[id].numericValue;
      results[name].push({
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        'best-practices': lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
      });
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const keys = Object.keys(results.page[0]);
const medians = Object.fromEntries(
  Object.entries(results).map(([name, list]) => [name, Object.fromEntries(keys.map((key) => [key, median(list.map((r) => r[key]))]))]),
);
const format = (key, value) =>
  ['fcp', 'lcp', 'tbt'].includes(key) ? `${Math.round(value)} ms` : key === 'bytes' ? `${(value / 1024).toFixed(1)} KiB` : key === 'cls' ? value.toFixed(3) : String(Math.round(value));
console.log(`Lighthouse ${lhVersion()} mobile preset, median of ${runs} runs each\n`);
console.log('| metric | page | static snapshot | page / static |');
console.log('| --- | --- | --- | --- |');
for (const key of keys) {
  const ratio = ['fcp', 'lcp'].includes(key) ? (medians.page[key] / medians.static[key]).toFixed(2) : '';
  console.log(`| ${key} | ${format(key, medians.page[key])} | ${format(key, medians.static[key])} | ${ratio} |`);
}

console.log(`\nLCP per run (ms): page ${results.page.map((r) => Math.round(r.lcp)).join(', ')}; static ${results.static.map((r) => Math.round(r.lcp)).join(', ')}`);

function lhVersion() {
  return JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
}
