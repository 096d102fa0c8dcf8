// gut-skin-axis embed.js: sizes our iframes on a host page to their content.
// It trusts a message only when it comes from one of our iframes (event.source)
// with that iframe's origin (or "null" from one sandboxed without
// allow-same-origin), and only a finite height between 0 and a sane maximum. No dependencies, no requests, nothing stored. The release build
// ships it without these comment lines (src/bin/lock_down).
(function () {
  'use strict';
  var TYPE = 'gut-skin-axis:height';
  // The whole explainer in a phone-width iframe is about 33,000 px tall (Spanish, 360 px):
  // the bound stays far above any real height, and only stops absurd ones.
  var MAX_HEIGHT = 200000;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('.', script.src);

  function appUrl(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', location.href);
      var ours = url.origin === app.origin && url.pathname.indexOf(app.pathname) === 0;
      return ours && url.searchParams.has('embed') ? url : null;
    } catch (error) {
      return null;
    }
  }

  // An iframe sandboxed without allow-same-origin has an opaque origin, and its messages
  // come from "null": event.source, already pinned to that iframe, says they are its.
  function opaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  // A host's border-box (many themes do this) puts the iframe's padding and borders
  // inside its height, which must then hold them as well as the content.
  function edges(frame) {
    var style = getComputedStyle(frame);
    if (style.boxSizing !== 'border-box') return 0;
    return frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var url = appUrl(frame);
      if (!url || (event.origin !== url.origin && !(event.origin === 'null' && opaque(frame)))) return;
      var height = data.height;
      // Anything but a finite, sane height is ignored, not followed.
      if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
      frame.style.height = Math.ceil(height + edges(frame)) + 'px';
      return;
    }
  });

  // Started late (a "delay JS" plugin, a tag manager), this missed the heights our
  // iframes already told: it asks each for its height again. The request holds nothing,
  // so it may go to any origin (an iframe not loaded yet is still about:blank).
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i += 1) {
    if (appUrl(frames[i])) frames[i].contentWindow.postMessage({ type: 'gut-skin-axis:measure' }, '*');
  }
})();
