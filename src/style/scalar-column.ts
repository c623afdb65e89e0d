// A numeric point property normalised to [0, 1] for the colour map, in shared memory; or, for
// 'id', each object's category.
import { TrackreelError } from '../errors/trackreel-error.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { sharedFloat32 } from '../trajectory/shared-arrays.js';
import { CATEGORY_PALETTE } from './colormaps.js';

// The automatic range ignores the lowest and highest 2% of values, so a few GPS glitches
// (a 900-knot ship) do not squeeze everyone else into one colour.
export const AUTO_RANGE_PERCENTILES: [number, number] = [0.02, 0.98];
// Values sorted for the percentiles, at most (an even sample of larger data).
const PERCENTILE_SAMPLE = 200_000;

// The q-quantiles (linear interpolation between order statistics) of the finite values.
export function robustRange(values: Float64Array, [qLo, qHi]: [number, number] = AUTO_RANGE_PERCENTILES): [number, number] {
  const stride = Math.max(1, Math.floor(values.length / PERCENTILE_SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < values.length; i += stride) if (Number.isFinite(values[i])) sample.push(values[i]);
  if (sample.length === 0) return [0, 1];
  const sorted = Float64Array.from(sample).sort();
  const at = (q: number): number => {
    const pos = q * (sorted.length - 1);
    const i = Math.floor(pos);
    return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (pos - i) : sorted[i];
  };
  return [at(qLo), at(qHi)];
}

// 'progress' -> null (the renderer colours by position along the trail). 'id' -> each object's
// index in the category palette, as i / (palette size - 1) (colours repeat past the palette).
// Otherwise each point's value mapped from [min, max] (the given range, else the robust range of
// the data) into [0, 1], clamped; NaN stays NaN.
export function scalarColumn(set: TrajectorySet, colorBy: string, range?: [number, number]): { scalar: Float32Array | null; min: number; max: number } {
  if (colorBy === 'progress') return { scalar: null, min: 0, max: 1 };
  const n = set.t.length;
  if (colorBy === 'id') {
    const scalar = sharedFloat32(n);
    const last = CATEGORY_PALETTE.length - 1;
    for (let tr = 0; tr < set.count; tr++) {
      const v = (set.objectIndex[tr] % CATEGORY_PALETTE.length) / last;
      scalar.fill(v, set.offsets[tr], set.offsets[tr + 1]);
    }
    return { scalar, min: 0, max: 1 };
  }
  const values = set.numeric[colorBy];
  if (!values) {
    const names = Object.keys(set.numeric);
    throw new TrackreelError('INVALID_OPTION',
      `Expected progress, id or a numeric property (${names.length ? names.join(', ') : 'the data has none'}) for colorBy but received ${JSON.stringify(colorBy)}`,
      { context: { option: 'colorBy' } });
  }
  const [min, max] = range ?? robustRange(values);
  const span = max - min;
  const scalar = sharedFloat32(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) { scalar[i] = NaN; continue; }
    // A constant property sits in the middle of the map.
    const x = span > 0 ? (v - min) / span : 0.5;
    scalar[i] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
  return { scalar, min, max };
}
