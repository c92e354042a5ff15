// Micrositio preview: reloads this page when a rebuild changes it (or shows/clears a build error).
// The server adds this file to every page it previews; the published site never carries it.
(() => {
  'use strict';
  const script = document.currentScript;
  let version = Number(script.dataset.version);
  const failed = script.dataset.fallo === '1';
  const here = decodeURIComponent(location.pathname);
  const affectsThisPage = (urls) =>
    urls.some((url) => url === here || !(url.endsWith('/') || url.endsWith('.html')));

  const events = new EventSource('/_micrositio/eventos');
  events.addEventListener('sitio', (message) => {
    const update = JSON.parse(message.data);
    if (update.fallo !== failed) {
      location.reload();
    } else if (update.version !== version) {
      // A missed version (a reconnection) may have changed anything: reload to be sure.
      if (update.anterior !== version || affectsThisPage(update.urls)) {
        location.reload();
      } else {
        version = update.version;
      }
    }
  });
})();
