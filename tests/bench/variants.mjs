import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../support/browser.mjs';
import { DIST, serveStatic } from '../support/server.mjs';
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const loader = /<script type="module">([\s\S]*?)<\/script>/;
const edit = (fn) => html.replace(loader, (m, body) => `<script type="module">${fn(body)}</script>`);
const variants = {
  page: html,
  static: html.replace(/<script\b[\s\S]*?<\/script>/g, ''),
  noListeners: edit((b) => b.replace(/document\.addEventListener\(type, onReaderAction, true\);/, '')),
  noIO: edit((b) => b.replace(/observer = new IntersectionObserver[\s\S]*?for \(const island of islands\) observer\.observe\(island\);/, '')),
  noWait: edit((b) => b.replace(/await new Promise\(\(resolve\) => \{[\s\S]*?\n  \}\);/, '')),
};
const routes = Object.fromEntries(Object.entries(variants).map(([k, v]) => [`/${k}.html`, v]));
const server = await serveStatic(DIST, { routes, gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const res = {};
for (let run = 0; run < 3; run++) for (const k of Object.keys(variants)) {
  const { lhr } = await lighthouse(`${server.url}${k}.html`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  (res[k] ??= []).push(Math.round(lhr.audits['first-contentful-paint'].numericValue));
}
await chrome.kill(); await server.close();
for (const [k, v] of Object.entries(res)) console.log(k, v.sort((a, b) => a - b).join(' '));
