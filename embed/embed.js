/*
 * Detainer Atlas embed helper. Include it once on a page that embeds Detainer Atlas in
 * <iframe data-detainer-atlas> elements: each frame is resized to its content, so readers
 * never see an inner scrollbar or a gap. No dependencies; it only listens for the app's
 * {type: "detainer-atlas:height", height} messages and ignores every other message.
 */
(function () {
  'use strict';
  if (window.__detainerAtlasEmbed) return;
  window.__detainerAtlasEmbed = true;
  var TYPE = 'detainer-atlas:height';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 200000) return;
    var frames = document.querySelectorAll('iframe[data-detainer-atlas]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
