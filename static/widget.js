// gut-skin-axis widget.js: mounts the explainer's parts into every [data-gut-skin]
// element on the page, each inside its own open shadow root with our stylesheet,
// so the host's CSS cannot reach in and ours cannot leak out. run.sh writes the
// hashed file names in at build time.
import init, { mount_widget } from './@GLUE@';

const here = new URL('.', import.meta.url);
const stylesheet = new URL('@CSS@', here).href;

// The static parts (article, diagram, references) come from the prerendered page,
// fetched once for every widget on this page; the wasm carries only the islands.
const [page] = await Promise.all([
  fetch(new URL('index.html', here))
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null),
  init({ module_or_path: new URL('@WASM@', here) }),
]);

function mount(host) {
  // An element that already has a shadow root is mounted (or belongs to someone else).
  if (host.shadowRoot) return;
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const root = document.createElement('div');
  root.className = 'gsa-widget';
  // Stay hidden until styled, so readers never see a flash of unstyled content.
  root.hidden = true;
  const reveal = () => root.removeAttribute('hidden');
  link.addEventListener('load', reveal);
  link.addEventListener('error', reveal);
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
  const data = host.dataset;
  mount_widget(root, page, data.sections ?? null, data.theme ?? null, data.accent ?? null, data.namespace ?? null, here.href);
}

function mountAll() {
  document.querySelectorAll('[data-gut-skin]').forEach(mount);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll);
} else {
  mountAll();
}
