// Checks beyond AA for a page given by its URL (the English page today, others later):
// axe with AAA text contrast in every state, the palette's ratios (visited links too,
// which axe cannot see), and 44 × 44 px targets. Layout checks (forced colours, zoom,
// text spacing) are in tests/support/layout.mjs.
import AxeBuilder from '@axe-core/playwright';

import { WCAG_TAGS } from './browser.mjs';
import * as states from './states.mjs';

/** axe's WCAG 2.0–2.2 A and AA rules plus `color-contrast-enhanced` (7:1), one line per failing node. */
export async function axeAAA(page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .withTags(WCAG_TAGS)
    .analyze();
  if (![...results.passes, ...results.violations, ...results.incomplete].some((rule) => rule.id === 'color-contrast-enhanced')) {
    throw new Error('axe did not run color-contrast-enhanced');
  }
  return results.violations.flatMap((rule) =>
    rule.nodes.map((node) => `${rule.id}: ${node.target.join(' > ')}: ${(node.any[0] ?? node.all[0])?.message ?? node.failureSummary}`),
  );
}

/**
 * axe (AAA contrast) on the page at `url` in every state a reader can bring it to, in one
 * colour scheme; resolves to { state: [failing nodes] }, every state listed.
 */
export async function axeEveryState(browser, url, colorScheme) {
  const found = {};
  const options = { colorScheme };
  {
    const { context, page, problems } = await states.openLive(browser, url, options);
    found.article = await axeAAA(page);
    await states.diagramAt(page, 6);
    await states.quizMidway(page, 5);
    await states.selfCheckResult(page);
    await states.checklistTicked(page);
    found['diagram at step 6, quiz midway, self-check result, checklist ticked with a reason open'] = await axeAAA(page);
    await states.quizToResult(page);
    found['quiz result'] = await axeAAA(page);
    await states.importPlanShown(page);
    found['import plan shown'] = await axeAAA(page);
    await states.forgetAsked(page);
    found['forget asks first'] = await axeAAA(page);
    await states.forgotten(page);
    found['data forgotten'] = await axeAAA(page);
    if (problems.length) found['page errors'] = problems;
    await context.close();
  }
  for (const notice of states.NOTICE_STATES) {
    const { context, page, problems } = await states.openLive(browser, url, options, notice.init);
    await notice.then(page);
    found[`notice: ${notice.name}`] = [...(await axeAAA(page)), ...problems];
    await context.close();
  }
  {
    const { context, page, problems } = await states.resetByAnotherTab(browser, url, options);
    found['notice: reset by another tab'] = [...(await axeAAA(page)), ...problems];
    await context.close();
  }
  return found;
}

/** axe (AAA contrast) on the host pages of `states.hostRoutes`: an iframe embed and a widget, each busy. */
export async function axeInEmbeds(browser, hostUrl, colorScheme) {
  const found = {};
  for (const [name, path] of [['iframe embed', '/a11y-embed.html'], ['widget', '/a11y-widget.html']]) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL(path, hostUrl).href);
    const scope = name === 'widget' ? page.locator('#widget') : page.frameLocator('#explainer');
    await states.busyInside(scope);
    found[name] = await axeAAA(page);
    await context.close();
  }
  return found;
}

/** WCAG's contrast ratio of two `rgb(…)` colours. */
export function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ['--bg', '--surface', '--surface-2', '--notice-bg'];
/** [foregrounds, backgrounds, least ratio]: what the theme's colours must reach, pair by pair. */
export const PALETTE_RULES = [
  // Text (links, visited links, muted greys) on every surface text sits on: AAA.
  [['--text', '--muted', '--link', '--link-visited'], SURFACES, 7],
  // The diagram's labels on its boxes' fills.
  [['--text', '--muted'], ['--gut', '--immune', '--skin'], 7],
  // Button text on the accent colour.
  [['--on-accent'], ['--accent'], 7],
  // Focus rings and the accent's strokes, borders and bars: non-text, 3:1.
  [['--focus', '--accent', '--node-stroke'], SURFACES, 3],
];

/** The theme's colour pairs below their ratio in `page`'s current scheme, as lines. */
export async function paletteProblems(page) {
  const names = [...new Set(PALETTE_RULES.flatMap(([fg, bg]) => [...fg, ...bg]))];
  const colours = await page.evaluate((props) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const out = {};
    for (const prop of props) {
      probe.style.color = `var(${prop})`;
      out[prop] = getComputedStyle(probe).color;
    }
    probe.remove();
    return out;
  }, names);
  const problems = [];
  for (const [foregrounds, backgrounds, least] of PALETTE_RULES) {
    for (const fg of foregrounds) {
      for (const bg of backgrounds) {
        const ratio = contrast(colours[fg], colours[bg]);
        if (ratio < least) problems.push(`${fg} ${colours[fg]} on ${bg} ${colours[bg]}: ${ratio.toFixed(2)} < ${least}`);
      }
    }
  }
  return problems;
}

/**
 * Every control in `page` (and its open shadow roots) whose target is under `min` CSS px
 * either way, as "what: width × height" lines. Exempt, as WCAG 2.5.5 allows: links in
 * running text (inside a paragraph) and citation marks. A checkbox or radio is measured
 * with its label; hidden controls are not measured.
 */
export function undersizedTargets(page, min = 44) {
  return page.evaluate((least) => {
    const roots = [document];
    for (let i = 0; i < roots.length; i += 1) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const selector = 'a[href], button, summary, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const out = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll(selector)) {
        if (el.matches('a') && el.closest('p, sup.cite')) continue;
        // Rendered, visible, and not in a closed <details> (whose content keeps boxes, unseen).
        if (el.closest('.visually-hidden') || !el.checkVisibility({ visibilityProperty: true })) continue;
        const parts = /^(checkbox|radio)$/.test(el.type) && el.matches('input') ? [el, ...el.labels] : [el];
        const boxes = parts.map((part) => part.getBoundingClientRect());
        const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
        const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
        if (width < least - 0.01 || height < least - 0.01) {
          const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
          const text = (el.textContent || el.labels?.[0]?.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          out.push(`${name} "${text}": ${width.toFixed(1)} × ${height.toFixed(1)}`);
        }
      }
    }
    return out;
  }, min);
}

/**
 * Targets under 44 × 44 px at 390 px wide on the page at `url`, in the states that show
 * every kind of control (quiz question, self-check result, open reasons, Undo, the import
 * plan, the diagram's controls live); resolves to { state: [lines] }.
 */
export async function undersizedEveryState(browser, url) {
  const found = {};
  const { context, page } = await states.openLive(browser, url, { viewport: { width: 390, height: 844 } });
  found.article = await undersizedTargets(page);
  await states.diagramAt(page, 6);
  await states.quizMidway(page, 1);
  await states.selfCheckResult(page);
  await states.checklistTicked(page);
  await page.locator('.checklist-actions button').first().click(); // clear all, so Undo shows
  await page.locator('.checklist-status button').waitFor();
  found['busy (quiz question, self-check result, Undo)'] = await undersizedTargets(page);
  await states.quizToResult(page);
  await states.importPlanShown(page);
  found['quiz result, import plan'] = await undersizedTargets(page);
  await context.close();
  return found;
}
