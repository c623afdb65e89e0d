// Style options that name properties of the data: the per-point width column of --line-width
// PROPERTY, and the checks (by the coordinator, so workers never meet a bad name) that the
// properties and ids named by --z-order, --label and --highlight exist.
import { TrackreelError } from '../errors/trackreel-error.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { sharedFloat32 } from '../memory/shared-arrays.js';
import { robustRange } from './scalar-column.js';
import type { TrailStyle } from './trail-style.js';
import { own } from '../memory/name-records.js';

function unknownProperty(option: string, expected: string, names: string[], value: string): TrackreelError {
  return new TrackreelError('INVALID_OPTION',
    `Expected ${expected} (${names.length ? names.join(', ') : 'the data has none'}) for ${option} but received ${JSON.stringify(value)}`,
    { context: { option } });
}

// Throws INVALID_OPTION unless `name` is a numeric point property (or, with allowText, a text one).
export function checkPointProperty(set: TrajectorySet, option: string, name: string, expected: string, allowText = false): void {
  if (own(set.numeric, name) || (allowText && own(set.text, name))) return;
  throw unknownProperty(option, expected, [...Object.keys(set.numeric), ...(allowText ? Object.keys(set.text) : [])], name);
}

// Each point's width in pixels of a 600-pixel-high frame: the property's robust range (2nd to
// 98th percentile, as for colours) mapped linearly onto [minWidth, maxWidth], clamped; points
// without a value get minWidth. Shared memory, like every per-point column of the Scene.
export function widthColumn(set: TrajectorySet, property: string, [minWidth, maxWidth]: [number, number]): Float32Array {
  checkPointProperty(set, 'lineWidth', property, 'a number, taper or a numeric property');
  const values = own(set.numeric, property)!;
  const [lo, hi] = robustRange(values);
  const span = hi - lo;
  const widths = sharedFloat32(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // A constant property gets the middle width.
    const x = Number.isNaN(v) ? 0 : span > 0 ? (v - lo) / span : 0.5;
    widths[i] = minWidth + (maxWidth - minWidth) * (x < 0 ? 0 : x > 1 ? 1 : x);
  }
  return widths;
}

// The properties and ids named by --z-order, --label and --highlight exist in the data.
export function checkStyleProperties(set: TrajectorySet, style: TrailStyle): void {
  if (style.zOrder !== null) checkPointProperty(set, 'zOrder', style.zOrder, 'a numeric property');
  if (style.label !== null && style.label !== 'id') checkPointProperty(set, 'label', style.label, 'id or a property', true);
  const known = new Set(set.objectIds);
  const missing = style.highlight.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new TrackreelError('INVALID_OPTION',
      `Expected object ids present in the data for highlight but received ${missing.map((id) => JSON.stringify(id)).join(', ')}`,
      { context: { option: 'highlight' } });
  }
}
