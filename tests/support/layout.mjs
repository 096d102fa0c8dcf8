// Layout checks for a low-vision reader, for a page given by its URL: forced colours
// (Windows high contrast), 200 % and 400 % zoom, and WCAG 1.4.12's text spacing. Each
// brings the page to a busy state (every kind of part showing), checks it, and writes a
// screenshot for people to look at.
import * as states from './states.mjs';

/** The page at `url` with something in every part: diagram at step 6, a quiz answer's feedback, a self-check result, ticks and an open reason. */
export async function openBusy(browser, url, options = {}) {
  const opened = await states.openLive(browser, url, options);
  await states.diagramAt(opened.page, 6);
  await states.quizMidway(opened.page, 1);
  await states.selfCheckResult(opened.page);
  await states.checklistTicked(opened.page);
  return opened;
}

/** In the page: every root to look in (the document and open shadow roots). */
const ROOTS = `(() => {
  const roots = [document];
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return roots;
})()`;

/** In the page: a short name for an element in messages. */
const NAME = `(el) => {
  const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
  return el.localName + (el.id ? '#' + el.id : '') + cls + (text ? ' "' + text + '"' : '');
}`;

/**
 * With forced colours on: every control keeps a visible edge (a border unlike its
 * background, an underline for links, the native box for checkboxes and radios), the
 * diagram's current step differs from the dimmed parts by stroke and dashes, and the
 * self-check's earned points differ from the hollow ones. Returns problems as lines.
 */
export async function forcedColourProblems(page) {
  const problems = await page.evaluate(`(() => {
    const name = ${NAME};
    const out = [];
    // The system colours as this browser resolves them (the probe opts out of forcing).
    const probe = document.createElement('span');
    probe.style.forcedColorAdjust = 'none';
    document.body.append(probe);
    const resolve = (colour) => { probe.style.color = colour; return getComputedStyle(probe).color; };
    const system = new Set(['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'ButtonText', 'ButtonFace', 'ButtonBorder'].map(resolve));
    const canvas = resolve('Canvas');
    probe.remove();
    const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden');
    for (const root of ${ROOTS}) {
      for (const el of root.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea')) {
        if (!visible(el)) continue;
        const style = getComputedStyle(el);
        if (el.matches('a')) {
          if (!style.textDecorationLine.includes('underline')) out.push('link without underline: ' + name(el));
        } else if (el.matches('input[type=checkbox], input[type=radio]')) {
          if (style.appearance === 'none' || style.forcedColorAdjust === 'none') out.push('box not drawn by the system: ' + name(el));
        } else {
          const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((side) =>
            parseFloat(style['border' + side + 'Width']) >= 1 && !/none|hidden/.test(style['border' + side + 'Style']) &&
            style['border' + side + 'Color'] !== style.backgroundColor);
          if (sides.length < 4) out.push('control without a visible edge all round: ' + name(el));
        }
      }
      // SVG paint is not forced: the diagram must ask for system colours itself.
      for (const svg of root.querySelectorAll('.axis-svg')) {
        for (const el of svg.querySelectorAll('text, .axis-head')) {
          if (!system.has(getComputedStyle(el).fill) || getComputedStyle(el).fill === canvas) out.push('diagram paint not a system colour: ' + name(el) + ' ' + getComputedStyle(el).fill);
        }
        for (const el of svg.querySelectorAll('rect, .axis-arrow')) {
          const s = getComputedStyle(el);
          if (!system.has(s.stroke) || s.stroke === canvas) out.push('diagram stroke not a system colour: ' + name(el) + ' ' + s.stroke);
          if (el.matches('rect') && !system.has(s.fill)) out.push('diagram fill not a system colour: ' + s.fill);
        }
      }
      const lit = root.querySelector('.axis-svg .skin rect');
      const dim = root.querySelector('.axis-svg .gut rect');
      if (lit && dim && root.querySelector('[data-lit]')) {
        const [l, d] = [getComputedStyle(lit), getComputedStyle(dim)];
        if (!(parseFloat(l.strokeWidth) > parseFloat(d.strokeWidth))) out.push('lit box not thicker than a dimmed one');
        if (d.strokeDasharray === 'none' || l.strokeDasharray !== 'none') out.push('dimmed box not dashed, or lit box dashed');
      }
      const earned = root.querySelector('.area-point.earned');
      const hollow = root.querySelector('.area-point:not(.earned)');
      if (earned && hollow) {
        const [e, h] = [getComputedStyle(earned), getComputedStyle(hollow)];
        // A transparent fill shows the canvas behind it.
        const seen = (colour) => (colour === 'transparent' || (colour.startsWith('rgba') && colour.split(',')[3].trim() === '0)') ? canvas : colour);
        if (seen(e.backgroundColor) === seen(h.backgroundColor)) out.push('earned and hollow points look the same: ' + e.backgroundColor);
        if (seen(h.borderTopColor) === seen(h.backgroundColor)) out.push('hollow point has no visible edge');
      }
    }
    return out;
  })()`);
  // The checked state shows: a ticked box is drawn unlike an unticked one.
  const ticked = await page.locator('#tip-fibre-30g-box').screenshot();
  const unticked = await page.locator('#tip-plants-30-week-box').screenshot();
  if (ticked.equals(unticked)) problems.push('a ticked box looks like an unticked one');
  return problems;
}

