// The release page's loader, written beside index.html by the lock-down build step
// (src/bin/lock_down, which fills in the hashed file names and strips these comment
// lines) and imported by a tiny inline bootstrap once the page has loaded. The page is
// prerendered and reads without it; it makes the islands live when they are about to be
// seen:
//  - when an island comes within two screen heights of the viewport (after the largest
//    content has painted, so the first screens never wait for the wasm), except an island
//    marked data-on-use (the diagram, near the top), which waits for the reader's action;
//  - at once when the reader focuses, taps or presses a key in an island that is not
//    live yet (the tap is carried out once it is live), or when the page opens at an
//    island's anchor (#quiz), or for an ?embed view (which the wasm builds). A key that
//    a waiting element lists in its data-keys (the diagram's arrow keys) is replayed too.
// If the glue or the wasm cannot be fetched, each island says so with a Try again button
// (offline: that it needs a connection the first time), which fetches again and mounts
// once however often it is pressed; an ?embed view, whose page stays hidden, shows one such
// line instead (showEmbedFailure). A malformed fragment (#%) is ignored.
// On the full page only (never in an embed or any frame), it also registers the service
// worker that keeps what the reader has seen for offline use (service-worker.js), tells
// it which files this build uses, and shows a note while the browser is offline.
// `embed` (whether this is an ?embed view) comes from embed-language.js, and `fragmentId`
// from keep-target.js, which the build puts before this file's code.
const GLUE = '@GLUE@';
const WASM = '@WASM@';
const WASM_INTEGRITY = '@WASM_INTEGRITY@';
const islands = [...document.querySelectorAll('#app [data-island]')];
const status = document.querySelector('#app .island-status');
let phase = 'waiting';
let pending = null;
let observer = null;
let readyTimer = 0;
const fullPage = !embed && window === top;
// Every hashed file this build uses (the favicon is inline).
const BUILD = [import.meta.url, GLUE, WASM, ...[...document.querySelectorAll('link[rel=stylesheet][href]')].map((link) => link.href)].map(
  (url) => new URL(url, import.meta.url).href,
);

const inIsland = (node) => node instanceof Element && node.closest('#app [data-island]');
const enabled = (node) => !node.closest('[disabled], [aria-disabled="true"]');
const say = (text) => {
  if (status) status.textContent = text;
};

function start() {
  if (phase === 'loading' || phase === 'live') return;
  phase = 'loading';
  observer?.disconnect();
  for (const note of document.querySelectorAll('.island-failed')) note.hidden = true;
  // The glue's integrity is in the import map; the wasm's goes with its fetch.
  import(GLUE)
    .then(async (bindings) => {
      const wasm = await bindings.default({ module_or_path: fetch(WASM, { integrity: WASM_INTEGRITY }) });
      window.wasmBindings = bindings;
      phase = 'live';
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
      carryOut();
      if (fullPage) tellWorker();
    })
    .catch(() => {
      phase = 'failed';
      clearTimeout(readyTimer);
      say('');
      pending = null;
      // Offline, the code was never fetched (or the worker has not kept it): say that it
      // needs a connection once, not that something is broken.
      const offline = !navigator.onLine;
      for (const note of document.querySelectorAll('.island-failed')) {
        for (const line of note.querySelectorAll('[data-when]')) line.hidden = (line.dataset.when === 'offline') !== offline;
        note.hidden = false;
      }
      if (embed) showEmbedFailure();
    });
}

// An embed's page stays hidden until the wasm has cut it down to the chosen parts (index.html
// shows it after 10 s only for a page whose loader never ran). When the code failed, the
// reader gets one line with Try again, the first chosen part's, above the page, which
// html[data-embed-failed] keeps hidden: not the whole site page with a line for each part.
let embedNote = null;
function showEmbedFailure() {
  const html = document.documentElement;
  html.setAttribute('data-embed-failed', '');
  if (!embedNote) makeEmbedNote();
  // The iframe fits the line, as it fits the embed: the height alone, as the wasm sends it.
  if (window !== parent) {
    const height = Math.ceil(html.getBoundingClientRect().height);
    parent.postMessage({ type: 'gut-skin-axis:height', height }, '*');
  }
}

function makeEmbedNote() {
  const html = document.documentElement;
  const query = new URLSearchParams(location.search);
  // The wasm sets the embed's theme once live; until then the line takes a fixed one here.
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;
  const asked = (query.get('sections') ?? '').split(',').map((part) => part.trim());
  const island = islands.find((candidate) => asked.includes(candidate.dataset.island)) ?? islands[0];
  const note = island?.previousElementSibling;
  if (!note?.matches('.island-failed')) return;
  embedNote = note.cloneNode(true);
  embedNote.hidden = false;
  embedNote.querySelector('button')?.addEventListener('click', start);
  document.body.prepend(embedNote);
}

// Where a control sits in its island, as element-child indexes from the container: the
// live island replaces the prerendered nodes with the same markup, so the same path finds
// the live twin of the control the reader acted on.
function pathTo(control) {
  const steps = [];
  let node = control;
  while (node && !node.matches('[data-island]')) {
    steps.unshift([...node.parentElement.children].indexOf(node));
    node = node.parentElement;
  }
  return { island: node?.dataset.island, steps };
}

function follow({ island, steps }) {
  let node = document.querySelector(`#app [data-island="${island}"]`);
  for (const step of steps) node = node?.children[step];
  return node ?? null;
}

