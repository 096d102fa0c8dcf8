// Keeps the place a reader jumped to (/#checklist, a link in the contents) in view while
// the parts above it go live. A part with saved progress changes height when it does (a
// finished quiz is thousands of pixels taller than its start, a self-check result shorter
// than its questions), which would leave the reader far from where they were going.
// Until the reader scrolls, taps or presses a key (or 15 s pass), each change in the
// page's height brings the target back to the top. The full page only: in a frame, scrolling would move the host page too.
// Module code: the release build puts it at the top of the island loader
// (src/bin/lock_down, which strips these comment lines); dev pages load it on its own.
// fragmentId is also the release loader's (island-loader.js), which comes after this file.

// The id the address's fragment names: '' for none, and for a malformed one (a link ending
// in "#%"), which names nothing.
function fragmentId() {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

if (window === top && !/[?&]embed(?:[=&]|$)/.test(location.search) && 'ResizeObserver' in window) {
  let target = '';
  let until = 0;
  const follow = () => {
    target = fragmentId();
    until = Date.now() + 15000;
  };
  follow();
  // The release loader starts after the first paint: a reader who has scrolled away from
  // the place the address named by then is not brought back to it.
  const at = target && document.getElementById(target)?.getBoundingClientRect().top;
  if (!(Math.abs(at) < 60)) target = '';
  addEventListener('hashchange', follow);
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    addEventListener(type, () => (target = ''), { capture: true, passive: true });
  }
  // Looked up each time: a part that goes live is a new element with the same id.
  new ResizeObserver(() => {
    if (target && Date.now() < until) document.getElementById(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }).observe(document.body);
}
