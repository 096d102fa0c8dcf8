// The release page's service worker, copied into dist/ by src/bin/lock_down (release builds
// only, so `./run.sh serve` never has one) and registered by the island loader on the
// full page only. It keeps what the reader has already seen, so the page opens offline:
//  - the page itself network-first: online, a reader always gets the current build;
//    offline, or when the network has not answered within PAGE_TIMEOUT (a connection
//    that hangs rather than fails), the last page seen, which the network's answer
//    then replaces when it comes;
//  - hashed assets (CSS, loader, glue, wasm) cache-first, stored as the page fetches
//    them, and nothing fetched ahead (a reader who only reads downloads only that);
//  - the page tells the worker which assets its build uses; assets of older builds
//    are then dropped, once the page that sent the list is the latest one cached.
// Responses are cached as they come (same-origin, so `integrity` still checks them).
const SCOPE = self.registration.scope;
const PAGE = SCOPE;
const CACHE = `gut-skin-axis-offline:${SCOPE}`;
const HASHED = /^[A-Za-z0-9_.-]+-[0-9a-f]{8,}(?:_bg)?\.(?:js|css|wasm|svg)$/;
const EMBED = /[?&]embed(?:[=&]|$)/;
/** How long the page waits for the network before it gets the kept copy (ms). */
const PAGE_TIMEOUT = 3000;

/** A hashed asset directly in our folder (no query), by absolute URL. */
function isAsset(url) {
  return url.origin === location.origin && url.href.startsWith(SCOPE) && url.search === '' && HASHED.test(url.href.slice(SCOPE.length));
}

/** The page: our folder itself or its index.html, whatever the query. */
function isPage(url) {
  const path = url.href.slice(0, url.href.length - url.search.length - url.hash.length);
  return path === SCOPE || path === `${SCOPE}index.html`;
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  // The first visit's page goes on fetching islands' code: from now on through here.
  // (No navigation preload: with it, a page whose snippet builder had gone live never
  // reached network idle in the tests; the cause was not pinned down.)
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    if (isPage(url)) event.respondWith(pageFirst(event, !EMBED.test(url.search)));
  } else if (isAsset(url)) {
    event.respondWith(assetFirst(event));
  }
});

async function pageFirst(event, keep) {
  const network = fetch(event.request).then((response) => {
    // An embed's copy is not kept: a server may send it other headers (frame-ancestors).
    if (keep && response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PAGE, copy)));
    }
    return response;
  });
  // The worker stays alive until the network answers, even after the copy was served.
  event.waitUntil(network.catch(() => {}));
  const kept = () => caches.open(CACHE).then((cache) => cache.match(PAGE));
  let timer = 0;
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, PAGE_TIMEOUT, null);
  });
  try {
    const first = await Promise.race([network, slow]);
    if (first) return first;
    // No answer yet: the kept copy if there is one, else go on waiting for the network.
    return (await kept()) ?? (await network);
  } catch (error) {
    const cached = await kept();
    if (cached) return cached;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function assetFirst(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request.url, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(cache.put(event.request.url, copy));
  }
  return response;
}

// {type: 'build', loader, assets, loaded} from the page's loader: `assets` are every
// hashed file its build uses, `loaded` those it fetched before this worker controlled
// it (the first visit), which are stored now, from the browser's HTTP cache when it
// has them.
self.addEventListener('message', (event) => {
  const { data } = event;
  if (data?.type !== 'build' || !Array.isArray(data.assets) || !Array.isArray(data.loaded)) return;
  event.waitUntil(keepBuild(data).catch(() => {}));
});

const assetUrls = (list) =>
  list.flatMap((item) => {
    try {
      const url = new URL(String(item), SCOPE);
      return isAsset(url) ? [url.href] : [];
    } catch {
      return [];
    }
  });

async function store(cache, url) {
  if (await cache.match(url, { ignoreVary: true })) return;
  try {
    const response = await fetch(url, { cache: 'force-cache' });
    if (response.ok && response.type === 'basic') await cache.put(url, response);
  } catch {
    // Offline, or gone: it is stored when next fetched.
  }
}

async function keepBuild({ loader, assets, loaded }) {
  const cache = await caches.open(CACHE);
  const current = new Set(assetUrls(assets));
  const [loaderUrl] = assetUrls([loader]);
  if (!loaderUrl || !current.has(loaderUrl)) return;
  await store(cache, PAGE);
  // Only the latest page seen may say what is current: a tab still showing an older
  // build must not drop the newer build's files.
  const page = await cache.match(PAGE);
  const name = loaderUrl.slice(SCOPE.length);
  if (!page || !(await page.text()).includes(`'./${name}'`)) return;
  for (const url of assetUrls(loaded)) if (current.has(url)) await store(cache, url);
  for (const request of await cache.keys()) {
    if (request.url !== PAGE && !current.has(request.url)) await cache.delete(request);
  }
}
