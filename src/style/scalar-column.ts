// A numeric point property normalised to [0, 1] for the colour map, in shared memory.
import { TrackreelError } from '../errors/trackreel-error.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { sharedFloat32 } from '../trajectory/shared-arrays.js';

// 'progress' -> null (the renderer colours by position along the trail). Otherwise each point's
// value mapped from [min, max] (the given range, else the data's) into [0, 1], clamped; NaN stays NaN.
export function scalarColumn(set: TrajectorySet, colorBy: string, range?: [number, number]): { scalar: Float32Array | null; min: number; max: number } {
  if (colorBy === 'progress') return { scalar: null, min: 0, max: 1 };
  const values = set.numeric[colorBy];
  if (!values) {
    const names = Object.keys(set.numeric);
    throw new TrackreelError('INVALID_OPTION',
      `Expected progress or a numeric property (${names.length ? names.join(', ') : 'the data has none'}) for colorBy but received ${JSON.stringify(colorBy)}`,
      { context: { option: 'colorBy' } });
  }
  const n = set.t.length;
  let min = Infinity;
  let max = -Infinity;
  if (range) {
    [min, max] = range;
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min > max) { min = 0; max = 1; } // all NaN
  }
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