/**
 * Nothing scrolls sideways, nothing sticks out past the viewport's edges, and no element
 * that clips its content (overflow hidden or clip) has more content than it shows.
 * With `overlaps`, also: no two pieces of text overlap, and each diagram label stays in
 * its box. Returns problems as lines.
 */
export function layoutProblems(page, { overlaps = false } = {}) {
  return page.evaluate(`(() => {
    const name = ${NAME};
    const out = [];
    const html = document.documentElement;
    if (html.scrollWidth > html.clientWidth) out.push('sideways scroll: ' + html.scrollWidth + ' > ' + html.clientWidth);
    const width = html.clientWidth;
    // Rendered and not in a closed <details> (whose content keeps boxes, unseen).
    const shown = (el) => el.checkVisibility() && !el.closest('.visually-hidden');
    const texts = [];
    for (const root of ${ROOTS}) {
      for (const el of root.querySelectorAll('body *, .gsa-widget *')) {
        if (!shown(el)) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (style.position !== 'fixed' && (box.right > width + 1 || box.left < -1) && box.width > 1) out.push('past the edge: ' + name(el) + ' ' + Math.round(box.left) + '–' + Math.round(box.right));
        const clips = /hidden|clip/.test(style.overflowX + style.overflowY) && !el.matches('textarea, input');
        if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push('clipped: ' + name(el));
        const hasText = [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
        if (hasText && !el.matches('title, desc, style, script, textarea')) texts.push(el);
      }
    }
    if (${overlaps}) {
      const rects = texts.map((el) => [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
      for (let i = 0; i < texts.length; i += 1) {
        for (let j = i + 1; j < texts.length; j += 1) {
          if (texts[i].contains(texts[j]) || texts[j].contains(texts[i])) continue;
          const hit = rects[i].some((a) => rects[j].some((b) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1));
          if (hit) out.push('text overlaps: ' + name(texts[i]) + ' / ' + name(texts[j]));
        }
      }
      for (const root of ${ROOTS}) {
        for (const label of root.querySelectorAll('.axis-node text')) {
          const box = label.closest('.axis-node').querySelector('rect').getBoundingClientRect();
          const text = label.getBoundingClientRect();
          if (text.left < box.left - 1 || text.right > box.right + 1 || text.top < box.top - 1 || text.bottom > box.bottom + 1) out.push('label out of its box: ' + name(label));
        }
        for (const label of root.querySelectorAll('.axis-svg text')) {
          const figure = label.closest('svg').getBoundingClientRect();
          const text = label.getBoundingClientRect();
          if (text.left < figure.left - 1 || text.right > figure.right + 1) out.push('label cut off by the figure: ' + name(label));
        }
      }
    }
    return out;
  })()`);
}

/** WCAG 1.4.12's text spacing, as a reader's own style sheet (constructed, so the page's CSP allows it). */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Applies TEXT_SPACING to the page and every open shadow root in it. */
export async function applyTextSpacing(page) {
  await page.evaluate(`(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(${JSON.stringify(TEXT_SPACING)});
    for (const root of ${ROOTS}) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  })()`);
  const spacing = await page.locator('article p').first().evaluate((p) => getComputedStyle(p).letterSpacing);
  if (spacing === 'normal' || spacing === '0px') throw new Error('the text spacing style did not apply');
}
