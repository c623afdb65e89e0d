// One basemap load in a fresh process (nothing parsed or opened yet), as a render's coordinator
// meets it: argv mode (natural-earth | osm) and the map box; TRACKREEL_CACHE_DIR says where the
// coastline index is (an empty folder: first use). Prints {ms, built} as JSON.
import { ensureCoastIndex, renderBasemapLayer, resolveMapSpec } from '../../dist/internals.js';

const [mode, box, size] = process.argv.slice(2);
const bbox = box.split(',').map(Number);
const [width, height] = size.split('x').map(Number);
const started = performance.now();
const spec = resolveMapSpec({
  width, height, domain: 'terrestrial', dataBbox: bbox, bbox, map: 'auto', projection: 'equirectangular', marginFraction: 0,
  layers: { land: true, lakes: true, coastlines: true, borders: true, states: true, graticule: true }, coastlineSource: mode,
});
const built = spec.detail === 'osm' ? ensureCoastIndex().built : false;
renderBasemapLayer(spec, width, height);
console.log(JSON.stringify({ ms: performance.now() - started, built, detail: spec.detail }));
