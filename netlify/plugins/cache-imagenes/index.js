// Netlify build plugin (local, no npm install): keeps Micrositio's caches between builds, so a photo or
// a release that did not change is never decoded and resized, or laid out, again. The caches are
// content-addressed, so an old entry can never be served for a new photo or release.
'use strict';

const CACHES = ['.cache/imagenes', '.cache/marca', '.cache/pdf'];

module.exports = {
  async onPreBuild({ utils }) {
    for (const path of CACHES) {
      const restored = await utils.cache.restore(path);
      console.log(`${path}: ${restored ? 'restaurado del caché de Netlify' : 'sin caché previo'}`);
    }
  },

  async onPostBuild({ utils }) {
    for (const path of CACHES) {
      await utils.cache.save(path);
    }
  },
};
