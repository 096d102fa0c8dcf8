// gut-skin-axis widget.js: mounts the explainer's parts into every [data-gut-skin]
// element on the page, each inside its own open shadow root with our stylesheet,
// so the host's CSS cannot reach in and ours cannot leak out. run.sh writes the
// hashed file names in at build time, and src/bin/prerender.rs (--widget) its words
// (the failure line and its button) from src/content.
//
// Nothing beyond this file is fetched until a widget comes within two screen heights
// of the viewport; until then each widget reserves about its parts' height, so the
// host page does not jump when it arrives.

const here = new URL('.', import.meta.url);
const stylesheet = new URL('@CSS@', here).href;
const PARTS = ['article', 'diagram', 'quiz', 'self-check', 'checklist'];

// Each part's height in px at a 390 px and a 768 px (or wider) column, measured on the
// release build; tests/e2e/widget.test.mjs fails when they drift by more than a fifth.
const HEIGHTS = {
  article: [16868, 8744],
  diagram: [3224, 2010],
  quiz: [952, 602],
  'self-check': [3294, 2459],
  checklist: [2666, 1753],
};

/** About how tall `parts` will be in a column `width` px wide (between the two measures). */
function expectedHeight(parts, width) {
  const narrow = 1 / 390;
  const wide = 1 / 768;
  const at = Math.min(Math.max(1 / Math.max(width, 1), wide), narrow);
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
// fetched once for every widget on this page; the wasm carries only the islands.
let code = null;
function load() {
  code ??= Promise.all([
    fetch(new URL('index.html', here))
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null),
    import('./@GLUE@').then(async (glue) => {
      await glue.default({ module_or_path: new URL('@WASM@', here) });
      return glue;
    }),
  ]).catch((error) => {
    code = null; // A later attempt fetches again.
    throw error;
  });
  return code;
}

/** Attaches the widget's shadow root, with our stylesheet and a container hidden until styled. */
function shadowFor(host) {
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const root = document.createElement('div');
  root.className = 'gsa-widget';
  // Stay hidden until styled and mounted, so readers never see a flash of unstyled content.
  root.hidden = true;
  const styled = new Promise((resolve) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
  });
  shadow.append(link, root);
  // In-page links (citations, tips) must find their targets inside this shadow root.
  root.addEventListener('click', (event) => {
    const anchor = event.target.closest && event.target.closest('a[href^="#"]');
    if (!anchor || event.defaultPrevented) return;
    const target = shadow.getElementById(decodeURIComponent(anchor.getAttribute('href').slice(1)));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
  });
  return { shadow, root, styled };
}

/** Each widget's shadow root, attached when it first nears the viewport. */
const views = new WeakMap();
/** Widgets being mounted or mounted: a second "Try again" press must not mount again. */
const mounting = new WeakSet();

async function mount(host) {
  if (mounting.has(host)) return;
  mounting.add(host);
  if (!views.has(host)) views.set(host, shadowFor(host));
  const view = views.get(host);
  let page;
  let glue;
  try {
    [page, glue] = await load();
  } catch {
    mounting.delete(host); // So that "Try again" can.
    couldNotLoad(host);
    return;
  }
  view.shadow.querySelector('.gsa-failed')?.remove();
  // The app reads the options from the host's data attributes, and calls this only when
  // the host asked with data-events (it decides what an event holds).
  const emit = (name, detail) => host.dispatchEvent(new CustomEvent(`gut-skin-axis:${name}`, { detail, bubbles: true }));
  glue.mount_widget(view.root, host, page, here.href, emit);
  await view.styled;
  view.root.removeAttribute('hidden');
  host.style.removeProperty('min-height');
}

/** One line, in the widget's place, when its code could not be fetched, with a retry. */
function couldNotLoad(host) {
  const { shadow } = views.get(host);
  if (shadow.querySelector('.gsa-failed')) return;
  const line = document.createElement('p');
  line.className = 'gsa-failed';
  line.setAttribute('role', 'status');
  line.textContent = '@WIDGET_COULD_NOT_LOAD@';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = '@TRY_AGAIN@';
  retry.addEventListener('click', () => mount(host));
  line.append(retry);
  shadow.append(line);
}

function mountAll() {
  // An element that already has a shadow root is mounted (or belongs to someone else).
  const hosts = [...document.querySelectorAll('[data-gut-skin]')].filter((host) => !host.shadowRoot && !views.has(host));
  for (const host of hosts) {
    host.style.minHeight = `${Math.round(expectedHeight(chosenParts(host), host.clientWidth))}px`;
  }
  if (!('IntersectionObserver' in window)) {
    hosts.forEach(mount);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        mount(entry.target);
      }
    },
    { rootMargin: '200% 0px' },
  );
  hosts.forEach((host) => observer.observe(host));
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll);
} else {
  mountAll();
}
