/*
 * Detainer Atlas card embed (j/<id>/card.html): sizes the card's frame to its content and takes
 * the theme from the frame's address (?theme=light|dark, ?transparent=1), without the app.
 * It speaks the app's three height messages (src/embed.rs, where the protocol is described):
 * pym.js's "height" for its own childId, AMP's embed-size, and {type: "detainer-atlas:height"}
 * for embed.js. From the parent it accepts only pym's "width" request for its own id.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (params.get('transparent') === '1') root.setAttribute('data-transparent', '');
  if (window.parent === window) return;
  var id = params.get('childId');
  if (id && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) id = null;
  var last = 0;
  function send(force) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    if (id) window.parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + height, '*');
    window.parent.postMessage({ type: 'detainer-atlas:height', height: height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }
  new ResizeObserver(function () { send(false); }).observe(root);
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !id || typeof event.data !== 'string') return;
    if (event.data.indexOf('pymxPYMx' + id + 'xPYMxwidthxPYMx') === 0) send(true);
  });
  send(true);
})();
