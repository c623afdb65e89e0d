// Adds points between a trajectory set's points (great-circle vertices, seam crossings): a new set
// whose columns hold the old points and the new ones in time order. A new point between j and j+1
// at fraction f takes t, numeric properties interpolated at f and j's text values; its lon/lat are
// given. `source`/`fraction` tell where each new-set point came from, to expand per-point arrays
// computed on the old set (colour scalars, widths) the same way.
import { sharedFloat64, sharedUint32 } from '../memory/shared-arrays.js';
import type { TrajectorySet } from './trajectory-set.js';

export interface PointInsertion {
  // The old point the new one follows (it lies on the segment after it, in the same trajectory).
  after: number;
  // 0..1 along that segment (its time is interpolated by it).
  fraction: number;
  lon: number;
  lat: number;
  // The new point is not joined to the next point (a trail is cut here: the map's seam).
  cut?: boolean;
}

export interface ExpandedSet {
  set: TrajectorySet;
  // Per new point: the old point at or before it, and the fraction on towards the next (0 = itself).
  source: Uint32Array;
  fraction: Float64Array;
  // Per new point: 1 where the segment to the next point must not be drawn; null when no cut.
  cuts: Uint8Array | null;
}

// `insertions` sorted by (after, fraction); several may share a segment.
export function insertPoints(set: TrajectorySet, insertions: readonly PointInsertion[]): ExpandedSet {
  const oldCount = set.t.length;
  const n = oldCount + insertions.length;
  const source = sharedUint32(n);
  const fraction = sharedFloat64(n);
  const lon = sharedFloat64(n);
  const lat = sharedFloat64(n);
  const anyCut = insertions.some((ins) => ins.cut);
  const cuts = anyCut ? new Uint8Array(new SharedArrayBuffer(n)) : null;
  const offsets = sharedUint32(set.count + 1);
  let o = 0;
  let next = 0;
  for (let tr = 0; tr < set.count; tr++) {
    offsets[tr] = o;
    for (let j = set.offsets[tr]; j < set.offsets[tr + 1]; j++) {
      source[o] = j; fraction[o] = 0; lon[o] = set.lon[j]; lat[o] = set.lat[j]; o++;
      while (next < insertions.length && insertions[next].after === j) {
        const ins = insertions[next++];
        source[o] = j; fraction[o] = ins.fraction; lon[o] = ins.lon; lat[o] = ins.lat;
        if (ins.cut && cuts) cuts[o] = 1;
        o++;
      }
    }
  }
  offsets[set.count] = o;
  const lerp = (values: ArrayLike<number>, i: number): number => {
    const j = source[i]; const f = fraction[i];
    return f > 0 ? values[j] + (values[j + 1] - values[j]) * f : values[j];
  };
  const t = sharedFloat64(n);
  for (let i = 0; i < n; i++) t[i] = lerp(set.t, i);
  const numeric: Record<string, Float64Array> = Object.create(null);
  for (const [name, values] of Object.entries(set.numeric)) {
    const out = sharedFloat64(n);
    for (let i = 0; i < n; i++) out[i] = lerp(values, i);
    numeric[name] = out;
  }
  const text: TrajectorySet['text'] = Object.create(null);
  for (const [name, column] of Object.entries(set.text)) {
    const codes = sharedUint32(n);
    for (let i = 0; i < n; i++) codes[i] = column.codes[source[i]];
    text[name] = { codes, values: column.values };
  }
  return { set: { ...set, offsets, t, lon, lat, numeric, text }, source, fraction, cuts };
}

// A per-point array of the old set, expanded like the set: interpolated, or the value of the point
// at or before (stepped values: categories, cyclic scalars).
export function expandPerPoint(values: Float32Array, expanded: Pick<ExpandedSet, 'source' | 'fraction'>, stepped: boolean): Float32Array {
  const { source, fraction } = expanded;
  const out = new Float32Array(new SharedArrayBuffer(source.length * 4));
  for (let i = 0; i < source.length; i++) {
    const j = source[i]; const f = fraction[i];
    out[i] = f > 0 && !stepped ? values[j] + (values[j + 1] - values[j]) * f : values[j];
  }
  return out;
}
