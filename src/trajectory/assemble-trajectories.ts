// Points -> trajectories: group by object, stable sort by time, drop exact duplicates, split at
// gaps in time or space, drop pieces that are too short.
import type { PointTable } from '../input/point-table.js';
import type { AssemblyReport, TrajectorySet } from './trajectory-set.js';
import { greatCircleKmExceeds } from './great-circle-km.js';
import { selectObjects } from './select-objects.js';
import { sharedFloat64, sharedUint32 } from './shared-arrays.js';

export interface AssemblyOptions {
  // Split when consecutive points are further apart in time than this.
  separationTimeMs: number;
  // Split when consecutive points are further apart than this (km for lon/lat, units for x/y).
  separationDistance: number;
  // Drop trajectories with fewer points.
  minPoints: number;
  // Keep only these object ids / leave these out (null or empty: no filter).
  objects?: readonly string[] | null;
  exclude?: readonly string[] | null;
}

export const DEFAULT_ASSEMBLY_OPTIONS: AssemblyOptions = {
  separationTimeMs: 20 * 60_000,
  separationDistance: 100,
  minPoints: 2,
};

// Stable counting sort by object, then a stable time sort inside each object (usually a no-op:
// most files are already in time order per object).
function sortedOrder(table: PointTable): { order: Uint32Array; objectStarts: Uint32Array } {
  const objects = table.objectIds.length;
  const objectStarts = new Uint32Array(objects + 1);
  for (let i = 0; i < table.length; i++) objectStarts[table.objectIndex[i] + 1]++;
  for (let o = 0; o < objects; o++) objectStarts[o + 1] += objectStarts[o];
  const order = new Uint32Array(table.length);
  const cursor = objectStarts.slice(0, objects);
  for (let i = 0; i < table.length; i++) order[cursor[table.objectIndex[i]]++] = i;
  const t = table.t;
  for (let o = 0; o < objects; o++) {
    const a = objectStarts[o];
    const b = objectStarts[o + 1];
    let sorted = true;
    for (let j = a + 1; j < b && sorted; j++) if (t[order[j]] < t[order[j - 1]]) sorted = false;
    if (!sorted) {
      // Array.prototype.sort is stable; ties keep file order.
      const slice = Array.from(order.subarray(a, b)).sort((x, y) => t[x] - t[y]);
      order.set(slice, a);
    }
  }
  return { order, objectStarts };
}

function gather<T extends Float64Array | Uint32Array>(from: T, source: Uint32Array, n: number, to: T): void {
  for (let k = 0; k < n; k++) to[k] = from[source[k]];
}