// The reader's first action on a control that was not live yet, done once it is.
function carryOut(deadline = performance.now() + 10000) {
  if (!pending) return;
  const { path, click, key } = pending;
  const target = follow(path);
  if (!target || performance.now() > deadline) {
    pending = null;
    say('');
    return;
  }
  if (!enabled(target)) {
    requestAnimationFrame(() => carryOut(deadline));
    return;
  }
  pending = null;
  clearTimeout(readyTimer);
  say('');
  // Focus alone moves only if the swap to the live part lost it: a reader who has since
  // tabbed on, out of the part, stays where they are.
  const lost = !document.activeElement || document.activeElement === document.body;
  if (click) target.click();
  else if (key || lost) target.focus();
  if (key) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

function onReaderAction(event) {
  const island = inIsland(event.target);
  if (!island || event.target.closest('.island-failed')) return;
  const control = event.target.closest('button, input, select, textarea, summary, a[href], [data-keys]');
  if (control && !enabled(control)) {
    // Not live yet (or live but not yet loaded): the control does nothing now, and the
    // reader's tap or key is carried out once it is ready. A primary press counts as the
    // tap, since a disabled control never gets its click.
    const activates =
      event.type === 'click' ||
      (event.type === 'pointerdown' && event.button === 0) ||
      (event.type === 'keydown' && (event.key === 'Enter' || event.key === ' '));
    if (activates) {
      if (event.type !== 'pointerdown') event.preventDefault();
      pending = { path: pathTo(control), click: true };
    } else if (event.type === 'keydown' && control.dataset.keys?.split(' ').includes(event.key)) {
      event.preventDefault();
      pending = { path: pathTo(control), key: event.key };
    } else {
      noteFocus(control);
    }
    if (phase === 'live') {
      carryOut();
    } else {
      clearTimeout(readyTimer);
      readyTimer = setTimeout(() => pending && say(status?.dataset.gettingReady ?? ''), 300);
    }
  } else if (control && event.type === 'focusin' && phase !== 'live') {
    // A link in a part that is not live yet takes focus as it is; the swap to the live
    // part must not send focus back to a control focused before it.
    noteFocus(control);
  }
  start();
}

// Focus alone (no tap or key is waiting): the control or link focused last is the one to
// find again, as a keyboard reader may tab on through several before the part is live.
function noteFocus(control) {
  if (!pending?.click && !pending?.key) pending = { path: pathTo(control), click: false };
}

for (const type of ['pointerdown', 'focusin', 'keydown', 'click']) {
  document.addEventListener(type, onReaderAction, true);
}
// From here on this loader takes every tap; one made before it came, which the page's
// bootstrap held back (src/bin/lock_down/loader.rs), is carried out as if made now.
window.gsaIn = true;
if (window.gsaTap) onReaderAction(window.gsaTap);
for (const note of document.querySelectorAll('#app .island-failed button')) {
  note.addEventListener('click', start);
}
// After a panic, each part says it stopped working, with a "Reload the page" button that
// the wasm cannot serve (it has stopped), so this does.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('#app [data-reload]')) location.reload();
});

// fragmentId (keep-target.js, put before this file's code) gives '' for a malformed one.
function opensAtIsland() {
  const id = fragmentId();
  return id !== '' && inIsland(document.getElementById(id));
}

// An embed view is built by the wasm; a page with no islands at all is broken, and
// the shell names the cause in the console: both load at once.
// A reader who tabbed into an island before this loader arrived gets it at once too.
if (
  embed ||
  islands.length === 0 ||
  opensAtIsland() ||
  inIsland(document.activeElement)
) {
  start();
} else {
  addEventListener('hashchange', () => opensAtIsland() && start());
  // Paint first: watch for islands only once the largest content has painted (1.5 s at most).
  await new Promise((resolve) => {
    const next = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 1500);
    try {
      new PerformanceObserver((list, seen) => {
        seen.disconnect();
        next();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      next();
    }
  });
  if (phase === 'waiting' && 'IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
      rootMargin: '200% 0px',
    });
    for (const island of islands) if (!island.hasAttribute('data-on-use')) observer.observe(island);
  } else if (phase === 'waiting') {
    start();
  }
}

// The worker keeps the page and each hashed file as the page fetches it. It is registered
// late (the loader itself comes after load and first paint), and the page then tells it
// this build's files: it stores those fetched before it was in control (the first visit),
// and drops older builds' files.
function tellWorker() {
  // Without workers (an insecure origin, some private modes) there is nothing to tell;
  // a throw here would be taken for a failed load.
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.ready
    .then((registration) => {
      const loaded = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => BUILD.includes(name));
      registration.active?.postMessage({ type: 'build', loader: import.meta.url, assets: BUILD, loaded });
    })
    .catch(() => {});
}

// The offline note: the text is in the page (data-offline); shown only while offline.
function showConnection() {
  const note = document.querySelector('#app .offline-note');
  if (note) note.textContent = navigator.onLine ? '' : (note.dataset.offline ?? '');
}

if (fullPage) {
  showConnection();
  addEventListener('online', showConnection);
  addEventListener('offline', showConnection);
  if ('serviceWorker' in navigator) {
    // Its scope is our folder and nothing above it.
    navigator.serviceWorker
      .register(new URL('service-worker.js', import.meta.url), { scope: new URL('./', import.meta.url).href })
      .then(tellWorker)
      .catch(() => {});
  }
}
