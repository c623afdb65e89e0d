// Points -> trajectories: group by object, stable sort by time, drop exact duplicates, split at
// gaps in time or space, drop pieces that are too short (except the single positions of an object
// that has nothing else: those are one-point trajectories, drawn as dots).
import type { PointTable } from '../input/point-table.js';
import type { AssemblyReport, TrajectorySet } from './trajectory-set.js';
import { greatCircleKm, greatCircleKmExceeds } from './great-circle-km.js';
import { samplingSeparation } from './sampling-separation.js';
import { selectObjects } from './select-objects.js';
import { sharedFloat64, sharedUint32 } from '../memory/shared-arrays.js';
import { giveBack, resizableArray } from '../input/chunked-column.js';
import { nameRecord } from '../memory/name-records.js';

export interface AssemblyOptions {
  // Split when consecutive points are further apart in time than this (null: from the data's
  // sampling, see sampling-separation.ts).
  separationTimeMs: number | null;
  // Split when consecutive points are further apart than this (km for lon/lat, units for x/y;
  // null: from the data's sampling).
  separationDistance: number | null;
  // Drop trajectories with fewer points.
  minPoints: number;
  // Keep only these object ids / leave these out (null or empty: no filter).
  objects?: readonly string[] | null;
  exclude?: readonly string[] | null;
}

