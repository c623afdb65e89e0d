// The share of moving ship positions (SOG > 1 kn; from positions and times when a file has no SOG)
// that a coastline puts on land: the measure of a harbour map being right.
import { geoContains } from 'd3-geo';
import { basemapLayers, clipAreas, coastIndex, isOnLand, readPoints } from '../../dist/internals.js';

const INPUT = { format: 'auto', delimiter: 'auto', timeFormat: 'auto', inputTimeZone: 'UTC', skipLines: 0, lenient: true, domain: 'auto' };
const KNOT_KMH = 1.852;

// Indices of the points moving faster than minKnots.
function movingPoints(table, minKnots) {
  const sog = table.numeric.SOG ?? table.numeric.sog;
  const out = [];
  if (sog) {
    for (let i = 0; i < table.length; i++) if (sog[i] > minKnots) out.push(i);
    return out;
  }
  // Points of one object in time order; speed over the step from the previous point.
  const order = Array.from({ length: table.length }, (_, i) => i)
    .sort((a, b) => table.objectIndex[a] - table.objectIndex[b] || table.t[a] - table.t[b]);
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1]; const b = order[k];
    if (table.objectIndex[a] !== table.objectIndex[b]) continue;
    const hours = (table.t[b] - table.t[a]) / 3_600_000;
    if (!(hours > 0)) continue;
    const kx = Math.cos((table.lat[b] * Math.PI) / 180) * 111.32;
    const km = Math.hypot((table.lon[b] - table.lon[a]) * kx, (table.lat[b] - table.lat[a]) * 110.574);
    if (km / hours / KNOT_KMH > minKnots) out.push(b);
  }
  return out;
}

// { moving, osm: share on OpenStreetMap land, naturalEarth: share on Natural Earth 10m land }.
export async function landShare(path) {
  const { table } = await readPoints([path], INPUT);
  const moving = movingPoints(table, 1);
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const i of moving) {
    x0 = Math.min(x0, table.lon[i]); x1 = Math.max(x1, table.lon[i]); y0 = Math.min(y0, table.lat[i]); y1 = Math.max(y1, table.lat[i]);
  }
  const neLand = clipAreas(basemapLayers('10m').land, [x0 - 1, y0 - 1, x1 + 1, y1 + 1]);
  const index = coastIndex();
  let osm = 0; let ne = 0;
  for (const i of moving) {
    if (isOnLand(index, table.lon[i], table.lat[i])) osm++;
    if (geoContains(neLand, [table.lon[i], table.lat[i]])) ne++;
  }
  return { moving: moving.length, osm: osm / moving.length, naturalEarth: ne / moving.length };
}
