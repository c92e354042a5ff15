// Netlify build plugin (local, no npm install): keeps Micrositio's caches between builds, so a photo or
// a release that did not change is never decoded and resized, or laid out, again, the site is not indexed for
// search again, and a page that did not change is not checked again. The caches are content-addressed (the
// check memory by each file's hash and the generator's build), so an old entry can never be served for a new
// photo, release, index or page. Each build leaves in them only the entries it used, so what is saved here holds
// nothing of a withdrawn or re-redacted photo.
'use strict';

// .cache/salida-anterior (the last output, which the next build starts from) is left out: Netlify starts from a
// fresh clone, and the folder holds little but hard links to the caches above, which a cache copy would duplicate.
const CACHES = ['.cache/imagenes', '.cache/marca', '.cache/pdf', '.cache/kit', '.cache/busqueda', '.cache/revision'];

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
