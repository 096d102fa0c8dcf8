// gut-skin-axis widget.js: mounts the explainer's parts into every [data-gut-skin]
// element on the page, each inside its own open shadow root with our stylesheet,
// so the host's CSS cannot reach in and ours cannot leak out. Each language is its own
// build (data-lang="es"; English when it is missing or names no built language, which
// that build then warns about in the console). run.sh writes each build's hashed file
// names in at build time (and drops the line of a language it did not build), and
// src/bin/prerender.rs (--widget) each language's words (the failure line and its button).
// The release build ships it without its // comment lines (src/bin/lock_down).
//
// Nothing beyond this file is fetched until a widget comes within two screen heights
// of the viewport; until then each widget reserves about its parts' height, so the
// host page does not jump when it arrives. Widgets the page adds later mount the same
// way. A widget whose code or stylesheet cannot be had (or has not come in 15 s, or
// cannot run on the host page) shows one line with "Try again" in its place.

const here = new URL('.', import.meta.url);
const stylesheet = new URL('@CSS@', here).href;
// Each language's build: its glue and wasm, its prerendered page, and its words.
const BUILDS = {
  en: { glue: './@GLUE:en@', wasm: '@WASM:en@', page: 'index.html', couldNotLoad: '@WIDGET_COULD_NOT_LOAD:en@', tryAgain: '@TRY_AGAIN:en@' },
  es: { glue: './@GLUE:es@', wasm: '@WASM:es@', page: 'es/index.html', couldNotLoad: '@WIDGET_COULD_NOT_LOAD:es@', tryAgain: '@TRY_AGAIN:es@' },
};
/** The language a host asks for (`data-lang`, e.g. "es", "es-MX" or "es_MX"), if it was built; else English. */
function languageOf(host) {
  const asked = (host.dataset.lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // Not Object.hasOwn: publishers' readers may have browsers from before it (Safari 15.3).
  return Object.prototype.hasOwnProperty.call(BUILDS, asked) ? asked : 'en';
}
const PARTS = ['article', 'diagram', 'quiz', 'self-check', 'checklist'];

// Each part's height in px at a 390 px and a 768 px (or wider) column, measured on the
// release build; tests/e2e/widget.test.mjs fails when they drift by more than a fifth.
const HEIGHTS = {
  article: [18373, 9377],
  diagram: [3728, 2233],
  quiz: [1260, 714],
  'self-check': [3816, 2633],
  checklist: [3171, 1950],
};

/**
 * About how tall `parts` will be in a column `width` px wide: text grows about as one over
 * the width, so between the two measures and on below the narrow one, to a sidebar's 250 px.
 */
function expectedHeight(parts, width) {
  const narrow = 1 / 390;
  const wide = 1 / 768;
  const at = Math.min(Math.max(1 / Math.max(width, 1), wide), 1 / 250);
  const share = (at - wide) / (narrow - wide);
  return parts.reduce((sum, part) => {
    const [small, large] = HEIGHTS[part] ?? [0, 0];
    return sum + large + (small - large) * share;
  }, 0);
}

function chosenParts(host) {
  const asked = (host.dataset.sections ?? '').split(',').map((part) => part.trim());
  const known = asked.filter((part) => PARTS.includes(part));
  return known.length > 0 ? known : PARTS;
}

// The static parts (article, diagram, references) come from the prerendered page,
// fetched once per language for every widget on this page; the wasm carries only the
// islands. Two languages are two builds side by side, each with its own copy of the code.
const code = new Map();
function load(lang) {
  const build = BUILDS[lang];
  if (!code.has(lang)) {
    const loading = Promise.all([
      fetch(new URL(build.page, here))
        .then((response) => (response.ok ? response.text() : null))
        .catch(() => null),
      import(build.glue).then(async (glue) => {
        await glue.default({ module_or_path: new URL(build.wasm, here) });
        return glue;
      }),
    ]).catch((error) => {
      code.delete(lang); // A later attempt fetches again.
      throw error;
    });
    code.set(lang, loading);
  }
  return code.get(lang);
}

// How long a widget waits for its code and stylesheet before it says they could not load.
const PATIENCE = 15000;

// Our stylesheet's address for the next <link>. The browser keeps a stylesheet that failed
// and would not fetch the same address again for this page, so after a failure it is the
// same file under a new query (which the server ignores).
let stylesheetHref = stylesheet;
let failedStylesheets = 0;

/**
 * Puts our stylesheet in `view`'s shadow root; `view.styled` becomes whether it loaded, and
 * `view.loaded` is true once it has (a <link> that failed still has a `sheet`).
 */
function linkStylesheet(view) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheetHref;
  view.loaded = false;
  view.styled = new Promise((resolve) => {
    link.addEventListener('load', () => {
      view.loaded = true;
      resolve(true);
    });
    link.addEventListener('error', () => {
      failedStylesheets += 1;
      stylesheetHref = `${stylesheet}?retry=${failedStylesheets}`;
      resolve(false);
    });
  });
  if (view.link) view.link.replaceWith(link);
  else view.shadow.prepend(link);
  view.link = link;
}

/** A container for the widget, hidden until styled and mounted (no flash of unstyled content). */
function widgetRoot(lang) {
  const root = document.createElement('div');
  root.className = 'gsa-widget';
  // Screen readers pronounce the widget in its own language, whatever the host page's.
  root.lang = lang;
  root.hidden = true;
  return root;
}