export const DEFAULT_ASSEMBLY_OPTIONS: AssemblyOptions = {
  separationTimeMs: null,
  separationDistance: null,
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

type Column = Float64Array | Uint32Array | Uint16Array;

// to[k] = from[rows[k]]: one column of the table in assembled order.
function gather(from: Column, rows: Uint32Array, to: Float64Array | Uint32Array): void {
  for (let k = 0; k < rows.length; k++) to[k] = from[rows[k]];
}

interface Pieces {
  order: Uint32Array;
  keep: Uint8Array;
  objectStarts: Uint32Array;
  pieceStarts: number[];
  pieceObjects: number[];
}

// The rows of the kept points, trajectory by trajectory (compacted in place in `order`: kept
// positions only move left), and where each trajectory starts.
function keptRows(p: Pieces): { rows: Uint32Array; offsets: Uint32Array } {
  const { order, keep } = p;
  const count = p.pieceStarts.length;
  const offsets = sharedUint32(count + 1);
  let w = 0;
  for (let i = 0; i < count; i++) {
    const o = p.pieceObjects[i];
    const end = i + 1 < count && p.pieceObjects[i + 1] === o ? p.pieceStarts[i + 1] : p.objectStarts[o + 1];
    offsets[i] = w;
    for (let j = p.pieceStarts[i]; j < end; j++) if (keep[j]) order[w++] = order[j];
  }
  offsets[count] = w;
  return { rows: order.subarray(0, w), offsets };
}

export interface AssemblyMemory {
  // The table is not used afterwards: its columns become the set's, reordered in place where they
  // are on shared memory as readPoints makes them (and copied, then let go, where not), and are
  // replaced in the table by empty arrays (length, domain and objectIds stay). The peak is then the
  // table plus a few bytes per point, rather than the table plus the set.
  releaseTable?: boolean;
}

export function assembleTrajectories(
  table: PointTable,
  options: AssemblyOptions = DEFAULT_ASSEMBLY_OPTIONS,
  memory: AssemblyMemory = {},
): { set: TrajectorySet; report: AssemblyReport } {
  const release = memory.releaseTable === true;
  if (release) { giveBack(table.line); table.line = new Uint32Array(0); }
  const selection = selectObjects(table.objectIds, options.objects, options.exclude);
  // Kept objects are renumbered in table order, so colouring by id uses the palette from its start.
  const newObjectIndex = new Uint32Array(table.objectIds.length);
  const objectIds: string[] = [];
  for (let o = 0; o < table.objectIds.length; o++) if (selection.keep[o]) newObjectIndex[o] = objectIds.push(table.objectIds[o]) - 1;
  const report: AssemblyReport = {
    objects: 0, trajectories: 0, points: 0, splitsByTime: 0, splitsByDistance: 0,
    droppedShort: 0, droppedPoints: 0, duplicatesDropped: 0, pointObjects: 0,
    separationTimeMs: 0, separationDistance: 0, separationSpeed: 0, separationFromData: [],
    objectsFiltered: selection.filtered, idsNotFound: selection.notFound,
  };
  const { rows, offsets, pieceObjects } = keptPoints(table, options, selection.keep, report);
  if (release) { giveBack(table.objectIndex); table.objectIndex = new Uint32Array(0); }
  const count = pieceObjects.length;
  const objectIndex = sharedUint32(count);
  for (let i = 0; i < count; i++) objectIndex[i] = newObjectIndex[pieceObjects[i]];
  // Every column is done in turn (a loop over column names per point costs more than the whole
  // copy for AIS-wide files). Columns shared by several names in the table (AIS speed = SOG) stay
  // shared in the set; a WeakMap, so that a released table column can still be collected.
  const w = rows.length;
  // Columns shared by several names in the table (AIS speed = SOG) stay shared in the set; a
  // WeakMap, so that a released table column can still be collected.
  const done = new WeakMap<Column, Float64Array | Uint32Array>();
  let scratch: Float64Array | null = null;
  // One column in set order. Released table columns on shared memory (as readPoints makes them)
  // are reordered in place: gathered into a scratch column, then copied back (following the
  // permutation's cycles instead, with no scratch, chases one cache miss after another: ~10x
  // slower); other released columns (16-bit text codes) are given back once copied.
  const assembled = <T extends Float64Array | Uint32Array>(from: Column, make: (n: number) => T): T => {
    const known = done.get(from);
    if (known) return known as T;
    let to: T;
    if (release && from.buffer instanceof SharedArrayBuffer && from.length === table.length && !(from instanceof Uint16Array)) {
      scratch ??= resizableArray(Float64Array, w);
      const gathered = from instanceof Float64Array ? scratch : new Uint32Array(scratch.buffer, 0, w);
      gather(from, rows, gathered);
      from.set(gathered);
      to = (w === from.length ? from : from.subarray(0, w)) as T;
    } else {
      to = make(w);
      gather(from, rows, to);
      if (release) giveBack(from);
    }
    done.set(from, to);
    return to;
  };
  const outT = assembled(table.t, sharedFloat64);
  const outLon = assembled(table.lon, sharedFloat64);
  const outLat = assembled(table.lat, sharedFloat64);
  if (release) { table.t = new Float64Array(0); table.lon = new Float64Array(0); table.lat = new Float64Array(0); }
  const numericNames = Object.keys(table.numeric);
  const outNumeric = nameRecord<Float64Array>();
  for (const n of numericNames) {
    outNumeric[n] = assembled(table.numeric[n], sharedFloat64);
    if (release) table.numeric[n] = new Float64Array(0);
  }
  // Before the text columns, which mostly become new (32-bit) arrays.
  if (scratch) { giveBack(scratch); scratch = null; }
  const textNames = Object.keys(table.text);
  const outText: TrajectorySet['text'] = nameRecord();
  for (const n of textNames) {
    outText[n] = { codes: assembled(table.text[n].codes, sharedUint32), values: [...table.text[n].values] };
    if (release) table.text[n] = { codes: new Uint32Array(0), values: table.text[n].values };
  }
  const startMs = sharedFloat64(count);
  const endMs = sharedFloat64(count);
  for (let i = 0; i < count; i++) { startMs[i] = outT[offsets[i]]; endMs[i] = outT[offsets[i + 1] - 1]; }
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k < w; k++) {
    const x = outLon[k];
    const y = outLat[k];
    if (x < bbox[0]) bbox[0] = x;
    if (y < bbox[1]) bbox[1] = y;
    if (x > bbox[2]) bbox[2] = x;
    if (y > bbox[3]) bbox[3] = y;
  }
  let t0 = Infinity;
  let t1 = -Infinity;
  for (let i = 0; i < count; i++) { t0 = Math.min(t0, startMs[i]); t1 = Math.max(t1, endMs[i]); }
  report.trajectories = count;
  report.points = w;
  return {
    set: {
      domain: table.domain, timesRelative: table.timesRelative ?? false, count, offsets, objectIndex, objectIds,
      t: outT, lon: outLon, lat: outLat, numeric: outNumeric, text: outText, startMs, endMs, bbox, timeSpanMs: [t0, t1],
    },
    report,
  };
}