export function assembleTrajectories(
  table: PointTable,
  options: AssemblyOptions = DEFAULT_ASSEMBLY_OPTIONS,
): { set: TrajectorySet; report: AssemblyReport } {
  const { order, objectStarts } = sortedOrder(table);
  const selection = selectObjects(table.objectIds, options.objects, options.exclude);
  // Kept objects are renumbered in table order, so colouring by id uses the palette from its start.
  const newObjectIndex = new Uint32Array(table.objectIds.length);
  const objectIds: string[] = [];
  for (let o = 0; o < table.objectIds.length; o++) if (selection.keep[o]) newObjectIndex[o] = objectIds.push(table.objectIds[o]) - 1;
  const { t, lon, lat } = table;
  const cartesian = table.domain === 'cartesian';
  const fartherThan = (i: number, j: number, limit: number): boolean => (cartesian
    ? Math.hypot(lon[j] - lon[i], lat[j] - lat[i]) > limit
    : greatCircleKmExceeds(lon[i], lat[i], lon[j], lat[j], limit));

  // First pass: decide which sorted points are kept and where trajectories start.
  const keep = new Uint8Array(table.length);
  const pieceStarts: number[] = [];
  const pieceObjects: number[] = [];
  const report: AssemblyReport = {
    objects: 0, trajectories: 0, points: 0, splitsByTime: 0, splitsByDistance: 0,
    droppedShort: 0, droppedPoints: 0, duplicatesDropped: 0,
    objectsFiltered: selection.filtered, idsNotFound: selection.notFound,
  };
  let keptTotal = 0;
  for (let o = 0; o < table.objectIds.length; o++) {
    const a = objectStarts[o];
    const b = objectStarts[o + 1];
    if (a === b || !selection.keep[o]) continue;
    report.objects++;
    let pieceStart = a;
    let pieceCount = 0;
    let prev = -1;
    const closePiece = (pieceEnd: number): void => {
      if (pieceCount >= options.minPoints) {
        pieceStarts.push(pieceStart);
        pieceObjects.push(o);
        keptTotal += pieceCount;
      } else if (pieceCount > 0) {
        report.droppedShort++;
        report.droppedPoints += pieceCount;
        for (let j = pieceStart; j < pieceEnd; j++) keep[j] = 0;
      }
    };
    for (let j = a; j < b; j++) {
      const p = order[j];
      if (prev >= 0) {
        const q = order[prev];
        if (t[p] === t[q] && lon[p] === lon[q] && lat[p] === lat[q]) { report.duplicatesDropped++; continue; }
        const gapTime = t[p] - t[q] > options.separationTimeMs;
        const gapSpace = !gapTime && fartherThan(q, p, options.separationDistance);
        if (gapTime || gapSpace) {
          if (gapTime) report.splitsByTime++;
          else report.splitsByDistance++;
          closePiece(j);
          pieceStart = j;
          pieceCount = 0;
        }
      }
      keep[j] = 1;
      pieceCount++;
      prev = j;
    }
    closePiece(b);
  }

  // Second pass: copy kept points into shared columns, trajectory by trajectory.
  const count = pieceStarts.length;
  const offsets = sharedUint32(count + 1);
  const objectIndex = sharedUint32(count);
  const startMs = sharedFloat64(count);
  const endMs = sharedFloat64(count);
  const outT = sharedFloat64(keptTotal);
  const outLon = sharedFloat64(keptTotal);
  const outLat = sharedFloat64(keptTotal);
  const numericNames = Object.keys(table.numeric);
  const outNumeric = Object.fromEntries(numericNames.map((n) => [n, sharedFloat64(keptTotal)]));
  const textNames = Object.keys(table.text);
  const outCodes = Object.fromEntries(textNames.map((n) => [n, sharedUint32(keptTotal)]));
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  // Source row of each kept point; property columns are gathered one at a time afterwards
  // (a loop over column names per point costs more than the whole copy for AIS-wide files).
  const source = new Uint32Array(keptTotal);
  let w = 0;
  for (let i = 0; i < count; i++) {
    const o = pieceObjects[i];
    const end = i + 1 < count && pieceObjects[i + 1] === o ? pieceStarts[i + 1] : objectStarts[o + 1];
    offsets[i] = w;
    objectIndex[i] = newObjectIndex[o];
    for (let j = pieceStarts[i]; j < end; j++) {
      if (!keep[j]) continue;
      const p = order[j];
      outT[w] = t[p];
      outLon[w] = lon[p];
      outLat[w] = lat[p];
      source[w] = p;
      if (lon[p] < bbox[0]) bbox[0] = lon[p];
      if (lat[p] < bbox[1]) bbox[1] = lat[p];
      if (lon[p] > bbox[2]) bbox[2] = lon[p];
      if (lat[p] > bbox[3]) bbox[3] = lat[p];
      w++;
    }
    startMs[i] = outT[offsets[i]];
    endMs[i] = outT[w - 1];
  }
  offsets[count] = w;
  for (const n of numericNames) gather(table.numeric[n], source, w, outNumeric[n]);
  for (const n of textNames) gather(table.text[n].codes, source, w, outCodes[n]);
  let t0 = Infinity;
  let t1 = -Infinity;
  for (let i = 0; i < count; i++) { t0 = Math.min(t0, startMs[i]); t1 = Math.max(t1, endMs[i]); }
  report.trajectories = count;
  report.points = w;
  return {
    set: {
      domain: table.domain, count, offsets, objectIndex, objectIds,
      t: outT, lon: outLon, lat: outLat, numeric: outNumeric,
      text: Object.fromEntries(textNames.map((n) => [n, { codes: outCodes[n], values: [...table.text[n].values] }])), startMs, endMs, bbox, timeSpanMs: [t0, t1],
    },
    report,
  };
}