/** Attaches the widget's shadow root, with our stylesheet and a container hidden until styled. */
function shadowFor(host, lang) {
  const shadow = host.attachShadow({ mode: 'open' });
  const view = { shadow, root: widgetRoot(lang) };
  shadow.append(view.root);
  linkStylesheet(view);
  // In-page links (citations, tips) must find their targets inside this shadow root.
  shadow.addEventListener('click', (event) => {
    const anchor = event.target.closest && event.target.closest('a[href^="#"]');
    if (!anchor || event.defaultPrevented) return;
    const target = shadow.getElementById(decodeURIComponent(anchor.getAttribute('href').slice(1)));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
  });
  return view;
}

/** Each widget's shadow root, attached when it first nears the viewport. */
const views = new WeakMap();
/** Widgets with an attempt under way: a second "Try again" press must not start another. */
const mounting = new WeakSet();
/** Widgets mounted: however many attempts end well (a late one, a retry), one mounts. */
const mounted = new WeakSet();

async function mount(host) {
  if (mounting.has(host) || mounted.has(host)) return;
  const lang = languageOf(host);
  let view = views.get(host);
  if (!view) {
    // Another copy of this script, or another library, has this element: leave it be.
    if (host.shadowRoot) return;
    view = shadowFor(host, lang);
    views.set(host, view);
  } else if (!view.loaded) {
    // A retry, and the stylesheet failed (or never came): a <link> is never fetched again
    // by itself, so a fresh one takes its place.
    linkStylesheet(view);
  }
  mounting.add(host);
  // A connection that hangs never fails by itself: after a while the failure line offers
  // a retry, and what arrives later still mounts (once).
  const timer = setTimeout(() => couldNotLoad(host, lang), PATIENCE);
  try {
    const [[page, glue], styled] = await Promise.all([load(lang), view.styled]);
    // Another attempt got there first: nothing is left to do, nor to say.
    if (mounted.has(host)) return;
    // Unstyled, the widget would show in the browser's default look; it stays hidden.
    if (!styled) {
      couldNotLoad(host, lang);
      return;
    }
    mounted.add(host);
    view.shadow.querySelector('.gsa-failed')?.remove();
    // The app reads the options from the host's data attributes, and calls this only when
    // the host asked with data-events (it decides what an event holds).
    const emit = (name, detail) => host.dispatchEvent(new CustomEvent(`gut-skin-axis:${name}`, { detail, bubbles: true }));
    // Links to the full page lead to this language's page.
    glue.mount_widget(view.root, host, page, new URL('.', new URL(BUILDS[lang].page, here)).href, emit);
    view.root.removeAttribute('hidden');
    host.style.removeProperty('min-height');
  } catch {
    // The code could not be fetched, or could not run here (a host page that enforces
    // Trusted Types stops it at its first innerHTML): a mount cut short leaves its half
    // behind, in a container that a fresh one replaces for the retry.
    if (mounted.delete(host)) {
      const root = widgetRoot(lang);
      view.root.replaceWith(root);
      view.root = root;
    }
    couldNotLoad(host, lang);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One line in the widget's place when its code or stylesheet could not be fetched (or has
 * not come in time), with a retry. The space reserved for the widget goes, or the line
 * would sit above a screenful or more of blank.
 */
function couldNotLoad(host, lang) {
  mounting.delete(host); // So that "Try again" can.
  host.style.removeProperty('min-height');
  const { shadow } = views.get(host);
  if (shadow.querySelector('.gsa-failed')) return;
  const line = document.createElement('p');
  // Themed as the widget would be (a dark host page asks data-theme="dark"): the host's
  // colours do not reach in, so an unthemed line would be black on any background.
  line.className = 'gsa-failed';
  const theme = (host.dataset.theme ?? '').trim().toLowerCase();
  if (theme === 'light' || theme === 'dark') line.dataset.theme = theme;
  line.lang = lang;
  line.setAttribute('role', 'status');
  line.textContent = BUILDS[lang].couldNotLoad;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = BUILDS[lang].tryAgain;
  retry.addEventListener('click', () => mount(host));
  line.append(retry);
  shadow.append(line);
}

/** Mounts each widget as it nears the viewport (made by `start`, if the browser has one). */
let nearing = null;
/** Widgets already found: each is reserved and watched once, however often it moves. */
const found = new WeakSet();

/** Reserves each new widget's place, then mounts it as it nears the viewport. */
function watchAll(hosts) {
  // An element that already has a shadow root is mounted (or belongs to someone else).
  const fresh = [...hosts].filter((host) => !host.shadowRoot && !found.has(host));
  for (const host of fresh) {
    found.add(host);
    host.style.minHeight = `${Math.round(expectedHeight(chosenParts(host), host.clientWidth))}px`;
  }
  for (const host of fresh) {
    if (nearing) nearing.observe(host);
    else mount(host);
  }
}

function start() {
  if ('IntersectionObserver' in window) {
    nearing = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          nearing.unobserve(entry.target);
          mount(entry.target);
        }
      },
      { rootMargin: '200% 0px' },
    );
  }
  watchAll(document.querySelectorAll('[data-gut-skin]'));
  // Widgets the page adds later (a CMS that renders late, a single-page app's next view)
  // mount too. Only added elements are looked at, so a busy page pays little.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.matches('[data-gut-skin]')) watchAll([node]);
        watchAll(node.querySelectorAll('[data-gut-skin]'));
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

// A page may load this script twice from two addresses (WordPress adds ?ver=), and a
// module runs once per address: only the first copy to run mounts anything.
const FIRST = Symbol.for('gut-skin-axis:widget.js');
if (!window[FIRST]) {
  window[FIRST] = true;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}