// Sorts, drops duplicates, splits and drops short pieces; returns the kept rows in set order
// (see keptRows) and where each trajectory starts.
function keptPoints(
  table: PointTable, options: AssemblyOptions, selected: Uint8Array | boolean[], report: AssemblyReport,
): { rows: Uint32Array; offsets: Uint32Array; pieceObjects: number[] } {
  const { order, objectStarts } = sortedOrder(table);
  const { t, lon, lat } = table;
  const cartesian = table.domain === 'cartesian';
  const fromData = options.separationTimeMs === null || options.separationDistance === null
    ? samplingSeparation(table, order, objectStarts, cartesian) : null;
  const separationTimeMs = options.separationTimeMs ?? fromData!.separationTimeMs;
  const separationDistance = options.separationDistance ?? fromData!.separationDistance;
  // Given by the user, a distance splits whatever the speed.
  const separationSpeed = options.separationDistance === null ? fromData!.separationSpeed : 0;
  report.separationTimeMs = separationTimeMs;
  report.separationSpeed = separationSpeed;
  report.separationDistance = separationDistance;
  if (options.separationTimeMs === null) report.separationFromData.push('time');
  if (options.separationDistance === null) report.separationFromData.push('distance');
  const distance = (i: number, j: number): number => (cartesian
    ? Math.hypot(lon[j] - lon[i], lat[j] - lat[i]) : greatCircleKm(lon[i], lat[i], lon[j], lat[j]));
  const fartherThan = (i: number, j: number, limit: number): boolean => (cartesian
    ? Math.hypot(lon[j] - lon[i], lat[j] - lat[i]) > limit
    : greatCircleKmExceeds(lon[i], lat[i], lon[j], lat[j], limit));
  // A jump: further than the distance and (with a speed limit) faster than it.
  const jumps = (i: number, j: number): boolean => fartherThan(i, j, separationDistance)
    && (separationSpeed === 0 || distance(i, j) / ((t[j] - t[i]) / 3_600_000) > separationSpeed);

  // Data where every point has one time has no motion: each position is a point object.
  let singleTime = table.length > 0;
  for (let i = 1; i < table.length && singleTime; i++) if (t[i] !== t[0]) singleTime = false;

  // First pass: decide which sorted points are kept and where trajectories start.
  const keep = new Uint8Array(table.length);
  const pieceStarts: number[] = [];
  const pieceObjects: number[] = [];
  const singles: number[] = [];
  const dropPiece = (from: number, to: number, points: number): void => {
    report.droppedShort++;
    report.droppedPoints += points;
    for (let j = from; j < to; j++) keep[j] = 0;
  };
  for (let o = 0; o < table.objectIds.length; o++) {
    const a = objectStarts[o];
    const b = objectStarts[o + 1];
    if (a === b || !selected[o]) continue;
    report.objects++;
    let pieceStart = a;
    let pieceCount = 0;
    let prev = -1;
    let tracks = 0;
    // One-position pieces (the kept point's sorted index): dots if the object has no track.
    singles.length = 0;
    const closePiece = (pieceEnd: number): void => {
      if (pieceCount >= options.minPoints) {
        pieceStarts.push(pieceStart);
        pieceObjects.push(o);
        tracks++;
      } else if (pieceCount === 1) {
        for (let j = pieceStart; j < pieceEnd; j++) if (keep[j]) singles.push(j);
      } else if (pieceCount > 0) {
        dropPiece(pieceStart, pieceEnd, pieceCount);
      }
    };
    for (let j = a; j < b; j++) {
      const p = order[j];
      if (prev >= 0) {
        const q = order[prev];
        if (t[p] === t[q] && lon[p] === lon[q] && lat[p] === lat[q]) { report.duplicatesDropped++; continue; }
        const gapTime = t[p] - t[q] > separationTimeMs;
        const gapSpace = !gapTime && (singleTime || jumps(q, p));
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
    // An object seen only at single positions (one report, or reports further apart than the
    // separation time) is kept as point objects; beside a track they are strays, dropped.
    for (const j of singles) {
      if (tracks > 0) { dropPiece(j, j + 1, 1); continue; }
      pieceStarts.push(j);
      pieceObjects.push(o);
      report.pointObjects++;
    }
  }

  return { ...keptRows({ order, keep, objectStarts, pieceStarts, pieceObjects }), pieceObjects };
}
